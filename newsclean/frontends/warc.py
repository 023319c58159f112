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

import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from .decode import looks_like_html, with_label

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
GZIP_MEMBER = b"\x1f\x8b\x08"
WARC_VERSIONS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n")
SEARCH_CHUNK = 1 << 20


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


def read_warc(path: str | Path, stats: WarcStats | None = None) -> Iterator[WarcPage | WarcProblem]:
    """Pages and problems, in file order. `stats` (if given) counts them and what was skipped."""
    stats = stats if stats is not None else WarcStats()
    for item in _read_items(path, stats):
        if isinstance(item, WarcProblem):
            stats.problems += 1
        else:
            stats.pages += 1
        yield item


def _read_items(path: str | Path, stats: WarcStats) -> Iterator[WarcPage | WarcProblem]:
    source = str(path)
    with open(path, "rb") as handle:
        gzipped = handle.read(3) == GZIP_MEMBER
        start: int | None = 0
        damage_after: int | None = None  # offset of the last good record before damage
        damage_error = ""
        while start is not None:
            handle.seek(start)
            last: int | None = None
            resume_after: int | None = None
            try:
                for record in ArchiveIterator(handle, parse_http=False, quirks_mode=True, fsspec_args=False):
                    if damage_after is not None:
                        yield WarcProblem(source, damage_after, f"damaged data after the record at offset {damage_after}, "
                                                                f"skipped up to offset {record.stream_pos}: {damage_error}")
                        damage_after = None
                    last = record.stream_pos
                    item = _take(record, source, stats)
                    if item is not None:
                        yield item
                    if isinstance(item, WarcProblem) and item.truncated:
                        resume_after = last
                        break
                else:
                    break  # the end of the file
            except OSError as exc:
                if last is None:  # the record where reading (re)started is itself damaged
                    yield WarcProblem(source, start, f"damaged record: {exc}")
                    damage_after = None
                    resume_after = start
                else:
                    damage_after, damage_error, resume_after = last, str(exc), last
            start = next_boundary(handle, resume_after + 1, gzipped)
        if damage_after is not None:
            yield WarcProblem(source, damage_after, f"damaged data after the record at offset {damage_after} "
                                                    f"to the end of the file: {damage_error}")


def _take(record: WarcRecord, source: str, stats: WarcStats) -> WarcPage | WarcProblem | None:
    """An HTML response as a page; a damaged one as a problem; anything else counted."""
    kind = str(record.record_type)
    if record.record_type != WarcRecordType.response:
        stats.skipped[kind] += 1
        return None
    url = _header(record, "WARC-Target-URI")
    record_id = _header(record, "WARC-Record-ID")
    declared = record.content_length
    record.freeze()
    block = record.reader.read()
    problem = None
    if len(block) < declared:
        problem = f"truncated record: {len(block)} of {declared} bytes"
    elif any(b"\r\n" + version in block for version in WARC_VERSIONS):
        problem = "record runs into the next one (its Content-Length is too long)"
    if problem:
        return WarcProblem(source, record.stream_pos, problem, url, record_id, truncated=True)
    del block
    try:
        record.reader.seek(0)
        record.parse_http(auto_decode="all", quirks_mode=True)
        headers = record.http_headers
        if headers is None:
            stats.skipped["not HTTP"] += 1
            return None
        status = headers.status_code
        body = record.reader.read()
    except (OSError, ValueError) as exc:
        return WarcProblem(source, record.stream_pos, f"unreadable HTTP payload: {exc}", url, record_id)
    if not 200 <= (status or 0) < 300:
        stats.skipped[f"HTTP {status}"] += 1
        return None
    content_type = (record.http_content_type or "").lower()
    if content_type not in HTML_TYPES and not (not content_type and looks_like_html(body)):
        stats.skipped["not HTML"] += 1
        return None
    return WarcPage(source, record.stream_pos, record_id, url, _header(record, "WARC-Date"), body, record.http_charset)


def _header(record: WarcRecord, name: str) -> str | None:
    value = record.headers.get(name)
    return value.strip().strip("<>") if value else None


def next_boundary(handle: BinaryIO, position: int, gzipped: bool) -> int | None:
    """The offset of the first record start at or after `position`: a gzip member that
    inflates to a WARC header, or a WARC version line at the start of a line."""
    magics = (GZIP_MEMBER,) if gzipped else WARC_VERSIONS
    overlap = max(len(m) for m in magics)
    while True:
        handle.seek(position)
        chunk = handle.read(SEARCH_CHUNK)
        if len(chunk) < overlap:
            return None
        candidates = sorted(i for m in magics for i in _find_all(chunk, m))
        for index in candidates:
            if _starts_record(handle, position + index, gzipped):
                return position + index
        if len(chunk) < SEARCH_CHUNK:
            return None
        position += len(chunk) - overlap


def _find_all(data: bytes, needle: bytes) -> Iterator[int]:
    index = data.find(needle)
    while index >= 0:
        yield index
        index = data.find(needle, index + 1)


def _starts_record(handle: BinaryIO, offset: int, gzipped: bool) -> bool:
    handle.seek(max(offset - 1, 0))
    head = handle.read(4097 if offset else 4096)
    if offset:
        before, head = head[:1], head[1:]
        if not gzipped and before != b"\n":
            return False
    if not gzipped:
        return True
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False
