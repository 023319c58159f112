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
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Iterable, Mapping

import regex

from . import phrases as _phrases_pkg
from .factors import required_factors

MODES = ("line", "button", "label", "lead", "sentence", "header")
#: The modes that can match a block too long to be a single button or header.
LONG_BLOCK_MODES = ("label", "lead", "sentence")
FLAGS = regex.IGNORECASE | regex.UNICODE
#: Seconds one pattern may run on one block before it is taken as "no match".
MATCH_TIMEOUT = 0.25

# family -> concept -> mode -> patterns, as nested tuples so tables are hashable.
PhraseTable = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]
FamilyTable = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]

_NEVER = re.compile(r"(?!)")
_TRIM = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")


def trim_decor(text: str) -> str:
    """Strip bullets, arrows, pipes and closing punctuation around a short line."""
    return _TRIM.sub("", text)


def _load_languages() -> Mapping[str, Mapping]:
    found = {}
    for info in pkgutil.iter_modules(_phrases_pkg.__path__):
        module = importlib.import_module(f"{_phrases_pkg.__name__}.{info.name}")
        found[info.name] = module.PHRASES
    return MappingProxyType(found)


LANGUAGES: Mapping[str, Mapping] = _load_languages()


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


def family_table(family: str) -> FamilyTable:
    """The built-in phrases of one family, all languages merged."""
    return freeze_family(*(lang.get(family, {}) for lang in LANGUAGES.values()))


def _to_regex(pattern: str) -> str:
    """Make each run of spaces outside a character class match any white space."""
    out: list[str] = []
    in_class = escaped = False
    prev_space = False
    for ch in pattern:
        if ch == " " and not in_class and not escaped:
            if not prev_space:
                out.append(r"\s+")
            prev_space = True
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
class CompiledMode:
    """One alternation per mode; group ``c<i>`` names the concept that matched.

    `factors` are literal strings one of which any match must contain (None when
    some pattern has none); `could_match` tests them on lower-cased text first.
    """

    pattern: regex.Pattern | None
    concepts: tuple[str, ...]
    factors: tuple[str, ...] | None = None

    @cached_property
    def gate(self) -> re.Pattern | None:
        # A plain alternation of escaped literals: the stdlib engine scans it fast.
        if not self.factors:
            return None
        return re.compile("|".join(re.escape(f) for f in self.factors))

    def concept_of(self, match: regex.Match) -> str:
        return self.concepts[int(match.lastgroup[1:])]

    def could_match(self, low: str | None) -> bool:
        if self.pattern is None:
            return False
        if low is None or self.gate is None:
            return True
        return self.gate.search(low) is not None


def lowered(text: str) -> str:
    """The form factor gates test: lower case, white space folded to one space."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class PhraseBook:
    """A family's compiled phrases, with the few ways rules query them.

    Every query takes the block's `lowered()` text as `low` where the caller has
    it, so that blocks holding none of a mode's factors skip its regex.
    """

    modes: Mapping[str, CompiledMode]

    def could_match(self, low: str | None, long_block: bool = False) -> bool:
        """Whether any mode could match: all modes for a short block, fewer for a long one."""
        if low is None:
            return True
        gate = self._long_gate if long_block else self._gate
        return gate is None or gate.search(low) is not None

    @cached_property
    def _gate(self) -> re.Pattern | None:
        return _union_gate(self.modes.values())

    @cached_property
    def _long_gate(self) -> re.Pattern | None:
        return _union_gate(self.modes[m] for m in LONG_BLOCK_MODES)

    def fullmatch(self, mode: str, text: str, low: str | None = None) -> str | None:
        compiled = self.modes[mode]
        if not compiled.could_match(low):
            return None
        m = _run(compiled.pattern.fullmatch, trim_decor(text))
        return compiled.concept_of(m) if m else None

    def prefix(self, mode: str, text: str, low: str | None = None) -> tuple[str, int] | None:
        """(concept, end of the label) when the text starts with a label."""
        compiled = self.modes[mode]
        if not compiled.could_match(low):
            return None
        m = _run(compiled.pattern.match, text)
        return (compiled.concept_of(m), m.end()) if m else None

    def search(self, mode: str, text: str, low: str | None = None) -> tuple[str, int, int] | None:
        compiled = self.modes[mode]
        if not compiled.could_match(low):
            return None
        m = _run(compiled.pattern.search, text)
        return (compiled.concept_of(m), m.start(), m.end()) if m else None


def _union_gate(modes: Iterable[CompiledMode]) -> re.Pattern | None:
    """One literal gate for several modes; None when one of them cannot be gated."""
    used = [c for c in modes if c.pattern is not None]
    if any(c.factors is None for c in used):
        return None
    factors = sorted({f for c in used for f in c.factors}, key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in factors)) if factors else _NEVER


def _run(method, text: str, pass_timeout: bool = True):
    try:
        return method(text, timeout=MATCH_TIMEOUT) if pass_timeout else method(text)
    except TimeoutError:
        return None


@lru_cache(maxsize=256)
def compile_family(table: FamilyTable) -> PhraseBook:
    """Compile a family table once (cached by value, so equal tables share work)."""
    modes: dict[str, CompiledMode] = {}
    for mode in MODES:
        branches: list[str] = []
        concepts: list[str] = []
        factors: set[str] | None = set()
        for concept, concept_modes in table:
            pats = dict(concept_modes).get(mode)
            if not pats:
                continue
            branches.append(f"(?P<c{len(concepts)}>" + "|".join(f"(?:{_to_regex(p)})" for p in pats) + ")")
            concepts.append(concept)
            for p in pats:
                found = required_factors(p)
                if found is None or factors is None:
                    factors = None
                else:
                    factors.update(found)
        if not branches:
            modes[mode] = CompiledMode(None, ())
            continue
        body = "|".join(branches)
        if mode == "label":
            body = rf"(?:{body})\s*[:|–—-]\s*"
        elif mode == "lead":
            body = rf"(?:{body})(?:\s*[:|–—-]\s*|\s+)"
        elif mode == "sentence":
            body = rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])"
        gate = tuple(sorted(factors, key=len, reverse=True)) if factors is not None else None
        modes[mode] = CompiledMode(regex.compile(body, FLAGS), tuple(concepts), gate)
    return PhraseBook(MappingProxyType(modes))
