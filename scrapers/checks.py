"""Data-quality checks over one interval's loaded rows (run at the end of a DAG run).

A failed check raises :class:`QualityCheckFailed` naming the check and its count.
"""

from __future__ import annotations

from scrapers import warehouse
from scrapers.errors import NewsetlError
from scrapers.models import Interval

# Articles of the interval: those whose discovery date falls in it.
_INTERVAL_ARTICLES = """
    SELECT a.* FROM news.articles a
    WHERE EXISTS (SELECT 1 FROM news.discovered_items d WHERE d.url = a.url
                  AND d.published_at >= %(start)s AND d.published_at < %(end)s)
"""

# name -> SQL counting offending rows among the interval's articles; each must be 0.
CHECKS = {
    "statement_offsets_index_text": f"""
        SELECT count(*) FROM news.statements s JOIN ({_INTERVAL_ARTICLES}) a USING (article_id)
        WHERE substr(a.text, s.char_start + 1, s.char_end - s.char_start) <> s.quote""",
    "article_text_not_empty": f"""
        SELECT count(*) FROM ({_INTERVAL_ARTICLES}) a WHERE length(btrim(a.text)) = 0""",
    "no_comment_form_boilerplate": f"""
        SELECT count(*) FROM ({_INTERVAL_ARTICLES}) a
        WHERE a.text ~* '(?n)(your email address will not be published|required fields are marked|^leave a reply$|^source link$)'""",
}

_COUNTS = f"""
    SELECT a.source_id, count(DISTINCT a.article_id), count(s.statement_id)
    FROM ({_INTERVAL_ARTICLES}) a LEFT JOIN news.statements s USING (article_id)
    GROUP BY a.source_id ORDER BY a.source_id
"""


def count_per_source(cur, interval: Interval) -> dict[str, dict[str, int]]:
    """Articles and statements of the interval, per source."""
    cur.execute(_COUNTS, {"start": interval.start, "end": interval.end})
    return {sid: {"articles": n, "statements": m} for sid, n, m in cur.fetchall()}


class QualityCheckFailed(NewsetlError):
    """Loaded rows broke a data-quality rule."""


def check_interval(interval: Interval, dsn: str | None = None, summaries: list | None = None) -> dict:
    """Run every check for the interval's articles; return counts per source."""
    params = {"start": interval.start, "end": interval.end}
    with warehouse.open_transaction(dsn) as cur:
        failures = {}
        for name, sql in CHECKS.items():
            cur.execute(sql, params)
            bad = cur.fetchone()[0]
            if bad:
                failures[name] = bad
        per_source = count_per_source(cur, interval)
    if failures:
        raise QualityCheckFailed(f"quality checks failed for {interval.label()}: {failures}")
    return {"interval": interval.label(), "per_source": per_source,
            "failed_pages": sum(s.get("failed", 0) for s in summaries or [])}
