"""news_daily through Airflow itself (dag.test) over the demo site, into a throwaway warehouse:
three consecutive days, then a re-run that must change nothing."""

import json
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from conftest import ROOT, drop_database, make_database, query
from scrapers.commands import upgrade_warehouse
from scrapers.demo import write_demo_sources
from scrapers.demo_site import ANSWERS_PATH, serve_site

pytestmark = pytest.mark.airflow
DAYS = [datetime(2025, 3, d, tzinfo=timezone.utc) for d in (3, 4, 5)]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """Serve the demo site, point Airflow and newsetl at a fresh warehouse, run the DAG per day."""
    from airflow.dag_processing.dagbag import DagBag
    dsn = make_database("newsetl_dagtest")
    upgrade_warehouse(dsn)
    mp = pytest.MonkeyPatch()
    with serve_site() as site:
        sources = write_demo_sources(site.base_url, tmp_path_factory.mktemp("demo") / "sources.yaml")
        mp.setenv("NEWSETL_SOURCES", str(sources))
        mp.setenv("AIRFLOW_CONN_NEWS_WAREHOUSE", dsn)
        mp.setenv("NEWSETL_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/unused")  # the connection must win
        dag = DagBag(dag_folder=str(ROOT / "dags")).dags["news_daily"]
        runs = [dag.test(logical_date=day + timedelta(days=1)) for day in DAYS]
        yield {"dag": dag, "dsn": dsn, "runs": runs, "site": site}
    mp.undo()
    drop_database(dsn)


def loaded_per_day_and_source(dsn):
    rows = query(dsn, """SELECT a.source_id, to_char(min(d.published_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                         FROM news.articles a JOIN news.discovered_items d USING (url)
                         GROUP BY a.article_id, a.source_id""")
    return Counter((day, source) for source, day in rows)


def expected_per_day_and_source():
    answers = json.loads(ANSWERS_PATH.read_text())["articles"]
    return Counter((a["day"], a["source"]) for a in answers.values() if a["in_window"])


def test_each_run_covers_its_day_and_succeeds(demo_run):
    for day, run in zip(DAYS, demo_run["runs"]):
        assert run.state == "success"
        assert run.data_interval_start == day and run.data_interval_end == day + timedelta(days=1)


def test_each_days_articles_loaded_exactly_once(demo_run):
    assert loaded_per_day_and_source(demo_run["dsn"]) == expected_per_day_and_source()
    dupes = query(demo_run["dsn"], "SELECT url FROM news.articles GROUP BY url HAVING count(*) > 1")
    assert dupes == []


def test_statements_index_the_stored_text(demo_run):
    rows = query(demo_run["dsn"], "SELECT a.text, s.char_start, s.char_end, s.quote FROM news.statements s "
                                  "JOIN news.articles a USING (article_id)")
    assert len(rows) >= 30
    assert all(text[start:end] == quote for text, start, end, quote in rows)


def test_rerun_of_a_day_changes_nothing(demo_run):
    dsn = demo_run["dsn"]
    snapshot = ("SELECT (SELECT json_agg(json_build_array(article_id, url, content_hash, updated_at) "
                "ORDER BY article_id) FROM news.articles), (SELECT json_agg(json_build_array(statement_id, "
                "quote, speaker) ORDER BY statement_id) FROM news.statements)")
    before = query(dsn, snapshot)
    run = demo_run["dag"].test(logical_date=DAYS[1] + timedelta(days=1))
    assert run.state == "success"
    assert query(dsn, snapshot) == before
