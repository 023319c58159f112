"""The shortcuts that stay agree with the plain forms they stand in for.

Each fast path (string methods instead of an anchored regex, a byte count instead of
a regex count, the literal gate before the regexes, a C-level element lookup) must
give the same answer as the slow form on any input; hypothesis searches for one
that does not, and the HTML fixtures are extracted both ways.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsclean import menus, shapes
from newsclean.frontends import decode, html
from newsclean.frontends.text import document_from_text
from newsclean.language import MIN_SAMPLE_CHARS, language_sample, model_language, stopword_language
from newsclean.factors import LINE_START, MARKS
from newsclean.model import _gate_form
from newsclean.patterns import LANGUAGES, compile_family, family_table
from newsclean.phrasebook import LINE_START_MODES, PhraseBook, lowered, trim_decor
from fixture_cases import all_cases
from test_properties import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
HTML_FIXTURES = sorted((ROOT / "fixtures" / "html").glob("*.html"))
#: Every distinct non-empty line of the text fixtures, stripped: real lines to check shortcuts on.
FIXTURE_LINES = sorted({line.strip() for case in all_cases() for line in case.text.splitlines()} - {""})

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
    assert decode.control_chars(text) == len(_CONTROL.findall(text))


@SETTINGS
@given(tricky.map(str.strip))
def test_gate_form_folds_like_split_and_join(text: str) -> None:
    assert _gate_form(text) == " ".join(text.lower().split())


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda p: p.name)
def test_parser_with_c_lookup_extracts_what_trafilaturas_loader_does(path: Path) -> None:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    text, _ = decode.page_text(path.read_bytes())

    def extracted(tree) -> str | None:
        if tree is None:
            return None
        found = bare_extraction(tree, include_comments=False, include_tables=True, with_metadata=False)
        return None if found is None or found.body is None else xmltotxt(found.body, include_formatting=False)

    ours = html.parse_html(text)
    assert (ours is None) == (load_html(text) is None)
    assert extracted(ours) == extracted(load_html(text))


# -- the gate: line-start literals, every literal requirement ------------------------------

def _line_start_books() -> list[PhraseBook]:
    """Every built-in family's phrases, as the gate sees them."""
    return [compile_family(family_table(name)) for name in sorted({f for lang in LANGUAGES.values() for f in lang})]


LINE_START_BOOKS = _line_start_books()
#: The literals phrases open with: what generated lines start with.
OPENERS = sorted({f.lstrip(MARKS) for book in LINE_START_BOOKS for p in book.phrases
                  if p.mode in LINE_START_MODES for f in (p.factors or ()) if f.startswith(LINE_START)})


def _opens_at_start(phrase, text: str) -> bool:
    if phrase.mode in ("label", "lead"):
        return bool(phrase.pattern.match(text))
    return bool(phrase.pattern.fullmatch(trim_decor(text)))


def _assert_gate_admits_openings(line: str, openings: list[int]) -> None:
    """Wherever a line-start phrase matches from an opening of the line, or a sentence
    phrase anywhere in it, its id is in the line's hits (the gate reads an opening
    literal only where a line opens, and wants every literal requirement present)."""
    for book in LINE_START_BOOKS:
        hits = set(book.scan(lowered(line)))
        for i, phrase in enumerate(book.phrases):
            if i in hits:
                continue
            if phrase.mode in LINE_START_MODES:
                for pos in openings:
                    assert not _opens_at_start(phrase, line[pos:]), (line, pos, phrase.pattern.pattern)
            else:
                assert not phrase.pattern.search(line), (line, phrase.pattern.pattern)


def _openings(line: str) -> list[int]:
    """Where rules read a line from: its start, and after punctuation (segments, sentences)."""
    out = [0]
    for m in regex.finditer(r"[^\p{L}\p{N}\s]\s*(?=[\p{L}\p{N}])", line):
        out.append(m.end())
    return out


opening_lines = st.tuples(
    st.text(alphabet=" •|»-–(\"'[:*#", max_size=3),
    st.sampled_from(OPENERS).map(lambda s: s.capitalize()) | st.sampled_from(OPENERS),
    st.sampled_from(["", ":", " ", ": Jane Doe", " by Jane Doe", " us", " more", "s", ".", " | Photo: AP", " 12"]),
    st.sampled_from(["", "Foto: dpa | ", "The storm hit. ", "word ", "Jane Doe; "]),
).map(lambda parts: (parts[3] + parts[0] + parts[1] + parts[2]).strip())  # a block is stripped (frontends.text)


@SETTINGS
@given(opening_lines)
def test_line_start_gate_admits_every_phrase_that_opens_a_line(line: str) -> None:
    _assert_gate_admits_openings(line, _openings(line))


def test_line_start_gate_admits_every_opening_in_the_fixtures() -> None:
    for line in (l for l in FIXTURE_LINES if len(l) <= 300):
        _assert_gate_admits_openings(line, _openings(line))


credit_like_lines = st.lists(st.sampled_from([
    "Foto:", "Photo:", "Photograph:", "Picture:", "Fotos:", "Illustration:", "photo credit:", "Image: Getty Images", "REUTERS/Jane Doe", "EPA-EFE/Max Muster", "(dpa)", "AFP/ck",
    "aja/PAP", "By", "Von", "Par", "Jane Doe", "Max Mustermann", "and", "|", "•", "·", "//", "12 March 2024", "March 12, 2024",
    "01.02.2023", "Tel.:", "+49 30 1234567", "jane@example.org", "contributed reporting.", "Additional reporting by",
    "AP", "/", ":", ")", "(", "Getty Images", "—", "Updated", "10:30", "is a senior writer at", "The", "storm", "hit.",
    "Caption:", "Bild:", "Editor:", "Redaktion:", "Stand:", "Contact", "Media contact:", "Kontakt:", "©",
]), min_size=1, max_size=8).map(" ".join)


# -- line splitting --------------------------------------------------------------------------

def _plain_lines(text: str) -> list[tuple[str, int]]:
    """The line walk as it was: find the next \\n or \\r, step over \\r\\n as one break."""
    out, pos, size = [], 0, len(text)
    while pos < size:
        n = text.find("\n", pos)
        r = text.find("\r", pos, n if n >= 0 else size)
        newline = r if r >= 0 else n
        if newline < 0:
            out.append((text[pos:], size))
            break
        out.append((text[pos:newline], newline))
        pos = newline + (2 if text.startswith("\r\n", newline) else 1)
    return out


@SETTINGS
@given(st.lists(st.sampled_from(["a", "b", " ", "\n", "\r", "\r\n", "\t", "- x", "* ", "|", "• ", "\x0b", "\u2028", "\x85"])).map("".join))
def test_blocks_are_the_stripped_nonempty_lines_with_their_offsets(text: str) -> None:
    from newsclean.frontends.text import document_from_text

    expected = []
    for line, _ in _plain_lines(text):
        if line.strip():
            expected.append(line.strip())
    blocks = document_from_text(text).blocks
    assert [b.text for b in blocks] == expected
    assert all(text[b.start:b.end] == b.text for b in blocks)


# -- word counts -------------------------------------------------------------------------

_PUNCT_TOKEN = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")  # the plain form: one regex over the text


def _assert_word_count_is_the_plain_count(text: str) -> None:
    tokens = text.split()
    cjk = sum(max(len(run) // 2 - 1, 0) for run in regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}]+", text))
    total = len(tokens) + cjk
    plain = total if total > 60 else total - len(_PUNCT_TOKEN.findall(text))
    assert shapes.word_count(text) == plain, text


@SETTINGS
@given(tricky | credit_like_lines | st.lists(st.sampled_from(["a", "_", "—", "(", ")", "“", "”", "1", "é", "①", " ", "\t", "-x-", "._."])).map("".join))
@example("— | • _ (a) “” 1")
def test_word_count_reads_only_tokens_without_a_word_character_at_either_end(text: str) -> None:
    _assert_word_count_is_the_plain_count(text)


def test_word_count_is_the_plain_count_on_fixture_lines() -> None:
    for line in FIXTURE_LINES:
        _assert_word_count_is_the_plain_count(line)


# -- literals derived from a pattern gate it (credit_patterns.Gated) -----------------------

def _assert_gated_patterns_admit_what_they_match(line: str) -> None:
    from newsclean.filters.credit_patterns import TRAILING_AGENCY, TRAILING_LABEL, TRAILING_PAREN

    for gated in (TRAILING_PAREN, TRAILING_LABEL, TRAILING_AGENCY):
        if gated.pattern.match(line):
            assert gated.could_match(lowered(line)), (line, gated.pattern.pattern)


caption_like_lines = st.lists(st.sampled_from([
    "Rescue teams at work.", "Photo:", "Photograph:", "Foto:", "Imagem:", "(", ")", "REUTERS/Jane Doe", "EPA-EFE/Max Muster",
    "AFP/Getty", "Jane Doe", "Getty Images", "credit:", "ILLUSTRATION:", "the storm", "|", "/", " ", "é", "Bild: dpa",
]), min_size=1, max_size=8).map(" ".join)


@SETTINGS
@given(caption_like_lines | tricky)
@example("Smoke over the harbour (Photo: REUTERS)")
@example("Rescue teams at work. PHOTOGRAPH: Getty Images")
def test_gated_caption_patterns_admit_every_line_they_match(line: str) -> None:
    _assert_gated_patterns_admit_what_they_match(line)


def test_gated_caption_patterns_admit_every_fixture_line_they_match() -> None:
    for line in FIXTURE_LINES:
        _assert_gated_patterns_admit_what_they_match(line)


def test_title_skips_only_blocks_that_cannot_be_stock_lines() -> None:
    """Title asks for a stock-line verdict only where the scan found a stock book's
    literal; every other block is no stock line by the plain verdict either."""
    from newsclean import DEFAULT_PIPELINE
    from newsclean.filters import Context
    from newsclean.filters.interface import is_stock_line
    from newsclean.frontends.text import document_from_text

    for case in all_cases():
        doc = document_from_text(case.text)
        ctx = Context(doc, (), DEFAULT_PIPELINE.scan(doc), DEFAULT_PIPELINE.services)
        for block in doc.blocks:
            plain = len(block.text) <= 400 and any(
                is_stock_line(book, block.text, None, 35) for book in DEFAULT_PIPELINE.services.stock["headline"])
            assert DEFAULT_PIPELINE.get("title")._is_stock_line(block, ctx) == plain, (case.id, block.text)


# -- language: the packs' stopwords answer first, py3langid (the plain form) the rest --

NEWSGOLD = ROOT.parent / "shared" / "corpus" / "newsgold.jsonl.xz"


def _language_samples(texts: list[str]) -> list[str]:
    samples = (language_sample(document_from_text(t)) for t in texts)
    return [s for s in samples if len(s) >= MIN_SAMPLE_CHARS]


def _assert_stopwords_agree_with_the_model(samples: list[str], least: int) -> None:
    answered = [(s, found) for s in samples if (found := stopword_language(s))]
    assert len(answered) >= least, f"the stopword shortcut answered only {len(answered)} of {len(samples)}"
    for sample, found in answered:
        assert found == model_language(sample), sample[:200]


def test_stopword_language_agrees_with_the_model_on_fixtures_and_seeds() -> None:
    texts = [c.text for c in all_cases()] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    _assert_stopwords_agree_with_the_model(_language_samples(texts), least=20)


@pytest.mark.skipif(not NEWSGOLD.exists(), reason="needs ../shared/corpus/newsgold.jsonl.xz")
def test_stopword_language_agrees_with_the_model_on_newsgold_bodies() -> None:
    import json
    import lzma

    with lzma.open(NEWSGOLD, "rt", encoding="utf-8") as handle:
        bodies = [json.loads(line)["body"] for n, line in enumerate(handle) if n % 3 == 0]  # every source
    _assert_stopwords_agree_with_the_model(_language_samples(bodies), least=300)


# -- the HTML token scan of frontends/bounds.py: unrolled loops for the lazy ".*?" ---------

_LAZY_TOKEN = re.compile(
    r"<script\b.*?(?:</script\s*>|\Z)|<style\b.*?(?:</style\s*>|\Z)|<!--.*?(?:-->|\Z)"
    r"""|<(/?)([A-Za-z][^\s/>]*)((?:[^>"'=]+|=\s*"[^"]*(?:"|\Z)|=\s*'[^']*(?:'|\Z)|[="'])*)>?""",
    re.DOTALL | re.IGNORECASE,
)
markup = st.lists(st.sampled_from(["<script>", "</script>", "</SCRIPT >", "<style x>", "</style>", "<!--", "-->", "--", "-",
                                   "<", ">", "</", "<p a=\"", "\"", "'", "=", " ", "x", "\n", "<!-- -->", "<a b='>'>"]),
                  max_size=30).map("".join)


def _tokens(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@SETTINGS
@given(markup)
@example("<script>a</scrip</script><!-- - -- --->x")
def test_html_token_scan_reads_what_the_lazy_form_reads(text: str) -> None:
    from newsclean.frontends.bounds import _TOKEN

    assert _tokens(_TOKEN, text) == _tokens(_LAZY_TOKEN, text)


def test_html_token_scan_reads_what_the_lazy_form_reads_on_the_html_fixtures() -> None:
    from newsclean.frontends.bounds import _TOKEN

    for path in HTML_FIXTURES:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _tokens(_TOKEN, text) == _tokens(_LAZY_TOKEN, text), path.name


# -- factors the parser's prefix sharing would hide; closing literals -----------------------

@pytest.mark.parametrize("pattern, opens, closes", [
    (r"(?:deel|delen)(?:\s+dit)?", {"deel", "delen"}, None),  # not "de": a key in nearly every line
    (r"^(?P<cap>.+?)\s*\((?P<credit>[^()]{3,160})\)\s*$", None, {")"}),
    (r"(?:AP|Reuters)\s*\Z", {"ap", "reuters"}, {"ap", "reuters"}),
    (r"ab\)?\s*$", {"ab"}, None),  # an optional closer: no closing literal
    (r"ab", {"ab"}, None),  # not anchored at the end
])
def test_factors_read_through_shared_prefixes_and_to_the_end(pattern: str, opens: set[str] | None,
                                                            closes: set[str] | None) -> None:
    from newsclean.factors import closing_factors, leading_factors

    lead = leading_factors(pattern)
    assert (None if lead is None else {f.lstrip(MARKS) for f in lead}) == opens
    assert (None if (c := closing_factors(pattern)) is None else set(c)) == closes


def test_results_kept_within_a_document_change_no_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each (pattern, text) runs once a document (budget.match_memo); with nothing kept
    every fixture and seed gives the same Article."""
    import newsclean
    from newsclean import phrasebook

    texts = [case.text for case in all_cases()] + [p.read_text() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    kept = [newsclean.clean_text(t).to_dict() for t in texts]
    monkeypatch.setattr(phrasebook, "match_memo", lambda: None)
    assert [newsclean.clean_text(t).to_dict() for t in texts] == kept


_menu_text = st.lists(st.text(alphabet="ab |•»\t-", max_size=12), max_size=8).map("\n".join)


@SETTINGS
@given(_menu_text)
@example("Home | News | Sport | Weather\n\nA paragraph.\n| Home |  | UK |  | Business |  | Audio |")
def test_separator_blocks_find_every_block_a_search_per_block_finds(text: str) -> None:
    """The source search block after block (related.separator_blocks) misses no block whose
    own text holds a menu separator, and yields only blocks whose span of the source holds one."""
    from newsclean.filters.related import separator_blocks

    doc = document_from_text(text)
    fast = list(separator_blocks(doc.source, doc.blocks))
    plain = [b.index for b in doc.blocks if menus.MENU_SEPARATOR_CHAR.search(b.text)]
    assert set(plain) <= set(fast) and fast == sorted(set(fast))
    assert all(menus.MENU_SEPARATOR_CHAR.search(doc.source, doc.blocks[i].start, doc.blocks[i].end) for i in fast)
    for k, block in enumerate(doc.blocks):  # a span from a block's start on, or up to it
        assert list(separator_blocks(doc.source, doc.blocks, block.start)) == [i for i in fast if i >= k]
        assert list(separator_blocks(doc.source, doc.blocks, 0, block.start)) == [i for i in fast if i < k]


def test_separator_blocks_agree_on_the_fixtures() -> None:
    from newsclean.filters.related import separator_blocks

    for case in all_cases():
        doc = document_from_text(case.text)
        plain = [b.index for b in doc.blocks if menus.MENU_SEPARATOR_CHAR.search(b.text)]
        assert set(plain) <= set(separator_blocks(doc.source, doc.blocks)), case.path.name


_code_text = st.lists(st.sampled_from(["document.write('<a href=x>');", "DoubleClick.net/ad;sz=300x250;ord=1", "OAS_AD('Top');",
                                        "var s_code=s.t();", "googletag.cmd.push(f);", "ad.host.com/x()", "if (a) {", "}",
                                        "Prose (with a call) ends here.", "Ünïcode İ text;", ""])
                      | st.text(alphabet="adoOS_=.()';<>xz 0", max_size=30), max_size=8).map("\n".join)


@SETTINGS
@given(_code_text)
@example("x=1;\n" + "A" * 1600 + ";\ndocument.write('<p>');")
def test_script_anchor_gate_admits_every_block_the_patterns_read_as_an_anchor(text: str) -> None:
    """script.anchor_candidates (a literal scan of the gate text) misses no block that
    ScriptFilter.is_anchor, asked of every block of reach, reads as an anchor."""
    from newsclean.filters.script import ScriptFilter, anchor_candidates

    doc = document_from_text(text)
    fast = anchor_candidates(doc.lowered_text)
    plain = [b.index for b in doc.blocks if len(b.text) <= ScriptFilter.max_code_chars and ScriptFilter.is_anchor(b.text)]
    assert set(plain) <= set(fast) and fast == sorted(set(fast))


def test_script_anchor_gate_agrees_on_the_fixtures() -> None:
    from newsclean.filters.script import ScriptFilter, anchor_candidates

    for case in all_cases():
        doc = document_from_text(case.text)
        plain = [b.index for b in doc.blocks if ScriptFilter.is_anchor(b.text)]
        assert set(plain) <= set(anchor_candidates(doc.lowered_text)), case.path.name
