"""Parse RSS and Atom feeds (with feedparser) into discovered items."""

from __future__ import annotations

import calendar
from datetime import datetime, timezone

import feedparser

from scrapers.models import DiscoveredItem


def parse_feed(body: bytes, feed_url: str, source_id: str) -> list[DiscoveredItem]:
    """Items of an RSS/Atom document; the date is published, else updated, as UTC."""
    parsed = feedparser.parse(body)
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        items.append(DiscoveredItem(
            source_id=source_id, url=link.strip(), origin=feed_url, origin_kind="feed",
            published_at=_entry_date(entry), title=(entry.get("title") or None)))
    return items


def is_feed(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _entry_date(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
    return None
