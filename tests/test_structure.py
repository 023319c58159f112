"""The structure layer on real text: block shapes, comment-header runs and zones.
The thread fixtures are the cases: every positive file has a header run after its
article, no negative file has one."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixture_cases import read_case
from newsclean import menus, shapes
from newsclean.frontends.text import document_from_text
from newsclean.structure import shape_of

THREADS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "thread").glob("*.txt"))


def test_prose_and_headline_shapes_differ() -> None:
    prose = shape_of("The council voted on Tuesday to extend the bike lane network by another twelve kilometres.")
    headline = shape_of("Council Extends Bike Lane Network")
    assert prose.sentence_end and not headline.sentence_end
    assert prose.stopword_share > headline.stopword_share
    assert headline.capitalised_share > prose.capitalised_share


@pytest.mark.parametrize("line, field", [
    ("David Bauder can be reached at dbauder(at)ap.org", "email"),
    ("Write to jane.doe@example.com", "email"),
    ("Follow me @ottotd", "handle"),
    ("More at www.example.org", "url"),
])
def test_addresses(line: str, field: str) -> None:
    shape = shape_of(line)
    assert getattr(shape, field) and shape.address


@pytest.mark.parametrize("line, menu", [
    ("Sport", True), ("Real Estate", True), ("NEWS & NUMBERS", True), ("Sport und Freizeit", True),
    ("Today's Corrections", True),
    ("Top Stories Today Now", False),  # four words
    ("2008 Preseason", False), ("Contact us.", False), ("the news", False), ("News:", False),
    ("市场新闻", False),  # no case: never a menu item
])
def test_menu_items(line: str, menu: bool) -> None:
    assert menus.is_menu_item(line) is menu


@pytest.mark.parametrize("line, furniture", [
    ("Home | Celebs | Gossip | Hip-Hop", True), ("IOL News \xa0|\xa0 IOL Sport \xa0|\xa0 IOL Jobs", True),
    ("VOA Home \t\t VOA English \t\t Regions/Topics", True), ("You are here: Site > Management > IT Pro", True),
    ("0)) { document.getElementById('box').src =", True), ("Wires\xa0>\xa0Sports - Wire\xa0>\xa0NHL - Wire", True),
    ("Update | Crash victims named", False),  # one bar: the headline's kicker
    ("Kanye / Taylor / Beyoncé: the feud explained", False), ("Oil > $100 as supply fears grow", False),
    ("Why 2 + 2 still makes four", False),
])
def test_navigation_or_code(line: str, furniture: bool) -> None:
    assert menus.is_navigation_or_code(line) is furniture


@pytest.mark.parametrize("line, reader", [
    ("Le conseil a voté l'extension du réseau de bus, selon le maire.", False),  # "du": German "you", French "of the"
    ("De gemeente besloot het busnet uit te breiden, zei de wethouder.", False),  # "te": French "you", Dutch "to"
    ("O prefeito falou nos jornais sobre o novo plano de transporte.", False),  # "nos": French "our", Portuguese "in the"
    ("Nous vous tiendrons informés de la suite.", True),
    ("Hast du Fragen? Schreib uns.", True),
    ("Wij houden jou op de hoogte.", True),
])
def test_reader_voice_is_not_another_languages_function_word(line: str, reader: bool) -> None:
    assert shapes.addresses_reader(line) is reader


def test_plain_text_has_no_address() -> None:
    assert not shape_of("The meeting ended at 5:30 pm with no agreement on the budget.").address


@pytest.mark.parametrize("path", THREADS, ids=[p.stem for p in THREADS])
def test_header_runs_only_after_an_article(path: Path) -> None:
    case = read_case(path)
    doc = document_from_text(case.text)
    runs = doc.structure.header_runs
    if case.negative or not case.cut_by_family:
        # none the thread filter takes on shape alone: a run with a body paragraph above
        # it and the names in its stamp lines (neg_en_you_guide_walks has no body
        # paragraph above, neg_en_walks_names_above has its names on the lines above);
        # a case whose only cuts are another family's (a comment link over a live blog)
        # guards the same way
        assert [r for r in runs if not r.named_apart and any(doc.is_prose(i) for i in range(r.headers[0]))] == []
    else:
        assert runs, "no header run found"
        if all(r.named_apart for r in runs) or not any(doc.is_prose(i) for i in range(runs[0].headers[0])):
            # no zones to check: the zones leave out runs of two-line headers, which the
            # thread filter takes under a section header only (en_name_above_stamp), and
            # there is no body paragraph above the thread (en_under_we_narrative)
            return
        first, last = doc.structure.core
        # the core ends before the thread: the comments are not the article's prose
        assert last < doc.structure.thread_start <= runs[0].headers[0]
        assert doc.structure.zone(len(doc.blocks) - 1) == "tail"
        assert doc.structure.zone(first) == "core"


def test_structure_is_computed_once_per_document() -> None:
    doc = document_from_text("A line.\n\nAnother line of text here.")
    assert doc.structure is doc.structure
