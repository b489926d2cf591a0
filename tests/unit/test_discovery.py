"""discover_items over a loopback site: 304 indexes, broken documents, interval filtering."""

from datetime import datetime, timezone

from scrapers.discovery import discover_items, select_in_interval
from scrapers.fetcher import Fetcher
from scrapers.models import Interval
from scrapers.sources import Source
from support.loopback import LoopbackServer, Reply

DAY = Interval(datetime(2025, 3, 3, tzinfo=timezone.utc), datetime(2025, 3, 4, tzinfo=timezone.utc))
XML = {"Content-Type": "application/xml"}


def index(base):
    return (f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f'<sitemap><loc>{base}/news.xml</loc></sitemap>'
            f'<sitemap><loc>{base}/broken.xml.gz</loc></sitemap></sitemapindex>').encode()


def news(base):
    return (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f'<url><loc>{base}/a</loc><lastmod>2025-03-03T10:00:00Z</lastmod></url>'
            f'<url><loc>{base}/b</loc><lastmod>2025-03-01T10:00:00Z</lastmod></url></urlset>').encode()


def test_unchanged_index_still_leads_to_children_and_broken_child_is_only_an_error():
    server = LoopbackServer({})
    base = server.base_url
    server.routes.update({
        "/sitemap.xml": lambda h: Reply(304) if h.headers.get("If-None-Match") else Reply(body=index(base), headers=XML),
        "/news.xml": Reply(body=news(base), headers=XML),
        "/broken.xml.gz": Reply(body=b"\x1f\x8b\x08\x00garbage", headers=XML),
    })
    source = Source(id="s", name="S", homepage=base + "/", sitemaps=(base + "/sitemap.xml",), rate_limit_per_s=50)
    with server:
        found = discover_items(Fetcher(source, sleep=lambda s: None), DAY,
                               validators_of=lambda url: {"etag": '"v1"'},
                               stored_body_of=lambda url: index(base))
    assert [r.outcome for r in found.responses] == ["not_modified", "ok", "ok"]
    assert {i.url for i in found.items} == {base + "/a", base + "/b"}
    assert [i.url for i in select_in_interval(found.items, DAY)] == [base + "/a"]
    assert len(found.errors) == 1 and "broken.xml.gz: unreadable document" in found.errors[0]
