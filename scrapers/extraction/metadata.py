"""Page metadata: title, authors, site name, canonical URL, language, schema.org JSON-LD.

Dates live in ``dates.py``. Every reader takes the parsed page (before boilerplate removal)
and never touches the network.

- title: schema.org headline, og:title, twitter:title, a single <h1>, then <title>; a
  " – Site Name" suffix (or prefix) is cut;
- authors: people only, from JSON-LD, <meta name=author>, article:author and byline links;
  "admin", "staff", "By", wire agencies, desks ("Wire Staff") and the site's own name are not people;
- language: py3langid on the extracted text, the page's ``lang`` attribute for short texts.
"""

from __future__ import annotations

import html
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
ROLE_WORDS = frozenset({  # a name holding one of these words names a desk or a role: "Wire Staff", "News Desk"
    "staff", "desk", "team", "newsroom", "editor", "editors", "editorial", "bureau", "correspondent",
    "correspondents", "reporter", "reporters", "writer", "writers", "columnist", "contributor", "contributors",
    "photographer", "agency", "agencies", "wires", "redaktion", "rédaction", "redacción", "redação", "redazione",
    "agenturen", "nachrichtenagentur",
})
NAME_PARTICLES = frozenset({  # lower-case words inside a person's name
    "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "ter",
    "ten", "zu", "bin", "ibn", "al", "el", "y", "e", "st",
})
MAX_NAME_WORDS = 5
NOT_NAME_STARTS = frozenset({"the", "der", "die", "das", "les", "los", "las", "il", "our", "unsere", "notre"})
TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " » ")
MIN_TEXT_FOR_LANGID = 40
LANGID_SAMPLE_CHARS = 1000  # enough to be sure, and langid's cost grows with the text
ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "webpage", "report")

_LD_XPATH = etree.XPath("//script[@type='application/ld+json']")
# byline candidates: a cheap substring test in XPath, the exact class tokens checked in Python
_BYLINE_XPATH = etree.XPath(
    "//a[@rel='author'] | //*[@itemprop='author'] | //*[contains(@class, 'author') or contains(@class, 'byline')]"
)
_BYLINE_TOKENS = frozenset({"author", "byline", "author-name"})
# class or id tokens of elements that hold another item than the article (tokens, not substrings:
# "content-sidebar-wrap" holds the article, "comment-author" is a commenter)
_OTHER_ITEM_TOKEN_RE = re.compile(
    r"comments?|comment-(list|body|meta|metadata|content|item|author)|commentlist|children"
    r"|related(-\w+)?|sidebar|widget-area|recent-posts|recent-comments|more-stories",
    re.IGNORECASE,
)
# "By", "Von", "Par", "Por" in any case; "de", "di" in lower case only ("De Niro", "Di Maio" are names)
_BY_PREFIX_RE = re.compile(r"^\s*(?:(?i:by|von|par|por)|de|di)\s*:?\s+")
# conjunctions in lower case only: "Sarah E Needleman" keeps its middle initial
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\||\b(?:and|und|et|y|e)\b)\s*")
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\w+")


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

    Sources in order: schema.org author; <meta name=author> and kin; then each byline element
    of the page on its own (``rel=author``, ``itemprop=author``, class ``author``/``byline``),
    in page order, outside comment areas and teasers of other items.
    """
    for values in _author_sources(tree, meta, json_ld):
        names: list[str] = []
        for value in values:
            for name in _split_names(value or ""):
                if is_person_name(name, site_name) and name.lower() not in {n.lower() for n in names}:
                    names.append(name)
        if names:
            return names
    return []


def is_person_name(name: str, site_name: str | None = None) -> bool:
    """False for roles, desks, wires, the site itself, URLs, e-mails, handles and stray words."""
    lowered = name.lower().strip()
    if not lowered or lowered in NOT_PEOPLE or len(name) > 60 or any(ch.isdigit() for ch in name):
        return False
    if "@" in name or "http" in lowered or "/" in name or "www." in lowered:
        return False
    words = _WORD_RE.findall(lowered)
    if not words:
        return False  # "—", "...": punctuation left over from a byline
    if len(words) > MAX_NAME_WORDS or not ROLE_WORDS.isdisjoint(words) or words[0] in NOT_NAME_STARTS:
        return False
    if len(words) == 1 and name.isupper():
        return False  # "KWCHCIK", "PMJS": call signs and acronyms
    if not all(word[0].isupper() or word.lower() in NAME_PARTICLES for word in name.split() if word[0].isalpha()):
        return False  # "jdadmin", "Phil Helsel is a reporter": a name is capitalised (cased scripts)
    return not (site_name and _same_name(name, site_name))


def is_other_item(node: etree._Element) -> bool:
    """True for an element that holds another item than the article: a comment, a teaser, a sidebar."""
    if node.tag == "nav":
        return True
    tokens = f"{node.get('class', '')} {node.get('id', '')}".split()
    return any(_OTHER_ITEM_TOKEN_RE.fullmatch(token) for token in tokens)


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


def _author_sources(tree: etree._Element, meta: dict[str, str], json_ld: list[dict]) -> Iterator[list[str]]:
    yield list(_ld_author_names(json_ld))
    yield [meta.get("author", ""), meta.get("article:author", ""), meta.get("dc.creator", "")]
    for node in _byline_nodes(tree):
        if not any(map(is_other_item, node.iterancestors())) and not is_other_item(node):
            yield [_clean("".join(node.itertext())) or ""]


def _byline_nodes(tree: etree._Element) -> Iterator[etree._Element]:
    """``rel=author`` links, ``itemprop=author`` (its ``itemprop=name`` if it has one), and
    elements with the class ``author``, ``byline`` or ``author-name``, in page order."""
    for node in _BYLINE_XPATH(tree):
        if node.get("itemprop") == "author":
            names = node.xpath(".//*[@itemprop='name']")
            yield from names or [node]
        elif node.get("rel") == "author" or not _BYLINE_TOKENS.isdisjoint((node.get("class") or "").split()):
            yield node


def _split_names(value: str) -> Iterable[str]:
    """"By Tom Kearney and Priya Natarajan" -> the two names; "GREG BEACHAM" -> "Greg Beacham"."""
    for part in _NAME_SPLIT_RE.split(_clean(value) or ""):
        name = _BY_PREFIX_RE.sub("", part).strip(" .:|")
        if name:
            yield name.title() if name.isupper() and " " in name else name


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
    """Whitespace tidied; HTML entities left in JSON-LD strings ("review &#8211; shoots") decoded."""
    if not isinstance(value, str):
        return None
    if "&" in value and ";" in value:
        value = html.unescape(value)
    return _SPACE_RE.sub(" ", value).strip() or None
