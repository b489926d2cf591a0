"""Run news_daily in-process for given days (used by `make demo`).

Each run is a manual run with no logical date whose ``run_after`` is the end of
the day it covers, so the demo never occupies a logical date that a later
`airflow backfill create` over the same days would need. The DAG's tasks then
cover the last full UTC day before ``run_after`` (see runtime.resolve_interval).

    python -m newsetl_airflow.runs 2025-03-03 2025-03-04
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

DAGS_FOLDER = Path(__file__).resolve().parents[2] / "dags"


def run_news_daily(days: list[date], dags_folder: Path = DAGS_FOLDER) -> dict[str, str]:
    """dag.test() of news_daily for each day; returns {day: final run state}."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(dags_folder))
    if bag.import_errors:
        raise SystemExit(f"DAG import errors: {bag.import_errors}")
    dag = bag.dags["news_daily"]
    states = {}
    for day in days:
        end = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) + timedelta(days=1)
        run = dag.test(run_after=end, logical_date=None)
        states[day.isoformat()] = str(getattr(run.state, "value", run.state))
    return states


def main(argv: list[str] | None = None) -> int:
    days = [date.fromisoformat(a) for a in (argv if argv is not None else sys.argv[1:])]
    states = run_news_daily(days)
    print("NEWSETL_RUN_STATES " + json.dumps(states))
    return 0 if all(s == "success" for s in states.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
