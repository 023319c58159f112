"""Required literal factors of a pattern: strings one of which every match holds.

They let a filter skip its regular expressions on blocks that cannot match: a
substring test on lower-cased text is far cheaper than running a large
alternation, and most blocks of an article hold none of a family's factors.
"""

from __future__ import annotations

from functools import lru_cache
import re._parser as sre_parse  # the stdlib's own regex parser; only its tree is used
from re._constants import (AT, AT_END, AT_END_STRING, BRANCH, CATEGORY, CATEGORY_SPACE, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                           SUBPATTERN)

import regex

from .lang import words

# `regex`-only syntax mapped onto what the stdlib parser reads; only the literal
# structure matters here, so every property class becomes "some character".
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
_POSSESSIVE = regex.compile(r"(?<=[*+?}])\+")

Factors = frozenset[str]
#: Marks a factor that must start a word in any match ("lea" in "Lea:", not "clear").
WORD_START = "\x01"
#: Marks a factor every match opens with, for phrases only ever asked at the start of
#: a line, segment or sentence: it counts only where no letter or digit stands
#: before it, white space aside ("Advertisement" heading a line, not "bad ad" inside one).
LINE_START = "\x02"
MARKS = WORD_START + LINE_START
#: At most this many keys from joining a literal prefix to the literals or characters that follow it.
MAX_JOINED = 16


@lru_cache(maxsize=4096)  # each pattern is read for its gate, its requirements and its groups
def _parse(pattern: str) -> tuple | None:
    source = _POSSESSIVE.sub("", _PROPERTY.sub(r"\\w", pattern))
    try:
        return tuple(sre_parse.parse(source, 0))
    except Exception:  # anything the stdlib cannot read: no gate for this pattern
        return None


def leading_factors(pattern: str) -> Factors | None:
    """Lower-cased literals one of which every match opens with (LINE_START-marked);
    None when a match may open otherwise (a class, an optional part)."""
    tree = _parse(pattern)
    found = _leading(list(tree)) if tree else None
    if not found or any(not f.strip() for f in found):
        return None
    return frozenset(LINE_START + f for f in found)


def _leading(items: list) -> Factors | None:
    if not items:
        return None
    op, av = items[0]
    if op is LITERAL:
        run = []
        for op, av in items:
            if op is not LITERAL:
                break
            run.append(chr(av))
        head = "".join(run).lower()
        if len(run) == len(items):
            return frozenset({head})
        rest = items[len(run):]
        return _joined(head, _leading(rest) or _first_chars(rest))
    if op is AT:  # zero-width: what follows opens the match
        return _leading(items[1:])
    if op is SUBPATTERN:  # read on into what follows the group: "(?:leer|ver)\\s+" gates on "ver "
        return _leading(list(av[-1]) + items[1:])
    if op is BRANCH:
        branches = [_leading(list(b) + items[1:]) for b in av[1]]
        return frozenset().union(*branches) if all(branches) else None
    if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
        return _leading(list(av[2]))
    return None


def _first_chars(items: list) -> Factors | None:
    """The characters a match of the sequence opens with, lower-cased, white space as one
    space (all the gate text holds inside a block); None when unknown, or when the match
    may be empty. "di" then "\\s+" or ":" gates on "di " and "di:", not on "di" in "Die"."""
    if not items:
        return None
    op, av = items[0]
    if op is AT:
        return _first_chars(items[1:])
    if op is LITERAL:
        return frozenset({chr(av).lower()})
    if op is IN:
        return _class_chars(av)
    if op is SUBPATTERN:
        return _first_chars(list(av[-1]) + items[1:])
    if op is BRANCH:
        branches = [_first_chars(list(b) + items[1:]) for b in av[1]]
        return frozenset().union(*branches) if all(branches) else None
    if op in (MAX_REPEAT, MIN_REPEAT):
        low, _high, body = av
        first = _first_chars(list(body))
        if first is None or low >= 1:
            return first
        after = _first_chars(items[1:])  # the repeat may match nothing
        return None if after is None else first | after
    return None


def _class_chars(members: list) -> Factors | None:
    """A character class's members, when it lists only characters and white space."""
    chars: set[str] = set()
    for op, av in members:
        if op is LITERAL:
            chars.add(chr(av).lower())
        elif op is CATEGORY and av is CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return frozenset(chars) if len(chars) <= MAX_JOINED else None


def closing_factors(pattern: str) -> Factors | None:
    """Lower-cased literals one of which every match closes the text with, white space
    after it aside ("(AP)" ends "...\\)\\s*$"); None unless the pattern is anchored at the
    text's end and a literal stands right before that."""
    tree = _parse(pattern)
    if not tree or tree[-1] != (AT, AT_END) and tree[-1] != (AT, AT_END_STRING):
        return None
    found = _closing(list(tree[:-1]))
    return found if found and all(f.strip() for f in found) else None


def _closing(items: list) -> Factors | None:
    while items and _is_optional_space(*items[-1]):
        items = items[:-1]
    if not items:
        return None
    op, av = items[-1]
    if op is LITERAL:
        run = []
        for op, av in reversed(items):
            if op is not LITERAL:
                break
            run.append(chr(av))
        return frozenset({"".join(reversed(run)).lower()})
    if op is SUBPATTERN:
        return _closing(list(av[-1]))
    if op is BRANCH:
        branches = [_closing(list(b)) for b in av[1]]
        return frozenset().union(*branches) if all(branches) else None
    if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
        return _closing(list(av[2]))
    return None


def _is_optional_space(op, av) -> bool:
    """`\\s*` or `\\s?`: white space that may stand after the closing literal."""
    return op in (MAX_REPEAT, MIN_REPEAT) and av[0] == 0 and len(av[2]) == 1 and _is_gap(*av[2][0]) and av[2][0][0] is not AT


def _joined(head: str, tails: Factors | None) -> Factors:
    """`head` and then one of `tails`: the stdlib parser takes a branch's common prefix
    out ("deel|delen" reads as "de" + "el|len"), and "de" alone would be a key found in
    nearly every line. Joined back when the branch's literals are few."""
    if not tails or len(tails) > MAX_JOINED:
        return frozenset({head})
    return frozenset(head + t for t in tails)


def gate_factors(pattern: str, opens_line: bool) -> Factors | None:
    """The factors a gate should read for a pattern. For a phrase asked only where a
    line opens, the literals it opens with, unless they are short and no stronger
    than the best required ones: a key like "e", "in " or "ver" costs a hit (and a
    check) nearly everywhere, which no line-start test can make up for."""
    required = required_factors(pattern)
    leading = leading_factors(pattern) if opens_line else None
    if leading is None:
        return required
    if required is None or _implies(tuple(f.lstrip(MARKS) for f in leading), tuple(f.lstrip(MARKS) for f in required)):
        return leading  # the same keys or longer ones, read where they count
    if _weakest(leading) > _weakest(required) or _weakest(leading) >= 4:
        return leading
    return required


def _weakest(factors: Factors) -> float:
    return min(_weight(f) for f in factors)


def required_factors(pattern: str) -> Factors | None:
    """Lower-cased strings at least one of which occurs in any match; None if unknown.

    Every newsclean pattern is anchored at a word start (line and label modes at
    the start of the line, sentence mode behind a no-letter look-behind), so a
    literal at the pattern's start, or after white space, must start a word there:
    such factors carry the WORD_START mark.
    """
    tree = _parse(pattern)
    if tree is None:
        return None
    found = _sequence(list(tree), True)
    if not found or any(not f.lstrip(WORD_START).strip() for f in found):
        return None
    return found


# Words so frequent in any text that a gate on them lets nearly every block through.
_COMMON = frozenset(words("stopwords"))


def _weight(factor: str) -> float:
    core = factor.lstrip(MARKS).strip()
    if core in _COMMON or len(core) <= 2:
        return 0.5  # still a requirement, but a poor filter
    return float(len(core))


def _best(options: list[Factors]) -> Factors | None:
    """The most selective requirement: its weakest literal is as long and rare as possible."""
    options = [o for o in options if o]
    if not options:
        return None
    return max(options, key=lambda o: (min(_weight(s) for s in o), -len(o)))


def _is_gap(op, av) -> bool:
    """White space or a boundary: what follows it starts a word."""
    if op is LITERAL:
        return chr(av).isspace()
    if op is AT:
        return True
    if op is IN:
        return any(o is CATEGORY and a is CATEGORY_SPACE for o, a in av)
    return False


def _sequence(items: list, at_word_start: bool) -> Factors | None:
    return _best(_requirements(items, at_word_start))


def _requirements(items: list, at_word_start: bool) -> list[Factors]:
    """Every requirement of a sequence: sets of literals, one of each set in any match."""
    options: list[Factors] = []
    run: list[str] = []
    run_starts_word = False
    after_gap = at_word_start

    def flush() -> None:
        if run:
            text = "".join(run).lower()
            options.append(frozenset({(WORD_START if run_starts_word else "") + text}))
            run.clear()

    for op, av in items:
        if op is LITERAL:
            if not run:
                # a run that opens with a space carries its own boundary
                run_starts_word = after_gap and not chr(av).isspace()
            run.append(chr(av))
            after_gap = chr(av).isspace()
            continue
        if run and op is BRANCH:  # a prefix the parser took out of the branch: joined back as an option
            options.append(frozenset((WORD_START if run_starts_word else "") + f
                                     for f in _joined("".join(run).lower(), _leading([(op, av)]))))
        flush()
        if op is SUBPATTERN:
            options.extend(_requirements(list(av[-1]), after_gap))
        elif op is BRANCH:
            branches = [_sequence(list(b), after_gap) for b in av[1]]
            if all(branches):
                options.append(frozenset().union(*branches))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, _high, body = av
            if low >= 1:
                options.extend(_requirements(list(body), after_gap))
        after_gap = _is_gap(op, av)
    flush()
    return [o for o in options if o]


def required_groups(pattern: str) -> tuple[tuple[str, ...], ...]:
    """All the pattern's requirements, unmarked: for each group, one of its literals
    occurs in any match (lower-cased, white space as one space). Checking every group,
    not only the gate's one, rejects a block before any regular expression runs."""
    tree = _parse(pattern)
    if tree is None:
        return ()
    groups = {tuple(sorted({f.lstrip(MARKS) for f in option})) for option in _requirements(list(tree), True)}
    groups = {g for g in groups if all(lit.strip() for lit in g)}
    # a group another one implies ("de" beside "deel|delen": each holds "de") checks nothing more
    return tuple(sorted(g for g in groups
                        if not any(h != g and _implies(h, g) and (h < g or not _implies(g, h)) for h in groups)))


def _implies(strong: tuple[str, ...], weak: tuple[str, ...]) -> bool:
    """Every literal of `strong` holds some literal of `weak`."""
    return all(any(w in s for w in weak) for s in strong)
