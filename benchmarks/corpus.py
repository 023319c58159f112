"""The development corpus (../shared/corpus/trafilatura-eval.tar.xz, or a user's own
corpus in the same with/without format): extracted to a temporary folder, never
committed."""

from __future__ import annotations

import argparse
import json
import os
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARCHIVE = ROOT.parent / "shared" / "corpus" / "trafilatura-eval.tar.xz"


@dataclass(frozen=True)
class Page:
    url: str
    path: Path
    with_: tuple[str, ...]
    without: tuple[str, ...]

    def html(self) -> bytes:
        return self.path.read_bytes()


def open_corpus(source: Path = DEFAULT_ARCHIVE, into: Path | None = None) -> Path:
    """A folder holding tests/evaldata.json: the source itself, or the archive extracted
    (into `into`, or a new temporary folder)."""
    source = Path(source)
    if source.is_dir():
        return source
    if not source.exists():
        raise SystemExit(f"corpus not found: {source}")
    target = Path(into) if into is not None else Path(tempfile.mkdtemp(prefix="newsclean-corpus-"))
    with tarfile.open(source) as tar:
        tar.extractall(target, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(target)
    return target


def pages(folder: Path) -> Iterator[Page]:
    index = folder / "tests" / "evaldata.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    for url, entry in data.items():
        for sub in ("eval", "cache"):
            path = folder / "tests" / sub / entry["file"]
            if path.exists():
                yield Page(url, path, tuple(entry.get("with", ())), tuple(entry.get("without", ())))
                break


def normalise(text: str) -> str:
    return " ".join(text.split())


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def text_mode_arguments(doc: str) -> argparse.Namespace:
    """The options of the text-mode scripts: a corpus, --repeat, --limit."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_ARCHIVE))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    return ap.parse_args()


def extractor_output(args: argparse.Namespace) -> tuple[list[str], float]:
    """trafilatura's text of every page (the input of text mode), and the seconds its
    extraction took (pages read from disk beforehand, not timed)."""
    import trafilatura

    todo = list(pages(open_corpus(Path(args.corpus))))[: args.limit or None]
    htmls = [(p.html(), p.url) for p in todo]
    start = time.perf_counter()
    texts = [trafilatura.extract(h, url=u, include_comments=False, include_tables=True) or "" for h, u in htmls]
    return texts, time.perf_counter() - start


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest of `repeat` timed runs (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best
