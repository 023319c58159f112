"""Text mode on the development corpus (trafilatura-eval: 990 pages of 2019-2022, many
sites, mostly German), over every extractor a user runs before newsclean.

newsgold.py measures text mode on pages of 2008-2013; this is the other era, scored the
way html_eval.py scores HTML mode: a page's must-keep snippets (`with`) found in the
body are true positives, its must-drop snippets (`without`) found are false positives.
Per extractor: the extractor's text alone against newsclean.clean_text of it. The
`R kept` column counts a snippet newsclean moved to metadata (title, dek, byline,
caption, ...) as kept, since the snippets take headline and dek for body.

Usage:
    python benchmarks/dev_text.py                              # the six extractors
    python benchmarks/dev_text.py --extractors trafilatura,goose3 --show 20
    python benchmarks/dev_text.py --json /tmp/dev_text.json

Extractor output is cached outside the repository (extractors.py), as for newsgold.py:
the first run extracts every page (about 10 minutes), later runs only clean.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsclean  # noqa: E402
from corpus import DEFAULT_ARCHIVE, normalise, open_corpus, pages  # noqa: E402
from extractors import DEFAULT_CACHE, EXTRACTORS, Runner  # noqa: E402
from l3s_lines import MOVED  # noqa: E402


def score(counts: Counter) -> tuple[float, float, float]:
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    r = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    return p, r, 2 * p * r / max(p + r, 1e-9)


def rule_of(art, snippet: str) -> tuple[str, str]:
    """The rule and kind of the removal that took a snippet (its first words)."""
    head = snippet[:25]
    for r in art.removed:
        if head in normalise(r.text):
            return r.rule, r.kind
    return "?", "?"


def measure(extractors: list[str], archive: Path, cache: Path) -> tuple[dict, dict, dict]:
    runner = Runner(extractors, cache=cache)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    lost: dict[str, list] = defaultdict(list)
    kept_junk: dict[str, list] = defaultdict(list)
    for page in pages(open_corpus(archive)):
        html = page.html()
        html = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
        for name in extractors:
            text = runner(name, "dev/" + page.url, html, page.url)
            art = newsclean.clean_text(text) if text.strip() else None
            alone, after = normalise(text), normalise(art.body) if art else ""
            for snippet in map(normalise, page.with_):
                counts[(name, "alone")]["tp" if snippet in alone else "fn"] += 1
                if snippet in after:
                    counts[(name, "after")]["tp"] += 1
                    counts[(name, "kept")]["tp"] += 1
                    continue
                counts[(name, "after")]["fn"] += 1
                rule, kind = rule_of(art, snippet) if art and snippet in alone else ("", "")
                counts[(name, "kept")]["tp" if kind in MOVED else "fn"] += 1
                if rule:
                    lost[name].append((rule, snippet[:80], page.url))
            for snippet in map(normalise, page.without):
                counts[(name, "alone")]["fp" if snippet in alone else "tn"] += 1
                found = snippet in after
                counts[(name, "after")]["fp" if found else "tn"] += 1
                counts[(name, "kept")]["fp" if found else "tn"] += 1
                if found:
                    kept_junk[name].append((snippet[:80], page.url))
    table = {name: {which: score(counts[(name, which)]) for which in ("alone", "after", "kept")} for name in extractors}
    return table, lost, kept_junk


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", nargs="?", default=str(DEFAULT_ARCHIVE))
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    ap.add_argument("--cache", default=str(DEFAULT_CACHE))
    ap.add_argument("--show", type=int, default=0, help="per extractor: lost snippets by rule, and this many kept junk snippets")
    ap.add_argument("--json", help="write the table to this file")
    args = ap.parse_args()
    if not Path(args.archive).exists():
        print(f"error: no corpus at {args.archive}", file=sys.stderr)
        return 2
    names = [n for n in args.extractors.split(",") if n]
    table, lost, kept_junk = measure(names, Path(args.archive), Path(args.cache).expanduser())
    print("| extractor | P alone | P newsclean | R alone | R newsclean | R kept | F alone | F newsclean | gain |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, row in table.items():
        (pa, ra, fa), (pn, rn, fn), (_, rk, _) = row["alone"], row["after"], row["kept"]
        print(f"| {name} | {pa:.4f} | {pn:.4f} | {ra:.4f} | {rn:.4f} | {rk:.4f} | {fa:.4f} | {fn:.4f} | {fn - fa:+.4f} |")
    gains = [row["after"][2] - row["alone"][2] for row in table.values()]
    print(f"\nmean F gain over {len(gains)} extractors: {sum(gains) / max(1, len(gains)):+.4f}")
    for name in names if args.show else ():
        print(f"\n## {name}: snippets newsclean cut ({len(lost[name])}), by rule")
        for rule, n in Counter(r for r, _, _ in lost[name]).most_common():
            print(f"  {n:4d} {rule}: " + " | ".join(s for r, s, _ in lost[name] if r == rule)[:200])
        print(f"## {name}: junk snippets kept ({len(kept_junk[name])}), the first {args.show}")
        for snippet, url in kept_junk[name][:args.show]:
            print(f"  {snippet}  <{url}>")
    if args.json:
        Path(args.json).write_text(json.dumps({"table": table, "lost": lost}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
