"""The junk families, one module each, and the default order they run in.

Order matters only through `Context.claimed`: title and credits run first so that
the headline, dek and captions are metadata before junk rules look at the rest.
"""

from __future__ import annotations

from .base import Context, Filter, PhraseFilter
from .comments import CommentsFilter
from .consent import ConsentFilter
from .credits import CreditsFilter
from .legal import LegalFilter
from .media import MediaFilter
from .newsletter import NewsletterFilter
from .paywall import PaywallFilter
from .promo import PromoFilter
from .related import RelatedFilter
from .social import SocialFilter
from .title import TitleFilter

DEFAULT_FILTERS: tuple[Filter, ...] = (
    TitleFilter(),
    CreditsFilter(),
    MediaFilter(),
    LegalFilter(),
    PaywallFilter(),
    ConsentFilter(),
    NewsletterFilter(),
    CommentsFilter(),
    RelatedFilter(),
    SocialFilter(),
    PromoFilter(),
)

__all__ = [
    "DEFAULT_FILTERS", "Context", "Filter", "PhraseFilter", "CommentsFilter", "ConsentFilter",
    "CreditsFilter", "LegalFilter", "MediaFilter", "NewsletterFilter", "PaywallFilter", "PromoFilter",
    "RelatedFilter", "SocialFilter", "TitleFilter",
]
