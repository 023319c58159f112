"""Where text mode spends its time: one table of stages, on real extractor output.

Like text_speed.py, the script makes its input (trafilatura's text of every corpus
page). It then times, best of --repeat runs each, one core: splitting into blocks,
lower-casing, the shared phrase scan, and clean_text with every filter wrapped in a
timer (all passes). The pipeline's own bookkeeping is clean_text's time less the
filters', the scan and the document views'. Timers add a little to each filter.

Usage: python benchmarks/text_stages.py [CORPUS] [--repeat 3] [--limit N]
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import best_of, extractor_output, text_mode_arguments  # noqa: E402
from newsclean import DEFAULT_PIPELINE, Pipeline  # noqa: E402
from newsclean.filters import Context, Filter  # noqa: E402
from newsclean.model import Finding  # noqa: E402
from newsclean.frontends.text import document_from_text  # noqa: E402


@dataclass(eq=False)
class Timed(Filter):
    """A filter that adds the time of each of its runs to `spent`; its hooks are the
    wrapped filter's."""

    inner: Filter
    spent: list[float] = field(default_factory=lambda: [0.0])

    def __post_init__(self) -> None:
        for hook in ("name", "kind", "kinds", "description", "wall_rules"):
            setattr(self, hook, getattr(self.inner, hook))

    @property
    def book(self):
        return self.inner.book

    def find(self, ctx: Context) -> Iterable[Finding]:
        start = time.perf_counter()
        found = list(self.inner.find(ctx))
        self.spent[0] += time.perf_counter() - start
        return found


def main() -> None:
    args = text_mode_arguments(__doc__)
    texts, _ = extractor_output(args)
    size = sum(len(t.encode("utf-8")) for t in texts)

    split = best_of(args.repeat, lambda: [document_from_text(t) for t in texts])
    lowered = best_of(args.repeat, lambda: [document_from_text(t).lowered_text for t in texts]) - split
    scan = best_of(args.repeat, lambda: [DEFAULT_PIPELINE.scan(document_from_text(t)) for t in texts]) - split - lowered
    plain = best_of(args.repeat, lambda: [DEFAULT_PIPELINE.clean_text(t) for t in texts])

    timed = [Timed(f) for f in DEFAULT_PIPELINE.filters]
    pipeline = Pipeline(filters=tuple(timed))
    best, spent = float("inf"), [0.0] * len(timed)
    for _ in range(args.repeat):
        for t in timed:
            t.spent[0] = 0.0
        start = time.perf_counter()
        for text in texts:
            pipeline.clean_text(text)
        elapsed = time.perf_counter() - start
        if elapsed < best:
            best, spent = elapsed, [t.spent[0] for t in timed]

    rows = [("splitting into blocks", split), ("lower-casing (gate text)", lowered), ("shared phrase scan", scan)]
    rows += [(f"filter: {t.name}", s) for t, s in sorted(zip(timed, spent), key=lambda p: -p[1])]
    rows.append(("pipeline bookkeeping (the rest)", best - sum(spent) - split - lowered - scan))
    print(f"{len(texts)} documents, {size / 1e6:.2f} MB; clean_text best of {args.repeat}: {plain:.2f} s "
          f"({size / 1e6 / plain:.2f} MB/s), with timers: {best:.2f} s")
    print("| stage | seconds | share |\n| --- | --- | --- |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} | {seconds / best:.0%} |")


if __name__ == "__main__":
    main()
