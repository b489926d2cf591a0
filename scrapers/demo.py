"""`make demo`: serve the offline demo news site and run news_daily through Airflow.

1. serve the bundled demo site on loopback and write a sources file for it;
2. run news_daily in Airflow for each day (dag.test: real tasks, real metadata DB);
3. print articles and statements per day and source, and one sample article.
Running it again leaves the warehouse as it was: every load is an upsert.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from scrapers import warehouse
from scrapers.checks import count_per_source
from scrapers.models import Interval
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


def run_airflow_days(days: list[date], env: dict, log_dir: Path) -> None:
    """Run news_daily in Airflow (dag.test, real tasks and metadata DB) for each day.

    The runner lives with the Airflow glue (plugins/newsetl_airflow/runs.py); this
    package never imports Airflow, so it is started as a separate process.
    """
    log_path = log_dir / "news_daily.log"
    with log_path.open("w") as log:
        proc = subprocess.run([sys.executable, "-m", "newsetl_airflow.runs", *map(str, days)],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    text = log_path.read_text(errors="replace")
    states = next((json.loads(line.split(" ", 1)[1]) for line in text.splitlines()
                   if line.startswith("NEWSETL_RUN_STATES ")), {})
    for day in days:
        print(f"  news_daily covering {day}: {states.get(day.isoformat(), 'did not run')}")
    if proc.returncode != 0:
        tail = "\n".join(text.splitlines()[-40:])
        raise SystemExit(f"news_daily failed (full log: {log_path}):\n{tail}")


def summarize(days: list[date], dsn: str | None = None) -> str:
    """Articles and statements per day and source, totals, and one sample article."""
    lines = ["", "day         source           articles  statements"]
    with warehouse.open_transaction(dsn) as cur:
        for day in days:
            for source_id, n in count_per_source(cur, Interval.covering_days(day, day)).items():
                lines.append(f"{day}  {source_id:<16} {n['articles']:>8}  {n['statements']:>10}")
        cur.execute("SELECT (SELECT count(*) FROM news.articles), (SELECT count(*) FROM news.statements),"
                    " (SELECT count(*) FROM news.fetches)")
        articles, statements, fetches = cur.fetchone()
        lines.append(f"warehouse: {articles} articles, {statements} statements, {fetches} fetch-ledger rows")
        lines.extend(_sample_article(cur))
    return "\n".join(lines)


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
        run_airflow_days(args.days, env, log_dir)
    print(summarize(args.days))
    return 0


if __name__ == "__main__":
    sys.exit(main())
