"""The junk families' filters, one module each (their order and services: newsclean.registry)."""

from __future__ import annotations

from .base import PhraseFilter
from .context import Context, Services
from .interface import Filter
from .comments import CommentsFilter
from .consent import ConsentFilter
from .credits import CreditsFilter
from .foot import FootFilter
from .legal import LegalFilter
from .media import MediaFilter
from .newsletter import NewsletterFilter
from .paywall import PaywallFilter
from .promo import PromoFilter
from .related import RelatedFilter
from .social import SocialFilter
from .title import TitleFilter

__all__ = [
    "Context", "Filter", "PhraseFilter", "Services", "CommentsFilter", "ConsentFilter", "CreditsFilter", "FootFilter", "LegalFilter",
    "MediaFilter", "NewsletterFilter", "PaywallFilter", "PromoFilter", "RelatedFilter", "SocialFilter", "TitleFilter",
]
