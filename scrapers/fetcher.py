"""Polite HTTP fetching with requests: robots.txt, per-host spacing, retries.

One :class:`Fetcher` serves one source. Every request it sends (robots.txt
included) or refuses to send becomes a :class:`FetchAttempt` for the fetch
ledger. Each request runs inside the throttle's ``turn(host)``: an in-process
:class:`HostThrottle` by default, the warehouse-wide :class:`HostLimiter` in the
stages. Retries (connection errors, timeouts, 429, 5xx) back off exponentially
with jitter; a Retry-After header wins and defers the whole host; one longer
than BACKOFF_MAX_S ends the attempts (a later run retries the URL). Redirects
are followed by hand, only to the source's own hosts, with loop detection.
Bodies are streamed and abandoned past MAX_RESPONSE_BYTES (decoded size, so a
gzip bomb stops too) or after MAX_FETCH_S in total.
Settings: USER_AGENT, CONNECT_TIMEOUT_S, READ_TIMEOUT_S, MAX_FETCH_S, MAX_ATTEMPTS,
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
import urllib3
from protego import Protego

from scrapers.robots import MAX_ROBOTS_BYTES, RobotsCache
from scrapers.settings import get_setting
from scrapers.sources import Source
from scrapers.throttle import HostThrottle

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK_BYTES = 65536


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
    conditional: bool = False


@dataclass
class FetchResult:
    url: str
    outcome: str
    status: int | None = None
    final_url: str | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    attempts: list[FetchAttempt] = field(default_factory=list)
    retry_after: float | None = None  # seconds the server asked us to wait, if it did

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class _Deadline(Exception):
    """The whole response took longer than MAX_FETCH_S."""


class Fetcher:
    """Fetch URLs of one source politely; see the module doc for the rules."""

    def __init__(self, source: Source, session: requests.Session | None = None,
                 throttle=None, sleep=time.sleep):
        self.source = source
        self.user_agent = str(get_setting("USER_AGENT"))
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = self.user_agent
        self.throttle = throttle or HostThrottle(sleep=sleep)
        self.robots = RobotsCache(self._fetch_robots_text, self.user_agent)
        self._sleep = sleep
        self._timeout = (float(get_setting("CONNECT_TIMEOUT_S")), float(get_setting("READ_TIMEOUT_S")))
        self._side_attempts: list[FetchAttempt] = []  # robots.txt requests, for the ledger
        for host in source.hosts:
            self.throttle.set_delay(host, 1.0 / source.rate_limit_per_s)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.session.close()

    def fetch(self, url: str, want_html: bool = True, validators: dict | None = None) -> FetchResult:
        """GET ``url`` with retries; ``validators`` may hold etag / last_modified."""
        refused = self._refusal(url)
        if refused:
            result = FetchResult(url, refused, attempts=[FetchAttempt(url, _now(), None, refused)])
        else:
            try:
                result = self._fetch_with_retries(url, want_html, validators or {})
            except Exception as exc:  # an unforeseen failure is recorded, never fatal to the run
                error = f"{type(exc).__name__}: {exc}"[:300]
                result = FetchResult(url, "fetch_error",
                                     attempts=[FetchAttempt(url, _now(), None, "fetch_error", error=error)])
        result.attempts[:0], self._side_attempts = self._side_attempts, []
        return result

    def _fetch_with_retries(self, url: str, want_html: bool, validators: dict) -> FetchResult:
        attempts: list[FetchAttempt] = []
        max_attempts = int(get_setting("MAX_ATTEMPTS"))
        for attempt in range(1, max_attempts + 1):
            result = self._follow_redirects(url, want_html, validators, attempt)
            attempts.extend(result.attempts)
            if not _is_retryable(result) or attempt == max_attempts:
                break
            host = urlsplit(result.final_url or url).hostname or ""
            if result.retry_after is not None:
                self.throttle.defer(host, min(result.retry_after, float(get_setting("BACKOFF_MAX_S"))))
                if result.retry_after > float(get_setting("BACKOFF_MAX_S")):
                    break  # too long to wait now: a later run retries the URL
            self._sleep(_backoff_seconds(attempt, result.retry_after))
        result.attempts = attempts
        return result

    def _refusal(self, url: str) -> str | None:
        try:
            parts = urlsplit(url)
            valid = parts.scheme in {"http", "https"} and bool(parts.hostname)
        except ValueError:  # e.g. "http://[bad/"
            valid = False
        if not valid:
            return "bad_url"
        if not self.source.owns_url(url):
            return "offsite_url"
        if not get_setting("OBEY_ROBOTS"):
            return None
        return self.robots.refusal_for(url)

    def _follow_redirects(self, url, want_html, validators, attempt) -> FetchResult:
        seen, hops, current = {url}, [], url
        for _ in range(int(get_setting("MAX_REDIRECTS")) + 1):
            result = self._request_once(current, want_html, validators, attempt)
            hops.extend(result.attempts)
            location = result.headers.get("location")
            if result.outcome != "redirect" or not location:
                break
            try:
                current = urljoin(current, location)
            except ValueError:
                current = location
            refused = "redirect_loop" if current in seen else self._refusal(current)
            if refused:
                outcome = "offsite_redirect" if refused == "offsite_url" else refused
                hops.append(FetchAttempt(current, _now(), None, outcome, attempt=attempt))
                return FetchResult(url, outcome, result.status, current, attempts=hops)
            seen.add(current)
        else:
            return FetchResult(url, "too_many_redirects", attempts=hops)
        result.url, result.attempts = url, hops
        return result

    def _request_once(self, url, want_html, validators, attempt, after=None) -> FetchResult:
        """One GET inside the host's turn; ``after(result)`` runs before the turn ends."""
        headers = _conditional_headers(validators)
        with self.throttle.turn(urlsplit(url).hostname or ""):
            started, requested_at = time.monotonic(), _now()
            try:
                with self.session.get(url, headers=headers, timeout=self._timeout,
                                      allow_redirects=False, stream=True) as resp:
                    result = _read_response(resp, url, want_html, started)
            except (requests.Timeout, _Deadline) as exc:
                result = FetchResult(url, "timeout", headers={"x-error": str(exc)[:300]})
            except requests.RequestException as exc:
                result = FetchResult(url, "connection_error", headers={"x-error": str(exc)[:300]})
            except ValueError as exc:  # requests parses a malformed Location header eagerly
                result = FetchResult(url, "bad_redirect", headers={"x-error": str(exc)[:300]})
            elapsed = int((time.monotonic() - started) * 1000)
            if after is not None:
                after(result)
        result.attempts = [FetchAttempt(url, requested_at, result.status, result.outcome,
                                        len(result.body or b""), elapsed, attempt,
                                        result.headers.pop("x-error", None), bool(headers))]
        return result

    def _fetch_robots_text(self, robots_url: str) -> tuple[int | None, str]:
        """GET robots.txt (first 500 KiB, no redirects off the source); a ledger row either way."""
        result = self._request_once(robots_url, False, {}, 1, after=self._apply_crawl_delay)
        self._side_attempts.extend(result.attempts)
        location = urljoin(robots_url, result.headers.get("location") or "")
        if result.outcome == "redirect" and location != robots_url and self.source.owns_url(location):
            result = self._request_once(location, False, {}, 1, after=self._apply_crawl_delay)
            self._side_attempts.extend(result.attempts)
        if result.outcome in {"timeout", "connection_error", "redirect", "too_large"}:
            return None, ""
        return result.status, _robots_text(result)

    def _apply_crawl_delay(self, result: FetchResult) -> None:
        """Put robots.txt's Crawl-delay in force before the host's next request."""
        delay = Protego.parse(_robots_text(result)).crawl_delay(self.user_agent) if result.ok else None
        if delay:
            host = urlsplit(result.url).hostname or ""
            self.throttle.set_delay(host, float(delay))
            self.throttle.defer(host, float(delay))


def _robots_text(result: FetchResult) -> str:
    return (result.body or b"")[:MAX_ROBOTS_BYTES].decode("utf-8", "replace")


def _read_response(resp: requests.Response, url: str, want_html: bool, started: float) -> FetchResult:
    headers = {k.lower(): v for k, v in resp.headers.items()}
    result = FetchResult(url, "ok", resp.status_code, resp.url, headers=headers,
                         retry_after=_parse_retry_after(headers.get("retry-after")))
    if resp.is_redirect:
        result.outcome = "redirect"
    elif resp.status_code == 304:
        result.outcome = "not_modified"
    elif resp.status_code >= 400:
        result.outcome = "http_error"
    elif want_html and not _is_html_type(headers.get("content-type", "")):
        result.outcome = "not_html"
    else:
        result.body, too_large = _read_capped(resp, int(get_setting("MAX_RESPONSE_BYTES")), started)
        if too_large:
            result.outcome, result.body = "too_large", None
    return result


def _read_capped(resp: requests.Response, limit: int, started: float) -> tuple[bytes | None, bool]:
    """The decoded body, or (None, True) as soon as it passes ``limit`` bytes."""
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None, True
    deadline = started + float(get_setting("MAX_FETCH_S"))
    chunks, size = [], 0
    for chunk in _iter_body(resp):
        size += len(chunk)
        if size > limit:
            return None, True
        if time.monotonic() > deadline:
            raise _Deadline(f"response took longer than {get_setting('MAX_FETCH_S')} s")
        chunks.append(chunk)
    return b"".join(chunks), False


def _iter_body(resp: requests.Response):
    """Decoded body chunks as they arrive (read1: a trickling server cannot hold one
    read for long, and urllib3 bounds each decompressed chunk)."""
    try:
        while chunk := resp.raw.read1(_CHUNK_BYTES, decode_content=True):
            yield chunk
    except urllib3.exceptions.ReadTimeoutError as exc:
        raise requests.ReadTimeout(str(exc)) from None
    except urllib3.exceptions.HTTPError as exc:
        raise requests.ConnectionError(str(exc)) from None


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


def _backoff_seconds(attempt: int, retry_after: float | None) -> float:
    """Exponential backoff with jitter; a Retry-After header wins; both capped."""
    ceiling = float(get_setting("BACKOFF_MAX_S"))
    wait = retry_after
    if wait is None:
        wait = float(get_setting("BACKOFF_BASE_S")) * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
    return max(0.0, min(wait, ceiling))


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, (parsedate_to_datetime(value) - _now()).total_seconds())
    except (TypeError, ValueError):
        return None


def _now() -> datetime:
    return datetime.now(timezone.utc)
