"""Time and peak memory of the big-input cases against input size (1x, 2x, 4x), and the
hostile inputs that the Limits stop (issue 17, items 6 and acceptance 4).

Each run is the `newsclean` command in a fresh process; its peak RSS comes from
wait4(), so every number is that one process's. Growth is linear when the 2x and 4x
columns are about 2 and 4 times the 1x one (the "x4/x1" columns).

    python benchmarks/scaling_io.py                  # the table at the sizes below
    python benchmarks/scaling_io.py --scale 0.25     # a quick check that it runs
    python benchmarks/scaling_io.py --ceiling        # also: documents at the default limits

Needs a quiet machine for its timings; it makes its inputs in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from warcs import Response, crawl_records, write_warc  # noqa: E402

PARAGRAPH = ("Council members met on Tuesday to discuss the budget for the coming year, and after a long "
             "debate they agreed to fund the new library and the repairs to the bridge.\n\n")
HTML_PARAGRAPH = f"<p>{PARAGRAPH.strip()}</p>\n"


def run(args: list[str], stdin: Path | None = None) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one newsclean run."""
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as source, open(os.devnull, "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "newsclean", "-q", *args], stdin=source, stdout=sink,
                                stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def text_file(folder: Path, megabytes: float) -> tuple[list[str], None]:
    path = folder / f"prose-{megabytes}.txt"
    path.write_text(PARAGRAPH * int(megabytes * 1e6 / len(PARAGRAPH)))
    return ["--max-document-bytes", "1G", "--max-document-lines", "10000000", str(path)], None


def x_lines(folder: Path, megabytes: float) -> tuple[list[str], None]:
    path = folder / f"x-{megabytes}.txt"
    path.write_text("x\n" * int(megabytes * 1e6 / 2))
    return ["--max-document-lines", "100000000", str(path)], None


def big_warc(folder: Path, megabytes: float) -> tuple[list[str], None]:
    """A WARC of 100 kB pages, cleaned with --only media (the reading is what grows)."""
    page = ("<html><body><article><h1>Story</h1>" + HTML_PARAGRAPH * 500 + "</article></body></html>").encode()
    count = int(megabytes * 1e6 / len(page))
    path = write_warc(folder / f"crawl-{megabytes}.warc.gz",
                      crawl_records(Response(f"https://news.example.org/{i}", page) for i in range(count)))
    return ["--only", "media", str(path)], None


def jsonl_lines(folder: Path, megabytes: float) -> tuple[list[str], None]:
    line = '{"id": 1, "text": "' + PARAGRAPH.strip() + '"}\n'
    path = folder / f"records-{megabytes}.jsonl"
    path.write_text(line * int(megabytes * 1e6 / len(line)))
    return ["--jsonl", "--only", "media", str(path)], None


#: name -> (input maker, its 1x size in MB)
SCALING: dict[str, tuple[Callable[[Path, float], tuple[list[str], Path | None]], float]] = {
    "large text file": (text_file, 3.0),
    "many 'x\\n' lines": (x_lines, 0.2),
    "big WARC (100 kB pages)": (big_warc, 40.0),
    "JSONL records": (jsonl_lines, 4.0),
}


def gzip_bomb(size: int) -> bytes:
    """`size` bytes of one letter, gzipped a MiB at a time (never held inflated)."""
    packer = zlib.compressobj(9, wbits=31)
    chunk = b"a" * (1 << 20)
    return b"".join(packer.compress(chunk) for _ in range(size >> 20)) + packer.flush()


def hostile(folder: Path) -> dict[str, tuple[list[str], Path | None]]:
    """The inputs of issue 17 item 6, at the default limits."""
    sparse = folder / "sparse.txt"
    with open(sparse, "wb") as out:
        out.truncate(2 << 30)
    big = folder / "big.txt"
    with open(big, "w") as out:
        for _ in range(270):
            out.write(PARAGRAPH * (1_000_000 // len(PARAGRAPH)))
    bomb = write_warc(folder / "bomb.warc.gz", crawl_records([Response(
        "https://news.example.org/bomb", gzip_bomb(1 << 30), extra_headers="Content-Encoding: gzip\r\n")]))
    lines = folder / "x6.txt"
    lines.write_text("x\n" * 3_000_000)
    return {"/dev/zero": (["/dev/zero"], None), "2 GB sparse file": ([str(sparse)], None),
            "270 MB text file": ([str(big)], None), "gzip bomb in a WARC (1 GiB inflated)": ([str(bomb)], None),
            "6 MB of 'x\\n' lines": ([str(lines)], None)}


def ceiling(folder: Path) -> dict[str, tuple[list[str], Path | None]]:
    """Documents just under the default limits: the most memory one input can take."""
    html = folder / "ceiling.html"
    body = HTML_PARAGRAPH * ((16 << 20) // len(HTML_PARAGRAPH) - 1)
    html.write_text("<html><body><article><h1>Story</h1>" + body + "</article></body></html>")
    prose = folder / "ceiling.txt"  # both bounds at once: 199,999 lines of 83 characters
    line = PARAGRAPH.strip()[:82] + "\n"
    prose.write_text(line * 199_999)
    lines = folder / "ceiling-x.txt"
    lines.write_text("x\n" * 199_999)
    return {"16 MiB HTML page": ([str(html)], None), "16 MiB text in 199,999 lines": ([str(prose)], None),
            "199,999 'x\\n' lines": ([str(lines)], None)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every 1x size (default 1)")
    parser.add_argument("--ceiling", action="store_true", help="also run documents at the default limits (slow)")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsclean-scaling-") as tmp:
        folder = Path(tmp)
        print("| case | 1x size | time 1x / 2x / 4x (s) | x4/x1 | peak RSS 1x / 2x / 4x (MB) |")
        print("| --- | --- | --- | --- | --- |")
        for name, (make, base) in SCALING.items():
            times, peaks = [], []
            for factor in (1, 2, 4):
                cli, stdin = make(folder, round(base * args.scale * factor, 3))
                seconds, peak, _ = run(cli, stdin)
                times.append(seconds)
                peaks.append(peak)
            print(f"| {name} | {base * args.scale:g} MB | {' / '.join(f'{t:.1f}' for t in times)} | "
                  f"{times[2] / times[0]:.1f} | {' / '.join(f'{p:.0f}' for p in peaks)} |")
        extra = {} if args.no_hostile else hostile(folder)
        if args.ceiling:
            extra.update(ceiling(folder))
        if extra:
            print("\n| input (default limits) | time (s) | peak RSS (MB) | exit |")
            print("| --- | --- | --- | --- |")
            for name, (cli, stdin) in extra.items():
                seconds, peak, code = run(cli, stdin)
                print(f"| {name} | {seconds:.1f} | {peak:.0f} | {code} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
