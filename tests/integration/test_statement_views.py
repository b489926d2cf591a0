"""The statement views of sql/002 (speakers, per day, top per source) on the real PostgreSQL."""

from datetime import date, datetime, timezone

import pytest

from conftest import query
from scrapers import warehouse
from scrapers.loading import load_in_batches
from scrapers.models import ExtractedArticle, ProcessedArticle, Statement
from scrapers.normalize import hash_content
from scrapers.sources import Source

SOURCES = [Source(id="daily", name="Daily", homepage="http://127.0.0.1/daily/"),
           Source(id="wire", name="Wire", homepage="http://127.0.0.1/wire/")]
UTC = timezone.utc


def say(speaker: str | None, title: str | None = None, n: int = 0) -> Statement:
    quote = f"We will rebuild the pier number {n}."
    return Statement("direct", quote, speaker, title, "say", None, 10 * n, 10 * n + len(quote))


def make_item(source: str, slug: str, published: datetime | None, statements: list[Statement]) -> ProcessedArticle:
    text = f"Story {slug}. " + "x" * 400
    article = ExtractedArticle(url=f"http://127.0.0.1/{source}/{slug}", text=text, title=slug,
                               extractor_version="test/1", published_at=published)
    return ProcessedArticle(source, article.url, article, hash_content(text), statements)


@pytest.fixture
def dsn(clean_warehouse):
    with warehouse.open_transaction(clean_warehouse) as cur:
        warehouse.upsert_sources(cur, SOURCES)
    load_in_batches([
        # 23:30 UTC on 3 March; 00:30 in Kestrel Bay's zone would be the 4th: the day is UTC.
        make_item("daily", "a1", datetime(2025, 3, 3, 23, 30, tzinfo=UTC),
                  [say("Ana Ribeiro", "Mayor", 0), say("Ana Ribeiro", "Mayor", 1), say("Rosa Lindqvist", None, 2)]),
        make_item("daily", "a2", datetime(2025, 3, 4, 9, 0, tzinfo=UTC),
                  [say("Ana Ribeiro", "mayor of Kestrel Bay", 0), say("Rosa Lindqvist", "chair", 1)]),
        make_item("wire", "b1", datetime(2025, 3, 5, 12, 0, tzinfo=UTC),
                  [say("Ana Ribeiro", "Mayor", 0), say("Rosa Lindqvist", "chair", 1),
                   say("Rosa Lindqvist", None, 2), say(None, None, 3)]),
        make_item("wire", "b2", None, [say("Declan Murphy", None, 0)]),
    ], clean_warehouse)
    return clean_warehouse


def test_views_are_created_by_the_migration(clean_warehouse):
    names = {r[0] for r in query(clean_warehouse, "SELECT table_name FROM information_schema.views "
                                                 "WHERE table_schema = 'news'")}
    assert {"speakers", "statements_per_speaker_day", "top_speakers_per_source"} <= names


def test_speakers_aggregate_across_articles_and_sources(dsn):
    rows = query(dsn, "SELECT speaker, title, statements, articles, sources, first_seen, last_seen "
                      "FROM news.speakers ORDER BY speaker")
    assert rows == [
        ("Ana Ribeiro", "Mayor", 4, 3, 2, datetime(2025, 3, 3, 23, 30, tzinfo=UTC),
         datetime(2025, 3, 5, 12, 0, tzinfo=UTC)),
        ("Declan Murphy", None, 1, 1, 1, None, None),
        ("Rosa Lindqvist", "chair", 4, 3, 2, datetime(2025, 3, 3, 23, 30, tzinfo=UTC),
         datetime(2025, 3, 5, 12, 0, tzinfo=UTC)),
    ]


def test_statements_per_speaker_day_uses_utc_days(dsn):
    rows = query(dsn, "SELECT speaker, day, statements FROM news.statements_per_speaker_day "
                      "ORDER BY speaker, day")
    assert rows == [
        ("Ana Ribeiro", date(2025, 3, 3), 2), ("Ana Ribeiro", date(2025, 3, 4), 1),
        ("Ana Ribeiro", date(2025, 3, 5), 1),
        ("Rosa Lindqvist", date(2025, 3, 3), 1), ("Rosa Lindqvist", date(2025, 3, 4), 1),
        ("Rosa Lindqvist", date(2025, 3, 5), 2),
    ]


def test_top_speakers_per_source_ranks_within_each_source(dsn):
    rows = query(dsn, "SELECT source_id, speaker, statements, articles, rank FROM news.top_speakers_per_source "
                      "ORDER BY source_id, rank, speaker")
    assert rows == [
        ("daily", "Ana Ribeiro", 3, 2, 1), ("daily", "Rosa Lindqvist", 2, 2, 2),
        ("wire", "Rosa Lindqvist", 2, 1, 1), ("wire", "Ana Ribeiro", 1, 1, 2), ("wire", "Declan Murphy", 1, 1, 2),
    ]


def test_views_follow_reloaded_statements(dsn):
    """Reprocessing an article replaces its statements; the views show the new ones only."""
    load_in_batches([make_item("wire", "b2", None, [say("Kirsty Rowe", "manager", 0)])], dsn)
    names = {r[0] for r in query(dsn, "SELECT speaker FROM news.speakers")}
    assert "Kirsty Rowe" in names and "Declan Murphy" not in names
