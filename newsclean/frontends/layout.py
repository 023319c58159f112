"""Layout tables: a page built with <table> for layout is read as blocks, not as rows.

With tables included, trafilatura renders every table as rows of cells, so on a page
laid out by tables the menus, teasers and footers beside the article come through as
"| Home | Sports | ... |" rows, and the article itself as one row. A table recognised
by its shape as layout (one that holds another table, or a cell of several blocks of
text) becomes plain block containers, and each cell is judged like any other block
(link density, text length). Data tables (rows of short cells, <th> headers) keep
their rows. The evidence is the DOM's shape and text lengths only.

As rows, the cells' text was all kept, loose text too. As blocks, trafilatura drops a
block's loose text next to the page's paragraphs: an article written as loose text and
<br>s, or a lead paragraph typed before the first <p>, was lost. So in a layout table's
cells, and in the block containers inside them, runs of loose text become paragraphs
when one of the runs is prose; menus and link rows stay loose.
"""

from __future__ import annotations

from typing import Iterator

from lxml import etree

from ..shapes import ends_sentence, sentences

#: Block-level children: a cell holding several of them is laid out, not tabulated.
_BLOCK_TAGS = frozenset({"article", "blockquote", "center", "div", "dl", "form", "h1", "h2", "h3", "h4", "h5",
                         "h6", "ol", "p", "pre", "section", "table", "ul"})
_ROW_GROUPS = frozenset({"tbody", "thead", "tfoot"})
#: Text (characters) of a cell of several blocks that makes its table a layout table:
#: a key/value product table has blocks in its cells too, but a few words in them.
MIN_BLOCK_CELL_TEXT = 200
#: A run of loose text (outside the cell's blocks) is prose with this many characters
#: outside links, at most MAX_RUN_LINK_SHARE of its text in links, and a sentence end:
#: then the runs of its element become paragraphs. Other runs stay loose, as a <div>'s
#: loose text is for trafilatura (kept only on pages with little paragraph text):
#: menus, link rows, teasers.
MIN_PROSE_RUN = 100
MAX_RUN_LINK_SHARE = 0.3
#: Containers inside a layout cell whose loose text is judged as the cell's is.
_INNER_CONTAINERS = ("article", "blockquote", "center", "div", "form", "section")


def unwrap_layout_tables(tree: etree._Element, notes: list[str]) -> int:
    """Turn the page's layout tables into block containers; how many, also noted."""
    tables = list(tree.iter("table"))
    holding = {anc for t in tables if (anc := next(t.iterancestors("table"), None)) is not None}
    layout = [t for t in tables if _is_layout(t, t in holding)]
    for table in layout:
        for row in list(_rows(table)):
            for cell in row:
                if cell.tag in ("td", "th"):
                    for inner in [el for el in cell.iter(*_INNER_CONTAINERS) if el is not cell]:
                        if next(inner.iterancestors("table"), None) is table:  # not a nested table's
                            _paragraphs(inner)
                    _paragraphs(cell)
                    cell.tag = "div"
            row.tag = "div"
        for part in table:
            if part.tag in _ROW_GROUPS or part.tag == "caption":
                part.tag = "div"
        table.tag = "div"
    if layout:
        notes.append(f"html: {len(layout)} layout table(s) read as blocks, not rows")
    return len(layout)


def _is_layout(table: etree._Element, holds_table: bool) -> bool:
    """A table that holds another table, or a cell of several blocks with real text;
    never one with header cells of its own (a data table's mark)."""
    cells = [cell for row in _rows(table) for cell in row if cell.tag in ("td", "th")]
    if not cells or any(cell.tag == "th" for cell in cells):
        return False
    if holds_table:
        return True
    return any(sum(child.tag in _BLOCK_TAGS for child in cell) >= 2
               and len(" ".join("".join(cell.itertext()).split())) >= MIN_BLOCK_CELL_TEXT for cell in cells)


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    """The table's own rows (those of a nested table are not its own)."""
    for child in table:
        if child.tag == "tr":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from (row for row in child if row.tag == "tr")


def _paragraphs(element: etree._Element) -> None:
    """Wrap each run of the element's loose text and inline children in a <p>, if one
    of the runs is prose: as a <td> the element's text was all kept, as a <div> its loose
    text would be dropped next to the page's paragraphs."""
    runs: list[list[str | etree._Element]] = [[element.text or ""]]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
            runs.append([child.tail or ""])
        else:
            runs[-1].append(child)
    if not any(_is_prose(run) for run in runs):
        return
    children = list(element)
    text, element.text = element.text, None
    for child in children:
        element.remove(child)  # its tail goes with it
    para = _new_paragraph(element, text)
    for child in children:
        tail, child.tail = child.tail, None
        if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
            element.append(child)
            para = _new_paragraph(element, tail)
            continue
        if para is None:
            para = etree.SubElement(element, "p")
        para.append(child)
        if tail and tail.strip():  # blank text between the runs is dropped with the element's layout
            child.tail = tail


def _is_prose(run: list[str | etree._Element]) -> bool:
    """A run of sentences, not a menu: long enough outside its links, few links, a sentence end."""
    text = " ".join("".join(_run_text(run)).split())
    if len(text) < MIN_PROSE_RUN:
        return False
    linked = sum(len(" ".join(a.text_content().split())) for item in run
                 if not isinstance(item, str) for a in item.iter("a"))
    if len(text) - linked < MIN_PROSE_RUN or linked > MAX_RUN_LINK_SHARE * len(text):
        return False
    return ends_sentence(text) or len(sentences(text)) > 1


def _run_text(run: list[str | etree._Element]) -> Iterator[str]:
    for item in run:
        if isinstance(item, str):
            yield item
        else:
            if isinstance(item.tag, str):
                yield from item.itertext()
            yield item.tail or ""


def _new_paragraph(cell: etree._Element, text: str | None) -> etree._Element | None:
    """A new <p> at the cell's end holding `text`, or None if the text is blank."""
    if not text or not text.strip():
        return None
    para = etree.SubElement(cell, "p")
    para.text = text
    return para
