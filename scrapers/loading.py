"""Load articles and their statements: idempotent upserts on natural keys.

An article's natural key is its URL; a statement's is (article, kind, span).
A batch is loaded in one transaction by the caller, so a failure leaves nothing
half-loaded and a re-run never duplicates a row.
"""

from __future__ import annotations

import psycopg2.extras

from scrapers.models import ProcessedArticle
from scrapers.settings import get_setting
from scrapers.warehouse import open_transaction

_UPSERT_ARTICLE = """
INSERT INTO news.articles AS a (source_id, url, canonical_url, title, authors, published_at,
    modified_at, date_source, language, site_name, text, content_hash, extractor_version)
VALUES (%(source_id)s, %(url)s, %(canonical_url)s, %(title)s, %(authors)s, %(published_at)s,
    %(modified_at)s, %(date_source)s, %(language)s, %(site_name)s, %(text)s, %(content_hash)s,
    %(extractor_version)s)
ON CONFLICT (url) DO UPDATE SET
    canonical_url = EXCLUDED.canonical_url, title = EXCLUDED.title, authors = EXCLUDED.authors,
    published_at = EXCLUDED.published_at, modified_at = EXCLUDED.modified_at,
    date_source = EXCLUDED.date_source, language = EXCLUDED.language,
    site_name = EXCLUDED.site_name, text = EXCLUDED.text, content_hash = EXCLUDED.content_hash,
    extractor_version = EXCLUDED.extractor_version, updated_at = now()
WHERE (a.content_hash, a.extractor_version, a.title, a.authors, a.published_at, a.modified_at,
       a.date_source, a.language, a.canonical_url, a.site_name, a.source_id)
    IS DISTINCT FROM (EXCLUDED.content_hash, EXCLUDED.extractor_version, EXCLUDED.title,
       EXCLUDED.authors, EXCLUDED.published_at, EXCLUDED.modified_at, EXCLUDED.date_source,
       EXCLUDED.language, EXCLUDED.canonical_url, EXCLUDED.site_name, EXCLUDED.source_id)
RETURNING article_id, (xmax = 0) AS inserted
"""


def upsert_article(cur, item: ProcessedArticle) -> tuple[int, str]:
    """Insert or update one article; returns (article_id, 'inserted'|'updated'|'unchanged')."""
    art = item.article
    cur.execute(_UPSERT_ARTICLE, {
        "source_id": item.source_id, "url": item.url, "canonical_url": art.canonical_url,
        "title": art.title, "authors": list(art.authors), "published_at": art.published_at,
        "modified_at": art.modified_at, "date_source": art.date_source,
        "language": art.language, "site_name": art.site_name, "text": art.text,
        "content_hash": item.content_hash, "extractor_version": art.extractor_version})
    row = cur.fetchone()
    if row:
        return row[0], "inserted" if row[1] else "updated"
    cur.execute("SELECT article_id FROM news.articles WHERE url = %s", (item.url,))
    return cur.fetchone()[0], "unchanged"


def replace_statements(cur, article_id: int, item: ProcessedArticle) -> int:
    """Make the article's statements exactly ``item.statements`` (upsert, delete the rest).

    Statements with an empty span, or repeating another's (kind, span), are dropped so
    that one bad statement cannot fail the whole batch."""
    unique = {(s.kind, s.start, s.end): s for s in item.statements if 0 <= s.start < s.end}
    rows = [(article_id, s.kind, s.quote, s.speaker, s.speaker_title, s.verb, s.channel,
             s.start, s.end, s.confidence) for s in unique.values()]
    keys = list(unique)
    cur.execute("""
        DELETE FROM news.statements WHERE article_id = %s
        AND (kind, char_start, char_end) NOT IN (SELECT * FROM unnest(%s::text[], %s::int[], %s::int[]))
    """, (article_id, [k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys]))
    if rows:
        psycopg2.extras.execute_values(cur, """
            INSERT INTO news.statements AS s (article_id, kind, quote, speaker, speaker_title,
                verb, channel, char_start, char_end, confidence) VALUES %s
            ON CONFLICT (article_id, kind, char_start, char_end) DO UPDATE SET
                quote = EXCLUDED.quote, speaker = EXCLUDED.speaker,
                speaker_title = EXCLUDED.speaker_title, verb = EXCLUDED.verb,
                channel = EXCLUDED.channel, confidence = EXCLUDED.confidence
            WHERE (s.quote, s.speaker, s.speaker_title, s.verb, s.channel, s.confidence) IS DISTINCT FROM
                (EXCLUDED.quote, EXCLUDED.speaker, EXCLUDED.speaker_title, EXCLUDED.verb,
                 EXCLUDED.channel, EXCLUDED.confidence)""", rows)
    return len(rows)


def load_articles(cur, items: list[ProcessedArticle]) -> dict[str, int]:
    """Upsert a batch of articles with their statements (caller owns the transaction)."""
    counts = {"inserted": 0, "updated": 0, "unchanged": 0, "statements": 0}
    for item in items:
        article_id, change = upsert_article(cur, item)
        counts[change] += 1
        counts["statements"] += replace_statements(cur, article_id, item)
    return counts


def load_in_batches(items: list[ProcessedArticle], dsn: str | None = None) -> dict[str, int]:
    """Load ``items`` in batches of LOAD_BATCH_SIZE, each batch in one transaction."""
    size = int(get_setting("LOAD_BATCH_SIZE"))
    totals = {"inserted": 0, "updated": 0, "unchanged": 0, "statements": 0}
    for start in range(0, len(items), size):
        with open_transaction(dsn) as cur:
            counts = load_articles(cur, items[start:start + size])
        totals = {k: totals[k] + counts[k] for k in totals}
    return totals
