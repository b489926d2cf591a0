"""Re-extract stored raw HTML without fetching again, and report what changed.

When the cleanup, metadata or statement rules improve, `newsetl reprocess` and the
`news_reprocess` DAG run extract → normalize → statements → load over the pages
archived for a window, and count per article what changed: text, statements,
metadata, extractor version.
"""

from __future__ import annotations

from collections import Counter

from scrapers import archive, loading, warehouse
from scrapers.models import Interval, ProcessedArticle
from scrapers.pipeline import transform_pages
from scrapers.settings import get_setting

_SNAPSHOT = """
    SELECT a.url, a.content_hash, a.extractor_version, a.title, a.authors, a.published_at,
           coalesce(array_agg(s.kind || ':' || s.char_start || ':' || s.char_end || ':' ||
                              coalesce(s.speaker, '')) FILTER (WHERE s.statement_id IS NOT NULL), '{}')
    FROM news.articles a LEFT JOIN news.statements s USING (article_id)
    WHERE a.url = ANY(%s) GROUP BY a.article_id
"""


def list_archived_sources(dsn: str | None = None) -> list[str]:
    """Ids of the sources that have archived pages."""
    with warehouse.open_transaction(dsn) as cur:
        cur.execute("SELECT DISTINCT source_id FROM news.pages ORDER BY source_id")
        return [row[0] for row in cur.fetchall()]


def reprocess_source(source_id: str, interval: Interval, dsn: str | None = None) -> dict:
    """1. list the source's URLs discovered in the interval; then per chunk of
    LOAD_BATCH_SIZE: 2. read the archived pages and the current rows; 3. transform
    again; 4. load (idempotent upserts); 5. count the changes."""
    size = int(get_setting("LOAD_BATCH_SIZE"))
    with warehouse.open_transaction(dsn) as cur:
        urls = warehouse.select_discovered_urls(cur, source_id, interval.start, interval.end, None)
    report = Counter()
    changes = Counter()
    for start in range(0, len(urls), size):
        chunk = urls[start:start + size]
        with warehouse.open_transaction(dsn) as cur:
            pages = list(archive.load_page_bodies(cur, chunk))
            discovered = warehouse.select_discovery_dates(cur, chunk)
            cur.execute(_SNAPSHOT, (chunk,))
            before = {row[0]: row[1:] for row in cur.fetchall()}
        items, failures = transform_pages(source_id, pages, discovered)
        changes.update(kind for item in items for kind in describe_changes(before.get(item.url), item))
        report.update({"pages": len(pages), "failed": len(failures), **loading.load_in_batches(items, dsn)})
    return {"source_id": source_id, "pages": report["pages"], "failed": report["failed"],
            "changed": dict(changes), **{k: report[k] for k in ("inserted", "updated", "unchanged", "statements")}}


def describe_changes(old: tuple | None, item: ProcessedArticle) -> list[str]:
    """What differs between a stored row snapshot and a fresh transform."""
    if old is None:
        return ["new"]
    content_hash, version, title, authors, published_at, statement_keys = old
    art = item.article
    new_keys = sorted(f"{s.kind}:{s.start}:{s.end}:{s.speaker or ''}" for s in item.statements)
    found = []
    if content_hash != item.content_hash:
        found.append("text")
    if sorted(statement_keys) != new_keys:
        found.append("statements")
    if (title, list(authors or []), published_at) != (art.title, list(art.authors), art.published_at):
        found.append("metadata")
    if version != art.extractor_version:
        found.append("extractor_version")
    return found or ["unchanged"]
