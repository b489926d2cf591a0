"""Train the statement confidence model (``scrapers/statements/confidence_model.json``) and report it.

    .venv/bin/python bench/train_confidence.py           (leave-one-set-out report, then train on all, write)
    .venv/bin/python bench/train_confidence.py --check   (the report only; the stored model is left alone)
    .venv/bin/python bench/train_confidence.py --score s8_texts   (the stored model on one set)

Training data: every statement the rules give on the labelled tuning sets (the sets of
``train_loose_quotes.py``; never ``s8_texts``, the held-out set), with the features of its reading
(``confidence.reading_features``). It is right when a gold statement of its kind matches it (Jaccard >= 0.8)
with the right speaker, as the overall score counts. An L2 logistic regression (scikit-learn, C=0.3).

The report scores each left-out set with the model trained on the other sets: the ranking (AUC) and, keeping
only statements rated at least t, the pooled precision, recall and F1 of all statements with the right
speaker. Statements of the loose-quotation step keep that step's own score (trained on all sets).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "quality"), str(ROOT / "bench")]

from sklearn.metrics import roc_auc_score  # noqa: E402

from scrapers.statements import extract_statements  # noqa: E402
from scrapers.statements.confidence import MODEL_PATH, reading_features  # noqa: E402
from scrapers.statements.logistic import load_weights, score  # noqa: E402
from statement_scoring import is_right, load_gold, score_articles  # noqa: E402
from train_loose_quotes import SETS, fit  # noqa: E402

THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9)


def read_examples(name: str) -> tuple[dict, list[tuple[str, dict | None, dict, bool]]]:
    """The set's gold articles, and per statement: (article id, features or None (loose), record, is right)."""
    gold = load_gold(ROOT / "tests" / "resources" / "statements" / f"{name}.jsonl")
    out = []
    for gid, article in gold.items():
        text, seen = article["text"], {}

        def record(text, statement, reading):
            seen[(statement.kind, statement.start, statement.end)] = reading_features(text, statement, reading)
            return 0.0
        for s in extract_statements(text, rate=record):
            out.append((gid, seen.get((s.kind, s.start, s.end)), s.to_dict(), is_right(s.to_dict(), article["statements"])))
    return gold, out


def rate_left_out(weights: dict, examples: list) -> list[float]:
    return [score(weights, f) if f is not None else s["confidence"] for _, f, s, _ in examples]


def report(data: dict, rates: dict[str, list[float]]) -> dict:
    """AUC and, per threshold, pooled P / R / F1 of statements with the right speaker."""
    labels = [right for name in data for *_, right in data[name][1]]
    out = {"auc": round(roc_auc_score(labels, [r for name in data for r in rates[name]]), 3), "at": {}}
    for t in THRESHOLDS:
        tp = n_pred = n_gold = 0
        for name, (gold, examples) in data.items():
            preds: dict[str, list[dict]] = {gid: [] for gid in gold}
            for (gid, _, s, _), r in zip(examples, rates[name]):
                if r >= t:
                    preds[gid].append(s)
            rep = score_articles(gold, preds)["statement"]
            tp, n_pred, n_gold = tp + rep["matched_with_speaker"], n_pred + rep["pred"], n_gold + rep["gold"]
        p, r = tp / n_pred, tp / n_gold
        out["at"][str(t)] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3),
                             "kept": n_pred}
    return out


def print_report(title: str, rep: dict) -> None:
    print(f"{title}: AUC {rep['auc']}")
    for t, m in rep["at"].items():
        print(f"  confidence >= {t}: precision {m['precision']:.3f} recall {m['recall']:.3f} F1 {m['f1']:.3f} "
              f"({m['kept']} statements)")


def score_set(name: str) -> None:
    """The stored model on one set (``--score s8_texts``: the held-out set, aggregate figures only)."""
    data = {name: read_examples(name)}
    print_report(name, report(data, {name: rate_left_out(load_weights(MODEL_PATH)["weights"], data[name][1])}))


def main() -> None:
    if "--score" in sys.argv:
        return score_set(sys.argv[sys.argv.index("--score") + 1])
    data = {name: read_examples(name) for name in SETS}
    rates = {}
    for name in SETS:
        train = [(f, right) for other in SETS if other != name for _, f, _, right in data[other][1] if f is not None]
        rates[name] = rate_left_out(fit([f for f, _ in train], [y for _, y in train]), data[name][1])
    left_out = report(data, rates)
    print_report(f"left out, pooled over {len(SETS)} sets", left_out)
    if "--check" in sys.argv:
        return
    train = [(f, right) for name in SETS for _, f, _, right in data[name][1] if f is not None]
    model = {"weights": fit([f for f, _ in train], [y for _, y in train]), "trained_on": list(SETS),
             "left_out_report": left_out}
    MODEL_PATH.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(model['weights'])} weights")


if __name__ == "__main__":
    main()
