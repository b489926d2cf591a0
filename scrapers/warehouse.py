"""Connections to the PostgreSQL warehouse, and the rows discovery writes.

The DSN comes from the caller (Airflow's `news_warehouse` connection) or the
setting DATABASE_URL (env ``NEWSETL_DATABASE_URL``). The DSN is never logged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import psycopg2.extensions
import psycopg2.sql
import psycopg2.extras

from scrapers.errors import WarehouseError
from scrapers.models import DiscoveredItem
from scrapers.settings import get_setting
from scrapers.sources import Source


def resolve_dsn(dsn: str | None = None) -> str:
    return dsn or str(get_setting("DATABASE_URL"))


def redact_dsn(dsn: str) -> str:
    """Where a DSN points (host, port, database), without user or password, for messages."""
    try:
        parts = psycopg2.extensions.parse_dsn(dsn)
    except psycopg2.ProgrammingError:
        return "<unparsable DSN>"
    return f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '?')}"


def connect_warehouse(dsn: str | None = None):
    """Open a psycopg2 connection (autocommit off); WarehouseError if unreachable."""
    dsn = resolve_dsn(dsn)
    try:
        return psycopg2.connect(dsn, connect_timeout=10)
    except psycopg2.OperationalError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreachable"
        raise WarehouseError(f"cannot connect to warehouse {redact_dsn(dsn)}: {first_line}") from None


@contextlib.contextmanager
def open_transaction(dsn: str | None = None) -> Iterator:
    """Yield a cursor in one transaction on a connection of its own: committed on success,
    rolled back on any error.

    A connection lost mid-transaction raises WarehouseError (from the original error):
    nothing of the transaction is kept, and a retry starts clean.
    """
    with open_connection(dsn) as conn, transaction(conn) as cur:
        yield cur


@contextlib.contextmanager
def open_connection(dsn: str | None = None) -> Iterator:
    """One connection for many short transactions (``transaction``), closed at the end."""
    conn = connect_warehouse(dsn)
    try:
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def transaction(conn) -> Iterator:
    """Yield a cursor in one transaction on ``conn``, as ``open_transaction`` does."""
    try:
        with conn.cursor() as cur:
            yield cur
        conn.commit()
    except (psycopg2.OperationalError, psycopg2.InterfaceError) as exc:
        _rollback_quietly(conn)
        first_line = (str(exc).strip().splitlines() or ["connection lost"])[0]
        raise WarehouseError(f"warehouse connection lost, transaction rolled back: {first_line}") from exc
    except BaseException:
        _rollback_quietly(conn)
        raise


def _rollback_quietly(conn) -> None:
    try:
        conn.rollback()
    except psycopg2.Error:
        pass  # the connection is gone: the server discards the transaction itself


def create_database(dsn: str | None = None) -> bool:
    """Create the DSN's database on its server if missing; True when created."""
    dsn = resolve_dsn(dsn)
    parts = urlsplit(dsn)
    name = parts.path.lstrip("/")
    admin_dsn = urlunsplit(parts._replace(path="/postgres"))
    conn = connect_warehouse(admin_dsn)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if cur.fetchone():
                return False
            cur.execute(psycopg2.sql.SQL("CREATE DATABASE {}").format(psycopg2.sql.Identifier(name)))
            return True
    finally:
        conn.close()


def upsert_sources(cur, sources: Iterable[Source]) -> None:
    rows = [(s.id, s.name, s.homepage) for s in sources]
    psycopg2.extras.execute_values(cur, """
        INSERT INTO news.sources (source_id, name, homepage) VALUES %s
        ON CONFLICT (source_id) DO UPDATE
        SET name = EXCLUDED.name, homepage = EXCLUDED.homepage, updated_at = now()
        WHERE (news.sources.name, news.sources.homepage) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.homepage)
    """, rows)


def upsert_discovered_items(cur, items: Iterable[DiscoveredItem]) -> int:
    """Record discovered items; a re-run refreshes last_seen_at and never duplicates.
    The first date seen is kept: a later sitemap lastmod (an edit) does not move an
    article to another day."""
    rows = {(i.source_id, i.url, i.origin): (i.source_id, i.url, i.origin, i.origin_kind,
                                             i.published_at, i.title) for i in items}
    if not rows:
        return 0
    psycopg2.extras.execute_values(cur, """
        INSERT INTO news.discovered_items (source_id, url, origin, origin_kind, published_at, title)
        VALUES %s
        ON CONFLICT (source_id, url, origin) DO UPDATE
        SET last_seen_at = now(),
            published_at = COALESCE(news.discovered_items.published_at, EXCLUDED.published_at),
            title = COALESCE(EXCLUDED.title, news.discovered_items.title)
    """, list(rows.values()))
    return len(rows)


def select_discovered_urls(cur, source_id: str, start, end, limit: int | None) -> list[str]:
    """URLs of a source whose discovery date falls in [start, end), oldest first."""
    cur.execute("""
        SELECT url FROM news.discovered_items
        WHERE source_id = %s AND published_at >= %s AND published_at < %s
        GROUP BY url ORDER BY min(published_at), url LIMIT %s
    """, (source_id, start, end, limit))
    return [row[0] for row in cur.fetchall()]


def select_discovery_dates(cur, urls: list[str]) -> dict:
    """The earliest feed/sitemap date of each URL (those that have one)."""
    cur.execute("""SELECT url, min(published_at) FROM news.discovered_items
                   WHERE url = ANY(%s) AND published_at IS NOT NULL GROUP BY url""", (urls,))
    return dict(cur.fetchall())
