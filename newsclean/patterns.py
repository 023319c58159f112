"""Phrase tables: load every language's data, merge per family, compile once.

A phrase table maps family -> concept -> mode -> patterns. Modes say what evidence
a match is:

- ``line``     the whole block is this phrase (a box header, a prompt): strong.
- ``button``   the whole block is this short label ("Sign up"): weak, it counts only
               next to a strong hit of the same family.
- ``label``    the block starts with this label and the rest is a headline
               ("Read Next: ..."): strong.
- ``lead``     the block starts with this word or label, colon optional ("By ...").
- ``sentence`` a sentence holding this is junk; a block is junk when all of its
               sentences are (coverage, not a bare keyword).
- ``header``   the block is a section heading ("Comments", "Most read") after which
               the family's run begins; what follows is the family's call.

Patterns are regular expressions, written in lower case, where a space stands for
any run of white space. Languages live in ``newsclean/phrases/<lang>.py``; adding a
language is adding a file there.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

import regex

from . import phrases as _phrases_pkg
from .automaton import Automaton
from .factors import LINE_START, MARKS, WORD_START, gate_factors, has_nested_repeat, literal_language, required_groups

MODES = ("line", "button", "label", "lead", "sentence", "header")
FLAGS = regex.IGNORECASE | regex.UNICODE
#: Seconds one pattern may run on one block before it is taken as "no match".
MATCH_TIMEOUT = 0.25

# concept -> mode -> patterns for one family, as nested tuples so tables are hashable.
FamilyTable = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]

# A label ends at a colon or pipe, or at a dash with space around it (not "Live-Interview").
LABEL_SEPARATOR = r"(?:\s*[:|»›>→▶]\s*|\s+[–—-]\s+)"
_DECOR = regex.compile(r"[\s\p{P}\p{S}]+")
_DECOR_AT_END = regex.compile(r"(?r)[\s\p{P}\p{S}]+\Z")  # searched backwards: from the end only


def trim_decor(text: str) -> str:
    """Strip bullets, arrows, pipes and closing punctuation around a short line."""
    lead = _DECOR.match(text)
    start = lead.end() if lead else 0
    tail = _DECOR_AT_END.search(text, start)
    return text[start:tail.start() if tail else len(text)]


def _load_languages() -> Mapping[str, Mapping]:
    found = {}
    for info in pkgutil.iter_modules(_phrases_pkg.__path__):
        module = importlib.import_module(f"{_phrases_pkg.__name__}.{info.name}")
        found[info.name] = module.PHRASES
    return MappingProxyType(found)


LANGUAGES: Mapping[str, Mapping] = _load_languages()
#: (mode, pattern) of every shipped phrase: the ones the worst-case tests vouch for.
SHIPPED: frozenset[tuple[str, str]] = frozenset(
    (mode, pattern) for table in LANGUAGES.values() for concepts in table.values()
    for modes in concepts.values() for mode, patterns in modes.items() for pattern in patterns
)


def freeze_family(*tables: Mapping[str, Mapping[str, list[str] | tuple[str, ...]]]) -> FamilyTable:
    """Merge concept->mode->patterns mappings into one hashable family table."""
    merged: dict[str, dict[str, list[str]]] = {}
    for table in tables:
        for concept, modes in table.items():
            for mode, patterns in modes.items():
                if mode not in MODES:
                    raise ValueError(f"unknown phrase mode {mode!r} (expected one of {', '.join(MODES)})")
                if isinstance(patterns, str):
                    patterns = [patterns]
                merged.setdefault(concept, {}).setdefault(mode, []).extend(patterns)
    return tuple(
        (concept, tuple((mode, tuple(dict.fromkeys(pats))) for mode, pats in sorted(modes.items())))
        for concept, modes in sorted(merged.items())
    )


def thaw_family(table: FamilyTable | Mapping) -> tuple[dict, ...]:
    """A frozen family table (or a plain mapping) as mappings freeze_family() takes."""
    if not table:
        return ()
    if isinstance(table, Mapping):
        return (table,)
    return ({concept: {mode: list(p) for mode, p in modes} for concept, modes in table},)


def family_table(family: str) -> FamilyTable:
    """The built-in phrases of one family, all languages merged."""
    return freeze_family(*(lang.get(family, {}) for lang in LANGUAGES.values()))


def _to_regex(pattern: str) -> str:
    """Make each run of spaces outside a character class match any white space
    (a space followed by ? or * is optional white space)."""
    out: list[str] = []
    in_class = escaped = False
    prev_space = False
    for ch in pattern:
        if ch == " " and not in_class and not escaped:
            if not prev_space:
                out.append(r"\s+")
            prev_space = True
            continue
        if prev_space and ch in "?*":
            out[-1] = r"\s*"  # "sign ?up": an optional space, not a lazy required one
            prev_space = False
            continue
        prev_space = False
        out.append(ch)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
    return "".join(out)


@dataclass(frozen=True)
class Phrase:
    """One pattern, compiled for its mode, with the literals any match must hold."""

    concept: str
    mode: str
    pattern: regex.Pattern
    factors: frozenset[str] | None  # None: no literal is required, always run it
    #: Every literal requirement beyond the gate's own (factors.required_groups).
    requires: tuple[tuple[str, ...], ...] = ()
    #: What the pattern matches in full, spelled out (factors.literal_language), for
    #: modes asked with fullmatch; None when it is no small finite set of ASCII strings.
    literals: frozenset[str] | None = None
    #: Run under MATCH_TIMEOUT: not a shipped pattern shown linear (factors.has_nested_repeat;
    #: tests/test_phrases.py runs every shipped one on worst-case strings). User phrases always are.
    timed: bool = True


def lowered(text: str) -> str:
    """The form the literal gate reads: lower case, white space folded to one space."""
    return " ".join(text.lower().split())


#: The phrases a block may match: sorted indexes into `PhraseBook.phrases`.
Hits = tuple[int, ...]


#: Modes only ever asked at the start of a line, segment or sentence: their gate
#: reads the literals a match opens with, where they open a line (factors.LINE_START).
LINE_START_MODES = frozenset({"line", "button", "header", "label", "lead"})
#: Modes whose phrases are asked to match a whole text (PhraseBook.fullmatch).
FULLMATCH_MODES = frozenset({"line", "button", "header", "sentence"})
#: Modes that can match a block too long to be one button, header or prompt line.
LONG_BLOCK_MODES = frozenset({"label", "lead", "sentence"})


#: An automaton value: (what the key needs before it: NEEDS_NOTHING, NEEDS_WORD_START
#: or NEEDS_LINE_START; the ids it stands for anywhere, at a word start, at a line
#: start). See factors.WORD_START and factors.LINE_START.
GateValue = tuple[int, tuple[int, ...], tuple[int, ...], tuple[int, ...]]
NEEDS_NOTHING, NEEDS_WORD_START, NEEDS_LINE_START = 0, 1, 2


def _ids_by_block(automaton: Automaton[GateValue], text: str, starts: tuple[int, ...]) -> dict[int, set[int]]:
    """The ids of every hit in `text`, grouped by the block (of these start offsets) it ends in.

    A key stands for its word-start ids only where no letter or digit is right before
    it, and for its line-start ids only where nothing but spaces stand between it
    and the line's start or a character that is no letter or digit (gate text is
    folded: one space inside a block, a newline between blocks). Hits arrive in text
    order, so the block is found by walking the starts along rather than by a search
    per hit. (This loop runs once per literal occurrence in a document: keep it flat.)
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


def _automaton(entries: dict[str, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]]) -> Automaton[GateValue]:
    """Key -> GateValue."""
    values: dict[str, GateValue] = {}
    for key, (word_ids, line_ids, any_ids) in entries.items():
        needs = NEEDS_LINE_START if line_ids else NEEDS_WORD_START if word_ids else NEEDS_NOTHING
        values[key] = (needs, any_ids, any_ids + word_ids, any_ids + word_ids + line_ids)
    return Automaton.build(values)


def _gate_entries(pairs) -> dict[str, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]]:
    """(factor, id) pairs -> key -> (word-start ids, line-start ids, anywhere ids)."""
    grouped: dict[str, tuple[set[int], set[int], set[int]]] = {}
    for factor, ident in pairs:
        word, line, anywhere = grouped.setdefault(factor.lstrip(MARKS), (set(), set(), set()))
        (word if factor.startswith(WORD_START) else line if factor.startswith(LINE_START) else anywhere).add(ident)
    return {k: (tuple(sorted(w)), tuple(sorted(l)), tuple(sorted(a))) for k, (w, l, a) in grouped.items()}


@dataclass(frozen=True)
class Gate:
    """An Aho-Corasick automaton over phrase literals, plus the phrases it cannot gate."""

    automaton: Automaton[GateValue] | None
    ungated: Hits
    #: Phrase id -> its literal requirements beyond the gate's key (checked once a key hit).
    requires: Mapping[int, tuple[tuple[str, ...], ...]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def build(cls, phrases: tuple[Phrase, ...], ids: list[int]) -> Gate:
        pairs = [(f, i) for i in ids for f in (phrases[i].factors or ())]
        ungated = tuple(sorted(i for i in ids if phrases[i].factors is None))
        requires = MappingProxyType({i: phrases[i].requires for i in ids if phrases[i].requires})
        return cls(_automaton(_gate_entries(pairs)) if pairs else None, ungated, requires)

    def scan(self, low: str) -> Hits:
        if self.automaton is None:
            return self.ungated
        found = _ids_by_block(self.automaton, low, (0,)).get(0)
        if not found:
            return self.ungated
        return tuple(sorted(_holding(found.union(self.ungated), self.requires, low)))


def _holding(ids: set[int], requires: Mapping[int, tuple[tuple[str, ...], ...]], low: str) -> set[int]:
    """The ids whose every literal requirement occurs in `low`, the block's gate text."""
    if not requires or requires.keys().isdisjoint(ids):
        return ids
    kept: set[int] = set()
    for i in ids:
        groups = requires.get(i)
        if groups is not None:  # loops, not all(any(...)): this runs for most hit blocks
            for group in groups:
                for lit in group:
                    if lit in low:
                        break
                else:
                    break  # no literal of this group: the phrase cannot match
            else:
                kept.add(i)
        else:
            kept.add(i)
    return kept


def _block_text(lowered_text: str, starts: tuple[int, ...], block: int) -> str:
    """One block's part of the document's gate text."""
    end = starts[block + 1] - 1 if block + 1 < len(starts) else len(lowered_text)
    return lowered_text[starts[block]:end]


@dataclass(frozen=True, eq=False)  # identity: compile_family hands out one book per table
class PhraseBook:
    """A family's compiled phrases and the literal gates in front of them.

    `scan(low)` runs one Aho-Corasick pass over a block's lowered text and returns
    the phrases whose literals occur; only those regexes run. Most blocks of an
    article hold none, so most blocks cost one C-level pass per family. Long
    blocks are scanned for the phrases of long-block modes only.
    """

    phrases: tuple[Phrase, ...]
    gate: Gate
    long_gate: Gate

    def scan(self, low: str, long_block: bool = False) -> Hits:
        return (self.long_gate if long_block else self.gate).scan(low)

    def scan_document(self, lowered_text: str, starts: tuple[int, ...], is_long) -> dict[int, Hits]:
        """Hits for every block of a document, from one pass over its lowered text.

        `starts` are the offsets where the blocks begin in that text; `is_long(i)`
        says whether block i only admits long-block modes. Blocks with no hits are absent.
        """
        automaton, requires = self.gate.automaton, self.gate.requires
        found = {} if automaton is None else _ids_by_block(automaton, lowered_text, starts)
        found = {i: _holding(ids, requires, _block_text(lowered_text, starts, i)) for i, ids in found.items()}
        return self.finish_hits(found, len(starts), is_long)

    def finish_hits(self, found: dict[int, set[int]], n_blocks: int, is_long) -> dict[int, Hits]:
        """Add the ungated phrases (to every block) and drop whole-line modes from long blocks."""
        ungated = self.gate.ungated
        if ungated:
            for i in range(n_blocks):
                found.setdefault(i, set())
        out: dict[int, Hits] = {}
        for i, ids in found.items():
            ids.update(ungated)
            if is_long(i):
                ids = {j for j in ids if self.phrases[j].mode in LONG_BLOCK_MODES}
            if ids:
                out[i] = tuple(sorted(ids))
        return out

    def _in_mode(self, mode: str | frozenset[str], hits: Hits | None, text: str, concept: str | None = None) -> list[Phrase]:
        """This mode's (or these modes') phrases among the hits (scanned from `text` when not given)."""
        if hits is None:
            hits = self.scan(lowered(text))
        phrases = self.phrases
        if isinstance(mode, str):
            found = [phrases[i] for i in hits if phrases[i].mode == mode]
        else:
            found = [phrases[i] for i in hits if phrases[i].mode in mode]
        return found if concept is None else [p for p in found if p.concept == concept]

    def has_mode(self, mode: str, hits: Hits) -> bool:
        return any(self.phrases[i].mode == mode for i in hits)

    def fullmatch(self, mode: str | frozenset[str], text: str, hits: Hits | None = None, concept: str | None = None) -> str | None:
        """The concept whose phrase (of this mode, or any of these modes) is the whole (trimmed) text."""
        candidates = self._in_mode(mode, hits, text, concept)
        if not candidates:
            return None
        trimmed = trim_decor(text)
        # ASCII, printable, no double space: a spelled-out phrase is a set lookup
        key = trimmed.lower() if trimmed.isascii() and trimmed.isprintable() and "  " not in trimmed else None
        for phrase in candidates:
            if key is not None and phrase.literals is not None:
                if key in phrase.literals:
                    return phrase.concept
            elif _run(phrase.pattern.fullmatch, trimmed, phrase.timed):
                return phrase.concept
        return None

    def prefix(self, mode: str, text: str, hits: Hits | None = None, concept: str | None = None) -> tuple[str, int] | None:
        """(concept, end of the label) for the longest label the text starts with."""
        best: tuple[str, int] | None = None
        for phrase in self._in_mode(mode, hits, text, concept):
            m = _run(phrase.pattern.match, text, phrase.timed)
            if m and (best is None or m.end() > best[1]):
                best = (phrase.concept, m.end())
        return best

    def search(self, mode: str, text: str, hits: Hits | None = None, concept: str | None = None) -> tuple[str, int, int] | None:
        """(concept, start, end) of the earliest phrase found in the text."""
        best: tuple[str, int, int] | None = None
        for phrase in self._in_mode(mode, hits, text, concept):
            m = _run(phrase.pattern.search, text, phrase.timed)
            if m and (best is None or m.start() < best[1]):
                best = (phrase.concept, m.start(), m.end())
        return best


@dataclass(frozen=True, eq=False)
class SharedGate:
    """One Aho-Corasick pass for several phrase books (a pipeline's families).

    Scanning a document once for every family's literals, instead of once per
    family, is what keeps the gate's cost flat as families and languages grow.
    """

    books: tuple[PhraseBook, ...]
    automaton: Automaton[GateValue] | None
    #: Packed id -> the phrase's literal requirements beyond its key (Gate.requires).
    requires: Mapping[int, tuple[tuple[str, ...], ...]]

    @staticmethod
    @lru_cache(maxsize=64)
    def build(books: tuple[PhraseBook, ...]) -> SharedGate:
        # ids are (book index, phrase index) pairs packed into one int
        pairs = [(f, b * _BOOK_STRIDE + i) for b, book in enumerate(books)
                 for i, phrase in enumerate(book.phrases) for f in (phrase.factors or ())]
        requires = {b * _BOOK_STRIDE + i: phrase.requires for b, book in enumerate(books)
                    for i, phrase in enumerate(book.phrases) if phrase.requires}
        return SharedGate(books, _automaton(_gate_entries(pairs)) if pairs else None, MappingProxyType(requires))

    def scan_document(self, lowered_text: str, starts: tuple[int, ...], is_long) -> dict[PhraseBook, dict[int, Hits]]:
        """Per book, the hits of every block (blocks with none are absent)."""
        found: list[dict[int, set[int]]] = [{} for _ in self.books]
        if self.automaton is not None:
            for block, packed_ids in _ids_by_block(self.automaton, lowered_text, starts).items():
                packed_ids = _holding(packed_ids, self.requires, _block_text(lowered_text, starts, block))
                for packed in packed_ids:
                    b, i = divmod(packed, _BOOK_STRIDE)
                    per_block = found[b]
                    if block in per_block:
                        per_block[block].add(i)
                    else:
                        per_block[block] = {i}
        return {book: book.finish_hits(per_block, len(starts), is_long) for book, per_block in zip(self.books, found)}


_BOOK_STRIDE = 1 << 20


def _run(method, text: str, timed: bool = True):
    """A pattern's match, fullmatch or search; under MATCH_TIMEOUT when `timed` (Phrase.timed)."""
    if not timed:
        return method(text)
    try:
        return method(text, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        return None


def _wrap(mode: str, pattern: str) -> str:
    body = _to_regex(pattern)
    if mode == "label":
        return rf"(?:{body}){LABEL_SEPARATOR}"
    if mode == "lead":
        return rf"(?:{body})(?:{LABEL_SEPARATOR}|\s+)"
    if mode == "sentence":
        return rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])"
    return body


@lru_cache(maxsize=256)
def compile_family(table: FamilyTable) -> PhraseBook:
    """Compile a family table once (cached by value, so equal tables share work)."""
    phrases: list[Phrase] = []
    for concept, concept_modes in table:
        for mode, patterns in concept_modes:
            for p in patterns:
                factors = gate_factors(p, mode in LINE_START_MODES)
                keys = tuple(sorted({f.lstrip(MARKS) for f in factors or ()}))
                requires = tuple(g for g in required_groups(p) if g != keys)
                # fullmatch of a sentence phrase's wrapper is that of its body: the
                # look-arounds at the text's two ends always hold
                literals = literal_language(_to_regex(p)) if mode in FULLMATCH_MODES else None
                wrapped = _wrap(mode, p)
                timed = (mode, p) not in SHIPPED or has_nested_repeat(wrapped)
                phrases.append(Phrase(concept, mode, regex.compile(wrapped, FLAGS), factors, requires, literals, timed))
    frozen = tuple(phrases)
    every = list(range(len(frozen)))
    long_ids = [i for i in every if frozen[i].mode in LONG_BLOCK_MODES]
    return PhraseBook(frozen, Gate.build(frozen, every), Gate.build(frozen, long_ids))
