"""Run the grammar probes (tests/quality/statement_probes.py) and list the ones that fail.

    .venv/bin/python bench/statement_probes.py            (counts per group, then every probe that fails)

Failing probes are constructions to read next; the quality gate pins how many pass.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "quality")]

from scrapers.statements import extract_statements  # noqa: E402
from statement_probes import load_probes, probe_passes  # noqa: E402


def main() -> None:
    total, failed, failures = Counter(), Counter(), []
    for probe in load_probes():
        found = extract_statements(probe["text"])
        total[probe["group"]] += 1
        if not probe_passes(probe, found):
            failed[probe["group"]] += 1
            failures.append((probe, found))
    for group in total:
        print(f"{group:12} {total[group] - failed[group]:4} of {total[group]:4} pass")
    print(f"{'all':12} {sum(total.values()) - sum(failed.values()):4} of {sum(total.values()):4} pass")
    for probe, found in failures:
        print(f"\nFAIL [{probe['group']}] {probe['text']}")
        for s in found:
            print(f"    read {s.kind} {s.speaker!r}: {s.quote[:60]!r}")


if __name__ == "__main__":
    main()
