"""The shapes the title rules read: a page title's parts, the head lines, a masthead,
a headline's echo."""

from __future__ import annotations

from typing import Callable

from .. import menus, shapes
from ..model import Block

MAX_ECHO_SUFFIX_WORDS = 6


def title_parts(title: str) -> list[str]:
    """The title's parts of shapes.MIN_HEADLINE_WORDS words or more between the separators
    pages put between headline, section and site name (a line must be one of them
    whole: "Old bridge to close - Local News - Courier" has the part "Old bridge to
    close"; the two-word "Local News" is too short to be told from a section label)."""
    parts = [p.strip() for p in shapes.TITLE_SEPARATOR.split(title)]
    return [p for p in parts if p != title and shapes.word_count(p) >= shapes.MIN_HEADLINE_WORDS]


def same_close(line: str, part: str) -> bool:
    """The line ends as the title's part does: a full stop or question mark the part
    lacks makes the line a sentence of the lead, not the headline."""
    line, part = line.rstrip(), part.rstrip()
    return not shapes.ends_with_punctuation(line) or line[-1:] == part[-1:]


class Head:
    """The head lines as the title rules read them: the unclaimed blocks, less the
    stock lines among the first HEAD_SCAN (title.py)."""

    __slots__ = ("lines",)

    def __init__(self, lines: list[Block]) -> None:
        self.lines = lines

    def has(self, k: int) -> bool:
        return k < len(self.lines)

    def __getitem__(self, k: int) -> Block:
        return self.lines[k]

    def lines_from(self, k: int) -> list[Block]:
        return self.lines[k:]

    def any_after(self, k: int, test: Callable[[Block], bool]) -> bool:
        """Some head line after the k-th passes `test`."""
        return any(test(b) for b in self.lines[k + 1:])


def is_masthead(text: str) -> bool:
    """A line in the headline's place that names no story: a menu, a trail of links or a
    script's text (menus.is_navigation_or_code), or a name of fewer than
    shapes.MIN_HEADLINE_WORDS words, every word capitalised ("BBC News", "Text Only",
    "HOT JOBS"; "Bahnstreik beendet" is a headline)."""
    if menus.is_navigation_or_code(text):
        return True
    return shapes.word_count(text) < shapes.MIN_HEADLINE_WORDS and shapes.is_name_shaped(text)


class Echo:
    """Whether a line repeats a headline (maybe with a short suffix), its fold taken once."""

    __slots__ = ("max_len", "folded", "first", "long")

    def __init__(self, title: str) -> None:
        self.max_len = 2 * len(title) + 80
        self.folded = shapes.fold(title)
        self.first = self.folded[:1]
        self.long = len(self.folded.split()) >= 4

    def of(self, text: str) -> bool:
        if len(text) > self.max_len or not self.first:
            return False
        a, b = shapes.fold(text), self.folded
        if a == b:
            return True
        return self.long and a.startswith(b + " ") and len(a[len(b):].split()) <= MAX_ECHO_SUFFIX_WORDS
