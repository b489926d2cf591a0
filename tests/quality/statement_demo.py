"""The offline demo site's answers as a statements gold set (articles never tuned on first).

``scrapers/demo_site/site/ANSWERS.json`` gives, per article path, gold statements
whose ``quote`` is an exact substring of the article body but no offsets. The
body is what the pipeline stores: ``extract_article`` + ``normalize_text`` on
``site/<path>/index.html``. Gold quotes are re-anchored in that text by string
search (``start``/``end``; -1 when extraction lost the quote, which then simply
counts as a miss). The result has the shape ``statement_scoring.load_gold`` gives.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "scrapers" / "demo_site" / "site"
ANSWERS = SITE / "ANSWERS.json"
_GOLD_KEYS = ("kind", "quote", "speaker", "speaker_title", "verb", "channel")


def _article_text(path: str) -> str:
    from scrapers.extraction import extract_article
    from scrapers.normalize import normalize_text

    html = (SITE / path.strip("/") / "index.html").read_text(encoding="utf-8")
    return normalize_text(extract_article(html, url="http://demo.invalid" + path).text)


def anchor_statements(text: str, statements: list[dict]) -> list[dict]:
    """Gold statements with ``start``/``end`` found by searching ``text`` left to right."""
    out, taken = [], set()
    for s in statements:
        row = {k: s.get(k) for k in _GOLD_KEYS}
        at = text.find(s["quote"])
        while at in taken and at != -1:
            at = text.find(s["quote"], at + 1)
        taken.add(at)
        row["start"], row["end"] = (at, at + len(s["quote"])) if at >= 0 else (-1, -1)
        out.append(row)
    return out


def load_demo_gold(answers: Path = ANSWERS) -> dict[str, dict]:
    """Every demo article with statements: ``{path: {"id", "language", "text", "statements"}}``."""
    data = json.loads(answers.read_text(encoding="utf-8"))
    gold = {}
    for path, art in data["articles"].items():
        if not art.get("statements"):
            continue
        text = _article_text(path)
        gold[path] = {"id": path, "language": art.get("language"), "text": text,
                      "statements": anchor_statements(text, art["statements"])}
    return gold


def unanchored(gold: dict[str, dict]) -> list[tuple[str, str]]:
    """(article, quote) pairs whose quote is not in the extracted text."""
    return [(gid, s["quote"]) for gid, a in gold.items() for s in a["statements"] if s["start"] < 0]
