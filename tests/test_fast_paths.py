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
from hypothesis import example, given
from hypothesis import strategies as st

from newsclean import html, shapes
from newsclean.factors import LINE_START, MARKS
from newsclean.filters.title import _may_fold_to_start
from newsclean.model import _gate_form
from newsclean.patterns import LANGUAGES, LINE_START_MODES, PhraseBook, compile_family, family_table, lowered, trim_decor
from fixture_cases import all_cases
from test_properties import JUNK, PROSE, SETTINGS

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
).map(lambda parts: parts[3] + parts[0] + parts[1] + parts[2])


@SETTINGS
@given(opening_lines)
def test_line_start_gate_admits_every_phrase_that_opens_a_line(line: str) -> None:
    _assert_gate_admits_openings(line, _openings(line))


def test_line_start_gate_admits_every_opening_in_the_fixtures() -> None:
    for line in (l for l in FIXTURE_LINES if len(l) <= 300):
        _assert_gate_admits_openings(line, _openings(line))


# -- credits reads only the lines some rule could take, with only those rules ----------------

_PROSE = "The council met on Tuesday and voted to approve the new budget for the coming year after a long debate."
credit_like_lines = st.lists(st.sampled_from([
    "Foto:", "Photo:", "Photograph:", "Picture:", "Fotos:", "Illustration:", "photo credit:", "Image: Getty Images", "REUTERS/Jane Doe", "EPA-EFE/Max Muster", "(dpa)", "AFP/ck",
    "aja/PAP", "By", "Von", "Par", "Jane Doe", "Max Mustermann", "and", "|", "•", "·", "//", "12 March 2024", "March 12, 2024",
    "01.02.2023", "Tel.:", "+49 30 1234567", "jane@example.org", "contributed reporting.", "Additional reporting by",
    "AP", "/", ":", ")", "(", "Getty Images", "—", "Updated", "10:30", "is a senior writer at", "The", "storm", "hit.",
    "Caption:", "Bild:", "Editor:", "Redaktion:", "Stand:", "Contact", "Media contact:", "Kontakt:", "©",
]), min_size=1, max_size=8).map(" ".join)


def _assert_credits_candidates_hold_every_taken_line(line: str) -> None:
    from newsclean import DEFAULT_PIPELINE
    from newsclean.filters import Context
    from newsclean.filters.credits import MAX_CREDIT_CHARS
    from newsclean.text import document_from_text

    doc = document_from_text("\n".join([line, _PROSE, line, _PROSE, line]))
    ctx = Context(doc, (), DEFAULT_PIPELINE.scan(doc))
    credits = DEFAULT_PIPELINE.get("credits")
    gated = ctx.hits_of(credits.book)
    candidates = dict(credits._candidates(ctx, gated))
    for block in doc.blocks:
        hits = gated.get(block.index, ())
        led = bool(hits) and len(block.text) <= MAX_CREDIT_CHARS and credits._opens_with_lead(block.text, hits)
        for after_contact in (False, True):
            every_rule = credits._classify(block, ctx, set(), hits, led, after_contact)
            if every_rule:
                assert block.index in candidates, (block.index, block.text)
                assert credits._classify(block, ctx, set(), hits, led, after_contact, candidates[block.index]) == every_rule


@SETTINGS
@given(credit_like_lines | tricky.map(lambda s: " ".join(s.split())).filter(bool))
@example("Flooded streets in Valencia EPA-EFE/Kai Foersterling")
@example("Rescue teams at work. Photo: Jane Doe")
@example("Rescue teams at work. Photograph: Getty Images")
@example("Smoke over the harbour (Photo: REUTERS)")
@example("kna/epd")
@example("jane.doe@example.org")
@example("Jane Doe is a senior writer at the paper and covers energy policy, climate and the housing market in the region.")
def test_credits_candidates_hold_every_line_a_rule_takes(line: str) -> None:
    _assert_credits_candidates_hold_every_taken_line(line)


def test_credits_candidates_hold_every_fixture_line_a_rule_takes() -> None:
    for line in FIXTURE_LINES:
        _assert_credits_candidates_hold_every_taken_line(line)


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
    from newsclean.text import document_from_text

    expected = []
    for line, _ in _plain_lines(text):
        if line.strip():
            expected.append(line.strip())
    blocks = document_from_text(text).blocks
    assert [b.text for b in blocks] == expected
    assert all(text[b.start:b.end] == b.text for b in blocks)


@SETTINGS
@given(st.lists(st.sampled_from(["a", " ", "|", "·", "•", "/", "//", " | "])).map("".join))
def test_meta_separator_test_spells_out_the_separator_list(text: str) -> None:
    from newsclean.filters.credits import _META_SEPARATORS, has_meta_separator

    assert has_meta_separator(text) == any(sep in text for sep in _META_SEPARATORS)


def _assert_credit_prechecks_hold(line: str) -> None:
    """Whatever a credits pattern matches, the cheap test run before it lets through."""
    from newsclean.filters import credits as c

    if c._TRAILING_LABEL.match(line):
        assert c._PHOTO_LABEL.search(line.lower()) and c._PHOTO_LABEL.search(lowered(line)), line
    if c._TRAILING_AGENCY.match(line):
        assert c._AGENCY_SLASH.search(line), line
    if c._CAPTION_DATE_TAIL.search(line):
        assert c._ends_with_year(line), line
    if c._DAY_DATE.search(line):
        assert c._TWO_DIGITS.search(line), line


@SETTINGS
@given(credit_like_lines | tricky)
@example("Rescue teams at work. Photograph: Getty Images")
@example("Flooded streets in Valencia EPA-EFE/Kai Foersterling")
@example("The mayor at the opening, March 12, 2024.")
def test_credit_prechecks_admit_what_the_patterns_match(line: str) -> None:
    _assert_credit_prechecks_hold(line)


def test_credit_prechecks_admit_every_fixture_line_the_patterns_match() -> None:
    for line in FIXTURE_LINES:
        _assert_credit_prechecks_hold(line)


# -- whole-line phrases spelled out as sets of strings ---------------------------------------

def _spelled_phrases() -> list:
    books = [compile_family(family_table(family)) for lang in LANGUAGES.values() for family in lang]
    return [p for book in dict.fromkeys(books) for p in book.phrases if p.literals is not None]


SPELLED = _spelled_phrases()
SPELLED_STRINGS = sorted({s for p in SPELLED for s in p.literals})



def _assert_spelling_is_fullmatch(text: str) -> None:
    """Where the lookup is used (ASCII, printable, no double space), it is the regex's answer."""
    if not (text.isascii() and text.isprintable() and "  " not in text):
        return
    for phrase in SPELLED:
        assert (text.lower() in phrase.literals) == bool(phrase.pattern.fullmatch(text)), (phrase.pattern.pattern, text)


def test_phrases_are_spelled_out_where_the_language_is_finite() -> None:
    assert len(SPELLED) > 100  # whole-line phrases of plain words, of every family


def test_spelled_phrases_answer_as_their_patterns_on_their_own_strings_bent() -> None:
    """Each phrase's strings, with spaces dropped, doubled or made dashes, a tail added,
    in upper or title case: near misses are where a wrong spelling shows."""
    for phrase in SPELLED:
        for spelled in phrase.literals:
            for space in ("", " ", "  ", "-"):
                for tail in ("", "s", " ", "x", ".", " now"):
                    bent = spelled.replace(" ", space) + tail
                    for text in (bent.upper(), bent.title()):
                        if text.isascii() and text.isprintable() and "  " not in text:
                            assert (text.lower() in phrase.literals) == bool(phrase.pattern.fullmatch(text)), (phrase.pattern.pattern, text)


def test_spelled_phrases_answer_as_their_patterns_on_fixture_lines() -> None:
    for line in FIXTURE_LINES:
        _assert_spelling_is_fullmatch(trim_decor(line))


# -- a later pass skips the filters that say they are settled ----------------------------

_BIO = "Jane Doe is a senior writer at the paper and covers energy policy, climate and the housing market in the region."
_SETTLING_LINES = [*JUNK, *PROSE, _PROSE, _BIO, "Media contact:", "+49 30 1234567", "jane@example.org", "Run Windows on Mac",
                   "Gehöre zum Inventar", "Politik", "By Jane Doe | 12 March 2024", "The storm hit the coast (Photo: REUTERS)"]
settling_document = (st.lists(st.sampled_from(_SETTLING_LINES) | credit_like_lines, max_size=30).map("\n".join)
                     | st.lists(st.sampled_from(_SETTLING_LINES), max_size=30).map("\n\n".join))


def _settled_claims(text: str) -> list[tuple[str, bool, list]]:
    """After the first pass: for each position-reading filter, whether it says it is
    settled, and what it finds when run anyway on the surviving blocks."""
    from newsclean import DEFAULT_PIPELINE as pipe
    from newsclean.model import Article
    from newsclean.pipeline import _is_settled
    from newsclean.text import document_from_text

    doc = document_from_text(text)
    findings, ran = pipe._find(doc, None, None)
    owner = pipe._apply(doc, findings, Article())
    cut = frozenset(i for i, o in enumerate(owner) if o is not None)
    if not cut:
        return []
    later = [f for f in pipe.filters if getattr(f, "reads_position", False)]
    _, full = pipe._find(doc.keeping([i for i in range(len(doc.blocks)) if i not in cut]), later, None)
    claims, now = [], []
    for f in later:
        new = full[f.name][1]
        claims.append((f.name, _is_settled(f, ran, cut, tuple(now)), new))
        now.extend(new)
    return claims


def _assert_settled_filters_find_nothing(text: str) -> list[tuple[str, bool, list]]:
    claims = _settled_claims(text)
    for name, settled, new in claims:
        assert not settled or not new, (name, [(f.rule, f.first) for f in new], text)
    return claims


@SETTINGS
@given(settling_document)
@example("Politik\nRun Windows on Mac\nShare this article\n" + _PROSE + "\n" + _PROSE)
@example("\n".join(["12 March 2024", "Run Windows on Mac", PROSE[0], "Run Windows on Mac", PROSE[1], PROSE[2], PROSE[5], _PROSE]))  # the date goes, then a headline shows
@example(_PROSE + "\nWhat happened next\nRead more: " + PROSE[5] + "\n" + _BIO)  # the link goes, then the bio sits under no prose
@example(_PROSE + "\nMedia contact:\nAdvertisement\n+49 30 1234567")
@example(_PROSE + "\n" + PROSE[0] + "\n12 March 2024\nRead more: " + PROSE[5])  # the last prose goes, the date is in the tail
def test_a_settled_filter_finds_nothing_on_the_surviving_blocks(text: str) -> None:
    _assert_settled_filters_find_nothing(text)


def test_a_settled_filter_finds_nothing_on_the_fixtures_and_seeds() -> None:
    texts = [case.text for case in all_cases()] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    verdicts = {settled for text in texts for _, settled, _ in _assert_settled_filters_find_nothing(text)}
    assert verdicts == {True, False}  # both answers are exercised


# -- word counts -------------------------------------------------------------------------

_PUNCT_TOKEN = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")  # the plain form: one regex over the text


def _assert_word_count_is_the_plain_count(text: str) -> None:
    tokens = text.split()
    plain = len(tokens) if len(tokens) > 60 else len(tokens) - len(_PUNCT_TOKEN.findall(text))
    assert shapes.word_count(text) == plain, text


@SETTINGS
@given(tricky | credit_like_lines | st.lists(st.sampled_from(["a", "_", "—", "(", ")", "“", "”", "1", "é", "①", " ", "\t", "-x-", "._."])).map("".join))
@example("— | • _ (a) “” 1")
def test_word_count_reads_only_tokens_without_a_word_character_at_either_end(text: str) -> None:
    _assert_word_count_is_the_plain_count(text)


def test_word_count_is_the_plain_count_on_fixture_lines() -> None:
    for line in FIXTURE_LINES:
        _assert_word_count_is_the_plain_count(line)
