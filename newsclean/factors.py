"""Required literal factors of a pattern: strings one of which every match holds.

They let a filter skip its regular expressions on blocks that cannot match: a
substring test on lower-cased text is far cheaper than running a large
alternation, and most blocks of an article hold none of a family's factors.
"""

from __future__ import annotations

import re._parser as sre_parse  # the stdlib's own regex parser; only its tree is used
from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN, NOT_LITERAL

import regex

# `regex`-only syntax mapped onto what the stdlib parser reads; only the literal
# structure matters here, so every property class becomes "some character".
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
_POSSESSIVE = regex.compile(r"(?<=[*+?}])\+")

Factors = frozenset[str]


def required_factors(pattern: str) -> Factors | None:
    """Lower-cased strings at least one of which occurs in any match; None if unknown."""
    source = _POSSESSIVE.sub("", _PROPERTY.sub(r"\\w", pattern))
    try:
        tree = sre_parse.parse(source, 0)
    except Exception:  # anything the stdlib cannot read: no gate for this pattern
        return None
    found = _sequence(list(tree))
    if not found or any(not f.strip() for f in found):
        return None
    return found


def _best(options: list[Factors]) -> Factors | None:
    options = [o for o in options if o]
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _sequence(items: list) -> Factors | None:
    options: list[Factors] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is SUBPATTERN:
            sub = _sequence(list(av[-1]))
            if sub:
                options.append(sub)
        elif op is BRANCH:
            branches = [_sequence(list(b)) for b in av[1]]
            if all(branches):
                options.append(frozenset().union(*branches))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, _high, body = av
            if low >= 1:
                sub = _sequence(list(body))
                if sub:
                    options.append(sub)
        elif op is IN or op is NOT_LITERAL:
            pass
    flush()
    return _best(options)
