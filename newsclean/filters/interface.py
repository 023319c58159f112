"""What filters share with the pipeline and with each other: the Filter interface
(every hook with its default), the verdict a phrase family gives one block (Hit), and
the stock-line test a filter asks of another family's phrases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable, Literal, Mapping, Sequence

from .. import shapes
from ..model import Finding
from ..phrasebook import WHOLE_LINE_MODES, Hits, PhraseBook, lowered
from .context import Context


def is_stock_line(book: PhraseBook, text: str, hits: Hits | None, max_label_rest: int) -> bool:
    """The text is one of the family's stock lines: a button, a box header, a prompt,
    or a label with a short rest ("Read more: ...")."""
    if hits is None:
        hits = book.scan(lowered(text))
    if not hits:
        return False
    if book.fullmatch(WHOLE_LINE_MODES, text, hits):
        return True
    label = book.prefix("label", text, hits)
    return bool(label) and shapes.word_count(text[label[1]:]) <= max_label_rest


class Filter:
    """What the pipeline asks of a filter, each hook with its default. A filter has a
    stable `name` (its removals carry it), a one-line `description`, and `find`, which
    reports findings and never changes the document. Subclass it and write `find`."""

    name: ClassVar[str] = "filter"
    kind: ClassVar[str] = "junk"
    description: ClassVar[str] = ""
    #: The phrase concepts of its family that it reads (the registry checks the
    #: language packs against them: an unknown or unused concept fails at import).
    concepts: ClassVar[frozenset[str]] = frozenset()
    #: Every removal kind its findings carry (`Pipeline.keeping` and `--keep` take these);
    #: empty: its `kind` alone.
    kinds: ClassVar[frozenset[str]] = frozenset()
    #: Rules whose cut, with nothing of the body after it, means the text is cut
    #: off by a paywall (Article.paywalled).
    wall_rules: ClassVar[frozenset[str]] = frozenset()

    @property
    def book(self) -> PhraseBook | None:
        """The phrases the pipeline's shared scan gates for this filter (None: none)."""
        return None

    def with_phrases(self, phrases: Mapping[str, Mapping[str, Sequence[str]]]) -> Filter:
        """A copy that also reads these phrases (concept -> mode -> patterns)."""
        raise TypeError(f"filter {self.name!r} does not take phrases")

    def find(self, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError


Strength = Literal["strong", "weak", "header"]


@dataclass(frozen=True, slots=True)
class Hit:
    index: int
    concept: str
    strength: Strength
