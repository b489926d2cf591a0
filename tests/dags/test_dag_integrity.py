"""The DAG folder parses cleanly, and the core never imports Airflow."""

import ast
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.airflow


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag
    return DagBag(dag_folder=str(ROOT / "dags"))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert "news_daily" in dagbag.dags


def test_every_dag_has_tags_retries_and_docs(dagbag):
    for dag_id, dag in dagbag.dags.items():
        assert dag.tags, dag_id
        assert dag.doc_md, dag_id
        for task in dag.tasks:
            assert task.retries >= 1, f"{dag_id}.{task.task_id} has no retries"


def test_news_daily_shape(dagbag):
    dag = dagbag.dags["news_daily"]
    assert type(dag.timetable).__name__ == "CronDataIntervalTimetable"
    assert {t.task_id for t in dag.tasks} >= {"list_sources", "discover", "fetch", "process", "check_quality"}
    assert dag.get_task("fetch").pool == "news_fetch"
    assert dag.get_task("discover").pool == "news_fetch"


def test_scrapers_never_imports_airflow_statically():
    offenders = []
    for path in (ROOT / "scrapers").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "airflow"]
    assert offenders == []


def test_scrapers_import_does_not_load_airflow():
    code = ("import sys, pkgutil, importlib, scrapers\n"
            "for m in pkgutil.walk_packages(scrapers.__path__, 'scrapers.'):\n"
            "    if not m.name.endswith('__main__'):\n"
            "        importlib.import_module(m.name)\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] == 'airflow'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_dag_file_does_no_io_at_import():
    tree = ast.parse((ROOT / "dags" / "news_daily.py").read_text())
    top_imports = {n.module for n in tree.body if isinstance(n, ast.ImportFrom)}
    assert not any(m and m.startswith("scrapers") for m in top_imports), "heavy imports belong inside tasks"
