"""Per-host politeness shared by every worker and run, kept in PostgreSQL.

Two rules hold across processes (Airflow tasks, a daily run and a backfill at
the same time, ``newsetl run`` beside the scheduler):

* spacing: each request books the host's next slot in ``news.host_slots`` with
  one atomic upsert (``next_at = greatest(next_at, now) + delay``); the row lock
  serialises bookers and the database clock is the only clock;
* concurrency: at most HOST_CONCURRENCY requests per host are in flight, each
  holding a session advisory lock (released by PostgreSQL if the process dies).

A backfill passes ``slowdown`` (BACKFILL_DELAY_FACTOR) to space its requests
wider; a daily run and a backfill share the same slots, so together they never
exceed the host's rate. Same interface as :class:`scrapers.throttle.HostThrottle`.
Settings: HOST_CONCURRENCY, BACKFILL_DELAY_FACTOR (via the caller).
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterator

from scrapers import warehouse
from scrapers.errors import NewsetlError
from scrapers.settings import get_setting

_POLL_S = 0.02  # first wait between tries for a free concurrency slot (doubles up to 1 s)

_BOOK_SLOT = """
INSERT INTO news.host_slots AS s (host, next_at)
VALUES (%(host)s, clock_timestamp() + make_interval(secs => %(delay)s))
ON CONFLICT (host) DO UPDATE
SET next_at = greatest(s.next_at, clock_timestamp()) + make_interval(secs => %(delay)s)
RETURNING extract(epoch FROM s.next_at - clock_timestamp())::float8 - %(delay)s
"""

_DEFER_HOST = """
INSERT INTO news.host_slots AS s (host, next_at, deferred_at)
VALUES (%(host)s, clock_timestamp() + make_interval(secs => %(secs)s), clock_timestamp())
ON CONFLICT (host) DO UPDATE
SET next_at = greatest(s.next_at, EXCLUDED.next_at), deferred_at = EXCLUDED.deferred_at
"""


class HostBusy(NewsetlError):
    """Every request slot of a host stayed taken for too long."""


class HostLimiter:
    """Book request slots per host in the warehouse; use as a context manager."""

    def __init__(self, dsn: str | None = None, slowdown: float = 1.0, sleep=time.sleep):
        self._dsn = dsn
        self._slowdown = max(1.0, float(slowdown))
        self._concurrency = max(1, int(get_setting("HOST_CONCURRENCY")))
        self._sleep = sleep
        self._delay: dict[str, float] = {}
        self._held: set[tuple[str, int]] = set()
        self._lock = threading.Lock()
        self._conn = None

    def __enter__(self) -> HostLimiter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()  # releases any advisory lock still held
                self._conn = None

    def set_delay(self, host: str, seconds: float) -> None:
        """Set (or raise, e.g. from robots.txt Crawl-delay) the spacing for ``host``."""
        with self._lock:
            self._delay[host] = max(seconds, self._delay.get(host, 0.0))

    def delay_of(self, host: str) -> float:
        return self._delay.get(host, 0.0) * self._slowdown

    @contextlib.contextmanager
    def turn(self, host: str) -> Iterator[None]:
        """Hold one of the host's concurrency slots and wait for its next booked
        start; the request runs in the ``with`` body, the slot is freed after it."""
        slot = self._acquire_slot(host)
        try:
            wait = self._execute(_BOOK_SLOT, {"host": host, "delay": self.delay_of(host)})
            if wait > 0:
                self._sleep(wait)
            yield
        finally:
            self._release_slot(host, slot)

    def defer(self, host: str, seconds: float) -> None:
        """Push the host's next slot at least ``seconds`` away, for every process."""
        self._execute(_DEFER_HOST, {"host": host, "secs": float(seconds)})

    def _acquire_slot(self, host: str) -> int:
        """Take a free concurrency slot of ``host``; poll with a growing pause, and give
        up (HostBusy, recorded as a transient fetch_error) after HOST_WAIT_MAX_S."""
        deadline = time.monotonic() + float(get_setting("HOST_WAIT_MAX_S"))
        pause = _POLL_S
        while True:
            for slot in random.sample(range(self._concurrency), self._concurrency):
                with self._lock:
                    if (host, slot) in self._held:
                        continue  # advisory locks are re-entrant within one session
                    with self._connection().cursor() as cur:
                        cur.execute("SELECT pg_try_advisory_lock(hashtext(%s), %s)", (host, slot))
                        if cur.fetchone()[0]:
                            self._held.add((host, slot))
                            return slot
            if time.monotonic() > deadline:
                raise HostBusy(f"no free request slot for {host} after {get_setting('HOST_WAIT_MAX_S')} s")
            self._sleep(pause)
            pause = min(pause * 2, 1.0)

    def _release_slot(self, host: str, slot: int) -> None:
        with self._lock:
            self._held.discard((host, slot))
            if self._conn is not None:
                with self._conn.cursor() as cur:
                    cur.execute("SELECT pg_advisory_unlock(hashtext(%s), %s)", (host, slot))

    def _execute(self, sql: str, params: dict) -> float:
        with self._lock, self._connection().cursor() as cur:
            cur.execute(sql, params)
            row = cur.fetchone() if cur.description else None
        return float(row[0]) if row else 0.0

    def _connection(self):
        if self._conn is None:
            self._conn = warehouse.connect_warehouse(self._dsn)
            self._conn.autocommit = True
        return self._conn
