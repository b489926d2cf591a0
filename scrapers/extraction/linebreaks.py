"""Paragraphs made of line breaks: ``text<br><br>text <a>link</a> text<br><br>`` into ``<p>`` elements.

Old CMSs and scraper sites separate paragraphs with double ``<br>`` instead of ``<p>``. With links
kept (we need them for link density), trafilatura splits such a paragraph at every inline link and
drops the space after it ("along the lines of" / "Inchonare feasible"), which cuts sentences and
quotations in two. Wrapping those runs in ``<p>`` first gives it ordinary paragraphs.
"""

from __future__ import annotations

from lxml import etree

# Elements that end a paragraph of loose text; everything else (links, emphasis, spans) is inline.
_BLOCKS = frozenset({"p", "div", "table", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
                     "section", "article", "aside", "header", "footer", "nav", "form", "figure", "hr", "iframe",
                     "script", "style", "noscript"})
_PARENTS_XPATH = etree.XPath("//*[br[following-sibling::node()[normalize-space() or self::*][1][self::br]]]")


def wrap_break_paragraphs(tree: etree._Element) -> etree._Element:
    """Rebuild, in place, every element whose loose text is split by double ``<br>`` into ``<p>`` children."""
    for parent in _PARENTS_XPATH(tree):
        if parent.tag in ("p", "pre") or not _has_loose_text(parent):
            continue
        _rebuild(parent)
    return tree


def _has_loose_text(parent: etree._Element) -> bool:
    return bool((parent.text or "").strip()) or any(
        (kid.tail or "").strip() for kid in parent if kid.tag == "br")


def _is_break_run(kids: list, i: int) -> bool:
    """A ``<br>`` with nothing but space after it and another ``<br>`` next."""
    return kids[i].tag == "br" and not (kids[i].tail or "").strip() and i + 1 < len(kids) and kids[i + 1].tag == "br"


def _rebuild(parent: etree._Element) -> None:
    kids = list(parent)
    out: list[etree._Element] = []
    para = _paragraph(parent.text)
    i = 0
    while i < len(kids):
        kid = kids[i]
        if _is_break_run(kids, i):
            j = i
            while j < len(kids) and kids[j].tag == "br" and not (kids[j].tail or "").strip():
                j += 1
            tail = kids[j].tail if j < len(kids) and kids[j].tag == "br" else kids[j - 1].tail
            j += 1 if j < len(kids) and kids[j].tag == "br" else 0
            out.append(para)
            para, i = _paragraph(tail), j
            continue
        if not isinstance(kid.tag, str) or kid.tag in _BLOCKS:
            tail, kid.tail = kid.tail, None
            out += [para, kid]
            para = _paragraph(tail)
        else:
            para.append(kid)                        # moves the element with its tail
        i += 1
    out.append(para)
    parent.text = None
    for kid in list(parent):
        parent.remove(kid)
    for element in out:
        if element.tag != "p" or element.get("data-br") is None or len(element) or (element.text or "").strip():
            element.attrib.pop("data-br", None)
            parent.append(element)


def _paragraph(text: str | None) -> etree._Element:
    para = etree.Element("p", {"data-br": ""})
    para.text = text
    return para
