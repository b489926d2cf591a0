"""robots.txt per host, parsed with Protego and cached for the run.

A missing robots.txt (4xx but 429) allows everything; a server error, a 429 or
an unreachable host disallows everything until the next run (RFC 9309, section
2.3.1) — reported as ``robots_unavailable``, a transient refusal the URL state
retries later, apart from ``robots_disallowed``, which is the site's answer.
Only the first 500 KiB of a robots.txt are read (the RFC's minimum).
Setting: OBEY_ROBOTS (read by the fetcher).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from protego import Protego

MAX_ROBOTS_BYTES = 500 * 1024
_ALLOW_ALL = Protego.parse("")


class RobotsCache:
    """robots.txt rules per scheme://host:port, read once through ``fetch_text``.

    ``fetch_text(url)`` returns ``(status, text)``; status None or an exception
    means the host could not be reached.
    """

    def __init__(self, fetch_text, user_agent: str):
        self._fetch_text = fetch_text
        self._user_agent = user_agent
        self._rules: dict[str, Protego | None] = {}  # None: unavailable this run

    def rules_for(self, url: str) -> Protego | None:
        origin = _origin_of(url)
        if origin not in self._rules:
            self._rules[origin] = self._load(origin)
        return self._rules[origin]

    def refusal_for(self, url: str) -> str | None:
        """None when ``url`` may be fetched, else ``robots_disallowed`` / ``robots_unavailable``."""
        rules = self.rules_for(url)
        if rules is None:
            return "robots_unavailable"
        return None if rules.can_fetch(url, self._user_agent) else "robots_disallowed"

    def is_allowed(self, url: str) -> bool:
        return self.refusal_for(url) is None

    def crawl_delay(self, url: str) -> float | None:
        rules = self.rules_for(url)
        delay = rules.crawl_delay(self._user_agent) if rules is not None else None
        return float(delay) if delay is not None else None

    def _load(self, origin: str) -> Protego | None:
        try:
            status, text = self._fetch_text(f"{origin}/robots.txt")
        except Exception:  # unreachable: be careful, fetch nothing there this run
            return None
        if status is not None and 200 <= status < 300:
            return Protego.parse(text)
        if status is not None and 400 <= status < 500 and status != 429:
            return _ALLOW_ALL
        return None


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
