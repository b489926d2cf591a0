"""Per-host request spacing within one process (thread-safe).

The fallback for fetchers that have no warehouse (``newsetl extract URL``, unit
tests); the stages share spacing across processes and runs through
:class:`scrapers.limiter.HostLimiter`, which has the same interface:
``set_delay``, ``turn`` (a context manager around one request) and ``defer``.
Setting: DEFAULT_RATE_LIMIT_PER_S (per-source ``rate_limit_per_s`` overrides it).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator


class HostThrottle:
    """Wait so that two requests to one host are at least ``1 / rate`` seconds apart."""

    def __init__(self, clock=time.monotonic, sleep=time.sleep):
        self._next_at: dict[str, float] = {}
        self._delay: dict[str, float] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep

    def set_delay(self, host: str, seconds: float) -> None:
        """Set (or raise, e.g. from robots.txt Crawl-delay) the spacing for ``host``."""
        with self._lock:
            self._delay[host] = max(seconds, self._delay.get(host, 0.0))

    def wait_turn(self, host: str) -> None:
        """Block until ``host`` may receive its next request, and book that slot."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_at.get(host, now))
            self._next_at[host] = start + self._delay.get(host, 0.0)
        if start > now:
            self._sleep(start - now)

    @contextlib.contextmanager
    def turn(self, host: str) -> Iterator[None]:
        """Wait for ``host``'s next slot, then run the request in the ``with`` body."""
        self.wait_turn(host)
        yield

    def defer(self, host: str, seconds: float) -> None:
        """Send nothing to ``host`` for ``seconds`` (a 429 or 503 with Retry-After)."""
        with self._lock:
            now = self._clock()
            self._next_at[host] = max(self._next_at.get(host, now), now + seconds)
