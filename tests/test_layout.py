"""Layout tables read as blocks (frontends/layout.py): on the layout pages in
fixtures/html/, the loose prose of a layout cell, and of the blocks inside it, reaches
trafilatura as paragraphs (a <div>'s loose text would be dropped); link runs stay loose."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsclean.frontends.layout import unwrap_layout_tables
from test_html import expectations, normalise

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures" / "html").glob("*layout_*.html"))


def paragraphs_after_unwrapping(page: Path) -> list[str]:
    tree = lxml_html.fromstring(page.read_bytes())
    notes: list[str] = []
    assert unwrap_layout_tables(tree, notes) > 0, "the page has no layout table"
    return [normalise(p.text_content()) for p in tree.iter("p")]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_prose_of_layout_cells_is_paragraphs(page: Path) -> None:
    expect = expectations(page)
    paragraphs = paragraphs_after_unwrapping(page)
    for text in expect.get("kept", []):
        if text.endswith("."):  # a sentence (table rows are kept as rows, not paragraphs)
            assert any(normalise(text) in p for p in paragraphs), f"not a paragraph: {text}"
    for text in expect.get("cut", []):
        assert not any(normalise(text) in p for p in paragraphs), f"made a paragraph: {text}"
