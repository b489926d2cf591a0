"""news_daily: discover, fetch, extract and load one day of news per source."""

from __future__ import annotations

import pendulum
from airflow.sdk import Asset, CronDataIntervalTimetable, Param, dag, task

DOC = """
### news_daily
Each run covers one UTC day, its data interval [start, end). For every source in
the sources file (`NEWSETL_SOURCES`), mapped per source:

1. **discover** — read feeds and sitemaps, store every item seen;
2. **fetch** — fetch the interval's new article URLs, and earlier transient failures,
   politely (pool `news_fetch`; a per-host limiter in the warehouse shared by all runs;
   backfills spaced wider);
3. **process** — extract, clean, normalize, find statements, load in one transaction per batch;
4. **check_quality** — fails the run on bad rows, returns counts per source and updates the
   asset `news_articles`, so downstream DAGs can be scheduled on fresh articles.

Backfill: `airflow backfill create --dag-id news_daily --from-date A --to-date B`.
Re-runs are idempotent: rows are upserted on natural keys.
"""

NEWS_ARTICLES = Asset(name="news_articles", uri="newsetl://warehouse/news/articles")


@dag(
    dag_id="news_daily",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=2,
    doc_md=DOC,
    tags=["newsetl", "news"],
    params={"source_id": Param(None, type=["null", "string"], description="only this source")},
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=2),
                  "retry_exponential_backoff": True},
)
def news_daily():
    @task
    def list_sources(**context) -> list[str]:
        from scrapers.sources import load_sources, select_sources
        return [s.id for s in select_sources(load_sources(), context["params"].get("source_id"))]

    @task(pool="news_fetch", map_index_template="{{ task.op_kwargs['source_id'] }}")
    def discover(source_id: str, **context) -> dict:
        from newsetl_airflow.runtime import resolve_interval, load_source, warehouse_dsn
        from newsetl_airflow.runtime import is_backfill
        from scrapers.pipeline import discover_source
        return discover_source(load_source(source_id), resolve_interval(context), warehouse_dsn(),
                               backfill=is_backfill(context))

    @task(pool="news_fetch", map_index_template="{{ task.op_kwargs['discovered']['source_id'] }}")
    def fetch(discovered: dict, **context) -> dict:
        from newsetl_airflow.runtime import resolve_interval, load_source, warehouse_dsn
        from newsetl_airflow.runtime import is_backfill
        from scrapers.pipeline import fetch_source
        return fetch_source(load_source(discovered["source_id"]), resolve_interval(context), warehouse_dsn(),
                            backfill=is_backfill(context))

    @task(map_index_template="{{ task.op_kwargs['fetched']['source_id'] }}")
    def process(fetched: dict, **context) -> dict:
        from newsetl_airflow.runtime import resolve_interval, load_source, warehouse_dsn
        from scrapers.pipeline import process_source
        return process_source(load_source(fetched["source_id"]), resolve_interval(context), warehouse_dsn())

    @task(outlets=[NEWS_ARTICLES])
    def check_quality(processed: list[dict], **context) -> dict:
        from newsetl_airflow.runtime import resolve_interval, warehouse_dsn
        from scrapers.checks import check_interval
        return check_interval(resolve_interval(context), warehouse_dsn(), list(processed))

    sources = list_sources()
    processed = process.expand(fetched=fetch.expand(discovered=discover.expand(source_id=sources)))
    check_quality(processed)


news_daily()
