"""What the CLI prints for one result: the body as text or markdown, JSON, or the
--explain report of what was cut and why; and its progress bar."""

from __future__ import annotations

import sys
from typing import Any

from .jobs import dump_json
from .markdown import article_markdown


def render(result: dict[str, Any], fmt: str, html: str | bytes | None = None, url: str | None = None) -> str:
    """One result in `fmt`; for markdown, `html` (the page, for HTML input) gives the body trafilatura's Markdown."""
    if fmt in ("json", "jsonl"):
        return dump_json(result, indent=2 if fmt == "json" else None)
    if "error" in result and "body" not in result:
        return ""
    if fmt == "markdown":
        return article_markdown(result, html, url)
    return result.get("body", "")


def explain(result: dict[str, Any], name: str, color: bool) -> str:
    """What was cut, by which filter and rule, with the text; then the metadata found."""
    def paint(code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if color else text

    lines = [paint("1", f"== {name}")]
    if result.get("error"):
        lines.append(paint("31", f"error: {result['error']}"))
    removed = result.get("removed", [])
    counts: dict[str, int] = {}
    for r in removed:
        counts[r["filter"]] = counts.get(r["filter"], 0) + 1
        where = f"@{r['start']}-{r['end']}" if r.get("start") is not None else "(DOM)"
        lines.append(f"{paint('33', r['filter'])} {paint('36', r['rule'])} [{r['kind']}] {where}")
        text = r["text"] if len(r["text"]) <= 400 else r["text"][:400] + " …"
        lines.extend("    " + paint("2", t) for t in text.splitlines() if t.strip())
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing"
    lines.append(paint("1", f"cut: {summary}; body {len(result.get('body', ''))} chars, paywalled={result.get('paywalled')}"))
    for field in ("title", "subtitle", "section", "authors", "editors", "contributors", "captions",
                  "image_credits", "date", "copyright", "ai_disclosure", "author_bio"):
        value = result.get(field)
        if value:
            lines.append(f"  {field}: {value if isinstance(value, str) else ' | '.join(value)}")
    for note in result.get("notes", []):
        lines.append(paint("2", f"  note: {note}"))
    return "\n".join(lines)


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int | None, enabled: bool):
    """A tqdm bar on stderr when stderr is a terminal; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, leave=False)
