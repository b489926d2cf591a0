"""The warehouse goes away in the middle of a load: the batch fails whole, the retry loads once.

The backend serving the load is terminated (pg_terminate_backend from another
connection) half way through the second batch.
"""

import psycopg2
import pytest

from conftest import query
from fault_site import saved_pages
from scrapers import loading, warehouse
from scrapers.errors import WarehouseError
from scrapers.sources import Source
from scrapers.transform import transform_page


def make_items(count: int):
    pages = saved_pages()
    items = []
    for i in range(count):
        item = transform_page(pages[i % len(pages)], url=f"https://outage.example/news/{i}/",
                              source_id="outage")
        items.append(item)
    return items


def kill_backend_on_call(monkeypatch, dsn, call_number: int):
    """Make the ``call_number``-th upsert_article find its connection terminated."""
    original, calls = loading.upsert_article, []

    def upsert_then_lose_warehouse(cur, item):
        calls.append(item.url)
        if len(calls) == call_number:
            admin = psycopg2.connect(dsn)
            admin.autocommit = True
            with admin.cursor() as other:
                other.execute("SELECT pg_terminate_backend(%s)", (cur.connection.get_backend_pid(),))
            admin.close()
        return original(cur, item)

    monkeypatch.setattr(loading, "upsert_article", upsert_then_lose_warehouse)
    return calls


def test_lost_warehouse_fails_the_batch_cleanly_and_the_retry_loads_once(clean_warehouse, monkeypatch):
    dsn = clean_warehouse
    monkeypatch.setenv("NEWSETL_LOAD_BATCH_SIZE", "2")
    with warehouse.open_transaction(dsn) as cur:
        warehouse.upsert_sources(cur, [Source(id="outage", name="O", homepage="https://outage.example/")])
    items = make_items(5)
    calls = kill_backend_on_call(monkeypatch, dsn, call_number=4)  # 2nd article of batch 2

    with pytest.raises(WarehouseError) as failure:
        loading.load_in_batches(items, dsn)
    assert len(calls) == 4
    loaded = [r[0] for r in query(dsn, "SELECT url FROM news.articles ORDER BY url")]
    assert loaded == [items[0].url, items[1].url]  # batch 1 committed, batch 2 left nothing
    assert "terminat" in str(failure.value) or "closed" in str(failure.value)
    print(f"\nload failed cleanly: {type(failure.value).__name__}: {str(failure.value).splitlines()[0]}")

    monkeypatch.undo()
    monkeypatch.setenv("NEWSETL_LOAD_BATCH_SIZE", "2")
    counts = loading.load_in_batches(items, dsn)
    assert counts["inserted"] == 3 and counts["unchanged"] == 2
    rows = query(dsn, "SELECT url, count(*) FROM news.articles GROUP BY url")
    assert len(rows) == 5 and all(n == 1 for _, n in rows)
    dupes = query(dsn, "SELECT article_id, kind, char_start FROM news.statements "
                       "GROUP BY 1, 2, 3, char_end HAVING count(*) > 1")
    assert dupes == []
