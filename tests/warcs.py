"""Build WARC files the way crawlers write them (warcinfo, request/response pairs,
one gzip member per record), with the kinds of damage archives really carry.

Written by hand rather than with a library writer so that a test can break a
record exactly: a garbled gzip member, a lying Content-Length, a cut-off file.
"""

from __future__ import annotations

import gzip
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.corpus import DEFAULT_ARCHIVE as CORPUS, open_corpus, pages  # noqa: E402

__all__ = ["CORPUS", "open_corpus", "Response", "crawl_records", "write_warc", "fixture_responses", "corpus_responses"]

FIXTURE_PAGES = sorted((ROOT / "fixtures" / "html").glob("*.html"))


@dataclass(frozen=True)
class Response:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    extra_headers: str = ""


def warc_record(kind: str, url: str | None, block: bytes, content_type: str, length: int | None = None,
                date: str = "2026-11-01T10:00:00Z") -> bytes:
    target = f"WARC-Target-URI: {url}\r\n" if url else ""
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: {date}\r\n{target}Content-Type: {content_type}\r\n"
            f"Content-Length: {len(block) if length is None else length}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def http_response(response: Response) -> bytes:
    head = (f"HTTP/1.1 {response.status}\r\nContent-Type: {response.content_type}\r\n{response.extra_headers}"
            f"Content-Length: {len(response.body)}\r\n\r\n")
    return head.encode() + response.body


def response_record(response: Response, length: int | None = None) -> bytes:
    return warc_record("response", response.url, http_response(response), "application/http; msgtype=response", length)


def request_record(url: str) -> bytes:
    return warc_record("request", url, f"GET {url} HTTP/1.1\r\n\r\n".encode(), "application/http; msgtype=request")


def crawl_records(responses: Iterable[Response]) -> list[bytes]:
    """warcinfo, then a request and a response per page, as a crawler writes them."""
    records = [warc_record("warcinfo", None, b"software: newsclean-tests\r\n", "application/warc-fields")]
    for response in responses:
        records += [request_record(response.url), response_record(response)]
    return records


def write_warc(path: Path, records: Iterable[bytes], gzipped: bool | None = None) -> Path:
    gzipped = str(path).endswith(".gz") if gzipped is None else gzipped
    with open(path, "wb") as out:
        for record in records:
            out.write(gzip.compress(record, mtime=0) if gzipped else record)
    return path


def fixture_responses() -> list[Response]:
    return [Response(f"https://news.example.org/{page.stem}", page.read_bytes()) for page in FIXTURE_PAGES]


def corpus_responses(folder: Path, limit: int) -> list[Response]:
    """The first `limit` pages of the development corpus (extracted in `folder`)."""
    found = []
    for page in pages(folder):
        url = page.url if page.url.startswith("http") else "https://example.org/" + page.url.replace(":", "-")
        found.append(Response(url.replace(" ", "%20"), page.html()))
        if len(found) == limit:
            break
    return found
