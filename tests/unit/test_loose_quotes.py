"""Loose quotations: the learned step after the rules (scrapers/statements/loose_quotes.py)."""

import sys
from pathlib import Path

from scrapers.statements import extract_statements
from scrapers.statements.loose_quotes import add_loose_statements, load_model
from scrapers.statements.marks import find_paragraphs, find_quote_spans

ROOT = Path(__file__).resolve().parents[2]

TEXT = ('"The plumes are there, but they are rare," said Lucas Paganini, a planetary scientist who led the study.\n\n'
        "The team scanned the moon on 17 nights from the Keck Observatory in Hawaii.\n\n"
        '"We suggest that the outgassing of water vapour occurs at lower levels than previously estimated."\n\n'
        'The paper calls the plumes "rare events".\n')


def _loose(model: dict) -> list:
    statements = extract_statements(TEXT, loose_quotes=False)
    return add_loose_statements(TEXT, find_quote_spans(TEXT), find_paragraphs(TEXT), statements, model)


def test_a_loose_quotation_goes_to_the_candidate_the_model_ranks_first_with_exact_offsets():
    model = {"span": {"bias": 5.0}, "speaker": {"bias": -5.0, "src=stmt0": 10.0}, "threshold": 0.5}
    [added] = _loose(model)
    assert added.speaker == "Lucas Paganini" and added.kind == "direct" and added.verb is None
    assert added.quote.startswith("We suggest") and TEXT[added.start:added.end] == added.quote


def test_nothing_is_added_below_the_threshold_and_short_quotations_are_never_candidates():
    assert _loose({"span": {"bias": 5.0}, "speaker": {"bias": -5.0, "src=stmt0": 10.0}, "threshold": 0.999}) == []
    everything = {"span": {"bias": 30.0}, "speaker": {"bias": 30.0}, "threshold": 0.0}
    assert [s.quote[:10] for s in _loose(everything)] == ["We suggest"]        # not 'rare events' (two words)


def test_the_stored_model_was_trained_without_the_held_out_set():
    model = load_model()
    assert model["trained_on"] and "s8_texts" not in model["trained_on"]
    assert 0 < model["threshold"] < 1 and len(model["span"]) > 10 and len(model["speaker"]) > 10
    sys.path.insert(0, str(ROOT / "bench"))
    import train_loose_quotes
    assert list(train_loose_quotes.SETS) == model["trained_on"]
