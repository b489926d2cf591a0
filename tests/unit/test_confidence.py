"""Statement confidence: the learned rating of each statement (scrapers/statements/confidence.py)."""

import sys
from pathlib import Path

from scrapers.statements import extract_statements
from scrapers.statements.confidence import MODEL_PATH, reading_features
from scrapers.statements.logistic import load_weights

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT.parent / "shared" / "seeds" / "000_6fa62a017a000b34.txt").read_text(encoding="utf-8")

TEXT = ('"We will rebuild the pier," Mayor Ana Ribeiro said on Monday.\n\n'
        '"It will take a year."\n\n'
        "The company said in a statement that the work would start in May, although the council has not "
        "yet approved the plan.\n")


def _readings(text: str) -> dict:
    seen = {}

    def record(text, statement, reading):
        seen[statement.quote] = (reading, reading_features(text, statement, reading))
        return 0.25
    statements = extract_statements(text, rate=record)
    assert statements and all(s.confidence == 0.25 for s in statements if s.verb is not None)
    return seen


def test_the_reading_says_how_the_rules_reached_each_statement():
    seen = _readings(TEXT)
    named, named_f = seen["We will rebuild the pier,"]
    assert (named.route, named.resolved_kind, named.mention) == ("person", "person", "Ana Ribeiro")
    assert named_f["verb=say"] == 1 and named_f["title"] == 1 and named_f["run_on"] == 0
    continued, continued_f = seen["It will take a year."]
    assert continued.route == "continued" and continued_f["paragraph_gap=0"] == 1
    company, company_f = next(v for q, v in seen.items() if q.startswith("the work would start"))
    assert company.route == "description" and company_f["description_as_written"] == 1
    assert company_f["run_on"] == 1 and company_f["channel"] == 1


def test_every_seed_statement_is_rated_and_named_quotations_rate_above_a_bare_description():
    statements = extract_statements(SEED)
    assert len(statements) >= 10 and all(0 < s.confidence < 1 for s in statements)
    kuleba = next(s for s in statements if s.quote.startswith("Sham"))
    officials = [s for s in statements if s.speaker == "officials"]
    assert officials and all(kuleba.confidence > s.confidence for s in officials)
    assert all(s.to_dict()["confidence"] == s.confidence for s in statements)


def test_the_stored_model_was_trained_without_the_held_out_set_on_the_trainers_sets():
    model = load_weights(MODEL_PATH)
    assert model["trained_on"] and "s8_texts" not in model["trained_on"] and len(model["weights"]) > 50
    assert model["left_out_report"]["auc"] > 0.7
    sys.path.insert(0, str(ROOT / "bench"))
    import train_loose_quotes
    assert list(train_loose_quotes.SETS) == model["trained_on"]
