"""Language packs: one module per language (``en.py``, ``de.py``, ...), each defining
``PACK = LanguagePack(...)`` (see ``schema.py``). Adding a language is adding a file
here (and its fixtures): the rules read every pack through this module only.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

import regex

from .schema import WORD_SLOTS, LanguagePack

__all__ = ["LanguagePack", "WORD_SLOTS", "alternation", "packs", "words"]


@lru_cache(maxsize=1)
def packs() -> Mapping[str, LanguagePack]:
    """Every language pack in this folder, by language code."""
    found: dict[str, LanguagePack] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name == "schema":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        pack = getattr(module, "PACK", None)
        if not isinstance(pack, LanguagePack):
            raise ImportError(f"{module.__file__}: defines no PACK = LanguagePack(...)")
        if pack.code != info.name:
            raise ImportError(f"{module.__file__}: PACK.code is {pack.code!r}, the file says {info.name!r}")
        found[info.name] = pack
    return MappingProxyType(found)


@lru_cache(maxsize=None)
def words(slot: str) -> tuple[str, ...]:
    """One word-list slot across every pack (each word once, in pack order)."""
    if slot not in WORD_SLOTS:
        raise KeyError(f"no word list {slot!r} in the language schema (have: {', '.join(WORD_SLOTS)})")
    return tuple(dict.fromkeys(w for pack in packs().values() for w in getattr(pack, slot) or ()))


@lru_cache(maxsize=None)
def words_not_stopwords_elsewhere(slot: str) -> tuple[str, ...]:
    """A slot's words across every pack (as `words`), less those that another pack
    lists as a plain function word and not in this slot: the packs are read as one,
    whatever the text's language, and German "du" is French for "of the", Spanish and
    French "te" is Dutch for "to", French "nos" is Portuguese for "in the"."""
    shared = {w for pack in packs().values() for w in set(pack.stopwords or ()) - set(getattr(pack, slot) or ())}
    return tuple(w for w in words(slot) if w not in shared)


def alternation(items: tuple[str, ...], escape: bool = True) -> str:
    """A regex alternation of words (escaped) or patterns, longest first."""
    ordered = sorted(items, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) if escape else w for w in ordered) or "(?!)"
