"""A URL that failed transiently is picked up by a later run of another day, then handed
to processing; loaded articles are skipped unless REFETCH_LOADED asks for them."""

from datetime import datetime, timedelta, timezone

from conftest import query
from fault_site import saved_pages
from scrapers import url_states, warehouse
from scrapers.models import DiscoveredItem, Interval
from scrapers.pipeline import fetch_source
from scrapers.sources import Source
from support.loopback import LoopbackServer, Reply

DAY1 = datetime(2025, 3, 4, tzinfo=timezone.utc)
DAY2 = DAY1 + timedelta(days=1)


def test_transient_failure_is_retried_by_the_next_days_run(clean_warehouse, monkeypatch):
    monkeypatch.setenv("NEWSETL_BACKOFF_BASE_S", "0.01")
    monkeypatch.setenv("NEWSETL_FETCH_RETRY_DELAY_S", "0")
    server = LoopbackServer({"/a/": [Reply(503), Reply(503), Reply(503), Reply(body=saved_pages()[0])]})
    with server:
        source = Source(id="late", name="L", homepage=server.base_url + "/",
                        feeds=(server.base_url + "/feed.xml",), rate_limit_per_s=50)
        url = server.base_url + "/a/"
        with warehouse.open_transaction(clean_warehouse) as cur:
            warehouse.upsert_sources(cur, [source])
            warehouse.upsert_discovered_items(cur, [DiscoveredItem("late", url, "feed", "feed", DAY1 + timedelta(hours=9))])
        day1 = fetch_source(source, Interval(DAY1, DAY2), clean_warehouse)
        day2 = fetch_source(source, Interval(DAY2, DAY2 + timedelta(days=1)), clean_warehouse)
    assert day1["outcomes"] == {"http_error": 1}
    assert day2["retried_from_earlier_runs"] == 1 and day2["outcomes"] == {"ok": 1}
    with warehouse.open_transaction(clean_warehouse) as cur:
        assert url_states.select_fetched_unloaded_urls(cur, "late", 10) == [url]
    assert query(clean_warehouse, "SELECT state, attempts FROM news.url_states") == [("fetched", 2)]
