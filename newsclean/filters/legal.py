"""Legal lines: copyright notices, investment disclaimers, the site's footer notices
(its software, the browser it wants), AI-generation disclosures.

They carry facts (the copyright holder, the disclosure) into metadata. A
disclosure must speak about this very article or stand after the body: an article
*about* AI-written news must survive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from .. import lang, shapes
from ..model import Block, Finding
from ..phrasebook import Hits
from .base import Context, PhraseFilter
from .interface import Hit

# How a disclosure points at this very article ("this article was written with AI").
_SELF_REFERENCE = regex.compile(rf"\b(?:{lang.alternation(lang.words('self_reference'))})\b", regex.IGNORECASE)

#: Words of the longest sentence a legal notice has.
MAX_NOTICE_WORDS = 45
#: Words of the longest sentence a bare copyright mark makes a notice on its own
#: ("Guardian Unlimited © Guardian News and Media Limited 2008").
MAX_MARK_WORDS = 15
#: Words of the holder's name a longer sentence may end on after the mark.
MAX_HOLDER_WORDS = 8
_MARK = "©"
# A year beside the mark in a longer notice: "© 2008 owned by ...", "© MMVIII, CBS ...".
_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b|\bM{1,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b")
FACT_OF_CONCEPT = {"copyright": "copyright", "ai_disclosure": "ai_disclosure"}


@dataclass(frozen=True)
class LegalFilter(PhraseFilter):
    name: ClassVar[str] = "legal"
    kind: ClassVar[str] = "legal"
    concepts: ClassVar[frozenset[str]] = frozenset({"ai_disclosure", "copyright", "disclaimer", "site_notice"})
    kinds: ClassVar[frozenset[str]] = frozenset({"legal", "copyright", "ai_disclosure"})
    description: ClassVar[str] = "Copyright lines, advice disclaimers, site notices ('Powered by', 'best viewed in') and AI-generation disclosures (kept as metadata)."

    def classify(self, block: Block, ctx: Context, hits: Hits | None = None) -> Hit | None:
        hit = super().classify(block, ctx, hits)
        if hit is None:
            return None
        # the last paragraph of prose is body, not after it: were it cut, the one
        # before it would be the last on a second cleaning, and go too
        if hit.concept == "ai_disclosure" and block.index <= ctx.last_prose and not _SELF_REFERENCE.search(block.text):
            return None
        # a notice is a few short sentences; a run-on past MAX_NOTICE_WORDS is a
        # notice glued to the article's text (an extractor that lost a line break)
        if any(shapes.word_count(s) > MAX_NOTICE_WORDS for s in shapes.sentences(block.text)):
            return None
        return hit

    def family_sentence(self, sentence: str, hits: Hits | None = None) -> bool:
        """A bare © in a long sentence without a year, and with more than a name
        after it, is a photo credit glued to the paragraph it heads, or a sign after
        a word ("a manifesto™© we just think"), not a notice."""
        if not super().family_sentence(sentence, hits):
            return False
        if _MARK not in sentence or shapes.word_count(sentence) <= MAX_MARK_WORDS:
            return True
        if _YEAR.search(sentence) or shapes.word_count(sentence[sentence.rindex(_MARK) + 1:]) <= MAX_HOLDER_WORDS:
            return True
        return super().family_sentence(sentence.replace(_MARK, " "), hits)

    def run_findings(self, run: list[int], hits: dict[int, Hit], ctx: Context) -> list[Finding]:
        out = []
        for f in super().run_findings(run, hits, ctx):
            hit = hits.get(f.first)
            field = FACT_OF_CONCEPT.get(hit.concept) if hit else None
            kind = field or self.kind
            facts = ((field, ctx.doc.blocks[f.first].text),) if field else ()
            out.append(Finding(f.filter, f.rule, kind, f.first, f.last, facts=facts, confidence=f.confidence))
        return out
