"""The page's foot: whatever stands below the article once it has ended, read by the
order of things rather than by their words. Below the article's last paragraph, the
first box another family cut (a share bar, a "Related" list, a comment section, the
site's copyright notice, a newsletter box) ends the article; the lines left under it
are the rest of the page (other stories' headlines, menus, the site's links), which
extractors that keep the whole page hand over. Runs last, so every family has spoken.

A sentence anywhere below the box (MIN_SENTENCE_WORDS words or more ending like one,
a short closing paragraph or one that talks to the reader included), or any line
longer than a headline, means the article, or another, goes on: then nothing goes.
Media stubs ("Image", "Advertisement") stand where the article's pictures and ads were,
a table of contents at its head, a "Sources" header over its end matter: none ends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from .. import shapes
from ..model import Finding
from .base import Filter
from .context import Context

#: Words of the shortest line below the box that counts as a sentence of the article.
MIN_SENTENCE_WORDS = 3
#: Words of the shortest line below the box that is text, however it ends (a paragraph
#: ending on a colon or a lost quote): longer than any headline or menu.
MIN_TEXT_WORDS = 20
#: Kinds whose cut after the article's last paragraph ends the article.
ENDING_KINDS = frozenset({"comments", "related", "social", "newsletter", "paywall", "consent", "promo", "legal", "copyright"})
#: Rules of those kinds that do not: the article's own table of contents, and its end
#: matter under a "Sources" / "Additional information" header, whose extent that
#: header's own rule decides (an address and a phone number under a review).
NOT_ENDING_RULES = frozenset({"related.toc", "related.tail_header"})


@dataclass(frozen=True)
class FootFilter(Filter):
    name: ClassVar[str] = "foot"
    kind: ClassVar[str] = "related"
    description: ClassVar[str] = "The page's foot: the lines under the first junk box after the article's last paragraph, when no paragraph stands below it."

    def find(self, ctx: Context) -> Iterable[Finding]:
        last = ctx.last_prose
        if last < 0:
            return []
        box = min(((f.first, f.last) for f in ctx.found if f.first > last and f.remove
                   and f.kind in ENDING_KINDS and f.rule not in NOT_ENDING_RULES), default=None)
        if box is None:
            return []
        doc, claimed = ctx.doc, ctx.claimed
        below = [i for i in range(box[1] + 1, len(doc.blocks)) if i not in claimed]
        if not below or any(_sentence(doc.blocks[i].text) for i in below):
            return []
        return [Finding(self.name, "foot.after_box", self.kind, below[0], len(doc.blocks) - 1, confidence="low")]


def _sentence(text: str) -> bool:
    """A line of the article's kind: a sentence of MIN_SENTENCE_WORDS words or more, or
    MIN_TEXT_WORDS words however it ends."""
    words = shapes.word_count(text)
    return words >= MIN_TEXT_WORDS or words >= MIN_SENTENCE_WORDS and shapes.ends_sentence(text)
