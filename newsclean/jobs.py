"""Units of work shared by the CLI (one machine, `-j`) and the Spark job: a Task is
one input (a file, a JSONL line, a WARC record: the `*_tasks` sources), `run_task`
cleans it without ever raising, and `output_record` and `record_line` make the JSONL
line both write, so the two produce the same records."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .frontends.decode import InputError, detect_html
from .frontends.files import InputFile, iter_inputs, open_binary, read_bytes, read_document, shown
from .frontends.jsonl import read_jsonl
from .frontends.warc import WarcPage, WarcStats, read_warc
from .config import Config
from .limits import DEFAULT_LIMITS, Limits
from .pipeline import Pipeline
from .workers import ordered_map

_SURROGATE = re.compile("[\ud800-\udfff]")


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
    relative: str | None = None           # a file's path under the directory named (for -o DIR)
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
    return dump_json(record)


def dump_json(value: Any, indent: int | None = None) -> str:
    """Standard JSON (no NaN) that encodes to valid UTF-8: a lone surrogate (JSON's
    "\\ud800" read back) is written escaped as it came, never as the raw bytes that
    no UTF-8 reader accepts."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text


def valid_text(text: str) -> str:
    """Text that encodes to valid UTF-8: a lone surrogate, which no encoding holds,
    becomes U+FFFD (the text formats' counterpart of dump_json's escape)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def jsonl_line(task: Task, result: dict[str, Any],
               build: Callable[[Task, dict[str, Any]], dict[str, Any]] = output_record) -> tuple[str, dict[str, Any]]:
    """(line, result written): the output record's line (`build` makes the record:
    nested, or flat), or, for a record JSON cannot hold, an error record saying so
    (one line out per record in, whatever the input)."""
    try:
        return record_line(build(task, result)), result
    except (ValueError, TypeError, RecursionError) as exc:
        error = {"error": f"{task.name}: the record cannot be written as JSON: {exc}"[:300], "source": task.source}
        return record_line(build(replace(task, record=None), error)), error


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

def file_tasks(inputs: list[str], spec: PipelineSpec, mode: str | None, url: str | None,
               limits: Limits = DEFAULT_LIMITS) -> Iterator[Task]:
    """One task per file (stdin as "<stdin>"); `mode` is "html", "text" or None (sniff).
    A file that cannot be read, or is over a limit, is a task with its error."""
    for found in iter_inputs(inputs):
        yield file_task(found, spec, mode, url, limits)


def file_task(found: InputFile, spec: PipelineSpec, mode: str | None, url: str | None, limits: Limits) -> Task:
    name, relative = found.name, str(found.relative)
    try:
        stream = open_binary(found.path)
        try:
            raw = read_bytes(stream, limits, name)
        finally:
            if found.path is not None:
                stream.close()
        content, is_html = read_document(raw, force=mode, name=name, limits=limits)
    except InputError as exc:
        return Task(name, None, False, None, spec, error=str(exc), relative=relative, source=name)
    return Task(name, content, is_html, url, spec, relative=relative, source=name)


def jsonl_tasks(inputs: Iterable[InputFile], spec: PipelineSpec, mode: str | None,
                fields: JsonlFields = JsonlFields(), stats: JsonlStats | None = None,
                limits: Limits = DEFAULT_LIMITS) -> Iterator[Task]:
    """One task per line; a line that is no JSON object, lacks the field or is over a
    limit is a task with its error; a blank line is no record (counted in `stats`)."""
    for found in inputs:
        source = found.name
        for line in read_jsonl(found, limits):
            name = f"{source} line {line.number}" if source != "<stdin>" else f"line {line.number}"
            where = f"{source}:{line.number}"
            if line.blank:
                if stats is not None:
                    stats.blank += 1
                continue
            if line.error is not None:
                yield Task(name, None, False, None, spec, record={}, error=f"{name}: {line.error}", source=where)
                continue
            record = line.value
            if not isinstance(record, dict):
                yield Task(name, None, False, None, spec, record={"value": record}, error=f"{name}: not a JSON object",
                           source=where)
                continue
            url = record.get(fields.url) if isinstance(record.get(fields.url), str) else None
            html, text = record.get(fields.html), record.get(fields.text)
            if mode != "text" and isinstance(html, str):
                content, is_html = html, True
            elif isinstance(text, str):
                content, is_html = text, mode == "html" or (mode is None and detect_html(text))
            else:
                wanted = fields.text if mode == "text" else f"{fields.text}' or '{fields.html}"
                yield Task(name, None, False, None, spec, record=record, error=f"{name}: no string field '{wanted}'",
                           source=where)
                continue
            over = over_limits(content, is_html, limits)
            if over is not None:
                yield Task(name, None, False, None, spec, record=record, error=f"{name}: {over}", source=where)
                continue
            yield Task(name, content, is_html, url, spec, record=record, source=where)


def over_limits(content: str, is_html: bool, limits: Limits) -> str | None:
    """Why a JSONL field's document is too big to clean, or None (its length in
    characters stands for bytes: within 4x, and counted without encoding it)."""
    over = limits.over_size(len(content)) or (None if is_html else limits.over_lines(content))
    return None if over is None else str(over)


def warc_tasks(path: str | Path, spec: PipelineSpec, stats: WarcStats | None = None,
               split: tuple[int, int] = (0, 1), limits: Limits = DEFAULT_LIMITS, source: str | None = None) -> Iterator[Task]:
    """One task per HTML response of a WARC (and one per damaged record, as an error).
    Records name the file as `source` (default: `path` as given).

    `split=(i, n)` keeps every n-th item from the i-th: n workers reading the same
    file take disjoint shares that together are the whole file, in file order.
    Reading is ~100x faster than cleaning, so reading a file n times costs little.
    """
    index, count = split
    for ordinal, item in enumerate(read_warc(path, stats, limits, source)):
        if ordinal % count != index:
            continue
        record = {"url": item.url, "fetch_date": item.fetch_date if isinstance(item, WarcPage) else None,
                  "warc_file": item.source, "warc_offset": item.offset, "warc_record_id": item.record_id}
        name = f"{shown(item.source)} offset {item.offset}"
        where = f"{item.source}@{item.offset}"
        if isinstance(item, WarcPage):
            yield Task(name, item.content(), True, item.url, spec, record=record, source=where)
        else:
            yield Task(name, None, True, item.url, spec, record=record, error=f"{name}: {item.message}", source=where)
