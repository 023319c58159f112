"""What a filter reads: the document, what earlier filters found, the shared phrase
scan and the pipeline's services. Read-only: filters report, they never change it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..lazy import cached_view
from ..model import Document, Finding
from ..structure import Structure
from ..phrasebook import MAX_LINE_CHARS, Hits, PhraseBook, scan_document


@dataclass(frozen=True)
class Services:
    """What filters read of each other, built once per pipeline (`Pipeline.services`):
    every phrase family's book as this pipeline has it (user phrases included), the
    stock-line books by use (see `registry.Family.stock_lines`), and the credits rules
    (the pipeline's own credits filter, or the default one when it has none)."""

    books: Mapping[str, PhraseBook]
    stock: Mapping[str, tuple[PhraseBook, ...]]
    credits: Any


@dataclass(frozen=True)
class Context:
    """What a filter may read: the document, what earlier filters reported, the
    shared phrase scan and the pipeline's services."""

    doc: Document
    found: tuple[Finding, ...] = ()
    #: Gate hits per phrase book, from the pipeline's one shared scan (may be empty).
    gated: Mapping[PhraseBook, Mapping[int, Hits]] = field(default_factory=dict)
    services: Services | None = None

    @cached_view
    def claimed(self) -> frozenset[int]:
        """Blocks already cut whole by an earlier filter."""
        out: set[int] = set()
        for f in self.found:
            if f.remove:
                out.update(range(f.first, f.last + 1))
        return frozenset(out)

    def hits_of(self, book: PhraseBook) -> Mapping[int, Hits]:
        """A phrase book's hits per block: the pipeline's shared scan, else one scan here."""
        gated = self.gated.get(book)
        if gated is None:
            gated = scan_document((book,), self.doc)[book]
        return gated

    @cached_view
    def stock_blocks(self) -> Mapping[str, frozenset[int]]:
        """Per stock-line use (Services.stock), the blocks where the scan found some
        phrase of those books: no other block can be one of their stock lines."""
        return {use: frozenset().union(*(self.hits_of(book) for book in books)) for use, books in self.services.stock.items()}

    @property
    def structure(self) -> Structure:
        """The document's shapes, header runs and zones (computed once per document)."""
        return self.doc.structure

    def is_long(self, index: int) -> bool:
        """Too long for whole-line modes (a button, a header, a one-line prompt)."""
        return len(self.doc.blocks[index].text) > MAX_LINE_CHARS

    def rules_at(self, index: int) -> set[str]:
        return {f.rule for f in self.found if f.first <= index <= f.last}

    @cached_view
    def first_prose(self) -> int:
        """Index of the first unclaimed prose paragraph (the number of blocks if none):
        what stands above it is the article's head-matter, wherever junk put it."""
        claimed, doc = self.claimed, self.doc
        for i in range(len(doc.blocks)):
            if i not in claimed and doc.is_prose(i):
                return i
        return len(doc.blocks)

    @cached_view
    def last_prose(self) -> int:
        """Index of the last unclaimed prose paragraph (-1 if none)."""
        claimed, doc = self.claimed, self.doc
        for i in range(len(doc.blocks) - 1, -1, -1):
            if i not in claimed and doc.is_prose(i):
                return i
        return -1

    def after_article(self, index: int) -> bool:
        """The block stands below the article's last paragraph (with no paragraph, nothing does)."""
        return 0 <= self.last_prose < index
