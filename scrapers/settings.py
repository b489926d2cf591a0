"""Every setting newsetl reads, with its default and what it does.

This module is the single source of truth (as Scrapy's default_settings): the
components read their own keys through :func:`get_setting`, which lets an
environment variable ``NEWSETL_<KEY>`` override the default.
"""

from __future__ import annotations

import os

DEFAULTS: dict[str, object] = {
    # Warehouse DSN (libpq URL). Inside Airflow the `news_warehouse` connection wins.
    "DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/newsetl",
    # YAML file listing the sources (see sources.yaml).
    "SOURCES": "sources.yaml",
    # Honest User-Agent with a contact URL; never a browser string.
    "USER_AGENT": "newsetl/0.1 (+https://github.com/newsetl/newsetl; news ETL bot)",
    # Seconds to wait for a connection / between bytes of a response.
    "CONNECT_TIMEOUT_S": 5.0,
    "READ_TIMEOUT_S": 20.0,
    # Attempts per request for connection errors, 429 and 5xx (first try included).
    "MAX_ATTEMPTS": 3,
    # Base of the exponential backoff between attempts, and its ceiling.
    "BACKOFF_BASE_S": 1.0,
    "BACKOFF_MAX_S": 60.0,
    # Largest response body kept, in bytes (larger ones are abandoned while streaming).
    "MAX_RESPONSE_BYTES": 10 * 1024 * 1024,
    # Redirect hops followed before giving up.
    "MAX_REDIRECTS": 5,
    # Requests per second per host when a source gives no rate_limit_per_s.
    "DEFAULT_RATE_LIMIT_PER_S": 1.0,
    # Obey robots.txt (turning this off is for tests of our own sites only).
    "OBEY_ROBOTS": True,
    # Pages whose extracted text has fewer words are not loaded (broken or empty pages).
    "MIN_ARTICLE_WORDS": 20,
    # Longest wait for a free request slot of a host before the fetch counts as failed (retried later).
    "HOST_WAIT_MAX_S": 600.0,
    # Sitemap indexes are followed this deep, and at most this many sitemaps per source and run.
    "MAX_SITEMAP_DEPTH": 3,
    "MAX_SITEMAPS_PER_SOURCE": 50,
    # Articles per load transaction.
    "LOAD_BATCH_SIZE": 200,
    # Most articles fetched per source per run (a guard against runaway sitemaps).
    "MAX_ARTICLES_PER_RUN": 500,
    # Longest a whole response may take, in seconds (a server trickling bytes is cut off).
    "MAX_FETCH_S": 60.0,
    # Requests in flight at once per host, across every worker and run (PostgreSQL locks).
    "HOST_CONCURRENCY": 1,
    # Backfill runs space their requests this many times wider than the host's rate.
    "BACKFILL_DELAY_FACTOR": 2.0,
    # Fetch runs that may try a URL failing transiently (timeouts, 429, 5xx) before it is dead.
    "MAX_FETCH_RUNS": 5,
    # Wait before a later run retries such a URL, in seconds; doubles with each failed run.
    "FETCH_RETRY_DELAY_S": 900.0,
    # Fetch again (conditionally) articles that are already loaded.
    "REFETCH_LOADED": False,
}


def get_setting(key: str) -> object:
    """Return setting ``key``: env ``NEWSETL_<KEY>`` if set, else the default, cast to its type."""
    default = DEFAULTS[key]
    raw = os.environ.get(f"NEWSETL_{key}")
    if raw is None:
        return default
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, (int, float)):
        return type(default)(raw)
    return raw
