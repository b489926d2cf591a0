"""`make demo`: serve the offline demo news site and run news_daily through Airflow.

1. serve the bundled demo site on loopback and write a sources file for it;
2. run `airflow dags test news_daily DAY` for each day (real Airflow, real tasks);
3. print articles and statements per day and source, and one sample article.
Running it again leaves the warehouse as it was: every load is an upsert.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from scrapers import warehouse
from scrapers.demo_site.server import serve_site

VAR = Path(os.environ.get("NEWSETL_VAR", Path.cwd() / "var"))
# A fixed port keeps the demo's article URLs (natural keys) the same from run to run.
DEMO_PORT = int(os.environ.get("NEWSETL_DEMO_PORT", "8765"))


def write_demo_sources(base_url: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""# written by `make demo` for the demo site at {base_url}
sources:
  - id: harbour-daily
    name: The Harbour Daily
    homepage: {base_url}/daily/
    feeds: [{base_url}/daily/feed.xml]
    rate_limit_per_s: 20
  - id: coastline-wire
    name: Coastline Wire
    homepage: {base_url}/wire/
    sitemaps: [{base_url}/wire/sitemap.xml]
    rate_limit_per_s: 20
""", encoding="utf-8")
    return path


def run_airflow_day(day: date, env: dict, log_dir: Path) -> None:
    """Run one DAG run of news_daily covering ``day`` in Airflow; raise with the log tail on failure.

    A manual run (what `dags test` makes) at logical date D covers the last complete
    interval, [D - 1 day, D): to cover ``day`` we run at ``day + 1``.
    """
    log_path = log_dir / f"news_daily-{day.isoformat()}.log"
    run_at = (day + timedelta(days=1)).isoformat()
    with log_path.open("w") as log:
        proc = subprocess.run([_airflow_bin(), "dags", "test", "news_daily", run_at],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    text = log_path.read_text(errors="replace")
    if proc.returncode != 0 or "state=failed" in text.replace(" ", "") or "DagRunState.FAILED" in text:
        tail = "\n".join(text.splitlines()[-40:])
        raise SystemExit(f"news_daily {day} failed (log: {log_path}):\n{tail}")
    print(f"  news_daily {day}: ok (log: {log_path})")


def _airflow_bin() -> str:
    candidate = Path(sys.executable).with_name("airflow")
    return str(candidate) if candidate.exists() else "airflow"


def summarize(days: list[date], dsn: str | None = None) -> str:
    """Articles and statements per day and source, totals, and one sample article."""
    lines = ["", "day         source           articles  statements"]
    with warehouse.open_transaction(dsn) as cur:
        for day in days:
            start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
            cur.execute(_PER_SOURCE, (start, start + timedelta(days=1)))
            for source_id, n_articles, n_statements in cur.fetchall():
                lines.append(f"{day}  {source_id:<16} {n_articles:>8}  {n_statements:>10}")
        cur.execute("SELECT (SELECT count(*) FROM news.articles), (SELECT count(*) FROM news.statements),"
                    " (SELECT count(*) FROM news.fetches)")
        articles, statements, fetches = cur.fetchone()
        lines.append(f"warehouse: {articles} articles, {statements} statements, {fetches} fetch-ledger rows")
        lines.extend(_sample_article(cur))
    return "\n".join(lines)


_PER_SOURCE = """
    SELECT a.source_id, count(DISTINCT a.article_id), count(s.statement_id)
    FROM news.articles a LEFT JOIN news.statements s USING (article_id)
    WHERE EXISTS (SELECT 1 FROM news.discovered_items d WHERE d.url = a.url
                  AND d.published_at >= %s AND d.published_at < %s)
    GROUP BY a.source_id ORDER BY a.source_id
"""


def _sample_article(cur) -> list[str]:
    cur.execute("""SELECT a.article_id, a.title, a.url, a.text FROM news.articles a
                   JOIN news.statements s USING (article_id)
                   GROUP BY a.article_id ORDER BY count(*) DESC, a.url LIMIT 1""")
    row = cur.fetchone()
    if not row:
        return ["(no article with statements)"]
    article_id, title, url, text = row
    out = ["", f"sample article: {title}", f"  {url}", "", text, "", "its statements:"]
    cur.execute("""SELECT kind, speaker, speaker_title, verb, channel, quote FROM news.statements
                   WHERE article_id = %s ORDER BY char_start""", (article_id,))
    for kind, speaker, title_, verb, channel, quote in cur.fetchall():
        extra = ", ".join(x for x in (title_, verb, channel) if x)
        out.append(f"  [{kind}] {speaker} ({extra}): {quote}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", nargs="+", type=date.fromisoformat, required=True)
    args = parser.parse_args(argv)
    log_dir = VAR / "demo"
    log_dir.mkdir(parents=True, exist_ok=True)
    with serve_site(port=DEMO_PORT) as site:
        sources = write_demo_sources(site.base_url, log_dir / "sources.yaml")
        print(f"demo site: {site.base_url}  (sources: {sources})")
        env = {**os.environ, "NEWSETL_SOURCES": str(sources)}
        for day in args.days:
            run_airflow_day(day, env, log_dir)
    print(summarize(args.days))
    return 0


if __name__ == "__main__":
    sys.exit(main())
