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
any run of white space. Languages live in ``newsclean/lang/<code>.py``; adding a
language is adding a file there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

import regex

from .factors import MARKS, gate_factors, required_groups
from .lang import packs
from .scan import Hits, scan_text

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


LANGUAGES: Mapping[str, Mapping] = MappingProxyType({code: pack.phrases for code, pack in packs().items()})


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
        return next((p.concept for p in candidates if _run(p.pattern.fullmatch, trimmed)), None)

    def prefix(self, mode: str, text: str, hits: Hits | None = None, concept: str | None = None) -> tuple[str, int] | None:
        """(concept, end of the label) for the longest label the text starts with."""
        best: tuple[str, int] | None = None
        for phrase in self._in_mode(mode, hits, text, concept):
            m = _run(phrase.pattern.match, text)
            if m and (best is None or m.end() > best[1]):
                best = (phrase.concept, m.end())
        return best

    def search(self, mode: str, text: str, hits: Hits | None = None, concept: str | None = None) -> tuple[str, int, int] | None:
        """(concept, start, end) of the earliest phrase found in the text."""
        best: tuple[str, int, int] | None = None
        for phrase in self._in_mode(mode, hits, text, concept):
            m = _run(phrase.pattern.search, text)
            if m and (best is None or m.start() < best[1]):
                best = (phrase.concept, m.start(), m.end())
        return best


def _run(method, text: str):
    """A pattern's match, fullmatch or search, under MATCH_TIMEOUT ("no match" past it)."""
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
                phrases.append(Phrase(concept, mode, regex.compile(_wrap(mode, p), FLAGS), factors, requires))
    return PhraseBook(tuple(phrases))
