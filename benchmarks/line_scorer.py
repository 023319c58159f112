"""The learned block scorer (issue 15, item 3) as a measured experiment.

Lines: trafilatura's text of each page, through newsclean.clean_text; the blocks it
leaves in the body are the lines (the scorer is for where the rules are silent).
Newsgold lines are junk unless most of their word trigrams are in the page's gold body;
trafilatura-eval lines are body when they overlap a `with` snippet, junk when they
overlap a `without` one, else unlabelled (not trained on). Features: scorer_data.FEATURES
(shape of the block and its neighbours, position, zone, distance to prose), optionally
hashed word unigrams. A kept block is cut when P(junk) >= the threshold, chosen on the
training pages only (out-of-fold, 3 folds by page id, best mean per-source gain).

Tables: leave-one-source-out on newsgold (train on three sources, test on the fourth),
newsgold -> trafilatura-eval (snippets), trafilatura-eval -> newsgold, and the strongest
features of the model fitted on all of newsgold. Deterministic; one core.

Usage:
    python benchmarks/line_scorer.py                      # logistic regression, shallow features
    python benchmarks/line_scorer.py --model gbt          # gradient-boosted trees
    python benchmarks/line_scorer.py --hash-bits 12       # + hashed words (4096 buckets)
    python benchmarks/line_scorer.py --sweep              # also the test gain at every threshold
Needs scikit-learn: pip install ".[scorer]"; trafilatura's newsgold text is read from the
benchmark cache (benchmarks/newsgold.py fills it).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core (HistGBT would take them all)

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import pickle  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

import newsclean  # noqa: E402
import scorer_data  # noqa: E402
from corpus import DEFAULT_ARCHIVE  # noqa: E402
from extractors import DEFAULT_CACHE, Runner  # noqa: E402
from newsgold import DEFAULT_CORPUS, SOURCES  # noqa: E402
import scorer_eval  # noqa: E402
from scorer_eval import Model, by_source, choose_threshold, cut_stats, cuts, score  # noqa: E402

GRID = (0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)


def cached_pages(kind: str, build, cache: Path) -> list[scorer_data.Page]:
    """The pages of one corpus, pickled outside the repo, keyed by newsclean's and scorer_data's code."""
    code = Path(scorer_data.__file__).read_text(encoding="utf-8")
    key = hashlib.sha1((newsclean.__version__ + code + _package_digest()).encode()).hexdigest()[:12]
    path = cache / f"line-scorer-{kind}-{key}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    pages = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(pages))
    return pages


def _package_digest() -> str:
    """A digest of newsclean's sources (a changed rule changes the kept blocks)."""
    h = hashlib.sha1()
    for f in sorted((ROOT / "newsclean").rglob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()


def row(cells) -> str:
    return "| " + " | ".join(f"{c:.4f}" if isinstance(c, float) else str(c) for c in cells) + " |"


def evaluate(train, test, make, grid, sweep: bool) -> tuple[float, float, list[list]]:
    """Fit on `train`, threshold from `train` out-of-fold, score `test` per source: table rows."""
    threshold, train_gain = choose_threshold(train, make, grid)
    model = make().fit(train)
    probs = model.predict(test)
    out = []
    for src, idx in by_source(test).items():
        pages = [test[i] for i in idx]
        base = score(pages, [set() for _ in pages])
        cut = cuts(pages, [probs[i] for i in idx], threshold)
        new = score(pages, cut)
        st = cut_stats(pages, cut)
        oracle = score(pages, [{i for i, lab in enumerate(p.labels) if lab == 1} for p in pages])
        cells = [src, len(pages), threshold, f"{train_gain:+.4f}", base["f1"], new["f1"], f"{new['f1'] - base['f1']:+.4f}",
                 f"{new['precision'] - base['precision']:+.4f}", f"{new['recall'] - base['recall']:+.4f}",
                 st["cut"], st["body_lost"], f"{st['junk_cut']}/{st['junk_total']}", f"{oracle['f1'] - base['f1']:+.4f}"]
        if "with_found" in base:
            cells += [f"{base['with_found'] - new['with_found']}/{base['with_found']}",
                      f"{base['without_found'] - new['without_found']}/{base['without_found']}"]
        if sweep:
            cells.append(" ".join(f"{t}:{score(pages, cuts(pages, [probs[i] for i in idx], t))['f1'] - base['f1']:+.4f}"
                                  for t in grid))
        out.append(cells)
    return threshold, train_gain, out


def table(title: str, rows: list[list], snippets: bool, sweep: bool) -> None:
    head = ["test", "pages", "threshold", "train OOF gain", "F1 newsclean", "F1 +scorer", "F1 gain", "P change",
            "R change", "lines cut", "body lines lost", "junk lines cut", "oracle gain"]
    if snippets:
        head += ["with lost", "without removed"]
    if sweep:
        head.append("test gain per threshold")
    print(f"\n## {title}\n")
    print("| " + " | ".join(head) + " |\n" + "| --- " * len(head) + "|")
    for cells in rows:
        print(row(cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog="See the module docstring.")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="newsgold.jsonl.xz")
    ap.add_argument("--archive", default=str(DEFAULT_ARCHIVE), help="trafilatura-eval.tar.xz")
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="extractor output and line cache (outside the repo)")
    ap.add_argument("--model", choices=("lr", "gbt"), default="lr")
    ap.add_argument("--hash-bits", type=int, default=0, help="hashed word unigrams, 2**bits buckets (0: none)")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--outside-core", action="store_true", help="cut only head and tail blocks (never the core)")
    ap.add_argument("--no-guard", action="store_true", help="no safety net (prose blocks, big blocks, half a page)")
    ap.add_argument("--grid", default=",".join(map(str, GRID)), help="candidate thresholds")
    ap.add_argument("--parts", default="loso,era,reverse,features")
    ap.add_argument("--sweep", action="store_true", help="also print the test gain at every threshold")
    ap.add_argument("--json", help="write every row to this file")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    cache, grid, parts = Path(args.cache).expanduser(), tuple(map(float, args.grid.split(","))), set(args.parts.split(","))
    scorer_eval.GUARD = not args.no_guard
    make = partial(Model, args.model, args.hash_bits, args.C, args.outside_core)
    runner = Runner(["trafilatura"], cache=cache)
    gold = cached_pages("newsgold", lambda: scorer_data.newsgold_pages(Path(args.corpus), runner), cache)
    treval = []
    if parts & {"era", "reverse"}:
        treval = cached_pages("treval", lambda: scorer_data.treval_pages(
            Path(args.archive), cache / "trafilatura-eval" / f"trafilatura-{runner.versions['trafilatura']}.json"), cache)
    print(f"newsclean {newsclean.__version__}; model {args.model}, hash bits {args.hash_bits}, C {args.C}, "
          f"{'head/tail only' if args.outside_core else 'every kept block'}, "
          f"{'no safety net' if args.no_guard else 'safety net'}; "
          f"thresholds {grid}; newsgold {len(gold)} pages, {sum(len(p.blocks) for p in gold)} kept blocks; "
          f"trafilatura-eval {len(treval)} pages, {sum(len(p.blocks) for p in treval)} kept blocks "
          f"({sum(lab >= 0 for p in treval for lab in p.labels)} labelled)")
    report: dict = {}
    if "loso" in parts:
        rows = []
        for src in SOURCES:
            train = [p for p in gold if p.source != src]
            test = [p for p in gold if p.source == src]
            rows += evaluate(train, test, make, grid, args.sweep)[2]
        table("Leave-one-source-out on newsgold (trafilatura's text; train on the other three)", rows, False, args.sweep)
        report["loso"] = rows
    if "era" in parts:
        rows = evaluate(gold, treval, make, grid, args.sweep)[2]
        table("Across eras: train on all newsgold, test on trafilatura-eval (snippet P/R/F)", rows, True, args.sweep)
        report["era"] = rows
    if "reverse" in parts:
        rows = evaluate(treval, gold, make, grid, args.sweep)[2]
        table("Across eras, reversed: train on trafilatura-eval's snippet-labelled lines, test on newsgold",
              rows, False, args.sweep)
        report["reverse"] = rows
    if "features" in parts and args.model == "lr":
        top = make().fit(gold).importances(10)
        print("\n## Strongest features (LR on all newsgold; standardised coefficient, + = junk)\n")
        print("| feature | coefficient |\n| --- | --- |")
        for name, coef in top:
            print(f"| {name} | {coef:+.3f} |")
        report["features"] = top
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
