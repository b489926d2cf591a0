"""news_reprocess: re-extract archived pages of a window after the rules improved."""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, task

DOC = """
### news_reprocess
Triggered by hand with `since` / `until` (days, both included) and optionally `source_id`.
For each source with archived pages: extract → normalize → statements → load again from
the stored raw HTML (no fetching), and report how many articles changed and how
(text, statements, metadata, extractor version). Loads are idempotent upserts.
"""


@dag(
    dag_id="news_reprocess",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    doc_md=DOC,
    tags=["newsetl", "news", "maintenance"],
    params={
        "since": Param(type="string", format="date", description="first day, YYYY-MM-DD"),
        "until": Param(type="string", format="date", description="last day (included)"),
        "source_id": Param(None, type=["null", "string"], description="only this source"),
    },
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=1)},
)
def news_reprocess():
    @task
    def list_source_ids(**context) -> list[str]:
        from newsetl_airflow.runtime import warehouse_dsn
        from scrapers.reprocess import list_archived_sources
        chosen = context["params"].get("source_id")
        return [chosen] if chosen else list_archived_sources(warehouse_dsn())

    @task(map_index_template="{{ task.op_kwargs['source_id'] }}")
    def reprocess(source_id: str, **context) -> dict:
        from newsetl_airflow.runtime import resolve_window, warehouse_dsn
        from scrapers.reprocess import reprocess_source
        return reprocess_source(source_id, resolve_window(context["params"]), warehouse_dsn())

    reprocess.expand(source_id=list_source_ids())


news_reprocess()
