"""Decode raw page bytes before parsing.

trafilatura guesses a charset for bytes; on a UTF-8 page with a few invalid bytes it
may pick a single-byte charset and turn every non-ASCII character into mojibake. A
page that declares UTF-8 (or nothing) and is almost all valid UTF-8 is decoded as
UTF-8 with replacement characters; anything else is left to trafilatura.
"""

from __future__ import annotations

import re

_DECLARED = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_UTF8_NAMES = {b"utf-8", b"utf8"}
MAX_BAD_SHARE = 0.01  # more invalid bytes than this: probably another charset


def decode_html(raw: str | bytes) -> str | bytes:
    """``raw`` as text when it is (nearly) UTF-8, else unchanged for trafilatura to detect."""
    if isinstance(raw, str):
        return raw
    match = _DECLARED.search(raw[:4096])
    if match and match.group(1).lower() not in _UTF8_NAMES:
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= MAX_BAD_SHARE * max(len(text), 1):
        return text
    return raw
