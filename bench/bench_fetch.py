"""Run the fetch stage once over the fault site and print its figures.

    .venv/bin/python bench/bench_fetch.py [--json]

Serves tests/faults/fault_site.py on loopback (503s, a stall, 429 + Retry-After, 404/410,
robots.txt with Crawl-delay and a disallowed path, a redirect loop, an off-site redirect,
a 40 MB page, a gzip bomb, a PDF, invalid UTF-8, a lying charset), runs three rounds
through the real stage functions into a throwaway warehouse on the local PostgreSQL
(run 1: a daily run and a backfill at once; run 2: after the site recovers; run 3:
re-fetch of everything, conditionally) and prints: requests, retries, ledger outcomes,
max concurrency per host, spacing, peak memory, conditional requests, URL states.
Settings come from ``fault_site.ENV`` (short timeouts and backoff).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "faults")]

from fault_run import collect_figures, run_scenario  # noqa: E402
from fault_site import ENV, FaultSite  # noqa: E402

PG_URL = os.environ.get("NEWSETL_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)
    os.environ.update(ENV)
    from scrapers.commands import upgrade_warehouse
    dsn = f"{PG_URL}/newsetl_bench_{uuid.uuid4().hex[:10]}"
    upgrade_warehouse(dsn)
    try:
        with FaultSite() as site:
            report = run_scenario(site, dsn)
            figures = collect_figures(site, dsn, report)
    finally:
        drop_database(dsn)
    print(json.dumps(figures, indent=2, default=str) if args.json else format_figures(figures))
    return 0


def format_figures(f: dict) -> str:
    lines = [
        f"requests sent           {f['requests']} (per run: {f['requests_per_run']})",
        f"retries (attempt > 1)   {f['retries']}",
        f"ledger rows             {f['ledger_rows']}",
        "outcomes                " + ", ".join(f"{k} {v}" for k, v in f["outcomes"].items()),
        f"max concurrency/host    {f['max_concurrency_per_host']}",
        f"min gap, fetch stages   {f['min_gap_s']} s (all stages: {f['min_gap_all_stages_s']} s)",
        f"max requests in 1 s     {f['max_requests_in_any_second']}",
        f"to disallowed paths     {f['requests_to_disallowed']}",
        f"to other hosts          {f['requests_to_other_host']}",
        f"peak traced memory      {f['peak_traced_mb']} MB (RSS growth {f['rss_growth_mb']} MB)",
        f"conditional per run     {f['conditional_requests_per_run']}",
        f"url states              {f['url_states']}",
        f"articles (rows, urls)   {tuple(f['articles'])}",
        f"wall time               {f['seconds']} s",
        "dead URLs:",
        *(f"  {url.split('/', 3)[3]:<24} {reason}" for url, reason in sorted(f["dead"].items())),
    ]
    return "\n".join(lines)


def drop_database(dsn: str) -> None:
    import psycopg2
    conn = psycopg2.connect(f"{PG_URL}/postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{dsn.rsplit("/", 1)[1]}" WITH (FORCE)')
    conn.close()


if __name__ == "__main__":
    sys.exit(main())
