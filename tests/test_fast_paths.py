"""The speed work's shortcuts agree with the plain forms they stand in for.

Each fast path (string methods instead of an anchored regex, a byte count instead of
a regex count, a cheap reject before folding, a C-level element lookup) must give
the same answer as the slow form on any input; hypothesis searches for one that
does not, and the HTML fixtures are extracted both ways.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import html, shapes
from newsclean.filters.title import _may_fold_to_start
from newsclean.model import _gate_form
from newsclean.patterns import trim_decor
from test_properties import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
HTML_FIXTURES = sorted((ROOT / "fixtures" / "html").glob("*.html"))

# The plain forms, as they were before the shortcuts.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*\s*$")
_TERMINAL = regex.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")
_TRIM = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Text rich in what the shortcuts must get right: closing quotes and brackets,
# decor, control characters, combining marks, ligatures, non-ASCII letters, spaces.
tricky = st.text(alphabet=st.sampled_from(list("aZ9 .!?…:;\"'”’»)]([«„-—|•\t\n\x00\x1f\x7f\xa0é\u0301ﬁÜß①")) | st.characters(),
                 max_size=40)


@SETTINGS
@given(tricky)
def test_sentence_ends_read_from_the_tail(text: str) -> None:
    assert shapes.ends_sentence(text) == bool(_SENTENCE_END.search(text))
    assert shapes.ends_with_punctuation(text) == bool(_TERMINAL.search(text))


@SETTINGS
@given(tricky)
def test_trim_decor_equals_the_two_sided_regex(text: str) -> None:
    assert trim_decor(text) == _TRIM.sub("", text)


@SETTINGS
@given(tricky)
def test_control_characters_counted_on_bytes(text: str) -> None:
    assert html._control_chars(text) == len(_CONTROL.findall(text))


@SETTINGS
@given(tricky.map(str.strip))
def test_gate_form_folds_like_split_and_join(text: str) -> None:
    assert _gate_form(text) == " ".join(text.lower().split())


@SETTINGS
@given(tricky, tricky)
def test_echo_reject_never_rejects_a_possible_echo(text: str, title: str) -> None:
    folded_title = shapes.fold(title)
    if folded_title and shapes.fold(text).startswith(folded_title[0]):
        assert _may_fold_to_start(text, folded_title[0])


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda p: p.name)
def test_parser_with_c_lookup_extracts_what_trafilaturas_loader_does(path: Path) -> None:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    text, _ = html.decode(path.read_bytes())

    def extracted(tree) -> str | None:
        if tree is None:
            return None
        found = bare_extraction(tree, include_comments=False, include_tables=True, with_metadata=False)
        return None if found is None or found.body is None else xmltotxt(found.body, include_formatting=False)

    ours = html.parse_html(text)
    assert (ours is None) == (load_html(text) is None)
    assert extracted(ours) == extracted(load_html(text))
