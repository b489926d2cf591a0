"""Run the fetch stage over the fault site three times and gather the figures.

1. run 1: discover, then two fetch_source at once (a daily run and a backfill of the
   same day, sharing the warehouse limiter) under tracemalloc, then process;
2. run 2: the site's down page has recovered; discover (conditional feed), fetch
   (picks up the run-1 leftovers, declares the always-down page dead), process;
3. run 3 with REFETCH_LOADED: every stored page is asked for again, conditionally.

Used by tests/faults/test_fault_injection.py and bench/bench_fetch.py.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
import tracemalloc
from collections import Counter
from concurrent.futures import ThreadPoolExecutor


from fault_site import INTERVAL, FaultSite
from support.db import query
from scrapers.pipeline import discover_source, fetch_source, process_source


def run_scenario(site: FaultSite, dsn: str) -> dict:
    """The three runs; returns per-run summaries, peak memory and timings."""
    source = site.source()
    report: dict = {"runs": []}
    started = time.monotonic()
    discover_source(source, INTERVAL, dsn)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    first = len(site.server.access_log)
    with ThreadPoolExecutor(2) as pool:
        daily = pool.submit(fetch_source, source, INTERVAL, dsn)
        backfill = pool.submit(fetch_source, source, INTERVAL, dsn, backfill=True)
        fetched = [daily.result(), backfill.result()]
    report["fetch_windows"] = [(first, len(site.server.access_log))]
    report["peak_traced_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    report["rss_growth_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    report["runs"].append({"fetch": fetched, "process": process_source(source, INTERVAL, dsn),
                           "requests": len(site.server.access_log)})
    site.down = False
    report["runs"].append(run_once(site, dsn, report))
    os.environ["NEWSETL_REFETCH_LOADED"] = "1"
    try:
        report["runs"].append(run_once(site, dsn, report))
    finally:
        del os.environ["NEWSETL_REFETCH_LOADED"]
    report["seconds"] = time.monotonic() - started
    return report


def run_once(site: FaultSite, dsn: str, report: dict) -> dict:
    source = site.source()
    first = len(site.server.access_log)
    summary = {"discover": discover_source(source, INTERVAL, dsn)}
    fetch_first = len(site.server.access_log)
    summary["fetch"] = fetch_source(source, INTERVAL, dsn)
    report["fetch_windows"].append((fetch_first, len(site.server.access_log)))
    summary["process"] = process_source(source, INTERVAL, dsn)
    summary["requests"] = len(site.server.access_log) - first
    summary["first_request"] = first
    return summary


def collect_figures(site: FaultSite, dsn: str, report: dict) -> dict:
    """The figures the suite asserts and the bench prints."""
    log = site.server.access_log
    times = [entry["time"] for entry in log]
    windows = [times[a:b] for a, b in report["fetch_windows"]]
    gaps = [b - a for w in windows for a, b in zip(w, w[1:])]
    ledger = query(dsn, "SELECT outcome, count(*) FROM news.fetches GROUP BY 1 ORDER BY 2 DESC")
    bounds = [run["first_request"] for run in report["runs"][1:]]
    return {
        "requests": len(log),
        "requests_per_run": [r["requests"] for r in report["runs"]],
        "retries": query(dsn, "SELECT count(*) FROM news.fetches WHERE attempt > 1")[0][0],
        "ledger_rows": sum(n for _, n in ledger),
        "outcomes": dict(ledger),
        "max_concurrency_per_host": site.server.max_active,
        "min_gap_s": round(min(gaps), 4),  # between requests of the fetch stages
        "median_gap_s": round(statistics.median(gaps), 4),
        "max_requests_in_any_second": max(max_in_window(w, 1.0) for w in windows),
        "min_gap_all_stages_s": round(min(b - a for a, b in zip(times, times[1:])), 4),
        "requests_to_other_host": len(site.other.access_log),
        "requests_to_disallowed": sum(1 for e in log if e["path"].startswith("/private/")),
        "peak_traced_mb": round(report["peak_traced_mb"], 1),
        "rss_growth_mb": round(report["rss_growth_mb"], 1),
        "conditional_requests_per_run": [conditional_count(log, a, b) for a, b in
                                         zip([0, *bounds], [*bounds, len(log)])],
        "url_states": dict(query(dsn, "SELECT state, count(*) FROM news.url_states GROUP BY 1")),
        "dead": dict(query(dsn, "SELECT url, dead_reason FROM news.url_states WHERE state = 'dead'")),
        "articles": query(dsn, "SELECT count(*), count(DISTINCT url) FROM news.articles")[0],
        "seconds": round(report["seconds"], 1),
    }


def max_in_window(times: list[float], window: float) -> int:
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def conditional_count(log: list[dict], first: int, last: int) -> int:
    return sum(1 for e in log[first:last] if "If-None-Match" in e["headers"])


def page_requests(site: FaultSite) -> Counter:
    return Counter(site.server.paths())


