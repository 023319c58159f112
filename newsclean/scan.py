"""The phrase gate: one Aho-Corasick pass finds, per block, the phrases whose literals
occur; only those phrases' regular expressions are run.

Every scan goes through `Scanner.hits`: a document's blocks for all of a pipeline's
phrase books at once (the shared scan), or one text for one book (`scan_text`).
The literals come from the patterns themselves (`factors`), never written by hand,
so the gate can only skip a phrase that cannot match.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Mapping

from .automaton import Automaton
from .factors import LINE_START, MARKS, WORD_START

if TYPE_CHECKING:
    from .model import Document
    from .patterns import PhraseBook

#: The phrases a block may match: sorted indexes into `PhraseBook.phrases`.
Hits = tuple[int, ...]
#: An automaton value: (what the key needs before it: NEEDS_NOTHING, NEEDS_WORD_START
#: or NEEDS_LINE_START; the ids it stands for anywhere, at a word start, at a line start).
GateValue = tuple[int, tuple[int, ...], tuple[int, ...], tuple[int, ...]]
NEEDS_NOTHING, NEEDS_WORD_START, NEEDS_LINE_START = 0, 1, 2
#: Blocks longer than this are no button, header or one-line prompt (whole-line modes).
MAX_LINE_CHARS = 200
#: Ids are (book index, phrase index) packed into one int.
_BOOK_STRIDE = 1 << 20


def _ids_by_block(automaton: Automaton[GateValue], text: str, starts: tuple[int, ...]) -> dict[int, set[int]]:
    """The ids of every hit in `text`, grouped by the block (of these start offsets) it ends in.

    A key stands for its word-start ids only where no letter or digit is right before
    it, and for its line-start ids only where nothing but spaces stand between it
    and the line's start or a character that is no letter or digit (gate text is
    folded: one space inside a block, a newline between blocks). Hits arrive in text
    order, so the block is found by walking the starts along.
    """
    found: dict[int, set[int]] = {}
    block, ids = -1, None
    next_start, n = 0, len(starts)
    values = automaton.values
    for key, start, end in automaton.matches(text):
        needs, anywhere, at_word, at_line = values[key]
        if needs:
            if start and text[start - 1].isalnum():
                matched = anywhere
            elif needs == NEEDS_WORD_START:
                matched = at_word
            else:
                j = start - 1
                while j >= 0 and text[j] == " ":
                    j -= 1
                matched = at_line if j < 0 or not text[j].isalnum() else at_word
            if not matched:
                continue
        else:
            matched = anywhere
        if end > next_start:  # end is exclusive: the hit's last character is at end - 1
            while end > next_start:
                block += 1
                next_start = starts[block + 1] if block + 1 < n else len(text) + 1
            ids = found[block] = set()
        ids.update(matched)
    return found


def _holding(ids: set[int], requires: Mapping[int, tuple[tuple[str, ...], ...]], low: str) -> set[int]:
    """The ids whose every literal requirement (one literal of each group) occurs in `low`."""
    return {i for i in ids if all(any(lit in low for lit in group) for group in requires.get(i, ()))}


def _automaton(pairs: list[tuple[str, int]]) -> Automaton[GateValue]:
    """(marked factor, id) pairs -> key -> GateValue."""
    grouped: dict[str, tuple[set[int], set[int], set[int]]] = {}
    for factor, ident in pairs:
        word, line, anywhere = grouped.setdefault(factor.lstrip(MARKS), (set(), set(), set()))
        (word if factor.startswith(WORD_START) else line if factor.startswith(LINE_START) else anywhere).add(ident)
    values: dict[str, GateValue] = {}
    for key, (word, line, anywhere) in grouped.items():
        w, l, a = tuple(sorted(word)), tuple(sorted(line)), tuple(sorted(anywhere))
        needs = NEEDS_LINE_START if l else NEEDS_WORD_START if w else NEEDS_NOTHING
        values[key] = (needs, a, a + w, a + w + l)
    return Automaton.build(values)


@dataclass(frozen=True, eq=False)
class Scanner:
    """One Aho-Corasick pass for several phrase books.

    Scanning a document once for every family's literals, instead of once per
    family, is what keeps the gate's cost flat as families and languages grow.
    """

    books: tuple[PhraseBook, ...]
    automaton: Automaton[GateValue] | None
    #: Packed id -> the phrase's literal requirements beyond its gate key.
    requires: Mapping[int, tuple[tuple[str, ...], ...]]
    #: Packed ids of phrases with no literal to gate on: asked of every block.
    ungated: tuple[int, ...]

    @staticmethod
    @lru_cache(maxsize=64)
    def build(books: tuple[PhraseBook, ...]) -> Scanner:
        packed = [(b * _BOOK_STRIDE + i, phrase) for b, book in enumerate(books) for i, phrase in enumerate(book.phrases)]
        pairs = [(f, ident) for ident, phrase in packed for f in (phrase.factors or ())]
        requires = {ident: phrase.requires for ident, phrase in packed if phrase.requires}
        ungated = tuple(ident for ident, phrase in packed if phrase.factors is None)
        return Scanner(books, _automaton(pairs) if pairs else None, MappingProxyType(requires), ungated)

    def hits(self, lowered_text: str, starts: tuple[int, ...], is_long: Callable[[int], bool]) -> dict[PhraseBook, dict[int, Hits]]:
        """Per book, the hits of every block (blocks with none are absent).

        `lowered_text` is the blocks' gate text joined by newlines, `starts` where each
        block starts in it; a block for which `is_long(i)` keeps the phrases of
        long-block modes only (a long block is no button, header or prompt line).
        """
        found = {} if self.automaton is None else _ids_by_block(self.automaton, lowered_text, starts)
        if self.ungated:
            for block in range(len(starts)):
                found.setdefault(block, set()).update(self.ungated)
        per_book: list[dict[int, Hits]] = [{} for _ in self.books]
        for block, ids in found.items():
            end = starts[block + 1] - 1 if block + 1 < len(starts) else len(lowered_text)
            held = _holding(ids, self.requires, lowered_text[starts[block]:end])
            long_block = is_long(block)
            by_book: dict[int, list[int]] = {}
            for ident in held:
                b, i = divmod(ident, _BOOK_STRIDE)
                if not long_block or self.books[b].phrases[i].long_block:
                    by_book.setdefault(b, []).append(i)
            for b, ids_of_book in by_book.items():
                per_book[b][block] = tuple(sorted(ids_of_book))
        return dict(zip(self.books, per_book))


def scan_text(book: PhraseBook, low: str, long_block: bool = False) -> Hits:
    """One text's hits for one book (`low` is its gate text, patterns.lowered)."""
    return Scanner.build((book,)).hits(low, (0,), lambda _: long_block)[book].get(0, ())


def scan_document(books: tuple[PhraseBook, ...], doc: Document) -> dict[PhraseBook, dict[int, Hits]]:
    """Per book, the hits of every block of a document, from one pass over its gate text."""
    lowered_text, starts = doc.lowered_text
    blocks = doc.blocks
    return Scanner.build(books).hits(lowered_text, starts, lambda i: len(blocks[i].text) > MAX_LINE_CHARS)
