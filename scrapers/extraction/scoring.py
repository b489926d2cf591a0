"""Score extraction against ground truth: article bodies (the article-extraction-benchmark
metric) and metadata (exact-match accuracy per field).

Used by the quality gates (``tests/quality``) and the benches (``bench/``).

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
from datetime import datetime
from pathlib import Path

SHINGLE_SIZE = 4
METADATA_FIELDS = ("title", "authors", "published_at", "language")
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


@dataclass(frozen=True)
class MetadataCase:
    """One labelled page: a name, its HTML, the URL it is extracted with and the expected fields."""

    name: str
    html: bytes
    url: str | None
    expected: dict


def compare_metadata(article: object, expected: Mapping) -> dict[str, bool]:
    """Exact match per field: title and language as strings, authors as an ordered list,
    published_at as an instant (``expected`` holds it as ISO 8601 or None)."""
    raw_date = expected.get("published_at")
    wanted_date = datetime.fromisoformat(raw_date) if raw_date else None
    return {
        "title": getattr(article, "title", None) == expected.get("title"),
        "authors": list(getattr(article, "authors", [])) == list(expected.get("authors", [])),
        "published_at": getattr(article, "published_at", None) == wanted_date,
        "language": getattr(article, "language", None) == expected.get("language"),
    }


def score_metadata(matches: list[dict[str, bool]]) -> dict[str, float]:
    """Accuracy per field over the pages: the share of pages where the field matched."""
    return {field: sum(m[field] for m in matches) / len(matches) if matches else 0.0 for field in METADATA_FIELDS}


def read_demo_cases(site: Path, base_url: str = "http://127.0.0.1:8000") -> Iterator[MetadataCase]:
    """The demo site's labelled articles (``ANSWERS.json``), extracted as served from ``base_url``."""
    answers = json.loads((site / "ANSWERS.json").read_text(encoding="utf-8"))["articles"]
    for path, expected in answers.items():
        html = (site / path.strip("/") / "index.html").read_bytes()
        yield MetadataCase(f"demo{path}", html, base_url + path, expected)


def read_fixture_cases(pages: Path) -> Iterator[MetadataCase]:
    """The fixture pages labelled in ``METADATA.json``."""
    labels = json.loads((pages / "METADATA.json").read_text(encoding="utf-8"))["pages"]
    for name, expected in sorted(labels.items()):
        yield MetadataCase(name, (pages / name).read_bytes(), expected.get("url"), expected)
