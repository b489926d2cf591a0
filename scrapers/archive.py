"""The raw archive: latest response per URL (gzip HTML) and the fetch ledger.

Every SQL statement is parameterized. No settings.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable

import psycopg2.extras

from scrapers.fetcher import FetchAttempt, FetchResult

_KEPT_HEADERS = ("content-type", "etag", "last-modified", "date", "content-language",
                 "cache-control", "retry-after")


def record_fetches(cur, source_id: str, attempts: Iterable[FetchAttempt]) -> int:
    """Append the ledger rows of ``attempts`` (one per request sent or refused)."""
    rows = [(source_id, a.url, a.requested_at, a.status, a.outcome, a.bytes, a.elapsed_ms,
             a.attempt, a.error, a.conditional) for a in attempts]
    if rows:
        psycopg2.extras.execute_values(cur, """
            INSERT INTO news.fetches (source_id, url, requested_at, status, outcome, bytes,
                                      elapsed_ms, attempt, error, conditional) VALUES %s""", rows)
    return len(rows)


def store_result(cur, source_id: str, result: FetchResult) -> None:
    """Save the page of a successful (or 304) fetch and append its ledger rows."""
    if result.outcome in {"ok", "not_modified"}:
        save_page(cur, source_id, result)
    record_fetches(cur, source_id, result.attempts)


def save_page(cur, source_id: str, result: FetchResult) -> None:
    """Store a successful response (compressed); a 304 only refreshes fetched_at."""
    fetched_at = result.attempts[-1].requested_at
    if result.outcome == "not_modified":
        cur.execute("UPDATE news.pages SET fetched_at = %s WHERE url = %s", (fetched_at, result.url))
        return
    headers = {k: v for k, v in result.headers.items() if k in _KEPT_HEADERS}
    cur.execute("""
        INSERT INTO news.pages (url, source_id, final_url, status, content_type, headers, etag,
                                last_modified, html_gz, fetched_at)
        VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
        ON CONFLICT (url) DO UPDATE SET
            final_url = EXCLUDED.final_url, status = EXCLUDED.status,
            content_type = EXCLUDED.content_type, headers = EXCLUDED.headers,
            etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
            html_gz = EXCLUDED.html_gz, fetched_at = EXCLUDED.fetched_at
    """, (result.url, source_id, result.final_url or result.url, result.status,
          result.content_type or None, psycopg2.extras.Json(headers), headers.get("etag"),
          headers.get("last-modified"), gzip.compress(result.body or b"", 6), fetched_at))


def load_validators(cur, url: str) -> dict:
    """ETag / Last-Modified of the stored copy of ``url``, for a conditional GET."""
    cur.execute("SELECT etag, last_modified FROM news.pages WHERE url = %s", (url,))
    row = cur.fetchone()
    return {"etag": row[0], "last_modified": row[1]} if row else {}


def load_page_bodies(cur, urls: list[str]) -> Iterable[tuple[str, str, bytes]]:
    """(url, final_url, html bytes) of the stored pages among ``urls``."""
    cur.execute("SELECT url, final_url, html_gz FROM news.pages WHERE url = ANY(%s) "
                "AND html_gz IS NOT NULL ORDER BY url", (urls,))
    for url, final_url, html_gz in cur.fetchall():
        yield url, final_url, gzip.decompress(bytes(html_gz))


def load_stored_body(cur, url: str) -> bytes | None:
    cur.execute("SELECT html_gz FROM news.pages WHERE url = %s", (url,))
    row = cur.fetchone()
    return gzip.decompress(bytes(row[0])) if row and row[0] is not None else None
