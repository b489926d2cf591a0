"""Idempotent upserts and all-or-nothing batches on the real PostgreSQL."""

from dataclasses import replace
from datetime import datetime, timezone

import psycopg2
import pytest

from conftest import query
from scrapers import loading, warehouse
from scrapers.models import ExtractedArticle, ProcessedArticle, Statement
from scrapers.normalize import hash_content
from scrapers.loading import load_in_batches
from scrapers.sources import Source

SOURCE = Source(id="demo", name="Demo", homepage="http://127.0.0.1/", feeds=("http://127.0.0.1/f",))


def make_item(n: int, text: str | None = None, statements=None) -> ProcessedArticle:
    text = text or f'"We will rebuild the pier {n}," Ana Ribeiro said.'
    article = ExtractedArticle(url=f"http://127.0.0.1/a/{n}", text=text, title=f"Title {n}",
                               authors=["Ana Ribeiro"], extractor_version="test/1",
                               published_at=datetime(2025, 3, 3, tzinfo=timezone.utc))
    if statements is None:
        quote = text[1:text.index(",\"") + 1]
        statements = [Statement("direct", quote, "Ana Ribeiro", None, "say", None, 1, 1 + len(quote))]
    return ProcessedArticle("demo", article.url, article, hash_content(text), statements)


@pytest.fixture
def dsn(clean_warehouse):
    with warehouse.open_transaction(clean_warehouse) as cur:
        warehouse.upsert_sources(cur, [SOURCE])
    return clean_warehouse


def counts(dsn):
    return query(dsn, "SELECT (SELECT count(*) FROM news.articles), (SELECT count(*) FROM news.statements)")[0]


def test_rerun_never_duplicates_and_reports_unchanged(dsn):
    items = [make_item(n) for n in range(3)]
    assert load_in_batches(items, dsn)["inserted"] == 3
    again = load_in_batches(items, dsn)
    assert again["unchanged"] == 3 and again["inserted"] == 0
    assert counts(dsn) == (3, 3)
    row = query(dsn, "SELECT text, char_start, char_end, quote FROM news.articles JOIN news.statements "
                     "USING (article_id) WHERE url = 'http://127.0.0.1/a/0'")[0]
    assert row[0][row[1]:row[2]] == row[3]


def test_changed_text_updates_and_replaces_statements(dsn):
    load_in_batches([make_item(1)], dsn)
    ids_before = query(dsn, "SELECT article_id FROM news.articles")
    changed = make_item(1, text='"A new quote entirely," Ana Ribeiro said. Then more.')
    assert load_in_batches([changed], dsn)["updated"] == 1
    assert query(dsn, "SELECT article_id FROM news.articles") == ids_before
    assert query(dsn, "SELECT quote FROM news.statements") == [("A new quote entirely,",)]
    load_in_batches([make_item(1, text="No quotes any more.", statements=[])], dsn)
    assert counts(dsn) == (1, 0)


def test_failed_batch_leaves_nothing(dsn):
    good = [make_item(n) for n in range(3)]
    broken = make_item(9)
    broken.source_id = "not-a-registered-source"  # violates the foreign key: the batch fails
    with pytest.raises(psycopg2.Error):
        load_in_batches(good + [broken], dsn)
    assert counts(dsn) == (0, 0)
    assert load_in_batches(good, dsn)["inserted"] == 3


def test_hostile_text_is_stored_verbatim(dsn):
    hostile = "'); DROP TABLE news.articles; --"
    load_in_batches([make_item(7, text=hostile, statements=[])], dsn)
    assert query(dsn, "SELECT text FROM news.articles") == [(hostile,)]


def test_warehouse_gone_is_a_clear_error():
    from scrapers.errors import WarehouseError
    with pytest.raises(WarehouseError, match=r"cannot connect .*secret\b|cannot connect") as info:
        warehouse.connect_warehouse("postgresql://bob:secret@127.0.0.1:1/nowhere")
    assert "secret" not in str(info.value)


def test_confidence_is_stored_and_a_new_rating_updates_the_same_row(dsn):
    item = make_item(2)
    item.statements[0] = replace(item.statements[0], confidence=0.42)
    load_in_batches([item], dsn)
    ids = query(dsn, "SELECT statement_id, confidence FROM news.statements")
    assert [round(c, 3) for _, c in ids] == [0.42]
    item.statements[0] = replace(item.statements[0], confidence=0.9)    # a retrained model, same span
    load_in_batches([item], dsn)
    again = query(dsn, "SELECT statement_id, confidence FROM news.statements")
    assert [i for i, _ in again] == [i for i, _ in ids] and [round(c, 3) for _, c in again] == [0.9]


def test_confidence_outside_zero_to_one_is_refused_by_the_table(dsn):
    item = make_item(3)
    item.statements[0] = replace(item.statements[0], confidence=1.5)
    with pytest.raises(psycopg2.errors.CheckViolation):
        load_in_batches([item], dsn)
    assert counts(dsn) == (0, 0)


def test_bad_or_repeated_statements_are_dropped_not_fatal(dsn):
    item = make_item(4)
    good = item.statements[0]
    item.statements += [good, Statement("direct", "x", "X", None, "say", None, 5, 2)]
    assert load_in_batches([item], dsn)["inserted"] == 1
    assert counts(dsn) == (1, 1)
