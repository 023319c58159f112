"""The data model: a Document of blocks in, findings from filters, an Article out.

Filters never change a Document; they return Findings. That separation is what
makes every cut explainable and replayable (see DESIGN.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Sequence

from .lazy import cached_view
from .shapes import is_body_prose
from .structure import Structure

#: Blocks longer than this are never junk-shaped, so no lower-cased copy is kept.
LOWERED_MAX = 1500

BlockKind = Literal["paragraph", "heading", "list_item", "quote", "caption", "table", "code", "link"]
Confidence = Literal["high", "low"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit, with its place in `Document.source`."""

    index: int
    text: str
    start: int
    end: int
    kind: BlockKind = "paragraph"
    blank_before: int = 0  # blank lines between this block and the previous one
    level: int = 0  # a heading's rank on the page (2 for <h2>); 0 when not known


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Metadata that arrived with the input (from HTML), before any filter ran."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    image_credits: tuple[str, ...] = ()
    description: str | None = None
    image: str | None = None
    hostname: str | None = None
    categories: tuple[str, ...] = ()
    license: str | None = None
    page_type: str | None = None
    #: The page's title when it names the site rather than the story (`title` is then
    #: None, for the headline to be read from the text): the site's name if the text
    #: gives a headline, else the title (assemble.settle_title).
    page_title: str | None = None


@dataclass(frozen=True)
class Document:
    """The ordered blocks of one article, and the text their offsets point into.

    The cached properties are views derived once per document and shared by all
    filters (lower-cased text for the phrase gates, prose flags for position rules).
    """

    source: str
    blocks: tuple[Block, ...]
    meta: DocumentMeta = DocumentMeta()
    origin: Literal["text", "html"] = "text"
    #: The language of its prose (ISO 639-1), once identified (Pipeline.run does).
    language: str | None = None

    def __len__(self) -> int:
        return len(self.blocks)

    @cached_view
    def lowered(self) -> tuple[str, ...]:
        """Each block lower-cased, white space folded ('' when too long to be junk)."""
        return tuple(_gate_form(b.text) if len(b.text) <= LOWERED_MAX else "" for b in self.blocks)

    @cached_view
    def lowered_text(self) -> tuple[str, tuple[int, ...]]:
        """All lowered blocks joined by newlines, and where each starts in that text."""
        starts: list[int] = []
        pos = 0
        for low in self.lowered:
            starts.append(pos)
            pos += len(low) + 1
        return "\n".join(self.lowered), tuple(starts)

    @cached_view
    def reading_starts(self) -> tuple[int, ...]:
        """Where each block starts in the blocks' text joined by blank lines, the body as a
        reader sees it, and (last) that text's length: positions that junk cut elsewhere in
        the source does not move, so a second cleaning reads them the same."""
        starts = [0]
        for b in self.blocks:
            starts.append(starts[-1] + len(b.text) + 2)
        starts[-1] = max(starts[-1] - 2, 0)
        return tuple(starts)

    @cached_view
    def grouped(self) -> bool:
        """Whether blank lines set paragraphs apart anywhere (read once, not per rule that asks)."""
        return any(b.blank_before for b in self.blocks)

    @cached_view
    def _prose_memo(self) -> dict[int, bool]:
        """is_prose of the blocks asked so far: finding the first and last prose
        paragraph reads a few blocks, not all."""
        return {}

    def is_prose(self, index: int) -> bool:
        """Whether block `index` is article prose (long, sentence-final, not talking to the reader)."""
        memo = self._prose_memo
        flag = memo.get(index)
        if flag is None:
            flag = memo[index] = is_body_prose(self.blocks[index].text)
        return flag

    @cached_view
    def prose(self) -> tuple[int, ...]:
        """Indexes of article-prose blocks."""
        return tuple(i for i in range(len(self.blocks)) if self.is_prose(i))

    @cached_view
    def structure(self) -> Structure:
        """Shapes, header runs and zones (structure.py), derived when first asked."""
        return Structure(self)

    def keeping(self, kept: Sequence[int]) -> Document:
        """The document of these blocks only, renumbered and each a paragraph of its own."""
        old = self.blocks
        blocks = tuple(Block(k, old[i].text, old[i].start, old[i].end, old[i].kind, 1 if k else 0, old[i].level) for k, i in enumerate(kept))
        return Document(source=self.source, blocks=blocks, meta=self.meta, origin=self.origin, language=self.language)


EMPTY_DOCUMENT = Document(source="", blocks=())


def _gate_form(text: str) -> str:
    """Lower case, white space folded to single spaces. A printable line without a
    double space has nothing to fold (blocks are stripped): lower() alone does."""
    if "  " not in text and text.isprintable():
        return text.lower()
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class Removal:
    """One cut: which filter and rule took which text, and where it stood.

    `start`/`end` are offsets into the input of `clean_text` (for HTML input: into
    the extracted text, or None for containers pruned from the DOM).
    """

    filter: str
    rule: str
    kind: str
    text: str
    start: int | None
    end: int | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """What a filter reports: blocks to cut and/or facts.

    `first`..`last` is an inclusive block range. `facts` are (field, value) pairs for the Article.
    Low-confidence cuts may be rolled back by the pipeline's safety net.
    """

    filter: str
    rule: str
    kind: str
    first: int
    last: int
    facts: tuple[tuple[str, str], ...] = ()
    confidence: Confidence = "high"
    remove: bool = True


LIST_FIELDS = ("authors", "editors", "contributors", "captions", "image_credits", "tags")
TEXT_FIELDS = (
    "title", "subtitle", "section", "site_name", "url", "language", "date",
    "copyright", "ai_disclosure", "author_bio",
)


@dataclass(slots=True)
class Article:
    """The clean body, the metadata the residue carried, and why each cut was made.

    `error` is set (and `body` empty) when the input could not be processed;
    `notes` records what the pipeline decided not to do (rolled-back cuts, skipped
    prunes) so that nothing is silent.
    """

    body: str = ""
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    image_credits: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    date: str | None = None
    copyright: str | None = None
    ai_disclosure: str | None = None
    author_bio: str | None = None
    paywalled: bool = False
    # from the page's markup (HTML mode): trafilatura's metadata fields
    description: str | None = None
    image: str | None = None
    hostname: str | None = None
    categories: list[str] = field(default_factory=list)
    license: str | None = None
    page_type: str | None = None
    removed: list[Removal] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["removed"] = [r.to_dict() for r in self.removed]
        return data
