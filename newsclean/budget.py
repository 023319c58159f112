"""A document's time budget: what the filters may spend on one document, and what was
skipped once it ran out.

newsclean's own code is linear in its input; what is not bounded by that is a
regular expression (a shipped phrase on text nobody foresaw, a user's phrase), each
already under its own timer (phrasebook.MATCH_TIMEOUT) but with no limit on how many
run. The budget is that limit. Phrase books know no document, so the budget reaches
them through a context variable set for the length of one `Pipeline.run` (each
thread and asyncio task sees its own; outside a run there is none): no signature
changes, and nothing is shared between documents.
"""

from __future__ import annotations

import math
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class Budget:
    """The clock of one document, and what was skipped or timed out under it."""

    seconds: float
    deadline: float
    skipped_filters: list[str] = field(default_factory=list)
    #: Phrase (concept, pattern) -> how many of its runs timed out (taken as "no match").
    timed_out: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Phrase runs not tried at all, the budget being spent (also "no match").
    untried: int = 0
    #: (pattern source, method, text) -> its result, for this document: half the runs of a
    #: document repeat one already made (a later pass, a stock-line test another
    #: family made), and a run under a timeout costs a CPU-clock read or two.
    matches: dict[tuple[str, str, str], object] = field(default_factory=dict)

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def notes(self) -> list[str]:
        """One line per kind of skip, for Article.notes."""
        out = []
        if self.skipped_filters or self.untried:
            skipped = [f"filters skipped: {', '.join(self.skipped_filters)}"] if self.skipped_filters else []
            untried = [f"{self.untried} phrase match(es) not tried"] if self.untried else []
            out.append(f"time budget of {self.seconds:g} s spent: " + "; ".join(untried + skipped))
        for (concept, pattern), count in self.timed_out.items():
            shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
            out.append(f"phrase {concept!r} taken as no match {count} time(s), out of time: {shown}")
        return out


_CURRENT: ContextVar[Budget | None] = ContextVar("newsclean_budget", default=None)


@contextmanager
def document_budget(seconds: float | None) -> Iterator[Budget]:
    """The budget of one document for the length of the block (None: no limit, but
    timeouts are still recorded). Inside an open one, that one is used."""
    current = _CURRENT.get()
    if current is not None:
        yield current
        return
    budget = Budget(math.inf if seconds is None else seconds, time.monotonic() + (math.inf if seconds is None else seconds))
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


def spent() -> bool:
    """Whether a budget is open and spent (no further pass is then begun)."""
    budget = _CURRENT.get()
    return budget is not None and budget.left() <= 0


def skip_filter(name: str) -> bool:
    """Whether the budget is spent, so the filter `name` is not run (and that is noted)."""
    budget = _CURRENT.get()
    if budget is None or budget.left() > 0:
        return False
    if name not in budget.skipped_filters:
        budget.skipped_filters.append(name)
    return True


def match_memo() -> dict[tuple[str, str, str], object] | None:
    """The open budget's pattern results (None outside a run: nothing is kept)."""
    budget = _CURRENT.get()
    return None if budget is None else budget.matches


def match_timeout(own: float) -> float:
    """The timeout of one pattern run: its own, or what the budget has left if less
    (0 when spent: the run is then not tried)."""
    budget = _CURRENT.get()
    return own if budget is None else max(min(own, budget.left()), 0.0)


def note_timeout(concept: str, pattern: str, tried: bool) -> None:
    """Record that a pattern run was taken as "no match" for want of time: it timed
    out (`tried`), or the budget was spent before it could start."""
    budget = _CURRENT.get()
    if budget is None:
        return
    if tried:
        key = (concept, pattern)
        budget.timed_out[key] = budget.timed_out.get(key, 0) + 1
    else:
        budget.untried += 1
