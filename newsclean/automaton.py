"""Many literal keys found in one pass over a text (Aho-Corasick), each with a value.

The phrase gate, the reader-address test and the HTML token gate read every key
occurrence of a whole document. `ahocorasick_rs` built as a DFA does that pass in C
at under half the cost per character of a trie walk (pyahocorasick), and a
document's text is the one thing every page pays for in full.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Generic, Mapping, TypeVar

import ahocorasick_rs

V = TypeVar("V")
#: A code point UTF-8 cannot hold: a str may have one, the C matcher cannot take it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, eq=False)
class Automaton(Generic[V]):
    """Keys -> values. `matches(text)` gives (value index, start, end) for every
    occurrence of every key, overlapping ones included, in order of their end."""

    matcher: ahocorasick_rs.AhoCorasick
    values: tuple[V, ...]

    @classmethod
    def build(cls, entries: Mapping[str, V]) -> Automaton[V]:
        keys = list(entries)
        matcher = ahocorasick_rs.AhoCorasick(keys, implementation=ahocorasick_rs.Implementation.DFA)
        return cls(matcher, tuple(entries[key] for key in keys))

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """(index into `values`, start, end) per occurrence; offsets are str indexes, end exclusive."""
        try:
            return self.matcher.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate: no key holds one, so U+FFFD matches the same
            return self.matcher.find_matches_as_indexes(without_surrogates(text), overlapping=True)


def without_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD: same length, same offsets."""
    try:
        text.encode("utf-8")  # in C, and ten times faster than the search below
        return text
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
