"""Train the loose-quotation models (``scrapers/statements/loose_quotes_model.json``) and report them.

    .venv/bin/python bench/train_loose_quotes.py           (leave-one-set-out report, then train on all, write)
    .venv/bin/python bench/train_loose_quotes.py --check   (the report only; the stored model is left alone)

Training data: every labelled tuning set (never ``s8_texts``, the held-out set). The rules run first
(``extract_statements(text, loose_quotes=False)``); each quotation of at least four words that no rule statement
overlaps is an example. It is a statement when a gold direct quotation matches it (Jaccard >= 0.8, as the
scorer matches); a candidate speaker is right when the scorer would accept its name for that gold quotation.
The speaker model learns from the statements' candidates only. Both are L2 logistic regressions
(scikit-learn, C=0.3); the report gives, per left-out set, how many quotations the models add and how many of
them are statements and have the right speaker.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "quality")]

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from scrapers.statements import extract_statements  # noqa: E402
from scrapers.statements.logistic import score  # noqa: E402
from scrapers.statements.loose_quotes import (MODEL_PATH, candidate_features, find_candidates,  # noqa: E402
                                              find_loose_spans, span_features)
from scrapers.statements.marks import find_paragraphs, find_quote_spans  # noqa: E402
from statement_scoring import is_speaker_match, jaccard, load_gold  # noqa: E402

SETS = ("nw_texts", "aeb_texts", "newspaper_texts", "bbc_texts", "web_texts", "lee_texts", "g5_texts", "f4_texts",
        "real_tune", "real_check", "polnear_relabel", "polnear_relabel2", "polnear_relabel3", "polnear_relabel4")
C = 0.3
THRESHOLD = 0.4       # the lowest at which, left out, the speakers the models give are right >= 0.7 of the time


def read_examples(name: str) -> list[tuple[dict, bool, list[tuple[dict, bool]]]]:
    """(span features, is a statement, [(candidate features, is the speaker)]) per loose quotation."""
    out = []
    for article in load_gold(ROOT / "tests" / "resources" / "statements" / f"{name}.jsonl").values():
        text = article["text"]
        statements = extract_statements(text, loose_quotes=False)
        paragraphs = find_paragraphs(text)
        spans = find_quote_spans(text, paragraphs)
        golds = [g for g in article["statements"] if (g.get("kind") or "direct") == "direct"]
        for span in find_loose_spans(text, spans, statements):
            candidates = find_candidates(text, span, paragraphs, statements)
            if not candidates:
                continue
            gold = next((g for g in golds if jaccard(text[span.start:span.end], g["quote"]) >= 0.8), None)
            out.append((span_features(text, span, paragraphs, statements), gold is not None,
                        [(candidate_features(text, span, paragraphs, c, candidates),
                          gold is not None and is_speaker_match(c.name, gold)) for c in candidates]))
    return out


def fit(features: list[dict], labels: list[bool]) -> dict[str, float]:
    """A weight table for ``loose_quotes.score``: feature -> weight, plus ``bias``."""
    vectors = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=3000).fit(vectors.fit_transform(features), labels)
    weights = {k: round(float(w), 4) for k, w in zip(vectors.feature_names_, model.coef_[0]) if abs(w) >= 1e-4}
    return {"bias": round(float(model.intercept_[0]), 4), **dict(sorted(weights.items()))}


def train(examples: list) -> dict:
    span = fit([f for f, _, _ in examples], [y for _, y, _ in examples])
    speaker = fit([f for _, y, cands in examples if y for f, _ in cands],
                  [ok for _, y, cands in examples if y for _, ok in cands])
    return {"span": span, "speaker": speaker, "threshold": THRESHOLD}


def count_added(model: dict, examples: list) -> Counter:
    c: Counter = Counter()
    for span_f, is_statement, cands in examples:
        p_speaker, right = max((score(model["speaker"], f), ok) for f, ok in cands)
        c["loose"] += 1
        c["statements"] += is_statement
        if score(model["span"], span_f) * p_speaker >= model["threshold"]:
            c["added"] += 1
            c["added_statements"] += is_statement
            c["added_right_speaker"] += right
    return c


def main() -> None:
    data = {name: read_examples(name) for name in SETS}
    total: Counter = Counter()
    print(f"{'left out':18} {'loose':>6} {'stmts':>6} {'added':>6} {'stmt':>6} {'speaker':>8}")
    for name in SETS:
        c = count_added(train([e for n in SETS if n != name for e in data[n]]), data[name])
        total += c
        print(f"{name:18} {c['loose']:6} {c['statements']:6} {c['added']:6} {c['added_statements']:6} "
              f"{c['added_right_speaker']:8}")
    print(f"{'all (left out)':18} {total['loose']:6} {total['statements']:6} {total['added']:6} "
          f"{total['added_statements']:6} {total['added_right_speaker']:8}")
    if "--check" in sys.argv:
        return
    model = train([e for n in SETS for e in data[n]])
    model["trained_on"] = list(SETS)
    model["left_out_report"] = {k: total[k] for k in ("loose", "statements", "added", "added_statements",
                                                      "added_right_speaker")}
    MODEL_PATH.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(model['span'])} span and {len(model['speaker'])} speaker weights")


if __name__ == "__main__":
    main()
