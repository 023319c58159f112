"""`-o DIR` (issue 17 item 8, issue 16.5 and 16.10): relative paths kept, nothing
overwritten silently, no link followed out of DIR, DIR that is a file a one-line error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.outdir import OutputDir, OutputDirError

ROOT = Path(__file__).resolve().parent.parent
STORY = "Council members met on Tuesday to discuss the budget for the coming year.\n"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, cwd=ROOT, timeout=300)


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_cli_keeps_paths_under_the_directory_named(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for name in ("a.txt", "world/b.txt", "world/europe/c.txt"):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(STORY)
    proc = run("-q", "-o", str(tmp_path / "out"), str(src))
    assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / "out") == ["a.txt", "world/b.txt", "world/europe/c.txt"]
    assert (tmp_path / "out" / "world" / "europe" / "c.txt").read_text() == STORY


def test_cli_two_inputs_with_one_output_path_lose_nothing_silently(tmp_path: Path) -> None:
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"{folder}: {STORY}")
    proc = run("-q", "-o", str(tmp_path / "out"), str(tmp_path / "d1"), str(tmp_path / "d2"))
    assert proc.returncode == 1
    assert (tmp_path / "out" / "story.txt").read_text().startswith("d1:")
    assert proc.stderr.decode().splitlines() == [
        f"newsclean: {tmp_path / 'out' / 'story.txt'}: already written from {tmp_path / 'd1' / 'story.txt'} "
        f"in this run; not overwritten"]


def test_cli_an_existing_output_is_kept_unless_overwrite(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "story.txt").write_text("earlier run\n")
    proc = run("-q", "-o", str(tmp_path / "out"), str(tmp_path / "story.txt"))
    assert proc.returncode == 1 and "exists; not overwritten" in proc.stderr.decode()
    assert (tmp_path / "out" / "story.txt").read_text() == "earlier run\n"
    proc = run("-q", "--overwrite", "-o", str(tmp_path / "out"), str(tmp_path / "story.txt"))
    assert proc.returncode == 0 and (tmp_path / "out" / "story.txt").read_text() == STORY


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_link_in_dir_is_never_followed(tmp_path: Path, overwrite: bool) -> None:
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(outside, out / "story.txt")
    os.symlink(elsewhere, out / "world")
    writer = OutputDir(str(out), "text", overwrite=overwrite)
    assert "not followed" in writer.write("story.txt", "in/story.txt", "new")
    assert "not followed" in writer.write("world/b.txt", "in/world/b.txt", "new")
    assert outside.read_text() == "keep me\n" and list(elsewhere.iterdir()) == []


def test_relative_paths_cannot_climb_out_of_dir(tmp_path: Path) -> None:
    writer = OutputDir(str(tmp_path / "out"), "json")
    assert writer.target("../../etc/story.html") == writer.target("etc/story.html")
    assert str(writer.target("-")) == "-.json" and str(writer.target("")) == "stdin.json"


def test_cli_dir_that_is_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY)
    target = tmp_path / "out.txt"
    target.write_text("a file\n")
    proc = run("-o", str(target), str(tmp_path / "story.txt"))
    assert proc.returncode == 2 and proc.stderr.decode() == f"newsclean: -o {target}: exists and is not a directory\n"
    with pytest.raises(OutputDirError):
        OutputDir(str(target), "text")
