"""Quality gate: extract_article on the 60 dev pages must not fall below the pinned floors.

Floors live in ``extraction_baseline.json``, a little below what was measured, so that a
regression fails and noise does not. Raise them (and ``measured``) when a change earns it;
never lower them to make a change pass. Speed is measured by ``bench/bench_extraction.py`` (extraction)
and ``bench/bench_transform.py`` (the whole per-article transform, quality and speed side by side).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrapers.extraction import extract_article
from scrapers.extraction.scoring import read_gold_pages, score_page, score_pages, score_predictions

HERE = Path(__file__).resolve().parent
DEV_SET = HERE.parent / "resources" / "aeb-dev"
BASELINE = json.loads((HERE / "extraction_baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_score():
    pages = list(read_gold_pages(DEV_SET))
    assert len(pages) == 60
    return score_pages([score_page(extract_article(p.html, url=p.url).text, p.body) for p in pages])


@pytest.mark.parametrize("measure", ["f1", "precision", "recall"])
def test_dev_set_score_stays_above_floor(dev_score, measure):
    assert getattr(dev_score, measure) >= BASELINE["floors"][measure]


def test_floors_sit_just_below_the_measured_score():
    measured, floors = BASELINE["measured"], BASELINE["floors"]
    for measure in ("f1", "precision", "recall"):
        assert 0 < measured[measure] - floors[measure] <= 0.01


def test_metric_matches_the_benchmark_definition():
    truths = {"a": "one two three four five", "b": "alpha beta gamma delta", "c": "x y z w"}
    predictions = {"a": "one two three four five six", "b": "", "c": "x y z w"}
    score = score_predictions(predictions, truths)
    # a: 2 of 3 predicted shingles are true, all 2 true found; b: empty prediction costs recall only
    assert score.precision == pytest.approx((2 / 3 + 1) / 2)
    assert score.recall == pytest.approx((1 + 0 + 1) / 3)
    assert score.f1 == pytest.approx(2 * score.precision * score.recall / (score.precision + score.recall))
