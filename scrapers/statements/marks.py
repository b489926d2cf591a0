"""Quotation spans: where marked speech starts and ends in the article text.

Pairs opening and closing marks from ``lexicon.QUOTE_PAIRS`` (curly, guillemets,
low-9) and alternates symmetric marks (straight ``"`` and the NYT's doubled
``''``) inside a paragraph. A mark left open at the end of a paragraph is a
multi-paragraph quote: the span runs to the paragraph end (``open_ended``).
Only outermost spans are returned; inner marks belong to their host quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrapers.statements import lexicon

_TRIM = " \t\u00a0"
_ANY_MARK = re.compile("[" + re.escape("".join(lexicon.QUOTE_PAIRS)) + "\"'\u201d]")


@dataclass(frozen=True)
class QuoteSpan:
    """One stretch of marked speech; ``start``/``end`` exclude the marks."""

    open_at: int      # offset of the opening mark
    start: int        # first character of the quoted words
    end: int          # one past the last quoted character
    close_end: int    # one past the closing mark (== end when open-ended)
    paragraph: int
    open_ended: bool


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of every non-blank line, except that a line break inside a quotation does not
    end a paragraph: a line that leaves a double mark open, followed by lines whose first mark closes it
    ('“I have never been contacted ... indirectly.\nI have never reached out ...”'), is one paragraph."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    straight_single = _straight_single(text)
    out: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if out and _closes_later(text, out[-1], lines[i:i + _BROKEN_LINES], straight_single):
            out[-1] = (out[-1][0], line[1])
        else:
            out.append(line)
    return out


_BROKEN_LINES = 3   # a quotation broken over more lines than this is a multi-paragraph one


def _straight_single(text: str) -> bool:
    """Straight single marks quote only in a text without double ones."""
    return '"' not in text and "\u201c" not in text and "''" not in text


def _closes_later(text: str, para: tuple[int, int], lines: list[tuple[int, int]], straight_single: bool) -> bool:
    """``para`` leaves a double mark open without reopening it on the next line, and the first mark on one
    of the next ``lines`` closes it."""
    spans = _scan_paragraph(text, 0, para, straight_single)
    if not spans or not spans[-1].open_ended or text[spans[-1].end:para[1]].strip():
        return False
    mark = text[spans[-1].open_at]
    if mark not in ('"', "\u201c", "\u201e", "\u00ab") or _runs_on(text, para[1], mark):
        return False
    for start, end in lines:
        first = _ANY_MARK.search(text, start, end)
        if first is None:
            continue
        j = first.start()
        if mark == '"':
            return j > start and text[j - 1] not in _TRIM and text[j + 1:j + 2] in ("", " ", "\n", ",", ".", ";", ":", ")", "\u00a0")
        return text[j] in lexicon.QUOTE_PAIRS[mark]
    return False


def _is_opening_context(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    return before.isspace() or before in "([{—–-/:;,\u2014"


def _find_curly_close(text: str, i: int, end: int, closers: tuple[str, ...], single: bool) -> int:
    """Offset of the closing mark for the opener at ``i``, or -1."""
    for j in range(i + 1, end):
        if text[j] not in closers:
            continue
        if single:
            after = text[j + 1] if j + 1 < end else " "
            if after.isalpha() or text[j - 1].isspace():
                continue                       # an apostrophe (don’t, players’ union)
        return j
    return -1


def _find_symmetric_close(text: str, i: int, width: int, end: int, mark: str) -> int:
    j = text.find(mark, i + width, end)
    while j != -1 and mark == "'" and j + 1 < end and text[j + 1].isalpha() and not _reopens(text, j):
        j = text.find(mark, j + 1, end)
    if mark == '"':                             # 'sort Clinton’s "work-related” emails': a curly closer
        curly = _find_fallback_close(text, i + width, j if j != -1 else end, "\u201d")
        if curly != -1 and "\u201c" not in text[i:curly]:
            return curly
    return j


def _find_fallback_close(text: str, i: int, end: int, mark: str) -> int:
    """A stand-in closing mark: after a word or punctuation, before a space, punctuation or the end."""
    j = text.find(mark, i, end)
    while j != -1:
        after = text[j + 1] if j + 1 < end else " "
        inner_open = mark == "\u201d" and text.count("\u201c", i, j) > text.count("\u201d", i, j)
        if not text[j - 1].isspace() and (after.isspace() or after in ".,;:!?)—–-") and not inner_open:
            return j                           # not the closer of an inner “Shark Tank.”
        j = text.find(mark, j + 1, end)
    return -1


def _doubled_close(text: str, i: int, end: int) -> int:
    """'“It was an attempt to mislead voters,’’ Will Moy ... told the BBC': two apostrophes typed as the
    closing mark, before a space or punctuation."""
    j = text.find("\u2019\u2019", i, end)
    return j if j != -1 and text[j + 2:j + 3] in ("", " ", "\n", "\u00a0", ",", ".", ";", ":", ")") else -1


def _reopened_close(text: str, i: int, close_at: int, mark: str) -> int:
    """'“When all ...," he said, "maybe ...”': a stand-in closer followed by a stand-in opener before the
    real closer splits the quotation in two; the first part closes at the stand-in."""
    j = _find_fallback_close(text, i, close_at, mark)
    if j == -1:
        return close_at
    k = text.find(mark, j + 1, close_at)
    opens = k != -1 and text[k - 1].isspace() and text[k + 1:k + 2].isalnum()
    return j if opens else close_at


def _opener_at(text: str, i: int, para_start: int, allow_straight_single: bool) -> tuple[str, int] | None:
    """The mark opening a quote at ``i`` and its width, if any."""
    if text.startswith("''", i):
        return "''", 2
    ch = text[i]
    if ch == '"':
        if not _is_opening_context(text, i, para_start) and text[i + 1:i + 2] in ("", " ", "\n", "\u00a0"):
            return None                         # 'Palace." A friend': a closer left over by a garbled page
        return '"', 1
    if ch in lexicon.QUOTE_PAIRS:
        return ch, 1
    if ch == "\u201d" and _is_opening_context(text, i, para_start) and text[i + 1:i + 2].isalpha():
        return "\u201c", 1                      # '”Bird flu ...”': a closing mark typed as the opener
    if ch == "'" and (allow_straight_single or _speech_single(text, i, para_start)) and _is_opening_context(text, i, para_start):
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if nxt.isalnum():
            return "'", 1
    return None


def _reopens(text: str, j: int) -> bool:
    """A straight mark after a finished sentence and before a word opens the next paragraph of the same
    quotation (paragraph breaks lost: '... excellent. "He's working ...')."""
    return j > 1 and text[j - 1] == " " and text[j - 2] in ".?!" and text[j + 1:j + 2].isalpha() \
        and text[j + 1:j + 2].isupper()


_SAID_AFTER = re.compile(r"\s+(?:[A-Za-z.’'-]+\s+){0,4}?(?:said|says|added|adds|told|tells|explained|continued|wrote|"
                         r"writes|asked|insisted|claimed)\b")


def _speech_single(text: str, i: int, para_start: int) -> bool:
    """A straight single mark opening speech in a text that also uses double marks (tabloid style):
    "Her brother said: 'My sister is ...'" - after a colon or comma, or opening the paragraph, before a capital,
    and closed by a mark after punctuation."""
    before = text[para_start:i].rstrip()
    reopened = _reopens(text, i) and text.rfind("'", para_start, i) > text.rfind('"', para_start, i)
    if not (before == "" or before.endswith((":", ",")) or reopened) or not text[i + 1:i + 2].isupper():
        return False
    close = re.search(r"[.,!?]'(?=\s|$)", text[i + 1:i + 600])
    if close is None or "\n" in text[i + 1:i + 1 + close.start()]:
        return False
    return before != "" or bool(_SAID_AFTER.match(text, i + 1 + close.end()))   # not a quoted subhead


def _caption_cut(text: str, i: int, j: int) -> int | None:
    """'... on his way to work. Victim: Dane Chinnery pictured with his mother "He was ...': a picture caption
    pasted into a quotation; the mark at ``j`` opens the next part, and the first part ends at its last full stop."""
    if not (text[j - 1:j] == " " and text[j + 1:j + 2].isupper() and text[j - 2:j - 1].isalnum()):
        return None
    stop = max(text.rfind(". ", i, j), text.rfind("? ", i, j), text.rfind("! ", i, j))
    return stop + 1 if stop > i + 1 else None


def _curly_reopened(text: str, i: int, close_at: int) -> int:
    """A second opening mark after a finished sentence, before the first closer: the quotation went on in a
    new paragraph whose break was lost ('... defence purposes. “If the situation ...”'); its offset, or -1."""
    m = re.search(r"[.?!]\s+\u201c(?=[A-Z])", text[i + 1:close_at])
    return i + 1 + m.end() - 1 if m else -1


def _runs_on(text: str, para_end: int, mark: str) -> bool:
    """The next paragraph reopens ``mark``: a multi-paragraph quotation."""
    rest = text[para_end:].lstrip()
    return mark != "'" and rest.startswith(mark)


def _make_span(text: str, open_at: int, width: int, close_at: int, close_w: int,
               para: int, para_end: int) -> QuoteSpan | None:
    open_ended = close_at == -1
    start, end = open_at + width, (para_end if open_ended else close_at)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end <= start:
        return None
    close_end = end if open_ended else close_at + close_w
    return QuoteSpan(open_at, start, end, close_end, para, open_ended)


def _cut_span(text: str, open_at: int, width: int, cut_at: int, para: int, para_end: int) -> list[QuoteSpan]:
    """The quotation opened at ``open_at`` cut at ``cut_at`` with no closing mark (a paragraph of it ends there)."""
    span = _make_span(text, open_at, width, cut_at, 0, para, para_end)
    return [QuoteSpan(span.open_at, span.start, span.end, span.end, para, True)] if span else []


def _scan_paragraph(text: str, para: int, bounds: tuple[int, int], straight_single: bool) -> list[QuoteSpan]:
    para_start, para_end = bounds
    spans, i = [], para_start
    while i < para_end:
        nxt = _ANY_MARK.search(text, i, para_end)
        if not nxt:
            break
        i = nxt.start()
        found = _opener_at(text, i, para_start, straight_single)
        if not found:
            i += 1
            continue
        mark, width = found
        if mark in lexicon.QUOTE_PAIRS:
            closers = lexicon.QUOTE_PAIRS[mark]
            close_at = _find_curly_close(text, i, para_end, closers, mark in lexicon.SINGLE_MARKS)
            close_w = 1
            if mark in lexicon.FALLBACK_CLOSERS and close_at != -1:
                close_at = _reopened_close(text, i + width, close_at, lexicon.FALLBACK_CLOSERS[mark])
            doubled = _doubled_close(text, i + width, close_at if close_at != -1 else para_end) if mark == "\u201c" else -1
            if doubled != -1:
                close_at, close_w = doubled, 2
            reopened = _curly_reopened(text, i, close_at) if mark == "\u201c" and close_at != -1 else -1
            if reopened != -1:                  # '... purposes. “If the situation ...”': paragraphs run together
                spans.extend(_cut_span(text, i, width, reopened, para, para_end))
                i = reopened
                continue
        else:
            close_at = _find_symmetric_close(text, i, width, para_end, mark)
            close_w = width
            cut = _caption_cut(text, i, close_at) if mark == '"' and close_at != -1 else None
            if cut or (mark in ('"', "'") and close_at != -1 and _reopens(text, close_at)):   # 'excellent. "He's working ...': flattened paragraphs
                spans.extend(_cut_span(text, i, width, cut or close_at, para, para_end))
                i = close_at
                continue
        if close_at == -1 and mark in lexicon.FALLBACK_CLOSERS:
            close_at, close_w = _find_fallback_close(text, i + width, para_end, lexicon.FALLBACK_CLOSERS[mark]), 1
        if close_at == -1 and mark in lexicon.SINGLE_MARKS and not _runs_on(text, para_end, mark):
            i += 1                              # a lone single mark is an apostrophe
            continue
        span = _make_span(text, i, width, close_at, close_w, para, para_end)
        if span:
            spans.append(span)
        i = para_end if close_at == -1 else close_at + close_w
    return spans


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Return the outermost quotation spans of ``text`` in order (``paragraphs``: those of
    ``find_paragraphs``, when the caller has them already)."""
    straight_single = _straight_single(text)
    spans: list[QuoteSpan] = []
    for para, bounds in enumerate(find_paragraphs(text) if paragraphs is None else paragraphs):
        spans.extend(_scan_paragraph(text, para, bounds, straight_single))
    return spans
