"""The page's metadata, from its head and its first heading: trafilatura's metadata
functions on the head (meta tags, JSON-LD, title, date, site name), a rel="license"
link, the section tags, and whether the page title names the story or the site.
"""

from __future__ import annotations

from typing import Any, Mapping

from lxml import etree

from .. import shapes


def page_metadata(tree: etree._Element, url: str | None) -> Any:
    """trafilatura's metadata from the page head: meta tags, JSON-LD, title, date,
    host, the head's section tags, a rel="license" link.

    This is trafilatura's own `extract_metadata` without its slowest steps (the author
    search over a copy of the tree, the category search link by link, the footer
    licence probe, free-text date search): the byline element is read by byline.py,
    and bylines and credits in the text by newsclean's credit filter.
    """
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura import metadata as tm

    found = tm.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # trafilatura's own rule: a one-word author is a handle
    try:
        found = tm.extract_meta_json(tree, found)
    except Exception:  # malformed JSON-LD: keep what the meta tags gave
        pass
    if not found.title:
        found.title = tm.extract_title(tree)
    if not found.url:
        found.url = tm.extract_url(tree, url)
    try:
        found.date = find_date(tree, url=found.url or url, extensive_search=False, original_date=True)
    except Exception:  # a date parser failure leaves the date unknown
        found.date = None
    if not found.sitename:
        found.sitename = tm.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
    if found.url or url:
        found.hostname = extract_domain(found.url or url, fast=True)
    found.license = _license(tree)
    if not found.categories:  # trafilatura's fallback, the head's section tags (its link search is slow)
        head = tree.find("head")  # the parser keeps one head, the root's child (a misplaced <head> is dropped)
        sections = _SECTION_META(head) if head is not None else ()
        found.categories = list(dict.fromkeys(c.strip() for c in sections if c.strip()))
    return found


_SECTION_META = etree.XPath('.//meta[@property="article:section" or contains(@name, "subject")]/@content')


def _license(tree: etree._Element) -> str | None:
    """A licence the page links to with rel="license" (trafilatura's first probe; its
    second, every footer link, costs a few per cent of an extraction)."""
    from trafilatura.metadata import parse_license_element

    for element in tree.iterfind(".//a[@rel][@href]"):
        if "license" in element.get("rel", "").lower().split():
            found = parse_license_element(element, strict=False)
            if found:
                return found
    return None


def split_tags(tags: list[str] | None) -> list[str]:
    """trafilatura's tags, each comma-separated list split, duplicates dropped."""
    out: list[str] = []
    for tag in tags or ():
        for part in tag.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def story_title(title: str | None, raw_title: str | None, site_name: str | None, body: str,
                heads: Mapping[str, int]) -> tuple[str | None, str | None]:
    """(title, page title to fall back on) of the page. A page title that names the
    site, not the story (the site's name, or a name of fewer than shapes.MIN_HEADLINE_WORDS
    words, every word capitalised, with no separator in the page's own <title>: "Seth's
    Blog", "Winnipeg Sun"), over a body that opens with a heading of a story's length, is
    set aside: the headline is then looked for in the text, as in text mode
    (filters/title.py), and the page title is the title only if none is found there
    (`assemble.settle_title`). trafilatura has cut "Headline | Site" to "Headline"
    already: `raw_title` is the <title> as the page wrote it."""
    if not title:
        return title, None
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    bare = not raw_title or shapes.TITLE_SEPARATOR.search(raw_title.strip()) is None
    named = bare and shapes.word_count(title) < shapes.MIN_HEADLINE_WORDS and shapes.is_name_shaped(title)
    names_site = named or bool(site_name) and shapes.fold(title) == shapes.fold(site_name)
    if (names_site and first in heads and shapes.word_count(first) >= shapes.MIN_HEADLINE_WORDS
            and shapes.fold(first) != shapes.fold(title)):
        return None, title
    return title, None
