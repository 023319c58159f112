"""Newsletter and subscribe boxes: header, pitch, e-mail field, button, thanks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import PhraseFilter


@dataclass(frozen=True)
class NewsletterFilter(PhraseFilter):
    name: ClassVar[str] = "newsletter"
    kind: ClassVar[str] = "newsletter"
    concepts: ClassVar[frozenset[str]] = frozenset({"signup"})
    description: ClassVar[str] = "Newsletter sign-up and subscribe boxes, removed as whole boxes."
    reports: ClassVar[bool] = True
    box_lead: ClassVar[int] = 2
