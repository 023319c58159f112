"""The Spark job on a local[2] cluster gives the CLI's records, line for line.

Skipped (with the reason) where pyspark or Java is missing; CI installs the
`spark` extra and has Java 17.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import newsclean
from config_case import SOCIAL_LINE, USER_PHRASE_LINE, write_case
from warcs import CORPUS, corpus_responses, crawl_records, fixture_responses, open_corpus

ROOT = Path(__file__).resolve().parent.parent
JAVA = shutil.which("java")
try:
    import pyspark  # noqa: F401
    SPARK_MISSING = None
except ImportError:
    SPARK_MISSING = "pyspark is not installed (pip install 'newsclean[spark]')"
if JAVA is None:
    SPARK_MISSING = SPARK_MISSING or "no java on PATH: Spark needs a JVM"

pytestmark = pytest.mark.skipif(SPARK_MISSING is not None, reason=SPARK_MISSING or "")
SPARK_ENV = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}


@dataclass(frozen=True)
class Warc:
    path: Path
    responses: int          # HTML responses written into it
    garbled_request: bool  # the garbled record: a request (all responses stay) or a response


@pytest.fixture(scope="module")
def warc(tmp_path_factory: pytest.TempPathFactory) -> Warc:
    """Fixture pages and (where the corpus is) 60 real ones, one record garbled."""
    folder = tmp_path_factory.mktemp("warc")
    responses = fixture_responses()
    if CORPUS.exists():
        responses += corpus_responses(open_corpus(CORPUS, into=folder / "corpus"), 60)
    records = [gzip.compress(r, mtime=0) for r in crawl_records(responses)]
    damaged = len(records) // 2 + 1
    records[damaged] = records[damaged][:80]
    path = folder / "pages.warc.gz"
    path.write_bytes(b"".join(records))
    return Warc(path, len(responses), garbled_request=damaged % 2 == 1)  # warcinfo, then request, response, ...


@pytest.fixture(scope="module")
def cli_lines(warc: Warc) -> list[str]:
    proc = subprocess.run([sys.executable, "-m", "newsclean", "-q", str(warc.path)], capture_output=True, timeout=600)
    assert proc.returncode == 1, proc.stderr.decode()  # the damaged record
    return proc.stdout.decode("utf-8").splitlines()


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.update(PYSPARK_PYTHON=sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("newsclean-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def part_lines(folder: Path) -> list[str]:
    return [line for part in sorted(folder.glob("part-*")) for line in part.read_text(encoding="utf-8").splitlines()]


def test_spark_submit_job_writes_exactly_the_cli_records(warc: Warc, cli_lines: list[str], tmp_path: Path) -> None:
    """The documented command (docs/scaling.md), run as a user runs it."""
    submit = Path(sys.executable).with_name("spark-submit")
    job = Path(newsclean.__file__).with_name("spark.py")
    out = tmp_path / "out"
    proc = subprocess.run([str(submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false", str(job),
                           str(warc.path), str(out)], capture_output=True, env=SPARK_ENV, timeout=600)
    assert proc.returncode == 1, proc.stderr.decode()[-3000:]  # as the CLI: the damaged record
    stderr = proc.stderr.decode()
    assert "newsclean.spark: 1 error record" in proc.stdout.decode() + stderr  # Spark merges a Python job's streams
    assert sum(" INFO " in line for line in stderr.splitlines()) <= 5  # the JVM's start-up lines, not a flood
    lines = part_lines(out)
    # a line per response (a garbled one's is its error); a garbled request is one more error line
    assert len(cli_lines) == warc.responses + warc.garbled_request
    assert len(lines) == len(cli_lines)
    assert lines == cli_lines
    errors = [json.loads(line) for line in lines if '"error"' in line]
    assert any("damaged" in (e["newsclean"].get("error") or "") for e in errors)


def test_clean_warcs_splits_a_file_across_tasks_and_keeps_file_order(spark, warc: Warc, cli_lines: list[str]) -> None:
    from newsclean.spark import clean_warcs

    for splits in (1, 3):
        records = clean_warcs(spark, [warc.path], splits_per_file=splits).collect()
        assert [json.dumps(r, ensure_ascii=False) for r in records] == cli_lines


def test_parquet_output_holds_the_same_articles(spark, warc: Warc, cli_lines: list[str], tmp_path: Path) -> None:
    from newsclean.spark import write_warc_output

    write_warc_output(spark, [warc.path], str(tmp_path / "pq"), fmt="parquet")
    rows = spark.read.parquet(str(tmp_path / "pq")).orderBy("warc_offset").collect()
    expected = [json.loads(line) for line in cli_lines]
    assert [(r.url, r.warc_offset, r.newsclean.body, r.newsclean.title, r.newsclean.authors, r.newsclean.error)
            for r in rows] == [(e["url"], e["warc_offset"], e["newsclean"].get("body"), e["newsclean"].get("title"),
                                e["newsclean"].get("authors"), e["newsclean"]["error"]) for e in expected]


def test_clean_dataframe_adds_the_article_of_each_row(spark) -> None:
    from newsclean.spark import clean_dataframe

    pages = fixture_responses()
    df = spark.createDataFrame([(p.url, p.body.decode("utf-8"), None) for p in pages] + [("https://x.test/none", None, None)],
                               "url string, html string, text string")
    rows = clean_dataframe(df, url_col="url").collect()
    for page, row in zip(pages, rows):
        expected = newsclean.clean_html(page.body.decode("utf-8"), url=page.url)
        assert (row.newsclean.body, row.newsclean.title, row.newsclean.captions) == (expected.body, expected.title, expected.captions)
        assert [r.rule for r in row.newsclean.removed] == [r.rule for r in expected.removed]
    assert rows[-1].newsclean.error and rows[-1].newsclean.body is None
    with pytest.raises(ValueError, match="no column 'content'"):
        clean_dataframe(df, html_col="content")


def test_clean_dataframe_reads_a_text_column_alone(spark) -> None:
    from newsclean.spark import clean_dataframe

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/*.txt"))[:20]]
    df = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id long, text string")
    rows = clean_dataframe(df, text_col="text").orderBy("id").collect()
    assert [r.newsclean.body for r in rows] == [newsclean.clean_text(t).body for t in texts]
    assert [r.newsclean.authors for r in rows] == [newsclean.clean_text(t).authors for t in texts]


def test_a_config_changes_spark_as_it_changes_the_cli(spark, tmp_path: Path) -> None:
    """Acceptance (issue 16.6): the config of test_config, on Spark: the CLI's lines, -j 2's too."""
    from newsclean.spark import clean_warcs

    config, case = write_case(tmp_path)
    cli = [subprocess.run([sys.executable, "-m", "newsclean", "-q", "--config", str(config), "-j", jobs, str(case)],
                          capture_output=True, timeout=300).stdout.decode("utf-8").splitlines() for jobs in ("1", "2")]
    default = [json.dumps(r, ensure_ascii=False) for r in clean_warcs(spark, [str(case)]).collect()]
    configured = [json.dumps(r, ensure_ascii=False) for r in clean_warcs(spark, [str(case)], config=config).collect()]
    assert configured == cli[0] == cli[1] != default
    assert USER_PHRASE_LINE not in json.loads(configured[-1])["newsclean"]["body"]
    assert SOCIAL_LINE in json.loads(configured[-1])["newsclean"]["body"]
