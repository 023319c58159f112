"""How often newsclean's `title` is the page's headline, on newsgold's pages with a gold
headline (L3S-GN1 and CleanPortalEval label it; Dragnet and Readability do not).

Text mode: clean_text on each extractor's output (cached, as newsgold.py runs them),
against the naive guess a pipeline would make without newsclean, the output's first
line. HTML mode: clean_html against trafilatura's own metadata title. A title is
  match    the headline, or its words with at most a fifth more or missing (token F1 >= 0.8:
           "Headline - Site" and a dropped kicker still count);
  partial  token F1 from 0.5 to 0.8;
  wrong    a title that is not the headline (token F1 < 0.5): a section label, a date, a teaser;
  none     no title.
Precision is match / (match + partial + wrong): how far a title given can be trusted.

Usage: python benchmarks/titles.py [CORPUS] [--limit N] [--extractors a,b] [--show-wrong N]
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsclean  # noqa: E402
from extractors import DEFAULT_CACHE, EXTRACTORS, Runner  # noqa: E402
from newsgold import DEFAULT_CORPUS, records  # noqa: E402

SOURCES = ("l3s-gn1", "cleanportaleval")
KINDS = ("match", "partial", "wrong", "none")
_WORD = re.compile(r"\w+")


def tokens(text: str) -> Counter:
    return Counter(w.casefold() for w in _WORD.findall(text))


def judge(title: str | None, gold: str) -> str:
    if not title or not title.strip():
        return "none"
    a, b = tokens(title), tokens(gold)
    common = sum((a & b).values())
    f1 = 2 * common / (sum(a.values()) + sum(b.values())) if common else 0.0
    return "match" if f1 >= 0.8 else "partial" if f1 >= 0.5 else "wrong"


def first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="pages per source (0: all)")
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    ap.add_argument("--cache", default=str(DEFAULT_CACHE))
    ap.add_argument("--show-wrong", type=int, default=0, help="list N wrong newsclean titles per system")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    from trafilatura import bare_extraction

    runner = Runner([e for e in args.extractors.split(",") if e], cache=Path(args.cache))
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)  # (source, system, who) -> kinds
    wrong: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for rec in records(Path(args.corpus), SOURCES, args.limit):
        gold = rec.get("title")
        if not gold:
            continue
        src = rec["source"]
        doc = bare_extraction(rec["html"], url=rec["url"], with_metadata=True, include_comments=False)
        counts[src, "html", "alone"][judge(getattr(doc, "title", None) if doc else None, gold)] += 1
        art = newsclean.clean_html(rec["html"], url=rec["url"])
        kind = judge(art.title, gold)
        counts[src, "html", "newsclean"][kind] += 1
        if kind == "wrong":
            wrong["html"].append((rec["id"], gold, art.title))
        for name in runner.names:
            text = runner(name, rec["id"], rec["html"], rec["url"])
            counts[src, name, "alone"][judge(first_line(text), gold)] += 1
            art = newsclean.clean_text(text) if text.strip() else None
            kind = judge(art.title if art else None, gold)
            counts[src, name, "newsclean"][kind] += 1
            if kind == "wrong":
                wrong[name].append((rec["id"], gold, art.title))
    print("| source | system | who | pages | match | partial | wrong | none | precision |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (src, system, who), c in sorted(counts.items(), key=lambda kv: (SOURCES.index(kv[0][0]), kv[0][1] != "html", kv[0][1], kv[0][2])):
        given = c["match"] + c["partial"] + c["wrong"]
        precision = c["match"] / given if given else 0.0
        label = "first line" if who == "alone" and system != "html" else "trafilatura" if who == "alone" else who
        print(f"| {src} | {system} | {label} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in KINDS) + f" | {precision:.3f} |")
    for system, items in wrong.items():
        for pid, gold, title in items[: args.show_wrong]:
            print(f"wrong {system:12s} {pid[-12:]}  gold: {gold[:60]!r}  title: {title[:60]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
