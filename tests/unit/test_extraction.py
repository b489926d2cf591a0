"""extract_article end to end on saved pages: the seed page and our boilerplate fixtures.

Each ``tests/resources/pages/<host>.<slug>.html`` comes with ``<same>.txt``, the exact text
expected (paragraphs separated by a blank line).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import trafilatura

from scrapers.extraction import EXTRACTOR_VERSION, extract_article

PAGES = Path(__file__).resolve().parents[1] / "resources" / "pages"
SEED = PAGES / "worldnewstoday.example.occupied-regions.html"
SEED_URL = "https://worldnewstoday.example/2022/09/20/occupied-regions-announce-votes-to-join-russia/"
BOILERPLATE_MARKERS = (
    "source link", "leave a reply", "will not be published", "required fields", "post comment",
    "save my name", "appeared first on", "erschien zuerst", "apparu en premier", "se publicó primero",
    "share this", "related", "tagged", "subscribe", "cancel reply", "thoughts on",
)


def fixture_pages() -> list[Path]:
    return sorted(PAGES.glob("*.html"))


@pytest.fixture(scope="module")
def seed():
    return extract_article(SEED.read_bytes(), url=SEED_URL)


def test_seed_page_has_no_boilerplate(seed):
    lowered = seed.text.lower()
    assert [marker for marker in BOILERPLATE_MARKERS if marker in lowered] == []


def test_seed_page_keeps_its_last_paragraph(seed):
    assert seed.text.endswith("“This is what the fear of defeat looks like,” Yermak wrote in a post on the Telegram messaging app.")


def test_seed_page_metadata(seed):
    assert seed.title == "Occupied regions announce votes to join Russia in wake of Ukrainian advances"
    assert seed.authors == []  # the only author is "admin"
    assert seed.published_at == datetime(2022, 9, 20, 14, 32, tzinfo=UTC)
    assert seed.published_at.isoformat() == "2022-09-20T14:32:00+00:00"
    assert seed.date_source == "meta"
    assert seed.language == "en"
    assert seed.canonical_url == SEED_URL
    assert seed.site_name == "World News Today"
    assert seed.url == SEED_URL


def test_text_is_plain_paragraphs_separated_by_blank_lines(seed):
    paragraphs = seed.text.split("\n\n")
    assert len(paragraphs) == 13
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)
    assert not any(p.startswith(("#", "- ", "* ", "> ")) for p in paragraphs)


@pytest.mark.parametrize("page", fixture_pages(), ids=lambda p: p.stem)
def test_fixture_page_text_is_exactly_the_article(page: Path):
    expected = page.with_suffix(".txt").read_text(encoding="utf-8").strip()
    assert extract_article(page.read_bytes()).text == expected


def test_real_sentences_about_comments_and_sources_are_kept():
    page = PAGES / "techledger.example.battery-plant-delay-comments.html"
    text = extract_article(page.read_text(encoding="utf-8")).text
    assert text.endswith("the source of the problem had been fixed and that the company had no further comments.")
    assert "Leave a comment below if you have worked at the plant" in text
    assert "The source of those reports, a former contractor, could not be reached." in text


def test_str_and_bytes_give_the_same_article():
    html = SEED.read_bytes()
    assert extract_article(html, SEED_URL) == extract_article(html.decode("utf-8"), SEED_URL)


@pytest.mark.parametrize("html", ["", b"", "not html at all", "<html><body></body></html>"])
def test_empty_or_broken_input_gives_an_empty_article(html):
    article = extract_article(html, url="https://example.org/x")
    assert article.text == ""
    assert article.url == "https://example.org/x"
    assert article.extractor_version == EXTRACTOR_VERSION


def test_extractor_version_names_rules_and_trafilatura(seed):
    assert EXTRACTOR_VERSION.startswith("newsetl-extract/")
    assert f"trafilatura/{trafilatura.__version__}" in EXTRACTOR_VERSION
    assert seed.extractor_version == EXTRACTOR_VERSION


def test_full_trafilatura_cascade_runs_only_for_a_doubtful_fast_body(monkeypatch):
    from scrapers.extraction import body

    calls = []
    real = body._run_trafilatura
    monkeypatch.setattr(body, "_run_trafilatura", lambda *a, **k: calls.append(k["fast"]) or real(*a, **k))
    extract_article(SEED.read_bytes(), url=SEED_URL)
    assert calls == [True]  # plenty of prose: the fast body is kept
    calls.clear()
    links = "".join(f'<li><a href="/{i}">Menu entry number {i}</a></li>' for i in range(40))
    extract_article(f"<html><body><ul>{links}</ul></body></html>", url="https://x.example/a")
    assert calls[0] is True and False in calls  # only links: readability and jusText get their say


def test_a_fragment_without_html_element_is_extracted():
    paragraphs = [f"Paragraph {i} of the story says the council will vote on the harbour plan next month, and "
                  f"residents who spoke at the meeting were divided about the cost of dredging." for i in range(4)]
    fragment = ('<div id="page-1" class="page">\n    <div class="story-body">\n        <figure><img src="x.jpg"></figure>\n'
                + "".join(f"        <p>{p}</p>\n" for p in paragraphs) + "    </div>\n</div>\n")
    article = extract_article(fragment, url="https://example.org/story")
    assert article.text.split("\n\n") == paragraphs
