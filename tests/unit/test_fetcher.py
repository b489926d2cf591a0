"""The fetcher against a real HTTP server on loopback."""

import gzip

import pytest

from scrapers.fetcher import Fetcher
from scrapers.sources import Source
from support.loopback import LoopbackServer, Reply

HTML = b"<html><body><p>hello</p></body></html>"
ROBOTS = {"Content-Type": "text/plain"}


def make_source(base_url: str, **extra) -> Source:
    return Source(id="t", name="T", homepage=base_url + "/", feeds=(base_url + "/feed.xml",),
                  rate_limit_per_s=50, **extra)


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setenv("NEWSETL_BACKOFF_BASE_S", "0.01")
    monkeypatch.setenv("NEWSETL_MAX_RESPONSE_BYTES", "100000")
    monkeypatch.setenv("NEWSETL_READ_TIMEOUT_S", "0.5")


def fetch_all(routes, *paths, sleep=lambda s: None, **kwargs):
    with LoopbackServer(routes) as server:
        fetcher = Fetcher(make_source(server.base_url), sleep=sleep)
        results = [fetcher.fetch(server.base_url + p, **kwargs) for p in paths]
    return server, results


def page_outcomes(result) -> list[str]:
    """Outcomes of the page requests of a fetch (robots.txt rows left out)."""
    return [a.outcome for a in result.attempts if not a.url.endswith("/robots.txt")]


def test_ok_page_with_honest_user_agent():
    server, (result,) = fetch_all({"/a": Reply(body=HTML)}, "/a")
    assert result.ok and result.body == HTML and result.status == 200
    ua = server.access_log[-1]["headers"]["User-Agent"]
    assert "newsetl" in ua and "Mozilla" not in ua


def test_robots_request_is_in_the_ledger_once_per_host():
    server, (first, second) = fetch_all({"/a": Reply(body=HTML)}, "/a", "/a")
    assert [a.url.rsplit("/", 1)[1] for a in first.attempts] == ["robots.txt", "a"]
    assert first.attempts[0].status == 404 and len(second.attempts) == 1
    assert server.count("/robots.txt") == 1


def test_retries_5xx_then_succeeds_and_404_is_final():
    routes = {"/flaky": [Reply(503), Reply(503), Reply(body=HTML)], "/gone": Reply(404)}
    server, (flaky, gone) = fetch_all(routes, "/flaky", "/gone")
    assert flaky.ok and page_outcomes(flaky) == ["http_error", "http_error", "ok"]
    assert [a.attempt for a in flaky.attempts[1:]] == [1, 2, 3]
    assert gone.outcome == "http_error" and len(gone.attempts) == 1
    assert server.count("/gone") == 1


def test_retry_after_is_honoured_and_a_long_one_ends_the_attempts():
    slept = []
    routes = {"/busy": [Reply(429, headers={"Retry-After": "2"}), Reply(body=HTML)],
              "/closed": Reply(503, headers={"Retry-After": "3600"})}
    server, (busy, closed) = fetch_all(routes, "/busy", "/closed", sleep=slept.append)
    assert busy.ok and page_outcomes(busy) == ["http_error", "ok"]
    assert 2.0 in slept  # the backoff obeys Retry-After (the throttle adds the deferred slot)
    assert closed.outcome == "http_error" and closed.retry_after == 3600.0
    assert server.count("/closed") == 1  # a later run retries it


def test_robots_disallowed_is_never_requested():
    routes = {"/robots.txt": Reply(body=b"User-agent: *\nDisallow: /private/", headers=ROBOTS),
              "/private/x": Reply(body=HTML)}
    server, (result,) = fetch_all(routes, "/private/x")
    assert result.outcome == "robots_disallowed"
    assert "/private/x" not in server.paths()


def test_robots_server_error_refuses_the_host_for_the_run():
    routes = {"/robots.txt": Reply(503), "/a": Reply(body=HTML)}
    server, (first, second) = fetch_all(routes, "/a", "/a")
    assert first.outcome == second.outcome == "robots_unavailable"
    assert "/a" not in server.paths() and server.count("/robots.txt") == 1


def test_crawl_delay_raises_the_spacing():
    routes = {"/robots.txt": Reply(body=b"User-agent: *\nCrawl-delay: 7", headers=ROBOTS),
              "/a": Reply(body=HTML)}
    slept = []
    with LoopbackServer(routes) as server:
        fetcher = Fetcher(make_source(server.base_url), sleep=slept.append)
        fetcher.fetch(server.base_url + "/a")
        assert fetcher.throttle._delay["127.0.0.1"] == 7.0


def test_offsite_redirect_and_loop_are_refused():
    routes = {"/off": Reply(302, headers={"Location": "http://elsewhere.invalid/x"}),
              "/loop1": Reply(302, headers={"Location": "/loop2"}),
              "/loop2": Reply(302, headers={"Location": "/loop1"})}
    _, (off, loop) = fetch_all(routes, "/off", "/loop1")
    assert off.outcome == "offsite_redirect"
    assert off.attempts[-1].url == "http://elsewhere.invalid/x" and off.attempts[-1].status is None
    assert loop.outcome == "redirect_loop"


def test_size_cap_gzip_bomb_and_non_html():
    bomb = gzip.compress(b"a" * 5_000_000)
    routes = {"/big": Reply(body=b"x" * 200_000),
              "/streamed": Reply(chunks=lambda: (b"y" * 65536 for _ in range(20))),
              "/bomb": Reply(body=bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}),
              "/pdf": Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})}
    _, results = fetch_all(routes, "/big", "/streamed", "/bomb", "/pdf")
    assert [r.outcome for r in results] == ["too_large", "too_large", "too_large", "not_html"]
    assert all(r.body is None for r in results)


def test_timeout_is_retried():
    routes = {"/slow": [Reply(body=HTML, delay_s=1.0), Reply(body=HTML)]}
    _, (result,) = fetch_all(routes, "/slow")
    assert result.ok and page_outcomes(result) == ["timeout", "ok"]


def test_trickling_response_is_cut_at_the_total_deadline(monkeypatch):
    monkeypatch.setenv("NEWSETL_MAX_FETCH_S", "0.3")
    monkeypatch.setenv("NEWSETL_MAX_ATTEMPTS", "1")

    def trickle():
        import time
        for _ in range(50):
            time.sleep(0.05)
            yield b"<p>x</p>"
    _, (result,) = fetch_all({"/trickle": Reply(chunks=trickle)}, "/trickle")
    assert result.outcome == "timeout" and "longer than" in result.attempts[-1].error


def test_conditional_get_gives_not_modified():
    def reply(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return Reply(304)
        return Reply(body=HTML, headers={"Content-Type": "text/html", "ETag": '"v1"'})
    _, (first, second) = fetch_all({"/c": reply}, "/c", "/c")
    assert first.ok and first.headers["etag"] == '"v1"'
    _, (again,) = fetch_all({"/c": reply}, "/c", validators={"etag": '"v1"'})
    assert again.outcome == "not_modified" and again.attempts[-1].conditional


def test_malformed_urls_are_refused_not_raised():
    routes = {"/bad-redirect": Reply(302, headers={"Location": "http://[broken/x"})}
    with LoopbackServer(routes) as server:
        fetcher = Fetcher(make_source(server.base_url), sleep=lambda s: None)
        assert fetcher.fetch("http://[bad/").outcome == "bad_url"
        redirected = fetcher.fetch(server.base_url + "/bad-redirect")
    assert redirected.outcome == "bad_redirect"
    assert redirected.attempts[-1].outcome == redirected.outcome
