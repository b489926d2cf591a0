"""Where each article URL stands in the fetch stage: pending, fetched or dead.

The fetch stage registers the interval's URLs as ``pending`` before fetching, so
a run that dies half way loses nothing: the next run (of any interval) picks up
every pending URL whose time has come. After each fetch the URL becomes:

* ``fetched`` — ok or 304: the page is in ``news.pages``;
* ``pending`` again — a transient failure (timeout, connection error, 408/429/5xx,
  robots.txt unreachable): retried by a later run after FETCH_RETRY_DELAY_S,
  doubled per failed run, or after the server's Retry-After if longer;
* ``dead`` — a final answer (404, 410, robots_disallowed, off-site or looping
  redirect, too large, not HTML, ...) or MAX_FETCH_RUNS transient failures;
  ``dead_reason`` says why. A dead URL is not fetched again.

Settings: MAX_FETCH_RUNS, FETCH_RETRY_DELAY_S. Every SQL statement is parameterized.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import psycopg2.extras

from scrapers.fetcher import RETRYABLE_STATUSES, FetchResult
from scrapers.settings import get_setting

DONE_OUTCOMES = frozenset({"ok", "not_modified"})
TRANSIENT_OUTCOMES = frozenset({"timeout", "connection_error", "robots_unavailable", "fetch_error"})


def is_transient(result: FetchResult) -> bool:
    """True when trying the same URL later may succeed."""
    if result.outcome in TRANSIENT_OUTCOMES:
        return True
    return result.outcome == "http_error" and result.status in RETRYABLE_STATUSES


def register_urls(cur, source_id: str, urls: list[str]) -> int:
    """Add ``urls`` as pending (a URL already known keeps its state); return how many are new."""
    if not urls:
        return 0
    rows = psycopg2.extras.execute_values(cur, """
        INSERT INTO news.url_states (url, source_id) VALUES %s
        ON CONFLICT (url) DO NOTHING RETURNING url""", [(u, source_id) for u in urls], fetch=True)
    return len(rows)


def select_due_urls(cur, source_id: str, first: list[str], refetch: list[str], limit: int) -> list[str]:
    """Pending URLs of the source due now and not loaded as articles — ``first`` ones
    first, then earlier runs' leftovers, oldest first — plus ``refetch`` (any state
    but dead)."""
    cur.execute("""
        SELECT s.url FROM news.url_states s
        WHERE s.source_id = %(source)s
          AND ((s.state = 'pending' AND s.next_attempt_at <= clock_timestamp()
                AND NOT EXISTS (SELECT 1 FROM news.articles a WHERE a.url = s.url))
               OR (s.state <> 'dead' AND s.url = ANY(%(refetch)s)))
        ORDER BY s.url = ANY(%(first)s) DESC, s.first_seen_at, s.url
        LIMIT %(limit)s""", {"source": source_id, "first": first, "refetch": refetch, "limit": limit})
    return [row[0] for row in cur.fetchall()]


def claim_url(cur, url: str, run_started_at: datetime, refetch: bool = False) -> bool:
    """Lock the URL's row for this transaction if it is still to be fetched; False when
    another run holds it, fetched or tried it since ``run_started_at``, or it is dead."""
    cur.execute("""
        SELECT 1 FROM news.url_states s
        WHERE s.url = %(url)s
          AND (s.last_attempt_at IS NULL OR s.last_attempt_at < %(since)s)
          AND ((s.state = 'pending' AND s.next_attempt_at <= clock_timestamp()
                AND NOT EXISTS (SELECT 1 FROM news.articles a WHERE a.url = s.url))
               OR (%(refetch)s AND s.state <> 'dead'))
        FOR UPDATE SKIP LOCKED""", {"url": url, "since": run_started_at, "refetch": refetch})
    return cur.fetchone() is not None


def select_loaded_urls(cur, urls: list[str]) -> set[str]:
    cur.execute("SELECT url FROM news.articles WHERE url = ANY(%s)", (urls,))
    return {row[0] for row in cur.fetchall()}


def select_fetched_unloaded_urls(cur, source_id: str, limit: int) -> list[str]:
    """URLs fetched (page stored) but not loaded as articles: what a process stage
    should add to its interval's URLs so that a late retry is loaded too."""
    cur.execute("""
        SELECT s.url FROM news.url_states s JOIN news.pages p USING (url)
        WHERE s.source_id = %s AND s.state = 'fetched'
          AND NOT EXISTS (SELECT 1 FROM news.articles a WHERE a.url = s.url)
        ORDER BY s.fetched_at LIMIT %s""", (source_id, limit))
    return [row[0] for row in cur.fetchall()]


def record_result(cur, source_id: str, result: FetchResult) -> str:
    """Move the URL to its next state after ``result``; return that state."""
    cur.execute("SELECT attempts FROM news.url_states WHERE url = %s FOR UPDATE", (result.url,))
    row = cur.fetchone()
    attempts = (row[0] if row else 0) + 1
    now = select_clock(cur)
    state, next_at, dead_reason = _next_state(result, attempts, now)
    error = result.attempts[-1].error if result.attempts else None
    cur.execute("""
        INSERT INTO news.url_states AS s (url, source_id, state, attempts, last_outcome, last_status,
            last_error, last_attempt_at, next_attempt_at, fetched_at, dead_at, dead_reason)
        VALUES (%(url)s, %(source)s, %(state)s, %(attempts)s, %(outcome)s, %(status)s, %(error)s,
            %(now)s, %(next_at)s, %(fetched_at)s, %(dead_at)s, %(dead_reason)s)
        ON CONFLICT (url) DO UPDATE SET state = EXCLUDED.state, attempts = EXCLUDED.attempts,
            last_outcome = EXCLUDED.last_outcome, last_status = EXCLUDED.last_status,
            last_error = EXCLUDED.last_error, last_attempt_at = EXCLUDED.last_attempt_at,
            next_attempt_at = EXCLUDED.next_attempt_at,
            fetched_at = coalesce(EXCLUDED.fetched_at, s.fetched_at),
            dead_at = EXCLUDED.dead_at, dead_reason = EXCLUDED.dead_reason""",
                {"url": result.url, "source": source_id, "state": state, "attempts": attempts,
                 "outcome": result.outcome, "status": result.status,
                 "error": error, "now": now, "next_at": next_at,
                 "fetched_at": now if state == "fetched" else None,
                 "dead_at": now if state == "dead" else None, "dead_reason": dead_reason})
    return state


def _next_state(result: FetchResult, attempts: int, now: datetime) -> tuple[str, datetime, str | None]:
    if result.outcome in DONE_OUTCOMES:
        return "fetched", now, None
    reason = result.outcome + (f" {result.status}" if result.status else "")
    if not is_transient(result):
        return "dead", now, reason
    if attempts >= int(get_setting("MAX_FETCH_RUNS")):
        return "dead", now, f"gave up after {attempts} runs: {reason}"
    wait = float(get_setting("FETCH_RETRY_DELAY_S")) * 2 ** (attempts - 1)
    return "pending", now + timedelta(seconds=max(wait, result.retry_after or 0.0)), None


def select_clock(cur) -> datetime:
    """The warehouse's clock: every url_states time is compared with clock_timestamp()
    in SQL, so it is written from that clock too, never from a worker's."""
    cur.execute("SELECT clock_timestamp()")
    return cur.fetchone()[0]


def mark_unusable(cur, reasons: dict[str, str]) -> None:
    """Fetched pages that gave no article (reasons: url -> why) are done with: state dead.
    `newsetl reprocess` still reads them from the archive when the rules improve."""
    for url, reason in reasons.items():
        cur.execute("""UPDATE news.url_states SET state = 'dead', dead_at = now(), dead_reason = %s
                       WHERE url = %s AND state = 'fetched'""", (reason, url))

