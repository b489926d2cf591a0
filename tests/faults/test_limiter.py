"""The warehouse-wide host limiter: limiters on separate connections share spacing and slots."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from conftest import query
from scrapers.limiter import HostLimiter


def take_turns(dsn, host, delay, turns, slowdown=1.0, hold_s=0.0):
    """Take ``turns`` turns at ``host``; return (start time, end time) of each."""
    spans = []
    with HostLimiter(dsn, slowdown) as limiter:
        limiter.set_delay(host, delay)
        for _ in range(turns):
            with limiter.turn(host):
                started = time.monotonic()
                time.sleep(hold_s)
                spans.append((started, time.monotonic()))
    return spans


def test_spacing_and_concurrency_are_shared_between_limiters(clean_warehouse):
    host = f"spacing-{threading.get_ident()}.example"
    with ThreadPoolExecutor(3) as pool:
        runs = [pool.submit(take_turns, clean_warehouse, host, 0.05, 5, hold_s=0.08) for _ in range(3)]
        spans = sorted(s for run in runs for s in run.result())
    starts = [a for a, _ in spans]
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.04
    assert all(end <= next_start + 0.005 for (_, end), (next_start, _) in zip(spans, spans[1:]))


def test_backfill_spaces_wider_and_defer_pushes_every_limiter_back(clean_warehouse):
    host = "backfill.example"
    starts = [a for a, _ in take_turns(clean_warehouse, host, 0.05, 4, slowdown=2.0)]
    # spaced 0.1 s apart (0.05 s slowed down twice), read on the local clock while the slots are kept on the
    # warehouse's: allow 20 ms between the two clocks, still far above the unslowed 0.05 s
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.08
    with HostLimiter(clean_warehouse) as first, HostLimiter(clean_warehouse) as second:
        first.defer(host, 0.5)
        before = time.monotonic()
        with second.turn(host):
            assert time.monotonic() - before >= 0.45
    assert query(clean_warehouse, "SELECT count(*) FROM news.host_slots WHERE host = %s", (host,)) == [(1,)]


def test_a_host_busy_too_long_gives_up_with_a_named_error(clean_warehouse, monkeypatch):
    import pytest

    from scrapers.limiter import HostBusy
    monkeypatch.setenv("NEWSETL_HOST_WAIT_MAX_S", "0.3")
    with HostLimiter(clean_warehouse) as holder, HostLimiter(clean_warehouse) as waiter:
        with holder.turn("busy.example"):
            started = time.monotonic()
            with pytest.raises(HostBusy, match="busy.example"):
                with waiter.turn("busy.example"):
                    pass
            assert time.monotonic() - started < 3
