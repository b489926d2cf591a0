"""Parse XML sitemaps: sitemap indexes, url sets and Google News sitemaps."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from datetime import datetime, timezone

from lxml import etree

from scrapers.models import DiscoveredItem
from scrapers.settings import get_setting

_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: child sitemaps (an index) or article items (a url set)."""

    children: list[tuple[str, datetime | None]]
    items: list[DiscoveredItem]


def parse_sitemap(body: bytes, sitemap_url: str, source_id: str) -> Sitemap:
    """Parse a sitemap document (gzip accepted); unknown roots give an empty Sitemap."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip_capped(body, int(get_setting("MAX_RESPONSE_BYTES")))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    root = etree.fromstring(body, parser)
    if root is None:
        return Sitemap([], [])
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        children = [(loc, _parse_date(_child_text(node, "lastmod")))
                    for node in _children(root, "sitemap")
                    if (loc := _child_text(node, "loc"))]
        return Sitemap(children, [])
    if tag == "urlset":
        return Sitemap([], _parse_urls(root, sitemap_url, source_id))
    return Sitemap([], [])


def _gunzip_capped(body: bytes, limit: int) -> bytes:
    """Decompress a .xml.gz sitemap, refusing more than ``limit`` bytes (a gzip bomb)."""
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"sitemap larger than {limit} bytes once decompressed")
    return data


def _parse_urls(root, sitemap_url: str, source_id: str) -> list[DiscoveredItem]:
    items = []
    for node in _children(root, "url"):
        loc = _child_text(node, "loc")
        if not loc:
            continue
        news = node.find(f"{{{_NEWS_NS}}}news")
        if news is not None:
            date = _parse_date(news.findtext(f"{{{_NEWS_NS}}}publication_date"))
            title = news.findtext(f"{{{_NEWS_NS}}}title")
            kind = "news_sitemap"
        else:
            date, title, kind = _parse_date(_child_text(node, "lastmod")), None, "sitemap"
        items.append(DiscoveredItem(source_id=source_id, url=loc, origin=sitemap_url,
                                    origin_kind=kind, published_at=date,
                                    title=title.strip() if title else None))
    return items


def _children(root, name: str):
    return [el for el in root if isinstance(el.tag, str) and etree.QName(el).localname == name]


def _child_text(node, name: str) -> str | None:
    for el in _children(node, name):
        return (el.text or "").strip() or None
    return None


def _parse_date(value: str | None) -> datetime | None:
    """W3C datetime (2025-03-03, 2025-03-03T10:00Z, with offsets) as aware UTC."""
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)
