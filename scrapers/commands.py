"""What the CLI commands do, apart from argument parsing and printing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapers import migrations, warehouse
from scrapers.errors import NewsetlError
from scrapers.models import Interval
from scrapers.sources import Source, load_sources, select_sources


def upgrade_warehouse(dsn: str | None = None) -> list[str]:
    """Create the warehouse database if missing, then apply pending migrations."""
    warehouse.create_database(dsn)
    conn = warehouse.connect_warehouse(dsn)
    try:
        return migrations.upgrade_database(conn)
    finally:
        conn.close()


def run_window(sources_path: str | None, since: datetime, until: datetime,
               source_id: str | None = None, dsn: str | None = None) -> dict:
    """Run every stage for each day in [since, until] and each chosen source, then the
    day's quality checks (QualityCheckFailed stops the run, as it fails a DAG run)."""
    from scrapers import pipeline
    from scrapers.checks import check_interval
    sources = select_sources(load_sources(sources_path), source_id)
    upgrade_warehouse(dsn)
    report = {}
    for interval in Interval.covering_days(since, until).split_days():
        day = interval.start.date().isoformat()
        report[day] = {s.id: pipeline.run_source(s, interval, dsn) for s in sources}
        report[day]["quality"] = check_interval(interval, dsn)  # as the DAG's check_quality
    return report


def reprocess_window(since: datetime, until: datetime, source_id: str | None = None,
                     dsn: str | None = None) -> dict:
    """Re-extract the archived pages discovered in [since, until] (days included)."""
    from scrapers.reprocess import list_archived_sources, reprocess_source
    upgrade_warehouse(dsn)
    window = Interval.covering_days(since, until)
    source_ids = [source_id] if source_id else list_archived_sources(dsn)
    return {sid: reprocess_source(sid, window, dsn) for sid in source_ids}


def extract_target(target: str, url: str | None) -> dict:
    """Transform one saved page or URL; the JSON record `newsetl extract --json` prints."""
    from scrapers.transform import transform_page
    if target.startswith(("http://", "https://")):
        body, url = _fetch_single(target), url or target
    else:
        path = Path(target)
        if not path.is_file():
            raise NewsetlError(f"no such file: {target}")
        body = path.read_bytes()
    item = transform_page(body, url=url or "")
    return build_article_record(item)


def build_article_record(item) -> dict:
    art = item.article
    return {
        "url": item.url or None, "canonical_url": art.canonical_url, "title": art.title,
        "authors": list(art.authors), "published_at": _iso(art.published_at),
        "modified_at": _iso(art.modified_at), "date_source": art.date_source,
        "language": art.language, "site_name": art.site_name,
        "extractor_version": art.extractor_version, "content_hash": item.content_hash,
        "text": art.text, "statements": [s.to_dict() for s in item.statements],
    }


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _fetch_single(url: str) -> bytes:
    from scrapers.fetcher import Fetcher
    host = urlsplit(url).hostname or ""
    source = Source(id="adhoc", name=host, homepage=f"{urlsplit(url).scheme}://{host}/", feeds=(url,))
    with Fetcher(source) as fetcher:
        result = fetcher.fetch(url)
    if not result.ok:
        raise NewsetlError(f"could not fetch {url}: {result.outcome} ({result.status})")
    return result.body
