"""Remove boilerplate: first by page structure, then by phrase rules on paragraphs.

The rules themselves live in ``boilerplate.py`` (data); this module applies them.

- ``strip_boilerplate_nodes(tree)`` runs before body extraction: comment areas and forms,
  share bars, related posts, newsletter and cookie boxes, author boxes, tag lists, and any
  block that opens with a "related posts" heading.
- ``strip_boilerplate(blocks, titles)`` runs on the extracted paragraphs: boilerplate glued
  to a paragraph's end, the comment area and everything after it, "related" labels with
  their links, whole-paragraph boilerplate, the headline and dateline repeated at the top,
  credit lines at either end, link lists and headings after the article's last paragraph.

A paragraph is only dropped when a rule matches it *whole* (or by its link share), so an
article whose own last sentence mentions comments or a source keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from lxml import etree

from scrapers.extraction import boilerplate as rules
from scrapers.extraction.body import Block

_FLAGS = re.IGNORECASE | re.DOTALL


def _compile(phrases: Iterable[rules.PhraseRule]) -> re.Pattern:
    """One alternation of all the rules: a paragraph is tested once per rule group."""
    return re.compile("|".join(f"(?:{rule.pattern})" for rule in phrases), _FLAGS)


_CANDIDATES_XPATH = etree.XPath("//*[@class or @id]")
_TEXT_LENGTH_XPATH = etree.XPath("string-length(normalize-space())")
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_RELATED = _compile(rules.RELATED_HEADINGS)
_DROP = _compile(rules.PARAGRAPH_RULES + rules.COMMENT_FORM_PHRASES)
_THREAD = _compile(rules.THREAD_MARKERS)
_CREDITS = _compile(rules.CREDIT_RULES)
_TRAILING = _compile(rules.TRAILING_RULES)
_LEAD = _compile(rules.LEAD_RULES)
_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
MAX_LEAD_WORDS = 25  # a dateline or byline at the top is short
MAX_RULE_CHARS = 600  # no whole-paragraph rule matches a longer paragraph
CONTINUATION_CHARS = 100  # a sibling paragraph this long after a "related" heading is article text
MAX_BOILERPLATE_SHARE = 0.5  # a "boilerplate" element holding half the page's text is not one
MAX_TEASER_SHARE = 0.3  # nor is a block after a "related" heading holding a third of it
MAX_LABEL_CHARS = 60  # "Related", "READ MORE:", "DON'T MISS" are labels; longer lines are not
LINK_ONLY_SHARE = 0.8  # a paragraph this much link text is a teaser, not article text
REAL_PARAGRAPH_CHARS = 80  # the article ends at the last non-link paragraph at least this long


def is_boilerplate_paragraph(paragraph: str) -> bool:
    """True when a whole-paragraph rule (``PARAGRAPH_RULES``, comment form) matches it."""
    return _matches_any(_DROP, paragraph)


class _Selector(NamedTuple):
    """A parsed ``tag.class.class#id`` selector (``boilerplate.NODE_RULES``)."""

    tag: str | None
    classes: frozenset[str]
    element_id: str | None

    @classmethod
    def parse(cls, text: str) -> _Selector:
        head, _, element_id = text.partition("#")
        tag, *classes = head.split(".")
        return cls(tag or None, frozenset(classes), element_id or None)

    def matches(self, node: etree._Element, classes: set[str]) -> bool:
        return (
            (self.tag is None or node.tag == self.tag)
            and self.classes <= classes
            and (self.element_id is None or node.get("id") == self.element_id)
        )


def _index_selectors() -> dict[str, list[_Selector]]:
    """Selectors by a key every match must have: ``.class`` or ``#id``."""
    index: dict[str, list[_Selector]] = {}
    for rule in rules.NODE_RULES:
        for selector in map(_Selector.parse, rule.selectors):
            key = f"#{selector.element_id}" if selector.element_id else f".{min(selector.classes)}"
            index.setdefault(key, []).append(selector)
    return index


_SELECTORS = _index_selectors()
_SELECTOR_KEYS = frozenset(_SELECTORS)
# a cheap first test of every element: one of the indexed classes in its class attribute ...
_CLASS_KEY_RE = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(key[1:]) for key in sorted(_SELECTOR_KEYS) if key[0] == ".") + r")(?:\s|$)"
)
_ID_KEYS = frozenset(key[1:] for key in _SELECTOR_KEYS if key[0] == "#")  # ... or one of the ids


def strip_boilerplate_nodes(tree: etree._Element) -> etree._Element:
    """Remove boilerplate elements from a parsed page in place (and return it).

    One pass over the elements with a class or id, looked up in an index of the selectors;
    then the blocks that open with a "related posts" heading.
    """
    page_chars = _TEXT_LENGTH_XPATH(tree)
    for node in _CANDIDATES_XPATH(tree):
        if _matches_selector(node) and _is_safe_to_remove(node, page_chars):
            _remove_node(node)
    for heading in list(tree.iter(*_HEADING_TAGS)):
        if len(heading.text_content()) <= MAX_LABEL_CHARS and _matches_any(_RELATED, _text_of(heading)):
            _cut_related_block(heading, page_chars)
    return tree


def strip_boilerplate(blocks: list[Block], titles: Iterable[str] = ()) -> list[str]:
    """Drop boilerplate paragraphs from the extracted body; keep every real sentence.

    1. cut boilerplate glued to the end of a paragraph ("… looks like. Source link");
    2. cut the comment area: a marker paragraph ("Leave a Reply", "3 comments") and all after;
    3. drop "Related"/"Read more" labels and the run of link-only paragraphs after them;
    4. drop whole-paragraph boilerplate (``PARAGRAPH_RULES``, comment-form phrases);
    5. drop the headline and a dateline or byline repeated at the top;
    6. drop credit lines at either end, and link lists and headings after the last real paragraph.
    """
    blocks = [replace(b, text=_cut_trailing(b.text)) for b in blocks]
    blocks = _cut_comment_thread(blocks)
    blocks = _drop_related_runs(blocks)
    blocks = [b for b in blocks if b.text and not _matches_any(_DROP, b.text)]
    blocks = _drop_lead(blocks, titles)
    blocks = _drop_edge_credits(blocks)
    return [b.text for b in _drop_tail_furniture(blocks)]


def _text_of(node: etree._Element) -> str:
    return _SPACE_RE.sub(" ", "".join(node.itertext())).strip()


def _matches_any(pattern: re.Pattern, text: str) -> bool:
    """True when ``pattern`` matches the whole (short) paragraph."""
    if not text or len(text) > MAX_RULE_CHARS:
        return False
    return pattern.fullmatch(_SPACE_RE.sub(" ", text).strip()) is not None


def _matches_selector(node: etree._Element) -> bool:
    class_attribute = node.get("class") or ""
    if node.get("id") not in _ID_KEYS and not _CLASS_KEY_RE.search(class_attribute):
        return False
    classes = set(class_attribute.split())
    keys = {f".{c}" for c in classes}
    keys.add(f"#{node.get('id')}")
    keys &= _SELECTOR_KEYS
    return any(sel.matches(node, classes) for key in keys for sel in _SELECTORS[key])


def _is_safe_to_remove(node: etree._Element, page_chars: float, max_share: float = MAX_BOILERPLATE_SHARE) -> bool:
    """Never remove the page itself, the headline's container or much of the page's text."""
    if not isinstance(node.tag, str) or node.getparent() is None or node.tag in ("html", "body"):
        return False
    if node.xpath("boolean(.//h1)"):
        return False
    return _TEXT_LENGTH_XPATH(node) < max_share * max(page_chars, 1)


def _remove_node(node: etree._Element) -> None:
    """Remove an element but keep its tail text in the document."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail and node.tail.strip():
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _cut_related_block(heading: etree._Element, page_chars: float) -> None:
    """Remove a "related posts" heading and the teasers after it, up to article text.

    The cut stops at a paragraph of article text, at the headline and at any block holding
    a large share of the page (a "Top stories" box placed before the article).
    """
    anchor = heading
    for _ in range(2):  # a heading wrapped alone in a title box: step out of the box
        if anchor.getnext() is not None or anchor.getparent() is None:
            break
        anchor = anchor.getparent()
    if anchor.tag in ("html", "body") or anchor.xpath("boolean(.//h1)"):
        return
    sibling = anchor.getnext()
    while sibling is not None and not _is_article_paragraph(sibling) and _is_safe_to_remove(
        sibling, page_chars, MAX_TEASER_SHARE
    ):
        following = sibling.getnext()
        _remove_node(sibling)
        sibling = following
    _remove_node(anchor)


def _is_article_paragraph(node: etree._Element) -> bool:
    if node.tag != "p":
        return False
    link_chars = sum(len(_text_of(a)) for a in node.iter("a"))
    return len(_text_of(node)) - link_chars >= CONTINUATION_CHARS


def _cut_trailing(paragraph: str) -> str:
    return _TRAILING.sub("", paragraph).strip()


def _cut_comment_thread(blocks: list[Block]) -> list[Block]:
    """Everything from a comment-area marker ("Leave a Reply", "3 comments") on goes."""
    for index, block in enumerate(blocks):
        if index > 0 and _matches_any(_THREAD, block.text):
            return blocks[:index]
    return blocks


def _drop_related_runs(blocks: list[Block]) -> list[Block]:
    """A short "Related" / "Read more" label takes the link-only paragraphs after it along."""
    kept: list[Block] = []
    in_run = False
    for block in blocks:
        is_label = len(block.text) <= MAX_LABEL_CHARS and (
            _matches_any(_RELATED, block.text) or _matches_any(_DROP, block.text)
        )
        in_run = is_label or (in_run and block.link_share >= LINK_ONLY_SHARE)
        if not in_run:
            kept.append(block)
    return kept


def _drop_lead(blocks: list[Block], titles: Iterable[str]) -> list[Block]:
    """Drop the headline repeated at the top and a short dateline or byline under it."""
    title_keys = {_key(t) for t in titles if t and _key(t)}
    start = 0
    while start < min(3, len(blocks) - 1):
        text = blocks[start].text
        if _key(text) in title_keys or _is_lead_line(text):
            start += 1
        else:
            break
    return blocks[start:]


def _is_lead_line(paragraph: str) -> bool:
    return len(paragraph.split()) <= MAX_LEAD_WORDS and _matches_any(_LEAD, paragraph)


def _key(text: str) -> str:
    return " ".join(_TOKEN_RE.findall(text.lower()))


def _drop_edge_credits(blocks: list[Block]) -> list[Block]:
    """Drop wire credits, "contributed reporting" and contact lines at either end."""
    end = len(blocks)
    while end > 1 and _matches_any(_CREDITS, blocks[end - 1].text):
        end -= 1
    start = 0
    while start < end - 1 and _matches_any(_CREDITS, blocks[start].text):
        start += 1
    return blocks[start:end]


def _drop_tail_furniture(blocks: list[Block]) -> list[Block]:
    """After the last real paragraph, headings and link-only lines are page furniture."""
    last_real = max((i for i, b in enumerate(blocks) if _is_real_paragraph(b)), default=len(blocks))
    return [
        b for i, b in enumerate(blocks)
        if i <= last_real or not (b.kind == "head" or b.link_share >= LINK_ONLY_SHARE)
    ]


def _is_real_paragraph(block: Block) -> bool:
    return block.kind != "head" and len(block.text) >= REAL_PARAGRAPH_CHARS and block.link_share < 0.5
