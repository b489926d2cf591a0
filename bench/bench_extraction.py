"""Benchmark article extraction: raw trafilatura against ``extract_article``, same pages, same run.

    .venv/bin/python bench/bench_extraction.py [--pages DIR] [--repeat N] [--per-page]

Prints F1 / precision / recall (the article-extraction-benchmark metric, ``scoring.py``) and
documents per second of both, and the speed ratio ours / raw. The two extractors alternate
page by page so that machine noise hits both alike; each is timed on its own calls only.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapers.extraction import EXTRACTOR_VERSION, extract_article  # noqa: E402
from scrapers.extraction.scoring import read_gold_pages, score_page, score_pages  # noqa: E402

DEFAULT_PAGES = ROOT / "tests" / "resources" / "aeb-dev"


def extract_raw(html: bytes, url: str) -> str:
    """The reference call: trafilatura alone, comments off, precision favoured."""
    return trafilatura.extract(html, url=url, include_comments=False, favor_precision=True) or ""


def extract_ours(html: bytes, url: str) -> str:
    return extract_article(html, url=url).text


def run_bench(pages_dir: Path, repeat: int) -> dict[str, tuple[dict[str, str], float]]:
    """Run both extractors over every page ``repeat`` times; return texts and seconds spent."""
    pages = list(read_gold_pages(pages_dir))
    runners = {"trafilatura raw": extract_raw, "newsetl extract_article": extract_ours}
    texts: dict[str, dict[str, str]] = {name: {} for name in runners}
    seconds = dict.fromkeys(runners, 0.0)
    for _ in range(repeat):
        for page in pages:
            for name, runner in runners.items():
                started = time.perf_counter()
                texts[name][page.page_id] = runner(page.html, page.url)
                seconds[name] += time.perf_counter() - started
    return {name: (texts[name], seconds[name] / repeat) for name in runners}


def print_report(pages_dir: Path, results: dict[str, tuple[dict[str, str], float]], per_page: bool) -> None:
    truths = {page.page_id: page for page in read_gold_pages(pages_dir)}
    print(f"{len(truths)} pages from {pages_dir}; extractor {EXTRACTOR_VERSION}")
    print(f"{'extractor':26} {'F1':>6} {'prec':>6} {'recall':>6} {'docs/s':>7}")
    speeds = {}
    for name, (texts, seconds) in results.items():
        score = score_pages([score_page(texts[key], page.body) for key, page in truths.items()])
        speeds[name] = len(truths) / seconds
        print(f"{name:26} {score.f1:6.4f} {score.precision:6.4f} {score.recall:6.4f} {speeds[name]:7.1f}")
    raw, ours = speeds.values()
    print(f"speed ratio ours / raw: {ours / raw:.2f}")
    if per_page:
        for key, page in truths.items():
            cells = []
            for texts, _ in results.values():
                s = score_page(texts[key], page.body)
                cells.append(f"{s.precision or 0:.2f}/{s.recall or 0:.2f}")
            print(key[:8], *cells, page.url[:70])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder with ground-truth.json and html/")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the pages (timing only)")
    parser.add_argument("--per-page", action="store_true", help="print precision/recall of every page")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    warm_up = next(read_gold_pages(args.pages))  # one-time costs: imports, the language model
    extract_raw(warm_up.html, warm_up.url), extract_ours(warm_up.html, warm_up.url)
    print_report(args.pages, run_bench(args.pages, args.repeat), args.per_page)


if __name__ == "__main__":
    main()
