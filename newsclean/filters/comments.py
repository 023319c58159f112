"""Comment sections and comment-form residue.

A comment header in the tail opens a section that runs to the end of the text;
elsewhere only the header and the form lines go, because a stray "Comments" link
may sit above real body text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from .. import lang, shapes
from ..model import Block
from ..phrasebook import Hits
from .base import Context, PhraseFilter
from .interface import Hit

# Lines that only appear inside comment threads: an action link, a "Jane says:" header
# (language packs), a reply to a handle; and a relative time on a comment's stamp line
# (_is_thread_mark: in a sentence, "8 years ago" is the story's).
_THREAD_MARK = regex.compile(
    rf"^(?:{lang.alternation(lang.words('comment_actions'))})$"
    rf"|^\S.{{0,60}}\s(?:{lang.alternation(lang.words('comment_says'))})\s*:\s*$"
    r"|^@\w{2,30}\b",
    regex.IGNORECASE,
)
_RELATIVE_TIME = regex.compile(rf"\b(?:{lang.alternation(lang.words('relative_time'), escape=False)})\b", regex.IGNORECASE)
#: A comment's stamp line ("jane_d 2 hours ago") is at most this many words, with no sentence end.
MAX_STAMP_WORDS = 8
_NUMBER = regex.compile(r"\d+")
#: Headings over prose below a comment header that make it one of the article's subheadings.
MIN_SUBHEADINGS_BELOW = 2
#: Words of the sentence below a header in the text's first half that make it the article's subheading.
MIN_SENTENCE_WORDS = 6


@dataclass(frozen=True)
class CommentsFilter(PhraseFilter):
    name: ClassVar[str] = "comments"
    kind: ClassVar[str] = "comments"
    concepts: ClassVar[frozenset[str]] = frozenset({"form", "section"})
    description: ClassVar[str] = "Comment sections (to the end of the text) and 'Leave a reply' form lines."

    def classify(self, block: Block, ctx: Context, hits: Hits | None = None) -> Hit | None:
        hit = super().classify(block, ctx, hits)
        if hit is not None and hit.concept == "section" and (
                _among_subheadings(block.index, ctx) or self._over_article_lines(block.index, ctx)):
            return None  # "Comment", "Briefing", "Access": the parts of a list of tips
        return hit

    def section_end(self, index: int, ctx: Context) -> int:
        blocks = ctx.doc.blocks
        end = len(blocks) - 1
        if index >= end or not _text_before(index, ctx) or _counts_none(blocks[index].text):
            # a header above any sentence of the article is a meta bar or a stray
            # link over it, never the article's end; "0 comments" heads no thread
            return index
        if index > ctx.last_prose:
            return end
        if _thread_follows(index, ctx) and _in_second_half(index, ctx):
            # a thread follows; it runs to the end unless the header sits in the
            # first half of the text, where it is more likely a stray link
            return end
        return index

    def _over_article_lines(self, index: int, ctx: Context) -> bool:
        """A header past the article's last long paragraph, in the text's first half,
        over a sentence of MIN_SENTENCE_WORDS or more that is none of the family's
        lines, with no thread's mark below: a subheading of an article of short
        paragraphs ("Comment" over one tip in a list of tips), not a comment section,
        whose form opens with its rules or fields and whose thread with a name."""
        blocks = ctx.doc.blocks
        if not ctx.last_prose < index < len(blocks) - 1 or not _text_before(index, ctx) or _in_second_half(index, ctx):
            return False
        below = blocks[index + 1].text
        return (index + 1 not in ctx.hits_of(self.book) and shapes.ends_sentence(below)
                and shapes.word_count(below) >= MIN_SENTENCE_WORDS and not _thread_follows(index, ctx))

    def is_pitch(self, text: str) -> bool:
        return super().is_pitch(text) or _is_thread_mark(text) and shapes.word_count(text) <= MAX_STAMP_WORDS


def _is_thread_mark(text: str) -> bool:
    """A line only comment threads print (see _THREAD_MARK and _RELATIVE_TIME)."""
    if _THREAD_MARK.search(text):
        return True
    return (_RELATIVE_TIME.search(text) is not None and shapes.word_count(text) <= MAX_STAMP_WORDS
            and not shapes.ends_sentence(text))


def _thread_follows(index: int, ctx: Context) -> bool:
    """A thread's mark stands in the 40 lines below the header."""
    return any(_is_thread_mark(b.text) for b in ctx.doc.blocks[index + 1:index + 41] if len(b.text) < 300)


def _in_second_half(index: int, ctx: Context) -> bool:
    """The block starts in the second half of the text (by reading position)."""
    starts = ctx.doc.reading_starts
    return starts[index] >= starts[-1] // 2


def _among_subheadings(index: int, ctx: Context) -> bool:
    """The header is one of the article's subheadings: a heading of the page (HTML
    mode) over a paragraph of prose shape, with MIN_SUBHEADINGS_BELOW more headings
    below it that open such paragraphs too, none a thread's mark ("Anna says:") and the
    header counting nothing ("4 Comments"). A comment section's header opens a thread
    or a form, not the next part of a list; headings of another rank than the header's
    (commenters' names in <h4> under an <h2>) are not its fellows."""
    blocks = ctx.doc.blocks
    if (blocks[index].kind != "heading" or _NUMBER.search(blocks[index].text) or index + 1 >= len(blocks)
            or not shapes.is_prose(blocks[index + 1].text)):
        return False  # "4 Comments" counts a thread
    level = blocks[index].level  # a commenter's name is a heading of a lower rank (<h4> under <h2>)
    headings = [i for i in range(index + 1, len(blocks) - 1)
                if blocks[i].kind == "heading" and (not level or not blocks[i].level or blocks[i].level == level)]
    if any(_is_thread_mark(blocks[i].text) for i in headings):
        return False  # "Anna says:" over each comment
    return sum(1 for i in headings if shapes.is_prose(blocks[i + 1].text)) >= MIN_SUBHEADINGS_BELOW


def _counts_none(text: str) -> bool:
    """A header counting zero comments ("0 comments", "Kommentare (0)")."""
    numbers = _NUMBER.findall(text)
    return bool(numbers) and all(int(n) == 0 for n in numbers)


def _text_before(index: int, ctx: Context) -> bool:
    """Some text of the article stands above the block: a prose paragraph, or (in a
    text of short paragraphs) a line of ten words or more, longer than a headline."""
    if ctx.first_prose < index:
        return True
    blocks = ctx.doc.blocks
    return any(shapes.word_count(blocks[i].text) >= 10 for i in range(index) if i not in ctx.claimed)
