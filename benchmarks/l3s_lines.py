"""L3S-GN1 at line level: a page's labelled blocks, one a line, through
newsclean.clean_text, and each line mapped (by the removals' offsets) to removed as
junk, moved to metadata, or kept in the body. Used by newsgold.py --modes lines."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import newsclean

LABELS = ("headline", "body", "supplemental", "related", "comments", "boilerplate")
# removal kinds that move text into metadata; every other kind deletes junk
MOVED = frozenset(("title", "subtitle", "section", "echo", "byline", "credit", "caption", "dateline", "author_bio"))


def norm(text: str) -> str:
    return " ".join(text.split())


def shape(line: str) -> str:
    return re.sub(r"\d+", "0", norm(line).lower())[:70]


class Lines:
    """L3S-GN1 lines: label -> status counts, and the examples for --dump."""

    def __init__(self):
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.junk_kinds: dict[str, Counter] = defaultdict(Counter)
        self.removed_body: list[tuple[str, str, str]] = []
        self.kept_shapes: dict[str, Counter] = defaultdict(Counter)
        self.examples: dict[tuple[str, str], str] = {}

    def add(self, rec: dict) -> None:
        blocks = [(label, norm(text)) for label, text in rec["blocks"] if norm(text)]
        text = "\n".join(t for _, t in blocks)
        art = newsclean.clean_text(text)
        mark = bytearray(len(text))  # 1 moved to metadata, 2 removed as junk
        owner: list[str] = [""] * len(text)
        for r in art.removed:
            if r.start is None:
                self.counts["_unplaced"][r.kind] += 1
                continue
            value = 1 if r.kind in MOVED else 2
            for i in range(r.start, r.end):
                if value >= mark[i]:
                    mark[i], owner[i] = value, f"{r.kind}/{r.filter}:{r.rule}"
        pos = 0
        for label, line in blocks:
            seg = mark[pos:pos + len(line)]
            junk, moved = seg.count(2), seg.count(1)
            if junk + moved >= len(line) / 2:
                status = "junk" if junk >= moved else "moved"
                why = Counter(o for o in owner[pos:pos + len(line)] if o).most_common(1)[0][0]
            else:
                status, why = "kept", ""
            c = self.counts[label]
            c["lines"] += 1
            c[status] += 1
            c["partly"] += status == "kept" and junk + moved > 0
            if status == "junk":
                self.junk_kinds[label][why.split("/")[0]] += 1
                if label == "body":
                    self.removed_body.append((rec["id"], why, line))
            elif status == "kept" and label in ("related", "boilerplate", "comments"):
                self.kept_shapes[label][shape(line)] += 1
                self.examples.setdefault((label, shape(line)), line)
            pos += len(line) + 1

    def table(self) -> list[str]:
        out = ["| label | lines | removed as junk | moved to metadata | kept in body | (kept, partly cut) | junk kinds (top 3) |",
               "| --- | --- | --- | --- | --- | --- | --- |"]
        for label in LABELS:
            c = self.counts.get(label)
            if c:
                n = c["lines"]
                top = ", ".join(f"{k} {v}" for k, v in self.junk_kinds[label].most_common(3))
                out.append(f"| {label} | {n} | {c['junk'] / n:.3f} | {c['moved'] / n:.3f} | {c['kept'] / n:.3f} "
                           f"| {c['partly'] / n:.3f} | {top} |")
        return out

    def dump(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# L3S-GN1 body lines removed as junk ({len(self.removed_body)})\n\n")
            for page, why, line in sorted(self.removed_body, key=lambda t: t[1]):
                f.write(f"{why}\t{page}\t{line}\n")
            for label in ("related", "boilerplate", "comments"):
                f.write(f"\n# the 15 most frequent {label} line shapes kept in the body (count, shape, an example)\n\n")
                for s, n in self.kept_shapes[label].most_common(15):
                    f.write(f"{n}\t{s!r}\t{self.examples[label, s]!r}\n")
