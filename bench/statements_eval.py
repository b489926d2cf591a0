"""Score ``extract_statements`` on a labelled JSONL set and print the numbers.

    .venv/bin/python bench/statements_eval.py ../shared/data/polnear-dev/statements.jsonl --no-pronouns
    .venv/bin/python bench/statements_eval.py demo          (the demo site's ANSWERS.json)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/holdout.jsonl  (six unseen-style articles)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/holdout4.jsonl (hard speaker resolution)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/holdout6.jsonl (twelve new registers)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/holdout7.jsonl (ten more registers)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/holdout8.jsonl (ten more registers, round 8)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/real_tune.jsonl   (26 real news pages, blind labels)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/real_check.jsonl  (8 more real pages)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/polnear_relabel.jsonl  (21 PolNeAR texts, our spec)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/polnear_relabel2.jsonl (21 more; also 3, 4)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/newspaper_texts.jsonl (66 US/UK pages)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/bbc_texts.jsonl (33 BBC stories; also g5_texts)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/lee_texts.jsonl (237 ABC stories; batch field)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/web_texts.jsonl (68 pages of our own extraction)
    options: --batches r,s,t,x,y,z,aa,ab,ac,ad  (score only those batches: the held-out ones of lee_texts;
             v,w,web2,moz,moz4a,moz4b of web_texts)
    .venv/bin/python bench/statements_eval.py tests/resources/statements/labelled.jsonl --time
    options: --save-pred FILE (JSONL for ../shared/tools/score_statements.py)
             --time (statements docs/s over the set's texts and the aeb-dev news pages)
             --no-pronouns (also score without gold pronoun speakers)
             --errors KIND (print unmatched gold/pred quotes of that kind)
             --flatten (score the texts with every line break made one space, as feeds and CSV dumps deliver them)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "quality"))

from scrapers.statements import extract_statements  # noqa: E402
from statement_demo import load_demo_gold  # noqa: E402
from statement_scoring import flatten_article, load_gold, match_pairs, predict_articles, score_articles  # noqa: E402


def print_report(title: str, rep: dict) -> None:
    print(f"== {title}")
    for kind in ("direct", "indirect"):
        d = rep[kind]
        print(f"{kind:9} gold {d['gold']:5} pred {d['pred']:5}  P {d['precision'] or 0:.3f}  R {d['recall']:.3f}"
              f"  F1 {d['f1']:.3f}  speaker {d['attribution_acc'] or 0:.3f}")
    s = rep["statement"]
    print(f"overall   gold {s['gold']:5} pred {s['pred']:5}  P {s['precision'] or 0:.3f}  R {s['recall']:.3f}"
          f"  F1 {s['f1']:.3f}  (needs right speaker)")


def print_errors(gold: dict, preds: dict, kind: str) -> None:
    for gid, art in gold.items():
        g = [s for s in art["statements"] if (s.get("kind") or "direct") == kind]
        p = [s for s in preds[gid] if s["kind"] == kind]
        pairs = match_pairs(g, p)
        mg, mp = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, s in enumerate(g):
            if i not in mg:
                print(f"MISS {gid[:30]} [{s.get('speaker')}|{s.get('verb')}] {s['quote'][:160]!r}")
        for j, s in enumerate(p):
            if j not in mp:
                print(f"FP   {gid[:30]} [{s.get('speaker')}|{s.get('verb')}] {s['quote'][:160]!r}")
        for i, j in pairs:
            from statement_scoring import is_speaker_match
            if not g[i].get("speaker_is_pronoun") and not is_speaker_match(p[j]["speaker"], g[i]):
                print(f"SPK  {gid[:30]} gold={g[i].get('speaker')!r} pred={p[j]['speaker']!r} {g[i]['quote'][:80]!r}")


AEB = ROOT.parent / "shared" / "data" / "aeb-dev" / "ground-truth.json"


def time_texts(texts: list[str], label: str, rounds: int = 3) -> None:
    """Print how many articles per second ``extract_statements`` handles."""
    texts = [t for t in texts if t]
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            extract_statements(t)
        best = min(best, time.perf_counter() - t0)
    chars = sum(map(len, texts)) / max(len(texts), 1)
    print(f"timing {label}: {len(texts)} docs (avg {chars:.0f} chars), {len(texts) / best:.0f} docs/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--save-pred")
    ap.add_argument("--no-pronouns", action="store_true")
    ap.add_argument("--errors", choices=("direct", "indirect"))
    ap.add_argument("--time", action="store_true")
    ap.add_argument("--batches", help="comma-separated batch names to keep (labels with a 'batch' field)")
    ap.add_argument("--flatten", action="store_true", help="every line break one space (a feed's or CSV's text)")
    a = ap.parse_args()
    gold = load_demo_gold() if a.gold == "demo" else load_gold(Path(a.gold))
    if a.batches:
        keep = set(a.batches.split(","))
        gold = {gid: art for gid, art in gold.items() if art.get("batch") in keep}
    if a.flatten:
        gold = {gid: flatten_article(art) for gid, art in gold.items()}
    preds = predict_articles(gold, extract_statements)
    if a.save_pred:
        with open(a.save_pred, "w", encoding="utf-8") as f:
            for gid in gold:
                f.write(json.dumps({"id": gid, "statements": preds[gid]}, ensure_ascii=False) + "\n")
    if a.errors:
        print_errors(gold, preds, a.errors)
    print_report(f"{a.gold} ({len(gold)} articles)", score_articles(gold, preds))
    if a.no_pronouns:
        print_report("same, gold pronoun speakers left out", score_articles(gold, preds, exclude_pronoun_gold=True))
    if a.time:
        time_texts([g["text"] for g in gold.values()], a.gold)
        if AEB.is_file():
            pages = json.loads(AEB.read_text(encoding="utf-8"))
            time_texts([v.get("articleBody") or "" for v in pages.values()], "aeb-dev news pages")


if __name__ == "__main__":
    main()
