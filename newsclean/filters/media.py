"""Media residue: "Advertisement", loading stubs, embed leftovers, bare image URLs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

import regex

from .. import lang, shapes
from ..model import Finding
from .base import Context, PhraseFilter
from .interface import Hit

# A URL alone on a line that points at an image file or an image CDN path.
_IMAGE_URL = regex.compile(
    r"\s*(?:https?:)?//\S+?\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:[?#]\S*)?\s*"
    r"|\s*https?://\S*/(?:images?|img|photos?|media|uploads)/\S+\s*",
    regex.IGNORECASE,
)
# A time alone on a line: what is left of a timestamp widget (no literal to gate on).
_CLOCK_WORDS = ("h", "gmt", "utc", "cet") + lang.words("clock_words")  # "h" and time zones: any language
_TIMESTAMP = regex.compile(rf"\d{{1,2}}[:.]\d{{2}}(?:\s?(?:{lang.alternation(_CLOCK_WORDS)}))?", regex.IGNORECASE)
#: Times alone on lines, each over a sentence of its own, make a timeline (a live blog's, a
#: day's events) from this many; one alone is a widget's leftover.
MIN_TIMELINE = 2
#: Share of a timeline's times over a sentence: a live blog's entry may be a shout
#: ("GOAL! Rovers 0-1 Athletic"), a widget's times stand over headlines.
TIMELINE_SHARE = 2 / 3
#: Words, at least, of the sentence under a timeline's time.
MIN_TIMELINE_TEXT_WORDS = 3
# A bare link to a social post or video: what is left of an embed.
_EMBED_URL = regex.compile(
    r"\s*(?:https?://)?(?:www\.|mobile\.|m\.)?(?:twitter\.com|x\.com|instagram\.com|tiktok\.com|youtube\.com|youtu\.be"
    r"|facebook\.com|fb\.watch|threads\.net|bsky\.app|vimeo\.com|dailymotion\.com|t\.me|pic\.twitter\.com)/\S+\s*",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class MediaFilter(PhraseFilter):
    name: ClassVar[str] = "media"
    kind: ClassVar[str] = "media"
    concepts: ClassVar[frozenset[str]] = frozenset({"advert", "download", "embed"})
    description: ClassVar[str] = "Advertisement markers, loading/embed stubs and bare image or embed URLs."

    def extra_findings(self, ctx: Context, hits: dict[int, Hit]) -> Iterable[Finding]:
        times = [b.index for b in ctx.doc.blocks if _is_time(b.text) and b.index not in ctx.claimed]
        if len(times) >= MIN_TIMELINE and TIMELINE_SHARE * len(times) <= sum(_heads_text(i, ctx) for i in times):
            times = []  # a timeline's times, most over what happened then: the article's
        for i in times:
            yield self.finding("media.timestamp", i, i)
        for block in ctx.doc.blocks:
            text = block.text
            if "/" not in text or " " in text.strip() or block.index in hits or block.index in ctx.claimed:
                continue
            if len(text) > 2000:
                continue
            if _IMAGE_URL.fullmatch(text, timeout=0.25):
                yield self.finding("media.image_url", block.index, block.index)
            elif _EMBED_URL.fullmatch(text, timeout=0.25):
                yield self.finding("media.embed_url", block.index, block.index)


def _is_time(text: str) -> bool:
    """A time of day alone on its line ("3:59 PM", "17.45 Uhr")."""
    return len(text) <= 16 and _TIMESTAMP.fullmatch(text) is not None


def _heads_text(index: int, ctx: Context) -> bool:
    """The time stands over a sentence telling what happened (a widget's times stand
    over headlines, which stay anyway)."""
    blocks = ctx.doc.blocks
    nxt = index + 1
    return (nxt < len(blocks) and nxt not in ctx.claimed and shapes.ends_sentence(blocks[nxt].text)
            and shapes.word_count(blocks[nxt].text) >= MIN_TIMELINE_TEXT_WORDS)
