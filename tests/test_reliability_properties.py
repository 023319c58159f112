"""Properties of the readers on any bytes (hypothesis; bounded and derandomised like
tests/test_properties.py, NEWSCLEAN_EXAMPLES raises the count): a JSON Lines input of
any lines gives one task per line and output that is valid UTF-8 JSON; a WARC with
one gzip member damaged in any way loses no page outside that member, and a page
that does not come out is reported."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsclean.frontends.files import InputFile
from newsclean.frontends.warc import WarcPage, WarcProblem, read_warc
from newsclean.jobs import JsonlStats, PipelineSpec, jsonl_line, jsonl_tasks
from newsclean.limits import Limits
from warcs import Response, crawl_records

SETTINGS = settings(max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "150")), deadline=None,
                    derandomize=not os.environ.get("NEWSCLEAN_EXAMPLES"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

JSON_ATOMS = [b'{"text":"x"}', b'{"text":"\\ud800"}', b"NaN", b"[[[[", b"1" * 5000, b'{"html":"<p>a</p>"}', b"\xff\xfe",
              b'{"text":"a\rb"}', b"\r", b"{}", b'{"text":1e999}', b'"\\udc80"', b"[" * 3000 + b"]" * 3000]
jsonl_line_bytes = st.one_of(st.sampled_from(JSON_ATOMS), st.binary(max_size=60).map(lambda b: b.replace(b"\n", b"")))


@SETTINGS
@given(lines=st.lists(jsonl_line_bytes, min_size=1, max_size=12))
def test_any_json_lines_give_one_task_per_line_and_valid_output(tmp_path: Path, lines: list[bytes]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"{}\n" + b"\n".join(lines) + b"\n")  # starts as JSON Lines, then anything
    stats = JsonlStats()
    tasks = list(jsonl_tasks([InputFile(path, Path(path.name))], PipelineSpec(), None, stats=stats,
                             limits=Limits(line_bytes=4096)))
    blank = sum(1 for line in lines if not line.decode("utf-8", errors="replace").strip())
    assert (len(tasks), stats.blank) == (len(lines) + 1 - blank, blank)  # a blank line is no record
    for task in tasks:
        result = {"error": task.error} if task.error else {"body": "x"}
        line, _ = jsonl_line(task, result)
        assert "\n" not in line and isinstance(json.loads(line.encode("utf-8")), dict)


STORIES = [Response(f"https://news.example.org/story-{i}",
                    f"<html><body><article><h1>Story {i}</h1><p>{'Council members met on Tuesday. ' * 8}</p>"
                    f"</article></body></html>".encode()) for i in range(5)]
RECORDS = crawl_records(STORIES)  # [warcinfo, req0, resp0, req1, resp1, ...]
MEMBERS = [gzip.compress(r, mtime=0) for r in RECORDS]


def damaged(member: bytes, record: bytes, how: str, where: float, data: bytes) -> bytes:
    at = int(where * len(member))
    if how == "garble":
        return member[:at] + data + member[at + len(data):]
    if how == "cut":
        return member[:max(at, 1)]  # a member cut to nothing is no damage, just no record
    if how == "replace":
        return data
    if how == "empty member before":
        return gzip.compress(b"", mtime=0) + member
    length = str(int.from_bytes(data[:8].ljust(8, b"\0"), "big") if data else 0)  # a Content-Length of any size
    return gzip.compress(record.replace(b"Content-Length: ", f"Content-Length: {length}\r\nX: ".encode(), 1), mtime=0)


@SETTINGS
@given(index=st.integers(1, len(MEMBERS) - 1), how=st.sampled_from(["garble", "cut", "replace", "empty member before", "length"]),
       where=st.floats(0.0, 1.0), data=st.binary(min_size=1, max_size=40))
def test_damage_to_one_member_loses_no_other_page_and_reports_its_own(tmp_path: Path, index: int, how: str,
                                                                       where: float, data: bytes) -> None:
    # a record replaced by padding (NULs, whitespace) leaves nothing to see; padding is no damage
    assume(not (how == "replace" and not data.strip(b"\x00 \t\r\n")))
    members = list(MEMBERS)
    members[index] = damaged(members[index], RECORDS[index], how, where, data)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    items = list(read_warc(path))
    pages = {p.url for p in items if isinstance(p, WarcPage)}
    problems = [p for p in items if isinstance(p, WarcProblem)]
    hit = RECORDS[index].split(b"WARC-Target-URI: ", 1)[-1].split(b"\r\n", 1)[0].decode() \
        if b"WARC-Type: response" in RECORDS[index] else None
    assert {s.url for s in STORIES} - {hit} <= pages  # every page outside the damaged member
    if hit is not None and hit not in pages:
        assert problems, "a page went missing without a problem saying so"
