"""Comment threads found by their shape, whatever their wording: after the article, a
run of same-shaped header lines ("Posted by: NAME | DATE", "NAME said on DATE") with
the comments between them (`structure.HeaderRun`). The thread's own words are never
read, so an article about comments, or one with a dated list, keeps its text: a run
needs three headers of one shape, each with text of its own, after the article's
first prose paragraph (or, under a comment section's header, after a paragraph of prose
shape told in "we" or to "you").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from .. import shapes
from ..model import Finding
from ..structure import HeaderRun
from .context import Context
from .interface import Filter


@dataclass(frozen=True)
class ThreadFilter(Filter):
    name: ClassVar[str] = "thread"
    kind: ClassVar[str] = "comments"
    description: ClassVar[str] = "Comment threads by shape: a run of same-shaped 'NAME, DATE' header lines with comments between, after the article."

    def find(self, ctx: Context) -> Iterable[Finding]:
        runs = ctx.structure.header_runs  # one search of the text; prose is read only for a thread
        if not runs:
            return []
        out = []
        covered = -1
        for run in runs:
            first, last = self.extent(run, ctx)
            first = max(first, self.after_post_signature(run, ctx))
            if first <= covered or not self.article_above(run, first, ctx):
                continue
            out.append(Finding(self.name, "thread.comments", self.kind, first, last))
            covered = last
        return out

    @staticmethod
    def article_above(run: HeaderRun, first: int, ctx: Context) -> bool:
        """The article stands above the thread: a body paragraph, or a paragraph of prose
        shape in any voice (a blog post told in "we" or to "you", which the body-prose
        test reads as a prompt's) above a comment section's header that opens the
        thread. Without either, a named and dated list is the article's own."""
        doc = ctx.doc
        if not run.named_apart and any(doc.is_prose(i) for i in range(first)):
            return True  # a header of two lines (the name, then the stamp) needs the section header too
        headers = [f.first for f in ctx.found if f.rule == "comments.section" and f.first < run.headers[0]]
        return bool(headers) and any(shapes.is_prose(doc.blocks[i].text) for i in range(min(headers[-1], first)))

    @staticmethod
    def after_post_signature(run: HeaderRun, ctx: Context) -> int:
        """The earliest block the thread may start at: its first header, when a comment
        section's opening line stands between that header and the next and each header
        stands below its text. The first header then signs the post itself ("Posted by:
        NAME | DATE" under the article, then "Comments", then the comments signed
        alike): the text above it is the article's. 0 when there is no such line."""
        if run.leading:
            return 0
        h = run.headers
        opens = any(f.rule == "comments.section" and h[0] < f.first < h[1] for f in ctx.found)
        return h[0] if opens else 0

    def extent(self, run: HeaderRun, ctx: Context) -> tuple[int, int]:
        """The blocks of the thread: from its first header to the end of the text when
        each header stands above its comment; else from the first comment (as long as
        the shortest one) to the last header."""
        h = run.headers
        if run.leading:
            return h[0] - (run.names == "above"), len(ctx.doc.blocks) - 1
        gap = min(b - a - 1 for a, b in zip(h, h[1:]))
        return h[0] - gap, h[-1]
