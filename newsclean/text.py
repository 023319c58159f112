"""Old path of the text front end (now `newsclean.frontends.text`), kept for the tests
and benchmarks that still import it from here."""

from __future__ import annotations

from .frontends.text import document_from_text

__all__ = ["document_from_text"]
