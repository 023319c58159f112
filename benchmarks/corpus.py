"""The development corpus (../shared/corpus/trafilatura-eval.tar.xz, or a user's own
corpus in the same with/without format): extracted to a temporary folder, never
committed."""

from __future__ import annotations

import json
import os
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

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
