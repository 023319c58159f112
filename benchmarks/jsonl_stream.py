"""Stream JSONL records through the CLI: counts, order, error records, throughput
and peak memory at several stream lengths (memory must stay flat).

Usage: python benchmarks/jsonl_stream.py [--sizes 1000,10000,100000] [--jobs 2]
The records are the five seeds repeated, one line in the middle corrupted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_input(path: Path, n: int) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            if i == n // 2:
                out.write('{"id": %d, "text": "this line is cut off\n' % i)
            else:
                out.write(json.dumps({"id": i, "text": seeds[i % len(seeds)]}) + "\n")


def measure(path: Path, jobs: int) -> dict:
    """Run the CLI in a child; report its wall time and the peak RSS of its processes."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"p = subprocess.run([sys.executable, '-m', 'newsclean', '--jsonl', '-q', '-j', '{jobs}', r'{path}'],"
        " stdout=open(r'%s.out', 'wb'), stderr=subprocess.PIPE)\n" % path +
        "dt = time.perf_counter() - t\n"
        "print(p.returncode, dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.stderr.decode().strip().replace('\\n', ' / '))\n"
    )
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    code, seconds, rss_kb, stderr = res.stdout.strip().split(" ", 3)
    lines = Path(f"{path}.out").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    errors = [r for r in rows if r.get("newsclean", {}).get("error")]
    ordered = all(r.get("id") == i for i, r in enumerate(rows) if "id" in r)
    return {"exit": int(code), "seconds": float(seconds), "rss_mb": int(rss_kb) / 1024, "lines": len(lines),
            "errors": len(errors), "ordered": ordered, "stderr": stderr}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    print("| records | jobs | exit | lines out | error records | in order | seconds | records/s | peak RSS (MB, largest process) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"in-{n}.jsonl"
            make_input(path, n)
            r = measure(path, args.jobs)
            print(f"| {n} | {args.jobs} | {r['exit']} | {r['lines']} | {r['errors']} | {r['ordered']} | {r['seconds']:.1f} "
                  f"| {n / r['seconds']:.0f} | {r['rss_mb']:.1f} |")
            print(f"  stderr: {r['stderr'][:160]}", file=sys.stderr)


if __name__ == "__main__":
    main()
