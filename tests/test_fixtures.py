"""Every fixture file: residue is cut (by the right family), body text survives
whole, metadata is found; negative cases come through with nothing cut."""

from __future__ import annotations

import pytest

import newsclean
from fixture_cases import LIST_SEPARATOR, Case, all_cases

CASES = all_cases()
LIST_FIELDS = {"authors", "editors", "contributors", "captions", "image_credits", "tags"}


def _paragraphs(body: str) -> set[str]:
    return set(body.split("\n\n"))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_kept_lines_survive_whole(case: Case) -> None:
    body = _paragraphs(newsclean.clean_text(case.text).body)
    missing = [line for line in case.kept if line not in body]
    assert not missing, f"body lost: {missing}"


@pytest.mark.parametrize("case", [c for c in CASES if not c.negative], ids=[c.id for c in CASES if not c.negative])
def test_residue_is_cut_by_its_family(case: Case) -> None:
    art = newsclean.clean_text(case.text)
    body = _paragraphs(art.body)
    for line in case.cut_by_family + case.cut_by_any:
        assert line not in body, f"not cut: {line!r}"
    for line in case.cut_by_family:
        by = [r.filter for r in art.removed if line in r.text]
        assert case.family in by, f"{line!r} cut by {by}, expected {case.family}"


@pytest.mark.parametrize("case", [c for c in CASES if c.negative], ids=[c.id for c in CASES if c.negative])
def test_negative_cases_lose_nothing(case: Case) -> None:
    art = newsclean.clean_text(case.text)
    assert art.removed == [], [(r.rule, r.text) for r in art.removed]


@pytest.mark.parametrize("case", [c for c in CASES if c.facts], ids=[c.id for c in CASES if c.facts])
def test_metadata(case: Case) -> None:
    art = newsclean.clean_text(case.text)
    for name, expected in case.facts.items():
        value = getattr(art, name)
        if name in LIST_FIELDS:
            assert value == (expected.split(LIST_SEPARATOR) if expected else []), name
        elif isinstance(value, bool):
            assert value == (expected.lower() == "true"), name
        else:
            assert value == (expected or None), name  # "= date:" with nothing after it: no date


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_removals_replay_and_cleaning_is_idempotent(case: Case) -> None:
    art = newsclean.clean_text(case.text)
    assert newsclean.replay(case.text, art.removed) == art.body
    assert newsclean.clean_text(art.body).body == art.body
