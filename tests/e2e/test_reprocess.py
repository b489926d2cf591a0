"""Reprocess: re-extract archived pages without fetching, report what changed (CLI and DAG)."""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, query
from support.loopback import LoopbackServer
from support.seed_site import site_routes, write_sources


@pytest.fixture
def loaded(tmp_path, clean_warehouse):
    """The seed site run through the pipeline, then made to look like an older extraction."""
    server = LoopbackServer({})
    server.routes.update(site_routes(server.base_url))
    env = {**os.environ, "NEWSETL_DATABASE_URL": clean_warehouse, "NEWSETL_BACKOFF_BASE_S": "0.01"}
    with server:
        sources = write_sources(tmp_path, server.base_url)
        subprocess.run([sys.executable, "-m", "scrapers", "run", "--sources", str(sources), "--since",
                        "2022-09-20", "--until", "2022-09-21"], check=True, cwd=ROOT, env=env,
                       capture_output=True)
        good = query(clean_warehouse, "SELECT text, content_hash FROM news.articles")
        query_exec(clean_warehouse, """UPDATE news.articles SET text = text || E'\\n\\nSource link',
                   content_hash = 'old', extractor_version = 'newsetl-extract/0'""")
        query_exec(clean_warehouse, "DELETE FROM news.statements WHERE char_start > 1000")
        requests_before = len(server.access_log)
        yield {"dsn": clean_warehouse, "env": env, "good": good, "server": server,
               "requests_before": requests_before}


def query_exec(dsn, sql):
    import psycopg2
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def test_cli_reprocess_restores_and_reports_without_fetching(loaded):
    out = subprocess.run([sys.executable, "-m", "scrapers", "reprocess", "--since", "2022-09-20",
                          "--until", "2022-09-20"], capture_output=True, text=True, cwd=ROOT,
                         env=loaded["env"], check=True)
    report = json.loads(out.stdout)["world-news-today"]
    assert report["pages"] == 1 and report["updated"] == 1
    assert report["changed"] == {"text": 1, "statements": 1, "extractor_version": 1}
    assert query(loaded["dsn"], "SELECT text, content_hash FROM news.articles") == loaded["good"]
    assert len(loaded["server"].access_log) == loaded["requests_before"]  # nothing fetched
    again = json.loads(subprocess.run([sys.executable, "-m", "scrapers", "reprocess", "--since",
                                       "2022-09-20", "--until", "2022-09-20"], capture_output=True,
                                      text=True, cwd=ROOT, env=loaded["env"], check=True).stdout)
    assert again["world-news-today"]["changed"] == {"unchanged": 1}


@pytest.mark.airflow
def test_news_reprocess_dag(loaded, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag
    monkeypatch.setenv("AIRFLOW_CONN_NEWS_WAREHOUSE", loaded["dsn"])
    dag = DagBag(dag_folder=str(ROOT / "dags")).dags["news_reprocess"]
    run = dag.test(run_conf={"since": "2022-09-20", "until": "2022-09-20"}, logical_date=None)
    assert run.state == "success"
    assert query(loaded["dsn"], "SELECT text, content_hash FROM news.articles") == loaded["good"]
    assert query(loaded["dsn"], "SELECT count(*) FROM news.statements")[0][0] >= 8
