"""Quality gate: the grammar probes that pass must keep passing (floor in statement_baseline.json)."""

import json
import sys
from pathlib import Path

from scrapers.statements import extract_statements

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from statement_probes import load_probes, probe_passes  # noqa: E402

FLOOR = json.loads((HERE / "statement_baseline.json").read_text(encoding="utf-8"))["probes"]["passed"]


def test_grammar_probes_stay_above_their_floor():
    probes = load_probes()
    failing = [p["text"] for p in probes if not probe_passes(p, extract_statements(p["text"]))]
    assert len(probes) - len(failing) >= FLOOR, "\n".join(failing)
