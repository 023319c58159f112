"""HTML front end: decode a page, parse it, read its metadata (page_meta.py), prune the junk containers
(dom.py), extract the main content with trafilatura, and hand back the Document the
filters read, with the DOM cuts and notes. It never runs the filters: the pipeline
does, on what this returns.

The page is parsed once, by lxml, the way trafilatura's own loader does it; the
pruned tree goes straight into trafilatura, so pruning costs a walk over the
elements, not a second parse. beautifulsoup4 does what it is best at here: deciding the
character set of raw bytes (decode.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from lxml import etree
from lxml import html as lxml_html

from ..automaton import without_surrogates
from ..model import Document, DocumentMeta, Removal
from .bounds import FLAT_DEPTH, MAX_ATTRIBUTES, PARSER_MAX_DEPTH, bound_crowded, cap_attributes, flatten_nesting, reached_depth_limit
from .byline import BylineReader, find_byline
from .decode import page_text
from .dom import prune_tree
from .layout import unwrap_layout_tables
from .page_meta import page_metadata, split_tags, story_title
from .text import document_from_text


#: Pages larger than this are cut before parsing (characters).
MAX_HTML_CHARS = 5_000_000
#: Longer link texts are not kept as evidence of link lines (a link around a whole teaser block).
MAX_LINK_CHARS = 300
#: Libraries that log the parse trouble of a page at WARNING/ERROR (see quiet_parser_logs).
PARSER_LOGGERS = ("trafilatura", "htmldate", "courlan")
#: (caption, credit) of a figure caption that may end with its credit.
CaptionSplitter = Callable[[str], tuple[str, str | None]]


@dataclass(frozen=True)
class HtmlPage:
    """What the front end made of a page: the Document for the filters, the containers
    pruned before extraction, and notes; or, with no Document, the error."""

    document: Document | None
    removed: tuple[Removal, ...] = ()
    notes: tuple[str, ...] = ()
    error: str | None = None


def read_html(html: bytes | str, url: str | None, split_caption: CaptionSplitter,
              read_byline: BylineReader | None = None) -> HtmlPage:
    """A raw page as a Document. Never raises on bad input: the error is in the result.

    `split_caption` parts a figure caption from its credit, `read_byline` reads the
    names of a byline element: the caller's credit rules (the front end knows no filter).
    """
    if not isinstance(html, (bytes, bytearray, str)):
        raise TypeError(f"clean_html() expects str or bytes, got {type(html).__name__}")
    text, error = page_text(bytes(html) if isinstance(html, bytearray) else html)
    if text is None:
        return HtmlPage(None, error=error)
    notes: list[str] = []
    clean = without_surrogates(text)
    if clean is not text:  # libxml2 stops at a lone surrogate: the rest of the page would be lost
        notes.append("lone surrogate code points in the page read as U+FFFD")
        text = clean
    if len(text) > MAX_HTML_CHARS:
        notes.append(f"page cut to its first {MAX_HTML_CHARS:,} characters")
        text = text[:MAX_HTML_CHARS]
    try:
        return _read_page(text, url, split_caption, read_byline, notes)
    except RecursionError:
        return HtmlPage(None, notes=tuple(notes), error="page too deeply nested to process")
    except Exception as exc:  # a parser crash on hostile markup must not stop a pipeline
        return HtmlPage(None, notes=tuple(notes), error=f"could not process page: {type(exc).__name__}: {exc}"[:300])


def _read_page(text: str, url: str | None, split_caption: CaptionSplitter, read_byline: BylineReader | None,
               notes: list[str]) -> HtmlPage:
    from trafilatura import bare_extraction
    from trafilatura.utils import normalize_unicode

    tree = _bounded_tree(text, notes)
    if tree is None:
        return HtmlPage(None, notes=tuple(notes), error="not HTML: the parser found no document")
    found = page_metadata(tree, url)  # before pruning: author boxes hold metadata too
    prunes = prune_tree(tree, notes)
    prunes += bound_crowded(tree, notes)
    unwrap_layout_tables(tree, notes)
    removed = tuple(p.removal() for p in prunes)
    byline = find_byline(tree, read_byline) if read_byline is not None and not found.author else None
    extracted = bare_extraction(tree, url=url, include_comments=False, include_tables=True, with_metadata=False)
    if extracted is None or extracted.body is None:
        return HtmlPage(None, removed, tuple(notes), error="no article text found")
    # the body's text as bare_extraction wrote it (its python format), in NFC as
    # trafilatura.extract returns it: a page's mix of composed and decomposed letters
    # reads as one spelling
    body_text = normalize_unicode(extracted.text or "")
    links = frozenset(normalize_unicode(t) for t in link_texts(tree))  # as the body is; extraction leaves the tree as it was
    if byline is not None and normalize_unicode(byline.text) not in " ".join(body_text.split()):
        removed += (Removal("html.dom", "html.dom.byline", "byline", byline.text, None, None),)
    heads = {normalize_unicode(" ".join("".join(h.itertext()).split())): _heading_rank(h.get("rend"))
             for h in extracted.body.iter("head")}
    captions = [split_caption(p.text) for p in prunes if p.concept == "caption"]
    lang = tree.get("lang") or None
    title, page_title = story_title(found.title or None, tree.findtext(".//title"), found.sitename or None, body_text, heads)
    meta = DocumentMeta(
        title=title,
        subtitle=found.description or None,
        authors=tuple(a.strip() for a in (found.author or "").split(";") if a.strip()) or (byline.names if byline else ()),
        date=found.date or None,
        site_name=found.sitename or None,
        url=found.url or url,
        language=lang.split("-")[0].lower() if lang else None,
        section=(found.categories or [None])[0],
        tags=tuple(split_tags(found.tags)),
        captions=tuple(c for c, _ in captions),
        image_credits=tuple(credit for _, credit in captions if credit),
        description=found.description or None,
        image=found.image or None,
        hostname=found.hostname or None,
        categories=tuple(found.categories or ()),
        license=found.license or None,
        page_type=found.pagetype or None,
        page_title=page_title,
    )
    doc = document_from_text(body_text, meta=meta, headings=heads, origin="html", links=links)
    return HtmlPage(doc, removed, tuple(notes))


def _heading_rank(rend: str | None) -> int:
    """2 for trafilatura's <head rend="h2">; 0 when it does not say."""
    return int(rend[1]) if rend and len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 0


def link_texts(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """The texts of the page's links (white space folded): an extracted line that is
    all of one is a link, evidence of a link list that the text alone does not carry."""
    out = set()
    for a in tree.iter("a"):
        if a.get("href"):
            text = " ".join(a.text_content().split())
            if 0 < len(text) <= MAX_LINK_CHARS:
                out.add(text)
    return frozenset(out)


def _bounded_tree(text: str, notes: list[str]) -> lxml_html.HtmlElement | None:
    """The parsed page, its hostile shapes bounded first (bounds.py); what was bounded is noted."""
    text, capped = cap_attributes(text)
    if capped:
        notes.append(f"html: {capped} element(s) cut to their first {MAX_ATTRIBUTES} attributes")
    tree = _parse_page(text)
    if tree is not None and reached_depth_limit(tree):
        notes.append(f"html: nesting deeper than {FLAT_DEPTH} levels flattened (the parser stops at {PARSER_MAX_DEPTH})")
        tree = _parse_page(flatten_nesting(text))
        if tree is not None and reached_depth_limit(tree):
            notes.append(f"html: still nested {PARSER_MAX_DEPTH} levels deep after flattening: the text past that point is lost")
    return tree


def _parse_page(text: str) -> lxml_html.HtmlElement | None:
    tree = parse_html(text)
    if tree is None:
        # trafilatura refuses what does not open like a page (a fragment, a leading
        # comment); parsed inside a wrapper, the same markup is read as a page
        tree = parse_html(f"<html><body>{text}</body></html>")
    return tree


def quiet_parser_logs() -> None:
    """Silence trafilatura's, htmldate's and courlan's logs below CRITICAL.

    For applications (the CLI, its workers, the Spark job), which report a page's
    trouble in its record: the libraries' log lines would only repeat it on stderr.
    A library leaves other packages' loggers alone, so this is never run on import.
    """
    for name in PARSER_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level != logging.CRITICAL:  # setLevel clears every logger's cache
            logger.setLevel(logging.CRITICAL)


def _html_parser() -> lxml_html.HTMLParser:
    """trafilatura's parser settings, with lxml's C-level element class lookup.

    lxml.html's default lookup calls a Python method for every element proxy
    created, and trafilatura, htmldate and the pruning walk create hundreds of
    thousands per page; every element is an HtmlElement either way (lxml.html's
    form-element subclasses are used by none of them).
    """
    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity))
    return parser


_PARSER = _html_parser()


def parse_html(text: str) -> lxml_html.HtmlElement | None:
    """trafilatura.utils.load_html's steps for a decoded page, with the parser above."""
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = repair_faulty_html(text, beginning)
    tree = None
    try:
        tree = lxml_html.fromstring(text, parser=_PARSER)
    except Exception:  # ValueError: a str with an encoding declaration, lxml wants bytes
        pass
    if tree is None or len(tree) < 1:
        try:
            tree = lxml_html.fromstring(text.encode("utf-8", "surrogatepass"), parser=_PARSER)
        except Exception:  # what lxml cannot parse at all is no page
            tree = None
    if tree is not None and dubious and len(tree) < 2:
        return None  # not (well-formed) HTML: trafilatura's own rejection test
    return tree
