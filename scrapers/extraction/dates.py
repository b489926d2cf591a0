"""Publication and modification dates of a page, as timezone-aware UTC datetimes.

Signals, strongest first, each recorded as the ``date_source`` of ``published_at``:
``json-ld`` (schema.org datePublished), ``meta`` (article:published_time and kin),
``time`` (a ``<time datetime>`` element), ``url`` (``/2022/09/20/`` in the address).
A date in the future or before ``EARLIEST_YEAR`` is ignored; a date without a timezone
is taken as UTC.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from lxml import etree

EARLIEST_YEAR = 1995
FUTURE_TOLERANCE = timedelta(minutes=5)  # clocks differ a little; more than that is an error

PUBLISHED_META = (  # <meta property|name|itemprop=...> keys, in order of trust
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dcterms.date", "dcterms.created", "dc.date", "date", "cxenseparse:recs:publishtime",
)
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
    "dc.date.modified", "lastmod",
)
_TIME_XPATH = etree.XPath("//time[@datetime]")
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$|[-_])")
_OFFSET_RE = re.compile(r"([+-]\d{2})(\d{2})$")


@dataclass(frozen=True)
class PageDates:
    """What the page says about when it was published and last changed."""

    published_at: datetime | None = None
    modified_at: datetime | None = None
    date_source: str | None = None


def extract_dates(
    tree: etree._Element, meta: dict[str, str], json_ld: list[dict], url: str | None, now: datetime | None = None
) -> PageDates:
    """Find published and modified dates, strongest signal first (see the module docstring).

    ``meta`` and ``json_ld`` come from ``metadata.read_meta`` and ``metadata.read_json_ld``.
    """
    now = now or datetime.now(UTC)
    published, source = None, None
    candidates = (
        ("json-ld", _first_ld_value(json_ld, "datePublished") or _first_ld_value(json_ld, "dateCreated")),
        ("meta", _first_of(meta, PUBLISHED_META)),
        ("time", _read_time_element(tree)),
        ("url", _read_url_date(url)),
    )
    for name, raw in candidates:
        published = parse_date(raw, now)
        if published is not None:
            source = name
            break
    modified = parse_date(_first_ld_value(json_ld, "dateModified") or _first_of(meta, MODIFIED_META), now)
    if modified is not None and published is not None and modified < published:
        modified = None
    return PageDates(published, modified, source)


def parse_date(raw: str | None, now: datetime | None = None) -> datetime | None:
    """Parse an ISO 8601 or RFC 2822 date into UTC; None if absent, invalid or implausible."""
    if not raw or not isinstance(raw, str):
        return None
    value = _parse_iso(raw.strip()) or _parse_rfc2822(raw.strip())
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    now = now or datetime.now(UTC)
    if value.year < EARLIEST_YEAR or value > now + FUTURE_TOLERANCE:
        return None
    return value


def _parse_iso(raw: str) -> datetime | None:
    text = raw.replace(" ", "T", 1) if re.match(r"\d{4}-\d{2}-\d{2} \d", raw) else raw
    text = _OFFSET_RE.sub(r"\1:\2", text)  # 2019-11-18T07:45:00-0500
    if re.fullmatch(r"\d{8}", text):
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


def _read_time_element(tree: etree._Element) -> str | None:
    """Prefer a <time> marked as the publication time, else the first one."""
    times = _TIME_XPATH(tree)
    for time in times:
        marks = f"{time.get('class', '')} {time.get('itemprop', '')}".lower()
        if "publish" in marks or time.get("pubdate") is not None:
            return time.get("datetime")
    return times[0].get("datetime") if times else None


def _read_url_date(url: str | None) -> str | None:
    match = _URL_DATE_RE.search(url or "")
    return "-".join(match.groups()) if match else None
