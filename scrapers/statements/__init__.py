"""Statements: direct quotations and reported speech, with who said them.

``extract_statements(text)`` is a pure function over plain article text; the
rules it follows are those of ``STATEMENTS.md`` (shared spec). Modules:
``lexicon`` (word lists), ``marks`` (quotation spans), ``sentences``
(boundaries), ``frames`` (patterns), ``attribution`` (frames around a speech
verb), ``indirect`` (all frames of a sentence), ``slots`` (subject slots), ``speakers`` (speaker noun
phrases), ``coreference`` (pronouns, descriptions, fullest names) and
``records`` (drafts to ``Statement``), with ``fullnames`` (fullest name
forms), ``salience`` (who is in focus: people just introduced, sentence
subjects, document issuers, the organisation an article is about) and the
data modules ``names``, ``phrases`` and ``places``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from scrapers.models import Statement
from scrapers.statements.attribution import Frame, lead_quote
from scrapers.statements.confidence import rate_statement
from scrapers.statements.coreference import SpeakerBook
from scrapers.statements.frames import mask_quotes
from scrapers.statements.indirect import find_frames
from scrapers.statements.loose_quotes import add_loose_statements
from scrapers.statements.marks import find_paragraphs, find_quote_spans
from scrapers.statements.records import (Draft, Rater, classify_content, is_sentence_quote, resolve_drafts,
                                         transcript_turns)
from scrapers.statements.sentences import find_sentences

__all__ = ["extract_statements", "statements_payload"]

# More frames from elsewhere (a parser, in bench/parser_frames.py): given the text and its sentences
# (start, end, paragraph), yield (sentence, Frame) pairs; frame offsets are relative to the sentence.
Sentence = tuple[int, int, int]
FrameSource = Callable[[str, list[Sentence]], Iterable[tuple[Sentence, Frame]]]


def extract_statements(text: str, more_frames: FrameSource | None = None, loose_quotes: bool = True,
                       rate: Rater = rate_statement) -> list[Statement]:
    """Extract the statements of one article, sorted by start offset.

    1. Find quotation spans (outermost, per paragraph; open-ended ones run on).
    2. Split paragraphs into sentences that never cut through a quotation.
    3. In every sentence, with quotations masked, read the attribution frames.
    4. Classify each frame's content: one whole quotation -> direct; partly
       marked -> mixed indirect; unmarked -> indirect. Marked spans used here
       are consumed.
    5. Quoted transcript turns ('"WALLACE: ...') speak for their label; quotations
       still unattributed that form a whole sentence continue the previous speaker.
       Frames of ``more_frames``, if given, add drafts where no draft is yet.
    6. Resolve speakers in text order (pronouns, descriptions, fullest names)
       and build the records, dropping any without a speaker; ``rate`` gives each its
       confidence from the reading that made it (the learned model of ``confidence``).
    7. Quotations still unclaimed go to the learned model of ``loose_quotes``
       (``loose_quotes=False`` leaves it out: the rules alone, as its trainer needs them);
       their confidence is that model's score.
    """
    paragraphs = find_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)                         # 1
    sentences = find_sentences(text, paragraphs, spans)                # 2
    drafts: list[Draft] = []
    used: set[int] = set()
    for s_start, s_end, para in sentences:                             # 3
        if para == 0 and s_start == paragraphs[0][0] and not text[s_end:paragraphs[0][1]].strip() \
                and not text[s_start:s_end].rstrip()[-1:] in ".?!:)\"”’»“«„'":
            continue                                                   # a headline: a first line with no stop
        masked = mask_quotes(text, s_start, s_end, spans)
        for frame in find_frames(masked):
            if frame.shape == "colon":
                drafts.extend(_next_paragraph_quote(text, paragraphs, para, spans, frame, s_start, used))
            if frame.content is None:
                continue
            drafts.extend(_lead_quote_draft(masked, frame, s_start, spans, used))
            for draft in classify_content(text, masked, s_start, frame, spans):   # 4
                drafts.append(draft)
                used.update(i for i, s in enumerate(spans) if s_start + frame.content[0] <= s.open_at
                            and s.close_end <= s_start + frame.content[1] + 1)
    drafts.extend(transcript_turns(text, spans, used))                 # 5
    for i, span in enumerate(spans):
        sentence = next((s for s in sentences if s[0] <= span.open_at < s[1]), None)
        if i not in used and sentence and is_sentence_quote(text, span, sentence[:2]):
            drafts.append(Draft("direct", span.start, span.end, None, span.start, span.paragraph))
    if more_frames is not None:
        drafts.extend(_drafts_elsewhere(text, spans, drafts, more_frames(text, sentences)))
    drafts = _drop_duplicates(drafts)
    book = SpeakerBook(text, sentences=sentences, spans=spans)
    statements = sorted(resolve_drafts(text, drafts, book, rate), key=lambda s: (s.start, s.end))  # 6
    if loose_quotes:                                                   # 7
        statements = sorted(statements + add_loose_statements(text, spans, paragraphs, statements),
                            key=lambda s: (s.start, s.end))
    return statements


def _next_paragraph_quote(text: str, paragraphs: list[tuple[int, int]], para: int, spans: list,
                          frame, s_start: int, used: set[int]) -> list[Draft]:
    """'X said:' ends a paragraph: the quotation opening the next one is X's."""
    if para + 1 >= len(paragraphs):
        return []
    p_start = paragraphs[para + 1][0]
    for i, span in enumerate(spans):
        if span.open_at == p_start and i not in used:
            used.add(i)
            return [Draft("direct", span.start, span.end, frame, s_start + frame.speaker_at, span.paragraph)]
    return []


def _lead_quote_draft(masked: str, frame, s_start: int, spans: list, used: set[int]) -> list[Draft]:
    """The first half of a quotation split around its attribution ('"A," X said, "B."')."""
    found = lead_quote(masked, frame)
    for i, span in enumerate(spans):
        if found and span.open_at == s_start + found[0] and i not in used:
            used.add(i)
            return [Draft("direct", span.start, span.end, frame, s_start + frame.speaker_at, span.paragraph)]
    return []


def _drafts_elsewhere(text: str, spans: list, drafts: list[Draft], found: Iterable[tuple[Sentence, Frame]]
                      ) -> list[Draft]:
    """Drafts of frames found by another reader, where none of ours overlaps their content."""
    extra: list[Draft] = []
    for (s_start, s_end, _), frame in found:
        masked = mask_quotes(text, s_start, s_end, spans)
        extra.extend(d for d in classify_content(text, masked, s_start, frame, spans)
                     if not any(d.start < x.end and x.start < d.end for x in drafts + extra))
    return extra


def _drop_duplicates(drafts: list[Draft]) -> list[Draft]:
    """One draft per span; of two frames claiming it, the speaker mentioned nearer the quote wins
    ('According to AFP, one user on Weibo posted: “...”' -> the user)."""
    best: dict[tuple, Draft] = {}
    for d in drafts:
        key = (d.kind, d.start, d.end)
        if key not in best or (d.frame is not None and best[key].frame is not None
                               and abs(d.frame_at - d.start) < abs(best[key].frame_at - best[key].start)):
            best[key] = d
    return list(best.values())


def statements_payload(text: str) -> dict:
    """What ``newsetl statements FILE --json`` prints: ``{"statements": [...]}``."""
    return {"statements": [s.to_dict() for s in extract_statements(text)]}
