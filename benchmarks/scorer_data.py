"""Lines for the learned block scorer (line_scorer.py): the blocks newsclean leaves in
the body of trafilatura's text, their shallow features and their labels.

A `Page` holds the kept blocks of one page (newsclean.clean_text's body, one block a
paragraph, as the pipeline's re-run reads it), their feature rows, a label per block
(1 junk, 0 body, -1 unknown) and what the page is scored against: a gold body
(newsgold) or `with`/`without` snippets (trafilatura-eval).
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import newsclean
from newsclean.frontends.text import document_from_text
from newsclean.structure import shape_of
from newsgold import SOURCES, records

TOKEN = re.compile(r"\w+")  # the shingle metric's tokens
SHAPE_NAMES = ("log_words", "sentence_end", "stopword_share", "capitalised_share", "digit_share", "address")
FEATURES = (
    ("log_chars", "email", "handle", "url", "ends_colon", "ends_pipe", "list_item", "is_prose",
     "rel_position", "first", "last", "zone_head", "zone_core", "zone_tail", "log_dist_prose",
     "after_last_prose", "before_first_prose", "share_text_after", "title_case")
    + SHAPE_NAMES
    + tuple("prev_" + n for n in SHAPE_NAMES) + ("prev_missing", "prev_is_prose")
    + tuple("next_" + n for n in SHAPE_NAMES) + ("next_missing", "next_is_prose")
)


@dataclass
class Page:
    id: str
    source: str
    blocks: list[str]
    rows: list[list[float]]
    words: list[list[int]]  # hashed lowercase unigrams per block (bucket ids, 2**16 space)
    labels: list[int]
    gold: str | None = None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    def body(self, cut: set[int]) -> str:
        return "\n\n".join(b for i, b in enumerate(self.blocks) if i not in cut)


def _shape_row(text: str) -> list[float]:
    s = shape_of(text)
    return [math.log1p(s.words), float(s.sentence_end), s.stopword_share, s.capitalised_share, s.digit_share,
            float(s.address)]


def features(doc) -> list[list[float]]:
    """One row of FEATURES per block of `doc` (a newsclean Document)."""
    n = len(doc.blocks)
    if not n:
        return []
    st = doc.structure
    prose = [doc.is_prose(i) for i in range(n)]
    prose_at = [i for i in range(n) if prose[i]]
    first_p, last_p = (prose_at[0], prose_at[-1]) if prose_at else (n, -1)
    lengths = [len(b.text) for b in doc.blocks]
    total = sum(lengths) or 1
    after = total
    shapes = [_shape_row(b.text) for b in doc.blocks]
    rows = []
    for i, b in enumerate(doc.blocks):
        s = st.shape(i)
        after -= lengths[i]
        dist = min((abs(i - j) for j in prose_at), default=n)
        zone = st.zone(i)
        tokens = b.text.split()
        title = sum(t[:1].isupper() for t in tokens) == len(tokens) and len(tokens) > 1
        row = [math.log1p(len(b.text)), float(s.email), float(s.handle), float(s.url),
               float(b.text.endswith(":")), float("|" in b.text), float(b.kind == "list_item"), float(prose[i]),
               i / max(1, n - 1), float(i == 0), float(i == n - 1),
               float(zone == "head"), float(zone == "core"), float(zone == "tail"), math.log1p(dist),
               float(i > last_p), float(i < first_p), after / total, float(title)]
        row += shapes[i]
        row += (shapes[i - 1] + [0.0, float(prose[i - 1])]) if i else [0.0] * 6 + [1.0, 0.0]
        row += (shapes[i + 1] + [0.0, float(prose[i + 1])]) if i + 1 < n else [0.0] * 6 + [1.0, 0.0]
        rows.append(row)
    return rows


def hashed_words(text: str, bits: int = 16) -> list[int]:
    """Bucket ids of the block's lowercase words (crc32: the same in every process)."""
    mask = (1 << bits) - 1
    return sorted({zlib.crc32(w.encode("utf-8")) & mask for w in TOKEN.findall(text.lower())})


def gold_label(text: str, trigrams: set, words: set) -> int:
    """1 (junk) unless most of the block's word trigrams are in the gold (its words, below 3 words);
    -1 for a block without a word (the metric does not see it)."""
    tokens = TOKEN.findall(text)
    if not tokens:
        return -1
    if len(tokens) < 3:
        return int(sum(t in words for t in tokens) * 2 <= len(tokens))
    grams = [tuple(tokens[k:k + 3]) for k in range(len(tokens) - 2)]
    return int(sum(g in trigrams for g in grams) * 2 <= len(grams))


def snippet_label(text: str, with_: tuple[str, ...], without: tuple[str, ...]) -> int:
    """0 when a `with` snippet and the block overlap (one holds the other), 1 for a `without` one, else -1."""
    line = " ".join(text.split())
    if not TOKEN.search(line):
        return -1
    def hit(snippets):
        return any(s and (s in line or (len(line) >= 20 and line in s)) for s in snippets)
    if hit(with_):
        return -1 if hit(without) else 0
    return 1 if hit(without) else -1


def make_page(pid: str, source: str, extracted: str, **scoring) -> Page:
    """The page's kept blocks after newsclean.clean_text, with features (labels filled by the caller)."""
    body = newsclean.clean_text(extracted).body
    doc = document_from_text(body)
    blocks = [b.text for b in doc.blocks]
    return Page(pid, source, blocks, features(doc), [hashed_words(b) for b in blocks], [], **scoring)


def newsgold_pages(corpus: Path, runner) -> list[Page]:
    """Every newsgold page: trafilatura's cached text, kept blocks labelled against the gold body."""
    out = []
    for rec in records(corpus, SOURCES, 0):
        page = make_page(rec["id"], rec["source"], runner("trafilatura", rec["id"], rec["html"], rec["url"]),
                         gold=rec["body"])
        gold = TOKEN.findall(rec["body"])
        trigrams = {tuple(gold[k:k + 3]) for k in range(len(gold) - 2)}
        page.labels = [gold_label(b, trigrams, set(gold)) for b in page.blocks]
        out.append(page)
    return out


def treval_pages(archive: Path, cache: Path) -> list[Page]:
    """Every trafilatura-eval page: trafilatura's text (cached in `cache`), blocks labelled from snippets."""
    from corpus import normalise, open_corpus, pages
    import trafilatura

    texts = json.loads(cache.read_text(encoding="utf-8")) if cache.is_file() else {}
    out, missed = [], False
    for p in pages(open_corpus(archive)):
        if p.url not in texts:
            texts[p.url] = trafilatura.extract(p.html(), url=p.url, include_comments=False, include_tables=True) or ""
            missed = True
        with_ = tuple(normalise(s) for s in p.with_)
        without = tuple(normalise(s) for s in p.without)
        page = make_page(p.url, "trafilatura-eval", texts[p.url], with_=with_, without=without)
        page.labels = [snippet_label(b, with_, without) for b in page.blocks]
        out.append(page)
    if missed:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return out
