"""Rebuild a body from the input and its recorded removals, without any filter.

This is the check that every cut was recorded: ``replay(text, art.removed)`` must
equal ``art.body`` for text input.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .model import Removal


def replay(text: str, removed: Iterable[Removal | Mapping[str, Any]]) -> str:
    """The body that cutting `removed` out of `text` leaves, paragraphs joined as the
    Article's body is.

    `removed` is `Article.removed`, or the removal dicts of `Article.to_dict()` (as a
    JSONL record holds them), so a body can be checked from a record alone. Removals
    without offsets (containers pruned from an HTML page before extraction) cut
    nothing here: for HTML, `text` is the extracted text the offsets point into.
    """
    spans = sorted(span for span in map(_span, removed) if span is not None)
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            pieces.append(text[pos:start])
        pos = max(pos, end)
    pieces.append(text[pos:])
    kept = "".join(pieces)
    lines = (line.strip() for line in _lines(kept))
    return "\n\n".join(line for line in lines if line)


def _span(removal: Removal | Mapping[str, Any]) -> tuple[int, int] | None:
    start, end = (removal.get("start"), removal.get("end")) if isinstance(removal, Mapping) else (removal.start, removal.end)
    return None if start is None or end is None else (start, end)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
