"""Fitting and scoring for line_scorer.py: the model over a list of `Page`s, its
out-of-fold probabilities, the cuts at a threshold, and the page-set scores (shingle
P/R/F1 against a gold body, or snippet P/R/F against `with`/`without`)."""

from __future__ import annotations

import statistics
import zlib
from typing import Sequence

import numpy as np
from scipy import sparse

from scorer_data import FEATURES, Page
from shingles import _precision, _recall, document


def matrix(pages: Sequence[Page], bits: int):
    """The feature matrix of every block of `pages` (dense shallow features, then hashed words)."""
    rows = [r for p in pages for r in p.rows]
    dense = np.asarray(rows, dtype=float).reshape(len(rows), len(FEATURES))
    if not bits:
        return dense
    mask = (1 << bits) - 1
    data, ci, ri = [], [], []
    k = 0
    for p in pages:
        for words in p.words:
            cols = sorted({w & mask for w in words})
            ci += cols; ri += [k] * len(cols); data += [1.0] * len(cols)
            k += 1
    return sparse.hstack([sparse.csr_matrix(dense), sparse.csr_matrix((data, (ri, ci)), shape=(k, mask + 1))]).tocsr()


def labels(pages: Sequence[Page]) -> np.ndarray:
    return np.asarray([lab for p in pages for lab in p.labels], dtype=int)


class Model:
    """Standardised shallow features (+ hashed words) -> P(junk): logistic regression or GBT."""

    def __init__(self, kind: str = "lr", bits: int = 0, c: float = 1.0, outside_core: bool = False):
        self.kind, self.bits, self.c, self.outside_core = kind, bits, c, outside_core

    def fit(self, pages: Sequence[Page]) -> "Model":
        X, y = matrix(pages, self.bits), labels(pages)
        keep = y >= 0
        X, y = X[keep], y[keep]
        dense = X[:, : len(FEATURES)].toarray() if sparse.issparse(X) else X
        self.mean, self.std = dense.mean(axis=0), dense.std(axis=0) + 1e-9
        X = self._scale(X)
        if self.kind == "gbt":
            from sklearn.ensemble import HistGradientBoostingClassifier
            self.est = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, max_leaf_nodes=15,
                                                      random_state=0).fit(X.toarray() if sparse.issparse(X) else X, y)
        else:
            from sklearn.linear_model import LogisticRegression
            self.est = LogisticRegression(C=self.c, max_iter=2000, solver="liblinear", random_state=0).fit(X, y)
        return self

    def _scale(self, X):
        n = len(FEATURES)
        if sparse.issparse(X):
            dense = (X[:, :n].toarray() - self.mean) / self.std
            return sparse.hstack([sparse.csr_matrix(dense), X[:, n:]]).tocsr()
        return (X - self.mean) / self.std

    def predict(self, pages: Sequence[Page]) -> list[np.ndarray]:
        """P(junk) per block, one array a page."""
        if not any(p.blocks for p in pages):
            return [np.zeros(0) for _ in pages]
        X = self._scale(matrix(pages, self.bits))
        if self.kind == "gbt" and sparse.issparse(X):
            X = X.toarray()
        prob = self.est.predict_proba(X)[:, 1]
        if self.outside_core:  # never cut a block of the core (the rules' zone of prose)
            core = np.asarray([r[FEATURES.index("zone_core")] for p in pages for r in p.rows]) > 0
            prob = np.where(core, 0.0, prob)
        out, k = [], 0
        for p in pages:
            out.append(prob[k:k + len(p.blocks)]); k += len(p.blocks)
        return out

    def importances(self, top: int = 10) -> list[tuple[str, float]]:
        """The strongest shallow features: standardised coefficients (LR) or split gains are not
        exposed by HistGBT, so only LR answers."""
        if self.kind != "lr":
            return []
        coef = self.est.coef_[0][: len(FEATURES)]
        order = np.argsort(-np.abs(coef))[:top]
        return [(FEATURES[i], float(coef[i])) for i in order]


def fold_of(page: Page, k: int) -> int:
    return zlib.crc32(page.id.encode("utf-8")) % k


def out_of_fold(pages: Sequence[Page], make, k: int = 3) -> list[np.ndarray]:
    """P(junk) of every page from a model fitted on the other folds (pages split by id hash)."""
    out: list[np.ndarray | None] = [None] * len(pages)
    for f in range(k):
        train = [p for p in pages if fold_of(p, k) != f]
        test = [i for i, p in enumerate(pages) if fold_of(p, k) == f]
        pred = make().fit(train).predict([pages[i] for i in test])
        for i, pr in zip(test, pred):
            out[i] = pr
    return out  # type: ignore[return-value]


GUARD = True  # line_scorer.py --no-guard turns the safety net off


def cuts(pages: Sequence[Page], probs: Sequence[np.ndarray], threshold: float) -> list[set[int]]:
    """The blocks at or above `threshold`, with the pipeline's kind of safety net (GUARD): never a
    prose block nor one holding a quarter of the page's words, and nothing on a page where the
    cuts would take half its words."""
    out = []
    for page, p in zip(pages, probs):
        cut = set(np.flatnonzero(p >= threshold).tolist())
        if GUARD and cut:
            words = [max(1.0, np.expm1(r[FEATURES.index("log_words")])) for r in page.rows]
            total = sum(words)
            cut = {i for i in cut if not page.rows[i][FEATURES.index("is_prose")] and words[i] < total / 4}
            if sum(words[i] for i in cut) * 2 > total:
                cut = set()
        out.append(cut)
    return out


_DOC_MEMO: dict[tuple[str, frozenset], tuple[float, float, float]] = {}


def score(pages: Sequence[Page], cut: Sequence[set[int]]) -> dict[str, float]:
    """Shingle P/R/F1 (macro, as shingles.score) of gold pages, or snippet P/R/F of snippet pages."""
    if pages and pages[0].gold is None:
        return snippet_score(pages, cut)
    rows = []
    for p, c in zip(pages, cut):
        key = (p.id, frozenset(c))
        if key not in _DOC_MEMO:
            _DOC_MEMO[key] = document(p.gold or "", p.body(c))
        rows.append(_DOC_MEMO[key])
    prec = statistics.mean([_precision(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    rec = statistics.mean([_recall(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    return {"f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "precision": prec, "recall": rec}


def snippet_score(pages: Sequence[Page], cut: Sequence[set[int]]) -> dict[str, float]:
    """`with` snippets found are true positives, `without` found false positives."""
    tp = fn = fp = tn = 0
    for p, c in zip(pages, cut):
        text = " ".join(p.body(c).split())
        for s in p.with_:
            tp += s in text; fn += s not in text
        for s in p.without:
            fp += s in text; tn += s not in text
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "precision": prec, "recall": rec,
            "with_found": tp, "without_found": fp}


def by_source(pages: Sequence[Page]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, p in enumerate(pages):
        out.setdefault(p.source, []).append(i)
    return out


def gain(pages: Sequence[Page], probs: Sequence[np.ndarray], threshold: float) -> float:
    """Mean over sources of the F1 gain of cutting at `threshold` (each source counts once)."""
    cut, none = cuts(pages, probs, threshold), [set() for _ in pages]
    gains = []
    for idx in by_source(pages).values():
        sub = [pages[i] for i in idx]
        gains.append(score(sub, [cut[i] for i in idx])["f1"] - score(sub, [none[i] for i in idx])["f1"])
    return statistics.mean(gains)


def choose_threshold(pages: Sequence[Page], make, grid: Sequence[float], k: int = 3) -> tuple[float, float]:
    """The threshold of `grid` with the best out-of-fold gain on the training pages (ties: the higher)."""
    probs = out_of_fold(pages, make, k)
    best = max(grid, key=lambda t: (round(gain(pages, probs, t), 6), t))
    return best, gain(pages, probs, best)


def cut_stats(pages: Sequence[Page], cut: Sequence[set[int]]) -> dict[str, int]:
    """Blocks cut, and how many of them were labelled body / junk / unknown."""
    counts = {"blocks": sum(len(p.blocks) for p in pages), "cut": 0, "body_lost": 0, "junk_cut": 0,
              "junk_total": sum(lab == 1 for p in pages for lab in p.labels)}
    for p, c in zip(pages, cut):
        for i in c:
            counts["cut"] += 1
            counts["body_lost"] += p.labels[i] == 0
            counts["junk_cut"] += p.labels[i] == 1
    return counts
