"""Units of work shared by the CLI (one machine, `-j`) and the Spark job: a Task is
one input, `run_task` cleans it without ever raising, and `output_record` and
`record_line` make the JSONL line both write, so the two produce the same records."""

from __future__ import annotations

import json
import sys
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .pipeline import DEFAULT_PIPELINE, Pipeline
from .warc import WarcPage, WarcStats, read_warc


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to rebuild the pipeline: picklable and hashable."""

    only: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()


@lru_cache(maxsize=8)
def build_pipeline(spec: PipelineSpec) -> Pipeline:
    pipeline = DEFAULT_PIPELINE
    if spec.only:
        pipeline = pipeline.only(*spec.only)
    if spec.disable:
        pipeline = pipeline.without(*spec.disable)
    if spec.keep:
        pipeline = pipeline.keeping(*spec.keep)
    return pipeline


# -- one unit of work (runs in worker processes too) ------------------------------

@dataclass(frozen=True)
class Task:
    name: str              # file path, "<stdin>", or "line N"
    content: str | bytes | None
    is_html: bool
    url: str | None
    spec: PipelineSpec
    record: dict[str, Any] | None = None  # JSONL: the input record, returned with fields kept
    error: str | None = None              # a failure found before cleaning (bad JSON, missing field)


def run_task(task: Task) -> dict[str, Any]:
    """Clean one input; never raises: failures come back as {"error": ...}."""
    if task.error is not None:
        return {"error": task.error}
    try:
        pipeline = build_pipeline(task.spec)
        if task.is_html:
            article = pipeline.clean_html(task.content, url=task.url)
        else:
            text = task.content.decode("utf-8", errors="replace") if isinstance(task.content, bytes) else task.content
            article = pipeline.clean_text(text)
            if task.url:
                article.url = task.url
        return article.to_dict()
    except Exception as exc:  # one bad record must not stop the stream
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}


def ordered_map(fn: Callable[[Task], dict], tasks: Iterable[Task], jobs: int, window: int = 256) -> Iterator[tuple[Task, dict]]:
    """Map in `jobs` processes, in input order, with at most `window` tasks in flight
    (so memory stays flat however long the input is)."""
    if jobs <= 1:
        for task in tasks:
            yield task, fn(task)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(jobs) as pool:
        pending: deque = deque()
        for task in tasks:
            pending.append((task, pool.apply_async(fn, (task,))))
            if len(pending) >= window:
                done_task, result = pending.popleft()
                yield done_task, result.get()
        while pending:
            done_task, result = pending.popleft()
            yield done_task, result.get()


def output_record(task: Task, result: dict[str, Any]) -> dict[str, Any]:
    """The output record: the input record's fields, and the result under "newsclean"."""
    record = dict(task.record or {})
    record["newsclean"] = result
    return record


def record_line(record: dict[str, Any]) -> str:
    """The JSONL line (without newline) the CLI and the Spark job both write."""
    return json.dumps(record, ensure_ascii=False)


def warc_tasks(path: str | Path, spec: PipelineSpec, stats: WarcStats | None = None,
               split: tuple[int, int] = (0, 1)) -> Iterator[Task]:
    """One task per HTML response of a WARC (and one per damaged record, as an error).

    `split=(i, n)` keeps every n-th item from the i-th: n workers reading the same
    file take disjoint shares that together are the whole file, in file order.
    Reading is ~100x faster than cleaning, so reading a file n times costs little.
    """
    index, count = split
    for ordinal, item in enumerate(read_warc(path, stats)):
        if ordinal % count != index:
            continue
        record = {"url": item.url, "fetch_date": item.fetch_date if isinstance(item, WarcPage) else None,
                  "warc_file": Path(item.source).name, "warc_offset": item.offset, "warc_record_id": item.record_id}
        name = f"{item.source} offset {item.offset}"
        if isinstance(item, WarcPage):
            yield Task(name, item.content(), True, item.url, spec, record=record)
        else:
            yield Task(name, None, True, item.url, spec, record=record, error=f"{name}: {item.message}")
