"""Turning frames and quotation spans into ``Statement`` records.

A frame's content is classified by the quotations inside it: wholly one
quotation -> a direct statement of that quotation; partly marked -> one mixed
indirect statement (its marks included); unmarked -> plain indirect. Quotes
left without a frame continue the previous speaker when they open a
sentence right after an attributed statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from scrapers.models import Statement
from scrapers.statements import lexicon, phrases
from scrapers.statements.attribution import AS_FRAME, Frame
from scrapers.statements.clauses import has_finite_cue
from scrapers.statements.confidence import Reading, rate_statement
from scrapers.statements.coreference import Resolved, SpeakerBook, expand_name
from scrapers.statements.speakers import SpeakerRef, parse_noun_phrase
from scrapers.statements.frames import FRAME_VERB_RE, MASK
from scrapers.statements.marks import QuoteSpan
from scrapers.statements.sentences import is_abbreviation

Rater = Callable[[str, Statement, Reading], float]
_DIRECT_ONLY = frozenset(lexicon.DIRECT_ONLY_VERBS)
_QUOTE_ONLY = frozenset(lexicon.QUOTE_ONLY_VERBS)


@dataclass
class Draft:
    """A statement before its speaker is resolved."""

    kind: str
    start: int
    end: int
    frame: Frame | None       # None: continues the previous speaker
    frame_at: int             # absolute offset of the speaker mention
    paragraph: int


def _spans_within(spans: list[QuoteSpan], lo: int, hi: int) -> list[QuoteSpan]:
    return [s for s in spans if s.open_at < hi and s.close_end > lo]


def _carries_on(text: str, span: QuoteSpan) -> bool:
    """A marked part that goes on as full sentences ('... worst. We will ...')."""
    inner = text[span.start:span.end].rstrip(" .,!?")
    return any(inner[i] in ".!?…" and inner[i + 1:i + 3].strip()[:1].isupper()
               for i in range(len(inner) - 2))


def classify_content(text: str, masked: str, base: int, frame: Frame, spans: list[QuoteSpan]) -> list[Draft]:
    """Drafts for one frame whose content is ``frame.content`` (sentence offsets)."""
    lo, hi = frame.content
    aside = _CLOSING_ASIDE.match(text, base + hi)        # masking blanked '(12:30 p.m. EST)' at the sentence end
    if aside and not masked[hi + len(aside.group()):].strip(" .;:!?\u00a0"):
        hi += len(aside.group())
    inside = _spans_within(spans, base + lo, base + hi)
    at = base + frame.speaker_at
    outside = masked[lo:hi].replace(MASK, "").strip(" ,.;:—–-\u00a0()")
    if inside and len(inside) == 1 and (not outside or _FILLER.fullmatch(outside)):   # 'said things such as, "..."'
        return [Draft("direct", inside[0].start, inside[0].end, frame, at, inside[0].paragraph)]
    if len(inside) == 1 and _LEAD_PHRASE.fullmatch(masked[lo:inside[0].open_at - base]) and \
            not masked[inside[0].close_end - base:hi].strip(" ,.—–") and _is_own_clause(text, inside[0], closing=True):
        return [Draft("direct", inside[0].start, inside[0].end, frame, at, inside[0].paragraph)]   # 'Before this, “...,”'
    if inside and not outside and len(inside) == 1:
        return [Draft("direct", inside[0].start, inside[0].end, frame, at, inside[0].paragraph)]
    first = inside[0] if inside else None
    if first and first.open_at == base + lo and masked[first.close_end - base:hi].strip(" ,.—–") == "" :
        return [Draft("direct", first.start, first.end, frame, at, first.paragraph)]
    if frame.verb in _DIRECT_ONLY and not re.search(r"\b(?:that|if|whether)$", masked[:lo].rstrip()) \
            and not (AS_FRAME.search(masked[:frame.verb_at]) and masked[lo] != MASK):
        # 'replied that he had "..."', 'asked whether the deals ...' and 'As Ms. Simonyan put it, RT is ...' report
        return [Draft("direct", s.start, s.end, frame, at, s.paragraph) for s in inside[:1]]
    if first and first.open_at == base + lo and _is_own_clause(text, first, trailing=True):
        return [Draft("direct", first.start, first.end, frame, at, first.paragraph)]   # 'said, “We are pleased” at ...'
    tail = masked[first.close_end - base:hi].strip(" ,.;:—–-\u00a0") if first else ""
    if first and first.open_at == base + lo and len(inside) == 1 and len(tail.split()) <= 6 \
            and not has_finite_cue(tail) and not re.match(r"(?:is|are|was|were|has|have|had|will|would|can|could|"
                                                          r"may|might|must|should|[a-z]+ed)\b", tail) \
            and _is_own_clause(text, first, closing=True):
        return [Draft("direct", first.start, first.end, frame, at, first.paragraph)]   # '“The only way ... jail time”
                                                                                      # for criminal behavior, she said'
    full = [s for s in inside if _carries_on(text, s) or s.open_ended]
    if full:
        return [Draft("direct", s.start, s.end, frame, at, s.paragraph) for s in full]
    if frame.verb in _QUOTE_ONLY:
        return []
    own = [Draft("direct", s.start, s.end, frame, at, s.paragraph) for s in inside if _is_own_clause(text, s)]
    return [Draft("indirect", base + lo, base + hi, frame, at, -1)] + own


_CLOSING_ASIDE = re.compile(r"\s*\([^()]{0,30}\)")
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"))
_LEAD_PHRASE = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6},\s*"
                          r"|\s*(?:When|After|Before|If|As|While|Since|Although|Though|Because|Once|Until)\b[^,;:"
                          + MASK + r"]{0,120},\s*")
_FILLER = re.compile(r"(?:(?:things|something|words|such|as|this|the|following|like|simply|only|just|of|to|that|"
                     r"effect)[\s,:]*)+", re.I)
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her",
                          "its", "their", "no", "every", "all", "some", "many", "most"))
_FINITE = frozenset(lexicon.FINITE_CUES)
_CLAUSE_OPENERS = frozenset(("i", "we", "you", "he", "she", "they", "it", "there", "somebody", "someone",
                             "nobody", "everyone", "everybody", "i'm", "we're", "you're", "it's", "there's",
                             "i’m", "we’re", "you’re", "it’s", "there’s", "i'll", "i’ll", "we'll", "we’ll"))


def _is_own_clause(text: str, span: QuoteSpan, trailing: bool = False, closing: bool = False) -> bool:
    """A quoted part of a report that is a whole clause of its own ('and "we love you for that," Cook said');
    with ``trailing`` the report may go on after it ('said, “We are pleased” at the release')."""
    quote = text[span.start:span.end]
    words = quote.split()
    after = text[span.close_end:span.close_end + 2].strip()
    if len(words) < 4 or (not trailing and not closing and after[:1].isalpha() and after[:1].islower()):
        return False
    first = words[0].lower().strip(",")
    if first in _CLAUSE_OPENERS:
        return True
    subject_like = closing or (first in _DETERMINERS or words[0][:1].isupper() or words[0][:1].isdigit()
                    or re.search(r"\bthat\s*$", text[max(0, span.open_at - 8):span.open_at]) is not None)
    return not trailing and subject_like and first not in _FINITE and (has_finite_cue(quote) or _present_verb(words))


def _present_verb(words: list[str]) -> bool:
    """'race still determines too much': a present-tense verb after a singular subject or an adverb."""
    for prev, word in zip(words, words[1:4]):
        w, p = word.lower().strip(",.;:"), prev.lower()
        if (w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and p not in _DETERMINERS
                and p not in ("of", "for", "in", "on", "at", "to", "with", "by", "and", "or") and not p.endswith("s")):
            return True
    return False


_TURN_LABEL = re.compile(r"([A-Z][A-Z.’'-]+(?:[ \u00a0][A-Z][A-Z.’'-]+){0,2}):[ \u00a0]+(?=\S)")


def transcript_turns(text: str, spans: list[QuoteSpan], used: set[int]) -> list[Draft]:
    """'"WALLACE: Let’s start with ...': a quoted transcript turn speaks for its capitalised label."""
    out = []
    for i, span in enumerate(spans):
        m = _TURN_LABEL.match(text, span.start)
        if i in used or not m or m.end() >= span.end:
            continue
        label = " ".join(w.capitalize() for w in m.group(1).split())
        frame = Frame("label", SpeakerRef(label, "person"), 0, "say", 0, None, None)
        out.append(Draft("direct", m.end(), span.end, frame, m.start(), span.paragraph))
        used.add(i)
    return out


_TIME_TAIL = re.compile(r"(?:before|after|until|when|as|while)\s+(?:the|a|an|his|her|their|its)\s")


def is_sentence_quote(text: str, span: QuoteSpan, sentence: tuple[int, int]) -> bool:
    """The quotation is the whole sentence (marks and punctuation aside)."""
    before = text[sentence[0]:span.open_at].strip(" \u00a0")
    after = text[span.close_end:sentence[1]].strip(" .,;:!?\u00a0—–-\"”’»")
    if after and _TIME_TAIL.match(after) and not FRAME_VERB_RE.search(after):
        after = ""                                    # '"... at our back," before the first letter from Comey.'
    inner = text[span.start:span.end].strip()
    return not before and not after and (len(inner.split()) >= 2 or bool(re.search(r"\w[.!?]$", inner)))   # '“Maybe.”'


def build_statement(text: str, draft: Draft, who: Resolved, frame: Frame) -> Statement:
    """Assemble the record; trims the span so ``text[start:end] == quote``."""
    start, end = draft.start, draft.end
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    title = None if (who.title or "").lower().rstrip(".") in _HONORIFICS else who.title      # 'Mr.' is no title
    title = " ".join(title.split()) if title else title
    return Statement(kind=draft.kind, quote=text[start:end], speaker=who.name,
                     speaker_title=title, verb=frame.verb, channel=frame.channel,
                     start=start, end=end)


def resolve_drafts(text: str, drafts: list[Draft], book: SpeakerBook | None = None,
                   rate: Rater = rate_statement) -> list[Statement]:
    """Resolve speakers in text order; continuations take the previous statement's. Each record is
    rated by ``rate`` from the reading that made it (``confidence``)."""
    book, out, readings = book or SpeakerBook(text), [], []
    last: tuple[Resolved, Frame, int, int] | None = None
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        asked = _asked_before(text, draft.start, book) if draft.frame is None else None
        if asked:                                     # 'Dr Fox was asked if he would say yes. "I'm sure ..."'
            who, frame = asked
            book.remember(frame.speaker_at, who)
        elif draft.frame is None:
            if last is None or draft.paragraph - last[2] > 1 or not _follows_directly(text, last[3], draft.start,
                                                                                       last[0].name):
                introduced = (_introduced_before(text, draft, book, last[3] if last else -1)
                              or _announced_before(text, draft.start, book) or _subject_just_before(text, draft, book))
                if introduced is None:
                    continue
                who, frame = introduced                   # 'Jane Doe, 54, has lived here all her life.' then "…"
                book.remember(frame.speaker_at, who)
            else:
                who, frame = last[0], last[1]
        else:
            frame = draft.frame
            who = book.resolve(frame.speaker, draft.frame_at)
            if who is None:
                continue
            book.remember(draft.frame_at, who, frame.speaker.text if frame.speaker.kind == "pronoun" else None,
                          frame.channel)
        out.append(build_statement(text, draft, who, frame))
        readings.append(_reading_of(draft, who, frame))
        last = (who, frame, draft.paragraph if draft.paragraph >= 0 else _paragraph_of(text, draft.start), draft.end)
    return [replace(s, confidence=rate(text, s, r)) for s, r in zip(carry_titles(out), readings)]


def _reading_of(draft: Draft, who: Resolved, frame: Frame) -> Reading:
    if draft.frame is None:
        return Reading("continued", "", who.kind, "", draft.start)
    return Reading(frame.speaker.kind, frame.shape, who.kind, frame.speaker.text, draft.frame_at)


_STOP = re.compile(r"[.?!…]+[\"'”’»]*\s+")
_NAME_PUNCT = ".,;:!?\"'”’»“‘«()"


_GESTURE = re.compile(r"(?:^|[\s,])(?:he|she|[A-Z][\w’'-]+)\s+(?:" + "|".join(phrases.GESTURE_VERBS)
                      + r")(?:\s+(?:again|briefly|and\s+shook\s+(?:his|her)\s+head))?[.!]\s*[\"“‘«]?\s*$")


_ASKED = re.compile(r"(?:^|[.?!]\s+)(?:When\s+)?(?P<np>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*|[Hh]e|[Ss]he|[Tt]hey)\s+"
                    r"(?:was|were)\s+(?:then\s+|later\s+|also\s+)?asked\b[^.?!\"“]*[.?!:,]?\s*$")


_ANNOUNCED = re.compile(r"(?:^|[.?!]\s+)(?P<np>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)(?:,[^,.;:?!\"“]{3,120},)?\s+"
                        r"(?:once\s+|later\s+|also\s+)?"
                        r"(?P<verb>summed\s+(?:it\s+)?up|put\s+it|explained|recalled|described|wrote|tweeted|posted)"
                        r"\b[^.?!\"“]{0,120}[.:]\s*$")


def _announced_before(text: str, start: int, book: SpeakerBook) -> tuple[Resolved, Frame] | None:
    """'Charles Schultze once summed up the problem with a metaphor. “It’s not so much ...”': the sentence
    before, a speaker and a speech verb with no content of its own, announces the quotation."""
    found = _speaker_of_sentence_before(text, start, book, _ANNOUNCED, ("person", "org"))
    if found is None:
        return None
    who, ref, pos, m = found
    lemma = _ANNOUNCING_LEMMAS[" ".join(m.group("verb").split()).replace("summed it up", "summed up")]
    return who, Frame("pre", ref, pos, lemma, pos, None, None)


_ANNOUNCING_LEMMAS = {"summed up": "sum up", "put it": "put it", "explained": "explain", "recalled": "recall",
                      "described": "describe", "wrote": "write", "tweeted": "tweet", "posted": "post"}


def _asked_before(text: str, start: int, book: SpeakerBook) -> tuple[Resolved, Frame] | None:
    """The person asked in the sentence right before an unattributed quotation answers it."""
    found = _speaker_of_sentence_before(text, start, book, _ASKED, ("person", "pronoun"))
    if found is None:
        return None
    who, ref, pos, _ = found
    return who, Frame("pre", ref, pos, "answer", pos, None, None)


def _speaker_of_sentence_before(text: str, start: int, book: SpeakerBook, pattern: re.Pattern,
                                kinds: tuple[str, ...]) -> tuple[Resolved, SpeakerRef, int, re.Match] | None:
    """The resolved speaker named by ``pattern`` (group ``np``) in the sentence right before ``start``."""
    lo = max(0, start - 300)
    m = pattern.search(text[lo:start].rstrip(" \u00a0\"“‘'«„\n"))
    ref = parse_noun_phrase(m.group("np")) if m else None
    if ref is None or ref.kind not in kinds:
        return None
    who = book.resolve(ref, lo + m.start("np"))
    return (who, ref, lo + m.start("np"), m) if who else None


def _introduced_before(text: str, draft: Draft, book: SpeakerBook, last_end: int) -> tuple[Resolved, Frame] | None:
    """A paragraph that is one quotation, after a paragraph opened by a named person and no statement
    since: that person speaks (the feature writer's 'Jane Doe, 54, has lived here ...' then "…")."""
    para_start = text.rfind("\n", 0, draft.start) + 1
    if text[para_start:draft.start].strip(" \u00a0\"“‘'«„") or para_start < 2 \
            or text[:draft.end].rstrip()[-1:] not in ".?!…":
        return None                                   # a pull quote or subhead has no full stop
    prev_end = len(text[:para_start].rstrip("\n \u00a0"))
    prev_start = text.rfind("\n", 0, prev_end) + 1       # paragraphs apart by one line break or more
    if last_end >= prev_start:
        return None
    subjects = [(p, ref) for p, ref in book.subjects_between(prev_start - 1, para_start - 1)
                if ref.kind == "person" and " " in expand_name(text, ref.text)]     # 'Elich' of 'Gregory Elich'
    if not subjects:
        return None
    return _said_by(book, *subjects[0])


def _subject_just_before(text: str, draft: Draft, book: SpeakerBook) -> tuple[Resolved, Frame] | None:
    """'Aderholt returned to the issue later in the hearing. “What launch vehicles exist today?”': a
    quotation right after a sentence of the same paragraph that a named person opens is that person's."""
    k = next((i for i, s in enumerate(book.sentences) if s[0] <= draft.start < s[1]), None)
    if not k or book.sentences[k - 1][2] != book.sentences[k][2] or text[:draft.end].rstrip()[-1:] not in ".?!…" \
            or text[book.sentences[k][0]:draft.start].strip(" \u00a0\"“‘'«„"):
        return None
    start = book.sentences[k - 1][0]
    subjects = [(p, ref) for p, ref in book.subjects_between(start - 1, start + 1) if ref.kind == "person"]
    if not subjects:
        return None
    return _said_by(book, *subjects[0])


def _said_by(book: SpeakerBook, pos: int, ref) -> tuple[Resolved, Frame] | None:
    """The person named at ``pos`` as the speaker of an unattributed quotation."""
    who = book.resolve(ref, pos)
    return (who, Frame("pre", ref, pos, "say", pos, None, None)) if who else None


def _follows_directly(text: str, last_end: int, start: int, last_name: str = "") -> bool:
    """Nothing but the last statement's own attribution (and perhaps one gesture sentence, 'she laughed.',
    or one sentence of the same paragraph naming nobody else) stands between it and a continuing quote."""
    gap = text[last_end:start]
    stops = [m for m in _STOP.finditer(gap) if not is_abbreviation(gap, m.start())]
    if len(stops) <= 1:
        return True
    if len(stops) > 2 or "\n" in gap.strip():
        return False
    between = gap[stops[0].end():]
    return bool(_GESTURE.search(gap)) or not any(
        w.strip(_NAME_PUNCT) not in last_name for w in between.split()[1:] if w[:1].isupper())


def carry_titles(statements: list[Statement]) -> list[Statement]:
    """One title per speaker across the article: the first one given fills the others."""
    first: dict[str, str] = {}
    for s in statements:
        if s.speaker and s.speaker_title and s.speaker not in first:
            first[s.speaker] = s.speaker_title
    return [replace(s, speaker_title=first[s.speaker]) if s.speaker in first and not s.speaker_title else s
            for s in statements]


def _paragraph_of(text: str, pos: int) -> int:
    para, i = 0, 0
    for line in text[:pos].split("\n"):
        para += bool(line.strip())
        i += 1
    return max(para - 1, 0)
