"""HTML front end: decode, prune junk containers from the DOM, extract the main
content with trafilatura, and hand its text to the same filters as text mode.

The page is parsed once, by lxml (through trafilatura's own loader); the pruned
tree goes straight into trafilatura, so pruning costs a walk over the elements,
not a second parse. beautifulsoup4 does what it is best at here: deciding the
character set of raw bytes (BOM, declared charset, detection).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bs4.dammit import UnicodeDammit
from lxml import etree

from .dom_tokens import ATTRIBUTES, CONCEPTS
from .model import Article, DocumentMeta, Removal
from .text import document_from_text

if TYPE_CHECKING:
    from .pipeline import Pipeline

# trafilatura and htmldate log parse trouble at WARNING/ERROR; we report it ourselves.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_TOKEN_RE = re.compile(
    "|".join(
        f"(?P<{concept}>(?<![a-z0-9])(?:{'|'.join(tokens)})(?![a-z0-9]))" for concept, tokens in CONCEPTS.items()
    )
)
#: A container holding more than this share of the page's text is not pruned
#: (unless it is a comment thread): it is more likely the article's own wrapper.
MAX_PRUNE_SHARE = 0.6
#: Pages larger than this are cut before parsing (characters).
MAX_HTML_CHARS = 5_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_PROTECTED_XPATH = ".//h1 | .//*[@itemprop='articleBody'] | self::h1 | self::*[@itemprop='articleBody']"
_SKIP_TAGS = frozenset({"html", "body", "head", "main", "article"})


@dataclass(frozen=True)
class Prune:
    concept: str
    text: str


def decode(html: bytes | str) -> tuple[str | None, str | None]:
    """(text, error): bytes decoded by BOM, then UTF-8, then declared charset, then detection."""
    if isinstance(html, str):
        text = html
    else:
        if not html.strip():
            return None, "empty input"
        dammit = UnicodeDammit(html, known_definite_encodings=["utf-8"], is_html=True)
        text = dammit.unicode_markup
        if text is None:
            return None, "undecodable input: no character set fits"
    sample = text[:65536]
    if not sample.strip():
        return None, "empty input"
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        return None, "binary input: this does not look like HTML or text"
    return text, None


def clean_html(html: bytes | str, url: str | None = None, pipeline: Pipeline | None = None) -> Article:
    """Clean a raw page. Never raises on bad input: returns an Article with `error` set."""
    from .pipeline import DEFAULT_PIPELINE

    pipeline = pipeline or DEFAULT_PIPELINE
    if not isinstance(html, (bytes, bytearray, str)):
        raise TypeError(f"clean_html() expects str or bytes, got {type(html).__name__}")
    text, error = decode(bytes(html) if isinstance(html, bytearray) else html)
    notes: list[str] = []
    if text is None:
        return Article(url=url, error=error)
    if len(text) > MAX_HTML_CHARS:
        notes.append(f"page cut to its first {MAX_HTML_CHARS:,} characters")
        text = text[:MAX_HTML_CHARS]
    try:
        return _clean_page(text, url, pipeline, notes)
    except RecursionError:
        return Article(url=url, error="page too deeply nested to process", notes=notes)
    except Exception as exc:  # a parser crash on hostile markup must not stop a pipeline
        return Article(url=url, error=f"could not process page: {type(exc).__name__}: {exc}"[:300], notes=notes)


def _clean_page(text: str, url: str | None, pipeline: Pipeline, notes: list[str]) -> Article:
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    tree = load_html(text)
    if tree is None:
        return Article(url=url, error="not HTML: the parser found no document", notes=notes)
    lang = tree.get("lang") or None
    prunes = prune_tree(tree, notes)
    captions = [p.text for p in prunes if p.concept == "caption"]
    extracted = bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, with_metadata=True,
    )
    if extracted is None or extracted.body is None:
        article = Article(url=url, error="no article text found", notes=notes)
        article.removed = [_dom_removal(p) for p in prunes]
        return article
    body_text = xmltotxt(extracted.body, include_formatting=False)
    heads = {" ".join("".join(h.itertext()).split()) for h in extracted.body.iter("head")}
    meta = DocumentMeta(
        title=extracted.title or None,
        subtitle=extracted.description or None,
        authors=tuple(a.strip() for a in (extracted.author or "").split(";") if a.strip()),
        date=extracted.date or None,
        site_name=extracted.sitename or None,
        url=extracted.url or url,
        language=extracted.language or (lang.split("-")[0].lower() if lang else None),
        section=(extracted.categories or [None])[0],
        tags=tuple(_split_tags(extracted.tags)),
        captions=tuple(captions),
    )
    doc = document_from_text(body_text, meta=meta, headings=heads)
    return pipeline.run(doc, removed_before=[_dom_removal(p) for p in prunes], notes=notes)


def _split_tags(tags: list[str] | None) -> list[str]:
    out: list[str] = []
    for tag in tags or ():
        for part in tag.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _dom_removal(prune: Prune) -> Removal:
    return Removal("html.dom", f"html.dom.{prune.concept}", prune.concept, prune.text, None, None)


def prune_tree(tree: etree._Element, notes: list[str]) -> list[Prune]:
    """Remove containers whose attributes announce junk, and figcaptions (-> captions)."""
    page_text = _text_len(tree)
    doomed: list[tuple[etree._Element, str]] = []
    for el in tree.iter(tag=etree.Element):
        if el.tag in _SKIP_TAGS:
            continue
        attrs = " ".join(el.get(a, "") for a in ATTRIBUTES if el.get(a)).lower()
        if not attrs:
            continue
        m = _TOKEN_RE.search(attrs)
        if m:
            doomed.append((el, m.lastgroup))
    prunes: list[Prune] = []
    removed: set[etree._Element] = set()
    for el, concept in doomed:
        if any(anc in removed for anc in el.iterancestors()):
            continue
        if el.xpath(_PROTECTED_XPATH):
            notes.append(f"html.dom: kept <{el.tag} {_describe(el)}> ({concept}): it holds the headline or article body")
            continue
        size = _text_len(el)
        if concept != "comments" and page_text and size > MAX_PRUNE_SHARE * page_text:
            notes.append(f"html.dom: kept <{el.tag} {_describe(el)}> ({concept}): it holds {size / page_text:.0%} of the page text")
            continue
        prunes.append(Prune(concept, _text(el)))
        removed.add(el)
        _drop(el)
    for cap in list(tree.iter("figcaption")):
        if any(anc in removed for anc in cap.iterancestors()):
            continue
        text = _text(cap)
        if text:
            prunes.append(Prune("caption", text))
        _drop(cap)
    return prunes


def _describe(el: etree._Element) -> str:
    return " ".join(f'{a}="{el.get(a)[:40]}"' for a in ("id", "class") if el.get(a))


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})


def _text_len(el: etree._Element) -> int:
    """Visible text length: scripts, styles and templates do not count."""
    total = 0
    for node in el.iter():
        if node is not el and node.tail:
            total += len(node.tail.strip())
        if node.text and node.tag not in _NOT_TEXT and isinstance(node.tag, str):
            parent = node.getparent()
            if parent is None or parent.tag not in _NOT_TEXT:
                total += len(node.text.strip())
    return total


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
