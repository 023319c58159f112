"""-j 2 against -j 1 on the same records (issue 16.7: target >= 1.8x), and Spark
local[2] on a running session, with the outputs checked to be the same.

Usage: python benchmarks/workers.py [--records 1000] [--kind text,html] [--spark] [--corpus]

- text: the fixture texts, repeated to --records JSONL records ({"id", "text"}).
- html: HTML pages as JSONL records ({"id", "url", "html"}): the fixture pages, or with
  --corpus the development corpus's pages (exits 1 when the corpus is missing).
Wall time of the whole command (start-up included), best of --repeat runs. Run it on
a quiet machine: on a shared one, -j 2 measures the other load as much as newsclean.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def text_records(n: int) -> list[dict]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/*.txt"))]
    return [{"id": i, "text": texts[i % len(texts)]} for i in range(n)]


def html_records(n: int, corpus: bool) -> list[dict]:
    if corpus:
        from benchmarks.corpus import DEFAULT_ARCHIVE, open_corpus, pages

        if not DEFAULT_ARCHIVE.exists():
            sys.exit(f"workers.py: no corpus at {DEFAULT_ARCHIVE} (drop --corpus to use the fixture pages)")
        found = [(p.url, p.html().decode("utf-8", "replace")) for p in pages(open_corpus(DEFAULT_ARCHIVE))]
    else:
        found = [(f"https://news.example.org/{p.stem}", p.read_text(encoding="utf-8"))
                 for p in sorted((ROOT / "fixtures" / "html").glob("*.html"))]
    return [{"id": i, "url": found[i % len(found)][0], "html": found[i % len(found)][1]} for i in range(n)]


def run_cli(path: Path, jobs: int, repeat: int) -> tuple[float, bytes]:
    best, out = float("inf"), b""
    for _ in range(repeat):
        began = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "newsclean", "--jsonl", "-q", "-j", str(jobs), str(path)],
                              capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - began)
        if proc.returncode not in (0, 1):
            sys.exit(f"workers.py: newsclean -j {jobs} failed: {proc.stderr.decode()[-500:]}")
        out = proc.stdout
    return best, out


def run_spark(records: list[dict], kind: str, repeat: int) -> tuple[float, list[str]]:
    """The same records through clean_dataframe on a running local[2] session (JVM start not counted)."""
    from pyspark.sql import SparkSession

    from newsclean.spark import clean_dataframe

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master("local[2]").appName("newsclean-bench").config("spark.ui.enabled", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        column = "html" if kind == "html" else "text"
        df = spark.createDataFrame([(r["id"], r[column]) for r in records], f"id long, {column} string").repartition(4)
        clean_dataframe(df.limit(8), **{f"{column}_col": column}).count()  # start the Python workers
        best, bodies = float("inf"), []
        for _ in range(repeat):
            began = time.perf_counter()
            rows = clean_dataframe(df, **{f"{column}_col": column}).select("id", "newsclean.body").collect()
            best = min(best, time.perf_counter() - began)
            bodies = [r.body for r in sorted(rows, key=lambda r: r.id)]
        return best, bodies
    finally:
        spark.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--kind", default="text,html")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--spark", action="store_true", help="also time Spark local[2] on a running session")
    ap.add_argument("--corpus", action="store_true", help="HTML from the development corpus, not the fixtures")
    args = ap.parse_args()
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")
    print("| records | kind | run | seconds | records/s | speed-up vs -j 1 | same records as -j 1 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kind.split(","):
            records = text_records(args.records) if kind == "text" else html_records(args.records, args.corpus)
            path = Path(tmp) / f"{kind}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
            one, out_one = run_cli(path, 1, args.repeat)
            two, out_two = run_cli(path, 2, args.repeat)
            n = len(records)
            print(f"| {n} | {kind} | CLI -j 1 | {one:.2f} | {n / one:.0f} | 1.00 | - |")
            print(f"| {n} | {kind} | CLI -j 2 | {two:.2f} | {n / two:.0f} | {one / two:.2f} | {out_one == out_two} |")
            if args.spark:
                seconds, bodies = run_spark(records, kind, args.repeat)
                expected = [json.loads(line)["newsclean"].get("body") for line in out_one.decode("utf-8").splitlines()]
                print(f"| {n} | {kind} | Spark local[2], running session | {seconds:.2f} | {n / seconds:.0f} | "
                      f"{one / seconds:.2f} | {bodies == expected} |")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
