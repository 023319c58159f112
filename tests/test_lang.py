"""The language packs against their schema and against the concepts the filters read."""

from __future__ import annotations

import dataclasses

import pytest

from newsclean import lang
from newsclean.lang import WORD_SLOTS, LanguagePack, packs
from newsclean.registry import CONCEPTS, check_packs

PACKS = sorted(packs())


@pytest.mark.parametrize("code", PACKS)
def test_every_pack_fills_every_slot_or_says_it_has_none(code: str) -> None:
    pack = packs()[code]
    for slot in WORD_SLOTS:
        value = getattr(pack, slot)
        assert value is None or isinstance(value, tuple), (code, slot)
        if value is not None:
            assert all(isinstance(w, str) and w == w.strip() and w for w in value), (code, slot, value)


def test_a_pack_without_a_slot_fails_when_it_is_made() -> None:
    with pytest.raises(TypeError, match="stopwords"):
        LanguagePack(code="xx", phrases={}, **{s: None for s in WORD_SLOTS if s != "stopwords"})  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="reader_words"):
        LanguagePack(code="xx", phrases={}, **{s: None for s in WORD_SLOTS} | {"reader_words": ["you"]})  # type: ignore[arg-type]


def _with_phrases(phrases: dict) -> dict[str, LanguagePack]:
    return {**packs(), "xx": dataclasses.replace(packs()["en"], code="xx", phrases=phrases)}


def test_an_unknown_family_or_concept_fails_naming_the_file_and_the_concept() -> None:
    with pytest.raises(ImportError, match=r"lang/xx\.py.*'paywal'"):
        check_packs(_with_phrases({"paywal": {"prompt": {"line": ["x"]}}}))
    with pytest.raises(ImportError, match=r"lang/xx\.py.*related has no concept 'read_nxt'"):
        check_packs(_with_phrases({"related": {"read_nxt": {"label": ["x"]}}}))


def test_a_concept_a_filter_reads_that_no_pack_defines_fails() -> None:
    renamed = {code: dataclasses.replace(p, phrases={f: {("tail_header_x" if c == "tail_header" else c): m for c, m in cs.items()}
                                                     for f, cs in p.phrases.items()}) for code, p in packs().items()}
    with pytest.raises(ImportError):
        check_packs(renamed)


def test_the_shipped_packs_pass_the_check_and_every_declared_concept_is_used() -> None:
    check_packs()
    defined = {(f, c) for p in packs().values() for f, cs in p.phrases.items() for c in cs}
    assert {(f, c) for f, cs in CONCEPTS.items() for c in cs} <= defined


def test_word_lists_merge_across_packs_once_each() -> None:
    merged = lang.words("reader_words")
    assert len(merged) == len(set(merged))
    for pack in packs().values():
        assert set(pack.reader_words or ()) <= set(merged)
    with pytest.raises(KeyError, match="no word list"):
        lang.words("reader_wrds")
