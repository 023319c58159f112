"""Score newsclean.clean_html against trafilatura alone on a with/without corpus.

Both run on every page in the same process, interleaved, so their times are
comparable. Prints precision, recall, F, accuracy, pages/s and the time ratio,
overall and per language (the page's declared language).

Usage:
    python benchmarks/html_eval.py                 # the development corpus in ../shared
    python benchmarks/html_eval.py MY_CORPUS_DIR   # a folder with tests/evaldata.json
    python benchmarks/html_eval.py --show-errors 20
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura  # noqa: E402

import newsclean  # noqa: E402
from corpus import DEFAULT_ARCHIVE, normalise, open_corpus, pages  # noqa: E402


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    seconds: float = 0.0
    pages: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, text: str, page, seconds: float) -> None:
        body = normalise(text)
        self.pages += 1
        self.seconds += seconds
        for s in page.with_:
            if normalise(s) in body:
                self.tp += 1
            else:
                self.fn += 1
                self.misses.append(("missed", page.url, s))
        for s in page.without:
            if normalise(s) in body:
                self.fp += 1
                self.misses.append(("kept junk", page.url, s))
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)

    @property
    def f(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / max(p + r, 1e-9)

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / max(self.tp + self.tn + self.fp + self.fn, 1)


def trafilatura_alone(html: bytes, url: str) -> str:
    return trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""


def row(name: str, s: Score) -> str:
    return (f"| {name} | {s.pages} | {s.precision:.4f} | {s.recall:.4f} | {s.f:.4f} | {s.accuracy:.4f} "
            f"| {s.tp}/{s.fp}/{s.fn}/{s.tn} | {s.pages / max(s.seconds, 1e-9):.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_ARCHIVE))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-errors", type=int, default=0, help="list N snippets newsclean got wrong")
    ap.add_argument("--warm", action="store_true",
                    help="clean every page once, untimed, before the timed pass: per-page cost without "
                         "one-time work (compiling the phrase books, loading date-parser locales)")
    args = ap.parse_args()
    folder = open_corpus(Path(args.corpus))
    todo = list(pages(folder))[: args.limit or None]
    if args.warm:
        for page in todo:
            trafilatura_alone(page.html(), page.url)
            newsclean.clean_html(page.html(), url=page.url)

    base, ours = Score(), Score()
    by_lang: dict[str, tuple[Score, Score]] = defaultdict(lambda: (Score(), Score()))
    errors = 0
    for page in todo:
        html = page.html()
        start = time.perf_counter()
        text = trafilatura_alone(html, page.url)
        t_base = time.perf_counter() - start
        start = time.perf_counter()
        art = newsclean.clean_html(html, url=page.url)
        t_ours = time.perf_counter() - start
        errors += art.error is not None
        base.add(text, page, t_base)
        ours.add(art.body, page, t_ours)
        lang = art.language or "?"
        by_lang[lang][0].add(text, page, t_base)
        by_lang[lang][1].add(art.body, page, t_ours)

    print(f"corpus: {args.corpus} ({len(todo)} pages; newsclean errors: {errors})\n")
    print("| system | pages | precision | recall | F | accuracy | TP/FP/FN/TN | pages/s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print(row("trafilatura alone", base))
    print(row("newsclean", ours))
    print(f"\ntime ratio newsclean / trafilatura alone: {ours.seconds / max(base.seconds, 1e-9):.3f} "
          f"({ours.seconds:.1f} s vs {base.seconds:.1f} s)\n")
    print("| language | pages | P trafilatura | P newsclean | R trafilatura | R newsclean | F trafilatura | F newsclean |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for lang, (b, o) in sorted(by_lang.items(), key=lambda kv: -kv[1][0].pages):
        if b.pages >= 5:
            print(f"| {lang} | {b.pages} | {b.precision:.3f} | {o.precision:.3f} | {b.recall:.3f} | {o.recall:.3f} | {b.f:.3f} | {o.f:.3f} |")
    if args.show_errors:
        base_misses = set(base.misses)
        new = [m for m in ours.misses if m not in base_misses]
        print(f"\nnewsclean errors that trafilatura alone did not make ({len(new)}):")
        for kind, url, s in new[: args.show_errors]:
            print(f"  {kind:9s} {s[:80]!r}  <{url}>")
        fixed = [m for m in base.misses if m not in set(ours.misses)]
        print(f"\ntrafilatura errors that newsclean fixed: {len(fixed)}")


if __name__ == "__main__":
    main()
