"""Opening inputs by what they hold, not what they are called: compression is found
from the magic bytes (gzip, xz, zstd, bzip2), a WARC from its first record, and every
read and every decompression is bounded (`Limits`), so a gzip bomb, /dev/zero or a
sparse file costs a sample, not the machine's memory.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from typing import BinaryIO

from ..limits import LimitExceeded
from .decode import InputError

#: Magic bytes of the compressions read (zstd needs the `zstandard` package).
MAGIC = ((b"\x1f\x8b", "gzip"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"), (b"BZh", "bzip2"))
WARC_START = b"WARC/"
PEEK_BYTES = 4096
READ_CHUNK = 1 << 20
DECOMPRESSED_CHUNK = 64 << 10


def compression(head: bytes) -> str | None:
    """The compression the first bytes announce, or None."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    return None


def decompressing(stream: BinaryIO, kind: str | None) -> BinaryIO:
    """A reader of `stream`'s decompressed bytes (the stream itself when `kind` is None)."""
    if kind is None:
        return stream
    if kind == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if kind == "xz":
        return lzma.LZMAFile(stream)
    if kind == "bzip2":
        return bz2.BZ2File(stream)
    try:
        import zstandard
    except ImportError:
        raise InputError("zstd-compressed input needs the zstandard package (pip install 'newsclean[zstd]')") from None
    return zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True)


def peek(stream: io.BufferedReader, count: int = PEEK_BYTES) -> bytes:
    """The first bytes of a buffered stream, left in place to be read again."""
    head = stream.peek(count)[:count]
    return head


def open_input(stream: io.BufferedReader) -> tuple[BinaryIO, bytes]:
    """(reader of the decompressed bytes, their first bytes) of a binary stream."""
    kind = compression(peek(stream))
    if kind is None:
        return stream, peek(stream)
    # a small buffer: a stream cut off halfway loses at most this much before the damage
    reader = io.BufferedReader(decompressing(stream, kind), DECOMPRESSED_CHUNK)  # type: ignore[arg-type]
    try:
        return reader, peek(reader)
    except Exception as exc:  # each library its own error: OSError, LZMAError, ZstdError, EOFError
        raise InputError(f"damaged {kind} data: {exc}") from exc


def starts_warc(head: bytes) -> bool:
    """Whether a file's first bytes (as stored: gzipped or not) begin a WARC record;
    read without consuming them, so stdin can be sniffed. Leading empty gzip members,
    which some writers leave, are passed over."""
    while head.startswith(b"\x1f\x8b"):
        inflater = zlib.decompressobj(wbits=31)
        try:
            start = inflater.decompress(head, len(WARC_START))
        except zlib.error:
            return False
        if start or not inflater.eof:
            return start.startswith(WARC_START)
        head = inflater.unused_data
    return head.startswith(WARC_START)


def inflate(payload: bytes, encoding: str, limit: int) -> bytes:
    """An HTTP payload decoded from its Content-Encoding (gzip, deflate, br, zstd; a
    list of them applied in order), never to more than `limit` bytes (LimitExceeded)."""
    for coding in (c.strip().lower() for c in reversed(encoding.split(","))):
        if coding in ("", "identity"):
            continue
        if coding in ("gzip", "x-gzip", "deflate"):
            payload = _inflate_zlib(payload, limit, raw_deflate=coding == "deflate")
        elif coding == "br":
            payload = _inflate_brotli(payload, limit)
        elif coding == "zstd":
            payload = _inflate_zstd(payload, limit)
        else:
            raise ValueError(f"unsupported Content-Encoding {coding!r}")
    return payload


def _inflate_zlib(payload: bytes, limit: int, raw_deflate: bool) -> bytes:
    """gzip or zlib-wrapped deflate; for 'deflate' also raw deflate (servers send all three)."""
    error: zlib.error | None = None
    for wbits in (47, -15) if raw_deflate else (47,):  # 47: a gzip or zlib header, detected; -15: raw deflate
        inflater = zlib.decompressobj(wbits=wbits)
        try:
            out = inflater.decompress(payload, limit + 1)
        except zlib.error as exc:
            error = exc
            continue
        if len(out) > limit:
            raise LimitExceeded("decompressed payload", "document_bytes", limit)
        return out
    raise ValueError(f"bad gzip/deflate data: {error}")


def _inflate_brotli(payload: bytes, limit: int) -> bytes:
    import brotli  # installed with trafilatura

    try:
        out = brotli.Decompressor().process(payload, output_buffer_limit=limit + 1)
    except brotli.error as exc:
        raise ValueError(f"bad brotli data: {exc}") from exc
    if len(out) > limit:
        raise LimitExceeded("decompressed payload", "document_bytes", limit)
    return out


def _inflate_zstd(payload: bytes, limit: int) -> bytes:
    try:
        import zstandard
    except ImportError:
        raise ValueError("zstd Content-Encoding needs the zstandard package") from None
    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(payload), read_across_frames=True) as reader:
            out = reader.read(limit + 1)
    except zstandard.ZstdError as exc:
        raise ValueError(f"bad zstd data: {exc}") from exc
    if len(out) > limit:
        raise LimitExceeded("decompressed payload", "document_bytes", limit)
    return out
