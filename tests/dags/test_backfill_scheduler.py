"""`airflow backfill create` executed by a running scheduler (api-server, scheduler,
dag-processor, LocalExecutor) over the demo site: each day loaded exactly once, and a
second backfill over the same days (reprocessing completed runs) changes nothing."""

import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, drop_database, make_database, query
from scrapers.commands import upgrade_warehouse
from scrapers.demo import write_demo_sources
from scrapers.demo_site import ANSWERS_PATH, serve_site

pytestmark = pytest.mark.airflow
AIRFLOW = str(Path(sys.executable).with_name("airflow"))
SNAPSHOT = ("SELECT (SELECT json_agg(json_build_array(article_id, url, content_hash, updated_at) "
            "ORDER BY article_id) FROM news.articles), (SELECT json_agg(json_build_array(statement_id, "
            "quote, speaker) ORDER BY statement_id) FROM news.statements)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def airflow(env, *args, timeout=180):
    out = subprocess.run([AIRFLOW, *args], env=env, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    return out.stdout


def wait_for(predicate, timeout: float, what: str, logs: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(2)
    tails = {p.name: p.read_text(errors="replace")[-3000:] for p in logs.glob("*.log")}
    raise AssertionError(f"timed out waiting for {what}: {json.dumps(tails, indent=1)[:8000]}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    home = tmp_path_factory.mktemp("airflow_home")
    meta, dsn = make_database("newsetl_af"), make_database("newsetl_bf")
    upgrade_warehouse(dsn)
    port = free_port()
    procs = []
    with serve_site() as site:
        env = {**os.environ, "AIRFLOW_HOME": str(home),
               "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": meta.replace("postgresql://", "postgresql+psycopg2://"),
               "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
               "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
               "AIRFLOW__API_AUTH__JWT_SECRET": "newsetl-test-secret",
               "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
               "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
               "NEWSETL_SOURCES": str(write_demo_sources(site.base_url, home / "sources.yaml")),
               "AIRFLOW_CONN_NEWS_WAREHOUSE": dsn, "NEWSETL_DATABASE_URL": dsn}
        airflow(env, "db", "migrate")
        airflow(env, "pools", "set", "news_fetch", "4", "newsetl fetch")
        for name, args in {"api": ["api-server", "--port", str(port)], "scheduler": ["scheduler"],
                           "dag-processor": ["dag-processor"]}.items():
            log = (home / f"{name}.log").open("w")
            procs.append(subprocess.Popen([AIRFLOW, *args], env=env, stdout=log, stderr=subprocess.STDOUT))
        try:
            wait_for(lambda: query(meta, "SELECT count(*) FROM dag WHERE dag_id = 'news_daily'")[0][0] == 1,
                     180, "news_daily to be parsed", home)
            yield {"env": env, "meta": meta, "dsn": dsn, "home": home}
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
    drop_database(dsn)
    drop_database(meta)


def backfill_done(meta: str, backfill_count: int):
    """True once every backfill is complete and no backfill run is still queued or running."""
    def check():
        rows = query(meta, "SELECT count(*) FILTER (WHERE completed_at IS NOT NULL), count(*) FROM backfill")
        runs = query(meta, "SELECT state FROM dag_run WHERE run_type = 'backfill'")
        return (rows[0] == (backfill_count, backfill_count) and len(runs) == 3
                and all(r[0] in ("success", "failed") for r in runs))
    return check


def test_backfill_loads_each_day_once_and_rerun_changes_nothing(stack):
    env, meta, dsn = stack["env"], stack["meta"], stack["dsn"]
    airflow(env, "backfill", "create", "--dag-id", "news_daily", "--from-date", "2025-03-03",
            "--to-date", "2025-03-05")
    wait_for(backfill_done(meta, 1), 600, "the backfill", stack["home"])
    runs = query(meta, """SELECT to_char(data_interval_start AT TIME ZONE 'UTC', 'YYYY-MM-DD'), state
                          FROM dag_run WHERE run_type = 'backfill' ORDER BY 1""")
    assert runs == [("2025-03-03", "success"), ("2025-03-04", "success"), ("2025-03-05", "success")]

    answers = json.loads(ANSWERS_PATH.read_text())["articles"].values()
    expected = Counter((a["day"], a["source"]) for a in answers if a["in_window"])
    loaded = query(dsn, """SELECT a.source_id, to_char(min(d.published_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                           FROM news.articles a JOIN news.discovered_items d USING (url)
                           GROUP BY a.article_id, a.source_id""")
    assert Counter((day, source) for source, day in loaded) == expected

    before = query(dsn, SNAPSHOT)
    airflow(env, "backfill", "create", "--dag-id", "news_daily", "--from-date", "2025-03-05",
            "--to-date", "2025-03-05", "--reprocess-behavior", "completed")
    wait_for(backfill_done(meta, 2), 600, "the second backfill", stack["home"])
    rerun = query(meta, """SELECT max(try_number) FROM task_instance t JOIN dag_run r USING (run_id)
                           WHERE t.task_id = 'process' AND r.data_interval_start = '2025-03-05'""")
    assert rerun[0][0] >= 2  # the day really ran again
    assert query(meta, "SELECT state FROM dag_run WHERE run_type = 'backfill'") == [("success",)] * 3
    assert query(dsn, SNAPSHOT) == before
