"""Page metadata: title, authors, site name, canonical URL, language, schema.org JSON-LD.

Dates live in ``dates.py``. Every reader takes the parsed page (before boilerplate removal)
and never touches the network.

- title: schema.org headline, og:title, twitter:title, a single <h1>, then <title>; a
  " – Site Name" suffix (or prefix) is cut;
- authors: people only, from JSON-LD, <meta name=author>, article:author and byline links;
  "admin", "staff", "By", wire agencies and the site's own name are not people;
- language: py3langid on the extracted text, the page's ``lang`` attribute for short texts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urljoin

import py3langid
from lxml import etree

NOT_PEOPLE = frozenset({  # author values that name a role, a desk or a wire, not a person
    "admin", "administrator", "staff", "staff writer", "editor", "editors", "editorial", "editorial staff",
    "editorial team", "newsroom", "news desk", "web desk", "webmaster", "team", "guest", "guest author",
    "anonymous", "unknown", "redaktion", "rédaction", "redacción", "redação", "by", "ap", "afp", "reuters",
    "associated press", "the associated press", "dpa", "efe", "ansa", "press release", "contributor",
})
TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " » ")
MIN_TEXT_FOR_LANGID = 40
LANGID_SAMPLE_CHARS = 1500  # enough to be sure, and langid's cost grows with the text
ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "webpage", "report")

_LD_XPATH = etree.XPath("//script[@type='application/ld+json']")
_BYLINE_XPATH = etree.XPath(
    "//a[@rel='author'] | //*[@itemprop='author']//*[@itemprop='name'] | //*[contains(@class, 'author-name')]"
)
_BY_PREFIX_RE = re.compile(r"^\s*(by|von|par|por|de)\s*:?\s+", re.IGNORECASE)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")


def read_json_ld(tree: etree._Element) -> list[dict]:
    """All schema.org objects of the page, article-like ones first, ``@graph`` flattened."""
    objects: list[dict] = []
    for script in _LD_XPATH(tree):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        objects.extend(_walk_ld(data))
    return sorted(objects, key=lambda item: not _is_article_type(item))


def read_meta(tree: etree._Element) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property, name or itemprop (first one wins)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = _clean(meta.get("content"))
        if key and content and key not in found:
            found[key] = content
    return found


def extract_site_name(tree: etree._Element, meta: dict[str, str], json_ld: list[dict]) -> str | None:
    """og:site_name, the schema.org publisher, application-name, or the <title> suffix."""
    publisher = next((item["publisher"] for item in json_ld if isinstance(item.get("publisher"), dict)), {})
    name = meta.get("og:site_name") or _clean(publisher.get("name")) or meta.get("application-name")
    if name:
        return name
    page_title, headline = _page_title(tree), meta.get("og:title") or _single_h1(tree)
    if page_title and headline and page_title != headline and page_title.startswith(headline):
        return page_title[len(headline):].strip(" |–—-:·»") or None
    return None


def extract_title(tree: etree._Element, meta: dict[str, str], json_ld: list[dict], site_name: str | None) -> str | None:
    """The article headline without the site name around it."""
    headline = next((_clean(item.get("headline")) for item in json_ld if _is_article_type(item)), None)
    for candidate in (headline, meta.get("og:title"), meta.get("twitter:title"), _single_h1(tree), _page_title(tree)):
        if candidate:
            return strip_site_name(candidate, site_name)
    return None


def strip_site_name(title: str, site_name: str | None) -> str:
    """Cut " – Site Name" (or "Site Name | ") from a title; keep titles without one as they are.

    Without a known site name only a shorter " | tail" is cut: " - " is common inside headlines.
    """
    for separator in TITLE_SEPARATORS:
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if site_name and _same_name(tail, site_name) or not site_name and separator == " | " and len(tail) < len(head):
            return head.strip()
        first, _, rest = title.partition(separator)
        if site_name and _same_name(first, site_name):
            return rest.strip()
    return title.strip()


def extract_authors(tree: etree._Element, meta: dict[str, str], json_ld: list[dict], site_name: str | None) -> list[str]:
    """Names of the people who wrote the article: the first source that names a person wins.

    Sources in order: schema.org author, <meta name=author> and kin, byline links.
    """
    sources = (
        lambda: list(_ld_author_names(json_ld)),
        lambda: [meta.get("author", ""), meta.get("article:author", ""), meta.get("dc.creator", "")],
        lambda: [_clean("".join(node.itertext())) or "" for node in _BYLINE_XPATH(tree)],
    )
    for read_source in sources:
        names: list[str] = []
        for value in read_source():
            for name in _split_names(value or ""):
                if is_person_name(name, site_name) and name.lower() not in {n.lower() for n in names}:
                    names.append(name)
        if names:
            return names
    return []


def is_person_name(name: str, site_name: str | None = None) -> bool:
    """False for roles, desks, wires, the site itself, URLs, e-mails and stray words."""
    lowered = name.lower().strip()
    if not lowered or lowered in NOT_PEOPLE or len(name) > 60 or any(ch.isdigit() for ch in name):
        return False
    if "@" in name or "http" in lowered or "/" in name or "www." in lowered:
        return False
    return not (site_name and _same_name(name, site_name))


def extract_canonical_url(tree: etree._Element, meta: dict[str, str], url: str | None) -> str | None:
    """<link rel=canonical>, og:url, else the page URL; made absolute against the page URL."""
    links = tree.xpath("//link[@rel='canonical']/@href")
    href = _clean(links[0]) if links else meta.get("og:url")
    if not href:
        return url
    return urljoin(url, href) if url else href


def detect_language(text: str, tree: etree._Element) -> str | None:
    """ISO 639-1 code of the text (py3langid); the page's lang attribute for short texts."""
    if len(text) >= MIN_TEXT_FOR_LANGID:
        return py3langid.classify(text[:LANGID_SAMPLE_CHARS])[0]
    declared = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
    return declared.split("-")[0].lower() if declared else None


def _walk_ld(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item)
    elif isinstance(data, dict):
        yield data
        yield from _walk_ld(data.get("@graph", []))


def _is_article_type(item: dict) -> bool:
    kinds = item.get("@type", "")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.lower() in ARTICLE_TYPES for kind in kinds)


def _ld_author_names(json_ld: list[dict]) -> Iterator[str]:
    for item in json_ld:
        if not _is_article_type(item):
            continue
        authors = item.get("author") or item.get("creator") or []
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, str):
                yield author
            elif isinstance(author, dict) and str(author.get("@type", "person")).lower() == "person":
                yield str(author.get("name", ""))
        return


def _split_names(value: str) -> Iterable[str]:
    value = _BY_PREFIX_RE.sub("", _clean(value) or "")
    return (part.strip(" .") for part in _NAME_SPLIT_RE.split(value) if part.strip(" ."))


def _single_h1(tree: etree._Element) -> str | None:
    headings = tree.xpath("//h1")
    return _clean("".join(headings[0].itertext())) if len(headings) == 1 else None


def _page_title(tree: etree._Element) -> str | None:
    titles = tree.xpath("//head/title|//title")
    return _clean("".join(titles[0].itertext())) if titles else None


def _same_name(left: str, right: str) -> bool:
    def squash(text: str) -> str:
        return re.sub(r"\W+", "", text.lower())
    return squash(left) == squash(right) or squash(left).replace("www", "") == squash(right)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return _SPACE_RE.sub(" ", value).strip() or None
