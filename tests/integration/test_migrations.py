"""Migrations on the real PostgreSQL."""

import pytest

from conftest import drop_database, make_database, query
from scrapers import migrations
from scrapers.commands import upgrade_warehouse
from scrapers.errors import MigrationError
from scrapers.warehouse import connect_warehouse


def schema_snapshot(dsn):
    return query(dsn, """SELECT table_schema, table_name, column_name, data_type
                         FROM information_schema.columns WHERE table_schema IN ('news', 'news_meta')
                         ORDER BY 1, 2, 3""")


def test_apply_twice_changes_nothing():
    dsn = make_database()
    try:
        first = upgrade_warehouse(dsn)
        snapshot = schema_snapshot(dsn)
        assert first == [p.name for p in migrations.list_migrations()]
        assert upgrade_warehouse(dsn) == []
        assert schema_snapshot(dsn) == snapshot
        assert len(query(dsn, "SELECT * FROM news_meta.migrations")) == len(first)
    finally:
        drop_database(dsn)


def test_edited_applied_migration_is_refused(tmp_path):
    dsn = make_database()
    try:
        (tmp_path / "001_create_thing.sql").write_text("CREATE TABLE thing (id int);")
        conn = connect_warehouse(dsn)
        assert migrations.upgrade_database(conn, tmp_path) == ["001_create_thing.sql"]
        (tmp_path / "001_create_thing.sql").write_text("CREATE TABLE thing (id bigint);")
        with pytest.raises(MigrationError, match="was edited"):
            migrations.upgrade_database(conn, tmp_path)
        conn.close()
    finally:
        drop_database(dsn)


def test_failing_migration_leaves_nothing(tmp_path):
    dsn = make_database()
    try:
        (tmp_path / "001_create_ok.sql").write_text("CREATE TABLE ok_table (id int);")
        (tmp_path / "002_break_things.sql").write_text("CREATE TABLE half (id int); SELEC broken;")
        conn = connect_warehouse(dsn)
        with pytest.raises(MigrationError, match="002_break_things.sql failed"):
            migrations.upgrade_database(conn, tmp_path)
        conn.close()
        tables = {r[0] for r in query(dsn, "SELECT tablename FROM pg_tables WHERE schemaname='public'")}
        assert tables == {"ok_table"}
        assert [r[0] for r in query(dsn, "SELECT name FROM news_meta.migrations")] == ["001_create_ok.sql"]
    finally:
        drop_database(dsn)


def test_badly_named_file_is_refused(tmp_path):
    (tmp_path / "create.sql").write_text("")
    with pytest.raises(MigrationError, match="NNN_verb_object"):
        migrations.list_migrations(tmp_path)
