"""Fault injection: the real fetch stage against a saved site on loopback full of faults.

One scenario (tests/faults/fault_run.py) runs once per module; each test checks one
promise against the server's own access log and the warehouse.
"""

import json

import pytest

from conftest import drop_database, make_database
from fault_run import collect_figures, query, run_scenario
from fault_site import ALWAYS_DOWN, CRAWL_DELAY_S, ENV, FINAL, RECOVERABLE, FaultSite
from scrapers.commands import upgrade_warehouse


@pytest.fixture(scope="module")
def scenario():
    dsn = make_database("newsetl_faults")
    upgrade_warehouse(dsn)
    mp = pytest.MonkeyPatch()
    for key, value in ENV.items():
        mp.setenv(key, value)
    try:
        with FaultSite() as site:
            report = run_scenario(site, dsn)
            figures = collect_figures(site, dsn, report)
            print("\nfault-injection figures:", json.dumps(figures, indent=2, default=str))
            yield {"site": site, "dsn": dsn, "report": report, "figures": figures}
    finally:
        mp.undo()
        drop_database(dsn)


def ledger(dsn, path_or_url):
    return query(dsn, "SELECT outcome, status, attempt FROM news.fetches WHERE url LIKE %s "
                      "ORDER BY fetch_id", ("%" + path_or_url,))


def test_every_recoverable_article_loaded_exactly_once(scenario):
    site, dsn = scenario["site"], scenario["dsn"]
    rows = query(dsn, "SELECT url, count(*), min(length(text)) FROM news.articles GROUP BY url")
    assert sorted(url for url, _, _ in rows) == sorted(site.url(p) for p in RECOVERABLE)
    assert all(count == 1 and length > 200 for _, count, length in rows)
    assert scenario["report"]["runs"][1]["fetch"]["outcomes"] == {"ok": 1, "http_error": 1}


def test_no_request_to_disallowed_paths_or_other_hosts(scenario):
    figures = scenario["figures"]
    assert figures["requests_to_disallowed"] == 0
    assert figures["requests_to_other_host"] == 0
    assert ledger(scenario["dsn"], "/private/secret/") == [("robots_disallowed", None, 1)]


def test_host_rate_and_concurrency_hold_across_concurrent_runs(scenario):
    figures = scenario["figures"]
    assert figures["max_concurrency_per_host"] == 1
    # Crawl-delay, shared by both runs. Slots are booked exactly; what the server sees adds arrival jitter
    # (one request woken late by a busy interpreter), so every gap keeps half the delay (two runs without
    # a shared limiter would send requests at once) and the typical gap keeps all of it.
    assert figures["min_gap_s"] >= CRAWL_DELAY_S * 0.5
    assert figures["median_gap_s"] >= CRAWL_DELAY_S * 0.95
    assert figures["max_requests_in_any_second"] <= 1 / CRAWL_DELAY_S + 1


def test_concurrent_runs_fetch_each_page_once(scenario):
    site = scenario["site"]
    first_run = site.server.paths()[:scenario["report"]["runs"][0]["requests"]]
    for path in ("/news/plain-1/", "/news/plain-2/", "/news/gone/", "/news/moved-here/"):
        assert first_run.count(path) == 1, path
    fetched = scenario["report"]["runs"][0]["fetch"]
    assert sum(f["outcomes"].get("claimed_elsewhere", 0) for f in fetched) >= 1


def test_memory_stays_bounded_on_huge_page_and_gzip_bomb(scenario):
    assert scenario["figures"]["peak_traced_mb"] < 24  # 4 MB cap; the page is 40 MB, the bomb 200 MB


def test_every_failure_is_in_the_ledger_with_its_outcome(scenario):
    dsn, site = scenario["dsn"], scenario["site"]
    for path, (outcome, status) in FINAL.items():
        target = "/x" if path == "/news/offsite/" else path  # the refused target, never requested
        rows = ledger(dsn, target)
        assert (outcome, status) in [(o, s) for o, s, _ in rows], (path, rows)
        assert scenario["figures"]["dead"][site.url(path)].startswith(outcome)
    assert [r[:2] for r in ledger(dsn, "/news/flaky/")][:3] == [("http_error", 503)] * 2 + [("ok", 200)]
    assert [r[0] for r in ledger(dsn, "/news/stall/")][:2] == ["timeout", "ok"]
    assert [r[:2] for r in ledger(dsn, "/news/throttled/")][:2] == [("http_error", 429), ("ok", 200)]
    sizes = query(dsn, "SELECT bytes, elapsed_ms FROM news.fetches WHERE outcome = 'timeout'")
    assert all(elapsed < 2000 for _, elapsed in sizes)


def test_retry_after_is_honoured(scenario):
    log = scenario["site"].server.access_log
    times = [e["time"] for e in log if e["path"] == "/news/throttled/"]
    assert times[1] - times[0] >= 1.0


def test_failed_urls_are_retried_by_later_runs_then_declared_dead(scenario):
    site, dsn = scenario["site"], scenario["dsn"]
    dead = scenario["figures"]["dead"]
    assert dead[site.url(ALWAYS_DOWN)] == "gave up after 2 runs: http_error 503"
    assert dead[site.url("/news/gone/")] == "http_error 410"
    assert dead[site.url("/private/secret/")] == "robots_disallowed"
    assert site.url("/news/down-then-up/") not in dead
    assert site.server.count(ALWAYS_DOWN) == 6  # 3 attempts in each of 2 runs, none after
    assert [r[:2] for r in ledger(dsn, "/news/down-then-up/")] == \
        [("http_error", 503)] * 3 + [("ok", 200), ("not_modified", 304)]  # runs 1, 2, 3


def test_later_runs_send_conditional_requests(scenario):
    figures, report = scenario["figures"], scenario["report"]
    run2, run3 = report["runs"][1], report["runs"][2]
    assert figures["conditional_requests_per_run"][1] >= 1  # the feed
    assert run2["discover"]["errors"] == 0
    assert run3["fetch"]["outcomes"] == {"not_modified": len(RECOVERABLE)}
    assert figures["conditional_requests_per_run"][2] >= len(RECOVERABLE) + 1
    assert run3["process"]["inserted"] == 0 and run3["process"]["updated"] == 0


def test_loaded_articles_are_not_fetched_again(scenario):
    site = scenario["site"]
    first = scenario["report"]["runs"][1]["first_request"]
    last = scenario["report"]["runs"][2]["first_request"]
    second_run = site.server.paths()[first:last]
    assert not [p for p in second_run if p.startswith("/news/plain-")]
