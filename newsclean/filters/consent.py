"""Cookie banners and the consent gates that stand in for third-party embeds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import PhraseFilter


@dataclass(frozen=True)
class ConsentFilter(PhraseFilter):
    name: ClassVar[str] = "consent"
    kind: ClassVar[str] = "consent"
    concepts: ClassVar[frozenset[str]] = frozenset({"cookie_notice", "embed_gate"})
    description: ClassVar[str] = "Cookie banners and 'this content may be using cookies' embed gates."
    reports: ClassVar[bool] = True
