"""The document's structure: each block's shape, runs of same-shaped header lines,
and the zones (head above the article's prose, the core where it runs, the tail).

Computed once per Document, lazily (`Document.structure`), and read by every filter
through its `Context`. The evidence is language-independent first (length, sentence
ends, stopword density, capitals, digits, addresses, date stamps); the packs' word
lists only sharpen it. A block's shape is computed when a rule first asks for it; the
one pass over all blocks is a single regex search of the lowered text for stamps.
"""

from __future__ import annotations

import bisect
import re

import regex
from dataclasses import dataclass
from typing import Protocol, Sequence

from . import lang, shapes

_STOPWORDS = frozenset(lang.words("stopwords"))
# Month and weekday names and the little words of dates, from the packs' credits
# phrases: in a header they are part of the stamp, never the name beside it.
_DATE_WORD = regex.compile("(?:%s)" % "|".join(
    p for pack in lang.packs().values()
    for p in pack.phrases.get("credits", {}).get("date_words", {}).get("sentence", ())), regex.IGNORECASE)
# A date or time stamp, from digits alone: a clock time, a numeric date, or a day
# number and a year with at most a month's name between ("22 March 2007", "Mar 22, 2007").
_STAMP = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
                    r"|(?<![\d.])\d{1,2}([./])\d{1,2}\1\d{2,4}(?![\d.])|(?<![\d-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\d-])"
                    r"|(?<![\w.,])\d{1,2}(?:st|nd|rd|th|\.)?,?\s(?:[^\W\d_]{3,12}\.?,?\s)?(?:19|20)\d{2}(?![\d.,%])")
# a clock's colon and minutes; the digit before is checked by hand (a pattern opening
# with a look-behind is tried at every character: 30x slower on a page's text)
_CLOCK = re.compile(r":\d\d")
_DIGIT_RUN = re.compile(r"\d+")
_WORD_RUN = re.compile(r"\ba(?: a\b)+")
# An address a reader is sent to: an e-mail (also spelled "at" in brackets or quotes),
# a social handle, a web address.
_EMAIL = re.compile(r"[\w.+-]+(?:@|\s?[\[(\"']at[\])\"']\s?)[\w-]+(?:\.[\w-]+)+|(?<!\w)\(at\)\w{2,}", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,30}\b")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.[\w-]+\.\w{2,}", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A folded stamp (`_stamp_form`) holding a date besides its clock time: two more digit runs.
_DATED_STAMP = re.compile(r"0\D+0\D+0:0|0:0\D+0\D+0")

#: Longest line that can be a header (a comment's "NAME at DATE" line).
HEADER_MAX_WORDS = 16
HEADER_MAX_CHARS = 160
#: A chain's first member this many times farther from the next than the median is no header.
DISTANT_GAP_FACTOR = 3
#: Words after a dated stamp that can be the commenter's name.
MAX_NAME_WORDS = 3
#: Share of name lines that must share their frame (a word or a list mark).
FRAME_SHARE = 0.8
_LIST_MARK = re.compile(r"\s*(?:[•*·\-–]|\d{1,3}[.)])\s")


class _Block(Protocol):
    text: str


class Document(Protocol):
    """What the structure reads of a `model.Document` (which holds its Structure, so
    this module cannot import it)."""

    blocks: Sequence[_Block]
    lowered: tuple[str, ...]
    lowered_text: tuple[str, tuple[int, ...]]

    def is_prose(self, index: int) -> bool: ...


@dataclass(frozen=True, slots=True)
class Shape:
    """What one block looks like, read from its text alone."""

    words: int
    sentence_end: bool
    stopword_share: float
    capitalised_share: float
    digit_share: float
    email: bool
    handle: bool
    url: bool

    @property
    def address(self) -> bool:
        """It names somewhere to write, follow or go."""
        return self.email or self.handle or self.url


def has_address(text: str) -> bool:
    """An e-mail address, a handle or a URL in the text (without the rest of its shape)."""
    return bool(_EMAIL.search(text) or _HANDLE.search(text) or _URL.search(text))


def shape_of(text: str) -> Shape:
    """The block's shape (one pass over its words)."""
    tokens = text.split()
    n = len(tokens) or 1
    stop = caps = 0
    for token in tokens:
        word = token.strip("\"'“”‘’«»()[],.;:!?").lower()
        stop += word in _STOPWORDS
        caps += token[:1].isupper()
    digits = sum(c.isdigit() for c in text) if len(text) < 400 else 0
    return Shape(
        words=shapes.word_count(text),
        sentence_end=shapes.ends_sentence(text),
        stopword_share=stop / n,
        capitalised_share=caps / n,
        digit_share=digits / max(1, len(text)),
        email=bool(_EMAIL.search(text)),
        handle=bool(_HANDLE.search(text)),
        url=bool(_URL.search(text)),
    )


@dataclass(frozen=True, slots=True)
class HeaderRun:
    """Lines of one shape repeating with other lines between them: a thread's headers.

    `headers` are the block indexes; `stamp` the shape of the date they share;
    `leading` whether each header stands above its
    text (else below it, as "Posted by: NAME | DATE" does)."""

    stamp: str
    headers: tuple[int, ...]
    leading: bool
    #: where the names stand when not on the stamp's line: "above" each stamp ("Jane Doe
    #: says:", then "October 27, 2012 at 3:19 am", then the comment), or "below" the
    #: one before, opening the next comment ("Jane Doe said...", the comment, then the
    #: stamp); `headers` leaves those lines out
    names: str = ""

    @property
    def named_apart(self) -> bool:
        """The names stand on lines of their own (the thread filter asks for a section header)."""
        return bool(self.names)


class Structure:
    """Shapes, header runs and zones of one Document (see the module doc)."""

    __slots__ = ("doc", "_shapes", "_stamped", "_runs", "_core")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._shapes: dict[int, Shape] = {}
        self._stamped: dict[int, str] | None = None
        self._runs: tuple[HeaderRun, ...] | None = None
        self._core: tuple[int, int] | None = None

    def shape(self, index: int) -> Shape:
        found = self._shapes.get(index)
        if found is None:
            found = self._shapes[index] = shape_of(self.doc.blocks[index].text)
        return found

    # -- header runs -------------------------------------------------------------------

    def stamped(self) -> dict[int, str]:
        """Short blocks holding a time of day -> the shape of their stamp. (A header
        tells the time it was posted: the search looks for a clock's colon, a literal
        the regex engine skips to, and reads the blocks it finds one in.) Computed once:
        the header runs and the credits' listed dates both read it."""
        if self._stamped is None:
            self._stamped = self._find_stamped()
        return self._stamped

    def _find_stamped(self) -> dict[int, str]:
        text, starts = self.doc.lowered_text
        out: dict[int, str] = {}
        blocks, lowered = self.doc.blocks, self.doc.lowered
        for m in _CLOCK.finditer(text):
            if not m.start() or not text[m.start() - 1].isdecimal():
                continue
            i = bisect.bisect_right(starts, m.start()) - 1
            if i in out or len(blocks[i].text) > HEADER_MAX_CHARS:
                continue
            out[i] = _stamp_form(lowered[i])
        return out

    @property
    def header_runs(self) -> tuple[HeaderRun, ...]:
        """Runs of at least three header-shaped lines of one stamp shape, each with at least one
        other line between it and the next (a thread: header, comment, header, ...)."""
        if self._runs is None:
            self._runs = tuple(self._find_runs())
        return self._runs

    def _find_runs(self) -> list[HeaderRun]:
        blocks = self.doc.blocks
        groups: dict[str, list[int]] = {}
        for i, stamp in self.stamped().items():
            text = blocks[i].text
            if shapes.word_count(text) > HEADER_MAX_WORDS or shapes.ends_sentence(text):
                continue
            groups.setdefault(stamp, []).append(i)
        runs = []
        for stamp, members in groups.items():
            if len(members) < 3:
                continue
            # headers with nothing between are a thread whose comments the extractor
            # dropped, when they tell a date besides the time (a list of scores or
            # times of day has none)
            dated = _DATED_STAMP.search(stamp) is not None
            chain = _longest_chain(members, min_gap=0 if dated else 1)
            chain = _without_distant_first(chain)
            if len(chain) < 3:
                continue
            # a comment's header tells the time it was posted; a source line or a
            # dated list under a table does not
            # a name after a dated stamp counts only with text under each header: a
            # dated list ("Fri 12 Oct 2024 at 8:00 pm Berlin" line after line) names places
            after_stamp = dated and all(b - a > 1 for a, b in zip(chain, chain[1:]))
            if "0:0" not in stamp:
                continue
            lowered = self.doc.lowered
            if _names_vary([lowered[i] for i in chain], after_stamp=after_stamp):
                names = ""
            elif dated and self._names_apart(chain, above=True):
                names = "above"
            elif dated and self._names_apart(chain, above=False):
                names = "below"
            else:
                continue
            after_last = len(blocks) - 1 - chain[-1]
            widest = max(b - a - 1 for a, b in zip(chain, chain[1:]))
            leading = names != "below" and 1 <= after_last <= widest
            runs.append(HeaderRun(stamp, tuple(chain), leading=leading, names=names))
        return sorted(runs, key=lambda r: r.headers[0])

    def _names_apart(self, chain: list[int], above: bool) -> bool:
        """Whether a dated stamp's names stand on lines of their own: a short line with
        no stamp and no sentence end ("Jane Doe says:", "• broper", "Jane said...")
        right `above` every stamp (two in three when the names share a frame: a reply
        whose name the page put elsewhere has none), or else right below the stamps
        before the last, opening the next comment, two in three at least and sharing a
        frame ("said...": a live blog's stamp, headline, text repeat that shape with no
        frame); a line at least between one stamp and the next, and the names varying
        as _names_vary reads them."""
        lowered = self.doc.lowered
        if chain[0] == 0 or any(b - a < 2 for a, b in zip(chain, chain[1:])):
            return False
        lines = [i - 1 for i in chain] if above else [i + 1 for i in chain[:-1]]
        named: list[int] = []
        for n, i in enumerate(lines):  # stops at the first unnamed line past one in three
            if self._name_shaped(i):
                named.append(i)
            elif 3 * (n + 1 - len(named)) > len(lines):
                return False
        if len(named) < 3:
            return False
        if (not above or len(named) < len(lines)) and not _frame_shared([self.doc.blocks[i].text.lower() for i in named]):
            return False
        return _names_vary([lowered[i] for i in named], after_stamp=False)

    def _name_shaped(self, index: int) -> bool:
        """A short line with no stamp and no sentence end (an ellipsis aside: "Jane
        said..."): a commenter's name."""
        text = self.doc.blocks[index].text
        if shapes.word_count(text) > MAX_NAME_WORDS + 2 or len(text) > HEADER_MAX_CHARS or _STAMP.search(text):
            return False
        return not shapes.ends_sentence(text) or text.rstrip().endswith(("...", "…"))

    # -- zones -------------------------------------------------------------------------

    @property
    def core(self) -> tuple[int, int]:
        """First and last prose block of the article (a thread's comments not counted):
        (len, -1) when there is no prose."""
        if self._core is None:
            # from each end inwards: a few blocks are read, not every block's prose test
            doc, n = self.doc, len(self.doc.blocks)
            first = next((i for i in range(n) if doc.is_prose(i)), n)
            end = self.thread_start
            if first >= end:  # no prose above the thread (or none at all): its first paragraph
                self._core = (first, first) if first < n else (n, -1)
            else:
                self._core = (first, next(i for i in range(end - 1, first - 1, -1) if doc.is_prose(i)))
        return self._core

    @property
    def thread_start(self) -> int:
        """Where the first comment thread begins (the number of blocks if none)."""
        runs = self.header_runs
        n = len(self.doc.blocks)
        if not runs:
            return n
        first = next((r for r in runs if not r.named_apart), None)  # those need a section header (the thread filter)
        if first is None:
            return n
        if first.leading:
            return first.headers[0]
        gap = min(b - a - 1 for a, b in zip(first.headers, first.headers[1:]))
        return max(0, first.headers[0] - gap)

    def zone(self, index: int) -> str:
        """'head' above the article's first prose block, 'tail' below its last, else 'core'."""
        first, last = self.core
        return "head" if index < first else "tail" if index > last else "core"


def _stamp_form(low: str) -> str:
    """The line's stamps and the words between them folded: every digit run 0, every word
    a; what stands before the first stamp is left out (it holds the name)."""
    m = _STAMP.search(low)
    tail = low[m.start():] if m else low
    tail = _DIGIT_RUN.sub("0", tail)
    # a run of words is one "a": the name after a stamp ("on 25 Oct 2012 at 7:20 pm Jane
    # Doe") may have one word or three
    return _WORD_RUN.sub("a", " ".join(re.sub(r"[^\W\d_]+", "a", tail).split()))[:40]


def _names_vary(lines: list[str], after_stamp: bool) -> bool:
    """Whether the headers name different people: before the stamps (and after them when
    `after_stamp`: the caller's headers share a dated stamp), once the words of
    the frame (in most headers: "posted", "by", the month) and the date's words are set
    aside, at least two different rests, and a rest in at least half the headers. A
    dated list, a timetable or a run of trackbacks repeats its frame with nothing, or
    the same thing, beside it."""
    rests = []
    for low in lines:
        stamps = list(_STAMP.finditer(low))
        named = _WORD.findall(low[:stamps[0].start()] if stamps else low)
        after = _WORD.findall(low[stamps[-1].end():]) if stamps else []
        if after_stamp and len(after) <= MAX_NAME_WORDS:
            named += after  # "on 25 Oct 2012 at 7:20 pm Jane Doe" (a live blog's "10:32 Power is back" is no name)
        rests.append(frozenset(w for w in named if len(w) >= 2 and not _DATE_WORD.fullmatch(w)))
    counts: dict[str, int] = {}
    for rest in rests:
        for w in rest:
            counts[w] = counts.get(w, 0) + 1
    frame = frozenset(w for w, c in counts.items() if c >= 0.8 * len(lines))
    named = [r - frame for r in rests if r - frame]
    return len(set(named)) >= 2 and 2 * len(named) >= len(lines)


def _frame_shared(lines: list[str]) -> bool:
    """Whether most name lines (FRAME_SHARE) share a word or a list mark (bullets and
    numbers alike: "1. jane", "• bob" under it) besides the name ("… said..."): the
    frame a comment system prints around each commenter's name, which a list of
    headlines or authors lacks."""
    counts: dict[str, int] = {}
    for low in lines:
        tokens = set(_WORD.findall(low)) | ({"\N{BULLET}"} if _LIST_MARK.match(low) else set())  # any list mark: one frame
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
    return any(c >= FRAME_SHARE * len(lines) for c in counts.values())


def _without_distant_first(chain: list[int]) -> list[int]:
    """The chain without its first member when that one stands much farther from the
    next than the members' usual distance: the article's dateline ("Aug 9, 2012 1:10 PM
    EDT") above the story, not the first of the thread's headers."""
    gaps = sorted(b - a for a, b in zip(chain[1:], chain[2:]))
    if len(gaps) >= 2 and chain[1] - chain[0] > DISTANT_GAP_FACTOR * gaps[len(gaps) // 2]:
        return chain[1:]
    return chain


def _longest_chain(members: list[int], min_gap: int = 1, max_gap: int = 40) -> list[int]:
    """The longest sequence of members each min_gap+1..max_gap+1 blocks after the one before."""
    best: list[int] = []
    chain: list[int] = []
    for i in members:
        if chain and min_gap <= i - chain[-1] - 1 <= max_gap:
            chain.append(i)
        else:
            chain = [i]
        if len(chain) > len(best):
            best = list(chain)
    return best
