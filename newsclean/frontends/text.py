"""Text front end: one block per non-empty line, offsets kept into the input.

Extractors (trafilatura, readability, newspaper) emit one paragraph per line, with
or without blank lines between; a line is therefore the unit every rule reasons on.
"""

from __future__ import annotations

from typing import Iterator, Literal

import regex

from ..model import Block, Document, DocumentMeta

_BULLET_MARKS = "-*•·▪►▸"
_BULLET = regex.compile(rf"[{regex.escape(_BULLET_MARKS)}]\s+")


def document_from_text(text: str, meta: DocumentMeta = DocumentMeta(), headings: frozenset[str] | set[str] = frozenset(),
                       origin: Literal["text", "html"] = "text") -> Document:
    """Split text into line blocks; lines found in `headings` (HTML mode) are headings.
    `origin` is what the text came from: the HTML front end hands its extracted text here."""
    blocks: list[Block] = []
    blanks = 0
    pos = 0
    for line, next_pos in _lines(text):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            if headings and stripped in headings:
                kind = "heading"
            elif stripped[0] in _BULLET_MARKS and _BULLET.match(stripped):
                kind = "list_item"
            elif stripped[0] == "|" and stripped.endswith("|"):
                kind = "table"
            else:
                kind = "paragraph"
            blocks.append(Block(len(blocks), stripped, start, start + len(stripped), kind, blanks))
            blanks = 0
        else:
            blanks += 1
        pos = next_pos
    return Document(source=text, blocks=tuple(blocks), meta=meta, origin=origin)


def _lines(text: str) -> Iterator[tuple[str, int]]:
    """(line, where the next line starts) for each line; \\n, \\r\\n and \\r end lines."""
    if "\r" not in text:  # the common case: one C-level split
        pos = 0
        for line in text.split("\n"):
            pos += len(line) + 1
            yield line, pos
        return
    pos, size = 0, len(text)
    while pos < size:
        newline = _next_newline(text, pos)
        if newline < 0:
            yield text[pos:], size
            return
        line, pos = text[pos:newline], newline + (2 if text.startswith("\r\n", newline) else 1)
        yield line, pos


def _next_newline(text: str, pos: int) -> int:
    """Index of the next \\n or \\r at or after pos, or -1."""
    n = text.find("\n", pos)
    r = text.find("\r", pos, n if n >= 0 else len(text))
    return r if r >= 0 else n
