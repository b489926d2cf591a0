"""Confidence: how likely a statement is right as a reader would label it (span, kind and speaker).

The rules give every statement the same standing; their own readings say more. A pronoun resolved three
paragraphs back, a description left as written ('the company'), a long report that runs past a second
clause are wrong far more often than a named person's quotation with 'said'. A logistic model over those
readings, trained by ``bench/train_confidence.py`` on the labelled tuning sets (a statement counts as right
when a gold statement of its kind matches it with the right speaker) and stored in
``confidence_model.json``, turns them into one number per statement, so that users can trade recall for
precision (ADR 5, session 11). Statements of the loose-quotation step carry that step's own score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from scrapers.models import Statement
from scrapers.statements.frames import FINITE_RE
from scrapers.statements.logistic import bucket, load_weights, score

MODEL_PATH = Path(__file__).with_name("confidence_model.json")

_RUN_ON = re.compile(r",\s+(?:after|while|although|though|because|as|before|when|which|but|and)\b")
_MARKS = re.compile(r"[\"“”«»„]")


@dataclass(frozen=True)
class Reading:
    """How the rules reached one statement."""

    route: str              # "continued" (no frame: the previous speaker) or the frame's speaker kind
    shape: str              # the frame's shape ('pre', 'post', 'part', ...); '' for a continuation
    resolved_kind: str      # the kind of the resolved speaker
    mention: str            # the speaker as written at the frame ('' for a continuation)
    mention_at: int         # offset of that mention (or of the previous speaker's frame)


def reading_features(text: str, statement: Statement, reading: Reading) -> dict[str, int]:
    """The model's input: the rules' reading of the statement and the shape of its span and speaker."""
    quote, speaker = statement.quote, (statement.speaker or "").split()
    lo, hi = sorted((statement.start, reading.mention_at))
    f = {"route=" + reading.route: 1, "shape=" + reading.shape: 1, "resolved=" + reading.resolved_kind: 1,
         "kind=" + statement.kind: 1, "verb=" + (statement.verb or "none"): 1,
         "gap=" + bucket(hi - lo, (150, 300, 450, 600, 750)): 1,
         "paragraph_gap=" + bucket(text.count("\n\n", lo, hi), (0, 1, 2)): 1,
         "words=" + bucket(len(quote.split()), (5, 11, 17, 23, 29, 35, 41, 47)): 1,
         "inner_verbs=" + bucket(len(FINITE_RE.findall(quote)), (0, 1)): 1,
         "speaker_words=" + bucket(len(speaker), (1, 2, 3)): 1,
         "speaker_mentions=" + bucket(text.count(speaker[-1]) if speaker else 0, (1, 2, 3, 4)): 1}
    f["channel"] = int(statement.channel is not None)
    f["title"] = int(statement.speaker_title is not None)
    f["mixed"] = int(statement.kind == "indirect" and bool(_MARKS.search(quote)))
    f["run_on"] = int(bool(_RUN_ON.search(quote)))
    f["semicolon"] = int(";" in quote)
    f["speaker_lowercase"] = int(bool(speaker) and speaker[0][:1].islower())
    f["description_as_written"] = int(reading.route == "description"
                                      and (statement.speaker or "").lower() in reading.mention.lower())
    return f


def rate_statement(text: str, statement: Statement, reading: Reading) -> float:
    """The stored model's probability that ``statement`` is right, rounded to three places."""
    return round(score(load_weights(MODEL_PATH)["weights"], reading_features(text, statement, reading)), 3)
