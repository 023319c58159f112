"""The page's foot: whatever stands below the article once it has ended, read by the
order of things rather than by their words. Below the article's last paragraph, the
site's copyright notice or the comment section (ENDING_RULES, cut by their families)
ends the article; the lines left under it are the rest of the page (other stories'
headlines, menus, the site's links), which extractors that keep the whole page hand
over. Runs last, so every family has spoken.

A sentence anywhere below the box (MIN_SENTENCE_WORDS words or more ending like one,
a short closing paragraph or one that talks to the reader included), or any line
longer than a headline, means the article, or another, goes on: then nothing goes; so
do lines most of which hold a digit (results, scores, a schedule under the notice).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from .. import shapes
from ..model import Finding
from .context import Context
from .interface import Filter

#: Words of the shortest line below the box that counts as a sentence of the article.
MIN_SENTENCE_WORDS = 3
#: Words of the shortest line below the box that is text, however it ends (a paragraph
#: ending on a colon or a lost quote): longer than any headline or menu.
MIN_TEXT_WORDS = 20
#: The boxes that end a page's article wherever they stand below its last paragraph:
#: the site's copyright notice and the comment section. Share bars, newsletter boxes,
#: "Read more:" lines and lists stand between a story and its own end matter too (a
#: recipe's ingredients, a results table, a fact box, a quick-fire Q&A): they end nothing.
ENDING_RULES = frozenset({"legal.copyright", "comments.section", "comments.form", "thread.comments"})
#: Lines below the box holding a digit, as a share of them, from which they are the
#: article's data (results, scores, a schedule, a timeline), not the page's links.
MAX_DIGIT_LINE_SHARE = 0.5


@dataclass(frozen=True)
class FootFilter(Filter):
    name: ClassVar[str] = "foot"
    kind: ClassVar[str] = "related"
    description: ClassVar[str] = "The page's foot: the lines under the site's notice or the comment section below the article's last paragraph, when no sentence stands below them."

    def find(self, ctx: Context) -> Iterable[Finding]:
        last = ctx.last_prose
        if last < 0:
            return []
        box = min(((f.first, f.last) for f in ctx.found if f.first > last and f.remove and f.rule in ENDING_RULES),
                  default=None)
        if box is None:
            return []
        doc, claimed = ctx.doc, ctx.claimed
        below = [i for i in range(box[1] + 1, len(doc.blocks)) if i not in claimed]
        texts = [doc.blocks[i].text for i in below]
        if not texts or any(_sentence(t) for t in texts):
            return []
        if sum(any(c.isdigit() for c in t) for t in texts) >= MAX_DIGIT_LINE_SHARE * len(texts):
            return []
        return [Finding(self.name, "foot.after_box", self.kind, below[0], len(doc.blocks) - 1, confidence="low")]


def _sentence(text: str) -> bool:
    """A line of the article's kind: a sentence of MIN_SENTENCE_WORDS words or more, or
    MIN_TEXT_WORDS words however it ends."""
    words = shapes.word_count(text)
    return words >= MIN_TEXT_WORDS or words >= MIN_SENTENCE_WORDS and shapes.ends_sentence(text)
