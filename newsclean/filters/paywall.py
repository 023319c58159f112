"""Paywall prompts and the wall after them (offers, prices, sign-in lines).

The wall starts at a prompt and runs over junk-shaped lines until real prose
returns; when nothing of the body survives after it, the article is `paywalled`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from .. import shapes
from ..model import Finding
from .base import Context, PhraseFilter
from .interface import Hit


@dataclass(frozen=True)
class PaywallFilter(PhraseFilter):
    name: ClassVar[str] = "paywall"
    kind: ClassVar[str] = "paywall"
    concepts: ClassVar[frozenset[str]] = frozenset({"account", "offer", "prompt"})
    description: ClassVar[str] = "Paywall prompts and the subscription wall that follows them."
    reports: ClassVar[bool] = True
    wall_rules: ClassVar[frozenset[str]] = frozenset({"paywall.prompt"})
    asides: ClassVar[bool] = True  # "Not that we're stingy (it's only $10 a year) but ..."
    #: How many lines the wall may run over after its prompt.
    max_wall: int = 25

    def extra_findings(self, ctx: Context, hits: dict[int, Hit]) -> Iterable[Finding]:
        blocks = ctx.doc.blocks
        for i, hit in sorted(hits.items()):
            if hit.concept != "prompt":
                continue
            for j in range(i + 1, min(len(blocks), i + 1 + self.max_wall)):
                if j in hits or j in ctx.claimed:
                    continue
                text = blocks[j].text
                if shapes.is_prose(text) and not shapes.addresses_reader(text):
                    break
                if not (self.is_pitch(text) or shapes.word_count(text) <= 12):
                    break
                yield self.finding("paywall.wall", j, j, "low")
