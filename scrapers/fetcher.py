"""Polite HTTP fetching with requests: robots.txt, per-host spacing, retries.

One :class:`Fetcher` serves one source. Every request it sends (or refuses to
send) becomes a :class:`FetchAttempt` for the fetch ledger. Redirects are
followed by hand, only to the source's own hosts. Bodies are streamed and
abandoned past MAX_RESPONSE_BYTES (decoded size, so a gzip bomb stops too).
Settings: USER_AGENT, CONNECT_TIMEOUT_S, READ_TIMEOUT_S, MAX_ATTEMPTS,
BACKOFF_BASE_S, BACKOFF_MAX_S, MAX_RESPONSE_BYTES, MAX_REDIRECTS, OBEY_ROBOTS.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests

from scrapers.robots import RobotsCache
from scrapers.settings import get_setting
from scrapers.sources import Source
from scrapers.throttle import HostThrottle

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class FetchAttempt:
    """One row of the fetch ledger."""

    url: str
    requested_at: datetime
    status: int | None
    outcome: str
    bytes: int = 0
    elapsed_ms: int = 0
    attempt: int = 1
    error: str | None = None


@dataclass
class FetchResult:
    url: str
    outcome: str
    status: int | None = None
    final_url: str | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    attempts: list[FetchAttempt] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class Fetcher:
    """Fetch URLs of one source politely; see the module doc for the rules."""

    def __init__(self, source: Source, session: requests.Session | None = None,
                 throttle: HostThrottle | None = None, sleep=time.sleep):
        self.source = source
        self.user_agent = str(get_setting("USER_AGENT"))
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = self.user_agent
        self.throttle = throttle or HostThrottle()
        self.robots = RobotsCache(self._fetch_robots_text, self.user_agent)
        self._sleep = sleep
        self._timeout = (float(get_setting("CONNECT_TIMEOUT_S")), float(get_setting("READ_TIMEOUT_S")))
        for host in source.hosts:
            self.throttle.set_delay(host, 1.0 / source.rate_limit_per_s)

    def fetch(self, url: str, want_html: bool = True, validators: dict | None = None) -> FetchResult:
        """GET ``url`` with retries; ``validators`` may hold etag / last_modified."""
        attempts: list[FetchAttempt] = []
        refused = self._refusal(url)
        if refused:
            attempts.append(FetchAttempt(url, _now(), None, refused))
            return FetchResult(url, refused, attempts=attempts)
        result = FetchResult(url, "connection_error")
        for attempt in range(1, int(get_setting("MAX_ATTEMPTS")) + 1):
            result = self._follow_redirects(url, want_html, validators or {}, attempt)
            attempts.extend(result.attempts)
            if not _is_retryable(result) or attempt == int(get_setting("MAX_ATTEMPTS")):
                break
            self._sleep(_backoff_seconds(attempt, result.headers.get("retry-after")))
        result.attempts = attempts
        return result

    def _refusal(self, url: str) -> str | None:
        if urlsplit(url).scheme not in {"http", "https"}:
            return "bad_url"
        if not self.source.owns_url(url):
            return "offsite_url"
        if not get_setting("OBEY_ROBOTS"):
            return None
        if not self.robots.is_allowed(url):
            return "robots_disallowed"
        delay = self.robots.crawl_delay(url)
        if delay:
            self.throttle.set_delay(urlsplit(url).hostname or "", delay)
        return None

    def _follow_redirects(self, url, want_html, validators, attempt) -> FetchResult:
        seen, hops, current = {url}, [], url
        for _ in range(int(get_setting("MAX_REDIRECTS")) + 1):
            result = self._request_once(current, want_html, validators, attempt)
            hops.extend(result.attempts)
            location = result.headers.get("location")
            if result.outcome != "redirect" or not location:
                break
            current = urljoin(current, location)
            refused = "redirect_loop" if current in seen else self._refusal(current)
            if refused:
                outcome = "offsite_redirect" if refused == "offsite_url" else refused
                return FetchResult(url, outcome, result.status, current, attempts=hops)
            seen.add(current)
        else:
            return FetchResult(url, "too_many_redirects", attempts=hops)
        result.url, result.attempts = url, hops
        return result

    def _request_once(self, url, want_html, validators, attempt) -> FetchResult:
        host = urlsplit(url).hostname or ""
        self.throttle.wait_turn(host)
        started, requested_at = time.monotonic(), _now()
        headers = _conditional_headers(validators)
        try:
            with self.session.get(url, headers=headers, timeout=self._timeout,
                                  allow_redirects=False, stream=True) as resp:
                result = _read_response(resp, url, want_html)
        except requests.Timeout as exc:
            result = FetchResult(url, "timeout", attempts=[])
            result.headers["x-error"] = str(exc)[:300]
        except requests.RequestException as exc:
            result = FetchResult(url, "connection_error", attempts=[])
            result.headers["x-error"] = str(exc)[:300]
        elapsed = int((time.monotonic() - started) * 1000)
        result.attempts = [FetchAttempt(url, requested_at, result.status, result.outcome,
                                        len(result.body or b""), elapsed, attempt,
                                        result.headers.pop("x-error", None))]
        return result

    def _fetch_robots_text(self, robots_url: str) -> tuple[int, str]:
        self.throttle.wait_turn(urlsplit(robots_url).hostname or "")
        resp = self.session.get(robots_url, timeout=self._timeout, allow_redirects=True)
        return resp.status_code, (resp.text[:500_000] if resp.ok else "")


def _read_response(resp: requests.Response, url: str, want_html: bool) -> FetchResult:
    headers = {k.lower(): v for k, v in resp.headers.items()}
    result = FetchResult(url, "ok", resp.status_code, resp.url, headers=headers)
    if resp.is_redirect:
        result.outcome = "redirect"
    elif resp.status_code == 304:
        result.outcome = "not_modified"
    elif resp.status_code >= 400:
        result.outcome = "http_error"
    elif want_html and not _is_html_type(headers.get("content-type", "")):
        result.outcome = "not_html"
    else:
        result.body, too_large = _read_capped(resp, int(get_setting("MAX_RESPONSE_BYTES")))
        if too_large:
            result.outcome, result.body = "too_large", None
    return result


def _read_capped(resp: requests.Response, limit: int) -> tuple[bytes | None, bool]:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None, True
    chunks, size = [], 0
    for chunk in resp.iter_content(chunk_size=65536):
        size += len(chunk)
        if size > limit:
            return None, True
        chunks.append(chunk)
    return b"".join(chunks), False


def _is_html_type(content_type: str) -> bool:
    return not content_type or content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _is_retryable(result: FetchResult) -> bool:
    if result.outcome in {"timeout", "connection_error"}:
        return True
    return result.outcome == "http_error" and result.status in RETRYABLE_STATUSES


def _conditional_headers(validators: dict) -> dict[str, str]:
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    return headers


def _backoff_seconds(attempt: int, retry_after: str | None) -> float:
    """Exponential backoff with jitter; a Retry-After header wins; both capped."""
    ceiling = float(get_setting("BACKOFF_MAX_S"))
    wait = _parse_retry_after(retry_after)
    if wait is None:
        wait = float(get_setting("BACKOFF_BASE_S")) * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
    return max(0.0, min(wait, ceiling))


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return (parsedate_to_datetime(value) - _now()).total_seconds()
    except (TypeError, ValueError):
        return None


def _now() -> datetime:
    return datetime.now(timezone.utc)
