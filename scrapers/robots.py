"""robots.txt per host, parsed with Protego and cached for the run.

A missing robots.txt (4xx) allows everything; a server error or an unreachable
host disallows everything until the next run (RFC 9309, section 2.3.1).
Setting: OBEY_ROBOTS.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from protego import Protego

_ALLOW_ALL = Protego.parse("")
_DISALLOW_ALL = Protego.parse("User-agent: *\nDisallow: /")


class RobotsCache:
    """robots.txt rules per scheme://host:port, read once through ``fetch_text``.

    ``fetch_text(url)`` returns ``(status, text)`` or raises OSError-like errors.
    """

    def __init__(self, fetch_text, user_agent: str):
        self._fetch_text = fetch_text
        self._user_agent = user_agent
        self._rules: dict[str, Protego] = {}

    def rules_for(self, url: str) -> Protego:
        origin = _origin_of(url)
        if origin not in self._rules:
            self._rules[origin] = self._load(origin)
        return self._rules[origin]

    def is_allowed(self, url: str) -> bool:
        return self.rules_for(url).can_fetch(url, self._user_agent)

    def crawl_delay(self, url: str) -> float | None:
        delay = self.rules_for(url).crawl_delay(self._user_agent)
        return float(delay) if delay is not None else None

    def _load(self, origin: str) -> Protego:
        try:
            status, text = self._fetch_text(f"{origin}/robots.txt")
        except Exception:  # unreachable: be careful, fetch nothing there this run
            return _DISALLOW_ALL
        if status is not None and 200 <= status < 300:
            return Protego.parse(text)
        if status is not None and 400 <= status < 500:
            return _ALLOW_ALL
        return _DISALLOW_ALL


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
