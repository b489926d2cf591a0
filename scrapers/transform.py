"""The per-article transform: extract, clean, normalize, find statements.

Pure (no I/O): the pipeline, `newsetl extract`, reprocessing and the benchmark
all call :func:`transform_page`.
"""

from __future__ import annotations

from datetime import datetime

from scrapers.extraction import extract_article
from scrapers.models import ProcessedArticle
from scrapers.normalize import hash_content, normalize_text
from scrapers.statements import extract_statements


def transform_page(html: str | bytes, url: str, source_id: str = "",
                   discovered_at: datetime | None = None) -> ProcessedArticle:
    """1. extract the article (trafilatura + our cleanup + metadata; ``discovered_at``,
       the feed or sitemap date, lets extraction sanity-check the page's own dates);
    2. normalize its text (NFC, whitespace) and hash it;
    3. find statements, with offsets into the normalized text."""
    article = extract_article(html, url=url, discovered_at=discovered_at)
    article.text = normalize_text(article.text)
    statements = extract_statements(article.text) if article.text else []
    return ProcessedArticle(source_id=source_id, url=url, article=article,
                            content_hash=hash_content(article.text), statements=statements)
