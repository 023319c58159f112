"""Hostile inputs other than WARCs (issue 17 items 4, 6, 11, 13; issue 16.4): every read
bounded and sniffed before it is whole, compression found by content, JSON Lines that
no line can stop, output that is standard JSON in valid UTF-8, names that cannot drive
the terminal, and charset labels that cannot put characters into a page."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.frontends.decode import InputError, decode_html, text_codec, with_label
from newsclean.frontends.files import InputFile, read_bytes, read_document
from newsclean.frontends.jsonl import read_jsonl
from newsclean.jobs import PipelineSpec, Task, dump_json, jsonl_line, jsonl_tasks
from newsclean.limits import MiB, Limits, parse_size

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures" / "html" / "newsletter_box.html"
STORY = "Council members met on Tuesday to discuss the budget for the coming year."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=300)


# -- documents: bounded, sniffed, decompressed by content ----------------------------

def compressors() -> dict[str, object]:
    found = {"gzip": gzip.compress, "xz": lzma.compress, "bzip2": bz2.compress}
    try:
        import zstandard

        found["zstd"] = zstandard.ZstdCompressor().compress
    except ImportError:
        pass
    return found


@pytest.mark.parametrize("kind", compressors())
def test_a_compressed_document_is_read_by_its_content_whatever_its_name(kind: str) -> None:
    raw = PAGE.read_bytes()
    packed = compressors()[kind](raw)
    assert read_bytes(io.BufferedReader(io.BytesIO(packed)), Limits(), "page.bin") == raw


def test_a_decompression_bomb_stops_at_the_document_limit() -> None:
    bomb = gzip.compress(b"a" * (64 * MiB))
    with pytest.raises(InputError, match=r"page.gz: document over the limit of 16 MiB \(--max-document-bytes\)"):
        read_bytes(io.BufferedReader(io.BytesIO(bomb)), Limits(), "page.gz")


class Endless(io.RawIOBase):
    """/dev/zero, or a sparse file: bytes without end; counts what was read."""

    def __init__(self, byte: bytes) -> None:
        self.byte, self.served = byte, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = self.byte * len(buffer)
        self.served += len(buffer)
        return len(buffer)


@pytest.mark.parametrize("byte, error", [(b"\x00", "binary data"), (b"x", "over the limit of 1 MiB")])
def test_an_endless_input_costs_a_sample_or_the_limit_never_more(byte: bytes, error: str) -> None:
    source = Endless(byte)
    with pytest.raises(InputError, match=error):
        read_bytes(io.BufferedReader(source), Limits(document_bytes=MiB), "/dev/zero")
    assert source.served <= MiB + 2 * 65536


def test_a_text_of_too_many_lines_is_refused_naming_the_flag() -> None:
    with pytest.raises(InputError, match=r"text over the limit of 1,000 lines \(--max-document-lines\)"):
        read_document(b"x\n" * 1000, None, "many.txt", Limits(document_lines=1000))
    assert read_document(b"x\n" * 999, None, "many.txt", Limits(document_lines=1000))[0] == "x\n" * 999


def test_cli_dev_zero_is_one_line_and_exit_2() -> None:
    proc = run("/dev/zero")
    assert proc.returncode == 2 and proc.stderr.decode() == "newsclean: /dev/zero: binary data, not text or HTML\n"


def test_cli_a_document_over_a_limit_is_an_error_record_and_the_others_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY + "\n")
    (tmp_path / "b.txt").write_text((STORY + "\n") * 50)
    (tmp_path / "c.txt").write_text(STORY + "\n")
    proc = run("--json", "--max-document-bytes", "1k", str(tmp_path))
    records = json.loads(proc.stdout)
    assert proc.returncode == 1 and [("body" in r) for r in records] == [True, False, True]
    assert records[1]["error"] == f"{tmp_path / 'b.txt'}: document over the limit of 1 KiB (--max-document-bytes)"


def test_cli_a_bad_limit_is_a_usage_error() -> None:
    for args, says in ((["--max-document-bytes", "lots"], "not a size: 'lots'"),
                       (["--max-document-lines", "0"], "Limits.document_lines must be at least 1")):
        proc = run(*args, stdin=b"x")
        assert proc.returncode == 2 and says in proc.stderr.decode().splitlines()[-1], proc.stderr
        assert "Traceback" not in proc.stderr.decode()


def test_sizes_read_as_people_write_them() -> None:
    assert [parse_size(s) for s in ("1000", "16M", "64MiB", "1g", "500k")] == [1000, 16 * MiB, 64 * MiB, 1 << 30, 500 << 10]
    with pytest.raises(ValueError):
        parse_size("-5M")


def test_cli_a_gzipped_html_page_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.read_bytes()))
    proc = run(str(path))
    assert proc.returncode == 0 and proc.stdout.decode() == newsclean.clean_html(PAGE.read_bytes()).body + "\n"


# -- JSON Lines ----------------------------------------------------------------------

HOSTILE_LINES = {  # line -> the error it must give (None: cleaned)
    b'{"id":"\\ud800","text":"x"}': None,
    b"[" * 100_000 + b"]" * 100_000: "nested too deeply",
    b'{"n":' + b"1" * 5000 + b',"text":"x"}': "Exceeds the limit (4300 digits) for integer string conversion",
    b'{"n":NaN,"text":"x"}': "NaN is not a JSON value",
    b'{"n":-Infinity,"text":"x"}': "-Infinity is not a JSON value",
    b'{"n":1e400,"text":"x"}': "number 1e400 is out of range",
    b'{"id":"a","text":"x"}\r{"id":2}': "Extra data",
}  # a blank line is no record at all: skipped and counted (tests/test_cli_records.py)


def jsonl_file(tmp_path: Path, lines: list[bytes], name: str = "in.jsonl") -> InputFile:
    path = tmp_path / name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return InputFile(path, Path(name))


def test_no_line_stops_the_stream_each_is_one_record(tmp_path: Path) -> None:
    lines = list(HOSTILE_LINES) + [b'{"text":"the last line"}']
    tasks = list(jsonl_tasks([jsonl_file(tmp_path, lines)], PipelineSpec(), None))
    assert len(tasks) == len(lines)
    for task, (line, error) in zip(tasks, HOSTILE_LINES.items()):
        assert (task.error is None) if error is None else (error in task.error), (line[:30], task.error)
    assert tasks[-1].content == "the last line"


def test_a_bare_cr_splits_no_line_from_a_file_as_from_stdin(tmp_path: Path) -> None:
    data = b'{"text":"a\\rb"}\r\n{"text":"one\rtwo"}\n{"text":"c"}\n'
    from_file = [t.error or t.content for t in jsonl_tasks([jsonl_file(tmp_path, [data.rstrip(b"\n")])], PipelineSpec(), None)]
    assert len(from_file) == 3 and from_file[0] == "a\rb" and "Invalid control character" in from_file[1]
    proc = run("--jsonl", stdin=data)
    assert len(proc.stdout.splitlines()) == 3


def test_a_line_over_the_limit_is_skipped_unread_and_the_next_is_read(tmp_path: Path) -> None:
    found = jsonl_file(tmp_path, [b'{"text":"' + b"a" * 5000 + b'"}', b'{"text":"after"}'])
    lines = list(read_jsonl(found, Limits(line_bytes=1000)))
    assert [line.error for line in lines] == ["line over the limit of 1000 bytes (--max-line-bytes)", None]
    assert lines[1].value == {"text": "after"}


def test_a_field_over_the_document_limit_is_an_error_record_keeping_the_input(tmp_path: Path) -> None:
    found = jsonl_file(tmp_path, [json.dumps({"id": 7, "text": "x\n" * 300}).encode()])
    [task] = jsonl_tasks([found], PipelineSpec(), None, limits=Limits(document_lines=100))
    assert task.record["id"] == 7 and "--max-document-lines" in task.error


@pytest.mark.parametrize("kind", compressors())
def test_compressed_json_lines_are_read_by_content(tmp_path: Path, kind: str) -> None:
    data = b"".join(json.dumps({"id": i, "text": STORY}).encode() + b"\n" for i in range(3))
    path = tmp_path / "records.data"
    path.write_bytes(compressors()[kind](data))
    tasks = list(jsonl_tasks([InputFile(path, Path(path.name))], PipelineSpec(), None))
    assert [t.record["id"] for t in tasks] == [0, 1, 2] and all(t.error is None for t in tasks)


def test_cli_html_files_given_to_jsonl_are_refused_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(PAGE.read_bytes())
    proc = run("--jsonl", "-j", "2", str(tmp_path))
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().splitlines() == [
        f"newsclean: {tmp_path / 'page.html'}: not JSON Lines (it looks like HTML; drop --jsonl to clean HTML files)"]


def test_cli_hostile_lines_give_one_record_each_in_order_with_workers(tmp_path: Path) -> None:
    lines = list(HOSTILE_LINES) + [b'{"text":"the last line"}']
    path = jsonl_file(tmp_path, lines).path
    for jobs in ("1", "2"):
        proc = run("--jsonl", "-q", "-j", jobs, str(path))
        out = proc.stdout.decode("utf-8")  # valid UTF-8, or this raises
        records = [json.loads(line) for line in out.splitlines()]
        assert proc.returncode == 1 and len(records) == len(lines)
        assert records[0]["id"] == "\ud800" and "\\ud800" in out.splitlines()[0]  # escaped as it came
        assert records[-1]["newsclean"]["body"] == "the last line"
        assert "Traceback" not in proc.stderr.decode() and "internal error" not in proc.stderr.decode()


# -- output: standard JSON, valid UTF-8 ----------------------------------------------

def test_json_output_is_standard_and_valid_utf8_whatever_the_strings() -> None:
    text = dump_json({"id": "\udc80", "text": "a\ud83d b", "ok": "é😀"})
    text.encode("utf-8")
    assert json.loads(text) == {"id": "\udc80", "text": "a\ud83d b", "ok": "é😀"}
    assert "é😀" in text


def test_a_record_json_cannot_hold_becomes_an_error_record() -> None:
    task = Task("line 1", "x", False, None, PipelineSpec(), record={"n": float("nan")})
    line, result = jsonl_line(task, {"body": "x"})
    assert "error" in result and json.loads(line) == {"newsclean": result}


def test_cli_file_names_with_control_characters_are_not_echoed_raw(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[31mname.txt"
    path.write_bytes(b"")
    proc = run(str(path))
    assert b"\x1b" not in proc.stderr and "evil\\x1b[31mname.txt: empty input" in proc.stderr.decode()


# -- charsets: only real text encodings ----------------------------------------------

@pytest.mark.parametrize("label", ["unicode_escape", "raw-unicode-escape", "utf-7", "punycode", "idna", "rot13",
                                   "base64", "zlib", "undefined", "no-such-charset"])
def test_a_label_that_is_no_text_encoding_is_not_honoured(label: str) -> None:
    assert text_codec(label) is None


@pytest.mark.parametrize("label, codec", [("UTF8", "utf-8"), ("latin1", "iso8859-1"), ("windows-1251", "cp1251"),
                                          ("Shift_JIS", "shift_jis"), ("gb2312", "gb2312"), ("koi8-r", "koi8-r")])
def test_real_text_encodings_are_honoured(label: str, codec: str) -> None:
    assert text_codec(label) == codec


@pytest.mark.parametrize("where", ["meta", "http"])
def test_a_page_cannot_inject_characters_through_its_charset(where: str) -> None:
    page = (b'<html><head><meta charset="unicode_escape"></head><body><article><p>Caf\xe9 news: '
            b"\\x3cscript\\x3e stays text</p></article></body></html>")
    text = decode_html(page) if where == "meta" else with_label(page, "unicode_escape")
    text = text if isinstance(text, str) else decode_html(text)
    assert "\\x3cscript\\x3e" in text and "<script>" not in text and "Café" in text


# -- pipes, damaged streams, closed stdin ------------------------------------------------

@pytest.mark.parametrize("jsonl", [False, True], ids=["document", "jsonl"])
def test_a_pipe_named_on_the_command_line_loses_nothing_to_sniffing(tmp_path: Path, jsonl: bool) -> None:
    """`newsclean <(zcat ...)`: the pipe is read once; no look at its start is lost."""
    source = tmp_path / "in"
    records = [json.dumps({"id": i, "text": f"{STORY} ({i})"}) for i in range(300)]
    source.write_text("\n".join(records) + "\n" if jsonl else STORY * 200)
    command = f'{sys.executable} -m newsclean -q {"--jsonl" if jsonl else ""} <(cat "{source}")'
    proc = subprocess.run(["bash", "-c", command], capture_output=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    if jsonl:
        assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == list(range(300))
    else:
        assert proc.stdout.decode().count("Council members") == 200


def test_a_compressed_stream_cut_off_halfway_ends_with_one_error_line(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps({"id": i, "text": STORY * 20}).encode() + b"\n" for i in range(3000)))
    found = InputFile(tmp_path / "cut.jsonl.gz", Path("cut.jsonl.gz"))
    found.path.write_bytes(data[: len(data) // 2])
    lines = list(read_jsonl(found, Limits()))
    assert all(line.error is None for line in lines[:-1]) and [line.value["id"] for line in lines[:-1]] == list(range(len(lines) - 1))
    assert lines[-1].number == len(lines) and "the rest of" in lines[-1].error and "is lost" in lines[-1].error


def test_cli_closed_stdin_is_one_line() -> None:
    proc = subprocess.run(["bash", "-c", f"{sys.executable} -m newsclean <&-"], capture_output=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 2 and proc.stderr.decode() == "newsclean: <stdin>: closed\n"
