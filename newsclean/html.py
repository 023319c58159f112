"""Old path of the HTML front end (now `newsclean.frontends.html` and `.decode`),
kept for the tests and benchmarks that still import it from here."""

from __future__ import annotations

from .frontends.decode import control_chars as _control_chars
from .frontends.decode import page_text as decode
from .frontends.html import parse_html

__all__ = ["decode", "parse_html", "_control_chars"]
