"""The command line, run as a user runs it: a subprocess, stdin, files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = {s.name[:3]: s for s in SEEDS}
PAGE = ROOT / "fixtures" / "html" / "newsletter_box.html"


def run(*args: str, stdin: bytes | str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=data, capture_output=True, cwd=cwd, timeout=120)


def out(proc: subprocess.CompletedProcess) -> str:
    return proc.stdout.decode("utf-8")


def err(proc: subprocess.CompletedProcess) -> str:
    return proc.stderr.decode("utf-8")


def test_stdin_to_stdout_prints_the_clean_body() -> None:
    proc = run(stdin=SEED["002"].read_bytes())
    assert proc.returncode == 0, err(proc)
    body = out(proc)
    assert "Putin has limited options" in body
    assert "Spreaker" not in body and "Leave A Reply" not in body


def test_json_record_has_metadata_and_removals() -> None:
    proc = run("--json", str(SEED["003"]))
    data = json.loads(out(proc))
    assert data["paywalled"] is True
    assert data["title"] == "Would North Korean weapons tilt the war Russia’s way?"
    assert {"filter", "rule", "kind", "text", "start", "end"} <= set(data["removed"][0])


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown"])
def test_formats(fmt: str) -> None:
    proc = run("--format", fmt, str(SEED["000"]))
    assert proc.returncode == 0
    text = out(proc)
    if fmt == "json":
        assert json.loads(text)["authors"] == ["Press Association"]
    elif fmt == "jsonl":
        assert len(text.splitlines()) == 1 and json.loads(text)["authors"] == ["Press Association"]
    elif fmt == "markdown":
        assert text.startswith("# Putin and Kim Jong Un traded letters") and "Press Association" in text
    else:
        assert text.startswith("The White House on Wednesday")


def test_several_files_and_directories() -> None:
    proc = run(str(ROOT / "seeds"))
    assert proc.returncode == 0
    assert out(proc).count("==> ") == len(SEEDS)
    proc = run("--json", str(SEED["000"]), str(SEED["004"]))
    records = json.loads(out(proc))
    assert [r["editors"] for r in records] == [[], ["Shivdeep Dhaliwal"]]


def test_output_dir(tmp_path: Path) -> None:
    proc = run("-o", str(tmp_path), "--format", "markdown", str(ROOT / "seeds"))
    assert proc.returncode == 0 and out(proc) == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(s.stem + ".md" for s in SEEDS)


def test_html_is_detected_and_can_be_forced() -> None:
    proc = run("--json", str(PAGE))
    data = json.loads(out(proc))
    assert data["title"] == "Council approves cycle lanes"
    assert any(r["filter"] == "html.dom" for r in data["removed"])
    forced = json.loads(out(run("--json", "--text", str(PAGE))))
    assert not any(r["filter"] == "html.dom" for r in forced["removed"])
    assert json.loads(out(run("--json", "--html", stdin=PAGE.read_bytes())))["title"] == "Council approves cycle lanes"


def test_explain_names_filters_and_text() -> None:
    proc = run("--explain", str(SEED["003"]))
    report = out(proc)
    for name in ("paywall", "newsletter", "credits"):
        assert f"\n{name} {name}." in report
    assert "To continue reading this article" in report
    assert "\033[" not in report  # piped: no colour


def test_only_disable_keep() -> None:
    body = out(run("--disable", "comments", str(SEED["001"])))
    assert "Leave a Comment" in body
    body = out(run("--only", "comments", str(SEED["001"])))
    assert "Leave a Comment" not in body and "Edited by" in body
    body = out(run("--keep", "caption", str(SEED["000"])))
    assert "Russian defence minister Sergei Shoigu recently visited North Korea" in body


def test_list_filters() -> None:
    text = out(run("--list-filters"))
    for name in ("title", "credits", "paywall", "consent", "newsletter", "comments", "related", "social", "promo", "media", "legal", "html.dom"):
        assert f"  {name}" in text


def test_jsonl_keeps_fields_order_and_count(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": SEEDS[i % len(SEEDS)].read_text(encoding="utf-8"), "url": f"https://x.org/{i}"}) for i in range(12)]
    lines[5] = '{"id": 5, "text": "broken'
    lines[7] = json.dumps({"id": 7, "body": "no text field"})
    lines[9] = json.dumps({"id": 9, "html": PAGE.read_text(encoding="utf-8")})
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for jobs in ("1", "2"):
        proc = run("--jsonl", "-j", jobs, str(src))
        rows = [json.loads(line) for line in out(proc).splitlines()]
        assert len(rows) == 12 and proc.returncode == 1
        assert [r.get("id") for r in rows] == [i if i != 5 else None for i in range(12)]
        assert "error" in rows[5]["newsclean"] and "line 6" in rows[5]["newsclean"]["error"]
        assert "no string field" in rows[7]["newsclean"]["error"] and rows[7]["body"] == "no text field"
        assert rows[9]["newsclean"]["title"] == "Council approves cycle lanes"
        assert rows[0]["newsclean"]["url"] == "https://x.org/0"
        assert err(proc).count("\n") == 2 and "line 6" in err(proc)


def test_jsonl_custom_fields_from_stdin() -> None:
    line = json.dumps({"content": SEED["004"].read_text(encoding="utf-8"), "link": "https://b.com/a"})
    proc = run("--jsonl", "--text-field", "content", "--url-field", "link", stdin=line + "\n")
    row = json.loads(out(proc))
    assert proc.returncode == 0 and row["newsclean"]["url"] == "https://b.com/a"
    assert row["newsclean"]["editors"] == ["Shivdeep Dhaliwal"]


def test_parallel_files_keep_order() -> None:
    serial = out(run(str(ROOT / "seeds")))
    assert out(run("-j", "2", str(ROOT / "seeds"))) == serial


@pytest.mark.parametrize("args, code, message", [
    (["no/such/file.txt"], 2, "no such file or directory"),
    (["--only", "nope"], 2, "unknown filter 'nope'"),
    (["--keep", "nothing"], 2, "unknown kind 'nothing'"),
    (["-j", "-1"], 2, "--jobs"),
    (["--jsonl", "-o", "x"], 2, "does not take"),
])
def test_usage_errors_are_one_line(args: list[str], code: int, message: str) -> None:
    proc = run(*args, stdin="")
    assert proc.returncode == code
    assert message in err(proc) and err(proc).count("\n") == 1 and "Traceback" not in err(proc)


def test_empty_directory(tmp_path: Path) -> None:
    proc = run(str(tmp_path))
    assert proc.returncode == 2 and "holds no files" in err(proc)


def test_binary_input_is_refused(tmp_path: Path) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 20)
    proc = run(str(blob))
    assert proc.returncode == 2 and "binary" in err(proc) and out(proc) == ""
    proc = run(str(blob), str(SEED["000"]))  # one bad file among good ones: exit 1, the rest cleaned
    assert proc.returncode == 1 and "The White House" in out(proc)


def test_empty_stdin() -> None:
    proc = run(stdin=b"")
    assert proc.returncode == 2 and "empty input" in err(proc)


def test_non_utf8_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = ("Die Bürgermeisterin eröffnete am Montag die neue Straßenbahnlinie über die Brücke. " * 3).strip()
    path.write_bytes(text.encode("cp1252"))
    proc = run(str(path))
    assert proc.returncode == 0 and "Straßenbahnlinie über die Brücke" in out(proc)


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_text_and_html_files_with_a_byte_order_mark_are_read_by_it(tmp_path: Path, codec: str, bom: bytes) -> None:
    story = "Die Bürgermeisterin eröffnete am Montag die neue Straßenbahnlinie über die Brücke, sagte sie."
    text = tmp_path / "story.txt"
    text.write_bytes(bom + f"{story}\n".encode(codec))
    proc = run(str(text))
    assert proc.returncode == 0 and story in out(proc)
    page = tmp_path / "story.html"
    page.write_bytes(bom + f"<html><body><article><p>{story}</p><p>{story}</p></article></body></html>".encode(codec))
    proc = run(str(page))
    assert proc.returncode == 0 and story in out(proc) and "<p>" not in out(proc)


def test_a_bom_marked_utf8_file_with_a_stray_byte_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Die Straßenbahn fährt über die Brücke, café".encode("utf-8") + b"\xe9.\n")
    proc = run(str(path))
    assert proc.returncode == 0 and "Die Straßenbahn fährt über die Brücke, café\ufffd." in out(proc)


def test_broken_pipe_exits_quietly() -> None:
    many = (SEED["002"].read_text(encoding="utf-8") + "\n") * 200
    proc = subprocess.run(f'"{sys.executable}" -m newsclean | head -n 1', shell=True, input=many.encode(),
                          capture_output=True, cwd=ROOT, timeout=120)
    assert proc.stdout.decode().strip() and "Traceback" not in proc.stderr.decode() and "Error" not in proc.stderr.decode()


def test_version_and_help() -> None:
    assert out(run("--version")).startswith("newsclean ")
    assert "Exit codes" in out(run("--help"))


def test_filter_lists_by_comma_or_repetition() -> None:
    a = out(run("--disable", "comments,social", str(SEED["001"])))
    b = out(run("--disable", "comments", "--disable", "social", str(SEED["001"])))
    assert a == b and "Leave a Comment" in a


def test_html_field_and_url_option(tmp_path: Path) -> None:
    line = json.dumps({"page": PAGE.read_text(encoding="utf-8"), "link": "https://example.org/cycle"})
    row = json.loads(out(run("--jsonl", "--html-field", "page", "--url-field", "link", stdin=line + "\n")))
    assert row["newsclean"]["title"] == "Council approves cycle lanes"
    data = json.loads(out(run("--json", "--url", "https://example.org/given", str(SEED["000"]))))
    assert data["url"] == "https://example.org/given"


def _run_with_tty_stderr(*args: str) -> str:
    """Run the CLI with stderr on a pseudo-terminal and return what it drew there."""
    import os
    import pty

    import fcntl
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a real terminal has a width
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", *args], stdout=subprocess.DEVNULL,
                            stderr=follower, cwd=ROOT)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_progress_bar_only_on_a_terminal_and_not_with_q() -> None:
    seeds = str(ROOT / "seeds")
    assert "doc" in _run_with_tty_stderr(seeds)          # tqdm's bar: "5/5 [..., doc/s]"
    assert _run_with_tty_stderr("-q", seeds) == ""
    assert err(run(seeds)) == ""                          # piped stderr: silent
