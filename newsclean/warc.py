"""Old path of the WARC reader (now `newsclean.frontends.warc`), kept for the
benchmarks that still import it from here."""

from __future__ import annotations

from .frontends.warc import WarcPage, WarcProblem, WarcStats, is_warc_path, read_warc

__all__ = ["WarcPage", "WarcProblem", "WarcStats", "is_warc_path", "read_warc"]
