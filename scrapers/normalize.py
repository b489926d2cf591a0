"""Normalize article text: Unicode NFC, tidy whitespace, quote marks kept as published."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")  # any whitespace except newline
_MANY_NEWLINES = re.compile(r"\n{3,}")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def normalize_text(text: str) -> str:
    """NFC; drop zero-width characters and soft hyphens; one space between words;
    lines trimmed; paragraphs separated by exactly one blank line."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    joined = "\n".join(lines)
    return _MANY_NEWLINES.sub("\n\n", joined).strip()


def hash_content(text: str) -> str:
    """SHA-256 hex digest of the normalized text (the article's content hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
