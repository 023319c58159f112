"""Credits: bylines, editor and contributor lines, captions, image credits, author
bios and datelines. They leave the body and become metadata.

Evidence is shape first: a credit line is a role lead followed by nothing but
names; a caption sits right above a photo credit, or carries its credit in a
trailing parenthesis; a bio is the last paragraph and starts with a full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import AbstractSet, ClassVar, Iterable, Mapping, Sequence

import regex

from .. import shapes
from ..model import EMPTY_DOCUMENT, Block, Finding
from ..patterns import FamilyTable, Hits, PhraseBook, SharedGate, compile_family, family_table, lowered
from .base import Context, is_stock_line


_NAME_PARTICLES = frozenset(
    "van von de da del della der den du di dos das bin ibn al el la le ter zu y e of".split()
)
_NAME_TOKEN = regex.compile(r"\p{Lu}[\p{L}'’.\-]*|\p{Lu}\.")
_NAME_SPLIT = regex.compile(r"\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|&|und|et|y)\s+", regex.IGNORECASE)
_SEGMENT_SPLIT = regex.compile(
    r"\s*[;|•·]\s*|(?<=\p{Ll})\.\s+(?=\p{Lu})|\s+[–—]\s+|,\s+(?=\p{L}+(?:\s+\p{L}+){0,2}\s+(?:[Bb]y|[Vv]on)\s)"
)
_SEGMENT_OPENERS = " \t,.;|•·"  # what _SEGMENT_SPLIT and the segment strip drop before a first segment
_TRAILING_PAREN = regex.compile(r"^(?P<cap>.+?)\s*\((?P<credit>[^()]{3,160})\)\s*$")
_PHOTO_LABELS = "photograph|photo|image|picture|foto|bild|credit|illustration|photos|fotos"
_TRAILING_LABEL = regex.compile(
    rf"^(?P<cap>.+?[.!?…\"”])\s+(?:\(?)(?P<label>{_PHOTO_LABELS})\s*:\s*(?P<credit>[^.]{{2,100}}?)\)?\.?\s*$",
    regex.IGNORECASE,
)
_TRAILING_AGENCY = regex.compile(
    r"^(?P<cap>.+?)\s+(?P<credit>(?:REUTERS|AFP|AP|EPA(?:-EFE)?|DPA|dpa|XINHUA|ANADOLU|KEYSTONE|ANP|ANSA)(?:/[\p{L}\p{N} .\-]+){1,3})\s*$"
)
_CAPTION_DATE_TAIL = regex.compile(
    r",\s+(?:\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})\.?\s*$"
)
# What _TRAILING_LABEL and _TRAILING_AGENCY cannot match without (see _caption_marks).
_PHOTO_LABEL = re.compile(rf"(?:{_PHOTO_LABELS})\s*:")
_AGENCY_SLASH = re.compile(r"(?:REUTERS|AFP|AP|EPA(?:-EFE)?|DPA|dpa|XINHUA|ANADOLU|KEYSTONE|ANP|ANSA)/")
_AGENCY_HINT = regex.compile(
    r"/|\b(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|PA(?: Wire| Media)?|dpa|Shutterstock|iStock(?:photo)?|Alamy|Bloomberg|Sputnik"
    r"|Pool|Imago|picture alliance|Keystone|ANP|Xinhua|NurPhoto|SOPA|Sipa|ZUMA|Unsplash|Pexels|Wikimedia|Courtesy|Handout"
    r"|Photo|Photograph|Image|Foto|Bild|Credit)\b"
)
_PHOTO_WORD = regex.compile(r"\b(?:photo|photograph|image|picture|credit|foto|bild)\b", regex.IGNORECASE)
_ON_PLATFORM = regex.compile(r"^(?P<who>.+?)\s+(?:on|via|from|auf|über)\s+(?P<where>[\p{Lu}][\p{L}\p{N}.\- ]{1,40})$")
_DIGIT = re.compile(r"\d")  # the stdlib engine is the quicker to say no
_TWO_DIGITS = re.compile(r"\d\d")  # what every full date holds (a year, or dd.mm.yy)
# A line that is only a phone number or an e-mail address (press-release tails).
_CONTACT_LINE = regex.compile(
    r"\s*(?:(?:tel(?:efon|ephone)?|phone|fax|mobil(?:e)?|t|f|m)\.?:?\s*)?\+?[\d\s()/.\-]{7,24}\d\s*"
    r"|\s*(?:e-?mail:?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*",
    regex.IGNORECASE,
)
_META_SEPARATORS = (" | ", " · ", " • ", " // ")
_META_SPLIT = regex.compile(r"\s+[|·•]\s+|\s+//\s+")
# A wire-service sign-off: "(dpa)", "aja/PAP", "kna/epd/tmg", "AFP/ck".
_WIRE_SIGNOFF = regex.compile(
    r"\(?(?:(?:[\p{L}]{1,4}/)*(?:dpa|afp|ap|reuters|pap|kna|epd|apa|sda|ats|ansa|efe|ddp|dts|afp|belga|anp|tass|xinhua)(?:/[\p{L}]{1,4})*)\)?\.?",
    regex.IGNORECASE,
)
_DAY_DATE = regex.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}\b"
    r"|\b\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
)
_PLACE_AFTER_NAME = regex.compile(r"^(.+?)\s+(?:in|aus|from|en)\s+\p{Lu}[\p{L}\- ]*$")  # "Jane Doe in Kyiv"
_CLOSING_ALSO = regex.compile(r"\s+(?:also\s+)?$")  # "Jane Doe also" (contributed reporting)
_OPENING_AND = regex.compile(r"^(?:and\s+)")
_BIO_NAME = regex.compile(r"^(?:\p{Lu}[\p{L}'’\-]+\.?\s+){1,3}\p{Lu}[\p{L}'’\-]+\b")

#: Longer blocks are no credit line, caption label or meta bar.
MAX_CREDIT_CHARS = 300
MAX_SIGNOFF_CHARS = 30
#: Longer blocks are article prose to every credits rule.
MAX_CHECKED_CHARS = 1200
#: Modes of phrases that open a credit line (gated by the shared scan); the rest
#: (role words, bio phrases, date words) are asked of words and segments, per concept.
LINE_START_MODES = frozenset({"lead", "label"})

# The rules of _classify, as bits of the mask _candidates gives each line.
LEAD, CONTACT, META, DATELINE, WIRE, CONTRIBUTOR, CAPTION, BIO = (1 << k for k in range(8))
ALL_RULES = (1 << 8) - 1

ROLE_FIELD = {"byline": "authors", "editor": "editors", "contributor": "contributors", "credit_other": None}


@dataclass(frozen=True)
class CreditsFilter:
    name: ClassVar[str] = "credits"
    kind: ClassVar[str] = "credit"
    description: ClassVar[str] = "Bylines, editors, contributors, captions, image credits, author bios, datelines -> metadata."
    reads_position: ClassVar[bool] = True  # re-run on the surviving lines (see Pipeline.run)
    #: Up to this many lines above a photo credit are taken as its caption.
    max_caption_lines: int = 3

    @cached_property
    def book(self) -> PhraseBook:
        """The line-start phrases (leads and labels): the pipeline's shared scan gates them."""
        return compile_family(_modes(family_table(self.name), LINE_START_MODES))

    @cached_property
    def _concept_books(self) -> Mapping[str, PhraseBook]:
        """Each concept's phrases as a book of its own: a text asked about one concept
        (a bio, a role) is scanned for that concept's literals only, not for every
        date word and role of the family."""
        table = family_table(self.name)
        return MappingProxyType({concept: compile_family(((concept, modes),)) for concept, modes in table})

    def _has(self, concept: str, mode: str, text: str, how: str = "search", hits: Hits | None = None):
        """Query one concept of the credits phrases: search, prefix or fullmatch.
        `hits` are the block's gated line-start phrases when known (else the text is
        scanned, for this concept's phrases only)."""
        if hits is not None:
            return getattr(self.book, how)(mode, text, hits, concept)
        return getattr(self._concept_books[concept], how)(mode, text, None, concept)

    def find(self, ctx: Context) -> Iterable[Finding]:
        out: list[Finding] = []
        taken: set[int] = set(ctx.claimed)
        gated = ctx.hits_of(self.book)
        blocks = ctx.doc.blocks
        for i, rules in self._candidates(ctx, gated):
            if i in taken:
                continue
            block = blocks[i]
            hits = gated.get(i, ())
            led = bool(rules & LEAD) and self._opens_with_lead(block.text, hits)
            after_contact = bool(out) and out[-1].rule == "credits.contact" and out[-1].last == i - 1
            for finding in self._classify(block, ctx, taken, hits, led, after_contact, rules):
                out.append(finding)
                taken.update(range(finding.first, finding.last + 1))
        return out

    def settled(self, before: Context, found: Sequence[Finding], removed: AbstractSet[int], now: Sequence[Finding]) -> bool:
        """Whether a run on the blocks left after `removed` goes would find nothing new.

        Every rule reads a line's own text, its zone (head: above the first prose
        paragraph; tail: from the last one on) and, for a few, the line above it: a
        bio (prose above is no bio's place), a bare contact line (under a contact
        label), a dated caption (under the headline). So: nothing found in this
        pass yet (no new headline, nothing claimed), everything this filter found
        went, the first and last prose paragraphs stay (the zones stay), and no
        tail line that a rule reads with the line above gets another line above.
        """
        if now or not before.claimed <= removed:
            return False
        for f in found:
            if not f.remove or f.span is not None or any(i not in removed for i in range(f.first, f.last + 1)):
                return False
        first, last = before.first_prose, before.last_prose
        if first in removed or last in removed:
            return False
        blocks = before.doc.blocks
        for r in removed:  # a tail line under a cut: does a rule that reads the line above want it?
            below = r + 1
            if below >= last and below < len(blocks) and below not in removed and self._reads_above(blocks[below].text):
                return False
        return True

    def _reads_above(self, text: str) -> bool:
        """A tail line a rule takes or leaves by the line above it: a bare contact
        line (under a contact label) or a bio-shaped paragraph (not under prose)."""
        return bool(len(text) <= MAX_CREDIT_CHARS and _CONTACT_LINE.fullmatch(text) or self._bio_shaped(text))

    def _candidates(self, ctx: Context, gated: Mapping[int, Hits]) -> list[tuple[int, int]]:
        """The blocks some rule could take, each with the rules that could (a RULES mask),
        by what each rule needs to see in a line: a lead (the scan found one; leads
        only open lines of up to MAX_CREDIT_CHARS); a digit or "@" for a contact line
        in the tail; a meta-bar separator; a digit for a dateline in the head or tail;
        a wire sign-off; "contribut"; a caption's credit (")" at the end, a photo label
        before ":", an agency before "/", a closing year under the headline); a bio's
        opening name in the tail. Skipping the rest unread is what keeps a long
        article cheap."""
        first, last = ctx.first_prose, ctx.last_prose
        lows = ctx.doc.lowered
        out: list[tuple[int, int]] = []
        for block in ctx.doc.blocks:
            i, text = block.index, block.text
            low = lows[i]
            if not low or len(text) > MAX_CHECKED_CHARS:
                continue
            short = len(text) <= MAX_CREDIT_CHARS
            tail = i >= last
            digit = (i <= first or tail) and _DIGIT.search(text) is not None
            rules = 0
            if short:
                if i in gated:
                    rules |= LEAD
                if tail and (digit or "@" in text):
                    rules |= CONTACT
                if has_meta_separator(text):
                    rules |= META
                if digit and (i < first or tail):
                    rules |= DATELINE
                if len(text) <= MAX_SIGNOFF_CHARS and _WIRE_SIGNOFF.fullmatch(text):
                    rules |= WIRE
            if "contribut" in low:
                rules |= CONTRIBUTOR
            if any(_caption_marks(text, low, 0 < i <= first)):
                rules |= CAPTION
            if tail and _BIO_NAME.match(text):
                rules |= BIO
            if rules:
                out.append((i, rules))
        return out

    # -- one block ---------------------------------------------------------------

    def _classify(self, block: Block, ctx: Context, taken: set[int], hits: Hits, led: bool,
                  after_contact: bool = False, rules: int = ALL_RULES) -> list[Finding]:
        """The first rule that takes the block, in order. `rules` (from _candidates)
        skips the rules whose needs the line lacks; each still checks its own."""
        text = block.text
        low = ctx.doc.lowered[block.index]
        i = block.index
        # head: above the first body paragraph; tail: from the last one on. Both are
        # defined by prose, not by counting lines, so junk removed around them
        # does not move a line into or out of a zone (cleaning stays idempotent).
        head = i < ctx.first_prose
        tail = i >= ctx.last_prose
        short = len(text) <= MAX_CREDIT_CHARS
        if led:
            credit = self.photo_credit(text, hits)
            if credit:
                return [*self._captions_above(block, ctx, taken), self._f("credits.image_credit", i, "credit", (("image_credits", credit),))]
            roles = self.credit_line(text, hits)
            if roles is not None and (head or tail or any(r != "byline" for r, _ in roles)):
                facts = tuple((ROLE_FIELD[r], n) for r, names in roles if ROLE_FIELD.get(r) for n in names)
                kind = "byline" if all(r == "byline" for r, _ in roles) else "credit"
                main = next((r for r, _ in roles if r != "credit_other"), roles[0][0])
                return [self._f(f"credits.{main}", i, kind, facts + self._date_facts(text))]
            caption = self.labelled_caption(text, hits)
            if caption:
                return [self._f("credits.caption", i, "caption", (("captions", caption),))]
            contact = tail and (self._has("contact", "label", text, "prefix", hits)
                                or self._has("contact", "lead", text, "prefix", hits))
            if contact and shapes.word_count(text[contact[1]:]) <= 12:
                return [self._f("credits.contact", i, "credit")]
        if rules & CONTACT and tail and short and after_contact and _CONTACT_LINE.fullmatch(text):
            # a bare phone number or e-mail address, inside a contact block only
            # (alone at the end of a travel piece it is the article's own information)
            return [self._f("credits.contact", i, "credit")]
        if rules & META and short and has_meta_separator(text) and self.is_meta_line(text):
            return [self._f("credits.meta_line", i, "dateline", self._date_facts(text))]
        if rules & DATELINE and short and (head or tail) and _DIGIT.search(text) and self.is_dateline(text):
            date = _parse_date(text)
            if date:
                return [self._f("credits.dateline", i, "dateline", (("date", date),))]
        if rules & WIRE and len(text) <= MAX_SIGNOFF_CHARS and _WIRE_SIGNOFF.fullmatch(text):
            return [self._f("credits.wire_signoff", i, "credit", (("contributors", text.strip("(). ")),))]
        if rules & CONTRIBUTOR and "contribut" in low:
            contributor = self._contributed_line(text)
            if contributor:
                return [self._f("credits.contributor", i, "credit", tuple(("contributors", n) for n in contributor))]
        found = self.captioned(block, ctx) if rules & CAPTION else None
        if found:
            return [found]
        if rules & BIO and tail and self._is_bio(block, ctx):
            return [self._f("credits.author_bio", i, "author_bio", (("author_bio", text),))]
        return []

    def _opens_with_lead(self, text: str, hits: Hits) -> bool:
        """Some lead or label matches where a credit line starts (or inside its parentheses):
        the rules that read leads only run on such lines."""
        book = self.book
        first = text.strip().lstrip(_SEGMENT_OPENERS)  # where credit_line's first segment starts
        if book.prefix("label", first, hits) or book.prefix("lead", first, hits):
            return True
        inner = _unparenthesised(text)
        return inner != text.strip() and bool(book.prefix("label", inner, hits) or book.prefix("lead", inner, hits))

    def _f(self, rule: str, i: int, kind: str, facts: tuple[tuple[str, str], ...] = (), last: int | None = None) -> Finding:
        return Finding(self.name, rule, kind, i, i if last is None else last, facts=facts)

    # -- photo credits and the captions above them ----------------------------------

    def photo_credit(self, text: str, hits: Hits | None = None) -> str | None:
        inner = _unparenthesised(text)
        book = self.book
        if hits is None:
            hits = book.scan(lowered(inner))
        by_lead = book.prefix("lead", inner, hits, "photo_credit")
        lead = book.prefix("label", inner, hits, "photo_credit") or by_lead
        if not lead:
            return None
        rest = inner[lead[1]:].strip().rstrip(".")
        if not rest or shapes.word_count(rest) > 16 or len(shapes.sentences(rest)) > 2:
            return None
        if not (rest[0].isupper() or rest[0] in "©(" or _AGENCY_HINT.search(rest)):
            return None
        on = _ON_PLATFORM.match(rest)
        if on and by_lead:
            rest = f"{on['who']}/{on['where']}"
        return rest

    def _captions_above(self, credit: Block, ctx: Context, taken: set[int]) -> list[Finding]:
        blocks = ctx.doc.blocks
        grouped = any(b.blank_before for b in blocks)
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

    def captioned(self, block: Block, ctx: Context) -> Finding | None:
        """A caption that carries its credit, or the dated caption under a headline echo.
        (Each pattern runs only when what it cannot match without is there.)"""
        text = block.text
        paren, colon, slash, dated = _caption_marks(text, text.lower(), 0 < block.index <= ctx.first_prose)
        if not (paren or colon or slash or dated) or len(text) > 600 or shapes.word_count(text) > 70:
            return None
        m = _TRAILING_PAREN.match(text) if paren else None
        if m:
            cap, credit = m["cap"].strip(), m["credit"].strip()
            if (_AGENCY_HINT.search(credit) and shapes.word_count(credit) <= 14
                    and (not shapes.ends_sentence(cap) or _PHOTO_WORD.search(credit))):
                lead = self._has("photo_credit", "label", credit, "prefix")
                credit = credit[lead[1]:].strip() if lead else credit
                return self._f("credits.caption", block.index, "caption", (("captions", cap), ("image_credits", credit)))
        m = (colon and _TRAILING_LABEL.match(text)) or (slash and _TRAILING_AGENCY.match(text))
        if m:
            return self._f("credits.caption", block.index, "caption", (("captions", m["cap"].strip()), ("image_credits", m["credit"].strip())))
        if dated and _CAPTION_DATE_TAIL.search(text):
            before = ctx.rules_at(block.index - 1)
            if any(r.startswith("title.") for r in before):
                return self._f("credits.caption", block.index, "caption", (("captions", text),))
        return None

    def split_caption(self, text: str) -> tuple[str, str | None]:
        """(caption, credit) of a caption that may carry its credit at the end."""
        found = self.captioned(Block(0, text, 0, len(text)), Context(EMPTY_DOCUMENT))
        if found is None:
            return text, None
        facts = dict(found.facts)
        return facts.get("captions", text), facts.get("image_credits")

    def labelled_caption(self, text: str, hits: Hits | None = None) -> str | None:
        lead = self._has("caption", "label", text, "prefix", hits) or self._has("caption", "lead", text, "prefix", hits)
        if not lead:
            return None
        rest = text[lead[1]:].strip()
        return rest if 2 <= shapes.word_count(rest) <= 60 else None

    # -- "Jan 13, 2020 | Categories: Python | 4 comments" ------------------------------

    @cached_property
    def _stock_books(self) -> tuple[PhraseBook, ...]:
        return tuple(compile_family(family_table(f)) for f in ("comments", "related", "media", "social"))

    @cached_property
    def _segment_gate(self) -> SharedGate:
        """The credit leads and the stock lines' phrases, scanned together per segment."""
        return SharedGate.build((self.book, *self._stock_books))

    def is_meta_line(self, text: str) -> bool:
        """A line of separated segments, each a date, a credit, a taxonomy label,
        a comment count or a reading time: the article's metadata bar."""
        segments = [s.strip() for s in _META_SPLIT.split(text) if s.strip()]
        if len(segments) < 2:
            return False
        dated = named = False
        gate = self._segment_gate
        for segment in segments:
            if self.is_dateline(segment):
                dated = True
                continue
            hits = gate.scan_document(lowered(segment), (0,), _never_long)  # one pass for all five books
            if self._credit_segment(segment, hits[self.book].get(0, ())):
                continue
            elif any(is_stock_line(book, segment, hits[book].get(0, ()), 12) for book in self._stock_books):
                continue
            elif not named and self.parse_names(segment):
                named = True  # "24 March 2004, 19:49 | Jane Doe": a bare author name
            else:
                return False
        return dated or not named

    # -- bylines, editors, contributors ---------------------------------------------

    def credit_line(self, text: str, hits: Hits | None = None) -> list[tuple[str, list[str]]] | None:
        """[(role, names), ...] when the line is nothing but credits (and dates)."""
        if hits is not None and not hits:
            return None  # no lead or label of any role in the line
        if shapes.word_count(text) > 40:
            return None
        roles: list[tuple[str, list[str]]] = []
        for segment in _SEGMENT_SPLIT.split(text.strip().rstrip(".")):
            segment = segment.strip(" ,.")
            if not segment:
                continue
            parsed = self._credit_segment(segment, hits)
            if parsed:
                roles.append(parsed)
            elif roles and self.is_dateline(segment):
                continue
            elif roles and self._is_role(segment):
                continue
            else:
                return None
        return roles or None

    def _credit_segment(self, segment: str, hits: Hits | None = None) -> tuple[str, list[str]] | None:
        """(role, names) of one segment; `hits` may be those of the whole line."""
        book = self.book
        if hits is None:
            hits = book.scan(lowered(segment))
        if not hits:
            return None
        for role in ("contributor", "editor", "credit_other", "byline"):
            lead = book.prefix("label", segment, hits, role) or book.prefix("lead", segment, hits, role)
            if not lead:
                continue
            names = self.parse_names(segment[lead[1]:])
            if names:
                return role, names
        return None

    def _is_role(self, text: str) -> bool:
        return shapes.word_count(text) <= 6 and bool(self._has("role", "sentence", text))

    def parse_names(self, text: str) -> list[str] | None:
        """Person or agency names, split on commas and 'and'; None if not all names."""
        text = text.strip().rstrip(".")
        if not text or _DIGIT.search(text) or len(text) > 200:
            return None
        parts = [p.strip() for p in _NAME_SPLIT.split(text) if p.strip()]
        names: list[str] = []
        for k, part in enumerate(parts):
            if names and self._is_role(part):
                break  # "Jane Doe, Political Correspondent" / "Jane Doe in Kyiv"
            part = self._strip_place(part)
            if not self._is_name(part):
                return None
            names.append(part)
        return names or None

    def _strip_place(self, part: str) -> str:
        m = _PLACE_AFTER_NAME.match(part)
        return m.group(1) if m and self._is_name(m.group(1)) else part

    def _is_name(self, part: str) -> bool:
        tokens = part.split()
        if not 1 <= len(tokens) <= 5:
            return False
        capitals = 0
        for tok in tokens:
            if _NAME_TOKEN.fullmatch(tok):
                capitals += 1
            elif tok.lower() not in _NAME_PARTICLES:
                return False
        if all(self._is_date_word(t) for t in tokens):
            return False
        if len(tokens) <= 2 and self._is_date_word(tokens[0]):
            return False  # "By Monday", "Von Montag"
        return capitals >= 1

    def _contributed_line(self, text: str) -> list[str] | None:
        if shapes.word_count(text) > 30:
            return None
        m = self._has("contributor", "sentence", text)
        if not m:
            return None
        before = text[: m[1]].strip()
        before = _OPENING_AND.sub("", _CLOSING_ALSO.sub("", before))
        return self.parse_names(before)

    def _is_date_word(self, word: str) -> bool:
        return _is_date_word(self._concept_books["date_words"], word)

    # -- datelines ---------------------------------------------------------------

    def is_dateline(self, text: str) -> bool:
        """A line holding a full date (day, month, year) and nothing else but date words."""
        if len(text) > 120 or not _TWO_DIGITS.search(text) or not _DAY_DATE.search(text):
            return False
        rest = text
        lead = self._has("dateline", "lead", rest, "prefix")
        if lead:
            rest = rest[lead[1]:]
        leftovers = [w for w in shapes.words(rest) if not _DIGIT.search(w) and not self._is_date_word(w)]
        return not leftovers

    def _date_facts(self, text: str) -> tuple[tuple[str, str], ...]:
        for segment in _SEGMENT_SPLIT.split(text):
            if self.is_dateline(segment.strip()):
                date = _parse_date(segment)
                if date:
                    return (("date", date),)
        return ()

    # -- author bios -------------------------------------------------------------

    def _bio_shaped(self, text: str) -> bool:
        """What a bio is on its own: a full name first, 15 to 180 words, a bio phrase early on."""
        if not _BIO_NAME.match(text) or not (15 <= shapes.word_count(text) <= 180):
            return False
        hit = self._has("bio", "sentence", text)
        return bool(hit) and hit[1] <= 120

    def _is_bio(self, block: Block, ctx: Context) -> bool:
        """A bio-shaped paragraph not under article prose."""
        text = block.text
        if not self._bio_shaped(text):
            return False
        prev = block.index - 1
        if prev < 0:
            return False
        prev_text = ctx.doc.blocks[prev].text
        return prev in ctx.claimed or not shapes.is_prose(prev_text) or shapes.addresses_reader(prev_text)


@lru_cache(maxsize=4096)
def _is_date_word(book: PhraseBook, word: str) -> bool:
    """A month, weekday or date word (cached: the same few words come back)."""
    return bool(book.fullmatch("sentence", word, None, "date_words"))


def _modes(table: FamilyTable, modes: frozenset[str]) -> FamilyTable:
    """The part of a family table in these modes."""
    kept = ((concept, tuple((m, pats) for m, pats in concept_modes if m in modes)) for concept, concept_modes in table)
    return tuple((concept, concept_modes) for concept, concept_modes in kept if concept_modes)


def _unparenthesised(text: str) -> str:
    """The text without white space around and one pair of enclosing parentheses."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    return inner


def _never_long(index: int) -> bool:
    return False


def _ends_with_year(text: str) -> bool:
    """What _CAPTION_DATE_TAIL needs at the end: a digit, maybe a full stop after it."""
    text = text.rstrip()
    return text.removesuffix(".")[-1:].isdigit()


def _caption_marks(text: str, low: str, under_headline: bool) -> tuple[bool, bool, bool, bool]:
    """What each caption pattern cannot match without: a closing ")" (_TRAILING_PAREN),
    a photo label before ":" (_TRAILING_LABEL), an agency before "/" (_TRAILING_AGENCY),
    a closing year on a line under the headline (_CAPTION_DATE_TAIL). `low` is the
    text lower-cased (white space folded or not)."""
    return (
        text.endswith(")"),
        ":" in text and _PHOTO_LABEL.search(low) is not None,
        "/" in text and _AGENCY_SLASH.search(text) is not None,
        under_headline and _ends_with_year(text),
    )


def has_meta_separator(text: str) -> bool:
    """One of _META_SEPARATORS is in the text (spelled out: asked of most lines)."""
    return " | " in text or " · " in text or " • " in text or " // " in text


def _parse_date(text: str) -> str | None:
    from htmldate.extractors import try_date_expr  # trafilatura's own date parser

    try:
        return try_date_expr(text, "%Y-%m-%d", True, datetime(1990, 1, 1), datetime(2100, 1, 1))
    except Exception:  # a date we cannot read is no date
        return None
