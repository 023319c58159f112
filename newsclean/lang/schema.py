"""What a language pack holds: the one declared shape of every language's data.

A pack is phrases (family -> concept -> mode -> patterns; the families and their
concepts are declared by the filters that read them, see `newsclean.registry`)
plus the word lists below. Every pack sets every word list: a tuple of words, or
`None` to say it gives none (the rules that read that list then do nothing for the
language), so a gap is always said, never silent. Words are plain lower-case
strings unless the slot says otherwise. What holds across languages (agency names,
name particles, URL shapes) stays with the rule that reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Mapping

#: family -> concept -> mode -> patterns, as a language file writes them.
PhraseData = Mapping[str, Mapping[str, Mapping[str, "list[str] | tuple[str, ...]"]]]
Words = "tuple[str, ...] | None"


@dataclass(frozen=True)
class LanguagePack:
    """One language's data. Field docs say which rule reads each list."""

    code: str
    phrases: PhraseData
    #: Common function words: weak gate literals (factors), prose evidence.
    stopwords: tuple[str, ...] | None
    #: Second person and first-person plural: the voice of prompts (shapes.addresses_reader).
    reader_words: tuple[str, ...] | None
    #: Reader words that count only as written in lower case ("us", not "US" the country).
    reader_words_lowercase_only: tuple[str, ...] | None
    #: Polite address, capitalised, that is "you" only inside a sentence (German "Sie").
    polite_reader_words: tuple[str, ...] | None
    #: Words joining names in a credit line ("and", "und").
    name_joiners: tuple[str, ...] | None
    #: The word that opens a byline ("By", "Von"): a new credit segment after a comma.
    byline_words: tuple[str, ...] | None
    #: Between a name and a place ("Jane Doe in Kyiv").
    place_words: tuple[str, ...] | None
    #: Between a photographer and the platform ("Jane Doe on Unsplash").
    platform_words: tuple[str, ...] | None
    #: A word closing a contributor's names ("Jane Doe also contributed").
    also_words: tuple[str, ...] | None
    #: Words that name a photo or its credit ("photo", "Bild").
    photo_words: tuple[str, ...] | None
    #: Labels before a phone or fax number ("tel", "Telefon").
    phone_labels: tuple[str, ...] | None
    #: Whole lines that are a comment's action links ("Reply", "Antworten").
    comment_actions: tuple[str, ...] | None
    #: Patterns of a comment's relative time ("3 hours ago"); regular expressions.
    relative_time: tuple[str, ...] | None
    #: Verbs of a commenter's header line ("Jane says:").
    comment_says: tuple[str, ...] | None
    #: Words by which a disclosure points at this very article ("this", "dieser").
    self_reference: tuple[str, ...] | None
    #: Words after a clock time ("pm", "Uhr").
    clock_words: tuple[str, ...] | None
    #: Suffixes of ordinal day numbers in dates ("1st"); empty where days take none.
    ordinal_suffixes: tuple[str, ...] | None

    def __post_init__(self) -> None:
        object.__setattr__(self, "phrases", MappingProxyType(dict(self.phrases)))
        for name in WORD_SLOTS:
            value = getattr(self, name)
            if value is not None and (not isinstance(value, tuple) or not all(isinstance(w, str) and w for w in value)):
                raise ValueError(f"language {self.code!r}: {name} must be a tuple of non-empty strings or None")


#: The word-list slots every pack sets, in declaration order.
WORD_SLOTS: tuple[str, ...] = tuple(f.name for f in fields(LanguagePack) if f.name not in ("code", "phrases"))
