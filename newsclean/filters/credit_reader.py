"""The credit-line readers: role leads, names, datelines, photo credits, caption labels.
What the credits rules (credits.py) and the title's head-matter check ask of a line or a segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Mapping

from .. import shapes
from ..patterns import compile_family, family_table
from ..phrasebook import Hits, PhraseBook, lowered
from .credit_patterns import (AGENCY_HINT, CLOCK_TIME, CLOSING_ALSO, DAY_DATE, DIGIT, MERIDIEM, NAME_PARTICLES, NAME_SPLIT, NAME_TOKEN,
                              ON_PLATFORM, OPENING_AND, PLACE_AFTER_NAME, SEGMENT_SPLIT, TWO_DIGITS, after_name, parse_date,
                              unparenthesised)



#: The modes that open a credit line.
LINE_MODES = frozenset({"lead", "label"})
#: Sentence-mode concepts asked of many lines, so read from the shared scan: contributor
#: lines, and the reporter's sign-off (asked of every short tail line).
SHARED_SENTENCE_CONCEPTS = frozenset({"contributor", "signoff"})
#: Lower-case words after a photo credit's lead that make a full sentence of it
#: ("Photographs by Jane Doe will be shown at the Tate from May"): a credit names.
MAX_CREDIT_LOWER_WORDS = 3
#: A byline element longer than this is no byline (an author box, a teaser).
MAX_BYLINE_CHARS = 120
#: A post's time stamp is one short line.
MAX_STAMP_CHARS = 60


@dataclass(frozen=True)
class CreditReader:
    """The credits family's phrases and the line readers built on them."""

    name = "credits"

    @cached_property
    def book(self) -> PhraseBook:
        """The phrases asked of every line (the leads and labels that open a credit line,
        the contributor and sign-off phrases): the pipeline's shared scan gates them per block. The
        rest (role words, bio phrases, date words) are asked of a few words, segments or
        tail lines, each concept on its own (_concept_books)."""
        return compile_family(tuple((c, tuple((m, p) for m, p in modes if m in LINE_MODES or c in SHARED_SENTENCE_CONCEPTS))
                                    for c, modes in family_table(self.name) if c != "date_words"))

    @cached_property
    def _concept_books(self) -> Mapping[str, PhraseBook]:
        """Each concept's phrases as a book of its own: a text asked about one concept
        (a bio, a role) is scanned for that concept's literals only, not for every
        date word and role of the family."""
        table = family_table(self.name)
        return MappingProxyType({concept: compile_family(((concept, modes),)) for concept, modes in table})

    def _has(self, concept: str, mode: str, text: str, how: str = "search", hits: Hits | None = None):
        """Query one concept of the credits phrases: search, prefix or fullmatch.
        `hits` are the block's gated phrases when the text is the block's, or a part of
        it (else the text is scanned, for this concept's phrases only)."""
        if hits is not None:
            return getattr(self.book, how)(mode, text, hits, concept)
        return getattr(self._concept_books[concept], how)(mode, text, None, concept)

    # -- bylines, editors, contributors ---------------------------------------------

    def credit_line(self, text: str, hits: Hits | None = None) -> list[tuple[str, list[str]]] | None:
        """[(role, names), ...] when the line is nothing but credits (and dates)."""
        if hits is not None and not hits:
            return None  # no lead or label of any role in the line
        if shapes.word_count(text) > 40:
            return None
        roles: list[tuple[str, list[str]]] = []
        # "(Reporting by A; Editing by B)": a wire credit is often set in parentheses
        for segment in SEGMENT_SPLIT.split(unparenthesised(text).rstrip(".")):
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
        for role in ("contributor", "editor", "ai_author", "credit_other", "byline"):
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
        if not text or DIGIT.search(text) or len(text) > 200:
            return None
        names: list[str] = []
        for part, after_comma in _name_parts(text):
            part = self._strip_title(self._strip_place(part))  # "Jane Doe in Kyiv", "Aerospace Writer Jane Doe"
            if names and self._is_role(part):
                break  # "Jane Doe, Political Correspondent"
            trailing = after_name(part, names[-1]) if names and after_comma else None
            if trailing == "generation":
                names[-1] = f"{names[-1]} {part}"
            if trailing:
                continue  # "Jane Doe, Berlin", "Lisa Sanders, M.D."
            if not self._is_name(part):
                return None
            names.append(part)
        return names or None

    def _strip_place(self, part: str) -> str:
        m = PLACE_AFTER_NAME.match(part)
        return m.group(1) if m and self._is_name(m.group(1)) else part

    def _strip_title(self, part: str) -> str:
        """The name after a job title in front of it ("Aerospace Writer Marcia Dunn",
        "Staff Writer Jane Doe"): role words, capitalised words only before them, a
        full name after them."""
        if len(part.split()) < 3:
            return part  # a title and a full name are three words at least
        rest = part
        for _ in range(3):  # a title holds a role word or a few ("Bureau Chief")
            role = self._has("role", "sentence", rest) if shapes.word_count(rest) <= 6 else None
            if not role or not all(w[:1].isupper() for w in rest[:role[2]].split()):
                break
            rest = rest[role[2]:].strip()
            if len(rest.split()) >= 2 and self._is_name(rest) and not self._is_role(rest):
                return rest
        return part

    def _is_name(self, part: str) -> bool:
        tokens = part.split()
        if not 1 <= len(tokens) <= 5:
            return False
        capitals = 0
        for tok in tokens:
            if NAME_TOKEN.fullmatch(tok):
                capitals += 1
            elif tok.lower() not in NAME_PARTICLES:
                return False
        if all(self._is_date_word(t) for t in tokens):
            return False
        if len(tokens) == 1 and self._is_date_word(tokens[0]):
            return False  # "By Monday", "Von Montag" ("Jan Jansen" is a name: a date word and a surname)
        return capitals >= 1

    def _contributed_line(self, text: str, hits: Hits | None = None) -> list[str] | None:
        m = None if hits is not None and not hits else self._has("contributor", "sentence", text, "search", hits)
        if not m or shapes.word_count(text) > 30:
            return None
        before = text[: m[1]].strip()
        before = OPENING_AND.sub("", CLOSING_ALSO.sub("", before))
        return self.parse_names(before)

    def _is_date_word(self, word: str) -> bool:
        return _is_date_word(self._concept_books["date_words"], word)

    def byline_names(self, text: str) -> list[str] | None:
        """The authors a page's byline element names ("By Jane Doe, Staff Writer",
        "Von Martin Schulze", a bare "Jane Doe"), or None when it names no one."""
        text = " ".join(text.split())
        if not text or len(text) > MAX_BYLINE_CHARS:
            return None
        roles = self.credit_line(text)
        if roles:
            names = [n for role, found in roles if role in ("byline", "contributor") for n in found]
            return names or None
        return self.parse_names(text)

    # -- datelines ---------------------------------------------------------------

    def is_dateline(self, text: str) -> bool:
        """A line holding a full date (day, month, year) and nothing else but date words."""
        return self.dateline_text(text) is not None

    def is_time_stamp(self, text: str) -> bool:
        """A time of day with date words and numbers alone: a post's stamp without its year
        ("Fri Dec 28, 7:05 AM ET"), which no dateline rule reads (no full date)."""
        if len(text) > MAX_STAMP_CHARS or not CLOCK_TIME.search(text):
            return False
        words = shapes.words(MERIDIEM.sub(r"\1m", text))
        return all(DIGIT.search(w) or self._is_date_word(w) for w in words)

    def dateline_text(self, text: str) -> str | None:
        """What a date parser reads of a dateline, its lead ("Updated", "Publié le") set
        aside; None when the line is no dateline."""
        if len(text) > 120 or not TWO_DIGITS.search(text) or not DAY_DATE.search(text):
            return None
        lead = self._has("dateline", "lead", text, "prefix")
        date = text[lead[1]:].lstrip(" :") if lead else text
        words = shapes.words(MERIDIEM.sub(r"\1m", date))
        return None if any(not DIGIT.search(w) and not self._is_date_word(w) for w in words) else date

    def _date_facts(self, text: str, language: str | None = None) -> tuple[tuple[str, str], ...]:
        for segment in SEGMENT_SPLIT.split(text):
            dateline = self.dateline_text(segment.strip())
            if dateline is not None:
                date = parse_date(dateline, language)
                if date:
                    return (("date", date),)
        return ()

    # -- photo credits and caption labels ---------------------------------------

    def photo_credit(self, text: str, hits: Hits | None = None) -> str | None:
        inner = unparenthesised(text)
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
        if not (rest[0].isupper() or rest[0] in "©(" or AGENCY_HINT.search(rest)):
            return None
        if shapes.ends_sentence(text) and sum(w[:1].islower() for w in rest.split()) > MAX_CREDIT_LOWER_WORDS:
            return None  # a sentence about the photographs, not their credit
        on = ON_PLATFORM.match(rest)
        if on and by_lead:
            rest = f"{on['who']}/{on['where']}"
        return rest

    def labelled_caption(self, text: str, hits: Hits | None = None) -> str | None:
        lead = self._has("caption", "label", text, "prefix", hits) or self._has("caption", "lead", text, "prefix", hits)
        if not lead:
            return None
        rest = text[lead[1]:].strip()
        return rest if 2 <= shapes.word_count(rest) <= 60 else None


@lru_cache(maxsize=4096)
def _is_date_word(book: PhraseBook, word: str) -> bool:
    """A month, weekday or date word (cached: the same few words come back)."""
    return bool(book.fullmatch("sentence", word, None, "date_words"))


def _name_parts(text: str) -> list[tuple[str, bool]]:
    """The parts of a name list, each with whether a bare comma sets it off from the one
    before (not "and", nor ", and": a place or a degree follows a comma only)."""
    parts: list[tuple[str, bool]] = []
    start, comma = 0, False
    for sep in NAME_SPLIT.finditer(text):
        parts.append((text[start:sep.start()].strip(), comma))
        comma, start = sep.group().strip() == ",", sep.end()
    parts.append((text[start:].strip(), comma))
    return [(part, comma) for part, comma in parts if part]
