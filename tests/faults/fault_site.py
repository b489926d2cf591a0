"""A saved news site with planted faults, on loopback: what the fault-injection suite
and bench/bench_fetch.py run the fetch stage against.

Every article page is a real saved page (tests/resources/pages). The faults: pages
that fail twice with 503, stall past the read timeout once, answer 429 with
Retry-After, are down for a whole run, are always down; 404 and 410; a robots.txt
disallowing /private/ with a Crawl-delay; a redirect loop, a redirect to another
host (a second server on 127.0.0.2 that must see no request), a same-host
redirect; a 40 MB page streamed without Content-Length; a gzip bomb; a PDF; a page
with invalid UTF-8 and one whose charset label lies. Pages and the feed answer
If-None-Match with 304.
"""

from __future__ import annotations

import zlib
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from scrapers.models import Interval
from scrapers.sources import Source
from support.loopback import LoopbackServer, Reply

PAGES_DIR = Path(__file__).resolve().parent.parent / "resources" / "pages"
DAY = datetime(2025, 3, 4, tzinfo=timezone.utc)
INTERVAL = Interval(DAY, datetime(2025, 3, 5, tzinfo=timezone.utc))
CRAWL_DELAY_S = 0.1
RATE_LIMIT_PER_S = 20  # the source's own limit; robots.txt's Crawl-delay is stricter
HUGE_BYTES = 40 * 1024 * 1024
BOMB_BYTES = 200 * 1024 * 1024
HTML = {"Content-Type": "text/html; charset=utf-8"}

# path -> what a correct fetch stage does with it
RECOVERABLE = ["/news/plain-1/", "/news/plain-2/", "/news/plain-3/", "/news/plain-4/",
               "/news/flaky/", "/news/stall/", "/news/throttled/", "/news/bad-utf8/",
               "/news/mislabelled/", "/news/moved/", "/news/down-then-up/"]
FINAL = {"/news/missing/": ("http_error", 404), "/news/gone/": ("http_error", 410),
         "/private/secret/": ("robots_disallowed", None), "/news/loop-a/": ("redirect_loop", None),
         "/news/offsite/": ("offsite_redirect", None), "/news/huge/": ("too_large", 200),
         "/news/bomb/": ("too_large", 200), "/news/report.pdf": ("not_html", 200)}
ALWAYS_DOWN = "/news/always-down/"
ENV = {"NEWSETL_BACKOFF_BASE_S": "0.05", "NEWSETL_BACKOFF_MAX_S": "2", "NEWSETL_READ_TIMEOUT_S": "0.4",
       "NEWSETL_CONNECT_TIMEOUT_S": "0.5", "NEWSETL_MAX_FETCH_RUNS": "2", "NEWSETL_FETCH_RETRY_DELAY_S": "0",
       "NEWSETL_MAX_RESPONSE_BYTES": str(4 * 1024 * 1024), "NEWSETL_BACKFILL_DELAY_FACTOR": "2"}


def saved_pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted(PAGES_DIR.glob("*.html"))]


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """BOMB_BYTES of spaces inside <html>, gzip-compressed (about 200 KB), built in chunks."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"<html><body><p>")]
    block = b" " * (1024 * 1024)
    parts += [packer.compress(block) for _ in range(BOMB_BYTES // len(block))]
    return b"".join(parts) + packer.flush()


def huge_chunks():
    yield b"<html><body>"
    block = b"<p>" + b"x" * 65530 + b"</p>"
    for _ in range(HUGE_BYTES // len(block)):
        yield block


class Script:
    """A route: replies served in turn (the last repeats), 304 to a matching If-None-Match."""

    def __init__(self, *replies: Reply, etag: str | None = None):
        self.replies, self.etag, self.served = list(replies), etag, 0

    def __call__(self, handler) -> Reply:
        if self.etag and handler.headers.get("If-None-Match") == self.etag:
            return Reply(304, headers={"ETag": self.etag})
        reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        return reply


class FaultSite:
    """The fault site and the other host; ``down`` is the state of /news/down-then-up/."""

    def __init__(self, page_delay_s: float = 0.0):
        self.server = LoopbackServer({})
        self.other = LoopbackServer({"/x": Reply(body=b"<html>elsewhere</html>")}, host="127.0.0.2")
        self.base_url = self.server.base_url
        self.down = True
        self.page_delay_s = page_delay_s
        self.server.routes.update(self._routes())

    def __enter__(self) -> FaultSite:
        self.server.__enter__()
        self.other.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.server.__exit__(*exc)
        self.other.__exit__(*exc)

    def source(self) -> Source:
        return Source(id="fault-news", name="Fault News", homepage=self.base_url + "/",
                      feeds=(self.base_url + "/feed.xml",), rate_limit_per_s=RATE_LIMIT_PER_S)

    def url(self, path: str) -> str:
        return self.base_url + path

    def _page(self, index: int, etag: str) -> Reply:
        pages = saved_pages()
        headers = {**HTML, "ETag": etag, "Last-Modified": "Tue, 04 Mar 2025 08:00:00 GMT"}
        return Reply(body=pages[index % len(pages)], headers=headers, delay_s=self.page_delay_s)

    def _routes(self) -> dict:
        routes = {path: Script(self._page(i, f'"p{i}"'), etag=f'"p{i}"')
                  for i, path in enumerate(RECOVERABLE)}
        flaky, stall, throttled = (self._page(RECOVERABLE.index(p), f'"p{RECOVERABLE.index(p)}"')
                                   for p in ("/news/flaky/", "/news/stall/", "/news/throttled/"))
        routes["/news/flaky/"] = Script(Reply(503), Reply(503), flaky, etag='"p4"')
        routes["/news/stall/"] = Script(Reply(body=stall.body, delay_s=3.0), stall, etag='"p5"')
        routes["/news/throttled/"] = Script(Reply(429, headers={"Retry-After": "1"}), throttled, etag='"p6"')
        pages = saved_pages()
        text = pages[7].decode("utf-8")
        cut = text.index("<p>", len(text) // 3) + 3
        text = saved_pages()[7].decode("utf-8")
        cut = text.index("<p>", len(text) // 3) + 3
        bad = text[:cut].encode() + b"\xff\xfe\xc3\x28 " + text[cut:].encode()  # invalid UTF-8
        routes["/news/bad-utf8/"] = Script(Reply(body=bad, headers={**HTML, "ETag": '"p7"'}), etag='"p7"')
        lying = saved_pages()[8].decode("utf-8").encode("cp1252", "replace")  # labelled utf-8
        routes["/news/mislabelled/"] = Script(Reply(body=lying, headers={**HTML, "ETag": '"p8"'}), etag='"p8"')
        routes["/news/moved/"] = Reply(301, headers={"Location": "/news/moved-here/"})
        routes["/news/moved-here/"] = Script(self._page(9, '"p9"'), etag='"p9"')
        up = Script(self._page(10, '"p10"'), etag='"p10"')
        routes["/news/down-then-up/"] = lambda handler: Reply(503) if self.down else up(handler)
        routes[ALWAYS_DOWN] = Reply(503)
        routes.update(self._fault_routes())
        return routes

    def _fault_routes(self) -> dict:
        robots = f"User-agent: *\nCrawl-delay: {CRAWL_DELAY_S}\nDisallow: /private/\n".encode()
        return {
            "/robots.txt": Reply(body=robots, headers={"Content-Type": "text/plain"}),
            "/feed.xml": Script(Reply(body=self._feed(), headers={"Content-Type": "application/rss+xml",
                                                                  "ETag": '"feed1"'}), etag='"feed1"'),
            "/news/gone/": Reply(410, b"gone"),
            "/private/secret/": Reply(body=saved_pages()[0]),
            "/news/loop-a/": Reply(302, headers={"Location": "/news/loop-b/"}),
            "/news/loop-b/": Reply(302, headers={"Location": "/news/loop-a/"}),
            "/news/offsite/": Reply(302, headers={"Location": self.other.base_url + "/x"}),
            "/news/huge/": Reply(chunks=huge_chunks),
            "/news/bomb/": Reply(body=gzip_bomb(), headers={**HTML, "Content-Encoding": "gzip"}),
            "/news/report.pdf": Reply(body=b"%PDF-1.4\n" + b"0" * 5000, headers={"Content-Type": "application/pdf"}),
        }

    def _feed(self) -> bytes:
        paths = [*RECOVERABLE, *FINAL, ALWAYS_DOWN]
        items = "".join(f"<item><title>{p}</title><link>{self.base_url}{p}</link>"
                        f"<pubDate>Tue, 04 Mar 2025 {9 + i // 60:02d}:{i % 60:02d}:00 GMT</pubDate></item>"
                        for i, p in enumerate(paths))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fault News</title>'
                f"{items}</channel></rss>").encode()
