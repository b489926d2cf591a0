"""What a newsetl task needs from Airflow: the warehouse DSN, its interval, the sources."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

WAREHOUSE_CONN_ID = "news_warehouse"


def warehouse_dsn() -> str:
    """DSN of the Airflow connection `news_warehouse`, else env NEWSETL_DATABASE_URL."""
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    from scrapers.warehouse import resolve_dsn

    try:
        conn = BaseHook.get_connection(WAREHOUSE_CONN_ID)
    except AirflowNotFoundException:  # not defined: fall back to the environment
        return resolve_dsn()
    uri = conn.get_uri()  # login and password URL-quoted, extras (sslmode …) as the query
    return "postgresql://" + uri.split("://", 1)[1]


def resolve_interval(context) -> "Interval":
    """The run's data interval; a run without one covers the last full UTC day."""
    from scrapers.models import Interval

    start, end = context.get("data_interval_start"), context.get("data_interval_end")
    if start is not None and end is not None and end > start:
        return Interval(_utc(start), _utc(end))
    anchor = context.get("logical_date") or context.get("dag_run").run_after
    day_end = _utc(anchor).replace(hour=0, minute=0, second=0, microsecond=0)
    return Interval(day_end - timedelta(days=1), day_end)


def is_backfill(context) -> bool:
    """True for a run created by `airflow backfill create` (its fetches are spaced wider)."""
    run_type = getattr(context.get("dag_run"), "run_type", None)
    return str(getattr(run_type, "value", run_type)) == "backfill"


def load_source(source_id: str):
    from scrapers.sources import load_sources, select_sources
    return select_sources(load_sources(), source_id)[0]


def _utc(value: datetime) -> datetime:
    return datetime.fromtimestamp(value.timestamp(), tz=timezone.utc)


def resolve_window(params) -> "Interval":
    """The whole UTC days from params `since` to `until` (both included)."""
    from scrapers.models import Interval

    return Interval.covering_days(date.fromisoformat(str(params["since"])),
                                  date.fromisoformat(str(params["until"])))
