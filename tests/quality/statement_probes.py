"""Grammar probes: canonical attribution constructions, one short text each, and what the extractor should read.

The probes (tests/resources/statements/probes.jsonl) are written from the grammar of news attribution, not
from the errors of any labelled set; where the labels settle a convention, a probe follows it (cognition verbs
report nothing, 'said that “…”' is a direct quotation). Groups: frames ('X said, “…”', '“…,” said X, a Y at
Z'), wire style (channels, filings, anonymous officials), paragraphs (quotations continued, organisations and
'it'), British usage, and pronouns with two candidates. A probe passes when the statements found match the
expected ones in order: same kind, a speaker ending in the expected word, a quotation starting with the
expected words (for pronoun probes, the last statement's speaker).
"""

from __future__ import annotations

import json
from pathlib import Path

PROBES = Path(__file__).resolve().parents[1] / "resources" / "statements" / "probes.jsonl"


def load_probes(path: Path = PROBES) -> list[dict]:
    """Every probe: ``{"group", "text", "expect": [{"kind", "speaker_ends", "quote_starts"}]}`` or, for
    pronoun probes, ``"last_speaker_ends"`` instead of ``"expect"``."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ends(speaker: str | None, word: str) -> bool:
    return (speaker or "").lower().endswith(word.lower())


def probe_passes(probe: dict, found: list) -> bool:
    """Whether the statements ``found`` in a probe's text are the ones it expects."""
    if "last_speaker_ends" in probe:
        return bool(found) and _ends(found[-1].speaker, probe["last_speaker_ends"])
    expected = probe["expect"]
    return len(found) == len(expected) and all(
        s.kind == e["kind"] and _ends(s.speaker, e["speaker_ends"]) and s.quote.startswith(e["quote_starts"])
        for s, e in zip(found, expected))
