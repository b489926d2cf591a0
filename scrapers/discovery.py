"""Discover candidate articles of one source from its feeds and sitemaps.

Feeds and sitemaps are fetched through the source's polite :class:`Fetcher`
with conditional GET; sitemap indexes are followed (children last modified
before the interval are skipped). Every item is returned — in the interval or
not — so that the warehouse keeps the evidence; the fetch stage picks the
interval's items.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapers.feeds import is_feed, parse_feed
from scrapers.fetcher import FetchAttempt, Fetcher, FetchResult
from scrapers.models import DiscoveredItem, Interval
from scrapers.sitemaps import parse_sitemap

MAX_SITEMAP_DEPTH = 3
MAX_SITEMAPS_PER_SOURCE = 50


@dataclass
class Discovery:
    items: list[DiscoveredItem] = field(default_factory=list)
    responses: list[FetchResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def attempts(self) -> list[FetchAttempt]:
        return [a for r in self.responses for a in r.attempts]


def discover_items(fetcher: Fetcher, interval: Interval, validators_of=lambda url: {}) -> Discovery:
    """1. read each feed; 2. walk each sitemap (index → children → urls);
    3. return every item seen with the fetch results (for the archive and ledger)."""
    found = Discovery()
    source = fetcher.source
    for feed_url in source.feeds:
        result = _fetch_document(fetcher, feed_url, found, validators_of)
        if result is not None:
            found.items.extend(parse_feed(result.body, feed_url, source.id))
    queue = [(url, 0) for url in source.sitemaps]
    visited: set[str] = set()
    while queue and len(visited) < MAX_SITEMAPS_PER_SOURCE:
        url, depth = queue.pop(0)
        if url in visited:
            continue
        visited.add(url)
        result = _fetch_document(fetcher, url, found, validators_of)
        if result is None:
            continue
        if is_feed(result.body):  # some sites list a feed as a sitemap
            found.items.extend(parse_feed(result.body, url, source.id))
            continue
        sitemap = parse_sitemap(result.body, url, source.id)
        found.items.extend(sitemap.items)
        if depth < MAX_SITEMAP_DEPTH:
            queue.extend((child, depth + 1) for child, lastmod in sitemap.children
                         if lastmod is None or lastmod >= interval.start)
    return found


def _fetch_document(fetcher: Fetcher, url: str, found: Discovery, validators_of) -> FetchResult | None:
    result = fetcher.fetch(url, want_html=False, validators=validators_of(url))
    found.responses.append(result)
    if result.outcome == "not_modified":
        return None
    if not result.ok or not result.body:
        found.errors.append(f"{url}: {result.outcome} ({result.status})")
        return None
    return result


def select_in_interval(items: list[DiscoveredItem], interval: Interval) -> list[DiscoveredItem]:
    return [i for i in items if i.published_at and interval.start <= i.published_at < interval.end]
