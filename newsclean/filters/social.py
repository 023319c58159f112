"""Share bars and follow-us lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

import regex

from .. import lang
from ..model import Finding
from .base import Context, PhraseFilter
from .interface import Hit

# Platforms a follow line names, the same in every language.
_PLATFORMS = (
    "facebook", "twitter", "x", "instagram", "tiktok", "linkedin", "youtube", "threads", "bluesky", "mastodon",
    "whatsapp", "telegram", "pinterest", "snapchat", "flipboard", "reddit", "google news", "rss", "vk",
)
_PLATFORM_NAMES = lang.alternation(_PLATFORMS)
_PLATFORM = regex.compile(rf"\b(?:{_PLATFORM_NAMES})\b", regex.IGNORECASE)
#: A line that is one platform's name (a link of a row split into lines), maybe with
#: the comma between two of them; or the joiner ("and", "y") before the last.
_PLATFORM_LINE = regex.compile(rf"(?:{_PLATFORM_NAMES})\s*[,;|·•/]?", regex.IGNORECASE)
_JOINER_LINE = regex.compile(rf"(?:{lang.alternation(lang.words('name_joiners'))})", regex.IGNORECASE)
#: Platform names a row holds at least: one name under "Follow us" may be a subheading.
MIN_ROW_PLATFORMS = 2


@dataclass(frozen=True)
class SocialFilter(PhraseFilter):
    name: ClassVar[str] = "social"
    kind: ClassVar[str] = "social"
    concepts: ClassVar[frozenset[str]] = frozenset({"follow", "share"})
    description: ClassVar[str] = "Share buttons and 'follow us on ...' lines."

    def extra_findings(self, ctx: Context, hits: dict[int, Hit]) -> Iterable[Finding]:
        """The platform names under a follow line that names none ("Follow us on" /
        "Instagram" / "TikTok"): the row of links it introduces, split one a line.
        A row is MIN_ROW_PLATFORMS names or more: a subheading "Instagram" under a
        "Follow us on Google News" promo stays."""
        blocks = ctx.doc.blocks
        for i, hit in sorted(hits.items()):
            if hit.concept != "follow" or _PLATFORM.search(blocks[i].text):
                continue
            row, names = [], 0
            j = i + 1
            while j < len(blocks) and j not in ctx.claimed:
                text = blocks[j].text.strip()
                if _PLATFORM_LINE.fullmatch(text):
                    names += 1
                elif not _JOINER_LINE.fullmatch(text):
                    break
                row.append(j)
                j += 1
            if names >= MIN_ROW_PLATFORMS:
                yield from (self.finding("social.follow", k, k, "low") for k in row if k not in hits)
