"""Which language a document is written in: py3langid over its longest blocks.

The longest blocks are the article's prose on almost every page, and a sample of
about six hundred characters of them identifies the language as well as the whole
text does, for a fraction of the time (py3langid's cost grows with the text).
Below `MIN_SAMPLE_CHARS` the guess is too weak to print: the language declared with
the input (`<html lang>`) is used, or none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

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
    """py3langid's language code for the text (ISO 639-1, e.g. "de"), or None when
    the text is shorter than MIN_SAMPLE_CHARS."""
    if len(text) < MIN_SAMPLE_CHARS:
        return None
    code, _score = _identifier().classify(text.encode("utf-8", "replace").decode("utf-8"))  # lone surrogates too
    return code


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
