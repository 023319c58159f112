"""Script text leaked into the article: the ad and tracking code of a page's inline
`<script>` that an extractor kept as text (`document.write('<IFRAME SRC="http://ad.
doubleclick.net/...`, `var s_code=s.t();if(s_code)document.write(s_code)`).

A run is cut only around an anchor: a line of code (a call and a statement's end) that
names an ad or tracking server, or that writes markup into the page. The code lines
next to it (braces, statements, comment marks) go with it; prose stops the run. A code
listing of a programming article is kept: it names no ad server, and a listing the text
introduces ("like this:") is the article's whatever it writes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, Iterable

from .. import shapes
from ..automaton import Automaton
from ..model import Finding
from .context import Context
from .interface import Filter

#: Names of ad servers and tracking scripts: code that names one is the page's, not the story's.
AD_TRACKER = re.compile(
    r"doubleclick\.net|googletag\.|adsbygoogle|googlesyndication|\bOAS_\w+|\bs_code\b|\bs\.t\(\)"
    r"|_gaq\.push|pageTracker\.|urchinTracker|\bsz=\d+x\d+|\bad\.\w+\.(?:net|com)/|/adserver|\bord=",
    re.IGNORECASE,
)
#: A call that writes markup into the page: document.write('<a href=...', "...</s" + "cript>").
WRITES_MARKUP = re.compile(r"document\.write(?:ln)?\s*\(\s*['\"]?\s*[^)]*?<\s*/?\s*[a-zA-Z]", re.IGNORECASE)
#: Literals of which every anchor holds one (lower-cased): AD_TRACKER's and WRITES_MARKUP's
#: fixed parts. Only the blocks with one are asked the patterns: asked of every block,
#: they took 46 % of text mode ("ad." for `ad.<host>.net/`: a gate may let more in).
ANCHOR_KEYS: tuple[str, ...] = (
    "doubleclick.net", "googletag.", "adsbygoogle", "googlesyndication", "oas_", "s_code", "s.t()", "_gaq.push",
    "pagetracker.", "urchintracker", "sz=", "ad.", "/adserver", "ord=", "document.write",
)
#: A line of code: a call, then a statement's or a block's end.
CODE_LINE = re.compile(r"\w\s*\(.*\)\s*;?\s*(?:[;{}]|//.*|-->)?\s*$|;\s*$")
#: A line that only continues code: braces, a statement's end, comment and CDATA marks, `var x =`.
CODE_PART = re.compile(
    r"^\s*(?:[{}()\[\];,]+\s*(?:else\b.*)?|(?:var|let|const|if|else|for|while|function|return)\b.*[;{(=]\s*"
    r"|.*[;{]\s*|/[/*].*|\*/|<!--.*|.*-->|//\s*\]\]>|\}\s*\)\s*;?)$"
)


@dataclass(frozen=True)
class ScriptFilter(Filter):
    name: ClassVar[str] = "script"
    kind: ClassVar[str] = "script"
    description: ClassVar[str] = "Ad and tracking script code that an extractor kept as text."
    #: How far a run reaches from its anchor over code lines, each way.
    max_reach: int = 40
    #: The longest line read as code: a longer one is a page's text run together with
    #: its scripts (an extractor's dump of the whole page), and the story is in it.
    max_code_chars: int = 1000

    def find(self, ctx: Context) -> Iterable[Finding]:
        blocks = ctx.doc.blocks
        out: list[Finding] = []
        covered = -1
        for i in anchor_candidates(ctx.doc.lowered_text):
            block = blocks[i]
            if i <= covered or len(block.text) > self.max_code_chars or not self.is_anchor(block.text):
                continue
            first, last = i, i
            while first - 1 > covered and i - first < self.max_reach and self.is_code(blocks[first - 1].text):
                first -= 1
            while last + 1 < len(blocks) and last - i < self.max_reach and self.is_code(blocks[last + 1].text):
                last += 1
            if self.introduced(ctx, first):
                continue
            out.append(Finding(self.name, "script.code", self.kind, first, last))
            covered = last
        return out

    @staticmethod
    def is_anchor(text: str) -> bool:
        """Code that names an ad or tracking server, or writes markup into the page."""
        # the server's name first: few lines have one, and the code-line pattern backtracks
        return (bool(AD_TRACKER.search(text)) and bool(CODE_LINE.search(text))) or bool(WRITES_MARKUP.search(text))

    def is_code(self, text: str) -> bool:
        """A line of code and not of prose (a sentence that ends in a call is prose)."""
        text = text.strip()
        if not text or len(text) > self.max_code_chars or shapes.is_prose(text):
            return False
        return bool(CODE_PART.match(text)) or self.is_anchor(text)

    @staticmethod
    def introduced(ctx: Context, first: int) -> bool:
        """The text introduces the code ("... like this:"): a listing of the article."""
        for j in range(first - 1, -1, -1):
            text = ctx.doc.blocks[j].text.strip()
            if text:
                return text.endswith((":", "："))
        return False


@lru_cache(maxsize=1)
def _anchor_keys() -> Automaton[None]:
    return Automaton.build(dict.fromkeys(ANCHOR_KEYS))


def anchor_candidates(lowered_text: tuple[str, tuple[int, ...]]) -> list[int]:
    """The blocks whose gate text (Document.lowered_text) holds one of ANCHOR_KEYS, in order."""
    text, starts = lowered_text
    return sorted({bisect_right(starts, start) - 1 for _, start, _ in _anchor_keys().matches(text)})
