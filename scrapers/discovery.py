"""Discover candidate articles of one source from its feeds and sitemaps.

Feeds and sitemaps are fetched through the source's polite :class:`Fetcher`
with conditional GET; sitemap indexes are followed (children last modified
before the interval are skipped). Every item is returned — in the interval or
not — so that the warehouse keeps the evidence; the fetch stage picks the
interval's items. Settings: MAX_SITEMAP_DEPTH, MAX_SITEMAPS_PER_SOURCE.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from scrapers.feeds import is_feed, parse_feed
from scrapers.fetcher import FetchAttempt, Fetcher, FetchResult
from scrapers.models import DiscoveredItem, Interval
from scrapers.settings import get_setting
from scrapers.sitemaps import Sitemap, parse_sitemap



@dataclass
class Discovery:
    items: list[DiscoveredItem] = field(default_factory=list)
    responses: list[FetchResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def attempts(self) -> list[FetchAttempt]:
        return [a for r in self.responses for a in r.attempts]


def discover_items(fetcher: Fetcher, interval: Interval, validators_of=lambda url: {},
                   stored_body_of=lambda url: None) -> Discovery:
    """1. read each feed; 2. walk each sitemap (index → children → urls);
    3. return every item seen with the fetch results (for the archive and ledger).

    A document that answers 304 is read from its stored copy (``stored_body_of``), so an
    unchanged sitemap index still leads to its children; a broken document is an error
    of that document only."""
    found = Discovery()
    source = fetcher.source
    for feed_url in source.feeds:
        body = _read_document(fetcher, feed_url, found, validators_of, stored_body_of)
        if body:
            _parse_document(found, feed_url, body, source.id)
    queue, visited = [(url, 0) for url in source.sitemaps], set()
    max_depth, max_sitemaps = int(get_setting("MAX_SITEMAP_DEPTH")), int(get_setting("MAX_SITEMAPS_PER_SOURCE"))
    while queue and len(visited) < max_sitemaps:
        url, depth = queue.pop(0)
        if url in visited:
            continue
        visited.add(url)
        body = _read_document(fetcher, url, found, validators_of, stored_body_of)
        sitemap = _parse_document(found, url, body, source.id) if body else None
        if sitemap is not None and depth < max_depth:
            queue.extend((child, depth + 1) for child, lastmod in sitemap.children
                         if lastmod is None or lastmod >= interval.start)
    return found


def _parse_document(found: Discovery, url: str, body: bytes, source_id: str) -> Sitemap | None:
    """Add the items of a feed or sitemap to ``found``; return a sitemap (for its children).
    An unreadable document is recorded as an error of its own."""
    try:
        if is_feed(body):  # some sites list a feed as a sitemap
            found.items.extend(parse_feed(body, url, source_id))
            return None
        sitemap = parse_sitemap(body, url, source_id)
    except (ValueError, EOFError, OSError, etree.LxmlError) as exc:
        found.errors.append(f"{url}: unreadable document ({type(exc).__name__}: {exc})"[:300])
        return None
    found.items.extend(sitemap.items)
    return sitemap


def _read_document(fetcher: Fetcher, url: str, found: Discovery, validators_of, stored_body_of) -> bytes | None:
    result = fetcher.fetch(url, want_html=False, validators=validators_of(url))
    found.responses.append(result)
    if result.outcome == "not_modified":
        return stored_body_of(url)
    if not result.ok or not result.body:
        found.errors.append(f"{url}: {result.outcome} ({result.status})")
        return None
    return result.body


def select_in_interval(items: list[DiscoveredItem], interval: Interval) -> list[DiscoveredItem]:
    return [i for i in items if i.published_at and interval.start <= i.published_at < interval.end]
