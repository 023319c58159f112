"""The pipeline: run filters in order, resolve overlaps, apply the cuts once, and
build the Article. A safety net rolls back low-confidence cuts that would take most
of the article prose, and says so in `Article.notes`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Iterable, Mapping, Sequence

from .filters import DEFAULT_FILTERS, Context, Filter
from .filters.credits import CreditsFilter
from .frontends.text import document_from_text
from .model import LIST_FIELDS, TEXT_FIELDS, Article, Document, DocumentMeta, Finding, Removal
from .patterns import Hits, PhraseBook, SharedGate, freeze_family, thaw_family

#: Splits figure captions into caption and credit for the HTML front end; one
#: instance serves every page (its compiled phrases are cached on it).
_CAPTION_SPLITTER = CreditsFilter()
#: Passes over the surviving blocks before the result is taken as it is.
MAX_PASSES = 3
#: Facts whose several findings are joined rather than first-wins.
JOINED_FIELDS = frozenset({"ai_disclosure", "author_bio"})
#: Phrase hits per book, per block index (blocks without hits absent).
Gated = Mapping[PhraseBook, Mapping[int, Hits]]
#: Per filter that ran in a pass: the context it read and what it found.
Ran = Mapping[str, tuple["Context", list[Finding]]]


@dataclass(frozen=True)
class Pipeline:
    """An ordered, immutable list of filters plus how their findings are applied.

    keep:        removal kinds left in the body (e.g. {"caption"}); their facts
                 still reach the metadata.
    safety_net:  the share of article prose that low-confidence cuts may take
                 before they are all rolled back (1.0 turns the net off).
    """

    filters: tuple[Filter, ...] = DEFAULT_FILTERS
    keep: frozenset[str] = frozenset()
    safety_net: float = 0.5

    # -- composition ---------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.filters)

    def get(self, name: str) -> Filter:
        for f in self.filters:
            if f.name == name:
                return f
        raise KeyError(f"no filter named {name!r} (have: {', '.join(self.names)})")

    def without(self, *names: str) -> Pipeline:
        for name in names:
            self.get(name)
        return dataclasses.replace(self, filters=tuple(f for f in self.filters if f.name not in names))

    def only(self, *names: str) -> Pipeline:
        for name in names:
            self.get(name)
        return dataclasses.replace(self, filters=tuple(f for f in self.filters if f.name in names))

    def with_filter(self, new: Filter, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Add a filter (at the end, or before/after a named one)."""
        filters = [f for f in self.filters if f.name != new.name]
        if before is not None or after is not None:
            names = [f.name for f in filters]
            anchor = before if before is not None else after
            if anchor not in names:
                raise KeyError(f"no filter named {anchor!r}")
            pos = names.index(anchor) + (0 if before is not None else 1)
            filters.insert(pos, new)
        else:
            filters.append(new)
        return dataclasses.replace(self, filters=tuple(filters))

    def with_options(self, name: str, **options: object) -> Pipeline:
        """Replace one filter by a copy with other options."""
        changed = dataclasses.replace(self.get(name), **options)
        return dataclasses.replace(self, filters=tuple(changed if f.name == name else f for f in self.filters))

    def with_phrases(self, name: str, phrases: Mapping[str, Mapping[str, Sequence[str]]]) -> Pipeline:
        """Add phrases (concept -> mode -> patterns) to a phrase-family filter."""
        current = self.get(name)
        extra = getattr(current, "extra_phrases", None)
        if extra is None:
            raise TypeError(f"filter {name!r} does not take phrases")
        return self.with_options(name, extra_phrases=freeze_family(*thaw_family(extra), phrases))

    def keeping(self, *kinds: str) -> Pipeline:
        return dataclasses.replace(self, keep=self.keep | frozenset(kinds))

    def reordered(self, names: Sequence[str]) -> Pipeline:
        if sorted(names) != sorted(self.names):
            raise ValueError("reordered() takes every filter name once")
        return dataclasses.replace(self, filters=tuple(self.get(n) for n in names))

    # -- running -------------------------------------------------------------------

    def clean_text(self, text: str) -> Article:
        if not isinstance(text, str):
            raise TypeError(f"clean_text() expects str, got {type(text).__name__}; decode bytes first or use clean_html()")
        return self.run(document_from_text(text))

    def clean_html(self, html: str | bytes, url: str | None = None) -> Article:
        """Clean a raw page; never raises on bad input: the Article's `error` says what failed.

        The front end prunes and extracts; the filters then run on its Document, after
        the DOM cuts. Figure captions are split by the credits rules (built once).
        """
        from .frontends.html import read_html  # lxml and trafilatura load with the first page

        page = read_html(html, url, split_caption=_CAPTION_SPLITTER.split_caption)
        if page.document is None:
            return Article(url=url, removed=list(page.removed), error=page.error, notes=list(page.notes))
        return self.run(page.document, removed_before=page.removed, notes=page.notes)

    @cached_property
    def _shared_gate(self) -> SharedGate:
        """Every filter that reads phrases (has a `book`) is served by the one scan."""
        books = (getattr(f, "book", None) for f in self.filters)
        return SharedGate.build(tuple(dict.fromkeys(b for b in books if isinstance(b, PhraseBook))))

    def scan(self, doc: Document) -> Gated:
        """Phrase hits per book and block: one Aho-Corasick pass serves every family."""
        return self._shared_gate.scan_document(*doc.lowered_text, Context(doc).is_long)

    def find(self, doc: Document, filters: Sequence[Filter] | None = None, gated: Gated | None = None) -> list[Finding]:
        """All findings of the filters (default: all), in pipeline order; nothing applied.

        `gated` is `scan(doc)` when the caller has it already.
        """
        return self._find(doc, filters, gated)[0]

    def _find(self, doc: Document, filters: Sequence[Filter] | None, gated: Gated | None,
              before: Before | None = None) -> tuple[list[Finding], Ran]:
        """find(), and what each filter that ran read and found (for the next pass).

        `before` (a later pass): that of the previous pass, with the blocks it cut;
        a filter that says it is settled by them (`settled`) is not run.
        """
        if gated is None:
            gated = self.scan(doc)
        found: list[Finding] = []
        ran: dict[str, tuple[Context, list[Finding]]] = {}
        ctx = Context(doc, (), gated)
        for f in self.filters if filters is None else filters:
            if before is not None and before.settles(f, found):
                continue
            new = list(f.find(ctx))
            ran[f.name] = (ctx, new)
            if new:  # else the next filter reads the same context, its views already derived
                found.extend(new)
                ctx = Context(doc, tuple(found), gated)
        return found, ran

    def run(self, doc: Document, removed_before: Iterable[Removal] = (), notes: Iterable[str] = ()) -> Article:
        """Apply the filters until nothing more goes (at most MAX_PASSES passes).

        A later pass sees what the reader of the body would see: the surviving
        blocks, as `clean_text(body)` would split them, and runs the filters that
        read positions (`reads_position`: the headline is the first line, a caption
        sits above its credit). They can find more once the junk around is gone;
        running to a fixed point is what makes cleaning a clean body change nothing.
        """
        article = Article(notes=list(notes))
        all_findings: list[Finding] = []
        final_owner: list[Finding | None] = [None] * len(doc.blocks)
        spans: dict[int, list[Finding]] = {}
        current, origin = doc, list(range(len(doc.blocks)))  # current block -> block of `doc`
        later = [f for f in self.filters if getattr(f, "reads_position", False)]
        gated = self.scan(doc)
        before: Before | None = None
        for step in range(MAX_PASSES):
            findings, ran = self._find(current, None if step == 0 else later, gated, before)
            all_findings.extend(findings)
            owner = self._apply(current, findings, article)
            for i, f in _spans([f for f in findings if f.span is not None], current, owner).items():
                spans.setdefault(origin[i], []).extend(f)
            cut = [i for i, o in enumerate(owner) if o is not None]
            for i in cut:
                final_owner[origin[i]] = owner[i]
            if not cut:
                break
            # the next pass only runs the filters that could find more once these go
            # (for the first pass's record only: a third pass is rare and runs in full)
            before = None
            if step == 0:
                removed = frozenset(cut)
                alone = {f.name: _is_settled(f, ran, removed, ()) for f in later}
                if all(alone.values()):
                    break
                before = Before(ran, removed, MappingProxyType(alone))
            kept = [i for i, o in enumerate(owner) if o is None]
            origin = [origin[i] for i in kept]
            current = current.keeping(kept)
            # a block's phrase hits depend on its text alone: renumber, do not rescan
            renumbered = {i: k for k, i in enumerate(kept)}
            gated = {book: {renumbered[i]: h for i, h in hits.items() if i in renumbered} for book, hits in gated.items()}
        article.body = "\n\n".join(_surviving(doc, final_owner, spans))
        cut = [i for i, o in enumerate(final_owner) if o is not None]
        article.removed = list(removed_before) + _removals(doc, final_owner, cut, spans)
        _merge_meta(article, doc.meta)
        _merge_facts(article, all_findings)
        article.paywalled = _paywalled(final_owner, cut)
        return article

    def _apply(self, doc: Document, findings: list[Finding], article: Article) -> list[Finding | None]:
        """Which finding cuts each block; the safety net may roll low-confidence cuts back."""
        applied = [f for f in findings if f.remove and f.kind not in self.keep and f.span is None]
        owner = _owners(applied, len(doc.blocks))
        low = {id(f) for f in applied if f.confidence == "low"}
        if low and self.safety_net < 1.0:
            # the prose the low-confidence cuts take first: most take none, and then
            # the rest of the prose need not be read
            blocks = doc.blocks
            lost = sum(len(blocks[i].text) for i, o in enumerate(owner) if o is not None and id(o) in low and doc.is_prose(i))
            total = sum(len(blocks[i].text) for i in doc.prose) if lost else 0
            if total and lost / total > self.safety_net:
                owner = _owners([f for f in applied if id(f) not in low], len(doc.blocks))
                article.notes.append(
                    f"safety net: kept {len(low)} low-confidence cut(s) that would have taken {lost / total:.0%} of the prose"
                )
        return owner


@dataclass(frozen=True)
class Before:
    """One pass, as a later pass needs it: per filter that ran, the context it read
    and what it found; and the blocks (numbered as in those contexts) the pass cut."""

    ran: Ran
    removed: frozenset[int]
    #: Per filter: settled when nothing else is found in the next pass (the usual case).
    alone: Mapping[str, bool]

    def settles(self, f: Filter, now: Sequence[Finding]) -> bool:
        if not now and f.name in self.alone:
            return self.alone[f.name]
        return _is_settled(f, self.ran, self.removed, now)


def _is_settled(f: Filter, ran: Ran, removed: frozenset[int], now: Sequence[Finding]) -> bool:
    """The filter ran in the pass before and says a run on the surviving blocks would
    find nothing (`settled(context, found, removed, now)`, where `now` is what earlier
    filters found in this pass). A filter without the method always runs again."""
    settled = getattr(f, "settled", None)
    if settled is None or f.name not in ran:
        return False
    ctx, found = ran[f.name]
    return bool(settled(ctx, found, removed, now))


def _owners(applied: list[Finding], n: int) -> list[Finding | None]:
    """For each block, the first finding (in pipeline order) that cuts it whole."""
    owner: list[Finding | None] = [None] * n
    for f in applied:
        if f.span is not None:
            continue
        for i in range(max(f.first, 0), min(f.last, n - 1) + 1):
            if owner[i] is None:
                owner[i] = f
    return owner


def _spans(span_findings: list[Finding], doc: Document, owner: list[Finding | None]) -> dict[int, list[Finding]]:
    """Inline cuts, by block, for blocks no finding cuts whole."""
    spans: dict[int, list[Finding]] = {}
    for f in span_findings:
        if f.remove and owner[f.first] is None:
            spans.setdefault(f.first, []).append(f)
    return spans


def _surviving(doc: Document, owner: list[Finding | None], spans: dict[int, list[Finding]]) -> Iterable[str]:
    if not spans:  # the usual case: whole blocks only
        return [b.text for b, o in zip(doc.blocks, owner) if o is None]
    return _surviving_with_spans(doc, owner, spans)


def _surviving_with_spans(doc: Document, owner: list[Finding | None], spans: dict[int, list[Finding]]) -> Iterable[str]:
    for b in doc.blocks:
        if owner[b.index] is not None:
            continue
        if b.index in spans:
            text = doc.source[b.start:b.end]
            for f in sorted(spans[b.index], key=lambda f: f.span[0], reverse=True):
                s, e = f.span[0] - b.start, f.span[1] - b.start
                text = text[:s] + text[e:]
            text = " ".join(text.split()) if text.strip() else ""
            if text:
                yield text
        else:
            yield b.text


def _removals(doc: Document, owner: list[Finding | None], cut: list[int], spans: dict[int, list[Finding]]) -> list[Removal]:
    """One Removal per run of blocks cut by the same finding, and one per inline cut,
    in document order. `cut` lists the blocks with an owner, in order."""
    out: list[Removal] = []
    marked = sorted(set(cut).union(spans)) if spans else cut
    k, m = 0, len(marked)
    while k < m:
        i = marked[k]
        f = owner[i]
        if f is None:
            for s in spans[i]:
                out.append(Removal(s.filter, s.rule, s.kind, doc.source[s.span[0]:s.span[1]], s.span[0], s.span[1]))
            k += 1
            continue
        j = i
        while k + 1 < m and marked[k + 1] == j + 1 and owner[j + 1] is f:
            k += 1
            j += 1
        start, end = doc.blocks[i].start, doc.blocks[j].end
        out.append(Removal(f.filter, f.rule, f.kind, doc.source[start:end], start, end))
        k += 1
    return out


def _merge_meta(article: Article, meta: DocumentMeta) -> None:
    for name in ("title", "subtitle", "date", "site_name", "url", "language", "section"):
        value = getattr(meta, name)
        if value:
            setattr(article, name, value)
    article.authors.extend(meta.authors)
    article.tags.extend(meta.tags)
    article.captions.extend(meta.captions)
    article.image_credits.extend(meta.image_credits)


def _merge_facts(article: Article, findings: list[Finding]) -> None:
    for f in findings:
        for name, value in f.facts:
            value = value.strip()
            if not value:
                continue
            if name in LIST_FIELDS:
                values = getattr(article, name)
                if value not in values:
                    values.append(value)
            elif name in JOINED_FIELDS and getattr(article, name):
                if value not in getattr(article, name):
                    setattr(article, name, getattr(article, name) + "\n" + value)
            elif name in TEXT_FIELDS and not getattr(article, name):
                setattr(article, name, value)


def _paywalled(owner: list[Finding | None], cut: list[int]) -> bool:
    """A paywall prompt was cut and no body survives after it."""
    for i in cut:
        f = owner[i]
        if f.filter == "paywall" and f.rule.endswith(".prompt"):
            return all(o is not None for o in owner[i:])
    return False


DEFAULT_PIPELINE = Pipeline()
