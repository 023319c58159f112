"""Rebuild a body from the input and its recorded removals, without any filter.

This is the check that every cut was recorded: ``replay(text, art.removed)`` must
equal ``art.body`` for text input.
"""

from __future__ import annotations

from typing import Iterable

from .model import Removal


def replay(text: str, removed: Iterable[Removal]) -> str:
    spans = sorted((r.start, r.end) for r in removed if r.start is not None and r.end is not None)
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


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
