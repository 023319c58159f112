"""The extractors a user runs before newsclean, behind one call each, and a cache of
their output outside the repository.

    from extractors import Runner
    run = Runner(["trafilatura", "goose3"], cache=Path("~/.cache/newsclean-bench"), limit=20)
    text = run("goose3", page_id, html, url)      # "" when it failed or took too long
    run.failures  ->  {"goose3": {"error": 1, "timeout": 0, "empty": 3}}

An entry is keyed by extractor, installed version and page id, so a new release of an
extractor is measured anew and an old one is never read for it. Failures are cached
too (a page that timed out once is not retried on every run). The adapters never use
the network: newspaper4k gets its HTML through the `html` setter (not `download()`,
which follows meta refreshes), tldextract reads its bundled suffix list, and goose3
gets raw HTML only; `offline()` makes any connection attempt an error all the same.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Callable

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # before newspaper imports tldextract

# extractor name -> the distribution whose version keys its cache
DISTRIBUTIONS = {
    "trafilatura": "trafilatura", "readability": "readability-lxml", "goose3": "goose3",
    "newspaper4k": "newspaper4k", "boilerpy3": "boilerpy3", "resiliparse": "resiliparse",
}
EXTRACTORS = tuple(DISTRIBUTIONS)
DEFAULT_CACHE = Path.home() / ".cache" / "newsclean-bench"
BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre div section article header footer "
                       "table tr td th ul ol dl figure figcaption main aside br hr".split())


def html_lines(fragment: str) -> str:
    """An HTML fragment as text, one block a line: paragraphs, headings, list items
    (and any other block element, or <br>) each end a line; inline text is joined."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style"):
            current.append(el.tail or "")
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if isinstance(el.tag, str):
            current.append(el.text or "")
            for child in el:
                walk(child)
        if block:
            flush()
        current.append(el.tail or "")

    walk(root)
    flush()
    return "\n".join(lines)


def _adapters() -> dict[str, Callable[[], Callable[[str, str | None], str]]]:
    """name -> a factory (imports happen only for the extractors asked for)."""
    def trafilatura():
        import trafilatura as t
        return lambda html, url: t.extract(html, url=url, include_comments=False, include_tables=True) or ""

    def readability():
        from readability import Document
        return lambda html, url: html_lines(Document(html).summary())

    def goose3():
        from goose3 import Configuration, Goose
        config = Configuration()
        config.enable_image_fetching = False
        goose = Goose(config)
        return lambda html, url: goose.extract(raw_html=html).cleaned_text or ""

    def newspaper4k():
        from newspaper import Article

        def run(html: str, url: str | None) -> str:
            art = Article(url or "http://example.com/article.html", fetch_images=False, follow_meta_refresh=False)
            art.html = html  # sets download_state to SUCCESS, no fetching
            art.parse()
            return art.text or ""
        return run

    def boilerpy3():
        from boilerpy3 import extractors
        ex = extractors.ArticleExtractor(raise_on_failure=True)
        return lambda html, url: ex.get_content(html) or ""

    def resiliparse():
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
        return lambda html, url: extract_plain_text(HTMLTree.parse(html), main_content=True) or ""

    return {"trafilatura": trafilatura, "readability": readability, "goose3": goose3,
            "newspaper4k": newspaper4k, "boilerpy3": boilerpy3, "resiliparse": resiliparse}


class TimeLimit(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """SIGALRM after `seconds` (main thread; C code is interrupted when it returns)."""
    def alarm(signum, frame):
        raise TimeLimit()
    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def offline():
    """Any connection attempt raises: the benchmark measures, it never fetches."""
    def refuse(*args, **kwargs):
        raise OSError("newsgold benchmark: no network")
    saved = socket.socket.connect, socket.create_connection
    socket.socket.connect, socket.create_connection = refuse, refuse
    try:
        yield
    finally:
        socket.socket.connect, socket.create_connection = saved


class Runner:
    """Cached, time-limited calls of the extractors that could be loaded."""

    def __init__(self, names: list[str], cache: Path = DEFAULT_CACHE, limit: float = 20.0):
        self.cache, self.limit = Path(cache).expanduser(), limit
        self.versions: dict[str, str] = {}
        self.skipped: dict[str, str] = {}
        self._factories = _adapters()
        self._loaded: dict[str, Callable[[str, str | None], str]] = {}
        self._failed: set[tuple[str, str, str]] = set()  # (extractor, page, status)
        self.seconds: Counter = Counter()  # extraction time actually spent (cache misses)
        self.misses: Counter = Counter()
        for name in names:
            try:
                self.versions[name] = metadata.version(DISTRIBUTIONS[name])
                self._loaded[name] = self._factories[name]()
            except Exception as exc:  # not installed, or not importable beside the others
                self.skipped[name] = f"{type(exc).__name__}: {exc}"
                self.versions.pop(name, None)
        self.names = [n for n in names if n in self._loaded]

    def _path(self, name: str, page_id: str) -> Path:
        digest = hashlib.sha1(page_id.encode("utf-8")).hexdigest()
        return self.cache / "newsgold" / f"{name}-{self.versions[name]}" / digest[:2] / f"{digest}.json"

    def __call__(self, name: str, page_id: str, html: str, url: str | None) -> str:
        path = self._path(name, page_id)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entry = self._extract(name, html, url)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        status = entry["status"] if entry["status"] != "ok" or entry["text"].strip() else "empty"
        if status != "ok":
            self._failed.add((name, page_id, status))
        return entry["text"]

    @property
    def failures(self) -> dict[str, Counter]:
        """extractor -> {"error"|"timeout"|"empty": pages}"""
        out: dict[str, Counter] = defaultdict(Counter)
        for name, _, status in self._failed:
            out[name][status] += 1
        return out

    def _extract(self, name: str, html: str, url: str | None) -> dict:
        self.misses[name] += 1
        start = time.perf_counter()
        try:
            with offline(), time_limit(self.limit):
                text, status, detail = self._loaded[name](html, url), "ok", None
        except TimeLimit:
            text, status, detail = "", "timeout", f"> {self.limit:g} s"
        except Exception as exc:  # an extractor's failure on one page is data, not a crash
            text, status, detail = "", "error", f"{type(exc).__name__}: {str(exc)[:200]}"
        self.seconds[name] += time.perf_counter() - start
        return {"text": text if isinstance(text, str) else "", "status": status, "detail": detail}
