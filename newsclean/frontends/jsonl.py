"""JSON Lines in: files (plain, gzip, xz, zstd, bzip2, found by content) and stdin,
split on "\\n" only (a bare CR inside a record is the record's business, from a file
as from stdin), each line bounded and parsed so that no line can stop the stream:
a line that is too long, too deep, holds a 5,000-digit number or NaN becomes that
line's error, and the lines after it are read."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, BinaryIO, Iterator

from ..limits import LimitExceeded, Limits
from .decode import InputError
from .files import InputFile, is_regular, iter_inputs, open_binary
from .streams import READ_CHUNK, open_input

_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class JsonlLine:
    """One line: its number, and the JSON value it holds or why it holds none."""

    number: int
    value: Any = None
    error: str | None = None
    blank: bool = False  # white space only: no record at all


def check_jsonl(found: InputFile) -> None:
    """Refuse a file that is not JSON Lines (HTML given to --jsonl): InputError.
    Only the first bytes are read; stdin is checked when it is read."""
    stream = open_binary(found.path)
    try:
        _jsonl_reader(stream, found.name)
    finally:
        if found.path is not None:
            stream.close()


def open_jsonl_inputs(inputs: list[str]) -> list[InputFile]:
    """The JSON Lines inputs named, each checked before any is read (stdin as "-")."""
    found = list(iter_inputs(inputs or ["-"]))
    for item in found:
        if item.path is not None and is_regular(item.path):  # a pipe is checked as it is read
            check_jsonl(item)
    return found


def _jsonl_reader(stream: BinaryIO, name: str) -> BinaryIO:
    reader, head = open_input(stream)  # type: ignore[arg-type]
    first = head.removeprefix(_UTF8_BOM).lstrip()
    if first and not first.startswith(b"{"):
        looks = "it looks like HTML; drop --jsonl to clean HTML files" if first.startswith(b"<") else \
            "each line must be a JSON object"
        raise InputError(f"{name}: not JSON Lines ({looks})")
    return reader


def read_jsonl(found: InputFile, limits: Limits) -> Iterator[JsonlLine]:
    """The lines of one input, in order, each parsed or with its error; a compressed
    stream damaged halfway ends with one line saying so (its number is the next)."""
    stream = open_binary(found.path)
    try:
        reader = _jsonl_reader(stream, found.name)
        lines = _lines(reader, limits.line_bytes)
        number = 0
        while True:
            try:
                raw = next(lines)
            except StopIteration:
                return
            except Exception as exc:  # gzip, xz, zstd each raise their own
                yield JsonlLine(number + 1, error=f"unreadable data after line {number}, the rest of "
                                                  f"{found.name} is lost: {type(exc).__name__}: {exc}")
                return
            number += 1
            if raw is None:
                yield JsonlLine(number, error=str(LimitExceeded("line", "line_bytes", limits.line_bytes)))
            else:
                yield parse_line(number, raw.removeprefix(_UTF8_BOM) if number == 1 else raw)
    finally:
        if found.path is not None:
            stream.close()


def _lines(reader: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines split on b"\\n"; None for a line longer than `limit` (skipped in chunks,
    never held whole)."""
    while True:
        line = reader.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := reader.readline(READ_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def parse_line(number: int, raw: bytes) -> JsonlLine:
    """A line's JSON value; anything json refuses (or Python cannot hold: nesting past
    the recursion limit, integers past its digit limit, NaN and infinities, which JSON
    does not have) is the line's error."""
    text = raw.decode("utf-8", errors="replace")
    if not text.strip():
        return JsonlLine(number, error="empty line", blank=True)
    try:
        return JsonlLine(number, json.loads(text, parse_constant=_no_constant, parse_float=_finite))
    except json.JSONDecodeError as exc:
        return JsonlLine(number, error=f"invalid JSON: {exc.msg} (column {exc.colno})")
    except ValueError as exc:  # the int-digits limit, or a constant or float refused below
        message = str(exc).split(":")[0] if "integer string conversion" in str(exc) else str(exc)
        return JsonlLine(number, error=f"invalid JSON: {message}")
    except RecursionError:
        return JsonlLine(number, error="invalid JSON: nested too deeply")


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON value")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value
