"""Per-host request spacing within one process (thread-safe).

Spacing across processes and runs is the job of Airflow pools (one slot per
source task); this keeps the requests of one worker at or below the host's rate.
Setting: DEFAULT_RATE_LIMIT_PER_S (per-source ``rate_limit_per_s`` overrides it).
"""

from __future__ import annotations

import threading
import time


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
