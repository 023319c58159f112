"""`-j` workers: warmed once, fed in chunks, and a run that ends whatever happens to them.

The fault tests run the CLI as a user does and hurt it as the world does: a worker
killed with SIGKILL (what the OOM killer sends), SIGTERM and SIGINT to the whole
process group (what a terminal's Ctrl-C and a job scheduler send).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from newsclean.workers import CHUNK_ITEMS, CHUNK_WEIGHT, chunked, ordered_map

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/*.txt"))]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the fault tests read /proc and send POSIX signals")


def write_records(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"id": i, "text": TEXTS[i % len(TEXTS)]}) + "\n")
    return path


def children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(p) for p in found]


def start(*args: str) -> subprocess.Popen:
    """The CLI in its own process group; stderr to a file, so that stdout, read line by
    line and then to its end, is never read past its buffer."""
    errors = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", *args], stdout=subprocess.PIPE, stderr=errors,
                            cwd=ROOT, start_new_session=True)
    proc.errors = errors  # type: ignore[attr-defined]
    return proc


def finish(proc: subprocess.Popen, timeout: float) -> tuple[bytes, str]:
    """The rest of stdout and all of stderr, once the process has ended."""
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        rest = proc.stdout.read()
        proc.wait()
    finally:
        timer.cancel()
    proc.errors.seek(0)
    return rest, proc.errors.read().decode()


def wait_for_workers(proc: subprocess.Popen, count: int) -> list[int]:
    """The worker pids once the first record is out (so they hold chunks)."""
    first = proc.stdout.readline()
    assert first, "no first record"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        pids = children(proc.pid)
        if len(pids) >= count:
            return pids
        time.sleep(0.05)
    raise AssertionError("the workers did not start")


def test_chunks_group_small_records_and_leave_a_big_page_alone() -> None:
    per_chunk = CHUNK_WEIGHT // 2000
    assert [len(c) for c in chunked(range(1000), weight=lambda i: 2000)] == [per_chunk] * (1000 // per_chunk)
    assert [len(c) for c in chunked(range(200), weight=lambda i: 1)] == [CHUNK_ITEMS] * 3 + [200 - 3 * CHUNK_ITEMS]
    assert [len(c) for c in chunked(range(3), weight=lambda i: CHUNK_WEIGHT)] == [1, 1, 1]


def _pid_and_double(item: int) -> tuple[int, int]:
    return os.getpid(), 2 * item


def test_ordered_map_keeps_order_warms_once_per_process_and_sends_chunks() -> None:
    warmed: list[int] = []
    results = list(ordered_map(_pid_and_double, range(3000), 2, weight=lambda i: 100, lost=lambda i, why: None,
                               initializer=lambda first: warmed.append(first)))
    assert [item for item, _ in results] == list(range(3000))
    assert [value for _, (_, value) in results] == [2 * i for i in range(3000)]
    pids = [pid for _, (pid, _) in results]
    head = pids.index(next(p for p in pids if p != os.getpid()))
    assert 0 < head <= CHUNK_ITEMS and set(pids[:head]) == {os.getpid()}  # the parent did the first chunk: warm, it forks
    assert len(set(pids[head:])) == 2 and os.getpid() not in pids[head:]
    assert warmed == [0]  # in the parent, before the fork: the workers inherit it
    runs = sum(1 for (_, (a, _)), (_, (b, _)) in zip(results, results[1:]) if a != b) + 1
    assert runs <= 3000 // CHUNK_ITEMS + 1  # whole chunks went to one worker, not item by item


@pytest.mark.parametrize("count", [0, 1, CHUNK_ITEMS, CHUNK_ITEMS + 1, 3 * CHUNK_ITEMS])
def test_ordered_map_gives_every_result_of_a_short_input(count: int) -> None:
    """The parent does the first chunk itself: an input of one chunk must come out too."""
    results = list(ordered_map(_pid_and_double, range(count), 2, lost=lambda i, why: None))
    assert [(item, value) for item, (_, value) in results] == [(i, 2 * i) for i in range(count)]


def test_a_killed_worker_ends_the_run_with_error_records_for_its_records_only(tmp_path: Path) -> None:
    count = 3000
    data = write_records(tmp_path / "in.jsonl", count)
    proc = start("--jsonl", "-j", "2", "-q", str(data))
    victim = wait_for_workers(proc, 2)[0]
    os.kill(victim, signal.SIGKILL)
    began = time.monotonic()
    rest, stderr = finish(proc, timeout=120)
    assert time.monotonic() - began < 60
    assert proc.returncode == 1, stderr
    records = [json.loads(line) for line in rest.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == list(range(1, count))  # the first was read above; all present, in order
    lost = [r for r in records if r["newsclean"].get("error")]
    assert 1 <= len(lost) <= CHUNK_ITEMS
    assert all(f"worker process {victim} killed by SIGKILL" in r["newsclean"]["error"] for r in lost)
    assert all(r["newsclean"]["source"] == f"{data}:{r['id'] + 1}" for r in lost)
    assert all(r["newsclean"]["body"] for r in records if r not in lost)
    assert f"worker process {victim} killed by SIGKILL" in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize("signum, code, message", [(signal.SIGTERM, 128 + signal.SIGTERM, "newsclean: terminated"),
                                                   (signal.SIGINT, 130, "newsclean: interrupted")])
def test_a_signal_to_the_process_group_stops_the_run_with_one_line(tmp_path: Path, signum: int, code: int, message: str) -> None:
    data = write_records(tmp_path / "in.jsonl", 20000)
    proc = start("--jsonl", "-j", "2", "-q", str(data))
    workers = wait_for_workers(proc, 2)
    os.killpg(proc.pid, signum)
    _, stderr = finish(proc, timeout=60)
    assert proc.returncode == code
    assert stderr.splitlines() == [message]  # no worker traceback, no "Process ForkProcess-1" line
    time.sleep(0.5)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return "Z"
