"""Credits: bylines, editor and contributor lines, captions, image credits, author
bios and datelines. They leave the body and become metadata.

Evidence is shape first: a credit line is a role lead followed by nothing but
names; a caption sits right above a photo credit, or carries its credit in a
trailing parenthesis; a bio is the last paragraph and starts with a full name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from .. import shapes
from ..model import EMPTY_DOCUMENT, Block, Finding
from ..phrasebook import Hits, Scanner, lowered
from ..structure import has_address
from .context import Context
from .credit_reader import LINE_MODES, CreditReader
from .credit_patterns import (BIO_NAME, CAPTION_DATE_TAIL, CONTACT_LINE, LEAD_DASHES, META_SPLIT, PHOTO_WORD,
                              SEGMENT_OPENERS, TRAILING_AGENCY, TRAILING_LABEL, TRAILING_PAREN, WIRE_SIGNOFF,
                              bare_photo_credit, credit_hinted, has_meta_separator, read_date, undashed, unparenthesised)
from .interface import Filter, is_stock_line

#: Longer blocks are no credit line, caption label or meta bar.
MAX_CREDIT_CHARS = 300
MAX_SIGNOFF_CHARS = 30
#: A photo credit alone on its line ("Saul Loeb / AFP - Getty Images") is one short line.
MAX_BARE_CREDIT_CHARS = 100
#: A reporter's sign-off ("Jane Doe can be reached at …") is one short line.
MAX_SIGNOFF_WORDS = 40
#: Longer blocks are article prose to every credits rule.
MAX_CHECKED_CHARS = 1200

ROLE_FIELD = {"byline": "authors", "ai_author": "authors", "editor": "editors", "contributor": "contributors", "credit_other": None}


@dataclass(frozen=True)
class CreditsFilter(CreditReader, Filter):
    name: ClassVar[str] = "credits"
    kind: ClassVar[str] = "credit"
    description: ClassVar[str] = "Bylines, editors, contributors, captions, image credits, author bios, datelines -> metadata."
    concepts: ClassVar[frozenset[str]] = frozenset({
        "ai_author", "bio", "byline", "caption", "contact", "contributor", "credit_other", "date_words", "dateline", "editor",
        "photo_credit", "role", "signoff",
    })
    kinds: ClassVar[frozenset[str]] = frozenset({"byline", "credit", "caption", "dateline", "author_bio"})
    #: Up to this many lines above a photo credit are taken as its caption.
    max_caption_lines: int = 3

    def find(self, ctx: Context) -> Iterable[Finding]:
        out: list[Finding] = []
        taken: set[int] = set(ctx.claimed)
        gated = ctx.hits_of(self.book)
        lows = ctx.doc.lowered
        for block in ctx.doc.blocks:
            i = block.index
            if i in taken or not lows[i] or len(block.text) > MAX_CHECKED_CHARS:
                continue
            after_contact = bool(out) and out[-1].rule == "credits.contact" and out[-1].last == i - 1
            for finding in self._classify(block, ctx, taken, gated.get(i, ()), after_contact):
                out.append(finding)
                taken.update(range(finding.first, finding.last + 1))
        return out

    # -- one block ---------------------------------------------------------------

    def _classify(self, block: Block, ctx: Context, taken: set[int], hits: Hits, after_contact: bool) -> list[Finding]:
        """The first rule that takes the block, in order. The credit rules read the line
        without the dash that may set it off ("—Jane Doe contributed to this article."),
        unless a line next to it opens with a dash too: then the dash opens a turn of an
        interview ("—Por Julio Cortázar.") or an item of a list ("- AFP"), not a credit."""
        text = block.text
        if text.startswith(LEAD_DASHES) and not _dash_led_neighbour(block.index, ctx):
            text = undashed(text)
        i = block.index
        # head: above the first body paragraph; tail: from the last one on. Both are
        # defined by prose, not by counting lines, so junk removed around them
        # does not move a line into or out of a zone (cleaning stays idempotent).
        head = i < ctx.first_prose
        tail = i >= ctx.last_prose
        short = len(text) <= MAX_CREDIT_CHARS
        if head and short and text.strip() in ctx.doc.meta.authors:
            return [self._f("credits.page_author", i, "byline")]  # the page's byline element, bare
        if short and self._opens_with_lead(text, hits):
            credit = self.photo_credit(text, hits)
            if credit:
                return [*self._captions_above(block, ctx, taken), self._f("credits.image_credit", i, "credit", (("image_credits", credit),))]
            roles = self.credit_line(text, hits)
            if roles is not None and (head or tail or any(r != "byline" for r, _ in roles)):
                facts = tuple((ROLE_FIELD[r], n) for r, names in roles if ROLE_FIELD.get(r) for n in names)
                kind = "byline" if all(r == "byline" for r, _ in roles) else "credit"
                main = next((r for r, _ in roles if r != "credit_other"), roles[0][0])
                return [self._f(f"credits.{main}", i, kind, facts + self._date_facts(text, ctx.doc.language))]
            caption = self.labelled_caption(text, hits)
            if caption:
                return [self._f("credits.caption", i, "caption", (("captions", caption),))]
            contact = tail and (self._has("contact", "label", text, "prefix", hits)
                                or self._has("contact", "lead", text, "prefix", hits))
            if contact and shapes.word_count(text[contact[1]:]) <= 12:
                return [self._f("credits.contact", i, "credit")]
        if tail and short and after_contact and CONTACT_LINE.fullmatch(text):
            # a bare phone number or e-mail address, inside a contact block only
            # (alone at the end of a travel piece it is the article's own information)
            return [self._f("credits.contact", i, "credit")]
        if short and has_meta_separator(text) and not _thread_header(i, ctx) and self.is_meta_line(text, ctx):
            return [self._f("credits.meta_line", i, "dateline", self._date_facts(text, ctx.doc.language))]
        dateline = self.dateline_text(text) if short and (head or tail) and not (tail and _listed_date(i, ctx)) else None
        if dateline is not None:
            is_date, date = read_date(dateline, ctx.doc.language)
            if is_date:  # a slashed date of unknown order is still a dateline, with no date
                return [self._f("credits.dateline", i, "dateline", (("date", date),) if date else ())]
        if len(text) <= MAX_SIGNOFF_CHARS and WIRE_SIGNOFF.fullmatch(text):
            return [self._f("credits.wire_signoff", i, "credit", (("contributors", text.strip("(). ")),))]
        credit = bare_photo_credit(text) if len(text) <= MAX_BARE_CREDIT_CHARS else None
        if credit:
            return [self._f("credits.image_credit", i, "credit", (("image_credits", credit),))]
        contributor = self._contributed_line(text, hits)
        if contributor:
            return [self._f("credits.contributor", i, "credit", tuple(("contributors", n) for n in contributor))]
        found = self.captioned(block, ctx, ctx.doc.lowered[i])
        if found:
            return [found]
        if tail and short and hits and self._is_signoff(text, hits):
            return [self._f("credits.signoff", i, "author_bio", (("author_bio", text),))]
        if tail and self._is_bio(block, ctx, hits):
            return [self._f("credits.author_bio", i, "author_bio", (("author_bio", text),))]
        return []

    def _opens_with_lead(self, text: str, hits: Hits) -> bool:
        """Some lead or label matches where a credit line starts (or inside its parentheses):
        the rules that read leads only run on such lines."""
        book = self.book
        if not hits or not any(book.phrases[i].mode in LINE_MODES for i in hits):
            return False  # no lead or label in the line at all
        first = text.strip().lstrip(SEGMENT_OPENERS)  # where credit_line's first segment starts
        if book.prefix("label", first, hits) or book.prefix("lead", first, hits):
            return True
        inner = unparenthesised(text)
        return inner != text.strip() and bool(book.prefix("label", inner, hits) or book.prefix("lead", inner, hits))

    def _f(self, rule: str, i: int, kind: str, facts: tuple[tuple[str, str], ...] = (), last: int | None = None) -> Finding:
        return Finding(self.name, rule, kind, i, i if last is None else last, facts=facts)

    # -- photo credits and the captions above them ----------------------------------

    def _captions_above(self, credit: Block, ctx: Context, taken: set[int]) -> list[Finding]:
        blocks = ctx.doc.blocks
        grouped = ctx.doc.grouped
        out: list[Finding] = []
        current = credit
        for _ in range(self.max_caption_lines):
            j = current.index - 1
            if j < 0 or j in taken or current.blank_before:
                break
            prev = blocks[j]
            n = shapes.word_count(prev.text)
            if n < 3 or n > 60:
                break
            if not grouped and (shapes.ends_sentence(prev.text) or out):
                break
            if self._has("dateline", "lead", prev.text, "prefix") or self.is_dateline(prev.text):
                break  # "Published 3 hours ago" above a photo is the article's date line
            out.append(self._f("credits.caption", j, "caption", (("captions", prev.text),)))
            current = prev
        return list(reversed(out))

    def captioned(self, block: Block, ctx: Context, low: str | None = None) -> Finding | None:
        """A caption that carries its credit, or the dated caption under a headline echo.
        `low` is the block's gate form when the caller has it."""
        text = block.text
        if len(text) > 600:
            return None
        low = lowered(text) if low is None else low
        paren, label, agency = TRAILING_PAREN.could_match(low), TRAILING_LABEL.could_match(low), TRAILING_AGENCY.could_match(low)
        if not (paren or label or agency or 0 < block.index <= ctx.first_prose):
            return None
        if shapes.word_count(text) > 70:
            return None
        m = TRAILING_PAREN.pattern.match(text) if paren else None
        if m:
            cap, credit = m["cap"].strip(), m["credit"].strip()
            if (credit_hinted(credit) and shapes.word_count(credit) <= 14
                    and (not shapes.ends_sentence(cap) or PHOTO_WORD.search(credit))):
                lead = self._has("photo_credit", "label", credit, "prefix")
                credit = credit[lead[1]:].strip() if lead else credit
                return self._f("credits.caption", block.index, "caption", (("captions", cap), ("image_credits", credit)))
        m = (label and TRAILING_LABEL.pattern.match(text)) or (agency and TRAILING_AGENCY.pattern.match(text))
        if m:
            return self._f("credits.caption", block.index, "caption", (("captions", m["cap"].strip()), ("image_credits", m["credit"].strip())))
        if 0 < block.index <= ctx.first_prose and CAPTION_DATE_TAIL.search(text):
            if any(r.startswith("title.") for r in ctx.rules_at(block.index - 1)):
                return self._f("credits.caption", block.index, "caption", (("captions", text),))
        return None

    def split_caption(self, text: str) -> tuple[str, str | None]:
        """(caption, credit) of a caption that may carry its credit at the end."""
        found = self.captioned(Block(0, text, 0, len(text)), Context(EMPTY_DOCUMENT))
        if found is None:
            return text, None
        facts = dict(found.facts)
        return facts.get("captions", text), facts.get("image_credits")

    # -- "Jan 13, 2020 | Categories: Python | 4 comments" ------------------------------

    def is_meta_line(self, text: str, ctx: Context) -> bool:
        """A line of separated segments, each a date, a credit, a taxonomy label,
        a comment count or a reading time: the article's metadata bar (stock lines:
        those of the families the registry marks for meta bars)."""
        segments = [s.strip() for s in META_SPLIT.split(text) if s.strip()]
        if len(segments) < 2:
            return False
        dated = named = False
        stock = ctx.services.stock["meta_bar"]
        scanner = Scanner.build((self.book, *stock))
        for segment in segments:
            if self.is_dateline(segment):
                dated = True
                continue
            hits = scanner.hits(lowered(segment), (0,), _never_long)  # one pass for the credit leads and the stock books
            if self._credit_segment(segment, hits[self.book].get(0, ())):
                continue
            elif any(is_stock_line(book, segment, hits[book].get(0, ()), 12) for book in stock):
                continue
            elif not named and self.parse_names(segment):
                named = True  # "24 March 2004, 19:49 | Jane Doe": a bare author name
            else:
                return False
        return dated or not named

    # -- author bios -------------------------------------------------------------

    def _bio_shaped(self, text: str, hits: Hits | None = None) -> bool:
        """What a bio is on its own: a full name first, 15 to 180 words, a bio phrase early on."""
        if not BIO_NAME.match(text) or not (15 <= shapes.word_count(text) <= 180):
            return False
        hit = self._has("bio", "sentence", text)
        return bool(hit) and hit[1] <= 120

    def _is_signoff(self, text: str, hits: Hits) -> bool:
        """How to reach or follow the writer ("Jane Doe can be reached at jdoe@…",
        "Follow him on X @jdoe"): a sign-off phrase of the language on a short line that
        holds an address. A line telling the reader whom to write to about the story's
        subject has no sign-off phrase ("For tickets, email the box office at …")."""
        hit = self._has("signoff", "sentence", text, "search", hits)  # the phrase first: the address regexes cost more
        # the phrase opens the line ("Email Jane Doe at"), or a full name stands before it
        if not hit or not (hit[1] == 0 or BIO_NAME.match(text)):
            return False
        return shapes.word_count(text) <= MAX_SIGNOFF_WORDS and has_address(text)

    def _is_bio(self, block: Block, ctx: Context, hits: Hits) -> bool:
        """A bio-shaped paragraph not under article prose."""
        text = block.text
        if not self._bio_shaped(text, hits):
            return False
        prev = block.index - 1
        if prev < 0:
            return False
        prev_text = ctx.doc.blocks[prev].text
        return prev in ctx.claimed or not shapes.is_prose(prev_text) or shapes.addresses_reader(prev_text)



def _dash_led_neighbour(index: int, ctx: Context) -> bool:
    """The block above or below opens with a dash too (a dialogue's turns, a list's items)."""
    blocks = ctx.doc.blocks
    return any(0 <= j < len(blocks) and blocks[j].text.startswith(LEAD_DASHES) for j in (index - 1, index + 1))


def _never_long(index: int) -> bool:
    return False


def _thread_header(index: int, ctx: Context) -> bool:
    """A header of a run of same-stamped headers below the article's first paragraph
    ("Posted Oct 29, 2012 at 9:26 am | Permalink" above each comment): a comment's
    date (the thread filter's to judge), not the article's metadata bar."""
    runs = ctx.structure.header_runs
    return bool(runs) and index > ctx.first_prose and any(index in run.headers for run in runs)


def _listed_date(index: int, ctx: Context) -> bool:
    """A clock-stamped line whose stamp has the shape of one on a line above it, below
    the article's first paragraph: an entry of a dated list (a schedule, a thread's
    headers), not the article's closing dateline."""
    if _thread_header(index, ctx):
        return True
    stamped = ctx.structure.stamped()
    form = stamped.get(index)
    return form is not None and any(f == form for j, f in stamped.items() if ctx.first_prose < j < index)
