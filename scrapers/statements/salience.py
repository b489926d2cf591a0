"""Who is in focus when a pronoun or description has no earlier speaker to go to.

Three patterns of news prose that the speaker history alone gets wrong:

- ``introduced_person``: a paragraph introduces someone without quoting them
  ("Their campaign was led by Graham Pike, a retired engineer.") and the next
  paragraph opens with a quotation closed by "he said": that is Pike, not the
  last speaker.
- ``document_issuer``: "the report said" speaks for whoever published the
  report ("A report published on Wednesday by the Inspectorate of Prisons",
  "Solberg's paper", "the agency released a statement").
- ``subject_org``: "the company said" before any organisation has spoken is
  the organisation the article is about ("Skylark Mobility is recalling ...").
"""

from __future__ import annotations

import re

from scrapers.statements import lexicon, names
from scrapers.statements.frames import mask_quotes
from scrapers.statements.speakers import (SpeakerRef, _is_name_token, _is_title_token, is_org_name,
                                         parse_apposition, parse_noun_phrase)

_RUN = r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w’'&.-]*)*"
_OPENERS = "\"“‘«„'"
_LOOKBACK = 2000
_AHEAD = 400       # an unnamed document's issuer is named within a sentence or two


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def introduced_person(text: str, spans: list, spoken_at: list[int], pos: int, parse):
    """(start, end, names) of a quote-free, speaker-free paragraph right before a paragraph that
    opens with a quotation; ``names`` are the full names (two words or more) it mentions, latest first."""
    p_start, _ = _paragraph_bounds(text, pos)
    if pos - p_start > _FLAT and text[p_start:p_start + 1] not in _OPENERS:
        return _introduced_in_sentence(text, spans, spoken_at, pos, parse)    # line breaks lost: sentences
    if p_start < 2 or text[p_start:p_start + 1] not in _OPENERS:
        return None
    return _introducing(text, spans, spoken_at, _paragraph_bounds(text, _last_text(text, p_start)), parse)


_FLAT = 1000       # this far into one line, the text has lost its paragraph breaks
_SENTENCE_END = re.compile(r"[.?!][”\"’]?\s+(?=[" + _OPENERS + "A-Z])")


def _introduced_in_sentence(text: str, spans: list, spoken_at: list[int], pos: int, parse):
    """``introduced_person`` for text without paragraph breaks: a quotation opening the sentence after a
    quote-free, speaker-free sentence that names someone."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - _LOOKBACK), pos + 1)
            if not any(q.open_at < m.start() < q.close_end for q in spans)]
    if len(ends) < 2 or text[ends[-1]:ends[-1] + 1] not in _OPENERS:
        return None
    return _introducing(text, spans, spoken_at, (ends[-2], ends[-1]), parse)


def _introducing(text: str, spans: list, spoken_at: list[int], bounds: tuple[int, int], parse):
    prev_start, prev_end = bounds
    if any(prev_start <= s.open_at < prev_end for s in spans) or any(prev_start <= p < prev_end for p in spoken_at):
        return None
    found = []
    for m in re.finditer(_RUN, text[prev_start:prev_end]):
        words = m.group().split()
        while words and (not _is_name_token(words[0]) or _is_title_token(words[0])):
            words = words[1:]
        ref = parse(" ".join(words)) if len(words) >= 2 else None
        if ref and ref.kind == "person" and " " in ref.text:
            found.append(ref.text)
    return prev_start, prev_end, found[::-1]


def _last_text(text: str, p_start: int) -> int:
    """Offset of the last non-blank character before ``p_start``."""
    i = p_start - 1
    while i > 0 and text[i] in "\n \t":
        i -= 1
    return i


_OTHER_DOCUMENTS = "|".join(lexicon.DOCUMENT_NOUNS)     # 'the website rated this statement by Trump': not its issuer


def _issuer_patterns(head: str) -> list[re.Pattern]:
    h = re.escape(head)
    return [re.compile(r"\b" + h + r"\b(?:(?!\b(?:" + _OTHER_DOCUMENTS + r")\b)[^.\n]){0,80}?"
                       r"(?<!obtained )(?<!seen )(?<!reviewed )(?<!quoted )(?<!cited )(?<!reported )(?<!leaked )"
                       r"\bby\s+(?:the\s+)?(" + _RUN + ")"),     # not 'obtained by Variety'
            re.compile(r"\b" + h + r"\s+from\s+(?:[^,.;\n]{0,40},\s+)?(" + _RUN + ")"),   # 'letter from the
            # home's manager, Paul Dent'
            re.compile("(" + _RUN + r")[’']s\s+(?:[\w-]+\s+){0,2}" + h + r"\b"),
            re.compile("(" + _RUN + r")\s+(?:published|released|issued|sent|filed|posted)\s+"
                       r"(?:a|an|its|the|her|his|their)\s+(?:[\w-]+\s+){0,2}" + h + r"\b")] + (
        [re.compile("(" + _RUN + r")\s+(?:has\s+|have\s+|had\s+)?(?:sued|is\s+suing|are\s+suing)\b")]
        if head in ("lawsuit", "suit", "complaint", "filing") else [])     # 'The DNC sued ...' then 'the lawsuit alleges'


_TRAILING_DAY = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\b.*$")


def document_issuer(text: str, head: str, pos: int, parse, ahead: bool = False):
    """'the report said' -> the organisation or person that issued the report, or None; ``ahead``: the
    issuer named after ``pos`` ('A new report suggests ... The report issued by the Australia Institute')."""
    lo, hi = (pos + len(head), min(len(text), pos + _AHEAD)) if ahead else (max(0, pos - _LOOKBACK), pos)
    best = None
    for pattern in _issuer_patterns(head):
        for m in pattern.finditer(text, lo, hi):
            if best is None or (m.start(1) < best[0] if ahead else m.start(1) > best[0]):
                best = (m.start(1), m.group(1))
    if not best:
        return None
    name = _TRAILING_DAY.sub("", re.sub(r"^The\s+", "", best[1]))    # 'from Amnesty International on Saturday'
    words = name.split()
    owned = re.split(r"[’']s\s+", name, maxsplit=1)          # 'Stanford University's Center on Poverty and ...'
    if is_org_name(words) or " of " in name or (len(owned) == 2 and is_org_name(owned[1].split())):
        return name, "org"
    ref = parse(name)
    return (ref.text, ref.kind) if ref and ref.kind in ("person", "org") else None


def subject_org(text: str, pos: int) -> str | None:
    """The latest organisation-like name opening a sentence before ``pos`` ('Skylark Mobility is ...')."""
    lo = max(0, pos - _LOOKBACK)
    pattern = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(" + _RUN + r")\s+(?:is|was|has|had|have|are|were|will|said|says|"
                         r"denies|insists|argues|maintains|[a-z]+ed)\b",
                         re.M)
    found = None
    for m in pattern.finditer(text, lo, pos):
        words = m.group(1).split()
        if 2 <= len(words) <= 4 and all(_is_name_token(w) for w in words if w not in ("of", "for", "and", "the", "on")) \
                and words[0].lower() not in names.GIVEN_NAMES and not _is_title_token(words[0]):
            found = m.group(1)
    return found


_LEAD_CLAUSE = re.compile(r"^(?:[A-Z][a-z]+(?:ed|ing|ly)|In|On|At|After|Before|During|Later|Earlier|For|With|But|And|"
                          r"So|Yet|Still|Now|Then|However|Meanwhile|Instead|Since|Though|Although|When|While|As|"
                          r"Last|This|Under|Despite|Like|Unlike|Following|Amid|Ahead)\b[^,\ue000]{0,80}(?:,|\ue000+)\s*")
_LEAD_WORD = re.compile(r"(?:Now|Then|But|And|So|Yet|Still|Meanwhile|However|Also|Later|Earlier)\s+(?=[A-Z][a-z]+\s+[A-Z])")
_INVERTED = re.compile(r"^(?:Among|Alongside|Also\s+among|Standing|Sitting|Joining)\b[^,.;\ue000]{0,80}?\s(?:was|were)\s+")


_VERB_LIKE = re.compile(r"(?:[a-z]+(?:s|ed|ly)|" + "|".join(lexicon.FINITE_CUES) + r"|said|told|made|took|got|went|"
                        r"came|gave|put|let|won|lost|began|became|also|then|now|never|still|just|already|later|again|"
                        r"once|first|too|herself|himself)(?:[,.;:]|$)|[A-Z(,]|[a-z]+[.;:]$")


def subject_mention(text: str, sentence: tuple[int, int, int], spans: list) -> tuple[int, SpeakerRef] | None:
    """(offset, person) when the sentence opens with a named person ('Asked about it, Mr. Hanlon was ...';
    up to ten words before a lowercase verb: 'NASA Goddard Institute for Space Studies climatologist Gavin
    Schmidt likened ...')."""
    s_start, s_end = sentence[0], sentence[1]
    if not text[s_start:s_start + 1].isupper():
        return None
    if all(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w’'-]*", text[s_start:s_end])):
        return None                                   # 'An Ambitious, Divisive Legacy.': a subhead
    masked = mask_quotes(text, s_start, min(s_end, s_start + 160), spans)
    word = _LEAD_WORD.match(masked)                   # 'Now Adam Kramer, Facebook data scientist, has ...'
    lead = word or _LEAD_CLAUSE.match(masked) or _INVERTED.match(masked)   # 'Among the first diners was Maureen Crane'
    at = lead.end() if lead else 0
    parts = masked[at:].split(",")
    if len(parts) >= 2 and len(parts[1].split()) <= 4:
        pair = parse_apposition(parts[:2])
        if pair and pair.kind == "person" and pair.title:       # not 'Clinton criticized Tulsa, Okla.'
            return s_start + at, pair
    offset = at
    for n, part in enumerate(parts[:3]):
        words = part.split()
        for k in range(min(len(words), 10), 0, -1):
            if words[k - 1][:1].isupper() and (n == 0 and k <= 6 or (k < len(words) and words[k][:1].islower())) \
                    and not words[k - 1].endswith(("?", "!")):          # 'Harsh? He doesn't think so.'
                if n == 0 and k == 1 and len(words) > 1 and not _VERB_LIKE.match(words[1]) and not re.search(
                        r"[a-z,] " + re.escape(words[0]) + r"\b", text):
                    continue                       # 'Violent video games should ...': an adjective, not a name
                ref = parse_noun_phrase(" ".join(words[:k]))
                if ref:
                    return (s_start + offset, ref) if ref.kind == "person" else None
        if not lead:
            break                          # 'Chastened by the analyses, as well as ..., Trump revised'
        offset += len(part) + 1
    return None


_PLURAL_OPENER = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+s)\s+(?!said|say|told)[a-z]")


def plural_owner(text: str, pos: int, nouns: frozenset) -> str | None:
    """'Inspectors who visited ... found ... Their report said': the plural noun opening the last sentence."""
    found = list(_PLURAL_OPENER.finditer(text, max(0, text.rfind("\n", 0, pos)), pos))
    if not found:
        return None
    word = found[-1].group(1).lower()
    return word if word in nouns or re.match(r"^[a-z]{3,}(?:er|or|ist|ian)s$", word) else None
