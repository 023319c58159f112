"""Precision of text mode on real article text.

1. Clean bodies: for every corpus page, its `with` snippets (text that must be in
   the article) joined as an article; newsclean should remove (almost) nothing.
2. Extractor output: trafilatura's text for every page, cleaned by clean_text; a
   `with` snippet that trafilatura kept and newsclean cut is a lost body line;
   a `without` snippet that trafilatura kept and newsclean cut is junk removed.

Usage: python benchmarks/text_precision.py [CORPUS_DIR_OR_ARCHIVE] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura  # noqa: E402

import newsclean  # noqa: E402
from corpus import DEFAULT_ARCHIVE, normalise, open_corpus, pages  # noqa: E402


def extractor_kept(snippets, extracted: str) -> list[str]:
    """The snippets (normalised) that the extractor's own output holds."""
    return [s for s in map(normalise, snippets) if s and s in extracted]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_ARCHIVE))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--verbose", action="store_true", help="print what was cut from the clean bodies")
    args = ap.parse_args()
    folder = open_corpus(Path(args.corpus))
    all_pages = list(pages(folder))[: args.limit or None]

    clean_chars = clean_removed = clean_docs_touched = 0
    kept_with = lost_with = kept_without = cut_without = 0
    lost_examples: list[tuple[str, str, str]] = []
    t_clean = 0.0
    clean_by_rule: dict[str, int] = {}
    clean_examples: list[tuple[str, str]] = []
    for page in all_pages:
        snippets = [s for s in page.with_ if s.strip()]
        body = "\n\n".join(snippets)
        art = newsclean.clean_text(body)
        removed = sum(len(r.text) for r in art.removed)
        for r in art.removed:
            clean_by_rule[r.rule] = clean_by_rule.get(r.rule, 0) + len(r.text)
            if len(clean_examples) < 400:
                clean_examples.append((r.rule, r.text))
        clean_chars += len(body)
        clean_removed += removed
        clean_docs_touched += bool(art.removed)

        text = trafilatura.extract(page.html(), url=page.url, include_comments=False, include_tables=True) or ""
        start = time.perf_counter()
        out = newsclean.clean_text(text)
        t_clean += time.perf_counter() - start
        before, after = normalise(text), normalise(out.body)
        for s in extractor_kept(page.with_, before):
            if s in after:
                kept_with += 1
            else:
                lost_with += 1
                rule = next((r.rule for r in out.removed if s[:40] in normalise(r.text)), "?")
                lost_examples.append((page.url, rule, s))
        for s in extractor_kept(page.without, before):
            kept_without += s in after
            cut_without += s not in after

    print(f"pages: {len(all_pages)}")
    print("| measure | value |\n| --- | --- |")
    print(f"| clean bodies: chars removed / chars | {clean_removed}/{clean_chars} = {clean_removed / max(clean_chars, 1):.4%} |")
    print(f"| clean bodies: documents with any cut | {clean_docs_touched}/{len(all_pages)} |")
    print(f"| extractor output: `with` snippets lost by newsclean | {lost_with}/{kept_with + lost_with} = {lost_with / max(kept_with + lost_with, 1):.3%} |")
    print(f"| extractor output: `without` snippets removed by newsclean | {cut_without}/{kept_without + cut_without} = {cut_without / max(kept_without + cut_without, 1):.1%} |")
    print(f"| clean_text time on extractor output | {t_clean:.2f} s |")
    if clean_by_rule:
        print("\nclean bodies, chars removed by rule:")
        for rule, n in sorted(clean_by_rule.items(), key=lambda kv: -kv[1]):
            print(f"  {rule:28s} {n}")
    if args.verbose:
        for rule, text in clean_examples:
            print(f"  {rule:28s} {text[:100]!r}")
    if lost_examples:
        print("\nlost body snippets:")
        for url, rule, s in lost_examples[:40]:
            print(f"  {rule:28s} {s[:90]!r}  <{url}>")


if __name__ == "__main__":
    main()
