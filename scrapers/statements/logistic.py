"""Logistic models stored as weight tables (feature -> weight, plus ``bias``), applied in plain Python.

The learned steps of the extractor (``loose_quotes``, ``confidence``) are trained by scripts in ``bench/``
(scikit-learn, bench only) and ship as JSON next to their module, so nothing is downloaded at run time.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def load_weights(path: Path) -> dict:
    """A stored model file, read once."""
    return json.loads(path.read_text(encoding="utf-8"))


def score(weights: dict, features: dict[str, int]) -> float:
    """Logistic probability of one feature dict under one weight table (``bias`` is the intercept)."""
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def bucket(n: int, bounds: tuple[int, ...]) -> str:
    """The first bound ``n`` does not exceed, as a feature value ('big' past the last)."""
    return next((str(b) for b in bounds if n <= b), "big")
