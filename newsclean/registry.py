"""The junk families, in one place: their filters, the order they run in, and what
their stock lines are for; and the check that the language packs speak of the
families and concepts the filters read.

Order matters only through `Context.claimed`: title and credits run first so that
the headline, dek and captions are metadata before junk rules look at the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .filters.base import PITCH_CONCEPTS, PITCH_FAMILY
from .filters.context import Services
from .filters.interface import Filter
from .filters.comments import CommentsFilter
from .filters.consent import ConsentFilter
from .filters.credits import CreditsFilter
from .filters.foot import FootFilter
from .filters.legal import LegalFilter
from .filters.media import MediaFilter
from .filters.newsletter import NewsletterFilter
from .filters.paywall import PaywallFilter
from .filters.promo import PromoFilter
from .filters.related import RelatedFilter
from .filters.script import ScriptFilter
from .filters.social import SocialFilter
from .filters.thread import ThreadFilter
from .filters.title import TitleFilter
from .lang import LanguagePack, packs
from .phrasebook import PhraseBook

#: What a family's stock lines (buttons, box headers, labelled links) are read for by
#: other filters: "headline" (such a line is never the headline), "meta_bar" (such a
#: segment belongs to an article's metadata bar: "4 comments", "Tags: ...").
STOCK_USES = ("headline", "meta_bar")


@dataclass(frozen=True)
class Family:
    """One junk family: its filter class and what other filters read its stock lines for."""

    filter: type[Filter]
    stock_lines: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return self.filter.name


FAMILIES: tuple[Family, ...] = (
    Family(TitleFilter),
    Family(CreditsFilter),
    Family(MediaFilter, frozenset({"headline", "meta_bar"})),
    Family(LegalFilter),
    Family(ScriptFilter),
    Family(PaywallFilter, frozenset({"headline"})),
    Family(ConsentFilter, frozenset({"headline"})),
    Family(NewsletterFilter, frozenset({"headline"})),
    Family(CommentsFilter, frozenset({"headline", "meta_bar"})),
    Family(ThreadFilter),
    Family(RelatedFilter, frozenset({"headline", "meta_bar"})),
    Family(SocialFilter, frozenset({"headline", "meta_bar"})),
    Family(PromoFilter, frozenset({"headline"})),
    Family(FootFilter),
)
#: Every removal kind the families' findings carry, in family order.
KINDS: tuple[str, ...] = tuple(dict.fromkeys(k for f in FAMILIES for k in sorted(f.filter.kinds or {f.filter.kind})))
#: Every phrase family and the concepts its readers declare (pitch: read by every box).
CONCEPTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {f.name: f.filter.concepts for f in FAMILIES if f.filter.concepts} | {PITCH_FAMILY: PITCH_CONCEPTS}
)


def default_filters() -> tuple[Filter, ...]:
    """One filter of each family, with its default options, in the default order."""
    return tuple(f.filter() for f in FAMILIES)


@lru_cache(maxsize=1)
def _defaults() -> Mapping[str, Filter]:
    return MappingProxyType({f.name: f for f in default_filters()})


def services(filters: tuple[Filter, ...]) -> Services:
    """What a pipeline's filters read of each other: its own filters' phrase books and
    credits rules, and the default ones for the families it does not run."""
    mine = {f.name: f for f in filters}
    books: dict[str, PhraseBook] = {}
    for name, default in _defaults().items():
        own = mine.get(name)
        book = (own.book if own is not None else None) or default.book
        if book is not None:
            books[name] = book
    stock = {use: tuple(books[f.name] for f in FAMILIES if use in f.stock_lines) for use in STOCK_USES}
    credits = next((f for f in filters if isinstance(f, CreditsFilter)), _defaults()["credits"])
    return Services(MappingProxyType(books), MappingProxyType(stock), credits)


def check_packs(languages: Mapping[str, LanguagePack] | None = None) -> None:
    """Fail, naming the pack and the concept, when a language pack names a family or
    concept no filter reads, or a concept a filter reads is in no pack (a rename)."""
    used: set[tuple[str, str]] = set()
    for code, pack in (packs() if languages is None else languages).items():
        for family, concepts in pack.phrases.items():
            if family not in CONCEPTS:
                raise ImportError(f"newsclean/lang/{code}.py: unknown phrase family {family!r} (have: {', '.join(sorted(CONCEPTS))})")
            for concept in concepts:
                if concept not in CONCEPTS[family]:
                    raise ImportError(f"newsclean/lang/{code}.py: {family} has no concept {concept!r} "
                                      f"(its filter reads: {', '.join(sorted(CONCEPTS[family]))})")
                used.add((family, concept))
    for family, concepts in CONCEPTS.items():
        for concept in sorted(concepts):
            if (family, concept) not in used:
                raise ImportError(f"no language pack has phrases for {family}.{concept}, which its filter reads")


check_packs()
DEFAULT_FILTERS: tuple[Filter, ...] = default_filters()
