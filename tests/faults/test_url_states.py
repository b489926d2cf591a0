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


def _failing_once_then_ok(server: LoopbackServer, source_id: str, dsn: str) -> tuple[Source, str]:
    """A source whose one discovered URL of DAY1 answers 503 (all retries of a run), then the page."""
    source = Source(id=source_id, name=source_id, homepage=server.base_url + "/",
                    feeds=(server.base_url + "/feed.xml",), rate_limit_per_s=50)
    url = server.base_url + "/a/"
    with warehouse.open_transaction(dsn) as cur:
        warehouse.upsert_sources(cur, [source])
        warehouse.upsert_discovered_items(cur, [DiscoveredItem(source_id, url, "feed", "feed", DAY1 + timedelta(hours=9))])
    return source, url


def _server_failing_a_run() -> LoopbackServer:
    return LoopbackServer({"/a/": [Reply(503), Reply(503), Reply(503), Reply(body=saved_pages()[0])]})


def test_transient_failure_is_retried_by_the_next_days_run(clean_warehouse, monkeypatch):
    monkeypatch.setenv("NEWSETL_BACKOFF_BASE_S", "0.01")
    monkeypatch.setenv("NEWSETL_FETCH_RETRY_DELAY_S", "0")
    with _server_failing_a_run() as server:
        source, url = _failing_once_then_ok(server, "late", clean_warehouse)
        day1 = fetch_source(source, Interval(DAY1, DAY2), clean_warehouse)
        day2 = fetch_source(source, Interval(DAY2, DAY2 + timedelta(days=1)), clean_warehouse)
    assert day1["outcomes"] == {"http_error": 1}
    assert day2["retried_from_earlier_runs"] == 1 and day2["outcomes"] == {"ok": 1}
    with warehouse.open_transaction(clean_warehouse) as cur:
        assert url_states.select_fetched_unloaded_urls(cur, "late", 10) == [url]
    assert query(clean_warehouse, "SELECT state, attempts FROM news.url_states") == [("fetched", 2)]


class _ClockOneHourFast(datetime):
    """A worker whose clock runs an hour ahead of the warehouse's."""

    @classmethod
    def now(cls, tz=None):
        return datetime.now(tz) + timedelta(hours=1)


def test_retry_times_follow_the_warehouse_clock_not_the_workers(clean_warehouse, monkeypatch):
    """next_attempt_at is compared with the warehouse's clock, so it is written from that
    clock: a worker an hour fast must not push a due retry an hour into the future."""
    monkeypatch.setenv("NEWSETL_BACKOFF_BASE_S", "0.01")
    monkeypatch.setenv("NEWSETL_FETCH_RETRY_DELAY_S", "0")
    monkeypatch.setattr(url_states, "datetime", _ClockOneHourFast)
    with _server_failing_a_run() as server:
        source, _ = _failing_once_then_ok(server, "skew", clean_warehouse)
        fetch_source(source, Interval(DAY1, DAY2), clean_warehouse)
        [(late_by,)] = query(clean_warehouse, "SELECT next_attempt_at - clock_timestamp() FROM news.url_states")
        retry = fetch_source(source, Interval(DAY2, DAY2 + timedelta(days=1)), clean_warehouse)
    assert late_by < timedelta(minutes=1)
    assert retry["outcomes"] == {"ok": 1}
