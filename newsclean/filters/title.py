"""Headline, section label, dek, and the headline's echoes (image alt text, repeats).

In text mode the first line is the title only when something confirms it is a
headline: an echo later on, a byline, dek, caption or credit under it, or prose
after a blank line. A section label is the short line above a confirmed headline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from .. import shapes
from ..model import EMPTY_DOCUMENT, Block, Finding
from .context import Context
from .credit_patterns import has_meta_separator
from .interface import Filter, is_stock_line
from .title_shapes import Echo, Head, is_masthead, same_close, title_parts

MAX_SECTION_WORDS = 4
MAX_DEK_WORDS = 45
HEAD_SCAN = 40  # lines from the top checked for buttons and box headers to skip
HEAD_MATTER_REACH = 5  # lines under a headline where a byline, credit or caption confirms it


@dataclass(frozen=True)
class TitleFilter(Filter):
    name: ClassVar[str] = "title"
    kind: ClassVar[str] = "title"
    description: ClassVar[str] = "Headline, section label and dek at the top (-> metadata) and repeated copies of the headline."
    kinds: ClassVar[frozenset[str]] = frozenset({"section", "title", "subtitle", "echo", "masthead"})

    def find(self, ctx: Context) -> Iterable[Finding]:
        blocks = [b for b in ctx.doc.blocks if b.index not in ctx.claimed]
        if not blocks:
            return []
        head = self._head(blocks, ctx)
        meta_title = ctx.doc.meta.title
        if meta_title:
            return self._from_meta(head, blocks, meta_title, ctx)
        return self._from_text(head, ctx) if head.has(0) else []

    def _head(self, blocks: list[Block], ctx: Context) -> Head:
        """The lines a headline is looked for in. Buttons and box headers among the
        first HEAD_SCAN are skipped, so that junk around the headline counts for
        nothing: the headline found is the same before and after it goes."""
        suspects = ctx.stock_blocks["headline"]  # only these can be stock lines (_is_stock_line)
        return Head([b for k, b in enumerate(blocks)
                      if k >= HEAD_SCAN or b.index not in suspects or not self._is_stock_line(b, ctx)])

    def _from_text(self, head: Head, ctx: Context) -> list[Finding]:
        out: list[Finding] = []
        if not head.any_after(0, lambda b: shapes.ends_sentence(b.text) and shapes.word_count(b.text) >= 8):
            return out  # a headline heads an article: with no sentence under it, none
        title_pos = None
        if (head.has(1) and self._is_section(head[0], ctx)
                and self._is_headline(head[1], ctx) and self._confirmed(head, 1, ctx)):
            out.append(self._f("title.section", head[0], "section", "section"))
            title_pos = 1
        elif self._is_headline(head[0], ctx) and self._confirmed(head, 0, ctx):
            title_pos = 0
        if title_pos is None:
            return out
        # a line running on into the next, or a table of contents, is no headline,
        # and the short line above it no section label
        if self._continued(head, title_pos, ctx) or any(self._contents(head, k) for k in range(title_pos + 1)):
            return []
        title = head[title_pos]
        if is_masthead(title.text):
            # where the headline stands, confirmed as one, but shaped as the site's name, a
            # menu or a script: it goes, with its repeats, names nothing, and the
            # headline is looked for under it
            below = Head(head.lines_from(title_pos + 1))
            out.append(Finding(self.name, "title.masthead", "masthead", title.index, title.index))
            out.extend(self._echoes(below.lines, title.text, title.index, ctx, "title.masthead", "masthead"))
            taken = {f.first for f in out}
            return out + self._from_text(Head([b for b in below.lines if b.index not in taken]), ctx)
        out.append(self._f("title.headline", title, "title", "title"))
        skip = {title.index}
        dek = self._dek(head, title_pos, ctx)
        if dek is not None:
            out.append(self._f("title.subtitle", dek, "subtitle", "subtitle"))
            skip.add(dek.index)
        rest = [b for b in head.lines_from(title_pos + 1) if b.index not in skip]
        out.extend(self._echoes(rest, title.text, title.index, ctx))
        if dek is not None and not shapes.ends_sentence(dek.text):
            # a dek that is a sentence and comes back is the lead paragraph, printed as
            # a summary above the article: its repeat is the body's first paragraph
            out.extend(self._echoes(rest, dek.text, dek.index, ctx))
        return out

    def _from_meta(self, head: Head, blocks: list[Block], meta_title: str, ctx: Context) -> list[Finding]:
        """HTML: the page's title is known, so a first line repeating it is the headline
        echoed into the body (as in text mode, it leaves the body); later repeats are
        echoes too. The dek stays: the page's description is already `subtitle`, and
        on the dev corpus the line under the headline is body text more often than not
        (docs/benchmarks.md, session 8)."""
        first = self._meta_headline(head, meta_title, ctx)
        if first is None:
            return list(self._echoes(blocks, meta_title, -1, ctx))
        out = [Finding(self.name, "title.echo", "echo", first.index, first.index)]
        out.extend(self._echoes(blocks, meta_title, first.index, ctx))
        return out

    def _meta_headline(self, head: Head, meta_title: str, ctx: Context) -> Block | None:
        """The head line that prints the page's title: the first line, or the line under a
        section label, repeating the title or its headline part (the page title often
        carries the site's and section's names: "Headline - Sport - Site"). A part is
        matched whole, ending as it ends: "Dolly Reyes: I never wanted to be famous" does
        not make the lead's "I never wanted to be famous." a headline."""
        echo = Echo(meta_title)
        parts = {shapes.fold(part): part for part in title_parts(meta_title)}
        for pos in (0, 1):
            if not head.has(pos) or pos and not self._is_section(head[0], ctx):
                return None
            line = head[pos]
            part = parts.get(shapes.fold(line.text))
            part = part is not None and same_close(line.text, part)
            if (echo.of(line.text) or part) and not self._runs_on(line, ctx):
                return line
        return None

    def _f(self, rule: str, block: Block, kind: str, field: str) -> Finding:
        return Finding(self.name, rule, kind, block.index, block.index, facts=((field, block.text),))

    # -- evidence ----------------------------------------------------------------

    def _is_headline(self, block: Block, ctx: Context) -> bool:
        text = block.text
        if not shapes.is_headline_shaped(text) or not text[0].isupper() and not text[0].isdigit() and text[0] not in "\"'“‘«":
            return False
        if sum(1 for w in shapes.words(text) if sum(c.isalpha() for c in w) >= 2) < 2:
            return False  # "0:0:0", "12 | 3": no words, no headline
        if ctx.services.credits.is_time_stamp(text):
            return False  # "Fri Dec 28, 7:05 AM ET": a post's stamp, though it comes back below
        return not self._is_credit(block, ctx) and not self._is_stock_line(block, ctx)

    def _is_stock_line(self, block: Block, ctx: Context) -> bool:
        """A button, box header, prompt or labelled link of a junk family is never the headline."""
        text = block.text
        if len(text) > 400 or block.index not in ctx.stock_blocks["headline"]:
            return False
        return any(is_stock_line(book, text, ctx.hits_of(book).get(block.index, ()), 35) for book in ctx.services.stock["headline"])

    def _is_section(self, block: Block, ctx: Context) -> bool:
        text = block.text
        return (len(text) <= 40 and shapes.word_count(text) <= MAX_SECTION_WORDS
                and not shapes.ends_with_punctuation(text) and not self._is_credit(block, ctx)
                and not self._is_stock_line(block, ctx))

    def _is_credit(self, block: Block, ctx: Context) -> bool:
        c, text = ctx.services.credits, block.text
        hits = ctx.hits_of(c.book).get(block.index, ())
        return bool(c.credit_line(text, hits) or c.photo_credit(text, hits) or c.is_dateline(text)
                    or has_meta_separator(text) and c.is_meta_line(text, ctx))

    def _is_echo(self, text: str, title: str) -> bool:
        return Echo(title).of(text)

    def _confirmed(self, head: Head, pos: int, ctx: Context) -> bool:
        """An echo of the line later on, or article head-matter right under it.

        Head-matter is a byline, dateline, photo credit or caption within the next
        few lines, with nothing but short, unpunctuated lines (a dek, caption
        lines) in between. Prose right under a short line is no evidence: that is
        how a subheading or a lead fragment looks too; but a page's heading that opens
        its text (HTML mode) is the headline, when prose comes under it.
        """
        line = head[pos]
        if line.kind == "heading" and line.index == 0 and head.has(pos + 1) and shapes.is_prose(head[pos + 1].text, min_words=12):
            return True
        for k in range(pos + 1, pos + 1 + HEAD_MATTER_REACH):
            if not head.has(k):
                break
            b = head[k]
            if self._is_credit(b, ctx) or self._is_caption(b, ctx):
                return True
            if shapes.is_prose(b.text, min_words=12) and k != pos + 1:
                break
        echo = Echo(head[pos].text)
        return head.any_after(pos, lambda b: echo.of(b.text))

    def _contents(self, head: Head, pos: int) -> bool:
        """The line opens a table of contents: it and the line under it come back
        later, in that order, with prose between them and under the second. Those
        repeats are the article's sub-headings, not the headline's echoes."""
        if not head.has(pos + 1):
            return False
        first, second = Echo(head[pos].text), Echo(head[pos + 1].text)
        if first.of(head[pos + 1].text):
            return False  # the headline twice over: its echoes, not a list
        rest = head.lines_from(pos + 2)
        seen_first = seen_prose = False
        for k, b in enumerate(rest):
            if not seen_first:
                seen_first = first.of(b.text)
            elif seen_prose and second.of(b.text):
                return k + 1 < len(rest) and shapes.is_prose(rest[k + 1].text)
            else:
                seen_prose = seen_prose or shapes.is_prose(b.text)
        return False

    def _is_caption(self, block: Block, ctx: Context) -> bool:
        c = ctx.services.credits
        return bool(c.labelled_caption(block.text, ctx.hits_of(c.book).get(block.index, ()))) or (
            block.text.endswith(")") and c.captioned(block, Context(EMPTY_DOCUMENT)) is not None)

    def _continued(self, head: Head, pos: int, ctx: Context) -> bool:
        """The line runs on into the next one: hard-wrapped text, whose next line goes on
        in lower case ("... sed do eiusmod" / "tempor incididunt ut labore ..."), is no
        headline and no dek (a lower-case byline, "di Anna Bianchi", "by Jane Doe - May 2
        2008", is shorter than a wrapped line and no run-on; a Title-Cased line is a
        headline whatever follows it, as when an extractor cut the lead's first words)."""
        if not head.has(pos + 1) or ctx.structure.shape(head[pos].index).capitalised_share >= 0.5:
            return False
        return head[pos + 1].index == head[pos].index + 1 and self._runs_on(head[pos], ctx)

    def _runs_on(self, block: Block, ctx: Context) -> bool:
        """The line goes on in lower case on the next one, a long line: it is the start of
        a wrapped paragraph, whatever its words ("Lorem" / "ipsum dolor sit amet, ...")."""
        blocks = ctx.doc.blocks
        if block.index + 1 >= len(blocks) or shapes.ends_with_punctuation(block.text):
            return False
        nxt = blocks[block.index + 1]
        return nxt.text[:1].islower() and shapes.word_count(nxt.text) >= 8 and not self._is_credit(nxt, ctx)

    def _dek(self, head: Head, pos: int, ctx: Context) -> Block | None:
        if not head.has(pos + 2):
            return None
        cand, after = head[pos + 1], head[pos + 2]
        text = cand.text
        n = shapes.word_count(text)
        if (n < 5 or n > MAX_DEK_WORDS or self._continued(head, pos + 1, ctx)
                or self._is_credit(cand, ctx) or self._is_echo(text, head[pos].text)):
            return None
        if not shapes.ends_with_punctuation(text):
            return cand
        if len(shapes.sentences(text)) > 2 or not shapes.ends_sentence(text):
            return None
        if self._is_echo(after.text, head[pos].text) or self._is_credit(after, ctx) or self._is_caption(after, ctx):
            return cand
        return None

    def _echoes(self, blocks: Iterable[Block], title: str, title_index: int, ctx: Context,
                rule: str = "title.echo", kind: str = "echo") -> Iterable[Finding]:
        echo = Echo(title)
        for b in blocks:
            if b.index != title_index and echo.of(b.text) and not self._runs_on(b, ctx):
                yield Finding(self.name, rule, kind, b.index, b.index)
