"""Load and validate the sources file (YAML, env ``NEWSETL_SOURCES``).

A source may be fetched only on the hosts of its own URLs plus ``allowed_hosts``.
Every problem is reported at once, with the source and field it concerns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from scrapers.errors import SourcesError
from scrapers.settings import get_setting

_PROJECT_ROOT = Path(__file__).resolve().parent.parent
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_KNOWN_KEYS = {"id", "name", "homepage", "feeds", "sitemaps", "rate_limit_per_s",
               "allowed_hosts"}


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    homepage: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    rate_limit_per_s: float = 1.0
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)

    @property
    def hosts(self) -> frozenset[str]:
        """Hosts this source may be fetched on."""
        urls = (self.homepage, *self.feeds, *self.sitemaps)
        return frozenset(_host_of(u) for u in urls) | self.allowed_hosts

    def owns_url(self, url: str) -> bool:
        return _host_of(url) in self.hosts


def _host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:  # not a URL: owned by no source
        return ""


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Read, validate and return the sources in ``path`` (default: setting SOURCES)."""
    path = Path(path or str(get_setting("SOURCES")))
    if not path.is_absolute() and not path.exists() and (_PROJECT_ROOT / path).exists():
        path = _PROJECT_ROOT / path  # e.g. an Airflow worker whose working directory differs
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"sources file not found: {path}") from None
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML: {exc}") from None
    return parse_sources(raw, origin=str(path))


def parse_sources(raw: object, origin: str = "<sources>") -> list[Source]:
    """Validate the parsed YAML document; raise SourcesError listing every problem."""
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise SourcesError(f"{origin}: expected a mapping with a 'sources' list")
    problems: list[str] = []
    sources: list[Source] = []
    for index, entry in enumerate(raw["sources"]):
        where = f"{origin}: sources[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: expected a mapping")
            continue
        where = f"{where} ({entry.get('id', '?')})"
        source = _build_source(entry, where, problems)
        if source is not None:
            sources.append(source)
    _check_unique_ids(raw["sources"], origin, problems)
    if problems:
        raise SourcesError("invalid sources file:\n  " + "\n  ".join(problems))
    return sources


def _build_source(entry: dict, where: str, problems: list[str]) -> Source | None:
    before = len(problems)
    unknown = sorted(set(entry) - _KNOWN_KEYS)
    if unknown:
        problems.append(f"{where}: unknown keys {unknown}")
    source_id = entry.get("id")
    if not isinstance(source_id, str) or not _SLUG.match(source_id):
        problems.append(f"{where}: 'id' must be a lowercase slug (a-z, 0-9, -)")
    homepage = entry.get("homepage")
    _check_url(homepage, f"{where}: homepage", problems)
    feeds = _url_list(entry, "feeds", where, problems)
    sitemaps = _url_list(entry, "sitemaps", where, problems)
    if not feeds and not sitemaps:
        problems.append(f"{where}: needs at least one of 'feeds' or 'sitemaps'")
    rate = entry.get("rate_limit_per_s", get_setting("DEFAULT_RATE_LIMIT_PER_S"))
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 < rate <= 50:
        problems.append(f"{where}: 'rate_limit_per_s' must be a number in (0, 50]")
    hosts = entry.get("allowed_hosts", [])
    if not isinstance(hosts, list) or not all(isinstance(h, str) for h in hosts):
        problems.append(f"{where}: 'allowed_hosts' must be a list of host names")
    if len(problems) > before:
        return None
    return Source(id=source_id, name=str(entry.get("name") or source_id), homepage=homepage,
                  feeds=tuple(feeds), sitemaps=tuple(sitemaps), rate_limit_per_s=float(rate),
                  allowed_hosts=frozenset(h.lower() for h in hosts))


def _url_list(entry: dict, key: str, where: str, problems: list[str]) -> list[str]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        problems.append(f"{where}: '{key}' must be a list of URLs")
        return []
    for url in value:
        _check_url(url, f"{where}: {key}", problems)
    return [u for u in value if isinstance(u, str)]


def _check_url(url: object, where: str, problems: list[str]) -> None:
    if not isinstance(url, str):
        problems.append(f"{where}: missing or not a string")
        return
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        problems.append(f"{where}: not an http(s) URL: {url!r}")


def _check_unique_ids(entries: list, origin: str, problems: list[str]) -> None:
    seen: set[str] = set()
    for entry in entries:
        source_id = entry.get("id") if isinstance(entry, dict) else None
        if source_id in seen:
            problems.append(f"{origin}: duplicate source id {source_id!r}")
        if source_id is not None:
            seen.add(source_id)


def select_sources(sources: list[Source], source_id: str | None) -> list[Source]:
    """All sources, or the one named ``source_id`` (SourcesError if unknown)."""
    if source_id is None:
        return sources
    chosen = [s for s in sources if s.id == source_id]
    if not chosen:
        raise SourcesError(f"no source with id {source_id!r}; known: {[s.id for s in sources]}")
    return chosen
