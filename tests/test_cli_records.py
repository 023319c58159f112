"""Records others can read (issue 16.3, 16.5, 16.9, 16.10): --flat, where every record
came from, blank lines, --url, --format markdown, and the small API promises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.records import EMPTY_RESULT
from warcs import crawl_records, fixture_responses, write_warc

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "fixtures").glob("*/*.txt"))
PAGES = sorted((ROOT / "fixtures" / "html").glob("*.html"))


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=300)


def lines(proc: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def mixed_input(tmp_path: Path) -> tuple[Path, list[str]]:
    """Text and HTML records, each kind of bad line, and blank lines; the raw lines that are records."""
    records = [json.dumps({"id": i, "text": p.read_text(encoding="utf-8"), "url": f"https://x.test/{i}"}) for i, p in enumerate(TEXTS[:20])]
    records += [json.dumps({"id": 100 + i, "html": p.read_text(encoding="utf-8"), "lang": "en"}) for i, p in enumerate(PAGES)]
    records += ['{"id": 200, "text": ', '[1, 2]', '{"id": 201, "body": "no text field"}', '{"id": 202, "text": ""}']
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(records[:5] + ["", "   "] + records[5:]) + "\n\n", encoding="utf-8")
    return path, records


def line_of(path: Path) -> dict[int, int]:
    """id -> line number of the records that parse."""
    found = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and "id" in record:
            found[record["id"]] = number
    return found


def test_flat_records_load_in_pandas_one_per_input_record_errors_included(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (it is in the dev extra)")
    path, records = mixed_input(tmp_path)
    proc = run("--jsonl", "--flat", "-q", str(path))
    assert proc.returncode == 1  # the bad lines
    out = lines(proc)
    assert len(out) == len(records)
    frame = pandas.read_json(path_or_buf=__import__("io").StringIO(proc.stdout.decode("utf-8")), lines=True)
    table = pandas.json_normalize(out)
    assert len(frame) == len(table) == len(records)
    fields = [k for k in EMPTY_RESULT if k != "body"]  # one schema: newsclean's keys in every record, beside the input's
    assert all("text" in r and all(k in r or f"newsclean_{k}" in r for k in fields) for r in out)
    for raw, record in zip(records, out):
        try:
            given = json.loads(raw)
        except json.JSONDecodeError:
            given = {}
        if isinstance(given, dict):  # every input field is kept, on error records too
            assert {k: record[k] for k in given if k != "text"} == {k: v for k, v in given.items() if k != "text"}
    texts = [r for r in out if r.get("id", -1) < 100 and not r["error"]]
    assert [r["text"] for r in texts] == [newsclean.clean_text(p.read_text(encoding="utf-8")).body for p in TEXTS[:20]]
    assert texts[0]["url"] == "https://x.test/0" and texts[0]["newsclean_url"] == "https://x.test/0"  # input url kept
    errors = [r for r in out if r["error"]]
    assert [(r.get("id"), r.get("value")) for r in errors] == [(None, None), (None, [1, 2]), (201, None), (202, None)]
    assert "invalid JSON" in errors[0]["error"] and "not a JSON object" in errors[1]["error"]
    assert errors[-1]["error"] == "empty input" and errors[-1]["text"] == ""


def test_flat_metadata_field_and_drop_html(tmp_path: Path) -> None:
    path, records = mixed_input(tmp_path)
    out = lines(run("--jsonl", "--flat", "--metadata-field", "metadata", "--drop-html", "-q", str(path)))
    pages = [r for r in out if 100 <= r.get("id", -1) < 200]
    assert len(pages) == len(PAGES) and not any("html" in r for r in pages)
    for page, html in zip(pages, PAGES):
        article = newsclean.clean_html(html.read_text(encoding="utf-8"))
        assert page["text"] == article.body and page["lang"] == "en"
        assert page["metadata"]["title"] == article.title and "body" not in page["metadata"]
        assert page["metadata"]["source"] == f"{path}:{line_of(path)[page['id']]}"


def test_flat_warc_records_keep_the_crawl_fields(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", crawl_records(fixture_responses()))
    out = lines(run("--flat", "-q", str(warc)))
    assert len(out) == len(PAGES)
    for record, response in zip(out, fixture_responses()):
        assert record["url"] == response.url and record["warc_file"] == str(warc)
        assert record["source"] == f"{warc}@{record['warc_offset']}"
        assert record["text"] == (newsclean.clean_html(response.body, url=response.url).body if not record["error"] else "")


def test_blank_lines_are_skipped_and_counted_not_error_records(tmp_path: Path) -> None:
    path, records = mixed_input(tmp_path)
    proc = run("--jsonl", str(path))
    assert len(lines(proc)) == len(records)
    assert "skipped 3 blank lines" in proc.stderr.decode()
    assert "empty line" not in proc.stdout.decode()


def test_every_record_says_where_it_came_from(tmp_path: Path) -> None:
    path, records = mixed_input(tmp_path)
    nested = lines(run("--jsonl", "-q", str(path)))
    numbers = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip()]
    assert [r["newsclean"]["source"] for r in nested] == [f"{path}:{n}" for n in numbers]
    stdin = lines(run("--jsonl", "-q", stdin=b'{"text": "A line of text, long enough to be prose here."}\n'))
    assert stdin[0]["newsclean"]["source"] == "<stdin>:1"
    files = json.loads(run("--json", "-q", str(TEXTS[0]), str(TEXTS[1])).stdout)
    assert [r["source"] for r in files] == [str(TEXTS[0]), str(TEXTS[1])]


def test_flat_needs_jsonl_output_and_its_options_need_flat() -> None:
    for args, message in ((("--flat", "--format", "text"), "--flat writes JSON Lines"),
                          (("--metadata-field", "m"), "add --flat"), (("--drop-html",), "add --flat"),
                          (("--flat", "-o", "out"), "does not take -o")):
        proc = run(*args, stdin=b"Some text.")
        assert proc.returncode == 2 and message in proc.stderr.decode() and len(proc.stderr.decode().splitlines()) == 1


@pytest.mark.parametrize("url", ["example.com/story", "ftp://example.com/x", "https://", "http://exa mple.com/", "javascript:alert(1)"])
def test_a_bad_url_is_a_usage_error(url: str) -> None:
    proc = run("--html", "--url", url, str(PAGES[0]))
    assert proc.returncode == 2 and "--url: expected an absolute http(s) URL" in proc.stderr.decode()


def test_a_good_url_reaches_the_article() -> None:
    proc = run("--json", "--url", "https://news.example.org/story", str(PAGES[0]))
    assert proc.returncode == 0 and json.loads(proc.stdout)["url"]


MARKDOWN_PAGE = b"""<html><head><title>Council approves budget</title></head><body><article>
<h1>Council approves budget</h1>
<p>The council approved next year's budget on Tuesday after a debate that lasted most of the evening.</p>
<h2>Where the money goes</h2>
<p>Most of the increase goes to schools and roads, the finance committee said in its report.</p>
<table><tr><th>Item</th><th>Amount</th></tr><tr><td>Schools</td><td>4.1m</td></tr><tr><td>Roads</td><td>2.3m</td></tr></table>
<p>Sign up for our newsletter to get the council's decisions in your inbox every week.</p>
<p>The budget takes effect in January, and a review is planned for the summer.</p>
</article></body></html>"""


def test_markdown_for_html_keeps_headings_and_tables_and_says_the_title_once() -> None:
    proc = run("--format", "markdown", "--html", stdin=MARKDOWN_PAGE)
    assert proc.returncode == 0, proc.stderr.decode()
    text = proc.stdout.decode()
    assert text.count("Council approves budget") == 1 and text.startswith("# Council approves budget\n")
    assert "\n## Where the money goes\n" in text
    assert "| Item | Amount |\n|---|---|\n| Schools | 4.1m |\n| Roads | 2.3m |" in text
    assert "Sign up" not in text and "The budget takes effect in January" in text


def test_api_promises_typed_replay_of_dicts_and_the_empty_input_error() -> None:
    package = Path(newsclean.__file__).parent
    assert (package / "py.typed").is_file()
    assert 'newsclean = ["py.typed"]' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert newsclean.replay.__doc__ and "to_dict" in newsclean.replay.__doc__
    for path in TEXTS[:30]:
        text = path.read_text(encoding="utf-8")
        article = newsclean.clean_text(text)
        record = json.loads(json.dumps(article.to_dict()))
        assert newsclean.replay(text, record["removed"]) == newsclean.replay(text, article.removed) == article.body
    assert newsclean.clean_html(b"").error == "empty input"
    for empty in ("", " \n\t\n"):
        assert newsclean.clean_text(empty).error == newsclean.clean_html(empty).error == "empty input"


def test_flat_records_of_files_hold_the_body_and_the_path() -> None:
    out = lines(run("--flat", "-q", str(TEXTS[0]), str(TEXTS[1])))
    assert [(r["source"], r["text"]) for r in out] == [
        (str(p), newsclean.clean_text(p.read_text(encoding="utf-8")).body) for p in TEXTS[:2]]
