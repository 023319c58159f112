"""House promos: apps, podcasts, trading tools, affiliate notes, membership asks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import PhraseFilter


@dataclass(frozen=True)
class PromoFilter(PhraseFilter):
    name: ClassVar[str] = "promo"
    kind: ClassVar[str] = "promo"
    concepts: ClassVar[frozenset[str]] = frozenset({"affiliate", "app", "membership", "podcast", "tips", "trading"})
    description: ClassVar[str] = "App, podcast, trading, affiliate and membership promos."
    reports: ClassVar[bool] = True
