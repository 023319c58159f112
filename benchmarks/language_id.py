"""How well and how cheaply newsclean names an article's language.

Per corpus, the language newsclean gives (`Article.language`, HTML mode, and text mode
on trafilatura's text of the same page) against a reference: the same py3langid model over the page's
whole gold text (newsgold: the gold body; the development corpus: its must-keep snippets,
joined, when they hold at least 150 characters). The page's declared `<html lang>` is
scored against the same reference, as the old behaviour. Also: pages of more than 200
characters of prose left without a language, and the cost per document.

Usage:
    python benchmarks/language_id.py                 # both corpora in ../shared
    python benchmarks/language_id.py --limit 200
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import trafilatura  # noqa: E402

import newsclean  # noqa: E402
from corpus import DEFAULT_ARCHIVE, open_corpus, pages  # noqa: E402
from newsgold import DEFAULT_CORPUS, SOURCES, records  # noqa: E402
from newsclean.frontends.html import read_html  # noqa: E402
from newsclean.frontends.text import document_from_text  # noqa: E402
from newsclean.language import _identifier, document_language, identify, language_sample  # noqa: E402

NEWSGOLD = DEFAULT_CORPUS
MIN_REFERENCE_CHARS = 150
SPLIT_CAPTION = newsclean.DEFAULT_PIPELINE.services.credits.split_caption


def reference(text: str) -> str | None:
    return _identifier().classify(text)[0] if len(text) >= MIN_REFERENCE_CHARS else None


def dev_items(limit: int):
    folder = open_corpus(DEFAULT_ARCHIVE)
    for n, page in enumerate(pages(folder)):
        if limit and n >= limit:
            return
        yield "trafilatura-eval", page.html(), page.url, reference(" ".join(page.with_))


def newsgold_items(limit: int):
    for rec in records(NEWSGOLD, SOURCES, limit):
        yield "newsgold/" + rec["source"], rec["html"], rec.get("url"), reference(rec["body"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="pages per corpus or source (0: all)")
    args = ap.parse_args()
    for path in (DEFAULT_ARCHIVE, NEWSGOLD):
        if not path.exists():
            print(f"corpus not found: {path}", file=sys.stderr)
            return 1

    started = time.perf_counter()
    identify("warm the model up " * 20)
    load_seconds = time.perf_counter() - started

    rows: dict[str, Counter] = {}
    wrong: list[str] = []
    identify_seconds = 0.0
    identified_docs = 0
    langs: Counter = Counter()
    for corpus, html, url, ref in [*dev_items(args.limit), *newsgold_items(args.limit)]:
        row = rows.setdefault(corpus, Counter())
        row["pages"] += 1
        page = read_html(html, url, split_caption=SPLIT_CAPTION)
        if page.document is None:
            row["unreadable"] += 1
            continue
        declared = page.document.meta.language
        t = time.perf_counter()
        html_lang = document_language(page.document)
        identify_seconds += time.perf_counter() - t
        identified_docs += 1
        row["declared"] += declared is not None
        row["html agrees with declared"] += declared is not None and html_lang == declared
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
        text_lang = newsclean.clean_text(text).language
        prose = len(language_sample(document_from_text(text)))
        if prose > 200 and text_lang is None:
            row["text: none with > 200 chars"] += 1
        if ref is None:
            row["no reference"] += 1
            continue
        langs[ref] += 1
        row["with reference"] += 1
        row["declared right"] += declared == ref
        row["declared missing"] += declared is None
        row["html right"] += html_lang == ref
        row["text right"] += text_lang == ref
        if html_lang != ref:
            wrong.append(f"{corpus} {url}: reference {ref}, HTML mode {html_lang}, declared {declared}")

    print("| corpus | pages | with reference | declared `<html lang>` right | declared missing | "
          "HTML mode right | text mode right | HTML mode = declared, of declared | text: no language, > 200 chars |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for corpus, row in rows.items():
        n = max(row["with reference"], 1)
        print(f"| {corpus} | {row['pages']} | {row['with reference']} | {row['declared right'] / n:.3f} | "
              f"{row['declared missing']} | {row['html right'] / n:.3f} | {row['text right'] / n:.3f} | "
              f"{row['html agrees with declared'] / max(row['declared'], 1):.3f} of {row['declared']} | "
              f"{row['text: none with > 200 chars']} |")
    print()
    print(f"{len(wrong)} HTML-mode misses:", *wrong[:15], sep="\n  ")
    print("reference languages:", ", ".join(f"{k} {v}" for k, v in langs.most_common(12)))
    print(f"cost: model load {load_seconds:.2f} s once a process; identification "
          f"{identify_seconds / max(identified_docs, 1) * 1000:.2f} ms a document ({identified_docs} HTML documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
