"""Quality gate: metadata accuracy (title, authors, published_at, language) on labelled pages.

Labelled pages: the offline demo site's 18 articles (``scrapers/demo_site/site/ANSWERS.json``,
not tuned on: measured first, before any metadata change) and our fixture pages
(``tests/resources/pages/METADATA.json``). Floors live in ``extraction_baseline.json`` under
``metadata``; raise them when a change earns it, never lower them to make a change pass.

Besides accuracy, every page must give sane dates: published_at recorded with its
``date_source``, never in the future, modified_at never before published_at.

    .venv/bin/python -m pytest tests/quality/test_metadata_quality.py -q -s   # prints the table
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scrapers.extraction import extract_article
from scrapers.extraction.scoring import (
    METADATA_FIELDS,
    compare_metadata,
    read_demo_cases,
    read_fixture_cases,
    score_metadata,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BASELINE = json.loads((HERE / "extraction_baseline.json").read_text(encoding="utf-8"))["metadata"]
SETS = {
    "demo": lambda: list(read_demo_cases(ROOT / "scrapers" / "demo_site" / "site")),
    "fixtures": lambda: list(read_fixture_cases(HERE.parent / "resources" / "pages")),
}
DATE_SOURCES = {"json-ld", "meta", "time", "url", "htmldate"}


@pytest.fixture(scope="module", params=sorted(SETS))
def labelled(request):
    cases = SETS[request.param]()
    articles = [extract_article(case.html, url=case.url) for case in cases]
    matches = [compare_metadata(article, case.expected) for article, case in zip(articles, cases, strict=True)]
    accuracy = score_metadata(matches)
    print(f"\n{request.param} ({len(cases)} pages): " + "  ".join(f"{f} {accuracy[f]:.3f}" for f in METADATA_FIELDS))
    for case, match, article in zip(cases, matches, articles, strict=True):
        for field in (f for f in METADATA_FIELDS if not match[f]):
            print(f"  miss {field}: {case.name}: got {getattr(article, field)!r}, want {case.expected.get(field)!r}")
    return request.param, cases, articles, accuracy


def test_demo_site_is_fully_labelled():
    cases = SETS["demo"]()
    assert len(cases) == 18
    assert all(set(METADATA_FIELDS) <= set(case.expected) for case in cases)


@pytest.mark.parametrize("field", METADATA_FIELDS)
def test_accuracy_stays_above_floor(labelled, field):
    name, _, _, accuracy = labelled
    assert accuracy[field] >= BASELINE["floors"][name][field]


def test_floors_do_not_exceed_the_measured_accuracy():
    for name, floors in BASELINE["floors"].items():
        for field in METADATA_FIELDS:
            assert floors[field] <= BASELINE["measured"][name][field]


def test_dates_are_sane_and_sourced(labelled):
    _, cases, articles, _ = labelled
    now = datetime.now(UTC)
    for case, article in zip(cases, articles, strict=True):
        if article.published_at is not None:
            assert article.date_source in DATE_SOURCES, case.name
            assert article.published_at.tzinfo is not None and article.published_at <= now, case.name
        else:
            assert article.date_source is None, case.name
        if article.modified_at is not None:
            assert article.published_at is None or article.modified_at >= article.published_at, case.name
