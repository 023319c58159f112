"""Text front end: one block per non-empty line, offsets kept into the input.

Extractors (trafilatura, readability, newspaper) emit one paragraph per line, with
or without blank lines between; a line is therefore the unit every rule reasons on.
"""

from __future__ import annotations

import regex

from .model import Block, Document, DocumentMeta

_BULLET = regex.compile(r"[-*•·▪►▸]\s+")


def document_from_text(text: str, meta: DocumentMeta = DocumentMeta(), headings: frozenset[str] | set[str] = frozenset()) -> Document:
    """Split text into line blocks; lines found in `headings` (HTML mode) are headings."""
    blocks: list[Block] = []
    blanks = 0
    pos = 0
    size = len(text)
    while pos < size:
        newline = _next_newline(text, pos)
        line_end = newline if newline >= 0 else size
        line = text[pos:line_end]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            if headings and stripped in headings:
                kind = "heading"
            elif _BULLET.match(stripped):
                kind = "list_item"
            elif stripped.startswith("|") and stripped.endswith("|"):
                kind = "table"
            else:
                kind = "paragraph"
            blocks.append(Block(len(blocks), stripped, start, start + len(stripped), kind, blanks))
            blanks = 0
        else:
            blanks += 1
        if newline < 0:
            break
        pos = newline + (2 if text.startswith("\r\n", newline) else 1)
    return Document(source=text, blocks=tuple(blocks), meta=meta, origin="text")


def _next_newline(text: str, pos: int) -> int:
    """Index of the next \\n or \\r at or after pos, or -1."""
    n = text.find("\n", pos)
    r = text.find("\r", pos, n if n >= 0 else len(text))
    return r if r >= 0 else n
