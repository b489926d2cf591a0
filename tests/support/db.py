"""Small helpers for reading the warehouse in tests and benchmarks."""

from __future__ import annotations

import psycopg2


def query(dsn: str, sql: str, params=None) -> list[tuple]:
    """Run one statement on a fresh connection and return all rows."""
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()
    finally:
        conn.close()
