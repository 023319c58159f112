"""WARC: reading speed of fastwarc and warcio, then pages/s of the CLI (-j 1, -j 2)
and of the Spark job (spark-submit, local[2]) on the same WARC.gz, checking the
Spark output equals the CLI's line for line.

The WARC is made by the script: every page of the development corpus (or --limit
of them) as a request/response pair, one gzip member per record, as crawlers write.
warcio is only needed for the reading comparison (pip install warcio).

Usage: python benchmarks/warc_throughput.py [CORPUS] [--limit N] [--no-spark]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import newsclean  # noqa: E402
from warcs import CORPUS, corpus_responses, crawl_records, open_corpus, write_warc  # noqa: E402


def read_fastwarc(path: Path) -> int:
    from newsclean.frontends.warc import read_warc

    return sum(len(page.html) for page in read_warc(path))


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    size = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response" and "html" in (record.http_headers.get_header("Content-Type") or ""):
                size += len(record.content_stream().read())
    return size


def best_of(fn, path: Path, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(path)
        best = min(best, time.perf_counter() - start)
    return best


def timed(command: list[str], out: Path, env: dict | None = None) -> float:
    start = time.perf_counter()
    with open(out, "wb") as sink:
        subprocess.run(command, stdout=sink, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-spark", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        responses = corpus_responses(open_corpus(Path(args.corpus), into=work / "corpus"), args.limit or 10**9)
        warc = write_warc(work / "corpus.warc.gz", crawl_records(responses))
        n = len(responses)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
              f"{n} pages, WARC.gz {warc.stat().st_size / 1e6:.1f} MB")
        print("\n| reader | seconds (best of 3) | HTML responses/s |\n| --- | --- | --- |")
        readers = [("fastwarc (newsclean.frontends.warc, with its damage checks)", read_fastwarc)]
        try:
            import warcio  # noqa: F401
            readers.append(("warcio", read_warcio))
        except ImportError:
            print("| warcio | not installed | |")
        for name, fn in readers:
            seconds = best_of(fn, warc)
            print(f"| {name} | {seconds:.3f} | {n / seconds:,.0f} |")

        print("\n| run | seconds | pages/s | same records as -j 1 |\n| --- | --- | --- | --- |")
        cli = [sys.executable, "-m", "newsclean", "-q"]
        reference = work / "j1.jsonl"
        seconds = timed(cli + ["-j", "1", str(warc)], reference)
        print(f"| CLI -j 1 | {seconds:.1f} | {n / seconds:.1f} | - |")
        seconds = timed(cli + ["-j", "2", str(warc)], work / "j2.jsonl")
        same = (work / "j2.jsonl").read_bytes() == reference.read_bytes()
        print(f"| CLI -j 2 | {seconds:.1f} | {n / seconds:.1f} | {same} |")
        submit = Path(sys.executable).with_name("spark-submit")
        if args.no_spark or not submit.exists() or shutil.which("java") is None:
            print("| Spark local[2] | skipped (no pyspark or java) | | |")
            return
        env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
        job = Path(newsclean.__file__).with_name("spark.py")
        out = work / "spark"
        seconds = timed([str(submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false", str(job), str(warc), str(out)],
                        work / "spark.log", env)
        lines = b"".join(p.read_bytes() for p in sorted(out.glob("part-*")))
        print(f"| Spark local[2], spark-submit (JVM and worker start included) | {seconds:.1f} | {n / seconds:.1f} | "
              f"{lines == reference.read_bytes()} |")
        os.environ.update(PYSPARK_PYTHON=sys.executable)
        from pyspark.sql import SparkSession

        from newsclean.spark import write_warc_output

        spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        write_warc_output(spark, [warc], str(work / "warm-up"))  # start the Python workers
        start = time.perf_counter()
        write_warc_output(spark, [warc], str(work / "again"))
        seconds = time.perf_counter() - start
        spark.stop()
        lines = b"".join(p.read_bytes() for p in sorted((work / "again").glob("part-*")))
        print(f"| Spark local[2], job on a running session | {seconds:.1f} | {n / seconds:.1f} | "
              f"{lines == reference.read_bytes()} |")


if __name__ == "__main__":
    main()
