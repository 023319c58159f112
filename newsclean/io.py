"""Old path of the WARC reader's names (now `newsclean.frontends.warc`), kept for
docs/library.md, which still imports them from here."""

from __future__ import annotations

from .frontends.warc import WarcPage, WarcProblem, WarcStats, is_warc_path, read_warc

__all__ = ["WarcPage", "WarcProblem", "WarcStats", "is_warc_path", "read_warc"]
