"""Loose quotations: marked speech that no frame claimed, kept when a learned model says whose it is.

The rules drop a quotation they cannot attribute ('The scientists only spotted water vapour.' then a paragraph
of quoted words with no 'he said'). Two logistic models, trained by ``bench/train_loose_quotes.py`` on the
labelled tuning sets and stored as weights in ``loose_quotes_model.json``, take the rules' output as given:
one scores whether such a quotation is a statement at all (not a title or a slogan), the other which nearby
name said it (the speakers of the statements just before, names in the text before, a name right after).
A quotation is kept when the product of the two scores clears the stored threshold (ADR 5, session 10).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scrapers.models import Statement
from scrapers.statements.fullnames import expand_name, expand_org
from scrapers.statements.logistic import bucket, load_weights, score
from scrapers.statements.marks import QuoteSpan
from scrapers.statements.speakers import parse_noun_phrase

MODEL_PATH = Path(__file__).with_name("loose_quotes_model.json")
MIN_WORDS = 4                       # shorter marked spans are terms and titles far more often than statements
WINDOW_BEFORE, WINDOW_AFTER = 1500, 250
RECENT_STATEMENTS = 6

_CAPITALISED = re.compile(r"(?:[A-Z][\w’'&.-]*)(?:\s+(?:(?:of|for|and|the|de|on|&)\s+)*[A-Z][\w’'&.-]*)*")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b")
_YOU = re.compile(r"\b[Yy]ou\b")
_TOKEN = re.compile(r"[\w’']+|[.,;:(]")
_SPEECH_AFTER = re.compile(r"[\w .’'-]{0,40}?\b(?:said|says|told|added|wrote|explained|recalled|tweeted|posted|asked)\b")


@dataclass
class Candidate:
    """A name that may have said a loose quotation."""

    name: str
    kind: str                                   # "person" | "org" | "spk" (a speaker of an earlier statement)
    sources: set[str] = field(default_factory=set)
    offsets: list[int] = field(default_factory=list)


def load_model(path: Path = MODEL_PATH) -> dict:
    """The stored weights: ``{"span": {...}, "speaker": {...}, "threshold": float, ...}``."""
    return load_weights(path)


def _paragraph_index(paragraphs: list[tuple[int, int]], pos: int) -> int:
    return next((i for i, (a, b) in enumerate(paragraphs) if a <= pos < b), -1)


def find_loose_spans(text: str, spans: list[QuoteSpan], statements: list[Statement]) -> list[QuoteSpan]:
    """Quotations of at least ``MIN_WORDS`` words that no statement overlaps."""
    return [s for s in spans if len(text[s.start:s.end].split()) >= MIN_WORDS
            and not any(st.start < s.end and s.start < st.end for st in statements)]


def span_features(text: str, span: QuoteSpan, paragraphs: list[tuple[int, int]],
                  statements: list[Statement]) -> dict[str, int]:
    """What makes marked words a statement: length, layout, person, the words around the marks."""
    quote = text[span.start:span.end]
    words = quote.split()
    para = span.paragraph
    p_start, p_end = paragraphs[para]
    before = _TOKEN.findall(text[max(p_start, span.open_at - 40):span.open_at])
    after = _TOKEN.findall(text[span.close_end:min(p_end, span.close_end + 40)])
    f = {"words=" + bucket(len(words), (5, 8, 12, 20, 40)): 1,
         "para_open": int(not text[p_start:span.open_at].strip()),
         "para_whole": int(not text[p_start:span.open_at].strip() and not text[span.close_end:p_end].strip(" .,")),
         "end_punct": int(bool(re.search(r"[.?!,]\W*$", quote))),
         "cap_start": int(quote[:1].isupper()),
         "first_person": int(bool(_FIRST_PERSON.search(quote))),
         "you": int(bool(_YOU.search(quote))),
         "titlecase": int(sum(w[:1].isupper() for w in words) / max(len(words), 1) > 0.6),
         "prev_tok=" + (before[-1].lower() if before else "<para>"): 1,
         "colon_before": int(text[max(p_start, span.open_at - 40):span.open_at].rstrip().endswith(":")),
         "next_tok=" + (after[0].lower() if after else "<para>"): 1,
         "open_ended": int(span.open_ended)}
    earlier = [s for s in statements if s.end <= span.start]
    if earlier:
        f["last_gap=" + bucket(para - _paragraph_index(paragraphs, earlier[-1].start), (0, 1, 2, 4))] = 1
        f["last_kind=" + earlier[-1].kind] = 1
    else:
        f["no_prev"] = 1
    return f


def find_candidates(text: str, span: QuoteSpan, paragraphs: list[tuple[int, int]],
                    statements: list[Statement]) -> list[Candidate]:
    """Speakers of the statements just before, and names before the quotation or right after it."""
    found: dict[str, Candidate] = {}

    def add(name: str, kind: str, source: str, at: int) -> None:
        c = found.setdefault(name.lower(), Candidate(name, kind))
        c.sources.add(source)
        c.offsets.append(at)

    earlier = [s for s in statements if s.end <= span.start][-RECENT_STATEMENTS:]
    for rank, s in enumerate(reversed(earlier)):
        if s.speaker:
            add(s.speaker, "spk", f"stmt{min(rank, 3)}", s.end)
    p_end = paragraphs[span.paragraph][1]
    for lo, hi, source in ((max(0, span.start - WINDOW_BEFORE), span.start, "before"),
                           (span.end, min(p_end, span.end + WINDOW_AFTER), "after")):
        for m in _CAPITALISED.finditer(text, lo, hi):
            mention = m.group().rstrip(".’'")
            ref = parse_noun_phrase(mention) if len(mention) >= 2 else None
            if ref is not None and ref.kind in ("person", "org"):
                name = expand_name(text, ref.text, m.start()) if ref.kind == "person" else expand_org(text, ref.text)
                add(name, ref.kind, source, m.start())
    return list(found.values())


def candidate_features(text: str, span: QuoteSpan, paragraphs: list[tuple[int, int]], candidate: Candidate,
                       candidates: list[Candidate]) -> dict[str, int]:
    """Where a candidate stands to the quotation: which source named it, how near, how often, in what role."""
    pos = span.start
    f = {"kind=" + candidate.kind: 1, "n=" + bucket(len(candidate.offsets), (1, 2, 4)): 1,
         "fp|kind=%s|%s" % (bool(_FIRST_PERSON.search(text[span.start:span.end])), candidate.kind): 1}
    for source in candidate.sources:
        f["src=" + source] = 1
    before = [a for a in candidate.offsets if a < pos]
    if "after" in candidate.sources:
        f["after|ne=%s" % (not before)] = 1
    if before:
        last = max(before)
        f["dist=" + bucket(pos - last, (30, 100, 300, 800, 1500))] = 1
        f["pgap=" + bucket(span.paragraph - _paragraph_index(paragraphs, last), (0, 1, 2))] = 1
        sentence_start = max(text.rfind(". ", 0, last), text.rfind("\n", 0, last)) + 1
        f["opens_sentence"] = int(not text[sentence_start:last].strip(" \n\"“”'‘’"))
        tail = text[last:span.open_at]
        f["tail_colon"] = int(tail.rstrip().endswith(":"))
        f["tail_len=" + bucket(len(tail), (40, 120, 300))] = 1
        f["verb_after"] = int(bool(_SPEECH_AFTER.match(text, last, last + 80)))
        nearer = sum(1 for c in candidates if c is not candidate and any(last < a < pos for a in c.offsets))
        f["rank=" + bucket(nearer, (0, 1, 2, 4))] = 1
    return f


def add_loose_statements(text: str, spans: list[QuoteSpan], paragraphs: list[tuple[int, int]],
                         statements: list[Statement], model: dict | None = None) -> list[Statement]:
    """The statements of loose quotations whose model score clears the threshold (direct, verb unknown)."""
    model = model or load_model()
    out: list[Statement] = []
    for span in find_loose_spans(text, spans, statements):
        candidates = find_candidates(text, span, paragraphs, statements)
        if not candidates:
            continue
        p_span = score(model["span"], span_features(text, span, paragraphs, statements))
        scored = [(score(model["speaker"], candidate_features(text, span, paragraphs, c, candidates)), c)
                  for c in candidates]
        p_speaker, best = max(scored, key=lambda x: x[0])
        if p_span * p_speaker >= model["threshold"]:
            title = next((s.speaker_title for s in reversed(statements) if s.speaker == best.name), None)
            out.append(Statement(kind="direct", quote=text[span.start:span.end], speaker=best.name,
                                 speaker_title=title, verb=None, channel=None, start=span.start, end=span.end,
                                 confidence=round(p_span * p_speaker, 3)))
    return out
