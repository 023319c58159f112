"""WARC input: the HTML responses of a web archive (Common Crawl's news crawl, wget,
Heritrix), with their URL and fetch date.

fastwarc parses: bare iteration read the development corpus as a WARC.gz at 2.1x
warcio's speed, 1.3x with the checks below (benchmarks/warc_throughput.py). Left to
itself it stops at the first damaged gzip member, and a record whose Content-Length
lies swallows the records after it. So every
record's length is checked, and after damage reading resumes at the next record
boundary: each bad record is reported once, and nothing after it is lost.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from ..limits import DEFAULT_LIMITS, LimitExceeded, Limits
from .decode import looks_like_html, with_label
from .streams import PEEK_BYTES, inflate, starts_warc
from .warc_boundaries import (GZIP_MEMBER, WARC_VERSIONS, next_boundary, only_empty_members, past_empty_members,
                              trailing_data)

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response: what the cleaner needs and where it came from."""

    source: str
    offset: int
    record_id: str | None
    url: str | None
    fetch_date: str | None
    html: bytes
    charset: str | None  # from the HTTP Content-Type header

    def content(self) -> str | bytes:
        """The page for clean_html: the HTTP charset wins over a <meta> declaration
        when the bytes really are in that charset (decode.with_label)."""
        return with_label(self.html, self.charset)


@dataclass(frozen=True, slots=True)
class WarcProblem:
    """A record that could not be read: reported, skipped, never fatal."""

    source: str
    offset: int
    message: str
    url: str | None = None
    record_id: str | None = None
    truncated: bool = False  # shorter than its Content-Length: it may have swallowed the next records


@dataclass(slots=True)
class WarcStats:
    """What a WARC held: HTML pages, damaged records, and the rest by reason."""

    pages: int = 0
    problems: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{reason} {count}" for reason, count in self.skipped.most_common())
        return (f"{self.pages} HTML responses, {self.problems} damaged, "
                f"{skipped} skipped" + (f" ({reasons})" if reasons else ""))


def is_warc_path(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def read_warc(path: str | Path, stats: WarcStats | None = None, limits: Limits = DEFAULT_LIMITS,
              source: str | None = None) -> Iterator[WarcPage | WarcProblem]:
    """Pages and problems, in file order. `stats` (if given) counts them and what was
    skipped; `source` names the file in them (default: the path; "<stdin>" for a copy)."""
    stats = stats if stats is not None else WarcStats()
    for item in _read_items(path, stats, limits, source or str(path)):
        if isinstance(item, WarcProblem):
            stats.problems += 1
        else:
            stats.pages += 1
        yield item


def _read_items(path: str | Path, stats: WarcStats, limits: Limits, source: str) -> Iterator[WarcPage | WarcProblem]:
    with open(path, "rb") as handle:
        head = handle.read(PEEK_BYTES)
        gzipped = head.startswith(GZIP_MEMBER)
        if not starts_warc(head):
            yield WarcProblem(source, 0, "not a WARC file: it does not start with a WARC record")
            return
        start: int | None = 0
        damage_after: int | None = None  # offset of the last good record before damage
        damage_error = ""
        while start is not None:
            handle.seek(start)
            last: int | None = None
            resume_after = start
            records = iter(ArchiveIterator(handle, parse_http=False, quirks_mode=True, fsspec_args=False))
            while True:
                record = _next_record(records)
                if isinstance(record, BaseException):  # damage fastwarc cannot read past
                    if last is None:  # the record where reading (re)started is itself damaged
                        yield WarcProblem(source, start, f"damaged record: {record}")
                        damage_after = None
                    else:
                        damage_after, damage_error, resume_after = last, str(record), last
                    break
                if record is None:  # fastwarc's end: the file's, or an empty gzip member's
                    if last is None and not (gzipped and past_empty_members(handle, start) > start):
                        # a record starts here (not an empty member), yet fastwarc reads none: cut off or garbled
                        yield WarcProblem(source, start, "damaged record: its header cannot be read")
                    resume_after = last if last is not None else start
                    break
                if damage_after is not None:
                    yield WarcProblem(source, damage_after, f"damaged data after the record at offset {damage_after}, "
                                                            f"skipped up to offset {record.stream_pos}: {damage_error}")
                    damage_after = None
                last = record.stream_pos
                item = _take_safely(record, source, stats, limits)
                if isinstance(item, (WarcPage, WarcProblem)):
                    yield item
                if item is _READ_PAST or isinstance(item, WarcProblem):  # fastwarc's place in the file is suspect:
                    resume_after = last                                   # resume at the next record start
                    break
            start = next_boundary(handle, resume_after + 1, gzipped)
            if record is None and start is not None and not only_empty_members(handle, resume_after, last, start, gzipped):
                damage_after, damage_error = resume_after, "unreadable data between records"
            elif record is None and start is None and gzipped and last is not None and trailing_data(handle, last):
                damage_after, damage_error = last, "unreadable data (a record cut off at its start?)"
        if damage_after is not None:
            yield WarcProblem(source, damage_after, f"damaged data after the record at offset {damage_after} "
                                                    f"to the end of the file: {damage_error}")


def _next_record(records: Iterator[WarcRecord]) -> WarcRecord | BaseException | None:
    """The next record, None at the end, or what fastwarc raised (a Rust panic is a
    BaseException: caught, but an interrupt is not)."""
    try:
        return next(records)
    except StopIteration:
        return None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        return exc


def _take_safely(record: WarcRecord, source: str, stats: WarcStats, limits: Limits) -> WarcPage | WarcProblem | str | None:
    """_take, with whatever the library raises on a record made a problem of that record."""
    try:
        return _take(record, source, stats, limits)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        return WarcProblem(source, record.stream_pos, f"unreadable record: {type(exc).__name__}: {exc}",
                           _header(record, "WARC-Target-URI"), _header(record, "WARC-Record-ID"), truncated=True)


#: WARC-Type missing (fastwarc's no_type) or not one of the standard types.
_NO_KNOWN_TYPE = (WarcRecordType.no_type, WarcRecordType.unknown)

#: What _take returns for a record that is no response and whose length is wrong or over
#: the limit: counted as skipped, and read past by searching for the next record.
_READ_PAST = "read past"


def _take(record: WarcRecord, source: str, stats: WarcStats, limits: Limits) -> WarcPage | WarcProblem | str | None:
    """An HTML response as a page; a damaged one as a problem; anything else counted.
    The declared length is checked before fastwarc reads the block (its freeze()
    allocates what the header says: 30 GB aborts the process)."""
    declared = _declared_length(record)
    is_response = record.record_type == WarcRecordType.response
    if record.record_type in _NO_KNOWN_TYPE and isinstance(declared, str):  # no type, no length: a header
        return WarcProblem(source, record.stream_pos, f"damaged record header ({declared})", truncated=True)  # in pieces
    if not is_response:  # skipped; but one whose length lies may hide the next records: search past it
        stats.skipped[str(record.record_type)] += 1
        return _READ_PAST if _length_problem(record, declared, limits) else None
    url = _header(record, "WARC-Target-URI")
    record_id = _header(record, "WARC-Record-ID")
    problem = _length_problem(record, declared, limits)
    if problem:
        return WarcProblem(source, record.stream_pos, problem, url, record_id, truncated=True)
    try:
        record.reader.seek(0)
        record.parse_http(auto_decode="transfer", quirks_mode=True)
        headers = record.http_headers
        if headers is None or headers.status_code is None:
            if "application/http" not in (record.headers.get("Content-Type") or "application/http").lower():
                stats.skipped["not HTTP"] += 1
                return None
            return WarcProblem(source, record.stream_pos, "response record without an HTTP status line", url, record_id)
        status = headers.status_code
        body = inflate(record.reader.read(), headers.get("Content-Encoding") or "", limits.document_bytes)
    except (OSError, ValueError) as exc:
        return WarcProblem(source, record.stream_pos, f"unreadable HTTP payload: {exc}", url, record_id)
    except LimitExceeded as exc:
        return WarcProblem(source, record.stream_pos, str(exc), url, record_id)
    if not 200 <= status < 300:
        stats.skipped[f"HTTP {status}"] += 1
        return None
    content_type = (record.http_content_type or "").lower()
    if content_type not in HTML_TYPES and not (not content_type and looks_like_html(body)):
        stats.skipped["not HTML"] += 1
        return None
    return WarcPage(source, record.stream_pos, record_id, url, _header(record, "WARC-Date"), body, record.http_charset)


def _length_problem(record: WarcRecord, declared: int | str, limits: Limits) -> str | None:
    """Why a response's block cannot be taken as its length says, or None."""
    if isinstance(declared, str):
        return declared
    if declared > limits.warc_record_bytes:
        return str(LimitExceeded(f"declared Content-Length {declared:,}", "warc_record_bytes", limits.warc_record_bytes))
    record.freeze()
    block = record.reader.read()
    if len(block) < declared:
        return f"truncated record: {len(block)} of {declared} bytes"
    if any(b"\r\n" + version in block for version in WARC_VERSIONS):
        return "record runs into the next one (its Content-Length is too long)"
    return None


def _declared_length(record: WarcRecord) -> int | str:
    """The record's Content-Length as written, or why it is no length (missing, -5, abc)."""
    written = (record.headers.get("Content-Length") or "").strip()
    if not written:
        return "no Content-Length"
    if not written.isdigit() or not written.isascii():
        return f"invalid Content-Length {written[:40]!r}"
    return int(written)


def _header(record: WarcRecord, name: str) -> str | None:
    value = record.headers.get(name)
    return value.strip().strip("<>") if value else None
