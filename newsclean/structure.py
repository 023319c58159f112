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
from dataclasses import dataclass
from typing import Protocol, Sequence

from . import lang, shapes, stamps

_STOPWORDS = frozenset(lang.words("stopwords"))
# An address a reader is sent to: an e-mail (also spelled "at" in brackets or quotes),
# a social handle, a web address.
_EMAIL = re.compile(r"[\w.+-]+(?:@|\s?[\[(\"']at[\])\"']\s?)[\w-]+(?:\.[\w-]+)+|(?<!\w)\(at\)\w{2,}", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,30}\b")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.[\w-]+\.\w{2,}", re.IGNORECASE)

#: Longest line that can be a header (a comment's "NAME at DATE" line).
HEADER_MAX_WORDS = 16
HEADER_MAX_CHARS = 160


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
        for m in stamps.CLOCK.finditer(text):
            if not m.start() or not text[m.start() - 1].isdecimal():
                continue
            i = bisect.bisect_right(starts, m.start()) - 1
            if i in out or len(blocks[i].text) > HEADER_MAX_CHARS:
                continue
            out[i] = stamps.stamp_form(lowered[i])
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
            dated = stamps.DATED_STAMP.search(stamp) is not None
            chain = stamps.longest_chain(members, min_gap=0 if dated else 1)
            chain = stamps.without_distant_first(chain)
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
            if stamps.names_vary([lowered[i] for i in chain], after_stamp=after_stamp):
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
        as stamps.names_vary reads them."""
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
        relaxed = not above or len(named) < len(lines)  # the names must then share a frame
        if relaxed and not stamps.frame_shared([self.doc.blocks[i].text.lower() for i in named]):
            return False
        return stamps.names_vary([lowered[i] for i in named], after_stamp=False)

    def _name_shaped(self, index: int) -> bool:
        """A short line with no stamp and no sentence end (an ellipsis aside: "Jane
        said..."): a commenter's name."""
        text = self.doc.blocks[index].text
        if (shapes.word_count(text) > stamps.MAX_NAME_WORDS + 2 or len(text) > HEADER_MAX_CHARS
                or stamps.STAMP.search(text)):
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
