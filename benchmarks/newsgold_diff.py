"""Two newsgold.py --json reports side by side: text-mode F1 (body and kept) per source x
extractor, the change, and the mean; recall change (kept) per source.

    python benchmarks/newsgold_diff.py BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import statistics
import sys


def main(before_path: str, after_path: str) -> int:
    a, b = (json.load(open(p, encoding="utf-8"))["text"] for p in (before_path, after_path))
    print("| cell | F1 body before | after | change | F1 kept before | after | change | R kept change |")
    print("| --- " * 8 + "|")
    changes: dict[str, list[float]] = {}
    for key in a:
        if key not in b:
            continue
        x, y = a[key], b[key]
        d_body = y["newsclean"]["f1"] - x["newsclean"]["f1"]
        d_kept = y["newsclean_kept"]["f1"] - x["newsclean_kept"]["f1"]
        d_r = y["newsclean_kept"]["recall"] - x["newsclean_kept"]["recall"]
        changes.setdefault(key.split("/")[0], []).append(d_body)
        print(f"| {key} | {x['newsclean']['f1']:.4f} | {y['newsclean']['f1']:.4f} | {d_body:+.4f} "
              f"| {x['newsclean_kept']['f1']:.4f} | {y['newsclean_kept']['f1']:.4f} | {d_kept:+.4f} | {d_r:+.4f} |")
    for src, ds in changes.items():
        print(f"{src}: mean body change {statistics.mean(ds):+.5f}, min {min(ds):+.4f}, max {max(ds):+.4f}")
    gain = lambda rep: statistics.mean(v["newsclean"]["f1"] - v["alone"]["f1"] for v in rep.values())
    print(f"mean body gain over alone: before {gain(a):+.5f}, after {gain(b):+.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
