"""Where WARC records start: found by search after damage (a gzip member that
inflates to a WARC header, or a WARC version line at the start of a line), and the
empty gzip members that end fastwarc's reading of a .warc.gz early."""

from __future__ import annotations

import zlib
from typing import BinaryIO, Iterator

GZIP_MEMBER = b"\x1f\x8b\x08"
WARC_VERSIONS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n")
SEARCH_CHUNK = 1 << 20


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
            if starts_record(handle, position + index, gzipped):
                return position + index
        if len(chunk) < SEARCH_CHUNK:
            return None
        position += len(chunk) - overlap


def _find_all(data: bytes, needle: bytes) -> Iterator[int]:
    index = data.find(needle)
    while index >= 0:
        yield index
        index = data.find(needle, index + 1)


def starts_record(handle: BinaryIO, offset: int, gzipped: bool) -> bool:
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


def only_empty_members(handle: BinaryIO, resume_after: int, last: int | None, end: int, gzipped: bool) -> bool:
    """Whether all fastwarc stopped at, between its last record and the next record start,
    is empty gzip members (which end its reading of a .warc.gz, and hold nothing)."""
    if not gzipped:
        return False
    gap = _member_end(handle, resume_after) if last is not None else resume_after
    return gap is not None and past_empty_members(handle, gap) == end


def trailing_data(handle: BinaryIO, last: int) -> bool:
    """Whether bytes other than empty members and padding (NULs, whitespace) follow the
    gzip member of the last record read: what is left of a record cut off at its start."""
    end = _member_end(handle, last)
    if end is None:
        return False  # the last member itself is damaged: reported as such
    handle.seek(past_empty_members(handle, end))
    while chunk := handle.read(SEARCH_CHUNK):
        if chunk.strip(b"\x00 \t\r\n"):
            return True
    return False


def past_empty_members(handle: BinaryIO, offset: int) -> int:
    """The offset after the empty gzip members (if any) that start at `offset`."""
    while True:
        handle.seek(offset)
        head = handle.read(64)
        inflater = zlib.decompressobj(wbits=31)
        try:
            if not head.startswith(GZIP_MEMBER) or inflater.decompress(head) or not inflater.eof:
                return offset
        except zlib.error:
            return offset
        offset += len(head) - len(inflater.unused_data)


def _member_end(handle: BinaryIO, offset: int) -> int | None:
    """Where the gzip member starting at `offset` ends (None if it is damaged or cut off);
    inflated a chunk at a time, never held whole."""
    handle.seek(offset)
    inflater = zlib.decompressobj(wbits=31)
    consumed = 0
    try:
        while not inflater.eof:
            chunk = handle.read(SEARCH_CHUNK)
            if not chunk:
                return None
            data = chunk
            while data and not inflater.eof:
                inflater.decompress(data, SEARCH_CHUNK)
                data = inflater.unconsumed_tail
            consumed += len(chunk)
    except zlib.error:
        return None
    return offset + consumed - len(inflater.unused_data)
