"""Worker processes for `-j N`: results in input order, memory flat, and a run that
always ends.

- Each worker is warmed once by an initializer, never per task. With `fork`, the
  parent warms up and cleans the first chunk itself before it forks, so every worker
  inherits the built pipeline, its automata and the phrases compiled on first use.
- Tasks go out in chunks sized by their weight (characters), so a thousand small
  records cost a few dozen round trips, and a few big pages still spread over all
  workers. A chunk goes only to an idle worker, so sending never blocks on a busy one.
- Each worker has its own pipe, so the parent knows which chunk every worker holds:
  a worker that dies (kill -KILL, the OOM killer) is seen at once through its
  process sentinel, its chunk's items become `lost(item, why)` results, a new
  worker takes its place, and the run goes on. Nothing waits without a bound.
- Workers ignore SIGINT and die silently on SIGTERM: the parent alone reports an
  interrupt, and ends its workers on the way out.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Generator, Iterable, Iterator, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: A chunk closes when its items' weights reach this (characters of input)...
CHUNK_WEIGHT = 50_000
#: ...or when it holds this many items.
CHUNK_ITEMS = 64
#: Chunks finished or in flight ahead of the next one to be yielded, per worker.
WINDOW_PER_WORKER = 4
#: prctl(2) option: the signal a process gets when its parent dies.
PR_SET_PDEATHSIG = 1


class _Worker:
    """One process, the pipe to it, and the chunks it holds (answered in order)."""

    def __init__(self, ctx: Any, fn: Callable, initializer: Callable | None, first: Any,
                 siblings: Iterable[_Worker]) -> None:
        self.conn, child = ctx.Pipe()
        # the parent's ends (its own and its siblings') are closed in the child, so a
        # closed pipe reads as the end of work there
        inherited = [self.conn, *(w.conn for w in siblings)]
        self.process = ctx.Process(target=_serve, args=(child, fn, initializer, first, inherited), daemon=True)
        self.process.start()
        child.close()
        self.held: deque[int] = deque()

    def death(self) -> str:
        """Why the process ended, in words."""
        self.process.join(1)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exited with code {code}"

    def stop(self, now: bool) -> None:
        self.conn.close()
        if now and self.process.is_alive():
            self.process.terminate()
        self.process.join(0.5 if now else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1)


def _serve(conn: Connection, fn: Callable, initializer: Callable | None, first: Any,
           inherited: list[Connection]) -> None:
    """A worker's loop: warm up, then answer each chunk with its results, until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    for other in inherited:
        other.close()
    try:
        if initializer is not None:
            initializer(first)
        while True:
            chunk = conn.recv()
            conn.send([fn(item) for item in chunk])
    except (EOFError, OSError):  # the parent closed the pipe or is gone: nothing to report to
        return


def _die_with_parent() -> None:
    """On Linux, have the kernel send SIGTERM to this worker when its parent dies
    (kill -KILL of the CLI), so no orphan cleans on for nobody."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM))
        except (OSError, AttributeError):
            pass


def _in_order(sent: dict[int, list], done: dict[int, list], next_out: int) -> Generator[tuple[Any, Any], None, int]:
    """Yield the finished chunks from `next_out` on, in order; returns how many it yielded."""
    count = 0
    while next_out + count in done:
        yield from zip(sent.pop(next_out + count), done.pop(next_out + count))
        count += 1
    return count


def chunked(items: Iterable[Item], weight: Callable[[Item], int]) -> Iterator[list[Item]]:
    """Consecutive items in lists of about CHUNK_WEIGHT, at most CHUNK_ITEMS long."""
    chunk: list[Item] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += weight(item)
        if total >= CHUNK_WEIGHT or len(chunk) >= CHUNK_ITEMS:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def ordered_map(fn: Callable[[Item], Result], items: Iterable[Item], jobs: int, *,
                weight: Callable[[Item], int] = lambda item: 1,
                lost: Callable[[Item, str], Result],
                initializer: Callable[[Item], None] | None = None) -> Iterator[tuple[Item, Result]]:
    """(item, fn(item)) in input order, computed in `jobs` processes.

    `initializer(first_item)` warms a worker once; `lost(item, why)` is the result of
    an item whose worker died while holding it.
    """
    iterator = iter(items)
    if jobs <= 1:
        for item in iterator:
            yield item, fn(item)
        return
    chunks = chunked(iterator, weight)
    head = next(chunks, None)
    if head is None:
        return
    method = "fork" if sys.platform != "win32" else "spawn"
    ctx = multiprocessing.get_context(method)
    pending: deque[list[Item]] = deque()
    sent: dict[int, list[Item]] = {}
    done: dict[int, list[Result]] = {}
    next_id = next_out = 0
    if method == "fork":
        # The parent warms up and does the first chunk itself: what that builds (the
        # pipeline, and the phrases compiled on first use) every worker inherits,
        # instead of each building it again.
        if initializer is not None:
            initializer(head[0])
        sent[0], done[0], next_id = head, [fn(item) for item in head], 1
    else:
        pending.append(head)
    exhausted = False
    window = WINDOW_PER_WORKER * jobs
    workers: list[_Worker] = []
    for _ in range(jobs):
        workers.append(_Worker(ctx, fn, initializer, head[0], workers))
    clean_exit = False

    def feed() -> None:
        """Send the idle workers a chunk each, within the window."""
        nonlocal next_id, exhausted
        for worker in workers:
            if worker.held or next_id - next_out >= window:
                continue
            if not pending and not exhausted:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append(chunk)
            if not pending:
                break
            sent[next_id] = pending.popleft()
            worker.held.append(next_id)
            try:
                worker.conn.send(sent[next_id])
            except OSError:
                pass  # it died idle: its sentinel is ready, and the chunk is reported below
            next_id += 1

    try:
        while True:
            feed()
            busy = [w for w in workers if w.held]
            if not busy:
                yield from _in_order(sent, done, next_out)
                break
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for index, worker in enumerate(workers):
                if not worker.held or (worker.conn not in ready and worker.process.sentinel not in ready):
                    continue
                try:
                    while worker.held and worker.conn.poll():
                        done[worker.held.popleft()] = worker.conn.recv()
                except (EOFError, OSError):
                    pass
                if worker.held and not worker.process.is_alive():
                    why = f"worker process {worker.process.pid} {worker.death()} while cleaning this record"
                    for chunk_id in worker.held:
                        done[chunk_id] = [lost(item, why) for item in sent[chunk_id]]
                    worker.stop(now=True)
                    workers[index] = _Worker(ctx, fn, initializer, head[0], [w for w in workers if w is not worker])
            feed()  # before the results go out: the workers clean while the caller writes
            next_out += yield from _in_order(sent, done, next_out)
        clean_exit = True
    finally:
        for worker in workers:
            worker.stop(now=not clean_exit)
