"""newsclean's datatrove steps in real datatrove pipelines, on fixture data:
JsonlReader -> NewscleanFormatter -> JsonlWriter, WarcReader -> NewscleanExtractor ->
JsonlWriter, and the CLI's --flat records read by JsonlReader as they are.

Skipped (with the reason) where datatrove is missing (`pip install -e ".[dev]"` has it).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import newsclean
from warcs import crawl_records, fixture_responses, write_warc

datatrove = pytest.importorskip("datatrove", reason="datatrove is not installed (pip install 'newsclean[datatrove]')")
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from newsclean.datatrove import NewscleanExtractor, NewscleanFormatter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(p for p in (ROOT / "fixtures").glob("*/*.txt") if not p.name.startswith("neg_"))


def run_pipeline(steps: list, folder: Path) -> list[dict[str, int]]:
    """Run the steps in one local task; each step's counters (label -> total), as datatrove merged them."""
    executor = LocalPipelineExecutor(pipeline=steps, tasks=1, workers=1, logging_dir=str(folder / "logs"))
    stats = executor.run()
    return [{label: metric.total for label, metric in step.stats.items()} for step in stats.stats]


def read_back(folder: Path) -> list:
    """The documents a datatrove JsonlReader reads from a folder."""
    return list(JsonlReader(str(folder), glob_pattern="*.jsonl*")())


def write_text_records(path: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"doc-{i}", "text": text, "source": "fixtures"}) + "\n")
    return texts


def test_formatter_between_jsonl_reader_and_writer_cleans_every_document(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    texts = write_text_records(tmp_path / "in" / "docs.jsonl")
    counts = run_pipeline([JsonlReader(str(tmp_path / "in")), NewscleanFormatter(), JsonlWriter(str(tmp_path / "out"))],
                          tmp_path)[1]
    docs = read_back(tmp_path / "out")
    assert [d.id for d in docs] == [f"doc-{i}" for i in range(len(texts))]
    articles = [newsclean.clean_text(t) for t in texts]
    for doc, article in zip(docs, articles):
        assert doc.text == article.body
        assert doc.metadata["authors"] == article.authors and doc.metadata["title"] == article.title
        assert doc.metadata["source"] == "fixtures"  # the document's own metadata stays
        assert [r["rule"] for r in doc.metadata["removed"]] == [r.rule for r in article.removed]
    cut = Counter(r.rule for a in articles for r in a.removed)
    assert cut and {rule: counts.get(rule) for rule in cut} == dict(cut)
    assert counts["total"] == len(texts) and counts["paywalled"] == sum(a.paywalled for a in articles)


def test_formatter_takes_a_config_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    texts = write_text_records(tmp_path / "in" / "docs.jsonl")
    config = tmp_path / "newsclean.toml"
    config.write_text('[pipeline]\ndisable = ["newsletter"]\n', encoding="utf-8")
    counts = run_pipeline([JsonlReader(str(tmp_path / "in")), NewscleanFormatter(str(config)),
                           JsonlWriter(str(tmp_path / "out"))], tmp_path)[1]
    without = newsclean.DEFAULT_PIPELINE.without("newsletter")
    assert [d.text for d in read_back(tmp_path / "out")] == [without.clean_text(t).body for t in texts]
    assert counts["total"] == len(texts) and not [label for label in counts if label.startswith("newsletter.")]


def test_extractor_after_warc_reader_gives_each_page_its_clean_body(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="datatrove's WarcReader needs warcio")
    pytest.importorskip("magic", reason="datatrove's WarcReader needs python-magic (and libmagic)")
    pytest.importorskip("cchardet", reason="datatrove's WarcReader needs faust-cchardet")
    from datatrove.pipeline.readers import WarcReader

    responses = fixture_responses()
    (tmp_path / "warc").mkdir()
    write_warc(tmp_path / "warc" / "crawl.warc.gz", crawl_records(responses))
    counts = run_pipeline([WarcReader(str(tmp_path / "warc")), NewscleanExtractor(), JsonlWriter(str(tmp_path / "out"))],
                          tmp_path)[1]
    docs = read_back(tmp_path / "out")
    expected = {r.url: newsclean.clean_html(r.body, url=r.url) for r in responses}
    kept = {url: a for url, a in expected.items() if a.body}
    assert [d.metadata["url"] for d in docs] == list(kept)  # the crawl's URL stays; pages without a body are dropped
    for doc in docs:
        article = kept[doc.metadata["url"]]
        assert doc.text == article.body and doc.metadata["title"] == article.title
        assert doc.metadata["newsclean_url"] == article.url
    assert counts["forwarded"] == len(kept) and counts.get("dropped", 0) == len(expected) - len(kept)
    assert {rule: counts.get(rule) for rule in Counter(r.rule for a in expected.values() for r in a.removed)} == dict(
        Counter(r.rule for a in expected.values() for r in a.removed))


def test_jsonl_reader_reads_the_cli_flat_records_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    texts = write_text_records(tmp_path / "in" / "docs.jsonl")
    proc = subprocess.run([sys.executable, "-m", "newsclean", "--jsonl", "--flat", str(tmp_path / "in" / "docs.jsonl")],
                          capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    (tmp_path / "flat").mkdir()
    (tmp_path / "flat" / "clean.jsonl.gz").write_bytes(gzip.compress(proc.stdout))
    docs = read_back(tmp_path / "flat")
    assert [d.text for d in docs] == [newsclean.clean_text(t).body for t in texts]
    assert [d.id for d in docs] == [f"doc-{i}" for i in range(len(texts))]
    assert all(d.metadata["source"] == "fixtures" and d.metadata["newsclean_source"].endswith(f"docs.jsonl:{i + 1}")
               for i, d in enumerate(docs))
