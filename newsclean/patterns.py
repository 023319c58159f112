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
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Iterator, Mapping

import regex

from . import phrases as _phrases_pkg

MODES = ("line", "button", "label", "lead", "sentence", "header")
FLAGS = regex.IGNORECASE | regex.UNICODE
#: Seconds one pattern may run on one block before it is taken as "no match".
MATCH_TIMEOUT = 0.25

# family -> concept -> mode -> patterns, as nested tuples so tables are hashable.
PhraseTable = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]
FamilyTable = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]

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
    """One alternation per mode; group ``c<i>`` names the concept that matched."""

    pattern: regex.Pattern | None
    concepts: tuple[str, ...]

    def concept_of(self, match: regex.Match) -> str:
        return self.concepts[int(match.lastgroup[1:])]


@dataclass(frozen=True)
class PhraseBook:
    """A family's compiled phrases, with the few ways rules query them."""

    modes: Mapping[str, CompiledMode]

    def fullmatch(self, mode: str, text: str) -> str | None:
        compiled = self.modes[mode]
        if compiled.pattern is None:
            return None
        m = _run(compiled.pattern.fullmatch, trim_decor(text))
        return compiled.concept_of(m) if m else None

    def prefix(self, mode: str, text: str) -> tuple[str, int] | None:
        """(concept, end of the label) when the text starts with a label."""
        compiled = self.modes[mode]
        if compiled.pattern is None:
            return None
        m = _run(compiled.pattern.match, text)
        return (compiled.concept_of(m), m.end()) if m else None

    def search(self, mode: str, text: str) -> tuple[str, int, int] | None:
        compiled = self.modes[mode]
        if compiled.pattern is None:
            return None
        m = _run(compiled.pattern.search, text)
        return (compiled.concept_of(m), m.start(), m.end()) if m else None

    def finditer(self, mode: str, text: str) -> Iterator[tuple[str, int, int]]:
        compiled = self.modes[mode]
        if compiled.pattern is None:
            return iter(())
        matches = _run(lambda s: list(compiled.pattern.finditer(s, timeout=MATCH_TIMEOUT)), text, False) or []
        return ((compiled.concept_of(m), m.start(), m.end()) for m in matches)


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
        for concept, concept_modes in table:
            pats = dict(concept_modes).get(mode)
            if not pats:
                continue
            branches.append(f"(?P<c{len(concepts)}>" + "|".join(f"(?:{_to_regex(p)})" for p in pats) + ")")
            concepts.append(concept)
        if not branches:
            modes[mode] = CompiledMode(None, ())
            continue
        body = "|".join(branches)
        if mode == "label":
            body = rf"(?:{body})\s*[:|–—-]\s*"
        elif mode == "lead":
            body = rf"(?:{body})(?:\s*[:|–—-]\s*|\s+)"
        elif mode in ("sentence",):
            body = rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])"
        modes[mode] = CompiledMode(regex.compile(body, FLAGS), tuple(concepts))
    return PhraseBook(MappingProxyType(modes))
