"""Links to other stories: "Read Next:", "See Also:", "Most read" lists, live teasers."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import ClassVar, Iterable, Iterator, Sequence

import regex

from .. import menus, shapes
from ..model import Block, Finding
from ..phrasebook import Hits
from .base import Context, PhraseFilter
from .interface import Hit
from .related_shapes import goes_on_telling, headline_over_excerpt, in_grid, next_in_number, tag_shaped, wordless


# An item of a numbered list: "5. Beware the hairdryer", "19) Ingrid Goes West".
_NUMBERED = regex.compile(r"(\d{1,3})([.)]) ")
#: Lines above a list header searched for the article's own numbered item.
NUMBERING_REACH = 30
#: Lines in a row that are each one link's whole text: a link list (HTML mode).
MIN_LINK_RUN = 2
#: Menu-shaped lines in a row above the article that make a navigation menu.
MIN_MENU_RUN = 4
#: Headline-and-excerpt pairs in a row that make a list of other posts.
MIN_EXCERPT_PAIRS = 2
#: Longest bare taxonomy label ("Filed under:", "Related topics").
MAX_BARE_LABEL_CHARS = 40
#: What may wrap a bare label: a list mark, a table cell's bars, a closing colon.
_LABEL_WRAPPING = " -–•*|"


@dataclass(frozen=True)
class RelatedFilter(PhraseFilter):
    name: ClassVar[str] = "related"
    kind: ClassVar[str] = "related"
    concepts: ClassVar[frozenset[str]] = frozenset({"arrow", "list", "read_next", "tail_header", "taxonomy", "teaser", "toc", "topic_latest"})
    description: ClassVar[str] = "'Read Next' / 'See Also' / 'Related' lines, 'Most read' link lists and the site's menu above the headline."
    #: At most this many headline lines follow a list header.
    max_list: int = 12

    def label_rest_ok(self, concept: str, rest: str) -> bool:
        if concept in ("topic_latest", "teaser"):
            # "Ukraine war latest: <a headline>", "Mira: <a headline>" -- never a
            # sentence of the story, whose labels are ordinary words too.
            return shapes.is_headline_shaped(rest.strip())
        if concept == "taxonomy":
            # "Tags: a, b, c" -- a short list, no sentence
            # ("Tags: , ," when the extractor dropped the links' text: only their commas)
            rest = rest.strip()
            if rest and wordless(rest):
                return True
            return 0 < shapes.word_count(rest) <= 15 and not shapes.ends_sentence(rest)
        if concept == "read_next" and goes_on_telling(rest.strip()):
            return False  # "Related: The council also approved ..." / "Previously: ..." tells the story
        return super().label_rest_ok(concept, rest)

    def classify(self, block: Block, ctx: Context, hits: Hits | None = None) -> Hit | None:
        hit = super().classify(block, ctx, hits)
        if (hit is None or hit.concept == "read_next") and hits and self._bare_label(block.text, hits, "read_next"):
            # "Read next" / "Lire aussi" alone on its line: the extractor put the story
            # it links to on the lines below, which the label owns. With no colon it
            # needs such a headline below (or nothing at all): "UP NEXT" over "Heat:
            # Host Chicago on Monday." closes a game story
            last_line = block.index == len(ctx.doc.blocks) - 1
            if hit is not None or last_line or self.section_end(block.index, ctx) > block.index:
                return Hit(block.index, "read_next", "header")
        if hit is not None and hit.concept == "tail_header" and block.index < ctx.last_prose:
            # "Sources" / "Weitere Informationen" mid-article is a subheading; with a
            # colon, in the last part of the text, it labels the links and notes below
            labelled = block.text.rstrip().endswith(":") and block.index >= 0.6 * len(ctx.doc.blocks)
            if not labelled:
                return None
        return hit

    def extra_findings(self, ctx: Context, hits: dict[int, Hit]) -> Iterable[Finding]:
        """Runs of lines that are each all of one link's text (HTML mode), from the
        article's first paragraph on: a list of links to elsewhere (other stories,
        sections, tags), whatever their words. Above the first paragraph a link run may
        be the page's own menu of the story's parts, and is left to the phrase rules;
        the site's navigation above the headline is read by its shape (_head_menus)."""
        yield from self._head_menus(ctx)
        yield from self._menu_lines(ctx)
        yield from self._excerpt_pairs(ctx)
        yield from self._tag_lists(ctx, hits)
        blocks, claimed = ctx.doc.blocks, ctx.claimed
        run: list[int] = []
        for block in (*blocks, None):
            if block is not None and block.kind == "link" and block.index not in claimed:
                run.append(block.index)
                continue
            if len(run) >= MIN_LINK_RUN and run[-1] >= ctx.first_prose:
                yield self.finding("related.link_run", run[0], run[-1], "low")
            run = []

    def _head_menus(self, ctx: Context) -> Iterable[Finding]:
        """Runs of MIN_MENU_RUN or more menu-item lines ("Home", "Sport", "Real Estate")
        above the headline: the site's navigation, which text extractors keep as lines.
        The headline must follow (a longer line without a sentence end, or the block
        the title rule took) before the first paragraph, and no sentence may stand
        above: a list under an introduction ("The apps I use:"), or ingredients right
        above a recipe's method, stay, and so does everything on a page with no article."""
        blocks, claimed = ctx.doc.blocks, ctx.claimed
        if ctx.first_prose >= len(blocks):
            return
        titles = {i for f in ctx.found if f.kind == "title" for i in range(f.first, f.last + 1)}
        run: list[int] = []
        for block in (*blocks[:ctx.first_prose], None):
            if block is not None and block.index not in claimed and menus.is_menu_item(block.text):
                run.append(block.index)
                continue
            if len(run) >= MIN_MENU_RUN and self._headline_below(run[-1], ctx, titles):
                yield self.finding("related.menu_run", run[0], run[-1], "low")
            run = []
            if block is not None and block.index not in claimed and shapes.ends_sentence(block.text):
                return

    def _menu_lines(self, ctx: Context) -> Iterable[Finding]:
        """A menu on one line ("Home | News | Sport | Business | Weather") above the
        article's first paragraph or below its last: the site's navigation bar, a layout
        table's row of links. Inside the article such a line is a list of its own (a
        festival's line-up, a route: "Amsterdam › Brussels › Paris › Lyon"), and a row
        of a grid (a neighbour parted by the same separator) is a table's, and stays.
        A blog's links to the posts before and after it ("« Older post | Main | Newer
        post »", menus.is_post_navigation) stand in the same places."""
        blocks, claimed, source = ctx.doc.blocks, ctx.claimed, ctx.doc.source
        first, last = ctx.first_prose, ctx.last_prose
        if last < 0:
            return  # no article: nothing tells the site's lines from the page's own
        head = separator_blocks(source, blocks, 0, blocks[first].start)
        tail = separator_blocks(source, blocks, blocks[last].end, len(source))
        for i in (*head, *tail):
            if i in claimed:
                continue
            text = blocks[i].text
            rule = ("related.menu_line" if menus.is_menu_line(text)
                    else "related.post_navigation" if menus.is_post_navigation(text) else None)
            if rule is not None and not in_grid(i, blocks):
                yield self.finding(rule, i, i, "low")

    def _excerpt_pairs(self, ctx: Context) -> Iterable[Finding]:
        """Other posts listed with their excerpts: two pairs or more of a headline (three
        words at least) over a paragraph cut short with "[...]", separator lines ("-")
        between the pairs and nothing else, under the article's prose with none of it
        below. One such pair may be the article quoting a headline and a passage; a list
        of them with no separator may be a press review or a reading list, the post's own."""
        source = ctx.doc.source
        if shapes.EXCERPT_MARKS[0] not in source and shapes.EXCERPT_MARKS[1] not in source:
            return  # no block can end with one
        blocks, claimed = ctx.doc.blocks, ctx.claimed
        pairs = [i for i in range(1, len(blocks)) if i not in claimed and i - 1 not in claimed
                 and shapes.is_excerpt(blocks[i].text) and headline_over_excerpt(blocks[i - 1].text)]
        groups: list[list[int]] = []
        for i in pairs:
            between = range(groups[-1][-1] + 1, i - 1) if groups else range(0)
            if between and all(wordless(blocks[j].text) for j in between):
                groups[-1].append(i)
            else:
                groups.append([i])
        doc = ctx.doc
        for group in groups:
            # under the article's prose (an index page of excerpts alone has no article to
            # keep them from): then sure enough to outweigh a short article's prose
            # and nothing of the article after them (a statute quoted twice mid-article)
            if (len(group) >= MIN_EXCERPT_PAIRS and any(doc.is_prose(j) for j in range(group[0] - 1))
                    and not any(doc.is_prose(j) for j in range(group[-1] + 1, len(blocks)))):
                yield self.finding("related.excerpts", group[0] - 1, group[-1], "high")

    def _tag_lists(self, ctx: Context, hits: dict[int, Hit]) -> Iterable[Finding]:
        """A bare taxonomy label ("Tags", "Filed under:", "- Topics") after the article's
        last paragraph, with the tags under it (short lines, no sentence) or nothing: the
        extractor kept the label and one line a tag, or dropped the tags' links. Inside
        the article such a line is a subheading, and stays."""
        blocks, claimed, gated = ctx.doc.blocks, ctx.claimed, ctx.hits_of(self.book)
        if ctx.last_prose < 0:
            return
        i = ctx.last_prose + 1
        while i < len(blocks):
            if i in claimed or i in hits or i not in gated or not self._bare_label(blocks[i].text, gated[i], "taxonomy"):
                i += 1
                continue
            last = i
            for j in range(i + 1, min(len(blocks), i + 1 + self.max_list)):
                if j in claimed or j in hits or not tag_shaped(blocks[j].text):
                    break
                last = j
            yield self.finding("related.taxonomy", i, last, "low" if last > i else "high")
            i = last + 1

    def _bare_label(self, text: str, hits: Hits, concept: str) -> bool:
        """The line is a label of this concept and nothing else (its colon may be
        missing); `hits` are its gated phrases (a colon added to the line adds none)."""
        core = text.strip(_LABEL_WRAPPING).rstrip(": ")
        if not core or len(core) > MAX_BARE_LABEL_CHARS:
            return False
        label = self.book.prefix("label", core + ":", hits, concept)
        return label is not None and label[1] == len(core) + 1

    @staticmethod
    def _headline_below(index: int, ctx: Context, titles: set[int]) -> bool:
        """A headline between a block and the first paragraph: the title, or an unclaimed
        headline-shaped line that is no menu item."""
        for block in ctx.doc.blocks[index + 1:ctx.first_prose]:
            if block.index in titles:
                return True
            if (block.index not in ctx.claimed and not menus.is_menu_item(block.text)
                    and shapes.is_headline_shaped(block.text) and not shapes.ends_sentence(block.text)):
                return True
        return False

    def section_end(self, index: int, ctx: Context) -> int:
        """A list header owns the headline-shaped lines right under it."""
        blocks = ctx.doc.blocks
        last = index
        for j in range(index + 1, min(len(blocks), index + 1 + self.max_list)):
            text = blocks[j].text
            if j in ctx.claimed:
                last = j
                continue
            if (shapes.is_headline_shaped(text, max_words=25) and not shapes.ends_sentence(text)
                    and not self.continues_numbering(text, index, j, ctx)):
                last = j
                continue
            break
        return last

    def continues_numbering(self, text: str, header: int, line: int, ctx: Context) -> bool:
        """A numbered line next in number to the last numbered line above the header,
        or to the next one below it past a paragraph of prose, is an item of the
        article's own list ("4. ..." / "Read more" / "5. ...", or "Read more" /
        "1. ..." / prose / "2. ..."): the page dropped a box into a listicle."""
        item = _NUMBERED.match(text)
        if item is None:
            return False
        blocks = ctx.doc.blocks
        for i in range(header - 1, max(-1, header - 1 - NUMBERING_REACH), -1):
            above = _NUMBERED.match(blocks[i].text)
            if above is not None:
                if next_in_number(above, item):
                    return True
                break
        prose = False
        for i in range(line + 1, min(len(blocks), line + 1 + NUMBERING_REACH)):
            below = _NUMBERED.match(blocks[i].text)
            if below is not None:
                return prose and next_in_number(below, item)
            prose = prose or shapes.is_prose(blocks[i].text)
        return False


def separator_blocks(source: str, blocks: Sequence[Block], start: int = 0, end: int | None = None) -> Iterator[int]:
    """Indexes of the blocks holding a menu separator (menus.MENU_SEPARATORS) in
    source[start:end], in order: a search of the span, block after block, not a regex
    per block (most texts hold none; 3 % of text mode's time).
    The plain form, a search of each block's text, is tested to agree
    (tests/test_fast_paths.py)."""
    end = len(source) if end is None else end
    search = menus.MENU_SEPARATOR_CHAR.search
    found = search(source, start, end)
    if found is None:
        return
    starts = [b.start for b in blocks]
    while found is not None:
        i = bisect.bisect_right(starts, found.start()) - 1
        if i >= 0 and found.start() < blocks[i].end:
            yield i
        found = search(source, starts[i + 1], end) if i + 1 < len(blocks) else None
