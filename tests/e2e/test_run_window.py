"""`newsetl run` end to end: a saved site on loopback → discover → fetch → extract → load."""

import json
import subprocess
import sys

import pytest

from conftest import ROOT, query
from support.loopback import LoopbackServer
from support.seed_site import SEED_PATH, site_routes, write_sources

def run_cli(sources_file, dsn, *args):
    env_cmd = [sys.executable, "-m", "scrapers", "run", "--sources", str(sources_file),
               "--since", "2022-09-20", "--until", "2022-09-21", *args]
    import os
    env = {**os.environ, "NEWSETL_DATABASE_URL": dsn, "NEWSETL_BACKOFF_BASE_S": "0.01"}
    out = subprocess.run(env_cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture
def site():
    server = LoopbackServer({})
    server.routes.update(site_routes(server.base_url))
    with server:
        yield server


def test_window_loads_clean_article_with_statements_and_reruns_idempotently(site, tmp_path, clean_warehouse):
    sources = write_sources(tmp_path, site.base_url)
    report = run_cli(sources, clean_warehouse)
    day1, day2 = report["2022-09-20"]["world-news-today"], report["2022-09-21"]["world-news-today"]
    assert day1["process"]["inserted"] == 1 and day1["process"]["statements"] >= 8
    assert day2["fetch"]["outcomes"] == {"robots_disallowed": 1, "http_error": 1, "ok": 1}
    assert day2["process"]["failed"] == 1 and day2["process"]["inserted"] == 0
    (state, reason), = query(clean_warehouse, "SELECT state, dead_reason FROM news.url_states "
                                              "WHERE url LIKE '%%/broken/'")
    assert state == "dead" and reason.startswith("no_article_text")  # not re-extracted every run
    assert report["2022-09-21"]["quality"]["per_source"] == {}

    (text,) = query(clean_warehouse, "SELECT text FROM news.articles")[0]
    for junk in ("Source link", "Leave a Reply", "will not be published", "Post Comment"):
        assert junk not in text
    assert text.endswith("This is what the fear of defeat looks like,\u201d Yermak wrote in a post on "
                         "the Telegram messaging app.")
    rows = query(clean_warehouse, "SELECT s.speaker, s.quote, a.text, s.char_start, s.char_end "
                                  "FROM news.statements s JOIN news.articles a USING (article_id)")
    assert all(t[a:b] == q for _, q, t, a, b in rows)
    speakers = {r[0] for r in rows}
    assert {"Dmytro Kuleba", "Andriy Yermak"} <= speakers
    assert "/private/2022/09/21/secret/" not in site.paths()

    before = query(clean_warehouse, "SELECT article_id, content_hash FROM news.articles")
    statements_before = query(clean_warehouse, "SELECT statement_id, quote FROM news.statements ORDER BY 1")
    again = run_cli(sources, clean_warehouse)
    assert again["2022-09-20"]["world-news-today"]["fetch"]["already_loaded"] == 1
    assert query(clean_warehouse, "SELECT article_id, content_hash FROM news.articles") == before
    assert query(clean_warehouse, "SELECT statement_id, quote FROM news.statements ORDER BY 1") == statements_before
    assert site.paths().count(SEED_PATH) == 1  # a loaded article is not fetched again
    feed_requests = [e for e in site.access_log if e["path"] == "/feed.xml"]
    assert len(feed_requests) == 4 and all("newsetl" in e["headers"]["User-Agent"] for e in feed_requests)


def test_unknown_source_and_bad_sources_file_fail_clearly(tmp_path, clean_warehouse):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - id: X y\n")
    out = subprocess.run([sys.executable, "-m", "scrapers", "run", "--sources", str(bad),
                          "--since", "2022-09-20", "--until", "2022-09-20"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2
    assert "lowercase slug" in out.stderr and "Traceback" not in out.stderr
