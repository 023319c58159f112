"""Hostile and broken WARCs (issue 17 items 2, 3, 6, 10): a lying header allocates
nothing and kills nothing, an empty gzip member hides no records, a bad payload is
one problem, a bomb is bounded, a file that is no WARC says so. Every case is a
crawl of six stories with story 2's response broken; the five others must come out."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

from newsclean.frontends.warc import WarcPage, WarcProblem, WarcStats, read_warc
from newsclean.limits import Limits
from warcs import Response, crawl_records, response_record, write_warc

ROOT = Path(__file__).resolve().parent.parent
BROKEN = 6  # records: [warcinfo, req0, resp0, req1, resp1, req2, resp2, ...]: story 2's response


def numbered(n: int) -> list[Response]:
    return [Response(f"https://news.example.org/story-{i}",
                     f"<html><body><article><h1>Story {i}</h1><p>{'Council members met on Tuesday. ' * 12}</p>"
                     f"</article></body></html>".encode()) for i in range(n)]


def read(path: Path, limits: Limits = Limits()) -> tuple[list[WarcPage], list[WarcProblem], WarcStats]:
    stats = WarcStats()
    items = list(read_warc(path, stats, limits))
    return ([i for i in items if isinstance(i, WarcPage)], [i for i in items if isinstance(i, WarcProblem)], stats)


def stories(pages: list[WarcPage]) -> list[str]:
    return [p.url.rsplit("-", 1)[1] for p in pages]


def with_length(value: str) -> Callable[[bytes], bytes]:
    """A response whose WARC Content-Length header says `value`."""
    return lambda record: record.replace(b"Content-Length: ", f"Content-Length: {value}\r\nX-Was: ".encode(), 1)


def with_payload(body: bytes, headers: str) -> Callable[[bytes], bytes]:
    return lambda record: response_record(Response("https://news.example.org/story-2", body, extra_headers=headers))


BOMB = gzip.compress(b"<html><body><p>" + b"a" * (20 << 20), 9)  # 20 MiB in 20 KiB

# case -> (how story 2's response is broken, the words its one problem must say)
BROKEN_RESPONSES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "Content-Length 30 GB (abort in fastwarc)": (with_length("30000000000"), "over the limit of 64 MiB (--max-warc-record-bytes)"),
    "Content-Length 2**64-1 (PanicException)": (with_length("18446744073709551615"), "--max-warc-record-bytes"),
    "Content-Length 0": (with_length("0"), "without an HTTP status line"),
    "Content-Length -5": (with_length("-5"), "invalid Content-Length '-5'"),
    "Content-Length abc": (with_length("abc"), "invalid Content-Length 'abc'"),
    "bad gzip payload": (with_payload(b"\x1f\x8b\x08\x00garbagegarbage", "Content-Encoding: gzip\r\n"), "bad gzip"),
    "bad brotli payload": (with_payload(b"\xff\xff\xffnot brotli", "Content-Encoding: br\r\n"), "bad brotli"),
    "bad chunk header": (with_payload(b"zz\r\nabc\r\n0\r\n\r\n", "Transfer-Encoding: chunked\r\n"), "chunk"),
    "gzip bomb payload": (with_payload(BOMB, "Content-Encoding: gzip\r\n"), "decompressed payload over the limit of 16 MiB"),
    "HTTP header bomb": (with_payload(b"<html></html>", "X-Bomb: " + "a" * 200_000 + "\r\n"), "unreadable HTTP payload"),
    "unknown Content-Encoding": (with_payload(b"xyz", "Content-Encoding: compress\r\n"), "unsupported Content-Encoding"),
}


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("case", BROKEN_RESPONSES, ids=list(BROKEN_RESPONSES))
def test_a_broken_response_is_one_problem_and_the_records_after_it_survive(tmp_path: Path, case: str, gzipped: bool) -> None:
    breaks, says = BROKEN_RESPONSES[case]
    records = crawl_records(numbered(6))
    records[BROKEN] = breaks(records[BROKEN])
    pages, problems, stats = read(write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), records))
    assert stories(pages) == ["0", "1", "3", "4", "5"]
    assert len(problems) == 1 and says in problems[0].message, problems
    assert stats.problems == 1 and stats.skipped == {"warcinfo": 1, "request": 6}


def test_a_non_response_record_declaring_30_gb_is_skipped_and_hides_nothing(tmp_path: Path) -> None:
    records = crawl_records(numbered(6))
    records[5] = with_length("30000000000")(records[5])  # story 2's request
    pages, problems, stats = read(write_warc(tmp_path / "crawl.warc.gz", records))
    assert stories(pages) == ["0", "1", "2", "3", "4", "5"] and problems == []


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_a_request_whose_length_lies_hides_no_response(tmp_path: Path, gzipped: bool) -> None:
    records = crawl_records(numbered(6))
    block = records[5].split(b"\r\n\r\n", 1)[1]
    records[5] = with_length(str(len(block) + 3000))(records[5])  # story 2's request, 3000 bytes "longer"
    pages, problems, _ = read(write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), records))
    assert stories(pages) == ["0", "1", "2", "3", "4", "5"] and problems == []


def test_the_record_bound_is_configurable(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", crawl_records(numbered(3)))
    pages, problems, _ = read(path, Limits(warc_record_bytes=100))
    assert pages == [] and len(problems) == 3 and all("--max-warc-record-bytes" in p.message for p in problems)


def warcio_count(path: Path) -> int:
    """How many records warcio (the reference reader) finds."""
    warcio = pytest.importorskip("warcio.archiveiterator", reason="warcio (a test-only reference) is not installed")
    with open(path, "rb") as stream:
        return sum(1 for _ in warcio.ArchiveIterator(stream))


@pytest.mark.parametrize("where", [0, 5, 21], ids=["first", "middle", "last"])
def test_an_empty_gzip_member_hides_no_records(tmp_path: Path, where: int) -> None:
    records = crawl_records(numbered(10))  # 21 records, as in the issue
    members = [gzip.compress(r, mtime=0) for r in records]
    members.insert(where, gzip.compress(b"", mtime=0))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    pages, problems, stats = read(path)
    assert len(pages) == 10 and problems == []
    assert stats.pages + sum(stats.skipped.values()) == 21
    if where != 0:  # warcio stops at a leading empty member; elsewhere it reads all 21
        assert warcio_count(path) == 21


def test_damage_after_an_empty_member_is_still_reported(tmp_path: Path) -> None:
    records = crawl_records(numbered(6))
    members = [gzip.compress(r, mtime=0) for r in records]
    members[BROKEN] = gzip.compress(b"", mtime=0) + b"\x00junk" * 30
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    pages, problems, _ = read(path)
    assert stories(pages) == ["0", "1", "3", "4", "5"] and len(problems) == 1


NOT_WARCS = {
    "random bytes": bytes(range(256)) * 40,
    "gzipped HTML": gzip.compress(b"<html><body><p>Council members met.</p></body></html>"),
    "empty": b"",
    "text": b"not a warc at all\n" * 50,
}


@pytest.mark.parametrize("case", NOT_WARCS, ids=list(NOT_WARCS))
def test_a_file_that_is_no_warc_is_one_problem_saying_so(tmp_path: Path, case: str) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(NOT_WARCS[case])
    pages, problems, _ = read(path)
    assert pages == [] and [p.message for p in problems] == ["not a WARC file: it does not start with a WARC record"]


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=300)


def test_cli_a_file_named_warc_that_is_none_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(NOT_WARCS["gzipped HTML"])
    proc = run_cli(str(path))
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().splitlines() == [f"newsclean: {path}: not a WARC file (it does not start with a WARC record)"]


def test_cli_a_30_gb_header_gives_an_error_record_and_exit_1_not_an_abort(tmp_path: Path) -> None:
    records = crawl_records(numbered(4))
    records[BROKEN] = with_length("30000000000")(records[BROKEN])
    proc = run_cli("-q", str(write_warc(tmp_path / "crawl.warc.gz", records)))
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 1 and len(lines) == 4 and "Traceback" not in proc.stderr.decode()
    assert "--max-warc-record-bytes" in lines[2] and '"body"' in lines[3]


def test_cli_reads_a_warc_on_stdin_by_its_content(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "crawl.warc.gz", crawl_records(numbered(3))).read_bytes()
    proc = run_cli(stdin=data)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.decode().splitlines()) == 3
    assert "newsclean: <stdin>: 3 HTML responses, 0 damaged" in proc.stderr.decode()


class Panic(BaseException):
    """What pyo3 raises for a Rust panic (pyo3_runtime.PanicException): no Exception."""


def test_a_library_panic_is_a_problem_but_an_interrupt_is_not_swallowed() -> None:
    from newsclean.frontends.warc import _next_record

    def raising(exc: BaseException):
        raise exc
        yield  # pragma: no cover

    assert isinstance(_next_record(raising(Panic("capacity overflow"))), Panic)
    assert isinstance(_next_record(raising(OSError("bad gzip"))), OSError)
    for interrupt in (KeyboardInterrupt(), SystemExit(1)):
        with pytest.raises(type(interrupt)):
            _next_record(raising(interrupt))
