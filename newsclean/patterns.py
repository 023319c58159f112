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

from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

import regex

from .factors import MARKS, gate_factors, required_groups
from .lang import packs
from .phrasebook import LINE_START_MODES, PHRASE_FLAGS, WHOLE_LINE_MODES, Phrase, PhraseBook

MODES = ("line", "button", "label", "lead", "sentence", "header")

# concept -> mode -> patterns for one family, as nested tuples so tables are hashable.
FamilyTable = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]

# A label ends at a colon or pipe, or at a dash with space around it (not "Live-Interview");
# Japanese and Chinese type set the colon and pipe full-width ("関連記事：...").
LABEL_SEPARATOR = r"(?:\s*[:|»›>→▶：｜]\s*|\s+[–—-]\s+)"

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


def _wrap(mode: str, pattern: str) -> str:
    return _framed(mode, _to_regex(pattern))


def _gated_form(mode: str, pattern: str) -> str:
    """What the gate's literals are read from: the phrase as written, with the separator
    a lead must be followed by ("di" then a space or ":" is "di ", "di:"). A label's
    separator is left out: a label alone on its line, colon dropped, is read too."""
    return _framed(mode, pattern) if mode == "lead" else pattern


def _framed(mode: str, body: str) -> str:
    if mode == "label":
        return rf"(?:{body}){LABEL_SEPARATOR}"
    if mode == "lead":
        return rf"(?:{body})(?:{LABEL_SEPARATOR}|\s+)"
    if mode == "sentence":
        return rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])"
    return body


#: A user phrase longer than this is refused (the longest shipped one, ja's paywall
#: notice chain: 600 characters); it also bounds what compiling it costs.
MAX_PHRASE_CHARS = 700
#: Probe texts are as long as the longest block a phrase rule reads (model.LOWERED_MAX).
PROBE_CHARS = 1500
#: Seconds a phrase may take on one probe text. A shipped one takes well under 1 ms on
#: most probes; one that opens with optional space is quadratic in a run of spaces
#: (about 0.02 s on 1,500): allowed, while a backtracking one takes seconds to hours.
PROBE_TIMEOUT = 0.2
#: A phrase that must end on punctuation or a symbol (escaped, or a literal "!", ":" ...):
#: a whole-line phrase never sees it ("reacties \(\d+\)" never matches "Reacties (12)").
_ENDS_ON_PUNCTUATION = regex.compile(r"(?<!\\)(?:\\\\)*\\[\p{P}\p{S}]$|[!:;,\"'”’»“]$")
#: A sentence phrase that must end on a space (maybe before a look-ahead): the word
#: boundary framed after it then wants a non-letter after the space, and words follow.
_ENDS_ON_SPACE = regex.compile(r"(?:\\s[*+?]?|[ ])(?:\(\?<?[!=][^()]*\))*$")


def check_phrases(family: str, table: FamilyTable) -> None:
    """Refuse, with a one-line ValueError, any phrase of a user table that would fail or
    hang on first use: not a string, too long, not a valid pattern, or one that
    backtracks on texts made of its own characters (checked once per pattern)."""
    for concept, modes in table:
        for mode, patterns in modes:
            for pattern in patterns:
                problem = _phrase_problem(mode, pattern)
                if problem:
                    shown = repr(pattern) if len(repr(pattern)) <= 60 else repr(pattern)[:57] + "..."
                    raise ValueError(f"phrase {family}.{concept} ({mode}) {shown}: {problem}")


@lru_cache(maxsize=1024)
def _phrase_problem(mode: str, pattern: str) -> str | None:
    if not isinstance(pattern, str) or not pattern.strip():
        return "a phrase is a non-empty string"
    if len(pattern) > MAX_PHRASE_CHARS:
        return f"longer than {MAX_PHRASE_CHARS} characters"
    if any(regex.match(r"[\p{Cc}\p{Cs}]", ch) for ch in set(pattern)):
        return "holds a control character or a lone surrogate"
    try:
        regex.compile(pattern, PHRASE_FLAGS)  # its own errors first: their positions are the user's
        compiled = regex.compile(_wrap(mode, pattern), PHRASE_FLAGS)
    except regex.error as exc:
        return f"not a valid pattern ({exc})"
    shape = dead_end(mode, pattern)
    if shape:
        return shape
    for probe in _probes(pattern):
        for method in (compiled.search, compiled.fullmatch):
            try:
                method(probe, timeout=PROBE_TIMEOUT)
            except TimeoutError:
                return f"backtracks catastrophically (over {PROBE_TIMEOUT:g} s on {probe[:12]!r}... of {len(probe)} characters)"
    return None


def dead_end(mode: str, pattern: str) -> str | None:
    """Why the phrase's end can never be matched where its mode reads it, or None."""
    if mode in WHOLE_LINE_MODES and _ENDS_ON_PUNCTUATION.search(pattern):
        return "ends on punctuation, which a whole line is matched without: make it optional or drop it"
    if mode == "sentence" and _ENDS_ON_SPACE.search(pattern):
        return "ends on a space, which the word boundary after a sentence phrase never lets a word follow"
    return None


def _probes(pattern: str) -> list[str]:
    """Texts a backtracking pattern is slow on: runs of each of its letters and digits,
    alone and spaced, its words repeated, punctuation runs; each also ending on "!"."""
    n = PROBE_CHARS
    chars = sorted({c for c in pattern.lower() if c.isalnum()})
    words = regex.findall(r"[\p{L}\p{N}]+", pattern.lower())
    texts = [c * n for c in chars] + [(c + " ") * (n // 2) for c in chars]
    if words:
        texts += [(" ".join(words) + " ") * (n // (len(" ".join(words)) + 1) + 1), "".join(words) * (n // len("".join(words)) + 1)]
    texts += ["!?.,;:" * (n // 6), "(" * (n // 2) + ")" * (n // 2), " " * n]
    return [t[:n] for t in texts] + [t[:n - 1] + "!" for t in texts]


@lru_cache(maxsize=256)
def compile_family(table: FamilyTable) -> PhraseBook:
    """Compile a family table once (cached by value, so equal tables share work)."""
    phrases: list[Phrase] = []
    for concept, concept_modes in table:
        for mode, patterns in concept_modes:
            for p in patterns:
                factors = gate_factors(_gated_form(mode, p), mode in LINE_START_MODES)
                keys = tuple(sorted({f.lstrip(MARKS) for f in factors or ()}))
                requires = tuple(g for g in required_groups(p) if g != keys)
                phrases.append(Phrase(concept, mode, _wrap(mode, p), factors, requires))
    return PhraseBook(tuple(phrases))
