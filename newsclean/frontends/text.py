"""Text front end: one block per non-empty line, offsets kept into the input.

Extractors (trafilatura, readability, newspaper) emit one paragraph per line, with
or without blank lines between; a line is therefore the unit every rule reasons on.
"""

from __future__ import annotations

from typing import Iterator, Literal, Mapping

import regex

from ..model import Block, Document, DocumentMeta

_BULLET_MARKS = "-*•·▪►▸"
_BULLET = regex.compile(rf"[{regex.escape(_BULLET_MARKS)}]\s+")
_NEWLINE = regex.compile(r"\r\n|\r|\n")


def document_from_text(text: str, meta: DocumentMeta = DocumentMeta(),
                       headings: frozenset[str] | set[str] | Mapping[str, int] = frozenset(),
                       origin: Literal["text", "html"] = "text", links: frozenset[str] | set[str] = frozenset()) -> Document:
    """Split text into line blocks; lines found in `headings` (HTML mode; a mapping
    gives each heading's rank, 2 for <h2>) are headings,
    lines that are the whole text of one of the page's `links` are links.
    `origin` is what the text came from: the HTML front end hands its extracted text here."""
    blocks: list[Block] = []
    blanks = 0
    pos = 0
    for line, next_pos in _lines(text):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            level = 0
            if headings and stripped in headings:
                kind = "heading"
                level = headings[stripped] if isinstance(headings, Mapping) else 0
            elif links and " ".join(stripped.split()) in links:
                kind = "link"
            elif stripped[0] in _BULLET_MARKS and _BULLET.match(stripped):
                kind = "list_item"
            elif stripped[0] == "|" and stripped.endswith("|"):
                kind = "table"
            else:
                kind = "paragraph"
            blocks.append(Block(len(blocks), stripped, start, start + len(stripped), kind, blanks, level))
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
    pos = 0
    for newline in _NEWLINE.finditer(text):  # one pass: a find per kind of end would rescan
        yield text[pos:newline.start()], newline.end()
        pos = newline.end()
    if pos < len(text):
        yield text[pos:], len(text)
