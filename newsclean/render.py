"""What the CLI prints for one result: the body as text, markdown or JSON, and
--explain's report of every cut."""

from __future__ import annotations

from typing import Any

from .jobs import dump_json


def render(result: dict[str, Any], fmt: str) -> str:
    if fmt in ("json", "jsonl"):
        return dump_json(result, indent=2 if fmt == "json" else None)
    if "error" in result and "body" not in result:
        return ""
    if fmt == "markdown":
        parts = []
        if result.get("title"):
            parts.append(f"# {result['title']}")
        if result.get("subtitle"):
            parts.append(f"*{result['subtitle']}*")
        meta = [", ".join(result.get("authors") or []), result.get("date") or ""]
        if any(meta):
            parts.append(" · ".join(m for m in meta if m))
        parts.append(result.get("body", ""))
        return "\n\n".join(p for p in parts if p)
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
