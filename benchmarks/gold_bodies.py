"""Precision on clean article text from another corpus: newsgold's gold bodies through
clean_text. A gold body is article text with no residue (in its source's convention),
so every cut is either a move to metadata (a dateline, a credit, the headline that
Dragnet's gold keeps) or a loss; the table gives characters cut per rule, moves apart.

    python benchmarks/gold_bodies.py [CORPUS.jsonl.xz] [--sources dragnet,readability] [--examples 2]
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "newsgold.jsonl.xz"
#: Removal kinds that move text to metadata rather than drop it.
MOVED_KINDS = frozenset(("title", "subtitle", "section", "echo", "byline", "dateline", "caption", "credit", "author_bio"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--sources", default="", help="comma-separated sources (default: all)")
    ap.add_argument("--examples", type=int, default=2, help="examples per rule")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    sources = set(filter(None, args.sources.split(",")))
    chars: dict[bool, Counter] = {True: Counter(), False: Counter()}
    examples: dict[str, list[str]] = defaultdict(list)
    total = pages = 0
    with lzma.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if sources and rec["source"] not in sources:
                continue
            pages += 1
            total += len(rec["body"])
            for r in newsclean.clean_text(rec["body"]).removed:
                chars[r.kind in MOVED_KINDS][r.rule] += len(r.text)
                if len(examples[r.rule]) < args.examples:
                    examples[r.rule].append(f"{rec['id']}: {r.text[:80]!r}")
    print(f"{pages} gold bodies, {total:,} characters")
    for moved, title in ((False, "cut as junk"), (True, "moved to metadata")):
        print(f"\n{title}: {sum(chars[moved].values()):,} characters\n")
        print("| rule | characters | examples |\n| --- | --- | --- |")
        for rule, n in chars[moved].most_common():
            print(f"| {rule} | {n:,} | {'; '.join(examples[rule])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
