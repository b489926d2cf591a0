"""Metadata: title without the site name, people as authors, UTC dates with their source."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html
import pytest

from scrapers.extraction import extract_article
from scrapers.extraction.dates import extract_dates, parse_date
from scrapers.extraction.metadata import (
    detect_language,
    extract_authors,
    extract_canonical_url,
    extract_title,
    is_person_name,
    read_json_ld,
    read_meta,
    strip_site_name,
)

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def dates_of(tree, url=None):
    return extract_dates(tree, read_meta(tree), read_json_ld(tree), url, now=NOW)


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Occupied regions announce votes – World News Today", "World News Today", "Occupied regions announce votes"),
        ("Water rates to rise | Millbrook Gazette", "Millbrook Gazette", "Water rates to rise"),
        ("Millbrook Gazette | Water rates to rise", "Millbrook Gazette", "Water rates to rise"),
        ("Remote teams ship as fast - study", None, "Remote teams ship as fast - study"),
        ("A long headline about the budget vote in the council | Herald", None, "A long headline about the budget vote in the council"),
        ("Budget passes", "Herald", "Budget passes"),
    ],
)
def test_strip_site_name(title, site, expected):
    assert strip_site_name(title, site) == expected


@pytest.mark.parametrize("name", ["admin", "Staff", "By", "Reuters", "Redaktion", "https://x.example/me", "news@x.example",
                                  "World News Today", "Wire Staff", "AP Sports Writer", "News Desk", "jdadmin", "KWCHCIK",
                                  "The Russian", "Phil Helsel is a reporter", "—", "..."])
def test_roles_wires_urls_and_the_site_are_not_people(name):
    assert not is_person_name(name, site_name="World News Today")


def test_authors_from_meta_are_split_and_cleaned():
    tree = page('<meta name="author" content="By Jane Doe and John Roe">')
    assert extract_authors(tree, read_meta(tree), [], None) == ["Jane Doe", "John Roe"]


def test_authors_from_json_ld_persons_only():
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Lima"},'
          '{"@type":"Organization","name":"Folha"}]}</script>')
    tree = page(ld)
    assert extract_authors(tree, read_meta(tree), read_json_ld(tree), "Folha") == ["Ana Lima"]


@pytest.mark.parametrize("name", ["Sarah E. Needleman", "Camille Le Goff", "Ludwig van Beethoven", "José da Silva", "Jo"])
def test_names_of_people_are_people(name):
    assert is_person_name(name)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Sarah E Needleman", ["Sarah E Needleman"]),  # a middle initial, not Portuguese "e"
        ("GREG BEACHAM, AP Sports Writer", ["Greg Beacham"]),
        ("By Tom Kearney | Priya Natarajan", ["Tom Kearney", "Priya Natarajan"]),
        ("Ana Lima e João Souza", ["Ana Lima", "João Souza"]),
    ],
)
def test_author_values_are_split_into_people(value, names):
    tree = page(f'<meta name="author" content="{value}">')
    assert extract_authors(tree, read_meta(tree), [], None) == names


def test_byline_elements_name_authors_but_commenters_do_not():
    body = ('<ol class="comment-list"><li class="comment"><span class="author">Bob Reader</span></li></ol>'
            '<div class="byline-section"><span class="author">Kevin Johnson and Kevin McCoy</span></div>')
    tree = page("", body)
    assert extract_authors(tree, read_meta(tree), [], None) == ["Kevin Johnson", "Kevin McCoy"]


def test_entities_left_in_json_ld_are_decoded():
    tree = page('<script type="application/ld+json">{"@type":"Article","headline":"Review &#8211; shoots for the moon"}</script>')
    assert extract_title(tree, read_meta(tree), read_json_ld(tree), None) == "Review – shoots for the moon"


def test_byline_is_used_when_meta_names_no_person():
    tree = page('<meta name="author" content="admin">', '<a rel="author" href="/a/jo">Jo Adams</a>')
    assert extract_authors(tree, read_meta(tree), [], None) == ["Jo Adams"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-09-20T14:32:00+00:00", datetime(2022, 9, 20, 14, 32, tzinfo=UTC)),
        ("2019-11-18T07:45:00-0500", datetime(2019, 11, 18, 12, 45, tzinfo=UTC)),
        ("2024-03-05T09:30:00.000Z", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        ("2023-06-12 17:45:00", datetime(2023, 6, 12, 17, 45, tzinfo=UTC)),  # naive: taken as UTC
        ("Mon, 18 Nov 2019 07:45:00 GMT", datetime(2019, 11, 18, 7, 45, tzinfo=UTC)),
        ("20191118", datetime(2019, 11, 18, tzinfo=UTC)),
        ("2030-01-01T00:00:00Z", None),  # in the future
        ("1970-01-01", None),  # before the web news era
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date_gives_aware_utc_or_nothing(raw, expected):
    parsed = parse_date(raw, now=NOW)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo == UTC


def test_date_sources_in_order_of_trust():
    ld = '<script type="application/ld+json">{"@type":"Article","datePublished":"2023-01-02T10:00:00Z"}</script>'
    meta = '<meta property="article:published_time" content="2023-01-03T10:00:00Z">'
    time = '<time class="published" datetime="2023-01-04T10:00:00Z">4 Jan</time>'
    url = "https://x.example/2023/01/05/story/"
    assert dates_of(page(ld + meta, time), url).date_source == "json-ld"
    assert dates_of(page(meta, time), url).date_source == "meta"
    found = dates_of(page("", time), url)
    assert (found.date_source, found.published_at) == ("time", datetime(2023, 1, 4, 10, tzinfo=UTC))
    found = dates_of(page(), url)
    assert (found.date_source, found.published_at) == ("url", datetime(2023, 1, 5, tzinfo=UTC))
    assert dates_of(page(), "https://x.example/story").published_at is None


def test_future_signal_falls_through_to_the_next():
    tree = page('<meta property="article:published_time" content="2099-01-01T00:00:00Z">',
                '<time datetime="2024-05-01T08:00:00+02:00">1 May</time>')
    found = dates_of(tree)
    assert (found.date_source, found.published_at) == ("time", datetime(2024, 5, 1, 6, tzinfo=UTC))


def test_full_json_ld_timestamp_beats_a_date_only_time_element():
    # as on the German demo page: published 00:30 local time, the visible <time> gives the day only
    tree = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04T00:30:00+01:00"}</script>',
                '<time datetime="2024-03-04">4. März 2024</time>')
    found = dates_of(tree)
    assert (found.date_source, found.published_at) == ("json-ld", datetime(2024, 3, 3, 23, 30, tzinfo=UTC))


def test_date_only_signal_gives_way_to_a_full_timestamp_on_the_same_local_day():
    tree = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04"}</script>'
                '<meta property="article:published_time" content="2024-03-04T00:30:00+01:00">')
    found = dates_of(tree)
    assert (found.date_source, found.published_at) == ("meta", datetime(2024, 3, 3, 23, 30, tzinfo=UTC))
    other_day = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04"}</script>'
                     '<meta property="article:published_time" content="2024-02-01T10:00:00Z">')
    assert dates_of(other_day).published_at == datetime(2024, 3, 4, tzinfo=UTC)


def test_time_elements_of_comments_and_teasers_are_not_the_article_date():
    body = ('<ol class="comment-list"><li><time datetime="2024-05-03T08:00:00Z">3 May</time></li></ol>'
            '<div class="related-posts"><time datetime="2024-04-01T08:00:00Z">1 Apr</time></div>'
            '<article><time datetime="2024-05-01T08:00:00Z">1 May</time></article>')
    assert dates_of(page("", body)).published_at == datetime(2024, 5, 1, 8, tzinfo=UTC)


def test_modified_from_a_time_marked_updated():
    body = ('<time class="entry-date published" datetime="2024-05-01T08:00:00Z">1 May</time>'
            '<time class="updated" datetime="2024-05-02T09:00:00Z">2 May</time>')
    found = dates_of(page("", body))
    assert (found.published_at, found.modified_at) == (datetime(2024, 5, 1, 8, tzinfo=UTC), datetime(2024, 5, 2, 9, tzinfo=UTC))


def test_a_date_long_before_discovery_needs_a_second_signal():
    discovered = datetime(2024, 5, 1, tzinfo=UTC)
    lone = page("", '<time datetime="2019-01-01T10:00:00Z">old</time>')
    found = extract_dates(lone, {}, [], None, now=NOW, discovered_at=discovered)
    assert (found.published_at, found.date_source) == (None, None)
    corroborated = extract_dates(lone, {}, [], "https://x.example/2019/01/01/story/", now=NOW, discovered_at=discovered)
    assert corroborated.published_at == datetime(2019, 1, 1, 10, tzinfo=UTC)
    recent = page("", '<time datetime="2024-04-30T10:00:00Z">yesterday</time>')
    assert extract_dates(recent, {}, [], None, now=NOW, discovered_at=discovered).date_source == "time"


def test_dates_written_out_in_the_page_are_the_last_resort():
    tree = page("", '<h1>Swim results</h1><span class="storyDate">Posted: <span itemprop="datePublished">'
                    'Fri 6:45 PM, Feb 16, 2018</span></span><p>Results.</p>')
    found = dates_of(tree)
    assert (found.date_source, found.published_at) == ("htmldate", datetime(2018, 2, 16, tzinfo=UTC))


def test_modified_before_published_is_dropped():
    tree = page('<meta property="article:published_time" content="2024-01-02T00:00:00Z">'
                '<meta property="article:modified_time" content="2024-01-01T00:00:00Z">')
    assert dates_of(tree).modified_at is None


def test_canonical_url_is_made_absolute():
    tree = page('<link rel="canonical" href="/news/water-rates">')
    assert extract_canonical_url(tree, {}, "https://gazette.example/n/812") == "https://gazette.example/news/water-rates"
    assert extract_canonical_url(page(), {}, "https://gazette.example/n/812") == "https://gazette.example/n/812"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Der Stadtrat hat am Dienstagabend einen Nachtragshaushalt beschlossen, mit dem Schulen saniert werden.", "de"),
        ("Le conseil municipal a adopté lundi soir un plan de rénovation des piscines publiques de la ville.", "fr"),
        ("El Ayuntamiento aprobó este jueves un presupuesto con más inversión en transporte público.", "es"),
    ],
)
def test_language_of_the_text(text, code):
    assert detect_language(text, page()) == code


def test_short_text_falls_back_to_the_declared_language():
    tree = lxml.html.fromstring("<html lang='pt-BR'><body><p>Oi</p></body></html>")
    assert detect_language("Oi", tree) == "pt"


def test_fixture_page_metadata_end_to_end():
    from pathlib import Path

    pages = Path(__file__).resolve().parents[1] / "resources" / "pages"
    wp = extract_article((pages / "riverside-herald.example.city-council-budget.html").read_bytes())
    assert wp.title == "Council approves revised budget after late-night session"
    assert wp.authors == ["Maria Chen", "Tom Baker"]
    assert wp.published_at == datetime(2023, 11, 15, 4, 5, tzinfo=UTC)
    assert wp.modified_at == datetime(2023, 11, 15, 13, 10, tzinfo=UTC)
    assert wp.date_source == "json-ld"
    drupal = extract_article((pages / "millbrook-gazette.example.water-rates-increase.html").read_bytes(),
                             url="https://millbrook-gazette.example/node/812")
    assert drupal.title == "Water rates to rise six percent to replace lead pipes"
    assert drupal.authors == []  # "editor" is a role
    assert drupal.canonical_url == "https://millbrook-gazette.example/news/water-rates-increase"
    assert drupal.published_at == datetime(2023, 6, 12, 15, 45, tzinfo=UTC)
    german = extract_article((pages / "suedwest-nachrichten.example.stadtrat-nachtragshaushalt.html").read_bytes())
    assert (german.language, german.authors, german.site_name) == ("de", [], "Südwest Nachrichten")
