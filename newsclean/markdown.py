"""An article as Markdown: trafilatura's Markdown of the page (headings, lists and
tables as it writes them), less every line newsclean cut, under the title and byline.

trafilatura writes the Markdown and the plain text the front end reads from the same
extracted tree, line for line; the clean body is an ordered subset of those plain
lines, so its Markdown is the Markdown lines whose plain form comes next in the body.
"""

from __future__ import annotations

from typing import Any, Mapping

import regex

#: A Markdown heading's marks ("## "), which the plain text does not have.
HEADING_MARKS = regex.compile(r"^#{1,6}\s+")


def page_markdown(html: str | bytes, url: str | None = None) -> str | None:
    """trafilatura's Markdown of the page as the front end sees it (junk containers pruned); None if none."""
    from trafilatura import bare_extraction
    from trafilatura.xml import xmltotxt

    from .frontends.decode import page_text
    from .frontends.dom import prune_tree
    from .frontends.html import parse_html

    text, _ = page_text(html)
    tree = parse_html(text) if text else None
    if tree is None:
        return None
    prune_tree(tree, [])
    extracted = bare_extraction(tree, url=url, include_comments=False, include_tables=True, with_metadata=False)
    if extracted is None or extracted.body is None:
        return None
    return xmltotxt(extracted.body, include_formatting=True)


def body_markdown(markdown: str, body: str) -> str | None:
    """The Markdown lines of the body's paragraphs, in order; lines that stood together
    (table rows, list items) stay together. None when the body is not a subset of the page's lines."""
    wanted = [line.strip() for line in body.split("\n\n") if line.strip()]
    kept: list[str] = []
    position, last = 0, -2
    lines = markdown.splitlines()
    for index, line in enumerate(lines):
        if position == len(wanted):
            break
        plain = HEADING_MARKS.sub("", line.strip())
        if plain and plain == wanted[position]:
            together = last == index - 1 and not HEADING_MARKS.match(line)
            kept.append(("\n" if together else "\n\n") + line.rstrip())
            position, last = position + 1, index
    if position < len(wanted):
        return None
    return "".join(kept).lstrip("\n")


def join_table_rows(body: str) -> str:
    """The body with the rows of a table (paragraphs that open with `|`) on consecutive lines."""
    paragraphs = [p for p in body.split("\n\n") if p]
    out: list[str] = []
    for paragraph in paragraphs:
        row = paragraph.lstrip().startswith("|")
        out.append(("\n" if row and out and out[-1].lstrip("\n").lstrip().startswith("|") else "\n\n") + paragraph)
    return "".join(out).lstrip("\n")


def article_markdown(result: Mapping[str, Any], html: str | bytes | None = None, url: str | None = None) -> str:
    """An article dict (`Article.to_dict()`) as Markdown: `# title`, the subtitle and
    byline, then the body (for HTML input given `html`, with trafilatura's headings,
    lists and tables). The title is not repeated when the body begins with it."""
    body = result.get("body", "")
    title = result.get("title")
    page = page_markdown(html, url) if html is not None and body else None
    text = (body_markdown(page, body) if page else None) or join_table_rows(body)
    first = text.split("\n", 1)[0]
    if title and HEADING_MARKS.sub("", first).strip() == title.strip():
        text = text.split("\n", 1)[1].lstrip("\n") if "\n" in text else ""
    parts = [f"# {title}" if title else "", f"*{result['subtitle']}*" if result.get("subtitle") else ""]
    meta = [", ".join(result.get("authors") or []), result.get("date") or ""]
    parts.append(" · ".join(m for m in meta if m))
    parts.append(text)
    return "\n\n".join(p for p in parts if p)
