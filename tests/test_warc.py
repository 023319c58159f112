"""WARC input: HTML responses out, everything else counted, damage reported and
skipped without losing the records after it; the CLI turns a WARC into JSONL."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

import newsclean
from newsclean.frontends.warc import WarcPage, WarcProblem, WarcStats, read_warc
from warcs import (CORPUS, Response, corpus_responses, crawl_records, fixture_responses, open_corpus,
                   response_record, warc_record, write_warc)

ROOT = Path(__file__).resolve().parent.parent


def pages_and_problems(path: Path) -> tuple[list[WarcPage], list[WarcProblem], WarcStats]:
    stats = WarcStats()
    items = list(read_warc(path, stats))
    return ([i for i in items if isinstance(i, WarcPage)], [i for i in items if isinstance(i, WarcProblem)], stats)


def numbered(n: int) -> list[Response]:
    return [Response(f"https://news.example.org/story-{i}",
                     f"<html><body><article><h1>Story {i}</h1><p>{'Council members met on Tuesday. ' * 12}</p>"
                     f"</article></body></html>".encode()) for i in range(n)]


def test_html_responses_come_out_with_url_and_fetch_date_and_the_rest_is_counted(tmp_path: Path) -> None:
    pages = fixture_responses()
    others = [
        Response("https://news.example.org/report.pdf", b"%PDF-1.4 ...", content_type="application/pdf"),
        Response("https://news.example.org/old", b"<html><body>moved</body></html>", status="301 Moved Permanently"),
        Response("https://news.example.org/gone", b"<html><body>not found</body></html>", status="404 Not Found"),
    ]
    records = crawl_records(pages + others)
    records.append(warc_record("metadata", "https://news.example.org/x", b"fetchTimeMs: 12\r\n", "application/warc-fields"))
    path = write_warc(tmp_path / "crawl.warc.gz", records)
    found, problems, stats = pages_and_problems(path)
    assert problems == []
    assert [p.url for p in found] == [r.url for r in pages]
    assert all(p.fetch_date == "2026-11-01T10:00:00Z" and p.record_id.startswith("urn:uuid:") for p in found)
    assert [p.html for p in found] == [r.body for r in pages]
    assert stats.pages == len(pages)
    assert stats.skipped == {"warcinfo": 1, "request": len(pages) + 3, "metadata": 1,
                             "not HTML": 1, "HTTP 301": 1, "HTTP 404": 1}


def test_encoded_payloads_are_decoded_and_the_http_charset_is_honoured(tmp_path: Path) -> None:
    russian = "<html><body><article><p>Депутаты обсудили бюджет города на заседании во вторник.</p></article></body></html>"
    zipped = gzip.compress(b"<html><body><p>compressed and chunked</p></body></html>")
    chunked = b"%x\r\n" % len(zipped) + zipped + b"\r\n0\r\n\r\n"
    records = [
        response_record(Response("https://ru.example.org/a", russian.encode("cp1251"), content_type="text/html; charset=windows-1251")),
        response_record(Response("https://example.org/b", chunked, extra_headers="Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")),
    ]
    mislabelled = "<html><body><p>Zürich: Gemeinderat berät über Budget</p></body></html>"
    records.append(response_record(Response("https://ch.example.org/c", mislabelled.encode("utf-8"),
                                            content_type="text/html; charset=iso-8859-1")))
    found, problems, _ = pages_and_problems(write_warc(tmp_path / "enc.warc", records))
    assert problems == []
    assert found[0].content() == russian
    assert found[1].html == b"<html><body><p>compressed and chunked</p></body></html>"
    # a server's default Latin-1 label on a UTF-8 page does not make mojibake
    assert "Zürich" in newsclean.clean_html(found[2].content()).body


def garble_member(records: list[bytes], i: int) -> bytes:
    member = bytearray(gzip.compress(records[i], mtime=0))
    member[len(member) // 2: len(member) // 2 + 12] = b"\x00" * 12
    return bytes(member)


# name -> (file suffix, the file made from the encoded records with story 2 damaged, reported?)
Damage = Callable[[list[bytes]], bytes]


def _gz(records: list[bytes]) -> bytes:
    return b"".join(gzip.compress(r, mtime=0) for r in records)


def _long_length(records: list[bytes], i: int) -> bytes:
    response = Response(f"https://news.example.org/story-{i}", b"<html><body>cut</body></html>")
    return response_record(response, length=5000)


DAMAGE: dict[str, tuple[str, Damage, bool]] = {
    "garbled gzip member": (".warc.gz", lambda r: _gz(r[:6]) + garble_member(r, 6) + _gz(r[7:]), True),
    "truncated gzip member": (".warc.gz", lambda r: _gz(r[:6]) + gzip.compress(r[6])[:150] + _gz(r[7:]), True),
    "Content-Length too long (gz)": (".warc.gz", lambda r: _gz(r[:6]) + gzip.compress(_long_length(r, 2)) + _gz(r[7:]), True),
    "Content-Length too long": (".warc", lambda r: b"".join(r[:6]) + _long_length(r, 2) + b"".join(r[7:]), True),
    "garbage instead of a record (gz)": (".warc.gz", lambda r: _gz(r[:6]) + b"\x00\xffjunk" * 40 + _gz(r[7:]), True),
    "garbage instead of a record": (".warc", lambda r: b"".join(r[:6]) + b"junk\r\n" * 40 + b"".join(r[7:]), False),
}


@pytest.mark.parametrize("case", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_record_is_reported_once_and_the_records_after_it_survive(tmp_path: Path, case: str) -> None:
    suffix, damage, reported = DAMAGE[case]
    records = crawl_records(numbered(6))  # [warcinfo, req0, resp0, req1, resp1, req2, resp2, ...]: resp2 is records[6]
    found, problems, stats = pages_and_problems(_write_raw(tmp_path / f"damaged{suffix}", damage(records)))
    assert [p.url.rsplit("-", 1)[1] for p in found] == ["0", "1", "3", "4", "5"]
    assert len(problems) == (1 if reported else 0), problems
    assert stats.problems == len(problems)


def _write_raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_a_file_cut_off_inside_its_last_record_reports_that_record(tmp_path: Path, suffix: str) -> None:
    whole = write_warc(tmp_path / f"whole{suffix}", crawl_records(numbered(4)))
    cut = _write_raw(tmp_path / f"cut{suffix}", whole.read_bytes()[:-60])
    found, problems, _ = pages_and_problems(cut)
    assert len(found) == 3 and len(problems) == 1
    assert problems[0].url == "https://news.example.org/story-3" and "truncated" in problems[0].message


@pytest.mark.parametrize("data", [b"", b"not a warc at all\n" * 50, b"\x1f\x8b\x08" + b"\x00" * 100])
def test_a_file_that_is_no_warc_yields_no_pages_and_does_not_raise(tmp_path: Path, data: bytes) -> None:
    found, problems, _ = pages_and_problems(_write_raw(tmp_path / "odd.warc.gz", data))
    assert found == [] and len(problems) <= 1


# -- the CLI ---------------------------------------------------------------------

def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.exists():
        pytest.skip(f"development corpus not found at {CORPUS}")
    return open_corpus(CORPUS, into=tmp_path_factory.mktemp("corpus"))


def test_cli_turns_a_warc_of_300_pages_into_one_jsonl_record_each_and_reports_a_damaged_one(
        tmp_path: Path, corpus_folder: Path) -> None:
    responses = corpus_responses(corpus_folder, 300)
    records = crawl_records(responses)
    damaged = 2 * 150 + 2  # the response of page 150
    data = _gz(records[:damaged]) + garble_member(records, damaged) + _gz(records[damaged + 1:])
    path = _write_raw(tmp_path / "news.warc.gz", data)
    proc = run_cli("-j", "2", str(path))
    assert proc.returncode == 1, proc.stderr.decode()
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert len(lines) == 300  # 299 pages and the damaged record's error record, in file order
    assert [r["url"] for r in lines if "body" in r["newsclean"]] == [r.url for i, r in enumerate(responses) if i != 150]
    errors = [r for r in lines if "body" not in r["newsclean"]]
    assert len(errors) == 1 and errors[0] is lines[150] and "damaged" in errors[0]["newsclean"]["error"]
    assert all(r["fetch_date"] and r["warc_file"] == str(path) and r["newsclean"]["source"] == f"{path}@{r['warc_offset']}" for r in lines if "body" in r["newsclean"])
    assert sum(bool(r["newsclean"]["body"]) for r in lines if "body" in r["newsclean"]) >= 280
    stderr = proc.stderr.decode()
    assert f"offset {errors[0]['warc_offset']}" in stderr and "Traceback" not in stderr
    assert "299 HTML responses, 1 damaged, 301 skipped (request 300, warcinfo 1)" in stderr


def test_cli_warc_usage_errors_are_one_line(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", crawl_records(numbered(1)))
    for args in ([str(path), str(ROOT / "seeds")], [str(path), "--format", "text"], [str(path), "-o", str(tmp_path)], ["--jsonl", str(path)]):
        proc = run_cli(*args)
        assert proc.returncode == 2 and len(proc.stderr.decode().strip().splitlines()) == 1, proc.stderr
