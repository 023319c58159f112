"""Which language a document is written in: py3langid over its longest blocks.

The longest blocks are the article's prose on almost every page, and a sample of
about six hundred characters of them identifies the language as well as the whole
text does, for a fraction of the time (py3langid's cost grows with the text).
Below `MIN_SAMPLE_CHARS` the guess is too weak to print: the language declared with
the input (`<html lang>`) is used, or none.

py3langid reads the sample byte by byte in Python: about as long as all the text
filters together on a typical article. So a sample written in a language pack's
language, plainly (its own function words are a large share of its words, and no
other pack's come near), is answered from the packs' stopwords; py3langid reads the
rest. `tests/test_fast_paths.py` checks the two agree wherever the first answers.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping

from . import lang

if TYPE_CHECKING:
    from .model import Document

#: Characters of the longest blocks read to identify the language.
SAMPLE_CHARS = 600
#: Less text than this is not identified (the declared language, if any, stands).
MIN_SAMPLE_CHARS = 200
#: Languages of the model never answered: classical ones, which odd text (lists,
#: code, names) falls to. The three-letter codes of the model (Nigerian Pidgin,
#: Guarani, ...) are left out too: with few training texts they take short English.
NOT_NEWS_LANGUAGES = frozenset({"la", "sa"})
#: A pack's language is read off its stopwords when they are at least this share of
#: the sample's words, at least MIN_STOPWORDS of them, and DOMINANCE times the next
#: pack's count (only words that are one pack's stopword count).
STOPWORD_SHARE = 0.10
MIN_STOPWORDS = 6
DOMINANCE = 4
_WORD = re.compile(r"\w+")


def language_sample(doc: Document) -> str:
    """The document's longest blocks, in reading order, up to SAMPLE_CHARS characters."""
    by_length = sorted(range(len(doc.blocks)), key=lambda i: -len(doc.blocks[i].text))
    chosen: list[int] = []
    total = 0
    for i in by_length:
        if total >= SAMPLE_CHARS:
            break
        chosen.append(i)
        total += len(doc.blocks[i].text) + 1
    return "\n".join(doc.blocks[i].text for i in sorted(chosen))[:SAMPLE_CHARS]


def identify(text: str) -> str | None:
    """The language code of the text (ISO 639-1, e.g. "de"), or None when it is
    shorter than MIN_SAMPLE_CHARS: a pack's language when its stopwords say so
    plainly, else py3langid's answer."""
    if len(text) < MIN_SAMPLE_CHARS:
        return None
    return stopword_language(text) or model_language(text)


def stopword_language(text: str) -> str | None:
    """The pack language whose own stopwords dominate the text, or None."""
    owner = _stopword_owner()
    words = _WORD.findall(text.lower())
    counts = Counter(owner[w] for w in words if w in owner).most_common(2)
    if not counts:
        return None
    best, hits = counts[0]
    runner_up = counts[1][1] if len(counts) > 1 else 0
    if hits >= MIN_STOPWORDS and hits >= STOPWORD_SHARE * len(words) and hits >= DOMINANCE * runner_up:
        return best
    return None


def model_language(text: str) -> str:
    """py3langid's answer for the text, among the news languages."""
    code, _score = _identifier().classify(text.encode("utf-8", "replace").decode("utf-8"))  # lone surrogates too
    return code


@lru_cache(maxsize=1)
def _stopword_owner() -> Mapping[str, str]:
    """Stopword -> the one pack language it is a stopword of (words of two or more dropped)."""
    owners: dict[str, set[str]] = {}
    for code, pack in lang.packs().items():
        for word in pack.stopwords or ():
            owners.setdefault(word, set()).add(code)
    return MappingProxyType({w: next(iter(c)) for w, c in owners.items() if len(c) == 1})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model, restricted to the two-letter codes of news languages (loads
    once a process, about 0.2 s; its own module-level identifier is left untouched)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages([c for c in identifier.labels if len(c) == 2 and c not in NOT_NEWS_LANGUAGES])
    return identifier


def document_language(doc: Document) -> str | None:
    """The identified language of the document's prose, else its declared one."""
    return identify(language_sample(doc)) or doc.meta.language
