"""The per-document time budget, and user phrases checked when they are added (issue 17)."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar, Iterable

import pytest

import newsclean
from newsclean import Filter, Finding
from newsclean.filters.newsletter import NewsletterFilter
from newsclean.patterns import LANGUAGES, MAX_PHRASE_CHARS, _phrase_problem, compile_family, dead_end, freeze_family
from newsclean.phrasebook import MATCH_TIMEOUT, PhraseBook

PROSE = "The council met on Tuesday and agreed the budget for the coming year after a long debate."


@dataclass(frozen=True)
class Sleepy(Filter):
    """A filter that takes `seconds` on every document (a stand-in for a slow rule)."""

    name: ClassVar[str] = "sleepy"
    seconds: float = 0.3

    def find(self, ctx) -> Iterable[Finding]:
        time.sleep(self.seconds)
        return ()


@dataclass(frozen=True)
class Backtracking(NewsletterFilter):
    """The newsletter filter with a catastrophic phrase compiled in, past the check
    that with_phrases makes (as a shipped phrase on unforeseen text would be)."""

    @cached_property
    def book(self) -> PhraseBook:
        return compile_family(freeze_family({"signup": {"sentence": ["(?:a|a)+y"]}}))


def test_a_spent_budget_skips_the_rest_and_says_which() -> None:
    pipeline = dataclasses.replace(newsclean.DEFAULT_PIPELINE, time_budget=0.2).with_filter(Sleepy(), after="title")
    art = pipeline.clean_text(f"{PROSE}\nSign up for our newsletter")
    assert "Sign up for our newsletter" in art.body  # the newsletter filter never ran
    notes = [n for n in art.notes if n.startswith("time budget of 0.2 s spent")]
    assert len(notes) == 1 and "filters skipped: credits, media" in notes[0] and "newsletter" in notes[0]


def test_the_default_budget_does_not_touch_a_normal_document() -> None:
    art = newsclean.clean_text(f"{PROSE}\nSign up for our newsletter")
    assert art.body == PROSE and art.notes == []
    assert newsclean.DEFAULT_PIPELINE.time_budget == 10.0


def test_a_backtracking_phrase_is_stopped_by_the_budget_and_noted() -> None:
    # twenty different blocks: a run on a text already tried is not run again (budget.match_memo)
    text = "\n".join(["a" * (1400 + k) + " y" for k in range(20)] + ["Sign up for our newsletter"])
    pipeline = newsclean.Pipeline(filters=(Backtracking(),), time_budget=1.0)
    start = time.perf_counter()
    art = pipeline.clean_text(text)
    elapsed = time.perf_counter() - start
    # 20 blocks at MATCH_TIMEOUT each would be 5 s or more; the budget stops it near 1 s
    # (regex checks its timer now and then, so a run overshoots it a little)
    assert elapsed < 1.0 + 6 * MATCH_TIMEOUT, elapsed
    assert any(n.startswith("time budget of 1 s spent") and "not tried" in n for n in art.notes), art.notes
    assert any(n.startswith("phrase 'signup' taken as no match") for n in art.notes), art.notes


def test_a_text_that_timed_out_is_not_tried_again_in_the_same_document() -> None:
    text = "\n".join(["a" * 1400 + " y"] * 20)
    art = newsclean.Pipeline(filters=(Backtracking(),), time_budget=None).clean_text(text)
    assert art.notes == [f"phrase 'signup' taken as no match 1 time(s), out of time: {Backtracking().book.phrases[0].source}"]


def test_without_a_budget_timeouts_are_still_noted() -> None:
    pipeline = newsclean.Pipeline(filters=(Backtracking(),), time_budget=None)
    art = pipeline.clean_text("a" * 1400 + " y")
    assert art.notes == [f"phrase 'signup' taken as no match 1 time(s), out of time: {Backtracking().book.phrases[0].source}"]


# -- user phrases: refused when added, with a one-line reason --------------------------------

BAD_PHRASES = [
    ("(?:a|a)+y", "sentence", "backtracks catastrophically"),
    ("(a+)+b", "line", "backtracks catastrophically"),
    (r"(\w+\s?)+$", "line", "backtracks catastrophically"),
    ("a" * 20_000, "line", f"longer than {MAX_PHRASE_CHARS} characters"),
    ("get the (daily pigeon", "line", "not a valid pattern (missing ) at position 21)"),
    ("", "line", "a phrase is a non-empty string"),
    ("   ", "button", "a phrase is a non-empty string"),
    (5, "line", "a phrase is a non-empty string"),
    ("sign up\ud800", "line", "holds a control character or a lone surrogate"),
    ("sign\x00up", "line", "holds a control character or a lone surrogate"),
    (r"was this article helpful\?", "line", "ends on punctuation, which a whole line is matched without"),
    (r"reacties \(\d{1,6}\)", "header", "ends on punctuation, which a whole line is matched without"),
    (r"sign up for (?!your\b)", "sentence", "ends on a space, which the word boundary after a sentence phrase"),
]


@pytest.mark.parametrize("pattern, mode, reason", BAD_PHRASES, ids=[b[2].split()[0] + str(i) for i, b in enumerate(BAD_PHRASES)])
def test_a_bad_phrase_fails_when_added(pattern: object, mode: str, reason: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ValueError) as caught:
        newsclean.DEFAULT_PIPELINE.with_phrases("newsletter", {"pigeon": {mode: [pattern]}})
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"phrase newsletter.pigeon ({mode}) ")
    assert reason in message, message
    assert time.perf_counter() - start < 5.0  # the 20,000-character literal once compiled in 119 s


def test_an_unknown_mode_fails_when_added() -> None:
    with pytest.raises(ValueError, match="unknown phrase mode 'lin'"):
        newsclean.DEFAULT_PIPELINE.with_phrases("newsletter", {"pigeon": {"lin": ["get the daily pigeon"]}})


def test_a_good_phrase_is_accepted_and_used() -> None:
    pipeline = newsclean.DEFAULT_PIPELINE.with_phrases("newsletter", {"pigeon": {"line": [r"get the daily pigeon(?: now)?"]}})
    art = pipeline.clean_text(f"{PROSE}\nGet the Daily Pigeon now")
    assert art.body == PROSE and [r.rule for r in art.removed] == ["newsletter.pigeon"]


def test_a_long_literal_within_the_bound_compiles_and_runs_quickly() -> None:
    phrase = "a" * MAX_PHRASE_CHARS
    start = time.perf_counter()
    art = newsclean.DEFAULT_PIPELINE.with_phrases("newsletter", {"pigeon": {"sentence": [phrase]}}).clean_text(f"{PROSE}\n{phrase}")
    assert art.body == PROSE
    assert time.perf_counter() - start < 10.0


def test_no_shipped_phrase_has_a_dead_end() -> None:
    """Every shipped phrase can match where its mode reads it (the cheap part of the check, on all of them)."""
    shipped = {(mode, p) for pack in LANGUAGES.values() for concepts in pack.values()
               for modes in concepts.values() for mode, patterns in modes.items() for p in patterns}
    assert [(mode, p) for mode, p in sorted(shipped) if dead_end(mode, p)] == []


def test_shipped_phrases_pass_the_check() -> None:
    """The check refuses shapes, not phrases like ours: every shipped one passes it, so a
    user may start a table from any of them."""
    shipped = sorted({(mode, p) for pack in LANGUAGES.values() for concepts in pack.values()
                      for modes in concepts.values() for mode, patterns in modes.items() for p in patterns})
    assert [(mode, p[:60]) for mode, p in shipped if _phrase_problem(mode, p)] == []
