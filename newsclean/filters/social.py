"""Share bars and follow-us lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import PhraseFilter


@dataclass(frozen=True)
class SocialFilter(PhraseFilter):
    name: ClassVar[str] = "social"
    kind: ClassVar[str] = "social"
    concepts: ClassVar[frozenset[str]] = frozenset({"follow", "share"})
    description: ClassVar[str] = "Share buttons and 'follow us on ...' lines."
