"""Benchmark the per-article transform against raw trafilatura: speed and quality side by side.

    .venv/bin/python bench/bench_transform.py [--pages DIR] [--repeat N] [--no-rss] [--stages]

Both sides get the page as the same ``bytes`` and the same URL:

- ``trafilatura raw``: ``trafilatura.extract(html, url, include_comments=False, favor_precision=True)``;
- ``newsetl transform``: ``scrapers.transform.transform_page`` = extract_article (trafilatura +
  boilerplate cleanup + metadata + language) + normalize_text + content hash + extract_statements.

Method:

1. a cold pass of each side (first calls pay imports, the language model, jusText's stoplists);
   reported, but not counted;
2. ``--repeat`` timed passes over all pages per side, the order of the two sides alternating
   from one repeat to the next, so drift and noise hit both alike;
3. docs/s = pages / wall-clock seconds of one pass; the median over the passes is reported, with
   the ratio of the medians, the median of the per-repeat (paired) ratios and, because a shared
   machine steals wall time from either side, the ratio of the median CPU-time docs/s;
4. F1 / precision / recall of both texts (``scrapers/extraction/scoring.py``);
5. peak RSS (``resource.getrusage``, ``ru_maxrss``) of each side alone, measured in a child
   process that runs only that side over the pages, and of this process (both sides);
6. ``--stages``: median ms/doc of the transform's parts (extract, normalize, statements).
"""

from __future__ import annotations

import argparse
import logging
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrapers.extraction import EXTRACTOR_VERSION, extract_article  # noqa: E402
from scrapers.extraction.scoring import GoldPage, read_gold_pages, score_page, score_pages  # noqa: E402
from scrapers.normalize import hash_content, normalize_text  # noqa: E402
from scrapers.statements import extract_statements  # noqa: E402
from scrapers.transform import transform_page  # noqa: E402

DEFAULT_PAGES = ROOT / "tests" / "resources" / "aeb-dev"
GOAL_RATIO = 0.8  # issue 3: ours >= 0.8x raw trafilatura's docs/s

Runner = Callable[[bytes, str], str]


def run_raw(html: bytes, url: str) -> str:
    """The reference call: trafilatura alone, comments off, precision favoured."""
    return trafilatura.extract(html, url=url, include_comments=False, favor_precision=True) or ""


def run_transform(html: bytes, url: str) -> str:
    """The product's per-article transform; its (normalized) text is what gets scored."""
    return transform_page(html, url).article.text


RUNNERS: dict[str, Runner] = {"trafilatura raw": run_raw, "newsetl transform": run_transform}


def time_pass(runner: Runner, pages: list[GoldPage]) -> tuple[float, float, dict[str, str]]:
    """Run one side over every page; return the wall and CPU seconds spent, and the texts."""
    texts: dict[str, str] = {}
    started, started_cpu = time.perf_counter(), time.process_time()
    for page in pages:
        texts[page.page_id] = runner(page.html, page.url)
    return time.perf_counter() - started, time.process_time() - started_cpu, texts


def run_bench(pages: list[GoldPage], repeat: int) -> dict:
    """Cold pass, then ``repeat`` alternating timed passes; docs/s and texts per side."""
    names = list(RUNNERS)
    cold = {name: len(pages) / time_pass(RUNNERS[name], pages)[0] for name in names}
    speeds: dict[str, list[float]] = {name: [] for name in names}
    cpu_speeds: dict[str, list[float]] = {name: [] for name in names}
    texts: dict[str, dict[str, str]] = {}
    for index in range(repeat):
        for name in names if index % 2 == 0 else reversed(names):
            seconds, cpu_seconds, texts[name] = time_pass(RUNNERS[name], pages)
            speeds[name].append(len(pages) / seconds)
            cpu_speeds[name].append(len(pages) / cpu_seconds)
    return {"cold": cold, "speeds": speeds, "cpu_speeds": cpu_speeds, "texts": texts}


def measure_stages(pages: list[GoldPage], repeat: int) -> dict[str, float]:
    """Median ms/doc of each part of the transform, timed on its own."""
    totals: dict[str, list[float]] = {"extract_article": [], "normalize + hash": [], "extract_statements": []}
    for _ in range(repeat):
        spent = dict.fromkeys(totals, 0.0)
        for page in pages:
            started = time.perf_counter()
            text = extract_article(page.html, url=page.url).text
            extracted = time.perf_counter()
            text = normalize_text(text)
            hash_content(text)
            normalized = time.perf_counter()
            if text:
                extract_statements(text)
            spent["extract_article"] += extracted - started
            spent["normalize + hash"] += normalized - extracted
            spent["extract_statements"] += time.perf_counter() - normalized
        for name, seconds in spent.items():
            totals[name].append(1000 * seconds / len(pages))
    return {name: statistics.median(values) for name, values in totals.items()}


def peak_rss_alone(name: str, pages_dir: Path) -> float:
    """Peak RSS (MiB) of a child process that runs only one side over the pages."""
    command = [sys.executable, __file__, "--pages", str(pages_dir), "--rss-child", name]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return float(output.strip().splitlines()[-1])


def peak_rss_self() -> float:
    """Peak RSS of this process in MiB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def print_report(pages: list[GoldPage], results: dict, rss: dict[str, float] | None) -> None:
    speeds, names = results["speeds"], list(RUNNERS)
    repeat = len(speeds[names[0]])
    print(f"{len(pages)} pages, bytes in, {repeat} alternating timed passes after a cold pass")
    print(f"extractor: {EXTRACTOR_VERSION}")
    print(f"{'':20} {'F1':>6} {'prec':>6} {'recall':>6} {'docs/s':>7} {'min':>6} {'max':>6} {'cold':>6} {'RSS MiB':>8}")
    for name in names:
        texts = results["texts"][name]
        score = score_pages([score_page(texts[page.page_id], page.body) for page in pages])
        runs = speeds[name]
        memory = f"{rss[name]:8.0f}" if rss else f"{'-':>8}"
        print(f"{name:20} {score.f1:6.4f} {score.precision:6.4f} {score.recall:6.4f} "
              f"{statistics.median(runs):7.1f} {min(runs):6.1f} {max(runs):6.1f} {results['cold'][name]:6.1f} {memory}")
    raw, ours = (speeds[name] for name in names)
    ratio = statistics.median(ours) / statistics.median(raw)
    paired = statistics.median(o / r for o, r in zip(ours, raw, strict=True))
    raw_cpu, ours_cpu = (statistics.median(results["cpu_speeds"][name]) for name in names)
    verdict = "meets" if ratio >= GOAL_RATIO else "misses"
    print(f"speed ratio transform / raw: {ratio:.2f} (median docs/s), {paired:.2f} (median of paired passes), "
          f"{ours_cpu / raw_cpu:.2f} (CPU time: {ours_cpu:.1f} vs {raw_cpu:.1f} docs/s); {verdict} the {GOAL_RATIO}x goal")
    print(f"peak RSS of this process (both sides): {peak_rss_self():.0f} MiB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder with ground-truth.json and html/")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per side (default 5)")
    parser.add_argument("--no-rss", action="store_true", help="skip the per-side peak RSS child processes")
    parser.add_argument("--stages", action="store_true", help="also time the parts of the transform")
    parser.add_argument("--rss-child", choices=list(RUNNERS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    pages = list(read_gold_pages(args.pages))
    if args.rss_child:
        time_pass(RUNNERS[args.rss_child], pages)  # one pass: peak memory, not speed
        print(f"{peak_rss_self():.1f}")
        return
    rss = None if args.no_rss else {name: peak_rss_alone(name, args.pages) for name in RUNNERS}
    print_report(pages, run_bench(pages, args.repeat), rss)
    if args.stages:
        for name, ms in measure_stages(pages, args.repeat).items():
            print(f"  {name:20} {ms:6.2f} ms/doc")


if __name__ == "__main__":
    main()
