"""The stages of one run, per source and data interval — called by the DAG and the CLI.

Each stage reads its inputs from the warehouse and writes its outputs there, so
a stage can be retried alone; each returns a small summary dict (counts only).
"""

from __future__ import annotations

import logging

from scrapers import archive, loading, url_states, warehouse
from scrapers.discovery import discover_items, select_in_interval
from scrapers.fetcher import Fetcher
from scrapers.limiter import HostLimiter
from scrapers.models import Interval, ProcessedArticle
from scrapers.settings import get_setting
from scrapers.sources import Source
from scrapers.transform import transform_page

log = logging.getLogger(__name__)


def discover_source(source: Source, interval: Interval, dsn: str | None = None,
                    backfill: bool = False) -> dict:
    """1. register the source; 2. read its feeds and sitemaps (conditional GET, through
    the warehouse-wide per-host limiter); 3. store every discovered item, every
    response and every ledger row."""
    with warehouse.open_transaction(dsn) as cur:
        warehouse.upsert_sources(cur, [source])
        documents = (*source.feeds, *source.sitemaps)
        validators = {url: archive.load_validators(cur, url) for url in documents}
        stored = {url: archive.load_stored_body(cur, url) for url in documents if validators[url]}
    with HostLimiter(dsn, _slowdown(backfill)) as limiter, Fetcher(source, throttle=limiter) as fetcher:
        found = discover_items(fetcher, interval, lambda url: validators.get(url, {}), stored.get)
    with warehouse.open_transaction(dsn) as cur:
        for result in found.responses:
            if result.outcome in {"ok", "not_modified"}:
                archive.save_page(cur, source.id, result)
        archive.record_fetches(cur, source.id, found.attempts)
        stored = warehouse.upsert_discovered_items(cur, found.items)
    for error in found.errors:
        log.warning("discovery %s: %s", source.id, error)
    return {"source_id": source.id, "discovered": stored,
            "in_interval": len({i.url for i in select_in_interval(found.items, interval)}),
            "errors": len(found.errors)}


def fetch_source(source: Source, interval: Interval, dsn: str | None = None,
                 backfill: bool = False) -> dict:
    """1. register the interval's discovered URLs not yet loaded as pending (url_states);
    2. pick the due URLs: the interval's first, then earlier runs' transient failures;
    3. fetch each through the warehouse-wide per-host limiter (spacing wider for a
       backfill), conditionally when a copy is stored, claiming it so that a
       concurrent run skips it;
    4. store the page, its ledger rows and the URL's new state in one transaction per URL,
       all on one connection."""
    limit, refetch = int(get_setting("MAX_ARTICLES_PER_RUN")), bool(get_setting("REFETCH_LOADED"))
    with warehouse.open_transaction(dsn) as cur:
        started_at = url_states.select_clock(cur)
        urls = warehouse.select_discovered_urls(cur, source.id, interval.start, interval.end, limit)
        loaded = url_states.select_loaded_urls(cur, urls)
        url_states.register_urls(cur, source.id, urls if refetch else [u for u in urls if u not in loaded])
        due = url_states.select_due_urls(cur, source.id, urls, urls if refetch else [], limit)
    outcomes: dict[str, int] = {}
    with HostLimiter(dsn, _slowdown(backfill)) as limiter, Fetcher(source, throttle=limiter) as fetcher, \
            warehouse.open_connection(dsn) as conn:
        for url in due:
            with warehouse.transaction(conn) as cur:
                if not url_states.claim_url(cur, url, started_at, refetch):
                    outcomes["claimed_elsewhere"] = outcomes.get("claimed_elsewhere", 0) + 1
                    continue
                result = fetcher.fetch(url, validators=archive.load_validators(cur, url))
                archive.store_result(cur, source.id, result)
                url_states.record_result(cur, source.id, result)
            outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
    return {"source_id": source.id, "candidates": len(urls), "already_loaded": len(loaded),
            "retried_from_earlier_runs": len(set(due) - set(urls)), "outcomes": outcomes}


def _slowdown(backfill: bool) -> float:
    return float(get_setting("BACKFILL_DELAY_FACTOR")) if backfill else 1.0


def process_source(source: Source, interval: Interval, dsn: str | None = None) -> dict:
    """1. read the stored pages of the interval's URLs, plus pages of earlier days
    fetched late (a retry that succeeded in this run) and not loaded yet;
    2. transform each (extract, clean, normalize, statements);
    3. load them in batches, one transaction each."""
    limit = int(get_setting("MAX_ARTICLES_PER_RUN"))
    with warehouse.open_transaction(dsn) as cur:
        urls = warehouse.select_discovered_urls(cur, source.id, interval.start, interval.end, limit)
        late = url_states.select_fetched_unloaded_urls(cur, source.id, limit)
        known = set(urls)
        urls += [u for u in late if u not in known]
        pages = list(archive.load_page_bodies(cur, urls))
        discovered = warehouse.select_discovery_dates(cur, urls)
    items, failures = transform_pages(source.id, pages, discovered)
    counts = loading.load_in_batches(items, dsn)
    if failures:  # a page that gives no article is not tried again by every later run
        with warehouse.open_transaction(dsn) as cur:
            url_states.mark_unusable(cur, failures)
    return {"source_id": source.id, "pages": len(pages), "failed": len(failures), **counts}


def transform_pages(source_id: str, pages, discovered: dict | None = None
                    ) -> tuple[list[ProcessedArticle], dict[str, str]]:
    """Transform stored pages; a broken page is logged and returned with its reason
    (url -> reason), never fatal. ``discovered`` maps a URL to its feed/sitemap date,
    for the date sanity checks."""
    discovered = discovered or {}
    items, failures = [], {}
    min_words = int(get_setting("MIN_ARTICLE_WORDS"))
    for url, final_url, body in pages:
        try:
            item = transform_page(body, url=final_url or url, source_id=source_id,
                                  discovered_at=discovered.get(url))
        except Exception as exc:  # one broken page must not stop the batch
            failures[url] = f"extract_failed: {type(exc).__name__}: {exc}"[:300]
            log.warning("extract failed for %s: %s", url, exc)
            continue
        item.url = url
        words = len(item.article.text.split())
        if words < min_words:
            failures[url] = f"no_article_text: {words} words"
            log.warning("no article text in %s (%d words)", url, words)
            continue
        items.append(item)
    return items, failures


def run_source(source: Source, interval: Interval, dsn: str | None = None) -> dict:
    """All three stages for one source and interval, in order (what a DAG run does)."""
    return {"discover": discover_source(source, interval, dsn),
            "fetch": fetch_source(source, interval, dsn),
            "process": process_source(source, interval, dsn)}
