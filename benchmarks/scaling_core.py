"""Time and peak memory of the shapes that once grew superlinearly (issue 17, item 7),
at 1x, 2x and 4x the input: each should grow about as fast as its input.

Each measurement runs in a process of its own, so that its peak RSS is its own; the
time is the CPU time of the cleaning alone (the process's imports and warm-up calls
on small inputs of the same shape are not counted).

    python benchmarks/scaling_core.py                 # every case, default sizes
    python benchmarks/scaling_core.py --scale 0.25    # smaller inputs (a quick check)
    python benchmarks/scaling_core.py --case cr_only  # one case
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from typing import Callable

#: case -> (what it is, its 1x size); `make` builds its input
CASES: dict[str, tuple[str, int]] = {
    "cr_only": ("text, CR-only line ends (lines)", 200_000),
    "photo_credits": ("text, photo-credit lines", 20_000),
    "links_in_one_p": ("HTML, links in one <p>", 20_000),
    "attributes": ("HTML, attributes on one element", 40_000),
    "nesting": ("HTML, nesting depth", 5_000),
    "backtracking_phrase": ("text, 1.4 kB lines under a backtracking phrase (budget 2 s)", 20),
}


def make(case: str, n: int) -> tuple[Callable[[], object], int]:
    """(the cleaning call, the input's size in characters)."""
    import newsclean

    if case == "cr_only":
        text = "A line of text in a report\r" * n
        return (lambda: newsclean.clean_text(text)), len(text)
    if case == "photo_credits":
        text = "Photo: Jane Doe/Getty Images\n" * n
        return (lambda: newsclean.clean_text(text)), len(text)
    if case == "links_in_one_p":
        page = "<html><body><article><h1>Title</h1><p>" + " ".join(
            f'<a href="/p{i}">link {i}</a> word' for i in range(n)) + "</p></article></body></html>"
        return (lambda: newsclean.clean_html(page)), len(page)
    if case == "attributes":
        page = ("<html><body><article><h1>Title</h1><p " + " ".join(f'a{i}="v"' for i in range(n))
                + ">The council met on Tuesday and agreed the budget.</p></article></body></html>")
        return (lambda: newsclean.clean_html(page)), len(page)
    if case == "nesting":
        page = ("<html><body><article><h1>Title</h1>" + "<div>" * n + "<p>The council met on Tuesday.</p>"
                + "</div>" * n + "</article></body></html>")
        return (lambda: newsclean.clean_html(page)), len(page)
    if case == "backtracking_phrase":
        sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "tests"))
        from test_budget import Backtracking  # a catastrophic phrase, compiled past the check

        pipeline = newsclean.Pipeline(filters=(Backtracking(),), time_budget=2.0)
        text = "\n".join(["a" * 1400 + " y"] * n)
        return (lambda: pipeline.clean_text(text)), len(text)
    raise SystemExit(f"unknown case {case!r} (have: {', '.join(CASES)})")


def measure_one(case: str, n: int) -> None:
    """In the child process: warm up, clean once, print time and peak RSS as JSON."""
    import newsclean

    newsclean.clean_text("Sign up for our newsletter\nPhoto: Jane Doe/Getty Images")
    newsclean.clean_html("<html><body><p>The council met on Tuesday.</p></body></html>")
    make(case, max(n // 100, 1))[0]()  # the same shape, small: lazy models and caches load here
    run, size = make(case, n)
    start = time.process_time()
    run()
    seconds = time.process_time() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "chars": size}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", choices=sorted(CASES), action="append", help="run only these cases")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every 1x size by this")
    ap.add_argument("--one", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        measure_one(args.one[0], int(args.one[1]))
        return
    print("| case | size 1x | 1x s | 2x s | 4x s | 4x / 1x time | 1x MB | 4x MB |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for case in args.case or CASES:
        label, base = CASES[case]
        n = max(int(base * args.scale), 1)
        rows = []
        for factor in (1, 2, 4):
            out = subprocess.run([sys.executable, __file__, "--one", case, str(n * factor)],
                                 capture_output=True, text=True, check=True).stdout
            rows.append(json.loads(out.strip().splitlines()[-1]))
        t = [r["seconds"] for r in rows]
        print(f"| {label} | {n:,} ({rows[0]['chars'] / 1e3:,.0f} k chars) | {t[0]:.2f} | {t[1]:.2f} | {t[2]:.2f} "
              f"| {t[2] / max(t[0], 1e-9):.1f} | {rows[0]['peak_mb']:.0f} | {rows[2]['peak_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
