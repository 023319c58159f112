"""Every Article field, before and after a change: write a snapshot, then check against it.

A refactor promises the same Articles. This script cleans every input we have — the
seeds and text fixtures (text mode), the HTML fixtures, the 990 pages of the
development corpus and the 2,189 newsgold pages (HTML mode, and text mode on
trafilatura's output of each page) — and writes each Article's `to_dict()`; `--check`
does the same on the current code and lists every field that differs.

    python benchmarks/same_articles.py --write /tmp/before.jsonl.gz    # on the old commit
    python benchmarks/same_articles.py --check /tmp/before.jsonl.gz    # on the new one
    python benchmarks/same_articles.py --check /tmp/before.jsonl.gz --ignore language  # a field meant to change

trafilatura's texts (the text-mode inputs) are cached outside the repository
(`--cache`, default ~/.cache/newsclean-bench/trafilatura-text), so only the first run
pays for them. The corpora are read from ../shared/corpus; without them only the
seeds and fixtures are compared (and the script says so).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura  # noqa: E402

import newsclean  # noqa: E402
from corpus import DEFAULT_ARCHIVE, ROOT, open_corpus, pages  # noqa: E402
from newsgold import DEFAULT_CORPUS, SOURCES, records  # noqa: E402

NEWSGOLD = DEFAULT_CORPUS
DEFAULT_CACHE = Path.home() / ".cache" / "newsclean-bench" / "trafilatura-text"
#: One input: (case id, "text" or "html", content, url).
Case = tuple[str, str, "str | bytes", "str | None"]


def local_cases() -> Iterator[Case]:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed/{path.name}", "text", path.read_text(encoding="utf-8"), None
    for path in sorted((ROOT / "fixtures").glob("*/*.txt")):
        yield f"fixture/{path.parent.name}/{path.name}", "text", path.read_text(encoding="utf-8"), None
    for path in sorted((ROOT / "fixtures" / "html").glob("*.html")):
        yield f"fixture/html/{path.name}", "html", path.read_bytes(), None


def corpus_pages() -> Iterator[tuple[str, bytes | str, str | None]]:
    """(id, html, url) of every page of both corpora that is here."""
    if DEFAULT_ARCHIVE.exists():
        for page in pages(open_corpus(DEFAULT_ARCHIVE)):
            yield f"dev/{page.path.name}", page.html(), page.url
    if NEWSGOLD.exists():
        for row in records(NEWSGOLD, SOURCES, 0):
            yield f"newsgold/{row['id']}", row["html"], row.get("url")


def extracted(html: bytes | str, url: str | None, cache: Path) -> str:
    """trafilatura's text of a page (include_comments=False), cached by page and version."""
    raw = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    key = hashlib.sha1(raw + (url or "").encode() + trafilatura.__version__.encode()).hexdigest()
    path = cache / key[:2] / f"{key}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


def all_cases(cache: Path, limit: int) -> Iterator[Case]:
    yield from local_cases()
    for n, (ident, html, url) in enumerate(corpus_pages()):
        if limit and n >= limit:
            break
        yield f"{ident}#html", "html", html, url
        yield f"{ident}#text", "text", extracted(html, url, cache), None


def article(mode: str, content: str | bytes, url: str | None) -> dict:
    art = newsclean.clean_html(content, url=url) if mode == "html" else newsclean.clean_text(content)
    return art.to_dict()


def differences(before: dict, after: dict) -> list[str]:
    return [k for k in sorted(before.keys() | after.keys()) if before.get(k) != after.get(k)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE", help="write the snapshot (.jsonl.gz)")
    group.add_argument("--check", metavar="FILE", help="compare with a snapshot written before")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where trafilatura's texts are kept")
    ap.add_argument("--limit", type=int, default=0, help="corpus pages at most (0: all)")
    ap.add_argument("--show", type=int, default=10, help="differing cases to print in full")
    ap.add_argument("--ignore", default="", help="fields a change is meant to alter (comma-separated): counted apart")
    args = ap.parse_args()
    ignored = {name for name in args.ignore.split(",") if name}
    if not DEFAULT_ARCHIVE.exists() or not NEWSGOLD.exists():
        print(f"note: corpus missing ({DEFAULT_ARCHIVE.parent}); comparing seeds and fixtures only", file=sys.stderr)
    start = time.perf_counter()
    if args.write:
        count = 0
        with gzip.open(args.write, "wt", encoding="utf-8") as out:
            for ident, mode, content, url in all_cases(args.cache, args.limit):
                out.write(json.dumps({"id": ident, "article": article(mode, content, url)}, ensure_ascii=False) + "\n")
                count += 1
        print(f"wrote {count} Articles to {args.write} in {time.perf_counter() - start:.0f} s")
        return 0
    with gzip.open(args.check, "rt", encoding="utf-8") as snapshot:
        before = {row["id"]: row["article"] for row in map(json.loads, snapshot)}
    changed: dict[str, list[str]] = {}
    meant: dict[str, int] = {}
    seen = 0
    for ident, mode, content, url in all_cases(args.cache, args.limit):
        seen += 1
        if ident not in before:
            changed[ident] = ["(new case)"]
            continue
        now = article(mode, content, url)
        fields = differences(before[ident], now)
        for name in ignored.intersection(fields):
            meant[name] = meant.get(name, 0) + 1
        fields = [name for name in fields if name not in ignored]
        if fields:
            changed[ident] = fields
            if len(changed) <= args.show:
                for name in fields:
                    print(f"{ident}: {name}\n  before: {before[ident].get(name)!r:.600}\n  after:  {now.get(name)!r:.600}")
    by_field: dict[str, int] = {}
    for fields in changed.values():
        for name in fields:
            by_field[name] = by_field.get(name, 0) + 1
    print(f"{seen} cases, {len(changed)} differ ({time.perf_counter() - start:.0f} s)"
          + "".join(f"\n  {name}: {n}" for name, n in sorted(by_field.items()))
          + "".join(f"\n  (ignored, meant to change) {name}: {n}" for name, n in sorted(meant.items())))
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
