import pytest

from scrapers.errors import SourcesError
from scrapers.sources import load_sources, parse_sources, select_sources

GOOD = {"sources": [{"id": "nbc-news", "name": "NBC News", "homepage": "https://www.nbcnews.com/",
                     "feeds": ["https://feeds.nbcnews.com/nbcnews/public/news"],
                     "sitemaps": ["https://www.nbcnews.com/sitemap/nbcnews/sitemap-news"],
                     "rate_limit_per_s": 0.5}]}


def test_parse_valid_source_and_hosts():
    (source,) = parse_sources(GOOD)
    assert source.id == "nbc-news" and source.rate_limit_per_s == 0.5
    assert source.hosts == {"www.nbcnews.com", "feeds.nbcnews.com"}
    assert source.owns_url("https://www.nbcnews.com/politics/x")
    assert not source.owns_url("https://evil.example/x")


def test_every_problem_is_reported_at_once():
    raw = {"sources": [
        {"id": "Bad Id", "homepage": "ftp://x", "feeds": "not-a-url"},
        {"id": "ok", "homepage": "https://a.example/", "sitemaps": ["https://a.example/s.xml"],
         "rate_limit_per_s": -1, "colour": "red"},
        {"id": "ok", "homepage": "https://a.example/", "feeds": ["https://a.example/f"]},
    ]}
    with pytest.raises(SourcesError) as info:
        parse_sources(raw, origin="s.yaml")
    message = str(info.value)
    for fragment in ("lowercase slug", "homepage: not an http(s) URL", "feeds: not an http(s) URL",
                     "rate_limit_per_s", "unknown keys ['colour']", "duplicate source id 'ok'"):
        assert fragment in message


def test_missing_file_and_bad_yaml_are_clear(tmp_path):
    with pytest.raises(SourcesError, match="not found"):
        load_sources(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: [\n  - id: x\n   homepage: ]")
    with pytest.raises(SourcesError, match="not valid YAML"):
        load_sources(bad)
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    with pytest.raises(SourcesError, match="'sources' list"):
        load_sources(empty)


def test_select_unknown_source():
    sources = parse_sources(GOOD)
    assert select_sources(sources, None) == sources
    with pytest.raises(SourcesError, match="no source with id 'cnn'"):
        select_sources(sources, "cnn")


def test_shipped_sources_files_are_valid():
    from conftest import ROOT
    assert len(load_sources(ROOT / "sources.yaml")) >= 4
    assert any(s.id == "nbc-news" for s in load_sources(ROOT / "sources.yaml"))


def test_shipped_demo_sources_match_what_the_demo_writes(tmp_path):
    from conftest import ROOT
    from scrapers.demo import write_demo_sources
    written = load_sources(write_demo_sources("http://127.0.0.1:8765", tmp_path / "s.yaml"))
    assert load_sources(ROOT / "sources.demo.yaml") == written
