"""The phrase-family filter, which turns phrase hits plus shape and neighbours into
runs (the Filter interface it builds on: interface.py; its context: context.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar, Iterable, Mapping, Sequence

from .. import shapes
from ..model import LOWERED_MAX, Block, Finding
from ..patterns import FamilyTable, check_phrases, compile_family, family_table, freeze_family, thaw_family
from ..phrasebook import MAX_LINE_CHARS, Hits, PhraseBook, lowered
from .context import Context
from .interface import Filter, Hit, is_stock_line

#: Blocks longer than this are article prose, never a prompt; they skip phrase rules.
MAX_JUNK_CHARS = LOWERED_MAX
#: Buttons in a row that make a bar without a stronger phrase beside them.
MIN_BUTTON_BAR = 3
#: Words of a sentence that reports on a family's phrase rather than saying it (`reports`).
MIN_REPORT_WORDS = 14

#: The phrase family of pitch lines (no filter of its own: every box reads it).
PITCH_FAMILY = "pitch"
PITCH_CONCEPTS = frozenset({"imperative"})


@dataclass(frozen=True)
class PhraseFilter(Filter):
    """A junk family detected from its phrase table.

    Subclasses set `name`, `kind`, `description`; `extra_phrases` (same shape as a
    language file's family entry) adds user phrases; `max_gap` bounds how many
    pitch-shaped lines may stand between two hits of one box.
    """

    name: ClassVar[str] = "phrase"
    kind: ClassVar[str] = "junk"
    description: ClassVar[str] = ""
    extra_phrases: FamilyTable = ()
    max_gap: int = 3
    #: Up to this many lines right above a box's first hit are the box's own name and
    #: pitch ("Morning Report" / "The news you need, in your inbox"): 0 takes none.
    box_lead: ClassVar[int] = 0
    #: A phrase of the family in parentheses inside the writer's own sentence is an
    #: aside, not the family's sentence (a price: "(it's only $10 a year)"); not so for
    #: families whose disclosures stand in parentheses too (affiliate, copyright, AI).
    asides: ClassVar[bool] = False
    #: A long sentence of the article's own voice (MIN_REPORT_WORDS words, none to the
    #: reader) between its prose paragraphs reports on the family's phrase ("By clicking
    #: "Accept", users allow up to 800 companies to track them, the study found"); for
    #: families that always talk to the reader (not a copyright or AI notice).
    reports: ClassVar[bool] = False

    def __post_init__(self) -> None:
        if isinstance(self.extra_phrases, dict):
            object.__setattr__(self, "extra_phrases", freeze_family(self.extra_phrases))
        check_phrases(self.name, self.extra_phrases)  # now, not on the first page they meet

    @cached_property  # locked (unlike cached_view): threads sharing a filter must share its book
    def book(self) -> PhraseBook:
        return compile_family(freeze_family(*thaw_family(family_table(self.name)), *thaw_family(self.extra_phrases)))

    @cached_property
    def pitch_book(self) -> PhraseBook:
        return compile_family(family_table(PITCH_FAMILY))

    def with_phrases(self, phrases: Mapping[str, Mapping[str, Sequence[str]]]) -> PhraseFilter:
        return dataclasses.replace(self, extra_phrases=freeze_family(*thaw_family(self.extra_phrases), phrases))

    # -- classification of single blocks -------------------------------------------

    def classify(self, block: Block, ctx: Context, hits: Hits | None = None) -> Hit | None:
        """The family's verdict on one block; `hits` are its gated phrases if known."""
        text = block.text
        if len(text) > MAX_JUNK_CHARS:
            return None
        book = self.book
        short = len(text) <= MAX_LINE_CHARS
        if hits is None:
            hits = book.scan(ctx.doc.lowered[block.index], long_block=not short)
        if not hits:
            return None
        if short:
            for mode, strength in (("header", "header"), ("line", "strong"), ("button", "weak")):
                concept = book.fullmatch(mode, text, hits)
                if concept:
                    return Hit(block.index, concept, strength)
        label = book.prefix("label", text, hits)
        if label and self.label_rest_ok(label[0], text[label[1]:]):
            return Hit(block.index, label[0], "strong")
        concept = self.sentence_concept(text, hits, reporting=self.reports and self._between_prose(block, ctx))
        if concept:
            return Hit(block.index, concept, "strong")
        return None

    @staticmethod
    def _between_prose(block: Block, ctx: Context) -> bool:
        """The block stands inside the article: prose paragraphs both above and below."""
        first, last = ctx.structure.core
        return first < block.index < last

    def label_rest_ok(self, concept: str, rest: str) -> bool:
        """After a label, a headline (or nothing) is expected, not a paragraph."""
        rest = rest.strip()
        return not rest or (shapes.word_count(rest) <= 35 and len(shapes.sentences(rest)) <= 2)

    def sentence_concept(self, text: str, hits: Hits | None = None, reporting: bool = False) -> str | None:
        """The concept when the block's sentences are this family's (coverage).

        Either every sentence is the family's or a pitch, with at least half the
        family's, or a junk opener is followed by nothing but pitch ("Like our
        magazine? We chose ..."), or at least two thirds (and two) are the family's.
        """
        book = self.book
        if hits is not None and not book.has_mode("sentence", hits):
            return None
        first = book.search("sentence", text, hits)
        if first is None:
            return None
        parts = shapes.sentences(text)
        flags = []  # per sentence: "junk", "pitch" or "other"
        others = 0
        for sentence in parts:
            if self.family_sentence(sentence, hits) and not (reporting and self.reports_on(sentence)):
                flags.append("junk")
            elif self.is_pitch(sentence) or book.fullmatch("button", sentence, hits):
                flags.append("pitch")
            else:
                flags.append("other")
                others += 1
                if 3 * (len(parts) - others) < 2 * len(parts):
                    return None  # too few sentences left to reach two thirds: prose
        matched = flags.count("junk")
        if "other" not in flags and (matched * 2 >= len(parts) or flags[0] == "junk"):
            return first[0]
        if matched >= 2 and matched * 3 >= 2 * len(parts):
            return first[0]
        return None

    def family_sentence(self, sentence: str, hits: Hits | None = None) -> bool:
        """Whether one sentence of a block is the family's: holds one of its phrases in
        its own voice (a phrase inside the quotes of reported speech is the speaker's;
        for a family whose phrases a writer's aside may hold, `asides`, one in
        parentheses inside the writer's sentence is the aside)."""
        found = self.book.search("sentence", sentence, hits)
        return found is not None and not (shapes.reported(sentence, found[1], found[2])
                                          or self.asides and shapes.parenthetical(sentence, found[1], found[2]))

    def reports_on(self, sentence: str) -> bool:
        """A long sentence that talks to no one and bids nothing: the article telling of a
        prompt, not the prompt ("Sign up for the X Dispatch, which ..." bids, and "To get
        them by e-mail, sign up for ..." after its first clause)."""
        if (shapes.word_count(sentence) < MIN_REPORT_WORDS or not shapes.ends_sentence(sentence)
                or shapes.addresses_reader(sentence)):
            return False  # a notice of parts ("Updated May 2 / The links are affiliate links / ...") is no sentence
        comma = sentence.find(", ")
        heads = (sentence[:60], sentence[comma + 2:comma + 62]) if comma > 0 else (sentence[:60],)
        pitch = self.pitch_book
        return not any(pitch.search("sentence", head, pitch.scan(lowered(head))) for head in heads)

    def is_pitch(self, text: str) -> bool:
        """A short line that talks to the reader or tells them to act."""
        if len(text) > 400:
            return False
        n = shapes.word_count(text)
        if n > 40:
            return False
        if shapes.addresses_reader(text) or n <= 3:
            return True  # talks to the reader, or a filler like "Thanks!" / "Click here."
        pitch = self.pitch_book
        head = text[:60]
        if pitch.search("sentence", head, pitch.scan(lowered(head))):
            return True
        return n <= 4 and not shapes.ends_sentence(text)

    # -- runs ------------------------------------------------------------------------

    def find(self, ctx: Context) -> Iterable[Finding]:
        gated = ctx.hits_of(self.book)
        if not gated:  # no phrase of the family in the document: no hit, no run
            return list(self.extra_findings(ctx, {}))
        hits: dict[int, Hit] = {}
        claimed = ctx.claimed
        blocks = ctx.doc.blocks
        for i in sorted(gated):
            if i in claimed:
                continue
            hit = self.classify(blocks[i], ctx, gated[i])
            if hit:
                hits[hit.index] = hit
        findings: list[Finding] = []
        covered_to = -1  # end of the last section a header took
        for run in self.runs(hits, ctx):
            for f in self.run_findings(run, hits, ctx):
                if f.last <= covered_to:
                    continue
                findings.append(f)
                if f.last > f.first:
                    covered_to = f.last
        findings.extend(self.extra_findings(ctx, hits))
        return findings

    def runs(self, hits: dict[int, Hit], ctx: Context) -> list[list[int]]:
        """Group hits whose gaps hold only pitch lines or other filters' cuts."""
        runs: list[list[int]] = []
        blocks = ctx.doc.blocks
        for i in sorted(hits):
            if runs:
                prev = runs[-1][-1]
                between = range(prev + 1, i)
                open_lines = [j for j in between if j not in ctx.claimed]
                if len(open_lines) <= self.max_gap and all(self.is_pitch(blocks[j].text) for j in open_lines):
                    runs[-1].append(i)
                    continue
            runs.append([i])
        return [r for r in runs if any(hits[i].strength != "weak" for i in r) or self._button_bar(r, ctx)]

    def _button_bar(self, run: list[int], ctx: Context) -> bool:
        """MIN_BUTTON_BAR buttons or more line after line, after the article's last paragraph:
        a bar split into lines (among the article's lines they stay: "Print" in a how-to).
        Fewer make one where only cuts follow them (a stray "Tweet", the rest of a bar whose
        label a list above took) and no line above introduces a list (":"), unless another
        family's stock line stands beside them: then they are part of that family's box."""
        if run[-1] - run[0] != len(run) - 1 or not ctx.after_article(run[0]):
            return False
        if len(run) >= MIN_BUTTON_BAR:
            return True
        blocks, claimed = ctx.doc.blocks, ctx.claimed
        if any(j not in claimed for j in range(run[-1] + 1, len(blocks))) or blocks[run[0] - 1].text.rstrip().endswith(":"):
            return False  # a how-to's steps ("Download", "Print", "Sign it"), a poem's lines
        return not any(self._others_stock_line(j, ctx) for j in (run[0] - 1, run[-1] + 1))

    def _others_stock_line(self, index: int, ctx: Context) -> bool:
        """The block is a stock line (button, header, prompt, label) of another family."""
        if not 0 <= index < len(ctx.doc.blocks) or index in ctx.claimed or ctx.services is None:
            return False
        text = ctx.doc.blocks[index].text
        return any(book is not self.book and is_stock_line(book, text, ctx.hits_of(book).get(index, ()), 12)
                   for book in ctx.services.books.values())

    def run_findings(self, run: list[int], hits: dict[int, Hit], ctx: Context) -> list[Finding]:
        out: list[Finding] = [self.finding(f"{self.name}.box", j, j, "low") for j in self.box_lead_lines(run, hits, ctx)]
        for pos, i in enumerate(run):
            hit = hits[i]
            if hit.strength == "header":
                last = self.section_end(i, ctx)
                out.append(self.finding(f"{self.name}.{hit.concept}", i, last, "low" if last > i else "high"))
            else:
                out.append(self.finding(f"{self.name}.{hit.concept}", i, i, "high" if hit.strength == "strong" else "low"))
            if pos + 1 < len(run):
                for j in range(i + 1, run[pos + 1]):
                    if j not in ctx.claimed:
                        out.append(self.finding(f"{self.name}.box", j, j, "low"))
        return out

    def box_lead_lines(self, run: list[int], hits: dict[int, Hit], ctx: Context) -> list[int]:
        """The lines right above a box with a strong hit that pitch it (talk to the
        reader) or name it, when article prose (or the text's start, or another cut)
        stands above them. Inside the article a name counts only above a pitch line:
        alone there it could be the subheading of what follows the box."""
        if not self.box_lead or not any(hits[i].strength == "strong" for i in run):
            return []
        doc, claimed = ctx.doc, ctx.claimed
        in_tail = ctx.after_article(run[0])
        lead: list[int] = []
        j = run[0] - 1
        while j >= 0 and len(lead) < self.box_lead and j not in claimed:
            text = doc.blocks[j].text
            if not (shapes.is_box_pitch(text) or ((in_tail or lead) and shapes.is_box_name(text))):
                break
            lead.append(j)
            j -= 1
        if not lead or not (j < 0 or j in claimed or doc.is_prose(j)):
            return []
        return lead[::-1]

    def section_end(self, index: int, ctx: Context) -> int:
        """Last block of the section a header opens; by default the header alone."""
        return index

    def extra_findings(self, ctx: Context, hits: dict[int, Hit]) -> Iterable[Finding]:
        return ()

    def finding(self, rule: str, first: int, last: int, confidence: str = "high",
                facts: tuple[tuple[str, str], ...] = (), kind: str | None = None) -> Finding:
        return Finding(self.name, rule, kind or self.kind, first, last, facts=facts, confidence=confidence)
