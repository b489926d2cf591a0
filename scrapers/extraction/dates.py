"""Publication and modification dates of a page, as timezone-aware UTC datetimes.

Signals, strongest first, each recorded as the ``date_source`` of ``published_at``:
``json-ld`` (schema.org datePublished), ``meta`` (article:published_time and kin),
``time`` (a ``<time datetime>`` element of the article), ``url`` (``/2022/09/20/`` in the address),
and, only when none of those gives a date, ``htmldate`` (its markup heuristics: dates written
out in bylines, ``/2019/nov/18/`` addresses, ...; the day only, its times are not reliable).

1. Every signal is parsed; a date in the future (after ``now``, the time of extraction) or
   before ``EARLIEST_YEAR`` is no date. A date without a timezone is taken as UTC.
2. With ``discovered_at`` (when a feed or sitemap listed the page), a date more than
   ``MAX_AGE_WITHOUT_EVIDENCE`` older is only kept with evidence: a second signal on the same day.
3. The strongest remaining signal wins; but a date-only value ("2025-03-04") gives way to a
   weaker signal with a time of day on that same local day ("2025-03-04T00:30+01:00"): the full
   timestamp is the more precise statement of the same fact.
4. ``modified_at``: schema.org dateModified, article:modified_time and kin, a ``<time>`` marked
   as updated; dropped when earlier than ``published_at``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from htmldate import find_date
from lxml import etree

from scrapers.extraction.metadata import is_other_item

EARLIEST_YEAR = 1995
FUTURE_TOLERANCE = timedelta(minutes=5)  # clocks differ a little; more than that is an error
MAX_AGE_WITHOUT_EVIDENCE = timedelta(days=366)  # older than this at discovery needs a second signal

PUBLISHED_META = (  # <meta property|name|itemprop=...> keys, in order of trust
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dcterms.date", "dcterms.created", "dc.date", "date", "cxenseparse:recs:publishtime",
)
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
    "dc.date.modified", "lastmod",
)
PUBLISHED_MARKS = ("publish", "created")  # in a <time>'s class or itemprop
MODIFIED_MARKS = ("updated", "modified")
_TIME_XPATH = etree.XPath("//time[@datetime]")
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$|[-_])")
_OFFSET_RE = re.compile(r"([+-]\d{2})(\d{2})$")
_ISO_SPACE_RE = re.compile(r"\d{4}-\d{2}-\d{2} \d")
_COMPACT_DATE_RE = re.compile(r"\d{8}")
_TIME_OF_DAY_RE = re.compile(r"\d{1,2}:\d{2}")


@dataclass(frozen=True)
class PageDates:
    """What the page says about when it was published and last changed."""

    published_at: datetime | None = None
    modified_at: datetime | None = None
    date_source: str | None = None


@dataclass(frozen=True)
class DateSignal:
    """One parsed date claim: its source, the UTC value, the publisher's local day, its precision."""

    source: str
    value: datetime
    local_day: date
    has_time: bool


def extract_dates(
    tree: etree._Element,
    meta: dict[str, str],
    json_ld: list[dict],
    url: str | None,
    now: datetime | None = None,
    discovered_at: datetime | None = None,
) -> PageDates:
    """Find published and modified dates (see the module docstring for the order of the steps).

    ``meta`` and ``json_ld`` come from ``metadata.read_meta`` and ``metadata.read_json_ld``.
    """
    now = now or datetime.now(UTC)
    times = _article_time_elements(tree)
    raw_signals = (
        ("json-ld", _first_ld_value(json_ld, "datePublished") or _first_ld_value(json_ld, "dateCreated")),
        ("meta", _first_of(meta, PUBLISHED_META)),
        ("time", _marked_or_first(times, PUBLISHED_MARKS)),
        ("url", _read_url_date(url)),
    )
    signals = [s for s in (parse_signal(raw, name, now) for name, raw in raw_signals) if s is not None]  # 1
    signals = _drop_unsupported_old(signals, discovered_at)  # 2
    if not signals:
        fallback = parse_signal(_find_date_heuristically(tree, url), "htmldate", now)
        signals = _drop_unsupported_old([fallback] if fallback else [], discovered_at)
    published = choose_published(signals)  # 3
    modified = parse_date(  # 4
        _first_ld_value(json_ld, "dateModified") or _first_of(meta, MODIFIED_META) or _marked(times, MODIFIED_MARKS), now
    )
    if modified is not None and published is not None and modified < published.value:
        modified = None
    if published is None:
        return PageDates(None, modified, None)
    return PageDates(published.value, modified, published.source)


def choose_published(signals: list[DateSignal]) -> DateSignal | None:
    """The strongest signal, unless it is date-only and a weaker one adds the time on that day."""
    if not signals:
        return None
    best = signals[0]
    if not best.has_time:
        precise = (s for s in signals[1:] if s.has_time and s.local_day == best.local_day)
        best = next(precise, best)
    return best


def parse_signal(raw: str | None, source: str, now: datetime | None = None) -> DateSignal | None:
    """Parse one raw date claim; None if absent, invalid or implausible (see ``parse_date``)."""
    if not raw or not isinstance(raw, str):
        return None
    raw = raw.strip()
    local = _parse_iso(raw) or _parse_rfc2822(raw)
    if local is None:
        return None
    value = (local if local.tzinfo else local.replace(tzinfo=UTC)).astimezone(UTC)
    now = now or datetime.now(UTC)
    if value.year < EARLIEST_YEAR or value > now + FUTURE_TOLERANCE:
        return None
    return DateSignal(source, value, local.date(), _TIME_OF_DAY_RE.search(raw) is not None)


def parse_date(raw: str | None, now: datetime | None = None) -> datetime | None:
    """Parse an ISO 8601 or RFC 2822 date into UTC; None if absent, invalid or implausible."""
    signal = parse_signal(raw, "", now)
    return signal.value if signal else None


def _find_date_heuristically(tree: etree._Element, url: str | None) -> str | None:
    """htmldate on the markup only (no full-text search); it reads the tree without changing it."""
    try:
        return find_date(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None


def _drop_unsupported_old(signals: list[DateSignal], discovered_at: datetime | None) -> list[DateSignal]:
    """Long before discovery, a date needs a second signal on the same day to be believed."""
    if discovered_at is None:
        return signals
    oldest = discovered_at - MAX_AGE_WITHOUT_EVIDENCE
    return [
        s for s in signals
        if s.value >= oldest or any(o is not s and o.value.date() == s.value.date() for o in signals)
    ]


def _parse_iso(raw: str) -> datetime | None:
    text = raw.replace(" ", "T", 1) if _ISO_SPACE_RE.match(raw) else raw
    text = _OFFSET_RE.sub(r"\1:\2", text)  # 2019-11-18T07:45:00-0500
    if _COMPACT_DATE_RE.fullmatch(text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_rfc2822(raw: str) -> datetime | None:
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def _first_of(values: dict[str, str], keys: Iterable[str]) -> str | None:
    return next((values[key] for key in keys if values.get(key)), None)


def _first_ld_value(json_ld: list[dict], key: str) -> str | None:
    for item in json_ld:
        value = item.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return value
    return None


def _article_time_elements(tree: etree._Element) -> list[etree._Element]:
    """<time datetime> elements, without those of comments, sidebars and teasers of other items."""
    return [time for time in _TIME_XPATH(tree) if not any(map(is_other_item, time.iterancestors()))]


def _marks_of(time: etree._Element) -> str:
    return f"{time.get('class', '')} {time.get('itemprop', '')}".lower()


def _marked(times: list[etree._Element], marks: tuple[str, ...]) -> str | None:
    """The datetime of the first <time> whose class or itemprop carries one of ``marks``."""
    for time in times:
        if any(mark in _marks_of(time) for mark in marks):
            return time.get("datetime")
    return None


def _marked_or_first(times: list[etree._Element], marks: tuple[str, ...]) -> str | None:
    """Prefer a <time> marked as the publication time (or ``pubdate``), else the first unmarked one."""
    marked = next((t for t in times if t.get("pubdate") is not None), None)
    if marked is not None:
        return marked.get("datetime")
    unmarked = (t for t in times if not any(m in _marks_of(t) for m in MODIFIED_MARKS))
    return _marked(times, marks) or next((t.get("datetime") for t in unmarked), None)


def _read_url_date(url: str | None) -> str | None:
    match = _URL_DATE_RE.search(url or "")
    return "-".join(match.groups()) if match else None
