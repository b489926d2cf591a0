from datetime import datetime, timezone

from scrapers.feeds import parse_feed
from scrapers.sitemaps import parse_sitemap

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://a.example/one</link><pubDate>Mon, 03 Mar 2025 10:00:00 +0100</pubDate></item>
<item><title>No date</title><link>https://a.example/two</link></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>E</title><link href="https://a.example/e"/><updated>2025-03-04T08:30:00Z</updated></entry></feed>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://a.example/news.xml</loc><lastmod>2025-03-05</lastmod></sitemap>
<sitemap><loc>https://a.example/old.xml</loc></sitemap></sitemapindex>"""

NEWS = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://a.example/n1</loc><news:news><news:publication>
<news:name>A</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-03-03T23:30:00-02:00</news:publication_date><news:title>N1</news:title></news:news></url>
<url><loc>https://a.example/p</loc><lastmod>2024-01-01</lastmod></url></urlset>"""


def test_rss_dates_are_utc_and_items_without_link_dropped():
    items = parse_feed(RSS, "https://a.example/feed", "a")
    assert [i.url for i in items] == ["https://a.example/one", "https://a.example/two"]
    assert items[0].published_at == datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)
    assert items[1].published_at is None and items[0].origin_kind == "feed"


def test_atom_updated_date():
    (item,) = parse_feed(ATOM, "https://a.example/atom", "a")
    assert item.published_at == datetime(2025, 3, 4, 8, 30, tzinfo=timezone.utc)


def test_sitemap_index_children():
    sitemap = parse_sitemap(INDEX, "https://a.example/sitemap.xml", "a")
    assert sitemap.items == []
    assert sitemap.children == [("https://a.example/news.xml", datetime(2025, 3, 5, tzinfo=timezone.utc)),
                                ("https://a.example/old.xml", None)]


def test_news_sitemap_publication_date_wins():
    import gzip
    for body in (NEWS, gzip.compress(NEWS)):
        items = parse_sitemap(body, "https://a.example/news.xml", "a").items
        assert items[0].origin_kind == "news_sitemap" and items[0].title == "N1"
        assert items[0].published_at == datetime(2025, 3, 4, 1, 30, tzinfo=timezone.utc)
        assert items[1].origin_kind == "sitemap"
        assert items[1].published_at == datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_garbage_sitemap_gives_nothing():
    assert parse_sitemap(b"<html><body>hi</body></html>", "u", "a").items == []


def test_gzip_bomb_sitemap_is_refused(monkeypatch):
    import gzip

    import pytest
    monkeypatch.setenv("NEWSETL_MAX_RESPONSE_BYTES", "1000")
    with pytest.raises(ValueError, match="larger than"):
        parse_sitemap(gzip.compress(b"<urlset>" + b" " * 100_000 + b"</urlset>"), "u", "a")
