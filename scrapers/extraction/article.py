"""Turn one HTML page into an ``ExtractedArticle``: the extraction stage's orchestration.

Pure: no network, no database, no Airflow. ``EXTRACTOR_VERSION`` is recorded on every row;
bump ``RULES_VERSION`` whenever a rule in ``boilerplate.py`` or a choice in ``body.py`` changes.
"""

from __future__ import annotations

import re
from datetime import datetime

import trafilatura
from trafilatura.utils import load_html

from scrapers.extraction.body import extract_body
from scrapers.extraction.cleanup import strip_boilerplate, strip_boilerplate_nodes
from scrapers.extraction.dates import extract_dates
from scrapers.extraction.encoding import decode_html
from scrapers.extraction.linebreaks import wrap_break_paragraphs
from scrapers.extraction.metadata import (
    detect_language,
    extract_authors,
    extract_canonical_url,
    extract_site_name,
    extract_title,
    read_json_ld,
    read_meta,
)
from scrapers.models import ExtractedArticle

RULES_VERSION = 5
EXTRACTOR_VERSION = f"newsetl-extract/{RULES_VERSION} trafilatura/{trafilatura.__version__}"
PARAGRAPH_SEPARATOR = "\n\n"


_TAG_RE = re.compile(r"<(?:div|p|article|section|span|h[1-6]|figure|main)\b", re.IGNORECASE)


def parse_page(markup: str):
    """trafilatura's parser, and a second try for a fragment without <html> ('<div class="story">...'),
    which it declines as doubtful: a CMS export or a feed's content, wrapped in a page of its own."""
    tree = load_html(markup)
    if tree is None and markup and _TAG_RE.search(markup[:2000]):
        tree = load_html(f"<html><body>{markup}</body></html>")
    return tree


def extract_article(
    html: str | bytes, url: str | None = None, *, discovered_at: datetime | None = None
) -> ExtractedArticle:
    """Extract the article text and metadata of one page.

    ``discovered_at`` (when a feed or sitemap listed the page), if known, lets a date found on
    the page be checked for sanity (``dates.py``); without it only future dates are refused.

    1. Parse the HTML once (bytes are decoded by their declared or detected charset).
    2. Read the metadata from the untouched page: JSON-LD, <meta>, title, authors, dates, URL.
    3. Remove boilerplate by structure: comment areas, share bars, related posts, ...; wrap
       paragraphs made of double line breaks in <p> (``linebreaks.py``).
    4. Extract the body: trafilatura, other candidates only when the first is doubtful.
    5. Remove boilerplate by phrase: whole-paragraph rules, repeated headline, credit lines.
    6. Detect the language of the text and assemble the record.
    """
    tree = parse_page(decode_html(html))  # 1
    if tree is None:
        return ExtractedArticle(url=url or "", text="", extractor_version=EXTRACTOR_VERSION)
    json_ld, meta = read_json_ld(tree), read_meta(tree)  # 2
    site_name = extract_site_name(tree, meta, json_ld)
    title = extract_title(tree, meta, json_ld, site_name)
    dates = extract_dates(tree, meta, json_ld, url, discovered_at=discovered_at)
    canonical_url = extract_canonical_url(tree, meta, url)
    authors = extract_authors(tree, meta, json_ld, site_name)
    declared_body = next((item["articleBody"] for item in json_ld if isinstance(item.get("articleBody"), str)), None)
    titles = [title or "", meta.get("og:title", ""), *tree.xpath("//h1//text()")]
    strip_boilerplate_nodes(tree)  # 3
    wrap_break_paragraphs(tree)
    blocks = extract_body(tree, url or canonical_url, declared_body)  # 4
    text = PARAGRAPH_SEPARATOR.join(strip_boilerplate(blocks, titles))  # 5
    return ExtractedArticle(  # 6
        url=url or canonical_url or "",
        text=text,
        title=title,
        authors=authors,
        published_at=dates.published_at,
        modified_at=dates.modified_at,
        date_source=dates.date_source,
        language=detect_language(text, tree),
        canonical_url=canonical_url,
        site_name=site_name,
        extractor_version=EXTRACTOR_VERSION,
    )
