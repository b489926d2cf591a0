"""Statement scoring, computed the way ``../shared/tools/score_statements.py`` does.

Quotes match per kind when the Jaccard overlap of their lowercase word-token
multisets is >= 0.8 (one to one, greedy by overlap). Speakers match on the
last name token (people, groups) or on the full string / two shared content
words (organisations). ``score_articles`` returns the same report shape as the
shared scorer's ``--json`` output; ``exclude_pronoun_gold=True`` additionally
leaves out gold statements whose speaker is a bare pronoun (PolNeAR keeps
pronouns as written) together with the predictions that match them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

THRESHOLD = 0.8
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "phd", "md"))
_GENERIC = frozenset(("office", "ministry", "department", "company", "government", "police", "agency",
                      "report", "statement", "paper", "group", "team", "officials", "sources", "source",
                      "spokesperson", "spokesman", "spokeswoman", "website", "data"))
_STOP = frozenset(("of", "for", "and", "on", "in", "at", "to", "de"))
_ARTICLES = frozenset(("the", "a", "an"))


def _normalise(s: str | None) -> str:
    return (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u00ad", "").lower()


def word_tokens(s: str | None) -> list[str]:
    return re.findall(r"\w+", _normalise(s))


def jaccard(a: str, b: str) -> float:
    ca, cb = Counter(word_tokens(a)), Counter(word_tokens(b))
    if not ca and not cb:
        return 1.0
    union = sum((ca | cb).values())
    return sum((ca & cb).values()) / union if union else 0.0


def name_tokens(s: str | None) -> list[str]:
    toks = [t for t in re.findall(r"[\w\-]+", re.sub(r"'s\b", "", _normalise(s))) if t not in _ARTICLES]
    while toks and toks[-1] in _SUFFIXES:
        toks.pop()
    return toks


def _has_run(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def is_speaker_match(pred: str | None, gold: dict) -> bool:
    names = [g for g in [gold.get("speaker")] + list(gold.get("speaker_aliases") or []) if g]
    if not pred or not str(pred).strip():
        return not names
    p = name_tokens(pred)
    if not names or not p:
        return False
    for g in names:
        gt = name_tokens(g)
        if p == gt:
            return True
        if gold.get("speaker_type", "person") in ("person", "group"):
            if gt and p[-1] == gt[-1]:
                return True
            continue
        short, big = (p, gt) if len(p) <= len(gt) else (gt, p)
        content = [t for t in short if t not in _STOP]
        if _has_run(big, short) and len(content) >= 2 and not set(content) <= _GENERIC:
            return True
    return False


def _kind(s: dict) -> str:
    return "indirect" if (s.get("kind") or "direct").lower().startswith("ind") else "direct"


def is_right(pred: dict, golds: list[dict]) -> bool:
    """Whether some gold statement of the prediction's kind matches it with the right speaker."""
    return any(_kind(g) == _kind(pred) and jaccard(pred["quote"], g["quote"]) >= THRESHOLD
               and is_speaker_match(pred.get("speaker"), g) for g in golds)


def match_pairs(golds: list[dict], preds: list[dict], need_speaker: bool = False) -> list[tuple[int, int]]:
    """One-to-one greedy matching by overlap (ties: gold order, then prediction order)."""
    cands = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            overlap = jaccard(g.get("quote", ""), p.get("quote", ""))
            if overlap >= THRESHOLD and (not need_speaker or is_speaker_match(p.get("speaker"), g)):
                cands.append((-overlap, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float | None, float, float]:
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else None)
    r = tp / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p and p + r else 0.0
    return p, r, f


def _drop_pronoun_gold(golds: list[dict], preds: list[dict]) -> tuple[list[dict], list[dict]]:
    pron = [g for g in golds if g.get("speaker_is_pronoun")]
    kept = [g for g in golds if not g.get("speaker_is_pronoun")]
    hit = {j for _, j in match_pairs(pron, preds)} if pron else set()
    return kept, [p for j, p in enumerate(preds) if j not in hit]


def _count_article(c: Counter, golds: list[dict], preds: list[dict]) -> None:
    for kind in ("direct", "indirect"):
        g = [s for s in golds if _kind(s) == kind]
        p = [s for s in preds if _kind(s) == kind]
        pairs = match_pairs(g, p)
        c[kind + "_gold"] += len(g)
        c[kind + "_pred"] += len(p)
        c[kind + "_tp"] += len(pairs)
        c[kind + "_spk"] += sum(is_speaker_match(p[j].get("speaker"), g[i]) for i, j in pairs)
    c["all_gold"] += len(golds)
    c["all_pred"] += len(preds)
    c["all_tp"] += len(match_pairs(golds, preds, need_speaker=True))


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def score_articles(gold: dict[str, dict], preds: dict[str, list[dict]], exclude_pronoun_gold: bool = False) -> dict:
    """Micro-averaged report over all gold articles (missing predictions = none)."""
    c: Counter = Counter()
    for gid, article in gold.items():
        golds, ps = article["statements"], preds.get(gid, [])
        if exclude_pronoun_gold:
            golds, ps = _drop_pronoun_gold(golds, ps)
        _count_article(c, golds, ps)
    out = {}
    for kind in ("direct", "indirect"):
        tp = c[kind + "_tp"]
        p, r, f = _prf(tp, c[kind + "_pred"], c[kind + "_gold"])
        out[kind] = {"gold": c[kind + "_gold"], "pred": c[kind + "_pred"], "matched": tp,
                     "precision": _round(p), "recall": _round(r), "f1": _round(f),
                     "attribution_acc": _round(c[kind + "_spk"] / tp) if tp else None}
    p, r, f = _prf(c["all_tp"], c["all_pred"], c["all_gold"])
    out["statement"] = {"gold": c["all_gold"], "pred": c["all_pred"], "matched_with_speaker": c["all_tp"],
                        "precision": _round(p), "recall": _round(r), "f1": _round(f)}
    return out


POLNEAR_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear-dev" / "statements.jsonl"
AEB_TRUTH = Path(__file__).resolve().parents[1] / "resources" / "aeb-dev" / "ground-truth.json"
NEWS_TEXTS = Path(__file__).resolve().parents[1] / "resources" / "news-texts"


def load_gold(path: Path) -> dict[str, dict]:
    """Read a statements JSONL file keyed by article id."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if any("aeb_id" in r and "text" not in r for r in rows):      # labels of aeb-dev pages: the text lives there
        bodies = json.loads(AEB_TRUTH.read_text(encoding="utf-8"))
        for r in rows:
            r.setdefault("text", bodies[r["aeb_id"]]["articleBody"])
            assert all(r["text"][s["start"]:s["end"]] == s["quote"] for s in r["statements"]), r["id"]
    for r in rows:
        if "text_file" in r:                          # labels of saved news texts: the text lives there
            r["text"] = (NEWS_TEXTS / r["text_file"]).read_text(encoding="utf-8")
            assert all(r["text"][s["start"]:s["end"]] == s["quote"] for s in r["statements"]), r["id"]
    if any("polnear_id" in r for r in rows):          # our labels of PolNeAR texts: offsets only, no text copied
        texts = {a["id"]: a["text"] for a in load_gold(POLNEAR_DEV).values()}
        for r in rows:
            r["text"] = texts[r["polnear_id"]]
            for s in r["statements"]:
                s.setdefault("quote", r["text"][s["start"]:s["end"]])
    return {str(r["id"]): r for r in rows}


_BREAK = re.compile(r"[ \t]*\n\s*")


def flatten_article(article: dict) -> dict:
    """The article as a feed or a CSV dump often delivers it: every line break (and the blank lines
    and spaces around it) one space, the gold offsets and quotes moved to match."""
    text = article["text"]
    flat = _BREAK.sub(" ", text)

    def moved(i: int) -> int:                  # offsets never fall inside a break: quotes are trimmed
        return len(_BREAK.sub(" ", text[:i]))

    statements = [{**st, "start": moved(st["start"]), "end": moved(st["end"]),
                   "quote": flat[moved(st["start"]):moved(st["end"])]} for st in article["statements"]]
    return {**article, "text": flat, "statements": statements}


def predict_articles(gold: dict[str, dict], extract) -> dict[str, list[dict]]:
    """Run ``extract(text)`` over every gold article; statements as dicts."""
    return {gid: [s.to_dict() for s in extract(a["text"])] for gid, a in gold.items()}
