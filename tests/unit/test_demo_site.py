"""The offline demo news site: feed, sitemaps, pages, conditional GET, ANSWERS.json.

Starts the real server on a free loopback port and talks to it with urllib.
"""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import pytest

from scrapers.demo_site import ANSWERS_PATH, serve_site
from scrapers.demo_site.server import find_site_file, is_etag_match, parse_http_date

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}
USER_AGENT = "newsetl-tests/0.1 (+https://example.invalid/newsetl)"


@pytest.fixture(scope="module")
def site():
    with serve_site() as running:
        yield running


@pytest.fixture(scope="module")
def answers():
    return json.loads(ANSWERS_PATH.read_text(encoding="utf-8"))


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items()), error.read()


def fetch_xml(site, path: str) -> ET.Element:
    status, headers, body = fetch(site.url(path))
    assert status == 200
    assert b"{base}" not in body
    return ET.fromstring(body)


def feed_items(site) -> list[tuple[str, datetime]]:
    channel = fetch_xml(site, "/daily/feed.xml").find("channel")
    return [(item.findtext("link"), parsedate_to_datetime(item.findtext("pubDate"))) for item in channel.iter("item")]


def news_sitemap_items(site) -> list[tuple[str, datetime]]:
    urlset = fetch_xml(site, "/wire/news-sitemap.xml")
    return [(url.findtext("sm:loc", namespaces=SITEMAP_NS),
             datetime.fromisoformat(url.findtext("news:news/news:publication_date", namespaces=SITEMAP_NS)))
            for url in urlset.findall("sm:url", SITEMAP_NS)]


def utc_days(items) -> Counter:
    return Counter(when.astimezone(timezone.utc).date().isoformat() for _, when in items)


def test_feed_has_eleven_items_three_per_demo_day(site):
    items = feed_items(site)
    assert len(items) == 11
    assert utc_days(items) == {"2025-03-01": 2, "2025-03-03": 3, "2025-03-04": 3, "2025-03-05": 3}
    assert all(link.startswith(site.base_url + "/daily/") for link, _ in items)


def test_feed_and_sitemaps_have_their_content_types(site):
    assert fetch(site.url("/daily/feed.xml"))[1]["Content-Type"] == "application/rss+xml"
    assert fetch(site.url("/wire/sitemap.xml"))[1]["Content-Type"] == "application/xml"
    assert fetch(site.url("/robots.txt"))[1]["Content-Type"] == "text/plain; charset=utf-8"
    assert fetch(site.url("/daily/"))[1]["Content-Type"] == "text/html; charset=utf-8"


def test_sitemap_index_points_to_news_and_pages_sitemaps(site):
    index = fetch_xml(site, "/wire/sitemap.xml")
    locs = [loc.text for loc in index.findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    assert locs == [site.url("/wire/news-sitemap.xml"), site.url("/wire/sitemap-pages.xml")]


def test_news_sitemap_has_two_wire_articles_per_demo_day(site):
    items = news_sitemap_items(site)
    assert utc_days(items) == {"2025-03-02": 1, "2025-03-03": 2, "2025-03-04": 2, "2025-03-05": 2}


def test_pages_sitemap_lists_old_non_article_pages(site):
    urlset = fetch_xml(site, "/wire/sitemap-pages.xml")
    lastmods = {url.findtext("sm:loc", namespaces=SITEMAP_NS): url.findtext("sm:lastmod", namespaces=SITEMAP_NS)
                for url in urlset.findall("sm:url", SITEMAP_NS)}
    assert lastmods[site.url("/wire/about/")] < "2025"
    assert {link for link, _ in news_sitemap_items(site)} <= set(lastmods)


def test_robots_allows_all_but_admin_and_private(site):
    status, _, body = fetch(site.url("/robots.txt"))
    text = body.decode()
    assert status == 200 and "User-agent: *" in text
    assert "Disallow: /daily/wp-admin/" in text and "Disallow: /wire/private/" in text
    assert f"Sitemap: {site.base_url}/wire/sitemap.xml" in text


def test_every_listed_article_and_page_returns_html(site):
    links = [link for link, _ in feed_items(site) + news_sitemap_items(site)] + [site.url("/wire/about/")]
    for link in links:
        status, headers, body = fetch(link)
        assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8"), link
        assert body.startswith(b"<!DOCTYPE html>")


def test_answers_cover_exactly_the_listed_articles(site, answers):
    listed = {link.removeprefix(site.base_url) for link, _ in feed_items(site) + news_sitemap_items(site)}
    assert set(answers["articles"]) == listed


def test_answers_agree_with_feed_and_sitemap_dates(site, answers):
    for link, when in feed_items(site) + news_sitemap_items(site):
        expected = answers["articles"][link.removeprefix(site.base_url)]
        assert datetime.fromisoformat(expected["published_at"]) == when


def test_answers_match_each_page(site, answers):
    for path, expected in answers["articles"].items():
        page = fetch(site.url(path))[2].decode("utf-8")
        text = html.unescape(re.sub(r"<[^>]+>", "", page))
        assert f'<html lang="{expected["language"]}' in page
        assert html.unescape(re.search(r"<title>(.*?)</title>", page).group(1)).startswith(expected["title"] + " – ")
        assert 2 <= len(expected["statements"]) <= 5, path
        assert all(statement["quote"] in text for statement in expected["statements"]), path
        assert set(expected["speakers"]) == {statement["speaker"] for statement in expected["statements"]}


def test_missing_file_is_404(site):
    assert fetch(site.url("/daily/2025/03/03/no-such-story/"))[0] == 404
    assert fetch(site.url("/daily/%2e%2e/%2e%2e/server.py"))[0] == 404


def test_directory_without_slash_redirects_to_index(site):
    status, _, body = fetch(site.url("/wire/about"))
    assert status == 200 and b"About Coastline Wire" in body
    assert any(entry["path"] == "/wire/about" and entry["status"] == 301 for entry in site.access_log)


def test_if_none_match_gets_304(site):
    _, headers, _ = fetch(site.url("/daily/feed.xml"))
    assert fetch(site.url("/daily/feed.xml"), {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(site.url("/daily/feed.xml"), {"If-None-Match": '"stale"'})[0] == 200


def test_if_modified_since_gets_304(site):
    path = "/wire/news/regional-rail-fares-frozen/"
    _, headers, _ = fetch(site.url(path))
    status, _, body = fetch(site.url(path), {"If-Modified-Since": headers["Last-Modified"]})
    assert (status, body) == (304, b"")
    assert fetch(site.url(path), {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200


def test_access_log_records_requests_with_headers(site):
    fetch(site.url("/robots.txt"), {"If-None-Match": '"x"'})
    entry = site.access_log[-1]
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/robots.txt", 200)
    assert entry["headers"]["User-Agent"] == USER_AGENT and entry["headers"]["If-None-Match"] == '"x"'
    assert isinstance(entry["time"], float)


def test_server_is_silent_and_stops(capfd):
    with serve_site() as running:
        fetch(running.url("/nowhere"))
        base_url = running.base_url
    assert capfd.readouterr().err == ""
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(base_url + "/robots.txt", timeout=2)


def test_helpers_on_edge_cases(tmp_path):
    assert find_site_file(tmp_path, "/../etc/passwd") is None
    assert is_etag_match('W/"abc", "def"', '"abc"') and is_etag_match("*", '"x"')
    assert parse_http_date("not a date") is None
