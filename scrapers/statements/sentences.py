"""Sentence boundaries that never cut through a quotation.

A boundary is a terminal mark (``.?!``, possibly followed by closing marks)
plus whitespace before an upper-case letter, digit or opening mark, outside
any quotation span and not after a known abbreviation or an initial.
"""

from __future__ import annotations

import re

from scrapers.statements import frames
from scrapers.statements.marks import QuoteSpan

ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen col lt sgt st jr sr inc co corp ltd vs etc a.m p.m "
    "jan feb mar apr aug sep sept oct nov dec no prof rev mt ft adm capt maj cmdr pres "
    "atty supt det sens reps u.s u.k u.n d.c e.g i.e gov. messrs del cmdr insp const cst" .split()
)

# Abbreviations that may end a sentence ('... in Washington, D.C. The event drew ...') when a word
# that opens sentences follows; titles ('Gov.', 'Dr.') never do.
_CLOSING_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){2,3}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|etc|a\.m|p\.m)\.)$")
_STARTER = re.compile(r"[“‘\"](?![a-z])|(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those|His|Her|Their|Its|"
                      r"There|When|While|After|Before|Some|Many|Most|Police|Officials)\b")
_CLOCK = re.compile(r"\b[ap]\.m\.$")
# After '5:10 a.m.' a capitalised word opens the next sentence ('... around 5:10 a.m. Media outlets report'),
# unless it is a day, a date or a time zone ('at 10 a.m. Monday', '9 a.m. ET').
_CLOCK_FOLLOWER = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Eastern|Central|Pacific|"
                             r"Mountain|Atlantic|[A-Z]{1,2}[SD]?T|GMT|UTC|BST|CET|CEST|local|today|tomorrow|Jan|Feb|Mar|"
                             r"Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
                             r"September|October|November|December)\b")   # 'at 3:15 p.m. Dec. 22'

_GLUED = re.compile(r"")            # '... said Tim Kaine."So that is ...': a quotation glued to the last full stop
_BOUNDARY = re.compile(r"[.?!…]+[\"'”’»)\]]*\s+(?=[\"'“‘«„(\[A-Z0-9])")


def is_abbreviation(text: str, dot_at: int) -> bool:
    m = re.search(r"([\w.]+)$", text[max(0, dot_at - 12):dot_at])
    if not m or text[dot_at] != ".":
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _attribution_follows(text: str, m: re.Match, end: int) -> bool:
    """'“... you know?” Pluznick recalled.': a closing frame after a quotation ending in ?/! stays with it."""
    if not re.search(r"[?!][\"”’»]+\s+$", m.group()):
        return False
    tail = re.match(r"(?:[A-Z][\w.’'-]*\s+){1,4}?(\w+)(?:\s+[\w’'-]+){0,4}?\s*[.,;:]", text[m.end():end])
    named = re.match(r"(?:[A-Z][\w.’'-]*\s+){1,4}(?:[a-z]{3,}ly\s+)?([a-z]\w*)\b", text[m.end():end])   # '“…?” Matiullah
                                                                                  # Matie asks as', 'Brooke tearfully asked'
    return any(found and frames.FINITE_RE.fullmatch(found.group(1)) for found in (tail, named))


_SAID_AFTER = re.compile(r"\s+(?:he|she|they|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                         r"\s+(?:said|says|added|adds|told|tells|explained|continued)\b")


def _runs_on(text: str, span: QuoteSpan) -> bool:
    """'... closure for his family "I'm not of the view that ...," he said.': a quoted sentence after a
    lowercase word, with no full stop between (lost on a flattened page), opens a sentence of its own."""
    return (span.open_at >= 2 and text[span.open_at - 1] == " " and text[span.open_at - 2].islower()
            and text[span.start:span.start + 1].isupper() and len(text[span.start:span.end].split()) >= 4
            and text[span.end - 1:span.end] == "," and bool(_SAID_AFTER.match(text, span.close_end)))


def _inside_quote(pos: int, spans: list[QuoteSpan]) -> bool:
    return any(s.open_at < pos < s.close_end for s in spans)


def find_sentences(text: str, paragraphs: list[tuple[int, int]],
                   spans: list[QuoteSpan]) -> list[tuple[int, int, int]]:
    """Return (start, end, paragraph) for every sentence, in order."""
    out = []
    for para, (p_start, p_end) in enumerate(paragraphs):
        local = [s for s in spans if s.paragraph == para]
        start = p_start
        glued = [sp.open_at for sp in local if sp.open_at > p_start and text[sp.open_at - 1] in ".?!"
                 and text[sp.open_at - 2:sp.open_at - 1].isalpha() and text[sp.open_at + 1:sp.open_at + 2].isupper()]
        glued += [sp.open_at for sp in local if _runs_on(text, sp)]
        for m in sorted([*_BOUNDARY.finditer(text, p_start, p_end), *(_GLUED.match(text, at) for at in glued)],
                        key=lambda m: m.start()):
            cut = m.end()
            closes = (_STARTER.match(text, cut) and _CLOSING_ABBREVIATION.search(text, max(0, m.start() - 10), m.start() + 1)) \
                or (_CLOCK.search(text, max(0, m.start() - 4), m.start() + 1) and not _CLOCK_FOLLOWER.match(text, cut))
            if _inside_quote(cut, local) or (is_abbreviation(text, m.start()) and not closes) \
                    or _attribution_follows(text, m, p_end):
                continue
            out.append((start, m.start() + len(m.group().rstrip()), para))
            start = cut
        if start < p_end:
            out.append((start, p_end, para))
    return out
