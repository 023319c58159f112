"""Compiled phrases and the gate in front of them.

A `PhraseBook` is a family's compiled phrases and the queries rules ask of a text
(fullmatch, prefix, search). One Aho-Corasick pass finds, per block, the phrases
whose literals occur; only those phrases' regular expressions are run. Every scan
goes through `Scanner.hits`: a document's blocks for all of a pipeline's books at
once (the shared scan), or one text for one book (`scan_text`). The literals come
from the patterns themselves (`factors`), never written by hand, so the gate can
only skip a phrase that cannot match.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Mapping

import regex

from .automaton import Automaton
from .budget import match_memo, match_timeout, note_timeout
from .factors import LINE_START, MARKS, WORD_START
from .lazy import cached_view

if TYPE_CHECKING:
    from .model import Document

#: How every phrase is compiled: case-insensitive, Unicode classes.
PHRASE_FLAGS = regex.IGNORECASE | regex.UNICODE
#: Seconds one pattern may run on one block before it is taken as "no match".
MATCH_TIMEOUT = 0.25

_DECOR = regex.compile(r"[\s\p{P}\p{S}]+")
_DECOR_AT_END = regex.compile(r"(?r)[\s\p{P}\p{S}]+\Z")  # searched backwards: from the end only


def trim_decor(text: str) -> str:
    """Strip bullets, arrows, pipes and closing punctuation around a short line."""
    lead = _DECOR.match(text)
    start = lead.end() if lead else 0
    tail = _DECOR_AT_END.search(text, start)
    return text[start:tail.start() if tail else len(text)]


#: The phrases a block may match: sorted indexes into `PhraseBook.phrases`.
Hits = tuple[int, ...]


@dataclass(frozen=True)
class Phrase:
    """One pattern, written for its mode, with the literals any match must hold. It is
    compiled on first use: most phrases of most languages never pass the gate on a
    given stream, and compiling all of them costs more than a second per process."""

    concept: str
    mode: str
    source: str  # the regular expression, already wrapped for its mode
    factors: frozenset[str] | None  # None: no literal is required, always run it
    #: Every literal requirement beyond the gate's own (factors.required_groups).
    requires: tuple[tuple[str, ...], ...] = ()

    @cached_view
    def pattern(self) -> regex.Pattern:
        return regex.compile(self.source, PHRASE_FLAGS)

    @property
    def long_block(self) -> bool:
        """Whether it can match a block too long to be one button, header or prompt line."""
        return self.mode in LONG_BLOCK_MODES


def lowered(text: str) -> str:
    """The form the literal gate reads: lower case, white space folded to one space."""
    return " ".join(text.lower().split())


#: Modes only ever asked at the start of a line, segment or sentence: their gate
#: reads the literals a match opens with, where they open a line (factors.LINE_START).
LINE_START_MODES = frozenset({"line", "button", "header", "label", "lead"})
#: Modes matched against the whole line, after trim_decor strips its decor and closing punctuation.
WHOLE_LINE_MODES = frozenset({"line", "button", "header"})
#: Modes that can match a block too long to be one button, header or prompt line.
LONG_BLOCK_MODES = frozenset({"label", "lead", "sentence"})


@dataclass(frozen=True, eq=False)  # identity: compile_family hands out one book per table
class PhraseBook:
    """A family's compiled phrases. `scan(low)` gives the phrases whose literals occur
    in a text (scan.py); the queries below run only those phrases' regexes, so most
    blocks of an article cost one C-level pass and no regex at all."""

    phrases: tuple[Phrase, ...]

    def scan(self, low: str, long_block: bool = False) -> Hits:
        return scan_text(self, low, long_block)

    def _in_mode(self, mode: str | frozenset[str], hits: Hits | None, text: str, concept: str | None = None) -> list[Phrase]:
        """This mode's (or these modes') phrases among the hits (scanned from `text` when not given)."""
        if hits is None:
            hits = self.scan(lowered(text))
        modes = {mode} if isinstance(mode, str) else mode
        return [self.phrases[i] for i in hits
                if self.phrases[i].mode in modes and (concept is None or self.phrases[i].concept == concept)]

    def has_mode(self, mode: str, hits: Hits) -> bool:
        return any(self.phrases[i].mode == mode for i in hits)

    def fullmatch(self, mode: str | frozenset[str], text: str, hits: Hits | None = None, concept: str | None = None) -> str | None:
        """The concept whose phrase (of this mode, or any of these modes) is the whole (trimmed) text."""
        candidates = self._in_mode(mode, hits, text, concept)
        trimmed = trim_decor(text) if candidates else text
        return next((p.concept for p in candidates if _run(p, "fullmatch", trimmed)), None)

    def prefix(self, mode: str, text: str, hits: Hits | None = None, concept: str | None = None) -> tuple[str, int] | None:
        """(concept, end of the label) for the longest label the text starts with."""
        best: tuple[str, int] | None = None
        for phrase in self._in_mode(mode, hits, text, concept):
            m = _run(phrase, "match", text)
            if m and (best is None or m.end() > best[1]):
                best = (phrase.concept, m.end())
        return best

    def search(self, mode: str, text: str, hits: Hits | None = None, concept: str | None = None) -> tuple[str, int, int] | None:
        """(concept, start, end) of the earliest phrase found in the text."""
        best: tuple[str, int, int] | None = None
        for phrase in self._in_mode(mode, hits, text, concept):
            m = _run(phrase, "search", text)
            if m and (best is None or m.start() < best[1]):
                best = (phrase.concept, m.start(), m.end())
        return best


def _run(phrase: Phrase, method: str, text: str):
    """A pattern's match, fullmatch or search, under MATCH_TIMEOUT and the document's
    budget (budget.py): past either it is "no match", and the budget's notes say so.
    Within a document each (pattern, method, text) runs once (budget.match_memo)."""
    memo = match_memo()
    if memo is None:
        return _timed_run(phrase, method, text)
    key = (phrase.source, method, text)  # the pattern's source, not the object: no id is reused
    try:
        return memo[key]
    except KeyError:
        found = memo[key] = _timed_run(phrase, method, text)
        return found


def _timed_run(phrase: Phrase, method: str, text: str):
    timeout = match_timeout(MATCH_TIMEOUT)
    if timeout > 0:
        try:
            return getattr(phrase.pattern, method)(text, timeout=timeout)
        except TimeoutError:
            pass
    note_timeout(phrase.concept, phrase.source, tried=timeout > 0)
    return None


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
    if requires.keys().isdisjoint(ids):
        return ids
    kept: set[int] = set()
    for i in ids:  # loops, not all(any(...)): this runs for most hit blocks
        for group in requires.get(i, ()):
            for lit in group:
                if lit in low:
                    break
            else:
                break  # no literal of this group: the phrase cannot match
        else:
            kept.add(i)
    return kept


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
    #: Packed ids of the phrases a long block may match (Phrase.long_block).
    long_ok: frozenset[int]

    @staticmethod
    @lru_cache(maxsize=64)
    def build(books: tuple[PhraseBook, ...]) -> Scanner:
        packed = [(b * _BOOK_STRIDE + i, phrase) for b, book in enumerate(books) for i, phrase in enumerate(book.phrases)]
        pairs = [(f, ident) for ident, phrase in packed for f in (phrase.factors or ())]
        requires = {ident: phrase.requires for ident, phrase in packed if phrase.requires}
        ungated = tuple(ident for ident, phrase in packed if phrase.factors is None)
        long_ok = frozenset(ident for ident, phrase in packed if phrase.long_block)
        return Scanner(books, _automaton(pairs) if pairs else None, MappingProxyType(requires), ungated, long_ok)

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
        per_book: list[dict[int, list[int]]] = [{} for _ in self.books]
        requires, n = self.requires, len(starts)
        for block, ids in found.items():
            if not requires.keys().isdisjoint(ids):
                end = starts[block + 1] - 1 if block + 1 < n else len(lowered_text)
                ids = _holding(ids, requires, lowered_text[starts[block]:end])
            if is_long(block):
                ids = self.long_ok.intersection(ids)
            for ident in ids:
                b, i = divmod(ident, _BOOK_STRIDE)
                per_book[b].setdefault(block, []).append(i)
        return {book: {block: tuple(sorted(ids)) for block, ids in hits.items()} for book, hits in zip(self.books, per_book)}


def scan_text(book: PhraseBook, low: str, long_block: bool = False) -> Hits:
    """One text's hits for one book (`low` is its gate text, patterns.lowered)."""
    return Scanner.build((book,)).hits(low, (0,), lambda _: long_block)[book].get(0, ())


def scan_document(books: tuple[PhraseBook, ...], doc: Document) -> dict[PhraseBook, dict[int, Hits]]:
    """Per book, the hits of every block of a document, from one pass over its gate text."""
    lowered_text, starts = doc.lowered_text
    blocks = doc.blocks
    return Scanner.build(books).hits(lowered_text, starts, lambda i: len(blocks[i].text) > MAX_LINE_CHARS)
