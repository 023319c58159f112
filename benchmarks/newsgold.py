"""Score newsclean on the newsgold corpus (full gold bodies, four sources), per source.

Three measurements (--modes), each printed as a markdown table:
  html   trafilatura alone vs newsclean.clean_html, shingle P/R/F1 per source;
  text   each extractor's text alone vs newsclean.clean_text of it, per source x
         extractor (extractor output is cached outside the repo, so a rerun only
         pays for newsclean);
  lines  L3S-GN1's labelled blocks, one a line, through clean_text: per label, the
         share of lines removed as junk, moved to metadata, kept in the body.
Besides the `body` score, a `kept` score counts what newsclean moved to metadata as
kept wherever that source's gold counts it as body (KEPT_KINDS below).

Usage:
    python benchmarks/newsgold.py                          # everything (slow the first time)
    python benchmarks/newsgold.py --limit 20 --modes html,text --extractors trafilatura
    python benchmarks/newsgold.py --sources dragnet --json /tmp/newsgold.json
    python benchmarks/newsgold.py --modes lines --dump /tmp/l3s-lines.txt
    python benchmarks/newsgold.py CORPUS.jsonl.xz --cache ~/.cache/newsclean-bench
Needs the extractors: pip install ".[bench]" (pip >= 23.3; pip 23.2's resolver trips on
lxml's extra spelled html_clean by justext and html-clean by goose3/newspaper4k, so there
install newsclean first, then the extractors by name). One missing is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import logging
import lzma
import statistics
import sys
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

import newsclean  # noqa: E402
from newsclean.replay import replay  # noqa: E402
from extractors import DEFAULT_CACHE, EXTRACTORS, Runner  # noqa: E402
from l3s_lines import MOVED, Lines, norm  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "newsgold.jsonl.xz"
SOURCES = ("l3s-gn1", "dragnet", "cleanportaleval", "readability")
MODES = ("html", "text", "lines")
HEAD_KINDS = frozenset(("title", "subtitle", "section", "echo", "byline", "dateline"))  # put back before the body
# source -> the moved kinds its gold counts as body (what "kept" puts back):
KEPT_KINDS = {
    # full-text runs only: headline and supplemental (byline, date, captions, teaser)
    # are labelled apart from body, so nothing newsclean moves is body there
    "l3s-gn1": frozenset(),
    # the annotators cut the whole article block: headline (and its repeats), dek,
    # dateline lines and captions are in the gold; bylines mostly too
    "dragnet": frozenset(("title", "echo", "subtitle", "dateline", "caption", "byline", "credit")),
    # the headline is taken out into `title`, captions are kept (photo credits are not:
    # none of the few newsclean cut off a caption is in the gold)
    "cleanportaleval": frozenset(("caption",)),
    # Readability's own output: it drops the headline and byline it detects, keeps
    # figure captions with their photo credits, and the article's sub-headings
    "readability": frozenset(("caption", "credit", "subtitle", "section")),
}


def records(path: Path, sources: tuple[str, ...], limit: int):
    seen: Counter = Counter()
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            src = rec["source"]
            if src in sources and not (limit and seen[src] >= limit):
                seen[src] += 1
                yield rec


def kept_text(art, kinds: frozenset, source: str | None = None) -> str:
    """The body with the moved texts of `kinds` put back: where they stood in the
    `source` text (text mode: every cut has its offsets), else (HTML mode, whose
    offsets point into the extracted text) head matter first, the rest after."""
    if source is not None:
        return replay(source, [r for r in art.removed if r.kind not in kinds])
    moved = [r for r in art.removed if r.kind in kinds]
    head = [r.text for r in moved if r.kind in HEAD_KINDS]
    tail = [r.text for r in moved if r.kind not in HEAD_KINDS]
    return "\n".join(head + [art.body] + tail)


class Scores:
    """Predictions per (source, system), and how often moved text is in the gold."""

    def __init__(self):
        self.pred: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        self.gold: dict[str, dict[str, str]] = defaultdict(dict)
        self.agree: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def add(self, rec: dict, system: str, text: str) -> None:
        self.gold[rec["source"]][rec["id"]] = rec["body"]
        self.pred[rec["source"], system][rec["id"]] = text

    def add_article(self, rec: dict, system: str, art, source: str | None = None) -> None:
        self.add(rec, system, art.body)
        self.add(rec, system + "+kept", kept_text(art, KEPT_KINDS[rec["source"]], source))
        gold = norm(rec["body"])
        for r in art.removed:
            if norm(r.text):
                cell = self.agree[rec["source"], r.kind]
                cell[0] += 1
                cell[1] += norm(r.text) in gold

    def score(self, source: str, system: str) -> dict:
        from shingles import score
        return score(self.pred[source, system], self.gold[source])


def row(cells) -> str:
    return "| " + " | ".join(f"{c:.4f}" if isinstance(c, float) else str(c) for c in cells) + " |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="pages per source (0: all)")
    ap.add_argument("--sources", default=",".join(SOURCES))
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="extractor output cache (outside the repo)")
    ap.add_argument("--time-limit", type=float, default=20.0, help="seconds per page and extractor")
    ap.add_argument("--json", help="write every number to this file")
    ap.add_argument("--dump", help="lines mode: write removed body lines and kept residue shapes here")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    sources, modes = tuple(args.sources.split(",")), set(args.modes.split(","))
    wanted = [e for e in args.extractors.split(",") if e]
    for name, known in (("source", SOURCES), ("mode", MODES), ("extractor", EXTRACTORS)):
        bad = set({"source": sources, "mode": modes, "extractor": wanted}[name]) - set(known)
        if bad:
            raise SystemExit(f"unknown {name}: {', '.join(sorted(bad))} (known: {', '.join(known)})")
    if not corpus.is_file():
        raise SystemExit(f"corpus not found: {corpus}")
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)  # the extractors log every page they find odd
    names = sorted(set(wanted) | ({"trafilatura"} if "html" in modes else set()), key=EXTRACTORS.index)
    runner = Runner(names, cache=Path(args.cache), limit=args.time_limit)
    for name, why in runner.skipped.items():
        print(f"skipping {name}: cannot load it ({why})", file=sys.stderr)
    text_extractors = [e for e in wanted if e in runner.names]
    if "html" in modes and "trafilatura" not in runner.names:
        raise SystemExit("html mode needs trafilatura")

    html, text, lines = Scores(), Scores(), Lines()
    seconds: Counter = Counter()
    pages: Counter = Counter()
    errors: Counter = Counter()
    start = time.perf_counter()
    for rec in records(corpus, sources, args.limit):
        pages[rec["source"]] += 1
        if "html" in modes:
            html.add(rec, "trafilatura", runner("trafilatura", rec["id"], rec["html"], rec["url"]))
            t = time.perf_counter()
            art = newsclean.clean_html(rec["html"], url=rec["url"])
            seconds["newsclean html"] += time.perf_counter() - t
            errors["clean_html"] += art.error is not None
            html.add_article(rec, "newsclean", art)
        if "text" in modes:
            for name in text_extractors:
                extracted = runner(name, rec["id"], rec["html"], rec["url"])
                text.add(rec, name, extracted)
                t = time.perf_counter()
                art = newsclean.clean_text(extracted)
                seconds["newsclean text"] += time.perf_counter() - t
                errors["clean_text"] += art.error is not None
                text.add_article(rec, name + " > newsclean", art, extracted)
        if "lines" in modes and rec["source"] == "l3s-gn1" and rec.get("blocks"):
            t = time.perf_counter()
            lines.add(rec)
            seconds["newsclean lines"] += time.perf_counter() - t
    seconds["total"] = time.perf_counter() - start
    seconds["extraction (cache misses)"] = sum(runner.seconds.values())
    if not sum(pages.values()):
        raise SystemExit(f"no pages of {', '.join(sources)} in {corpus}")

    report: dict = {"corpus": str(corpus), "pages": dict(pages), "versions": runner.versions,
                    "skipped": runner.skipped, "kept_kinds": {s: sorted(k) for s, k in KEPT_KINDS.items()},
                    "failures": {k: dict(v) for k, v in runner.failures.items()},
                    "extraction_seconds": dict(runner.seconds), "extracted_pages": dict(runner.misses),
                    "seconds": dict(seconds), "newsclean_errors": dict(errors)}
    print(f"corpus: {corpus} ({sum(pages.values())} pages: "
          + ", ".join(f"{s} {n}" for s, n in pages.items()) + ")")
    print("versions: newsclean " + newsclean.__version__ + ", "
          + ", ".join(f"{k} {v}" for k, v in runner.versions.items()))
    if "html" in modes:
        print("\n## HTML mode: trafilatura alone vs newsclean.clean_html\n")
        print("| source | pages | P traf | R traf | F1 traf | P newsclean | R newsclean | F1 newsclean | F1 gain "
              "| R kept | F1 kept | F1 gain kept | R change kept |")
        print("| --- " * 13 + "|")
        report["html"] = {}
        for src in (s for s in sources if pages[s]):
            a, b, k = (html.score(src, s) for s in ("trafilatura", "newsclean", "newsclean+kept"))
            report["html"][src] = {"trafilatura": a, "newsclean": b, "newsclean_kept": k}
            print(row([src, pages[src], a["precision"], a["recall"], a["f1"], b["precision"], b["recall"], b["f1"],
                       b["f1"] - a["f1"], k["recall"], k["f1"], k["f1"] - a["f1"], k["recall"] - a["recall"]]))
    if "text" in modes and text_extractors:
        print("\n## Text mode: extractor alone vs extractor > newsclean.clean_text\n")
        print("| source | extractor | pages | no text | F1 alone | F1 newsclean | F1 gain | R change "
              "| F1 kept | F1 gain kept | R change kept |")
        print("| --- " * 11 + "|")
        report["text"], gains, gains_kept, worst = {}, [], [], {}
        for src in (s for s in sources if pages[s]):
            for name in text_extractors:
                empty = sum(1 for v in text.pred[src, name].values() if not v.strip())
                a, b, k = (text.score(src, name + s) for s in ("", " > newsclean", " > newsclean+kept"))
                report["text"][f"{src}/{name}"] = {"alone": a, "newsclean": b, "newsclean_kept": k, "empty": empty}
                gains.append(b["f1"] - a["f1"])
                gains_kept.append(k["f1"] - a["f1"])
                worst[src] = min(worst.get(src, 1.0), k["recall"] - a["recall"])
                print(row([src, name, pages[src], empty, a["f1"], b["f1"], b["f1"] - a["f1"], b["recall"] - a["recall"],
                           k["f1"], k["f1"] - a["f1"], k["recall"] - a["recall"]]))
        report["text_mean_gain"] = {"body": statistics.mean(gains), "kept": statistics.mean(gains_kept)}
        report["text_worst_recall_change_kept"] = worst
        print(f"\nmean F1 gain over {len(gains)} source x extractor cells: body {statistics.mean(gains):+.4f}, "
              f"kept {statistics.mean(gains_kept):+.4f}")
        print("worst recall change (kept) per source: " + ", ".join(
            f"{s} {v:+.4f}{'' if v >= -0.005 else ' (over 0.005)'}" for s, v in worst.items()))
    for label, scores in (("html", html), ("text", text)):
        if scores.agree:
            report.setdefault("removed_in_gold", {})[label] = {f"{s}/{k}": v for (s, k), v in sorted(scores.agree.items())}
    if text.agree or html.agree:
        print("\n## What newsclean took out that the gold has: share of the removed texts found in the gold body"
              " (text and html modes pooled; count of texts)\n")
        cells = {key: [a + b for a, b in zip(text.agree.get(key, [0, 0]), html.agree.get(key, [0, 0]))]
                 for key in text.agree.keys() | html.agree.keys()}
        total = Counter()
        for (_, kind), (n, _) in cells.items():
            total[kind] += n
        kinds = sorted(total, key=lambda k: (k not in MOVED, -total[k]))
        shown = [s for s in sources if pages[s]]
        print("| kind | " + " | ".join(shown) + " |\n" + "| --- " * (len(shown) + 1) + "|")
        for kind in kinds:
            row_cells = []
            for src in shown:
                n, hit = cells.get((src, kind), (0, 0))
                mark = "*" if kind in KEPT_KINDS[src] else ""
                row_cells.append(f"{hit / n:.2f}{mark} ({n})" if n else "-")
            print(f"| {kind}{'' if kind in MOVED else ' (junk)'} | " + " | ".join(row_cells) + " |")
        print("\n(* = counted as kept for that source)")
    if "lines" in modes and lines.counts:
        print("\n## L3S-GN1 line level: labelled blocks one a line through clean_text\n")
        print("\n".join(lines.table()))
        report["lines"] = {k: dict(v) for k, v in lines.counts.items()}
        report["lines_junk_kinds"] = {k: dict(v) for k, v in lines.junk_kinds.items()}
        if args.dump:
            lines.dump(Path(args.dump))
            print(f"\nremoved body lines and kept residue shapes: {args.dump}")
    failed = {k: dict(v) for k, v in runner.failures.items() if v}
    print("\nextractor failures (pages): " + (json.dumps(failed) if failed else "none"))
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items())
          + " (extraction per extractor: " + ", ".join(f"{k} {v:.1f}" for k, v in runner.seconds.items()) + ")")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
