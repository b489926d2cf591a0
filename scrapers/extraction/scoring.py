"""Score extracted article bodies against ground truth (the article-extraction-benchmark metric).

Used by the quality gate (``tests/quality``) and the bench (``bench/bench_extraction.py``).

- tokens: ``re.findall(r"\\w+", text)``;
- per page: 4-token shingles counted as multisets; tp = shared shingles;
  precision = tp / predicted shingles, recall = tp / true shingles;
- precision is averaged over pages with a non-empty prediction, recall over pages with a
  non-empty ground truth; F1 = 2PR / (P + R) of those two averages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

SHINGLE_SIZE = 4
_TOKEN_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class PageScore:
    """Shingle counts of one page: true positives, predicted and true totals."""

    tp: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.expected if self.expected else None


@dataclass(frozen=True)
class SetScore:
    """Averaged precision and recall over a page set, and their F1."""

    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class GoldPage:
    """One benchmark page: its id, URL, raw HTML bytes and true article body."""

    page_id: str
    url: str
    html: bytes
    body: str


def count_shingles(text: str) -> Counter:
    """Count the 4-token shingles of ``text`` (a text shorter than 4 tokens is one shingle)."""
    tokens = _TOKEN_RE.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE_SIZE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(len(tokens) - SHINGLE_SIZE + 1))


def score_page(predicted: str, expected: str) -> PageScore:
    """Compare one predicted body with the true body, shingle by shingle."""
    pred, true = count_shingles(predicted), count_shingles(expected)
    return PageScore(sum((pred & true).values()), sum(pred.values()), sum(true.values()))


def score_pages(scores: list[PageScore]) -> SetScore:
    """Average precision over non-empty predictions and recall over non-empty truths."""
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return SetScore(precision, recall, len(scores))


def score_predictions(predictions: Mapping[str, str], truths: Mapping[str, str]) -> SetScore:
    """Score ``{page_id: text}`` predictions against ``{page_id: body}`` truths."""
    return score_pages([score_page(predictions.get(key, ""), body) for key, body in truths.items()])


def read_gold_pages(folder: Path) -> Iterator[GoldPage]:
    """Read ``ground-truth.json`` and ``html/<id>.html.gz`` from a benchmark folder."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        yield GoldPage(page_id, truth[page_id]["url"], html, truth[page_id]["articleBody"])
