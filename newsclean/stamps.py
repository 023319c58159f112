"""Date stamps and the names beside them: the pieces a thread's header runs are made
of (`structure.Structure.header_runs`). A stamp is read from digits alone; the packs'
date words (month and weekday names) are set aside when the names are compared.
"""

from __future__ import annotations

import re

import regex

from . import lang

# Month and weekday names and the little words of dates, from the packs' credits
# phrases: in a header they are part of the stamp, never the name beside it.
DATE_WORD = regex.compile("(?:%s)" % "|".join(
    p for pack in lang.packs().values()
    for p in pack.phrases.get("credits", {}).get("date_words", {}).get("sentence", ())), regex.IGNORECASE)
# A date or time stamp, from digits alone: a clock time, a numeric date, or a day
# number and a year with at most a month's name between ("22 March 2007", "Mar 22, 2007").
STAMP = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
                    r"|(?<![\d.])\d{1,2}([./])\d{1,2}\1\d{2,4}(?![\d.])|(?<![\d-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\d-])"
                    r"|(?<![\w.,])\d{1,2}(?:st|nd|rd|th|\.)?,?\s(?:[^\W\d_]{3,12}\.?,?\s)?(?:19|20)\d{2}(?![\d.,%])")
# a clock's colon and minutes; the digit before is checked by hand (a pattern opening
# with a look-behind is tried at every character: 30x slower on a page's text)
CLOCK = re.compile(r":\d\d")
_DIGIT_RUN = re.compile(r"\d+")
_WORD_RUN = re.compile(r"\ba(?: a\b)+")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A folded stamp (`stamp_form`) holding a date besides its clock time: two more digit runs.
DATED_STAMP = re.compile(r"0\D+0\D+0:0|0:0\D+0\D+0")

#: A chain's first member this many times farther from the next than the median is no header.
DISTANT_GAP_FACTOR = 3
#: Words after a dated stamp that can be the commenter's name.
MAX_NAME_WORDS = 3
#: Share of a run's header or name lines whose common words (or list mark) are the frame.
FRAME_SHARE = 0.8
_LIST_MARK = re.compile(r"\s*(?:[•*·\-–]|\d{1,3}[.)])\s")


def stamp_form(low: str) -> str:
    """The line's stamps and the words between them folded: every digit run 0, every word
    a; what stands before the first stamp is left out (it holds the name)."""
    m = STAMP.search(low)
    tail = low[m.start():] if m else low
    tail = _DIGIT_RUN.sub("0", tail)
    # a run of words is one "a": the name after a stamp ("on 25 Oct 2012 at 7:20 pm Jane
    # Doe") may have one word or three
    return _WORD_RUN.sub("a", " ".join(re.sub(r"[^\W\d_]+", "a", tail).split()))[:40]


def names_vary(lines: list[str], after_stamp: bool) -> bool:
    """Whether the headers name different people: before the stamps (and after them when
    `after_stamp`: the caller's headers share a dated stamp), once the words of
    the frame (in most headers: "posted", "by", the month) and the date's words are set
    aside, at least two different rests, and a rest in at least half the headers. A
    dated list, a timetable or a run of trackbacks repeats its frame with nothing, or
    the same thing, beside it."""
    rests = []
    for low in lines:
        stamps = list(STAMP.finditer(low))
        named = WORD.findall(low[:stamps[0].start()] if stamps else low)
        after = WORD.findall(low[stamps[-1].end():]) if stamps else []
        if after_stamp and len(after) <= MAX_NAME_WORDS:
            named += after  # "on 25 Oct 2012 at 7:20 pm Jane Doe" (a live blog's "10:32 Power is back" is no name)
        rests.append(frozenset(w for w in named if len(w) >= 2 and not DATE_WORD.fullmatch(w)))
    frame = _common(rests)
    named = [r - frame for r in rests if r - frame]
    return len(set(named)) >= 2 and 2 * len(named) >= len(lines)


def frame_shared(lines: list[str]) -> bool:
    """Whether most name lines (FRAME_SHARE) share a word or a list mark (bullets and
    numbers alike: "1. jane", "• bob" under it) besides the name ("… said..."): the
    frame a comment system prints around each commenter's name, which a list of
    headlines or authors lacks."""
    marks = {"\N{BULLET}"}  # any list mark: one frame
    return bool(_common([frozenset(WORD.findall(low)) | (marks if _LIST_MARK.match(low) else set()) for low in lines]))


def _common(token_sets: list[frozenset[str]]) -> frozenset[str]:
    """The tokens found in FRAME_SHARE of the sets or more: the frame the lines share."""
    counts: dict[str, int] = {}
    for tokens in token_sets:
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
    return frozenset(t for t, c in counts.items() if c >= FRAME_SHARE * len(token_sets))


def without_distant_first(chain: list[int]) -> list[int]:
    """The chain without its first member when that one stands much farther from the
    next than the members' usual distance: the article's dateline ("Aug 9, 2012 1:10 PM
    EDT") above the story, not the first of the thread's headers."""
    gaps = sorted(b - a for a, b in zip(chain[1:], chain[2:]))
    if len(gaps) >= 2 and chain[1] - chain[0] > DISTANT_GAP_FACTOR * gaps[len(gaps) // 2]:
        return chain[1:]
    return chain


def longest_chain(members: list[int], min_gap: int = 1, max_gap: int = 40) -> list[int]:
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
