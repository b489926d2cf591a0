"""The `newsetl` command line (also `python -m scrapers`).

  newsetl db upgrade
  newsetl db create [--dsn URL]
  newsetl run --sources FILE --since YYYY-MM-DD --until YYYY-MM-DD [--source ID]
  newsetl reprocess --since YYYY-MM-DD --until YYYY-MM-DD [--source ID]
  newsetl extract PATH_OR_URL [--url URL] [--json]
  newsetl statements TEXT_FILE [--json]

It calls the same stage functions as the `news_daily` DAG.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

from scrapers.errors import NewsetlError


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.handler(args) or 0
    except NewsetlError as exc:
        print(f"newsetl: error: {exc}", file=sys.stderr)
        return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsetl", description="News ETL: discover, fetch, "
                                     "extract, find statements, load into PostgreSQL.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    commands = parser.add_subparsers(dest="command", required=True)
    db = commands.add_parser("db", help="warehouse schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="apply sql/ migrations").set_defaults(handler=upgrade_command)
    create = db.add_parser("create", help="create a database on the server if missing")
    create.add_argument("--dsn", help="database URL (default: $NEWSETL_DATABASE_URL)")
    create.set_defaults(handler=create_command)
    run = commands.add_parser("run", help="run the whole pipeline for a window of days")
    run.add_argument("--sources", help="sources YAML (default: $NEWSETL_SOURCES)")
    run.add_argument("--since", required=True, type=_parse_day, help="first day, YYYY-MM-DD")
    run.add_argument("--until", required=True, type=_parse_day, help="last day (included)")
    run.add_argument("--source", help="only this source id")
    run.set_defaults(handler=run_command)
    reprocess = commands.add_parser("reprocess", help="re-extract archived pages of a window, no fetching")
    reprocess.add_argument("--since", required=True, type=_parse_day, help="first day, YYYY-MM-DD")
    reprocess.add_argument("--until", required=True, type=_parse_day, help="last day (included)")
    reprocess.add_argument("--source", help="only this source id")
    reprocess.set_defaults(handler=reprocess_command)
    extract = commands.add_parser("extract", help="clean text (and statements) of one page")
    extract.add_argument("target", help="a saved HTML file or an http(s) URL")
    extract.add_argument("--url", help="the page's URL, when reading a file")
    extract.add_argument("--json", action="store_true", help="print JSON with metadata and statements")
    extract.set_defaults(handler=extract_command)
    statements = commands.add_parser("statements", help="statements found in a plain-text file")
    statements.add_argument("path")
    statements.add_argument("--json", action="store_true")
    statements.set_defaults(handler=statements_command)
    return parser


def _parse_day(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def upgrade_command(args) -> int:
    from scrapers.commands import upgrade_warehouse
    applied = upgrade_warehouse()
    print(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))
    return 0


def create_command(args) -> int:
    from scrapers.warehouse import create_database
    created = create_database(args.dsn)
    print("created" if created else "exists")
    return 0


def run_command(args) -> int:
    from scrapers.commands import run_window
    if args.until < args.since:
        raise NewsetlError("--until is before --since")
    report = run_window(args.sources, args.since, args.until, args.source)
    print(json.dumps(report, indent=2, default=str))
    return 0


def reprocess_command(args) -> int:
    from scrapers.commands import reprocess_window
    if args.until < args.since:
        raise NewsetlError("--until is before --since")
    print(json.dumps(reprocess_window(args.since, args.until, args.source), indent=2))
    return 0


def extract_command(args) -> int:
    from scrapers.commands import extract_target
    record = extract_target(args.target, args.url)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(record["text"])
    return 0


def statements_command(args) -> int:
    from scrapers.statements import extract_statements
    text = Path(args.path).read_text(encoding="utf-8")
    found = [s.to_dict() for s in extract_statements(text)]
    if args.json:
        print(json.dumps({"statements": found}, ensure_ascii=False, indent=2))
    else:
        for s in found:
            print(f"[{s['kind']}] {s['speaker']} ({s['verb']}): {s['quote']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
