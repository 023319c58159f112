"""The shapes credit rules read: names, credit segments, captions with their credit,
contact lines, meta bars, datelines. Language words come from the language packs;
what holds in any language (agency names, name particles, punctuation) is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
import re
from types import MappingProxyType

import regex

from .. import lang
from ..factors import closing_factors, required_groups


@dataclass(frozen=True)
class Gated:
    """A regular expression with the literals any match of it holds (derived from the
    pattern by factors.required_groups, never written by hand): a text without them
    is not asked. `low` is the text's gate form (lower case, white space folded).
    `closers`: for a pattern anchored at the end, the literals one of which the text
    must end with (factors.closing_factors; empty: no such test)."""

    pattern: regex.Pattern
    groups: tuple[tuple[str, ...], ...]
    closers: tuple[str, ...] = ()

    @classmethod
    def compile(cls, source: str, flags: int = 0) -> Gated:
        return cls(regex.compile(source, flags), required_groups(source), tuple(sorted(closing_factors(source) or ())))

    def could_match(self, low: str) -> bool:
        for group in self.groups:  # loops, not all(any(...)): asked of most lines
            for lit in group:
                if lit in low:
                    break
            else:
                return False
        return not self.closers or low.rstrip().endswith(self.closers)


_JOINERS = lang.alternation(lang.words("name_joiners"))
_BYLINE_WORDS = "|".join(f"[{w[0].upper()}{w[0]}]{regex.escape(w[1:])}" for w in sorted(lang.words("byline_words")))
_PHOTO_WORDS = lang.words("photo_words")
_PHOTO_LABELS = lang.alternation(_PHOTO_WORDS)
# Agencies and picture libraries, as credits print them (names: the same in every language).
_AGENCIES = (
    r"AP|AFP|Reuters|Getty(?: Images)?|EPA|PA(?: Wire| Media)?|dpa|Shutterstock|iStock(?:photo)?|Alamy|Bloomberg|Sputnik"
    r"|Pool|Imago|picture alliance|Keystone|ANP|Xinhua|NurPhoto|SOPA|Sipa|ZUMA|Unsplash|Pexels|Wikimedia|Courtesy|Handout"
)
_SLASH_AGENCIES = r"REUTERS|AFP|AP|EPA(?:-EFE)?|DPA|dpa|XINHUA|ANADOLU|KEYSTONE|ANP|ANSA"
#: A photo credit alone on its line, with no label: the photographer or a source, then the
#: agency ("Orlando Barria / EPA", "Matt McClain/The Washington Post via Getty Images",
#: "Saul Loeb / AFP - Getty Images"), or the agency first, as AP prints it, in parentheses
#: or not, maybe with ", File" ("AP Photo/Evan Vucci, File"). An agency's name alone is
#: not enough: it is also how a list of companies reads. So a credit holds a slash or
#: " via ", or stands in parentheses ("(Getty Images)").
_CREDIT_NAME = r"\p{Lu}[\p{L}.'’\-]*+(?: \p{Lu}[\p{L}.'’\-]*+){0,3}"
_AGENCY_CREDIT = rf"(?i:{_AGENCIES})(?: Photos?| Images)?"
BARE_PHOTO_CREDIT = regex.compile(
    rf"(?:{_CREDIT_NAME} ?/ ?(?:[\p{{L}}.'’\- ]{{1,40}} via )?|[\p{{L}}.'’\-/ ]{{1,40}} via ){_AGENCY_CREDIT}(?: ?[-/] ?(?i:{_AGENCIES})(?: Images)?)?"
    rf"|{_AGENCY_CREDIT} ?/ ?{_CREDIT_NAME}(?:, File)?"
)
AGENCY_ALONE = regex.compile(_AGENCY_CREDIT)
#: Lower-case words inside personal names, in any language's text ("van", "bin", "de la").
NAME_PARTICLES = frozenset("van von de da del della der den du di dos das bin ibn al el la le ter zu y e of".split())

#: News agencies by the short names their sign-offs print, often in lower case ("dpa", "epd").
_WIRE_AGENCIES = "dpa|afp|ap|reuters|bloomberg|pap|kna|epd|apa|sda|ats|ansa|efe|ddp|dts|belga|anp|tass|xinhua"
#: A word of a name: capitalised, an initial, an agency as it writes itself ("Mit Material
#: von dpa"), or two to four Han characters (Chinese names have no case: "责任编辑：张三").
NAME_TOKEN = regex.compile(rf"\p{{Lu}}[\p{{L}}'’.\-]*|\p{{Lu}}\.|(?i:{_WIRE_AGENCIES})|\p{{Han}}{{2,4}}")
NAME_SPLIT = regex.compile(rf"\s*,\s*(?:(?:{_JOINERS})\s+)?|\s+(?:&|{_JOINERS})\s+", regex.IGNORECASE)
SEGMENT_SPLIT = regex.compile(
    r"\s*[;|•·]\s*|(?<=\p{Ll})\.\s+(?=\p{Lu})|\s+[–—]\s+"
    + (rf"|,\s+(?=\p{{L}}+(?:\s+\p{{L}}+){{0,2}}\s+(?:{_BYLINE_WORDS})\s)" if _BYLINE_WORDS else "")
)
SEGMENT_OPENERS = " \t,.;|•·"  # what SEGMENT_SPLIT and the segment strip drop before a first segment
TRAILING_PAREN = Gated.compile(r"^(?P<cap>.+?)\s*\((?P<credit>[^()]{3,160})\)\s*$")
TRAILING_LABEL = Gated.compile(
    rf"^(?P<cap>.+?[.!?…\"”])\s+(?:\(?)(?P<label>{_PHOTO_LABELS})\s*:\s*(?P<credit>[^.]{{2,100}}?)\)?\.?\s*$",
    regex.IGNORECASE,
)
TRAILING_AGENCY = Gated.compile(rf"^(?P<cap>.+?)\s+(?P<credit>(?:{_SLASH_AGENCIES})(?:/[\p{{L}}\p{{N}} .\-]+){{1,3}})\s*$")
CAPTION_DATE_TAIL = regex.compile(r",\s+(?:\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})\.?\s*$")
AGENCY_HINT = regex.compile(rf"/|\b(?:{_AGENCIES}|{lang.alternation(tuple(w.capitalize() for w in _PHOTO_WORDS))})\b")
PHOTO_WORD = regex.compile(rf"\b(?:{_PHOTO_LABELS})\b", regex.IGNORECASE)
ON_PLATFORM = regex.compile(
    rf"^(?P<who>.+?)\s+(?:{lang.alternation(lang.words('platform_words'))})\s+(?P<where>[\p{{Lu}}][\p{{L}}\p{{N}}.\- ]{{1,40}})$")
DIGIT = regex.compile(r"\d")
# A line that is only a phone number or an e-mail address (press-release tails).
CONTACT_LINE = regex.compile(
    rf"\s*(?:(?:{lang.alternation(lang.words('phone_labels'))})\.?:?\s*)?\+?[\d\s()/.\-]{{7,24}}\d\s*"
    r"|\s*(?:e-?mail:?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*",
    regex.IGNORECASE,
)
META_SEPARATORS = (" | ", " · ", " • ", " // ")
# the standard library's engine: for literals alone it is twice as fast as regex's, and this is asked of most blocks
_META_SEPARATOR = re.compile("|".join(re.escape(sep) for sep in META_SEPARATORS))
META_SPLIT = regex.compile(r"\s+[|·•]\s+|\s+//\s+")
#: The dash that sets a credit line off under the article ("—Jane Doe contributed to this
#: article.", "— Reporting by …", "-- AP"): typography, not part of the line.
LEAD_DASHES = ("—", "–", "-")
_LEAD_DASH = regex.compile(r"[—–]|-{1,2}(?=\s|\p{Lu})")


def undashed(text: str) -> str:
    """The line without a leading dash and the space after it (the line itself when none)."""
    m = _LEAD_DASH.match(text)
    rest = text[m.end():].lstrip() if m else text
    return rest or text


# A wire-service sign-off: "(dpa)", "aja/PAP", "kna/epd/tmg", "AFP/ck".
WIRE_SIGNOFF = regex.compile(
    rf"\(?(?:(?:[\p{{L}}]{{1,4}}/)*(?:{_WIRE_AGENCIES})(?:/[\p{{L}}]{{1,4}})*)\)?\.?"
    # the agencies' full names alone on a line: the byline of a wire story
    r"|(?:the )?associated press|agence france-presse|deutsche presse-agentur|press association|pa media|bloomberg news"
    r"|staff and agencies|agencies",
    regex.IGNORECASE,
)
_ORDINALS = lang.alternation(lang.words("ordinal_suffixes"))
# every date DAY_DATE finds holds two digits in a row (a year, or a day and a month
# number in a numeric date): lines without them, most of them, skip its search
TWO_DIGITS = re.compile(r"\d\d")
#: A time of day: "7:05", "19.30 Uhr" is not read (a number with a dot is a date's or a score's).
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d\d\b")
#: "a.m." / "p. m." as one word ("am"), which the word splitter would cut in two.
MERIDIEM = regex.compile(r"\b([ap])\.\s?m\.", regex.IGNORECASE)
# (a short lower-case word may join day, month and year: "3 de marzo de 2024"; the
# dateline check then wants it to be a date word)
DAY_DATE = regex.compile(
    rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\b\d{{1,2}}(?:{_ORDINALS})?\.?,?(?:\s+\p{{Ll}}{{1,3}})?\s+\p{{L}}{{3,}}\.?,?(?:\s+\p{{Ll}}{{1,3}})?\s+\d{{4}}\b"
    rf"|\b\p{{L}}{{3,}}\.?\s+\d{{1,2}}(?:{_ORDINALS})?,?\s+\d{{4}}\b"
)
PLACE_AFTER_NAME = regex.compile(rf"^(.+?)\s+(?:{lang.alternation(lang.words('place_words'))})\s+\p{{Lu}}[\p{{L}}\- ]*$")  # "Jane Doe in Kyiv"
#: What may follow a name after a bare comma and is no name of its own: a degree
#: ("LISA SANDERS, M.D.", "Brenda Goodman, MA"), or a generation, which stays with the
#: name ("Martin Luther King, Jr."). Latin abbreviations, printed so in every language.
DEGREES = frozenset("md m.d do phd ph.d dphil ma m.a ms m.s msc m.sc mba mph rn np rd rdn lcsw msw dds dvm esq cpa bsc b.sc ba b.a jd j.d llm ll.m".split())
GENERATIONS = frozenset("jr sr ii iii iv".split())
_AGENCY_WORD = regex.compile(rf"(?i:{_AGENCIES}|{_WIRE_AGENCIES})")


def after_name(part: str, name: str) -> str | None:
    """What a part of a name list set off by a bare comma is when it names no one:
    "generation", "degree", or "place": one capitalised word after a full name
    ("Jane O'Brien BBC, Washington", "Von Martin Schulze, Berlin"), not an agency
    ("Hilary Russ, Reuters") nor an acronym ("Josh Levs, CNN"). After a first name
    alone the word is a name too ("Anna, Peter"). Without a gazetteer a one-word
    co-author or outlet after a full name ("Jane Doe, Pat", "…, Axios") reads as a
    place too: on newsgold places there are far more common (docs/rules.md)."""
    word = part.rstrip(".").lower()
    if word in GENERATIONS:
        return "generation"
    if word in DEGREES:
        return "degree"
    if (" " not in part and " " in name and part[:1].isupper() and any(c.islower() for c in part)
            and not _AGENCY_WORD.fullmatch(part)):
        return "place"
    return None


CLOSING_ALSO = regex.compile(rf"\s+(?:(?:{lang.alternation(lang.words('also_words'))})\s+)?$")  # "Jane Doe also" (contributed reporting)
OPENING_AND = regex.compile(rf"^(?:(?:{_JOINERS})\s+)")
BIO_NAME = regex.compile(r"^(?:\p{Lu}[\p{L}'’\-]+\.?\s+){1,3}\p{Lu}[\p{L}'’\-]+\b")


def has_meta_separator(text: str) -> bool:
    """One of META_SEPARATORS is in the text: a metadata bar's segments."""
    return _META_SEPARATOR.search(text) is not None


def unparenthesised(text: str) -> str:
    """The text without white space around and one pair of enclosing parentheses
    (a full stop after the closing one goes with them)."""
    inner = text.strip()
    closed = inner[:-1] if inner.endswith(").") else inner
    if closed.startswith("(") and closed.endswith(")"):
        inner = closed[1:-1].strip()
    return inner


#: The window a dateline's date must fall in.
EARLIEST_DATE, LATEST_DATE = datetime(1990, 1, 1), datetime(2100, 1, 1)
#: htmldate's settings for its dateparser fallback (htmldate.extractors.get_external_parser).
DATEPARSER_SETTINGS = MappingProxyType({
    "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True, "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True,
})


#: A date written with slashes, "1/10/2008": month first in the US, day first in Britain.
_SLASH_DATE = regex.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def bare_photo_credit(text: str) -> str | None:
    """The credit when the line is BARE_PHOTO_CREDIT (asked only of lines with its slash
    or "via") or an agency alone in parentheses; None otherwise."""
    parenthesised = text.lstrip().startswith("(")
    if not (parenthesised or "/" in text or " via " in text):
        return None  # most lines: no credit can match
    inner = unparenthesised(text)
    if inner != text.strip() and AGENCY_ALONE.fullmatch(inner):  # it stood in parentheses
        return inner
    if ("/" in inner or " via " in inner) and BARE_PHOTO_CREDIT.fullmatch(inner):
        return inner
    return None


def slash_date(text: str) -> tuple[bool, str | None]:
    """(whether the text holds a slashed date, its ISO date). A day past 12 tells the
    order ("10/25/2008" is month first, "25/10/2008" day first); when both numbers are
    12 or less and differ, the date is one of two, and a wrong date is worse than none."""
    found = _SLASH_DATE.search(text)
    if found is None:
        return False, None
    first, second, year = (int(g) for g in found.groups())
    if second > 12:
        month, day = first, second
    elif first > 12 or first == second:
        month, day = second, first
    else:
        return True, None
    try:
        date = datetime(year, month, day)
    except ValueError:  # no such day ("2/30/2008")
        return True, None
    return True, date.strftime("%Y-%m-%d") if EARLIEST_DATE <= date <= LATEST_DATE else None


def parse_date(text: str, language: str | None = None) -> str | None:
    """An ISO date read from a dateline, or None (read_date)."""
    return read_date(text, language)[1]


def read_date(text: str, language: str | None = None) -> tuple[bool, str | None]:
    """(whether the text is a date, its ISO date when known): a slashed date by its own
    reading (slash_date), others by htmldate's own fast patterns, then by dateparser in
    the packs' languages (the text's language first), on the whole text or else on its
    day, month and year alone. htmldate's fallback would try all of dateparser's ~200
    locales, whose loading costs 1-3 s a process."""
    from htmldate.extractors import try_date_expr

    slashed, date = slash_date(text)
    if slashed:
        return True, date
    try:
        fast = try_date_expr(text, "%Y-%m-%d", False, EARLIEST_DATE, LATEST_DATE)
        if fast is not None:
            return True, fast
        parser = _date_parser(_date_languages(language))
        found = parser.get_date_data(text.strip()[:64])["date_obj"]
        day = DAY_DATE.search(text) if found is None else None
        if day is not None:  # the date alone, without the time the parser cannot read ("às 10h45", "hrs")
            found = parser.get_date_data(day.group())["date_obj"]
    except Exception:  # a date we cannot read is no date
        return False, None
    if found is None or not EARLIEST_DATE <= found <= LATEST_DATE:
        return False, None
    return True, found.strftime("%Y-%m-%d")


def _date_languages(first: str | None) -> tuple[str, ...]:
    codes = tuple(lang.packs())
    return (first, *(c for c in codes if c != first)) if first in codes else codes


@lru_cache(maxsize=16)
def _date_parser(languages: tuple[str, ...]):
    from dateparser import DateDataParser

    return DateDataParser(languages=list(languages), settings=dict(DATEPARSER_SETTINGS))


def credit_hinted(text: str) -> bool:
    """Parentheses that may hold a photo credit: an agency or a photo word, or a slash
    between names ("Jane Doe/The Daily Planet"); a slash among digits is a time or a
    date ("(Wed, Oct 31, 10am PT / 1pm ET)")."""
    hint = AGENCY_HINT.search(text)
    if hint is None:
        return False
    return hint.group() != "/" or AGENCY_HINT.search(text, hint.end()) is not None or DIGIT.search(text) is None
