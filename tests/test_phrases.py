"""The phrase data itself: well-formed, compiled, gated, and free of silent mistakes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex

import newsclean
from newsclean.patterns import LANGUAGES, MODES, _to_regex, compile_family, family_table
from newsclean.phrasebook import trim_decor
from newsclean.registry import CONCEPTS

PHRASE_FILES = sorted(p for p in (Path(newsclean.__file__).parent / "lang").glob("[a-z]*.py") if p.stem != "schema")
FAMILIES = sorted(CONCEPTS)  # declared by the filters that read them, not taken from the data


@pytest.mark.parametrize("path", PHRASE_FILES, ids=[p.stem for p in PHRASE_FILES])
def test_no_duplicate_keys(path: Path) -> None:
    """A repeated key in a dict literal silently drops the first list of patterns."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert len(keys) == len(set(keys)), f"{path.name}: duplicate keys {sorted(k for k in keys if keys.count(k) > 1)}"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_modes_are_known(lang: str) -> None:
    for family, concepts in LANGUAGES[lang].items():
        for concept, modes in concepts.items():
            assert set(modes) <= set(MODES), (family, concept, modes)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_pattern_compiles_and_most_are_gated(family: str) -> None:
    book = compile_family(family_table(family))
    assert book.phrases
    ungated = [p.pattern.pattern for p in book.phrases if p.factors is None]
    # a pattern without a literal runs on every block; keep those few and deliberate
    assert len(ungated) <= 1, ungated


def test_space_question_mark_is_optional_white_space() -> None:
    assert regex.fullmatch(_to_regex("sign ?up"), "signup")
    assert regex.fullmatch(_to_regex("sign ?up"), "sign up")
    assert regex.fullmatch(_to_regex("a  b"), "a \t b")
    assert regex.fullmatch(_to_regex("[a b]+"), "a b")  # spaces inside a class stay literal


def test_trim_decor() -> None:
    assert trim_decor("» Read more: «") == "Read more"
    assert trim_decor("Sign up!") == "Sign up"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_sentence_patterns_end_on_a_whole_word(lang: str) -> None:
    """Sentence mode adds a no-letter look-ahead: a pattern ending on one character
    class ("[\\p{Lu}]") could then never match inside a word like "Reuters"."""
    for family, concepts in LANGUAGES[lang].items():
        for concept, modes in concepts.items():
            for pattern in modes.get("sentence", ()):
                assert not regex.search(r"(?:\\p\{\w+\}|\[[^\]]*\])\)*$", pattern) or pattern.endswith("[oa]"), (family, concept, pattern)


WORST_CASES = [
    "a" * 20_000,
    "!?.,;:" * 3_000,
    "Sign up " * 2_500,
    "you " * 5_000,
    ("Read more: " * 1_000) + "x",
    "(" * 5_000 + ")" * 5_000,
    "1" * 20_000,
]


@pytest.mark.parametrize("family", FAMILIES)
def test_patterns_are_linear_on_worst_case_strings(family: str) -> None:
    """Every pattern finishes on long hostile strings well inside the match timeout
    (a pattern that backtracks would raise TimeoutError here)."""
    book = compile_family(family_table(family))
    for phrase in book.phrases:
        for text in WORST_CASES:
            phrase.pattern.search(text, timeout=2.0)
            phrase.pattern.fullmatch(text, timeout=2.0)


@pytest.mark.parametrize("family", FAMILIES)
def test_no_phrase_is_gated_by_one_latin_letter_or_digit(family: str) -> None:
    """A gate literal of one ASCII letter or digit is in nearly every line: the phrase
    would be asked of every block (a pattern like "(?:c\\)|c）)" reduces to "c")."""
    from newsclean.factors import MARKS

    book = compile_family(family_table(family))
    weak = [p.source for p in book.phrases
            if p.factors and all(len(f.lstrip(MARKS)) == 1 and f.lstrip(MARKS).isascii() and f.lstrip(MARKS).isalnum()
                                 for f in p.factors)]
    assert not weak, weak
