"""Where newsclean loses and what it leaves, on newsgold's text mode, per source.

    python benchmarks/gold_cuts.py cuts    [--sources dragnet] [--extractors trafilatura] [--top 40]
    python benchmarks/gold_cuts.py residue [--sources l3s-gn1] ...

cuts     every removed text whose word 4-grams are mostly (>= --share) in the gold body,
         grouped by the rule that cut it: how many, the recall they cost (the share of
         the document's gold 4-grams, summed over documents, divided by the source's
         page count: what the rule takes off the macro recall), then examples.
residue  every line newsclean kept whose 4-grams are mostly not in the gold, by shape
         and zone (tail: after the last line that is in the gold): what to cut next.

Reads the extractor outputs cached by newsgold.py (the extractors must be importable
for their versions). One process, one core.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsclean  # noqa: E402
from extractors import DEFAULT_CACHE, EXTRACTORS, Runner  # noqa: E402
from newsgold import DEFAULT_CORPUS, KEPT_KINDS, SOURCES, records  # noqa: E402

_TOKEN = re.compile(r"\w+")


def grams(text: str) -> list[tuple[str, ...]]:
    t = _TOKEN.findall(text or "")
    return [tuple(t[i:i + 4]) for i in range(max(1, len(t) - 3)) if t[i:i + 4]]


def in_gold(text: str, gold: Counter) -> tuple[float, int]:
    g = grams(text)
    if not g:
        return 0.0, 0
    hit = sum(1 for x in g if x in gold)
    return hit / len(g), hit


def shape(line: str) -> str:
    return re.sub(r"\d+", "0", " ".join(line.lower().split()))[:60]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("cuts", "residue"))
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--sources", default=",".join(SOURCES))
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    ap.add_argument("--share", type=float, default=0.5)
    ap.add_argument("--top", type=int, default=30, help="rules (cuts) or shapes (residue) shown per source")
    ap.add_argument("--examples", type=int, default=6)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--kept", action="store_true", help="cuts: count moved kinds the source's gold counts as body as kept")
    args = ap.parse_args()
    sources = tuple(args.sources.split(","))
    runner = Runner(args.extractors.split(","), cache=Path(args.cache if hasattr(args, "cache") else DEFAULT_CACHE))
    cost: dict[str, Counter] = defaultdict(Counter)
    count: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    pages: Counter = Counter()
    for rec in records(Path(args.corpus), sources, args.limit):
        src = rec["source"]
        gold = Counter(grams(rec["body"]))
        total = sum(gold.values()) or 1
        for name in runner.names:
            text = runner(name, rec["id"], rec["html"], rec["url"])
            pages[src] += 1
            if not text.strip():
                continue
            art = newsclean.clean_text(text)
            if args.what == "cuts":
                for r in art.removed:
                    if args.kept and r.kind in KEPT_KINDS[src]:
                        continue
                    for line in r.text.split("\n"):
                        share, hit = in_gold(line, gold)
                        if share < args.share:
                            continue
                        key = f"{r.kind}/{r.filter}:{r.rule}"
                        cost[src][key] += hit / total
                        count[src][key] += 1
                        ex = examples[src, key]
                        if len(ex) < args.examples:
                            ex.append(f"[{name} {rec['id'][-8:]}] {' '.join(line.split())[:220]}")
            else:
                lines = [ln for ln in art.body.split("\n") if ln.strip()]
                flags = [in_gold(ln, gold)[0] >= args.share for ln in lines]
                last = max((i for i, f in enumerate(flags) if f), default=-1)
                first = min((i for i, f in enumerate(flags) if f), default=len(lines))
                for i, (ln, ok) in enumerate(zip(lines, flags)):
                    if ok or len(grams(ln)) < 1:
                        continue
                    zone = "tail" if i > last else "head" if i < first else "core"
                    key = f"{zone}: {shape(ln)}"
                    g = len(grams(ln))
                    cost[src][key] += g / (g + total)
                    count[src][key] += 1
                    ex = examples[src, key]
                    if len(ex) < 2:
                        ex.append(f"[{name} {rec['id'][-8:]}] {ln[:200]}")
    for src in sources:
        if not pages[src]:
            continue
        print(f"\n## {src} ({pages[src]} page x extractor runs): {args.what}\n")
        for key, c in cost[src].most_common(args.top):
            print(f"{c / pages[src] * 100:7.3f} pts  {count[src][key]:5d}  {key}")
            for ex in examples[src, key][: args.examples]:
                print(f"        {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
