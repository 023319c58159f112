"""The pipeline: run filters in order, resolve overlaps, apply the cuts once, and
build the Article. A safety net rolls back low-confidence cuts that would take most
of the article prose, and says so in `Article.notes`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .budget import document_budget, skip_filter, spent as budget_spent
from .config import Config, load_config
from .filters import Context, Filter, Services
from .frontends.text import document_from_text
from .language import document_language
from .assemble import merge_facts, merge_meta, owners, removals, settle_title
from .model import Article, Document, Finding, Removal
from .registry import DEFAULT_FILTERS, services
from .phrasebook import Hits, PhraseBook, Scanner, scan_document

#: The error of an input with nothing but white space (text or HTML alike).
EMPTY_INPUT = "empty input"
#: Passes over the surviving blocks before the result is taken as it is.
MAX_PASSES = 3
#: Seconds of filter time per document (Pipeline.time_budget): a hundred times what the
#: slowest page of the corpora takes.
DEFAULT_TIME_BUDGET = 10.0
#: Phrase hits per book, per block index (blocks without hits absent).
Gated = Mapping[PhraseBook, Mapping[int, Hits]]


@dataclass(frozen=True)
class Pipeline:
    """An ordered, immutable list of filters plus how their findings are applied.

    keep:        removal kinds left in the body (e.g. {"caption"}); their facts
                 still reach the metadata.
    safety_net:  the share of article prose that low-confidence cuts may take
                 before they are all rolled back (1.0 turns the net off).
    time_budget: seconds the filters may spend on one document (None: no limit);
                 past it the rest is skipped and the Article's notes say what.
    """

    filters: tuple[Filter, ...] = DEFAULT_FILTERS
    keep: frozenset[str] = frozenset()
    safety_net: float = 0.5
    time_budget: float | None = DEFAULT_TIME_BUDGET

    def __post_init__(self) -> None:
        for f in self.filters:
            _check_filter(f)

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
        _check_filter(new)
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
        return self._replacing(dataclasses.replace(self.get(name), **options))

    def with_phrases(self, name: str, phrases: Mapping[str, Mapping[str, Sequence[str]]]) -> Pipeline:
        """Add phrases (concept -> mode -> patterns) to a phrase-family filter."""
        return self._replacing(self.get(name).with_phrases(phrases))

    def _replacing(self, changed: Filter) -> Pipeline:
        """This pipeline with the filter of `changed`'s name replaced by it."""
        return dataclasses.replace(self, filters=tuple(changed if f.name == changed.name else f for f in self.filters))

    def keeping(self, *kinds: str) -> Pipeline:
        return dataclasses.replace(self, keep=self.keep | frozenset(kinds))

    def reordered(self, names: Sequence[str]) -> Pipeline:
        if sorted(names) != sorted(self.names):
            raise ValueError("reordered() takes every filter name once")
        return dataclasses.replace(self, filters=tuple(self.get(n) for n in names))

    @classmethod
    def from_config(cls, config: Config | str | Path | Mapping[str, object] | None) -> Pipeline:
        """The default pipeline changed as a config says (a TOML path, a mapping or a
        `Config`): the one way the CLI, its workers, Spark and datatrove build theirs."""
        conf = load_config(config)
        return conf.applied_to(cls(safety_net=conf.safety_net))

    # -- running -------------------------------------------------------------------

    def clean_text(self, text: str) -> Article:
        if not isinstance(text, str):
            raise TypeError(f"clean_text() expects str, got {type(text).__name__}; decode bytes first or use clean_html()")
        if not text.strip():  # as clean_html says of an empty page: nothing was cleaned
            return Article(error=EMPTY_INPUT)
        return self.run(document_from_text(text))

    def clean_html(self, html: str | bytes, url: str | None = None) -> Article:
        """Clean a raw page; never raises on bad input: the Article's `error` says what failed.

        The front end prunes and extracts; the filters then run on its Document, after
        the DOM cuts. Figure captions and byline elements are read by this pipeline's credits rules.
        """
        from .frontends.html import read_html  # lxml and trafilatura load with the first page

        credits = self.services.credits
        page = read_html(html, url, split_caption=credits.split_caption, read_byline=credits.byline_names)
        if page.document is None:
            return Article(url=url, removed=list(page.removed), error=page.error, notes=list(page.notes))
        return self.run(page.document, removed_before=page.removed, notes=page.notes)

    @cached_property
    def services(self) -> Services:
        """What its filters read of each other (registry.services)."""
        return services(self.filters)

    @cached_property
    def _books(self) -> tuple[PhraseBook, ...]:
        """Every phrase book a filter reads: one shared scan serves them all."""
        mine = (f.book for f in self.filters)
        return tuple(dict.fromkeys([*(b for b in mine if b is not None), *self.services.books.values()]))

    @cached_property
    def _wall_rules(self) -> frozenset[str]:
        return frozenset(rule for f in self.filters for rule in f.wall_rules)

    def scan(self, doc: Document) -> Gated:
        """Phrase hits per book and block: one Aho-Corasick pass serves every family."""
        return scan_document(self._books, doc)

    def find(self, doc: Document, filters: Sequence[Filter] | None = None, gated: Gated | None = None) -> list[Finding]:
        """All findings of the filters (default: all), in pipeline order; nothing applied.
        `gated` is `scan(doc)` when the caller has it."""
        if gated is None:
            gated = self.scan(doc)
        found: list[Finding] = []
        ctx = Context(doc, (), gated, self.services)
        for f in self.filters if filters is None else filters:
            if skip_filter(f.name):
                continue
            new = list(f.find(ctx))
            if new:  # else the next filter reads the same context, its views already derived
                found.extend(new)
                ctx = Context(doc, tuple(found), gated, self.services)
        return found

    def run(self, doc: Document, removed_before: Iterable[Removal] = (), notes: Iterable[str] = ()) -> Article:
        """The Article of a Document: the filters' passes under the time budget."""
        Scanner.build(self._books)  # once a pipeline, and not on the first document's clock
        with document_budget(self.time_budget) as budget:
            article = self._passes(doc, removed_before, notes)
        article.notes.extend(budget.notes())
        return article

    def _passes(self, doc: Document, removed_before: Iterable[Removal], notes: Iterable[str]) -> Article:
        """Apply the filters until nothing more goes (at most MAX_PASSES passes).

        A later pass sees what the reader of the body would see: the surviving
        blocks, as `clean_text(body)` would split them, and runs every filter on them
        (rules read positions and neighbours: the headline is the first line, a caption
        sits above its credit). They can find more once the junk around is gone;
        running to a fixed point is what makes cleaning a clean body change nothing.
        """
        if doc.language is None:
            doc = dataclasses.replace(doc, language=document_language(doc))
        article = Article(notes=list(notes))
        all_findings: list[Finding] = []
        final_owner: list[Finding | None] = [None] * len(doc.blocks)
        current, origin = doc, list(range(len(doc.blocks)))  # current block -> block of `doc`
        gated = self.scan(doc)
        for step in range(MAX_PASSES):
            findings = self.find(current, None, gated)
            all_findings.extend(findings)
            owner = self._apply(current, findings, article)
            cut = [i for i, o in enumerate(owner) if o is not None]
            for i in cut:
                final_owner[origin[i]] = owner[i]
            if not cut or budget_spent():
                break
            kept = [i for i, o in enumerate(owner) if o is None]
            origin = [origin[i] for i in kept]
            current = current.keeping(kept)
            # a block's phrase hits depend on its text alone: renumber them, no rescan
            renumbered = {i: k for k, i in enumerate(kept)}
            gated = {book: {renumbered[i]: h for i, h in hits.items() if i in renumbered} for book, hits in gated.items()}
        article.body = "\n\n".join(b.text for b, o in zip(doc.blocks, final_owner) if o is None)
        article.removed = list(removed_before) + removals(doc, final_owner)
        merge_meta(article, doc.meta)
        article.language = doc.language
        merge_facts(article, all_findings)
        settle_title(article, doc.meta)
        article.paywalled = self._paywalled(final_owner) or self._walled_container(article.removed)
        return article

    def _paywalled(self, owner: list[Finding | None]) -> bool:
        """A wall rule's cut (a paywall prompt) with no body surviving after it."""
        walls = self._wall_rules
        for i, f in enumerate(owner):
            if f is not None and f.rule in walls:
                return all(o is not None for o in owner[i:])
        return False

    def _walled_container(self, removed: list[Removal]) -> bool:
        """A paywall container pruned from the page whose text reads as a wall prompt
        to this pipeline's own paywall rules (a meter box, "Subscribe to keep reading")."""
        walls = [f for f in self.filters if f.wall_rules]
        for r in removed:
            if walls and r.kind == "paywall" and r.start is None:
                if any(f.rule in self._wall_rules for f in self.find(document_from_text(r.text), walls)):
                    return True
        return False

    def _apply(self, doc: Document, findings: list[Finding], article: Article) -> list[Finding | None]:
        """Which finding cuts each block; the safety net may roll low-confidence cuts back."""
        applied = [f for f in findings if f.remove and f.kind not in self.keep]
        owner = owners(applied, len(doc.blocks))
        low = {id(f) for f in applied if f.confidence == "low"}
        if low and self.safety_net < 1.0:
            # the prose the low-confidence cuts take first: most take none, and then
            # the rest of the prose need not be read
            blocks = doc.blocks
            lost = sum(len(blocks[i].text) for i, o in enumerate(owner) if o is not None and id(o) in low and doc.is_prose(i))
            total = sum(len(blocks[i].text) for i in doc.prose) if lost else 0
            if total and lost / total > self.safety_net:
                owner = owners([f for f in applied if id(f) not in low], len(doc.blocks))
                article.notes.append(
                    f"safety net: kept {len(low)} low-confidence cut(s) that would have taken {lost / total:.0%} of the prose"
                )
        return owner


def _check_filter(f: object) -> None:
    if not isinstance(f, Filter):
        raise TypeError(f"{type(f).__name__} is no newsclean.Filter: filters subclass it (its hooks have defaults)")


DEFAULT_PIPELINE = Pipeline()
