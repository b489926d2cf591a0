"""Apply the numbered plain-SQL migrations in ``sql/`` (forward only).

Each file ``NNN_verb_object.sql`` runs once, in its own transaction, under an
advisory lock; its name and checksum are recorded in
``news_meta.migrations``. An applied file whose checksum changed is refused.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from scrapers.errors import MigrationError

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
_NAME = re.compile(r"^\d{3}_[a-z0-9_]+\.sql$")
_LOCK_KEY = 8_471_230_001  # advisory lock id for migrations

_LEDGER = """
CREATE SCHEMA IF NOT EXISTS news_meta;
CREATE TABLE IF NOT EXISTS news_meta.migrations (
    name       text PRIMARY KEY,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""


def list_migrations(sql_dir: Path = SQL_DIR) -> list[Path]:
    """The migration files in apply order; MigrationError on a badly named file."""
    files = sorted(p for p in sql_dir.glob("*.sql"))
    bad = [p.name for p in files if not _NAME.match(p.name)]
    if bad:
        raise MigrationError(f"migration files must be named NNN_verb_object.sql: {bad}")
    return files


def compute_checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def upgrade_database(conn, sql_dir: Path = SQL_DIR) -> list[str]:
    """Apply pending migrations on ``conn`` (psycopg2); return the names applied.

    1. take the advisory lock so concurrent upgrades wait for each other;
    2. create the ledger table if missing and read what is applied;
    3. refuse if an applied file changed; apply each pending file in its own transaction.
    """
    applied_now: list[str] = []
    conn.autocommit = False
    with conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
    try:
        applied = _read_ledger(conn)
        for path in list_migrations(sql_dir):
            digest = compute_checksum(path)
            if path.name in applied:
                if applied[path.name] != digest:
                    raise MigrationError(f"applied migration {path.name} was edited; "
                                         "add a new migration instead")
                continue
            _apply_file(conn, path, digest)
            applied_now.append(path.name)
    finally:
        conn.rollback()
        with conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))
        conn.commit()
    return applied_now


def _read_ledger(conn) -> dict[str, str]:
    with conn.cursor() as cur:
        cur.execute(_LEDGER)
        cur.execute("SELECT name, checksum FROM news_meta.migrations")
        rows = dict(cur.fetchall())
    conn.commit()
    return rows


def _apply_file(conn, path: Path, digest: str) -> None:
    try:
        with conn.cursor() as cur:
            cur.execute(path.read_text(encoding="utf-8"))
            cur.execute("INSERT INTO news_meta.migrations (name, checksum) VALUES (%s, %s)",
                        (path.name, digest))
        conn.commit()
    except Exception as exc:
        conn.rollback()
        raise MigrationError(f"{path.name} failed: {exc}") from exc
