"""Units of work shared by the CLI (one machine, `-j`) and the Spark job: a Task is
one input (a file, a JSONL line, a WARC record: the `*_tasks` sources), `run_task`
cleans it without ever raising, and `output_record` and `record_line` make the JSONL
line both write, so the two produce the same records."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from .frontends.decode import InputError, detect_html
from .frontends.files import iter_paths, read_document
from .frontends.warc import WarcPage, WarcStats, read_warc
from .config import Config
from .pipeline import Pipeline
from .workers import ordered_map


#: What a worker needs to rebuild the pipeline: the configuration (picklable, hashable).
PipelineSpec = Config


@lru_cache(maxsize=8)
def build_pipeline(spec: Config) -> Pipeline:
    return Pipeline.from_config(spec)


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
    source: str | None = None             # where it came from: path, path:line, path@offset


def run_task(task: Task) -> dict[str, Any]:
    """Clean one input; never raises: failures come back as {"error": ...}. The
    result says where its input came from (`source`)."""
    result = _clean(task)
    result["source"] = task.source
    return result


def _clean(task: Task) -> dict[str, Any]:
    if task.error is not None:
        return {"error": task.error}
    try:
        pipeline = build_pipeline(task.spec)
        if task.is_html:
            from .frontends.html import quiet_parser_logs  # a worker reports page trouble in its record

            quiet_parser_logs()
            article = pipeline.clean_html(task.content, url=task.url)
        else:
            text = task.content.decode("utf-8", errors="replace") if isinstance(task.content, bytes) else task.content
            article = pipeline.clean_text(text)
            if task.url:
                article.url = task.url
        return article.to_dict()
    except Exception as exc:  # one bad record must not stop the stream
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}


def warm_worker(task: Task) -> None:
    """Build a worker's pipeline and its automata once, before its first task (and the
    HTML front end, when that task is a page), not on its first document."""
    pipeline = build_pipeline(task.spec)
    pipeline.clean_text("Warm up\n\nA first line of prose to build the automata.")
    if task.is_html:
        pipeline.clean_html("<html><body><article><p>A first page to load the HTML front end.</p></article></body></html>")


def lost_result(task: Task, why: str) -> dict[str, Any]:
    """The result of a task whose worker died holding it."""
    return {"error": why, "source": task.source}


def clean_tasks(tasks: Iterable[Task], jobs: int) -> Iterator[tuple[Task, dict[str, Any]]]:
    """(task, result) in input order, in `jobs` warmed processes; a dead worker's tasks get error results."""
    return ordered_map(run_task, tasks, jobs, weight=task_weight, lost=lost_result, initializer=warm_worker)


def task_weight(task: Task) -> int:
    """What a task costs, roughly: its characters (a chunk of small records weighs one page)."""
    return max(len(task.content or ""), 200)


def output_record(task: Task, result: dict[str, Any]) -> dict[str, Any]:
    """The output record: the input record's fields, and the result under "newsclean"."""
    record = dict(task.record or {})
    record["newsclean"] = result
    return record


def record_line(record: dict[str, Any]) -> str:
    """The JSONL line (without newline) the CLI and the Spark job both write."""
    return json.dumps(record, ensure_ascii=False)


@dataclass
class JsonlStats:
    """What JSONL reading skipped: blank lines are no records."""

    blank: int = 0


@dataclass(frozen=True)
class JsonlFields:
    """Which fields of a JSONL record hold the text, the HTML and the page URL."""

    text: str = "text"
    html: str = "html"
    url: str = "url"


# -- where tasks come from ---------------------------------------------------------

def file_tasks(inputs: list[str], spec: PipelineSpec, mode: str | None, url: str | None) -> Iterator[Task]:
    """One task per file (stdin as "<stdin>"); `mode` is "html", "text" or None (sniff).
    A file that cannot be read is a task with its error."""
    for path in iter_paths(inputs):
        name = "<stdin>" if path is None else str(path)
        try:
            raw = sys.stdin.buffer.read() if path is None else path.read_bytes()
            content, is_html = read_document(raw, force=mode, name=name)
        except InputError as exc:
            yield Task(name, None, False, None, spec, error=str(exc), source=name)
            continue
        except OSError as exc:
            yield Task(name, None, False, None, spec, error=f"{name}: cannot read: {exc.strerror or exc}", source=name)
            continue
        yield Task(name, content, is_html, url, spec, source=name)


def jsonl_tasks(streams: Iterable[tuple[str, TextIO]], spec: PipelineSpec, mode: str | None,
                fields: JsonlFields = JsonlFields(), stats: JsonlStats | None = None) -> Iterator[Task]:
    """One task per line; a line that is no JSON object, or lacks the field, is a task
    with its error; a blank line is no record (counted in `stats`)."""
    for source, stream in streams:
        for number, line in enumerate(stream, 1):
            name = f"{source} line {number}" if source != "<stdin>" else f"line {number}"
            where = f"{source}:{number}"
            if not line.strip():
                if stats is not None:
                    stats.blank += 1
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Task(name, None, False, None, spec, record={}, error=f"{name}: invalid JSON: {exc.msg} (column {exc.colno})", source=where)
                continue
            if not isinstance(record, dict):
                yield Task(name, None, False, None, spec, record={"value": record}, error=f"{name}: not a JSON object", source=where)
                continue
            url = record.get(fields.url) if isinstance(record.get(fields.url), str) else None
            html, text = record.get(fields.html), record.get(fields.text)
            if mode != "text" and isinstance(html, str):
                yield Task(name, html, True, url, spec, record=record, source=where)
            elif isinstance(text, str):
                is_html = mode == "html" or (mode is None and detect_html(text))
                yield Task(name, text, is_html, url, spec, record=record, source=where)
            else:
                wanted = fields.text if mode == "text" else f"{fields.text}' or '{fields.html}"
                yield Task(name, None, False, None, spec, record=record, error=f"{name}: no string field '{wanted}'", source=where)


def warc_tasks(path: str | Path, spec: PipelineSpec, stats: WarcStats | None = None,
               split: tuple[int, int] = (0, 1), label: str | None = None) -> Iterator[Task]:
    """One task per HTML response of a WARC (and one per damaged record, as an error).
    Records name the file as `label` (default: `path` as given).

    `split=(i, n)` keeps every n-th item from the i-th: n workers reading the same
    file take disjoint shares that together are the whole file, in file order.
    Reading is ~100x faster than cleaning, so reading a file n times costs little.
    """
    index, count = split
    for ordinal, item in enumerate(read_warc(path, stats)):
        if ordinal % count != index:
            continue
        record = {"url": item.url, "fetch_date": item.fetch_date if isinstance(item, WarcPage) else None,
                  "warc_file": label or item.source, "warc_offset": item.offset, "warc_record_id": item.record_id}
        name = f"{label or item.source} offset {item.offset}"
        where = f"{label or item.source}@{item.offset}"
        if isinstance(item, WarcPage):
            yield Task(name, item.content(), True, item.url, spec, record=record, source=where)
        else:
            yield Task(name, None, True, item.url, spec, record=record, error=f"{name}: {item.message}", source=where)
