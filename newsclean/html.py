"""HTML front end: decode, prune junk containers from the DOM, extract the main
content with trafilatura, and hand its text to the same filters as text mode.

The page is parsed once, by lxml, the way trafilatura's own loader does it; the
pruned tree goes straight into trafilatura, so pruning costs a walk over the
elements, not a second parse. beautifulsoup4 does what it is best at here: deciding the
character set of raw bytes (BOM, declared charset, detection).
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bs4.dammit import EncodingDetector
from lxml import etree
from lxml import html as lxml_html

from .automaton import Automaton
from .dom_tokens import ATTRIBUTES, CONCEPTS, NOT_AFTER
from .factors import WORD_START, required_factors
from .filters.credits import CreditsFilter
from .model import Article, DocumentMeta, Removal
from .text import document_from_text

if TYPE_CHECKING:
    from .pipeline import Pipeline

# trafilatura and htmldate log parse trouble at WARNING/ERROR; we report it ourselves.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_TOKEN_RE = re.compile(
    "|".join(
        # not after "--" (a BEM modifier: "Section--Ads" is a section that holds ads)
        # nor after "has-"/"with-"; live tickers call their entries "comments"
        f"(?P<{concept}>(?<![a-z0-9])(?<!--)(?<!has-)(?<!with-){NOT_AFTER.get(concept, '')}(?:{'|'.join(tokens)})(?![a-z0-9]))"
        for concept, tokens in CONCEPTS.items()
    )
)
#: A container holding more than this share of the page's text is not pruned
#: (unless it is a comment thread): it is more likely the article's own wrapper.
MAX_PRUNE_SHARE = 0.6
#: Pages larger than this are cut before parsing (characters).
MAX_HTML_CHARS = 5_000_000
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])  # not \t \n \v \f \r
_PROTECTED = etree.XPath("boolean(.//h1 | .//*[@itemprop='articleBody'] | self::h1 | self::*[@itemprop='articleBody'])")
# paragraphs of article prose: long, and ending like a sentence
_PROSE_PARAGRAPHS = etree.XPath(
    "count(.//p[string-length(normalize-space(.)) > 200][contains('.!?\"”“»', substring(normalize-space(.), string-length(normalize-space(.))))])"
)
_VISIBLE_TEXT = etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
_INVISIBLE_TAGS = ("script", "style", "noscript")
_SHORT_PROSE_PARAGRAPHS = etree.XPath(
    "count(.//p[string-length(normalize-space(.)) > 80][contains('.!?\"”“»', substring(normalize-space(.), string-length(normalize-space(.))))])"
)
_ATTRIBUTE_SET = frozenset(ATTRIBUTES)
#: Elements that hold a box of junk; links, icons and inline spans inside are pruned with it.
_CONTAINER_TAGS = ("div", "section", "aside", "nav", "ul", "ol", "li", "form", "footer", "header",
                   "figure", "p", "iframe", "dl", "table", "details", "blockquote")


def _token_gate() -> Automaton[bool]:
    """Token literal -> whether it counts only at a word start."""
    word_start: dict[str, bool] = {}
    for tokens in CONCEPTS.values():
        for token in tokens:
            for factor in required_factors(token) or ():
                key = factor.lstrip(WORD_START)
                # a token needs a word start only if every pattern that yields it does
                word_start[key] = factor.startswith(WORD_START) and word_start.get(key, True)
    return Automaton.build(word_start)


_TOKEN_GATE = _token_gate()
# One credits filter serves every page (its compiled phrases are cached on it).
_CAPTION_SPLITTER = CreditsFilter()
_SKIP_TAGS = frozenset({"html", "body", "head", "main", "article"})
#: A figcaption longer than this is article text, not a caption.
MAX_CAPTION_WORDS = 40
#: When figcaptions hold more than this share of the page text, the page is a gallery.
MAX_GALLERY_SHARE = 0.25


@dataclass(frozen=True)
class Prune:
    concept: str
    text: str


def decode(html: bytes | str) -> tuple[str | None, str | None]:
    """(text, error). Bytes: BOM, then strict UTF-8, then the charset the page declares
    (read by beautifulsoup4), then detection (trafilatura's charset_normalizer guesses),
    and last UTF-8 with replacement characters. A page that declares UTF-8 but holds a
    few stray bytes stays UTF-8: one bad byte must not turn a whole page into mojibake.
    """
    if isinstance(html, str):
        text = html
    else:
        if not html.strip():
            return None, "empty input"
        text = _decode_bytes(html)
    sample = text[:65536]
    if not sample.strip():
        return None, "empty input"
    if _control_chars(sample) > 0.05 * len(sample):
        return None, "binary input: this does not look like HTML or text"
    return text, None


def _control_chars(text: str) -> int:
    """How many C0 control characters (but tab, newlines, form feed) the text holds.
    Counted on its UTF-8 bytes, where each is one byte that no other character
    contains: bytes.translate counts them several times faster than a regex."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _decode_bytes(data: bytes) -> str:
    from trafilatura.utils import detect_encoding

    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = EncodingDetector.find_declared_encoding(data[:65536], is_html=True)
    if declared and codecs_lookup(declared) == "utf-8":
        return data.decode("utf-8", errors="replace")
    for codec in ([declared] if declared else []) + list(detect_encoding(data)):
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def codecs_lookup(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


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
    from trafilatura.xml import xmltotxt

    tree = parse_html(text)
    if tree is None:
        # trafilatura refuses what does not open like a page (a fragment, a leading
        # comment); parsed inside a wrapper, the same markup is read as a page
        tree = parse_html(f"<html><body>{text}</body></html>")
    if tree is None:
        return Article(url=url, error="not HTML: the parser found no document", notes=notes)
    found = page_metadata(tree, url)  # before pruning: author boxes hold metadata too
    prunes = prune_tree(tree, notes)
    extracted = bare_extraction(tree, url=url, include_comments=False, include_tables=True, with_metadata=False)
    if extracted is None or extracted.body is None:
        article = Article(url=url, error="no article text found", notes=notes)
        article.removed = [_dom_removal(p) for p in prunes]
        return article
    body_text = xmltotxt(extracted.body, include_formatting=False)
    heads = {" ".join("".join(h.itertext()).split()) for h in extracted.body.iter("head")}
    captions = [_CAPTION_SPLITTER.split_caption(p.text) for p in prunes if p.concept == "caption"]
    lang = tree.get("lang") or None
    meta = DocumentMeta(
        title=found.title or None,
        subtitle=found.description or None,
        authors=tuple(a.strip() for a in (found.author or "").split(";") if a.strip()),
        date=found.date or None,
        site_name=found.sitename or None,
        url=found.url or url,
        language=lang.split("-")[0].lower() if lang else None,
        section=(found.categories or [None])[0],
        tags=tuple(_split_tags(found.tags)),
        captions=tuple(c for c, _ in captions),
        image_credits=tuple(credit for _, credit in captions if credit),
    )
    doc = document_from_text(body_text, meta=meta, headings=heads)
    return pipeline.run(doc, removed_before=[_dom_removal(p) for p in prunes], notes=notes)


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


def page_metadata(tree: etree._Element, url: str | None):
    """trafilatura's metadata from the page head: meta tags, JSON-LD, title, date.

    This is trafilatura's own `extract_metadata` without its slowest steps (author,
    category and license searches through the body, free-text date search): the
    byline and credits in the text are read by newsclean's credit filter instead.
    """
    from htmldate import find_date
    from trafilatura import metadata as tm

    found = tm.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # trafilatura's own rule: a one-word author is a handle
    try:
        found = tm.extract_meta_json(tree, found)
    except Exception:  # malformed JSON-LD: keep what the meta tags gave
        pass
    if not found.title:
        found.title = tm.extract_title(tree)
    if not found.url:
        found.url = tm.extract_url(tree, url)
    try:
        found.date = find_date(tree, url=found.url or url, extensive_search=False, original_date=True)
    except Exception:  # a date parser failure leaves the date unknown
        found.date = None
    if not found.sitename:
        found.sitename = tm.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
    return found


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
    """Remove containers whose attributes announce junk, and short figcaptions (-> captions).

    A container is kept (and the reason noted) when it holds the headline or the
    marked-up article body, when it holds article prose (several long paragraphs:
    a paywall class on the premium text itself, a "promo" class on a review), or,
    unless it is a comment thread, when it holds most of the page's text.
    """
    doomed = junk_containers(tree)
    prunes: list[Prune] = []
    page_text = tree.xpath("string-length(normalize-space(.))")
    removed: set[etree._Element] = set()
    for el, concept in doomed:
        if removed and any(anc in removed for anc in el.iterancestors()):
            continue
        reason = _keep_reason(el, concept, page_text)
        if reason:
            notes.append(f"html.dom: kept <{el.tag} {_describe(el)}> ({concept}): {reason}")
            continue
        text = _text(el)
        if text:  # an empty icon or ad slot is pruned without a record
            prunes.append(Prune(concept, text))
        removed.add(el)
        _drop(el)
    captions = [(cap, _text(cap)) for cap in tree.iter("figcaption")]
    if page_text and sum(len(t) for _, t in captions) > MAX_GALLERY_SHARE * page_text:
        return prunes  # a gallery or listicle: its captions are the article
    for cap, text in captions:
        if removed and any(anc in removed for anc in cap.iterancestors()):
            continue
        if len(text.split()) > MAX_CAPTION_WORDS:
            continue  # a long figcaption is the article's own text (explainers)
        if text:
            prunes.append(Prune("caption", text))
        _drop(cap)
    return prunes


def junk_containers(tree: etree._Element) -> list[tuple[etree._Element, str]]:
    """(element, concept) for every element whose attributes announce junk, in page order.

    The attribute values are joined into one string; an Aho-Corasick pass over it
    finds the few that hold a token's literal, and only those meet the token regex.
    """
    elements: list[etree._Element] = []
    values: list[str] = []
    for el in tree.iter(*_CONTAINER_TAGS):
        attrib = el.items()  # a list straight from libxml2; .attrib would build a proxy first
        if attrib:
            value = " ".join([v for k, v in attrib if k in _ATTRIBUTE_SET])
            if value:
                elements.append(el)
                values.append(value)
    if not values:
        return []
    joined = "\x00".join(values).lower()  # NUL cannot occur in an attribute value
    out: dict[etree._Element, str] = {}
    checked: set[int] = set()
    k, next_sep = 0, joined.find("\x00")  # matches come in order: walk the separators along
    word_start = _TOKEN_GATE.values
    for key, begin, _ in _TOKEN_GATE.matches(joined):
        if word_start[key] and begin > 0 and joined[begin - 1].isalnum():
            continue  # "ad" inside "header"
        while 0 <= next_sep < begin:  # the separators before the match (none is inside one)
            k += 1
            next_sep = joined.find("\x00", next_sep + 1)
        if k in checked:
            continue
        checked.add(k)
        m = _TOKEN_RE.search(values[k].lower())
        if m:
            el = elements[k]
            if el.tag not in _SKIP_TAGS and el not in out:
                out[el] = m.lastgroup
    return list(out.items())  # in document order


def _keep_reason(el: etree._Element, concept: str, page_text: float) -> str | None:
    if _PROTECTED(el):
        return "it holds the headline or the article body"
    if concept != "comments" and (_PROSE_PARAGRAPHS(el) >= 2 or _SHORT_PROSE_PARAGRAPHS(el) >= 4):
        return "it holds article prose"
    size = el.xpath("string-length(normalize-space(.))")
    if concept != "comments" and page_text and size > MAX_PRUNE_SHARE * page_text:
        return f"it holds {size / page_text:.0%} of the page text"
    return None


def _describe(el: etree._Element) -> str:
    return " ".join(f'{a}="{el.get(a)[:40]}"' for a in ("id", "class") if el.get(a))


def _text(el: etree._Element) -> str:
    """Visible text: script and style contents are not text a reader saw.
    (With no such element inside or around, itertext() yields the same text nodes, faster.)"""
    if next(el.iter(*_INVISIBLE_TAGS), None) is None and next(el.iterancestors(*_INVISIBLE_TAGS), None) is None:
        return " ".join(" ".join(el.itertext()).split())
    return " ".join(" ".join(_VISIBLE_TEXT(el)).split())


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
