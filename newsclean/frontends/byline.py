"""The byline element of a page: who wrote it, when the page's meta tags do not say.

Pages mark the byline up (`class="author"`, `class="byline"`, `rel="author"`,
`itemprop="author"`, German `class="autor"`), and trafilatura's extraction drops
the element, so its names would vanish with no trace. trafilatura's own author
search (`metadata.extract_author`) copies the whole tree and runs regular
expressions per element from Python: a third of an extraction's time. This is one
XPath in C over the pruned tree (comment threads and author boxes already gone),
run only when the meta tags name no author, and the names are read by the caller's
credit rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from lxml import etree

#: A byline's text -> the names it gives, or None (the credits filter's byline_names).
BylineReader = Callable[[str], "list[str] | None"]

# Walked as attribute nodes: an XPath over elements (`//*[...]`) makes a proxy for
# every element of the page and costs three times as much.
_CANDIDATES = etree.XPath(
    "//@class[contains(., 'uthor') or contains(., 'byline') or contains(., 'autor')]/.."
    " | //@rel[. = 'author']/.. | //@itemprop[contains(., 'author')]/.."
)
#: Elements that never hold a byline's text (the page head, scripts).
_NOT_TEXT = frozenset({"html", "head", "body", "meta", "link", "script", "style"})
#: Elements whose text may be a byline: longer ones are author boxes or lists.
MAX_BYLINE_CHARS = 120
#: How many candidates are read at most (a page of author cards has hundreds).
MAX_CANDIDATES = 20


@dataclass(frozen=True)
class Byline:
    """A byline element's text and the names read from it."""

    text: str
    names: tuple[str, ...]


def find_byline(tree: etree._Element, read: BylineReader) -> Byline | None:
    """The first byline-marked element, in page order, whose text names people."""
    for el in _CANDIDATES(tree)[:MAX_CANDIDATES]:
        if el.tag in _NOT_TEXT:
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if not 3 <= len(text) <= MAX_BYLINE_CHARS:
            continue
        names = read(text)
        if names:
            return Byline(text, tuple(names))
    return None
