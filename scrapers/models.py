"""The records that travel between stages (plain dataclasses, no I/O)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone


@dataclass(frozen=True)
class Statement:
    """A quote or reported speech; ``start``/``end`` index the article text."""

    kind: str  # "direct" | "indirect"
    quote: str
    speaker: str | None
    speaker_title: str | None
    verb: str | None
    channel: str | None
    start: int
    end: int
    confidence: float | None = None  # how likely it is right (statements.confidence)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class ExtractedArticle:
    """What extraction makes of one HTML page."""

    url: str
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    modified_at: datetime | None = None
    date_source: str | None = None  # which signal gave published_at
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    extractor_version: str = ""


@dataclass(frozen=True)
class DiscoveredItem:
    """A candidate article URL seen in a feed or sitemap."""

    source_id: str
    url: str
    origin: str  # the feed or sitemap URL it came from
    origin_kind: str  # "feed" | "sitemap" | "news_sitemap"
    published_at: datetime | None
    title: str | None = None


@dataclass(frozen=True)
class Interval:
    """A data interval [start, end) in UTC, as an Airflow run covers it."""

    start: datetime
    end: datetime

    def __post_init__(self):
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("interval bounds must be timezone-aware")
        if self.end <= self.start:
            raise ValueError(f"empty interval: {self.start} .. {self.end}")

    def label(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @classmethod
    def covering_days(cls, since: datetime | date, until: datetime | date) -> Interval:
        """The whole UTC days from ``since`` to ``until``, both included."""
        first = datetime(since.year, since.month, since.day, tzinfo=timezone.utc)
        last = datetime(until.year, until.month, until.day, tzinfo=timezone.utc)
        return cls(first, last + timedelta(days=1))

    def split_days(self) -> list[Interval]:
        """This interval cut into one-day intervals (its bounds are day starts)."""
        days, day = [], self.start
        while day < self.end:
            days.append(Interval(day, min(day + timedelta(days=1), self.end)))
            day += timedelta(days=1)
        return days


@dataclass
class ProcessedArticle:
    """An article ready to load: extraction, normalized text, its statements."""

    source_id: str
    url: str
    article: ExtractedArticle
    content_hash: str
    statements: list[Statement] = field(default_factory=list)
