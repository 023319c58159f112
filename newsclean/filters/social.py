"""Share bars and follow-us lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

import regex

from .. import lang
from ..model import Finding
from .base import Context, Hit, PhraseFilter

# Platforms a follow line names, the same in every language.
_PLATFORMS = (
    "facebook", "twitter", "x", "instagram", "tiktok", "linkedin", "youtube", "threads", "bluesky", "mastodon",
    "whatsapp", "telegram", "pinterest", "snapchat", "flipboard", "reddit", "google news", "rss", "vk",
)
#: A line that is one platform's name (a link of a row split into lines), maybe with
#: the comma or the joiner ("and", "y") between two of them.
_PLATFORM_LINE = regex.compile(
    rf"(?:{lang.alternation(_PLATFORMS)})\s*[,;|·•/]?|(?:{lang.alternation(lang.words('name_joiners'))})",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class SocialFilter(PhraseFilter):
    name: ClassVar[str] = "social"
    kind: ClassVar[str] = "social"
    concepts: ClassVar[frozenset[str]] = frozenset({"follow", "share"})
    description: ClassVar[str] = "Share buttons and 'follow us on ...' lines."

    def extra_findings(self, ctx: Context, hits: dict[int, Hit]) -> Iterable[Finding]:
        """The platform names under a follow line, one a line ("Follow us on" /
        "Instagram" / "TikTok"): the row of links the line introduces."""
        blocks = ctx.doc.blocks
        for i, hit in sorted(hits.items()):
            if hit.concept != "follow":
                continue
            j = i + 1
            while j < len(blocks) and j not in ctx.claimed and _PLATFORM_LINE.fullmatch(blocks[j].text.strip()):
                if j not in hits:
                    yield self.finding("social.follow", j, j, "low")
                j += 1
