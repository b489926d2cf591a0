"""Shared fixtures: a throwaway warehouse database on the real PostgreSQL, loopback servers."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from support.db import query  # noqa: F401  (tests import it from here)

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = Path(__file__).resolve().parent / "resources"
SHARED = ROOT.parent / "shared"
PG_URL = os.environ.get("NEWSETL_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432")

# Airflow reads its configuration at import: point it at the project before any test imports it.
os.environ.setdefault("AIRFLOW_HOME", str(ROOT / ".airflow"))
os.environ.setdefault("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
                      "postgresql+psycopg2://postgres@127.0.0.1:5432/newsetl_airflow")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(ROOT / "dags"))
os.environ.setdefault("AIRFLOW__CORE__PLUGINS_FOLDER", str(ROOT / "plugins"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("NEWSETL_USER_AGENT", "newsetl-tests/0.1 (+https://example.invalid/newsetl)")


def make_database(prefix: str = "newsetl_test") -> str:
    """Create an empty database with a unique name; return its DSN."""
    from scrapers.warehouse import create_database
    dsn = f"{PG_URL}/{prefix}_{uuid.uuid4().hex[:10]}"
    create_database(dsn)
    return dsn


def drop_database(dsn: str) -> None:
    import psycopg2
    name = dsn.rsplit("/", 1)[1]
    conn = psycopg2.connect(f"{PG_URL}/postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


@pytest.fixture(scope="session")
def warehouse_dsn():
    """A migrated throwaway warehouse for the whole session."""
    from scrapers.commands import upgrade_warehouse
    dsn = make_database()
    upgrade_warehouse(dsn)
    yield dsn
    drop_database(dsn)


@pytest.fixture
def clean_warehouse(warehouse_dsn):
    """The session warehouse, emptied before the test."""
    import psycopg2
    conn = psycopg2.connect(warehouse_dsn)
    with conn, conn.cursor() as cur:
        cur.execute("TRUNCATE news.statements, news.articles, news.fetches, news.pages, "
                    "news.discovered_items, news.sources, news.host_slots RESTART IDENTITY CASCADE")
    conn.close()
    return warehouse_dsn


