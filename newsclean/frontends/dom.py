"""DOM pruning: containers whose class / id / role / aria / data attributes announce
junk (dom_tokens.py) leave the tree before extraction, and short figcaptions leave it
as captions. Each prune is recorded (a `Prune`), so the cut is explained like any rule's.

The attribute values of the whole page are joined into one string and an
Aho-Corasick pass finds the few that hold a token's literal; only those meet the
token regex. That is what makes pruning a walk over the elements, not a regex per
element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..automaton import Automaton
from ..factors import WORD_START, required_factors
from ..model import Removal
from .dom_tokens import ATTRIBUTES, CONCEPTS, NOT_AFTER, NOT_AFTER_ANY

_TOKEN_RE = re.compile(
    "|".join(
        # not after a prefix that makes the token describe something else (NOT_AFTER_ANY);
        # live tickers call their entries "comments" (NOT_AFTER)
        f"(?P<{concept}>(?<![a-z0-9]){''.join(f'(?<!{re.escape(p)})' for p in NOT_AFTER_ANY)}"
        f"{NOT_AFTER.get(concept, '')}(?:{'|'.join(tokens)})(?![a-z0-9]))"
        for concept, tokens in CONCEPTS.items()
    )
)
#: A container holding more than this share of the page's text is not pruned
#: (unless it is a comment thread): it is more likely the article's own wrapper.
MAX_PRUNE_SHARE = 0.6
#: Prose paragraphs side by side that make a comment container's text one article's.
MIN_RUN_PARAGRAPHS = 3
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
_SKIP_TAGS = frozenset({"html", "body", "head", "main", "article"})
#: A figcaption longer than this is article text, not a caption.
MAX_CAPTION_WORDS = 40
#: When figcaptions hold more than this share of the page text, the page is a gallery.
MAX_GALLERY_SHARE = 0.25


@dataclass(frozen=True)
class Prune:
    """One pruned container: the concept its attributes announced, and its visible text."""

    concept: str
    text: str

    def removal(self) -> Removal:
        return Removal("html.dom", f"html.dom.{self.concept}", self.concept, self.text, None, None)


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
        text = visible_text(el)
        if text:  # an empty icon or ad slot is pruned without a record
            prunes.append(Prune(concept, text))
        removed.add(el)
        drop_element(el)
    captions = [(cap, visible_text(cap)) for cap in tree.iter("figcaption")]
    if page_text and sum(len(t) for _, t in captions) > MAX_GALLERY_SHARE * page_text:
        return prunes  # a gallery or listicle: its captions are the article
    for cap, text in captions:
        if removed and any(anc in removed for anc in cap.iterancestors()):
            continue
        if len(text.split()) > MAX_CAPTION_WORDS:
            continue  # a long figcaption is the article's own text (explainers)
        if text:
            prunes.append(Prune("caption", text))
        drop_element(cap)
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
    if concept == "comments" and size and _one_text(el) > MAX_PRUNE_SHARE * size:
        return "its text is one run of article paragraphs, not a thread's comments"
    return None


def _one_text(el: etree._Element) -> int:
    """Characters of the longest run of MIN_RUN_PARAGRAPHS or more prose paragraphs side
    by side under one parent: an article body whose class names its comments
    ("entry-content comments-open"), where a thread spreads its text over one
    container a comment."""
    best = 0
    for parent in el.iter(*_CONTAINER_TAGS, "article", "main"):
        lengths = [len(" ".join(p.text_content().split())) for p in parent.iterchildren("p")]
        prose = [n for n in lengths if n > 80]
        if len(prose) >= MIN_RUN_PARAGRAPHS:
            best = max(best, sum(prose))
    return best


def _describe(el: etree._Element) -> str:
    return " ".join(f'{a}="{el.get(a)[:40]}"' for a in ("id", "class") if el.get(a))


def visible_text(el: etree._Element) -> str:
    """Visible text: script and style contents are not text a reader saw.
    (With no such element inside or around, itertext() yields the same text nodes, faster.)"""
    if next(el.iter(*_INVISIBLE_TAGS), None) is None and next(el.iterancestors(*_INVISIBLE_TAGS), None) is None:
        return " ".join(" ".join(el.itertext()).split())
    return " ".join(" ".join(_VISIBLE_TEXT(el)).split())


def drop_element(el: etree._Element) -> None:
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
