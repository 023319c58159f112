"""Text-mode throughput on real extractor output.

The script makes the input itself: trafilatura's text for every page of the
development corpus (or a corpus you name). It then times newsclean.clean_text on
those texts (best of --repeat runs, one core) and reports MB/s, documents/s, and
the filters' time relative to trafilatura's extraction of the same pages.

Usage: python benchmarks/text_speed.py [CORPUS] [--repeat 3] [--limit N]
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean  # noqa: E402
from corpus import best_of, extractor_output, text_mode_arguments  # noqa: E402


def main() -> None:
    args = text_mode_arguments(__doc__)
    texts, t_extract = extractor_output(args)
    newsclean.clean_text(texts[0] if texts else "warm up")
    best = best_of(args.repeat, lambda: [newsclean.clean_text(text) for text in texts])
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; one core used")
    print("| measure | value |\n| --- | --- |")
    print(f"| documents | {len(texts)} |")
    print(f"| text (UTF-8) | {size / 1e6:.2f} MB |")
    print(f"| clean_text, best of {args.repeat} | {best:.2f} s |")
    print(f"| throughput | {size / 1e6 / best:.2f} MB/s, {len(texts) / best:.0f} documents/s |")
    print(f"| trafilatura extraction of the same pages | {t_extract:.2f} s |")
    print(f"| newsclean filters / trafilatura extraction | {best / t_extract:.3f} |")


if __name__ == "__main__":
    main()
