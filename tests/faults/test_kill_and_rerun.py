"""kill -9 in the middle of `newsetl run`, then run again: nothing lost, nothing twice.

The site answers each article slowly; the first run is killed with SIGKILL once a few
pages are fetched. The rerun must pick up where it stopped (pages already fetched are
not asked for again) and load every article exactly once.
"""

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, drop_database, make_database, query
from fault_site import saved_pages
from scrapers.commands import upgrade_warehouse
from support.loopback import LoopbackServer, Reply

ARTICLES = [f"/news/story-{i}/" for i in range(12)]
PAGE_DELAY_S = 0.3


def feed(base: str) -> bytes:
    items = "".join(f"<item><title>t</title><link>{base}{p}</link>"
                    f"<pubDate>Tue, 04 Mar 2025 10:{i:02d}:00 GMT</pubDate></item>"
                    for i, p in enumerate(ARTICLES))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>S</title>{items}</channel></rss>'.encode()


@pytest.fixture
def slow_site():
    server = LoopbackServer({})
    pages = saved_pages()
    server.routes.update({p: Reply(body=pages[i % len(pages)], delay_s=PAGE_DELAY_S)
                          for i, p in enumerate(ARTICLES)})
    server.routes["/feed.xml"] = Reply(body=feed(server.base_url),
                                       headers={"Content-Type": "application/rss+xml"})
    with server:
        yield server


@pytest.fixture
def fresh_dsn():
    dsn = make_database("newsetl_kill")
    upgrade_warehouse(dsn)
    yield dsn
    drop_database(dsn)


def start_run(sources, dsn) -> subprocess.Popen:
    env = {**os.environ, "NEWSETL_DATABASE_URL": dsn, "NEWSETL_BACKOFF_BASE_S": "0.01"}
    return subprocess.Popen([sys.executable, "-m", "scrapers", "run", "--sources", str(sources),
                             "--since", "2025-03-04", "--until", "2025-03-04"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_fetched(dsn, count: int, timeout_s: float = 60) -> int:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done = query(dsn, "SELECT count(*) FROM news.url_states WHERE state = 'fetched'")[0][0]
        if done >= count:
            return done
        time.sleep(0.05)
    raise AssertionError("the first run never got going")


def test_kill_9_mid_fetch_then_rerun_loads_everything_once(slow_site, fresh_dsn, tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - id: slow-news\n    homepage: {slow_site.base_url}/\n"
                       f"    feeds: [{slow_site.base_url}/feed.xml]\n    rate_limit_per_s: 50\n")
    first = start_run(sources, fresh_dsn)
    fetched_at_kill = wait_for_fetched(fresh_dsn, 4)
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=10)
    assert first.returncode == -signal.SIGKILL
    assert fetched_at_kill < len(ARTICLES)
    assert query(fresh_dsn, "SELECT count(*) FROM news.articles")[0][0] == 0  # died before loading
    requested_before = sum(slow_site.count(p) for p in ARTICLES)

    second = start_run(sources, fresh_dsn)
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    rows = query(fresh_dsn, "SELECT url, count(*) FROM news.articles GROUP BY url")
    assert sorted(u for u, _ in rows) == sorted(slow_site.base_url + p for p in ARTICLES)
    assert all(n == 1 for _, n in rows)
    counts = [slow_site.count(p) for p in ARTICLES]
    assert sum(counts) <= len(ARTICLES) + 1  # only the page in flight at the kill is asked twice
    assert max(counts) <= 2
    print(f"\nkill -9 + rerun: killed with {fetched_at_kill} of {len(ARTICLES)} pages fetched "
          f"({requested_before} page requests sent); rerun loaded {len(rows)} articles, each once; "
          f"page requests in total {sum(counts)}")
