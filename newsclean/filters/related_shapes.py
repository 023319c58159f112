"""The line shapes the related rules read: a grid's row, a tag line, a headline over
an excerpt, a sentence that goes on telling after a label, a separator line, and two
list numbers in a row (related.py).
"""

from __future__ import annotations

import regex

from .. import menus, shapes
from ..model import Block

#: Separators a line holds at least to be a grid's row (with a neighbour alike).
MIN_GRID_SEPARATORS = 3
#: Words a headline over an excerpt has at least.
MIN_EXCERPT_HEADLINE_WORDS = 3
#: Longest tag line under a bare taxonomy label (related.MAX_BARE_LABEL_CHARS), in words.
MAX_TAG_WORDS = 4
#: Words of a full-stopped sentence after a read-next label that make the line the article's.
MIN_TOLD_WORDS = 8


def tag_shaped(text: str) -> bool:
    """A line of tags: a few words ("Celebrity", "Budget, Transit"), or a list of
    headlines (the tag pages' stories), never a sentence."""
    if shapes.ends_sentence(text):
        return False
    return shapes.is_headline_shaped(text, max_words=25) or (
        shapes.word_count(text) <= MAX_TAG_WORDS and not shapes.ends_with_punctuation(text))


def next_in_number(a: regex.Match, b: regex.Match) -> bool:
    """Two list numbers one apart, with the same mark after them ("4." and "5.")."""
    return a[2] == b[2] and abs(int(a[1]) - int(b[1])) == 1


def in_grid(index: int, blocks: tuple[Block, ...]) -> bool:
    """A row next to another row parted by the same separator (three times at least),
    table rules ("|---|---|") aside: the rows of a table, whatever their cells hold
    ("| Jane Doe | Democrat | Ohio | Won |", tab-separated columns)."""
    row = blocks[index].text
    marks = [c for c in menus.MENU_SEPARATORS if row.count(c) >= MIN_GRID_SEPARATORS]
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(blocks) and shapes.is_table_rule(blocks[j].text):
            j += step
        if 0 <= j < len(blocks) and any(blocks[j].text.count(c) >= MIN_GRID_SEPARATORS for c in marks):
            return True
    return False


def headline_over_excerpt(text: str) -> bool:
    """A post's headline over its excerpt ("- 2012 Honda Pilot looks almost the same")."""
    text = text.strip(" -–•*")
    return shapes.word_count(text) >= MIN_EXCERPT_HEADLINE_WORDS and shapes.is_headline_shaped(text)


def goes_on_telling(rest: str) -> bool:
    """After a read-next label, a sentence of MIN_TOLD_WORDS or more closed by one full
    stop, to no one: the article's own line. A linked headline has no full stop, and a
    pointer that ends in one talks to the reader ("Read more: click here to see ...")."""
    return (shapes.word_count(rest) >= MIN_TOLD_WORDS and rest.endswith(".") and not rest.endswith("..")
            and not shapes.addresses_reader(rest))


def wordless(text: str) -> bool:
    """No letter or digit: a separator line between list entries ("-", "* * *"), a tag
    line the extractor left only its commas of."""
    return not any(c.isalnum() for c in text)
