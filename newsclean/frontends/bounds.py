"""Bounds on page shapes nobody writes, applied before the libraries meet them.

libxml2 and trafilatura are fast on pages as people write them and superlinear or
lossy on a few hostile shapes: thousands of attributes on one element (libxml2 checks
each new one against all before it), thousands of inline elements in one paragraph
(trafilatura's extraction), nesting deeper than libxml2's limit of 255 levels (it
stops parsing there, and the rest of the page is lost without an error). Each bound
below is far above what the development corpora hold (docs/library.md gives the
figures), and each one that acts says so in the Article's notes.
"""

from __future__ import annotations

import re

from lxml import etree

from .dom import Prune, drop_element, visible_text

#: Attributes kept on one element (the most in one tag of the corpora: 205).
MAX_ATTRIBUTES = 1000
#: Inline children one element may hold before it is read as a link list or as plain
#: text (the corpora's most: 3,711 links of a list of names; then 613).
MAX_INLINE_CHILDREN = 1000
#: libxml2's nesting limit: the parser stops at the element that would go deeper.
PARSER_MAX_DEPTH = 255
#: Nesting kept when a page reached the parser's limit: tags deeper than this are
#: dropped (block-level ones leave a line break), their text kept.
FLAT_DEPTH = 200

#: Inline markup: its text runs on with the text around it, so unwrapping it keeps the words.
INLINE_TAGS = ("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
               "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var")
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                        "source", "track", "wbr"})
_BLOCK_TAGS = frozenset({"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
                         "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol",
                         "p", "pre", "section", "table", "td", "th", "tr", "ul"})
#: One token of a page: a script, a style or a comment (which hold no tags, though they
#: may hold "<"), or a tag with its name (2) and attribute text (3), read the way
#: HTML5's tokenizer (and so libxml2's) reads it: a tag ends at the first ">" outside a
#: quoted value, and a quote opens a value only right after "=" ("<" or a stray quote
#: elsewhere is part of a name). Every alternative ends at the first place it can and
#: a token never fails once started (an unclosed quote runs to the end), so the scan
#: reads each character a bounded number of times, whatever the markup.
_TOKEN = re.compile(
    # scripts, styles and comments as unrolled loops (runs of [^<] or [^-] at a time):
    # what ".*?" to the first closer reads, twice as fast (tests/test_fast_paths.py).
    # Every repeat is possessive (*+): nothing after one can fail, so it never gives
    # back what it took, and the engine keeps no backtracking state (15 % faster)
    r"<script\b[^<]*+(?:<(?!/script\s*>)[^<]*+)*+(?:</script\s*>|\Z)"
    r"|<style\b[^<]*+(?:<(?!/style\s*>)[^<]*+)*+(?:</style\s*>|\Z)"
    r"|<!--[^-]*+(?:-(?!->)[^-]*+)*+(?:-->|\Z)"
    r"""|<(/?)([A-Za-z][^\s/>]*+)((?:[^>"'=]++|=\s*+"[^"]*+(?:"|\Z)|=\s*+'[^']*+(?:'|\Z)|[="'])*+)>?""",
    re.DOTALL | re.IGNORECASE,
)
_CROWDED = etree.XPath(f"//*[count(*) > {MAX_INLINE_CHILDREN}]")
#: One attribute in a tag's attribute text: a name, then maybe "=" and a value.
_ATTRIBUTE = re.compile(r"""[^\s/>=][^\s/>=]*(?:\s*=\s*(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\s>]*))?""")


def cap_attributes(html: str) -> tuple[str, int]:
    """The page with every tag cut to its first MAX_ATTRIBUTES attributes, and how many
    tags were cut. (Each attribute takes two characters at least: shorter attribute
    texts are not counted.)"""
    cuts: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(html):
        attributes = token.group(3)
        if attributes is None or len(attributes) <= 2 * MAX_ATTRIBUTES:
            continue
        ends = [m.end() for m in _ATTRIBUTE.finditer(attributes)]
        if len(ends) > MAX_ATTRIBUTES:
            cuts.append((token.start(3) + ends[MAX_ATTRIBUTES - 1], token.end(3)))
    if not cuts:
        return html, 0
    pieces, pos = [], 0
    for start, end in cuts:
        pieces.append(html[pos:start])
        pos = end
    pieces.append(html[pos:])
    return "".join(pieces), len(cuts)


def reached_depth_limit(tree: etree._Element) -> bool:
    """Whether the parser stopped at its nesting limit: it then leaves the chain of
    open elements as the page's last, so the rightmost path is that deep."""
    depth, el = 0, tree
    while len(el):
        el, depth = el[-1], depth + 1
    return depth >= PARSER_MAX_DEPTH - 1


def flatten_nesting(html: str) -> str:
    """The page with tags nested deeper than FLAT_DEPTH removed (their text kept; a
    block-level tag becomes a line break). Depth is counted from the tags as written,
    which is close enough for the pages this runs on: those the parser gave up on."""
    depth = 0

    def flatten(tag: re.Match[str]) -> str:
        nonlocal depth
        if tag.group(2) is None:  # a script, a style or a comment
            return tag.group()
        closing, name = tag.group(1), tag.group(2).lower()
        if name in _VOID_TAGS or tag.group(3).rstrip().endswith("/"):
            return tag.group()
        if closing:
            deep, depth = depth > FLAT_DEPTH, max(depth - 1, 0)
        else:
            depth += 1
            deep = depth > FLAT_DEPTH
        if not deep:
            return tag.group()
        return "<br>" if name in _BLOCK_TAGS else ""

    return _TOKEN.sub(flatten, html)


def bound_crowded(tree: etree._Element, notes: list[str]) -> list[Prune]:
    """Elements with more than MAX_INLINE_CHILDREN inline children: one whose text is
    mostly link text is a link list (a tag cloud, a list of names) and is pruned, as
    extraction would have found it by its link density; in any other, the inline
    markup is reduced to its text. Each is noted; the pruned ones are returned."""
    prunes: list[Prune] = []
    dropped: set[etree._Element] = set()
    for el in _CROWDED(tree):
        inline = [child for child in el if child.tag in INLINE_TAGS]
        if len(inline) <= MAX_INLINE_CHILDREN or any(anc in dropped for anc in el.iterancestors()):
            continue
        text = visible_text(el)
        links = [child for child in inline if child.tag == "a"]
        if 2 * sum(len(visible_text(a)) for a in links) > len(text):
            notes.append(f"html: a <{el.tag}> of {len(links):,} links pruned as a link list")
            prunes.append(Prune("related", text))
            dropped.add(el)
            drop_element(el)
            continue
        etree.strip_tags(el, *INLINE_TAGS)
        # the stripped tags leave runs of adjacent text nodes; setting a text joins a
        # run into one (XPath text() would still see them one by one)
        el.text = el.text
        for child in el:
            child.tail = child.tail
        notes.append(f"html: a <{el.tag}> with {len(inline):,} inline elements read as plain text (extraction is quadratic in them)")
    return prunes
