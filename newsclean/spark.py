"""newsclean on Apache Spark (`pip install "newsclean[spark]"`).

- `clean_dataframe(df, html_col=...)` (or `text_col=...`) adds a struct column with the cleaned article.
- `clean_warcs(spark, paths)` turns WARC files into the CLI's JSONL records.
- `spark-submit newsclean/spark.py IN OUT` is the batch job (see docs/scaling.md).

Work is cut by file: each WARC file becomes `splits` tasks that all read it and
each clean every n-th record (reading is ~100x cheaper than cleaning), so a few
large files still keep every core busy, and a thousand files make a thousand tasks.
Rows are cleaned with `mapPartitions`: the pipeline is built once per Python worker
and reused for every row and partition it serves, never per row. Records are made
by `newsclean.jobs`, the same code as the CLI's, so both write the same lines.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from newsclean.config import Config, ConfigError, load_config
from newsclean.jobs import Task, output_record, record_line, run_task, warc_tasks
from newsclean.model import Article, Removal
from newsclean.frontends.warc import is_warc_path

if TYPE_CHECKING:  # pyspark is an optional extra
    from pyspark import RDD, Accumulator
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType


# -- schema ---------------------------------------------------------------------

def _spark_type(annotation: str) -> DataType:
    from pyspark.sql.types import ArrayType, BooleanType, LongType, StringType

    simple = {"str": StringType(), "str | None": StringType(), "int | None": LongType(), "bool": BooleanType(),
              "list[str]": ArrayType(StringType())}
    if annotation == "list[Removal]":
        return ArrayType(_struct(Removal))
    return simple[annotation]


def _struct(cls: type) -> StructType:
    from pyspark.sql.types import StructField, StructType

    return StructType([StructField(f.name, _spark_type(str(f.type)), True) for f in dataclasses.fields(cls)])


def article_schema() -> StructType:
    """The Article as a Spark struct, derived from the dataclass (one source of truth)."""
    return _struct(Article)


def warc_schema() -> StructType:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    return StructType([
        StructField("url", StringType()), StructField("fetch_date", StringType()),
        StructField("warc_file", StringType()), StructField("warc_offset", LongType()),
        StructField("warc_record_id", StringType()),
        StructField("newsclean", article_schema().add("source", StringType())),
    ])


# -- DataFrames -----------------------------------------------------------------

def clean_rows(rows: Iterable[Any], html_col: str | None, text_col: str | None, url_col: str | None,
               spec: Config) -> Iterator[tuple]:
    """For mapPartitions: each row with its cleaned article appended."""
    for row in rows:
        values = row.asDict() if hasattr(row, "asDict") else dict(row)
        html = values.get(html_col) if html_col else None
        text = values.get(text_col) if text_col else None
        url = values.get(url_col) if url_col else None
        if isinstance(html, (str, bytes, bytearray)):
            task = Task("row", bytes(html) if isinstance(html, bytearray) else html, True, url, spec)
        elif isinstance(text, str):
            task = Task("row", text, False, url, spec)
        else:
            task = Task("row", None, False, url, spec, error=f"no {html_col or text_col} value")
        yield (*row, run_task(task))


def clean_dataframe(df: DataFrame, html_col: str | None = None, text_col: str | None = None,
                    url_col: str | None = None, output_col: str = "newsclean",
                    config: Config | str | Path | None = None) -> DataFrame:
    """`df` with `output_col` added: the cleaned article (body, metadata, removals, error).

    Reads HTML from `html_col` or plain text from `text_col` (a row with both set
    uses the HTML); with neither named, the column "html". `config` is a
    `newsclean.config.Config` or a TOML path, read here, on the driver.
    """
    if not html_col and not text_col:
        html_col = "html"
    spec = load_config(config)
    for column in (html_col, text_col, url_col):
        if column and column not in df.columns:
            raise ValueError(f"no column {column!r} in the DataFrame (columns: {', '.join(df.columns)})")
    schema = df.schema.add(output_col, article_schema())
    rows = df.rdd.mapPartitions(partial(clean_rows, html_col=html_col, text_col=text_col, url_col=url_col, spec=spec))
    return df.sparkSession.createDataFrame(rows, schema)


# -- WARC files -----------------------------------------------------------------

def _clean_splits(splits: Iterable[tuple[int, str, str, int, int]], spec: Config,
                  failed: Accumulator | None = None) -> Iterator[tuple[tuple[int, int], dict]]:
    for file_index, path, label, index, count in splits:
        for task in warc_tasks(path, spec, split=(index, count), source=label):
            result = run_task(task)
            if failed is not None and "body" not in result:
                failed.add(1)
            yield (file_index, task.record["warc_offset"]), output_record(task, result)


def warc_files(inputs: Iterable[str | Path]) -> list[str]:
    """WARC files named, and those under folders named (sorted, as the CLI walks them)."""
    found: list[str] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and is_warc_path(p))
        elif is_warc_path(path):
            found.append(str(path))
    return found


def clean_warcs(spark: SparkSession, paths: Iterable[str | Path], splits_per_file: int | None = None,
                config: Config | str | Path | None = None, failed: Accumulator | None = None) -> RDD:
    """An RDD of output records (dicts, as the CLI writes them) in file order: one per
    HTML response, one error record per damaged WARC record. Every executor must be
    able to open the paths (local mode, or a shared file system); records name each
    file as given. `failed`, an accumulator, counts the error records."""
    given = [str(p) for p in paths]
    if not given:
        raise ValueError("no WARC files given")
    spec = load_config(config)
    context = spark.sparkContext
    count = splits_per_file or max(1, -(-2 * context.defaultParallelism // len(given)))
    splits = [(i, str(Path(label).resolve()), label, index, count) for i, label in enumerate(given) for index in range(count)]
    cleaned = context.parallelize(splits, len(splits)).mapPartitions(partial(_clean_splits, spec=spec, failed=failed))
    # One output partition per file, sorted by offset: no sampling pass (sortByKey's
    # would clean everything twice), and the part files come out in the CLI's order.
    return cleaned.repartitionAndSortWithinPartitions(len(given), _file_of).values()


def _file_of(key: tuple[int, int]) -> int:
    return key[0]


def write_warc_output(spark: SparkSession, paths: Iterable[str | Path], output: str, fmt: str = "jsonl",
                      splits_per_file: int | None = None, config: Config | str | Path | None = None) -> int:
    """JSONL part files whose concatenation is the CLI's output, or Parquet; returns
    how many records are error records (damaged WARC records, pages that failed)."""
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"unknown format {fmt!r} (jsonl or parquet)")
    failed = spark.sparkContext.accumulator(0)
    records = clean_warcs(spark, paths, splits_per_file, config, failed)
    if fmt == "jsonl":
        records.map(record_line).saveAsTextFile(output)
    else:
        spark.createDataFrame(records, warc_schema()).write.parquet(output)
    return failed.value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsclean.spark", description="Clean WARC files on Spark into JSONL or Parquet.")
    parser.add_argument("inputs", nargs="+", help="WARC files or folders holding them")
    parser.add_argument("output", help="output folder (must not exist)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--splits-per-file", type=int, default=None,
                        help="tasks per WARC file (default: enough to give every core two)")
    parser.add_argument("--config", metavar="FILE", help="TOML configuration, as the CLI's --config")
    args = parser.parse_args(argv)
    files = warc_files(args.inputs)
    if not files:
        sys.stderr.write("newsclean.spark: no .warc or .warc.gz files in the inputs\n")
        return 2
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        sys.stderr.write(f"newsclean.spark: --config: {exc}\n")
        return 2
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("newsclean").config("spark.log.level", "WARN").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    try:
        failed = write_warc_output(spark, files, args.output, args.format, args.splits_per_file, config)
        if failed:  # spark-submit relays it (on its stdout: Spark merges a Python job's streams)
            sys.stderr.write(f"newsclean.spark: {failed} error record{'s' if failed > 1 else ''} (damaged WARC records "
                             f"or pages that failed); see their \"error\" field\n")
            sys.stderr.flush()
    finally:
        spark.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
