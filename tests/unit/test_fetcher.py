"""The fetcher against a real HTTP server on loopback."""

import gzip

import pytest

from scrapers.fetcher import Fetcher
from scrapers.sources import Source
from support.loopback import LoopbackServer, Reply

HTML = b"<html><body><p>hello</p></body></html>"


def make_source(base_url: str, **extra) -> Source:
    return Source(id="t", name="T", homepage=base_url + "/", feeds=(base_url + "/feed.xml",),
                  rate_limit_per_s=50, **extra)


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setenv("NEWSETL_BACKOFF_BASE_S", "0.01")
    monkeypatch.setenv("NEWSETL_MAX_RESPONSE_BYTES", "100000")
    monkeypatch.setenv("NEWSETL_READ_TIMEOUT_S", "0.5")


def fetch_all(routes, *paths, **kwargs):
    with LoopbackServer(routes) as server:
        fetcher = Fetcher(make_source(server.base_url), sleep=lambda s: None)
        results = [fetcher.fetch(server.base_url + p, **kwargs) for p in paths]
    return server, results


def test_ok_page_with_honest_user_agent():
    server, (result,) = fetch_all({"/a": Reply(body=HTML)}, "/a")
    assert result.ok and result.body == HTML and result.status == 200
    ua = server.access_log[-1]["headers"]["User-Agent"]
    assert "newsetl" in ua and "Mozilla" not in ua


def test_retries_5xx_then_succeeds_and_404_is_final():
    routes = {"/flaky": [Reply(503), Reply(503), Reply(body=HTML)], "/gone": Reply(404)}
    server, (flaky, gone) = fetch_all(routes, "/flaky", "/gone")
    assert flaky.ok and [a.outcome for a in flaky.attempts] == ["http_error", "http_error", "ok"]
    assert gone.outcome == "http_error" and len(gone.attempts) == 1
    assert server.paths().count("/gone") == 1


def test_robots_disallowed_is_never_requested():
    routes = {"/robots.txt": Reply(body=b"User-agent: *\nDisallow: /private/",
                                   headers={"Content-Type": "text/plain"}),
              "/private/x": Reply(body=HTML)}
    server, (result,) = fetch_all(routes, "/private/x")
    assert result.outcome == "robots_disallowed"
    assert "/private/x" not in server.paths()


def test_offsite_redirect_and_loop_are_refused():
    routes = {"/off": Reply(302, headers={"Location": "http://elsewhere.invalid/x"}),
              "/loop1": Reply(302, headers={"Location": "/loop2"}),
              "/loop2": Reply(302, headers={"Location": "/loop1"})}
    _, (off, loop) = fetch_all(routes, "/off", "/loop1")
    assert off.outcome == "offsite_redirect"
    assert loop.outcome == "redirect_loop"


def test_size_cap_gzip_bomb_and_non_html():
    bomb = gzip.compress(b"a" * 5_000_000)
    routes = {"/big": Reply(body=b"x" * 200_000),
              "/bomb": Reply(body=bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}),
              "/pdf": Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})}
    _, results = fetch_all(routes, "/big", "/bomb", "/pdf")
    assert [r.outcome for r in results] == ["too_large", "too_large", "not_html"]
    assert all(r.body is None for r in results)


def test_timeout_is_retried():
    routes = {"/slow": [Reply(body=HTML, delay_s=1.0), Reply(body=HTML)]}
    _, (result,) = fetch_all(routes, "/slow")
    assert result.ok and [a.outcome for a in result.attempts] == ["timeout", "ok"]


def test_conditional_get_gives_not_modified():
    def reply(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return Reply(304)
        return Reply(body=HTML, headers={"Content-Type": "text/html", "ETag": '"v1"'})
    _, (first, second) = fetch_all({"/c": reply}, "/c", "/c")
    assert first.ok and first.headers["etag"] == '"v1"'
    _, (again,) = fetch_all({"/c": reply}, "/c", validators={"etag": '"v1"'})
    assert again.outcome == "not_modified"
