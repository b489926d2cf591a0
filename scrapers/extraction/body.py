"""Find the article body: trafilatura on the cleaned tree, then a choice among candidates.

The first candidate is trafilatura in precision mode without comments, in its fast mode (no
comparison with readability and jusText). The slower candidates are only computed when the
evidence says the first is doubtful:

1. fast precision mode; kept when it holds ``MIN_PROSE_CHARS`` of prose (real paragraphs,
   not links or menu lines). In precision mode readability only replaces a body it more than
   doubles; on the 60 dev pages the comparison changed no body that had this much prose, and
   skipping it halves trafilatura's time;
2. full precision mode (readability and jusText compared); kept when ``MIN_BODY_CHARS`` long;
3. otherwise the longest of: that, trafilatura's balanced mode, and the schema.org
   ``articleBody`` the page itself declares.

The chosen body is rendered as a list of plain-text paragraphs.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree

# trafilatura logs a warning for every page it declines; an empty body is our signal instead
logging.getLogger("trafilatura").setLevel(logging.ERROR)

@dataclass(frozen=True)
class Block:
    """One paragraph of the body: its text, its kind (trafilatura's tag) and its linked characters."""

    text: str
    kind: str = "p"  # p, head, item, quote, row, code
    link_chars: int = 0

    @property
    def link_share(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


MIN_BODY_CHARS = 250  # a body shorter than this is doubtful: look at the other candidates
MIN_PROSE_CHARS = 250  # the fast body needs this much prose to skip the external comparison
PROSE_PARAGRAPH_CHARS = 80  # a paragraph of prose is at least this long ...
PROSE_MAX_LINK_SHARE = 0.5  # ... and mostly not link text
_BLOCK_TAGS = frozenset({"p", "head", "quote", "item", "row", "code", "list", "table", "div", "body", "doc"})
_KINDS = frozenset({"p", "head", "quote", "item", "row", "code"})
_SPACE_RE = re.compile(r"[ \t\r\f\v\u00a0]+")
_TAG_RE = re.compile(r"<[^>]+>")
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n|</p>|<br\s*/?>", re.IGNORECASE)


def extract_body(tree: etree._Element, url: str | None, declared_body: str | None = None) -> list[Block]:
    """Return the article body of a (cleaned) page as paragraphs (see the module docstring)."""
    blocks = _run_trafilatura(tree, url, favor_precision=True, fast=True)  # 1
    if _prose_chars(blocks) >= MIN_PROSE_CHARS:
        return blocks
    blocks = _run_trafilatura(tree, url, favor_precision=True, fast=False)  # 2
    if _char_count(blocks) >= MIN_BODY_CHARS:
        return blocks
    balanced = _run_trafilatura(tree, url, favor_precision=False, fast=False)  # 3
    declared = [Block(text) for text in split_declared_body(declared_body)]
    return max((blocks, balanced, declared), key=_char_count)


def render_blocks(body: etree._Element | None) -> list[Block]:
    """Flatten trafilatura's body XML into paragraphs: one per block element or line break."""
    blocks: list[Block] = []
    if body is not None:
        _Renderer(blocks).render(body, "p", False)
    return blocks


def split_declared_body(text: str | None) -> list[str]:
    """Split a schema.org ``articleBody`` (plain text or HTML) into paragraphs."""
    if not text:
        return []
    parts = _PARAGRAPH_BREAK_RE.split(text)
    cleaned = (_SPACE_RE.sub(" ", html.unescape(_TAG_RE.sub(" ", part))).strip() for part in parts)
    return [part for part in cleaned if part]


def _run_trafilatura(tree: etree._Element, url: str | None, favor_precision: bool, fast: bool) -> list[Block]:
    document = trafilatura.bare_extraction(
        tree,  # bare_extraction works on its own copy
        url=url,
        fast=fast,
        include_comments=False,
        favor_precision=favor_precision,
        include_links=True,  # link density per paragraph (and trafilatura does better with it)
        with_metadata=False,
    )
    return render_blocks(document.body) if document is not None else []


class _Renderer:
    """Walk trafilatura's XML, collecting text and link text until a block ends."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.parts: list[str] = []
        self.link_chars = 0
        self.kind = "p"

    def render(self, node: etree._Element, kind: str, in_link: bool) -> None:
        if node.tag in _BLOCK_TAGS:
            self.flush()
            kind = node.tag if node.tag in _KINDS else kind
            self.kind = kind
        in_link = in_link or node.tag == "ref"
        self.add(node.text, in_link)
        for child in node:
            if child.tag == "lb":
                self.flush()
            else:
                self.render(child, kind, in_link)
                self.kind = kind
                if child.tag == "cell":
                    self.add(" ", False)
            self.add(child.tail, in_link)
        if node.tag in _BLOCK_TAGS:
            self.flush()

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.parts.append(text)
            self.link_chars += len(text.strip()) if in_link else 0

    def flush(self) -> None:
        text = _SPACE_RE.sub(" ", "".join(self.parts))
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        for line in lines:
            share = min(self.link_chars, len(line)) if len(lines) == 1 else 0
            self.blocks.append(Block(line, self.kind, share))
        self.parts.clear()
        self.link_chars = 0


def _char_count(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)


def _prose_chars(blocks: list[Block]) -> int:
    """Characters in paragraphs of prose: long enough and mostly not link text."""
    return sum(
        len(block.text) for block in blocks
        if block.kind != "head" and len(block.text) >= PROSE_PARAGRAPH_CHARS and block.link_share < PROSE_MAX_LINK_SHARE
    )
