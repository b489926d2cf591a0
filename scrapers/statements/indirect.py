"""Reported speech: every frame of a sentence, including the verbless ones.

``find_frames`` reads a masked sentence left to right: speech-verb frames
(see ``attribution``), participle frames (", saying that ...", ", adding
...") that borrow the sentence's subject, and "according to X" frames.
A verb inside content already claimed by an earlier frame is not read again,
so the outermost report keeps its full content.
"""

from __future__ import annotations

import re

from scrapers.statements import frames
from scrapers.statements.attribution import Frame, _content_end, is_clause, read_frame, skip_adverbials
from scrapers.statements.speakers import SpeakerRef, parse_apposition, parse_noun_phrase


def find_sentence_subject(masked: str) -> tuple[SpeakerRef, int] | None:
    """The speaker-like subject opening a sentence ('The editor of RT, Margarita Simonyan, ...')."""
    parts = [m for m in re.finditer(r"[^,]+", masked)]
    if len(parts) >= 2:
        pair = parse_apposition([parts[0].group(), parts[1].group()])
        if pair:
            return pair, parts[0].start()
    words = list(re.finditer(r"\S+", parts[0].group() if parts else ""))
    for k in range(min(len(words), 8), 0, -1):
        ref = parse_noun_phrase(masked[:words[k - 1].end()])
        if ref:
            return ref, 0
    return None


def _participle_frames(masked: str, verb_frames: list[Frame]) -> list[Frame]:
    out = []
    for m in frames.PARTICIPLE_RE.finditer(masked):
        verb = frames.VERB_FORMS[m.group(1)]
        earlier = [f for f in verb_frames if f.verb_at < m.start()]
        subject = (earlier[-1].speaker, earlier[-1].speaker_at) if earlier else find_sentence_subject(masked)
        if not subject or subject[0] is None:
            continue
        skip, channel = skip_adverbials(masked[m.end():], verb)
        start = m.end() + skip
        that = re.match(r"\s*that\b", masked[start:])
        start += that.end() if that else 0
        while start < len(masked) and masked[start] in " ,:":
            start += 1
        end = _content_end(masked, start)
        if end > start and is_clause(masked[start:end]):
            out.append(Frame("part", subject[0], subject[1], verb, m.start(1), channel, (start, end)))
    return out


def _according_frames(masked: str) -> list[Frame]:
    out = []
    for m in frames.ACCORDING_RE.finditer(masked):
        np = re.match(r"[^,.;:?!" + frames.MASK + r"]+", masked[m.end():])
        if not np:
            continue
        ref = parse_noun_phrase(np.group())
        if ref is None:
            ref = SpeakerRef(re.sub(r"^(?:the|a|an)\s+", "", np.group().strip(), flags=re.I), "description")
        content = _according_content(masked, m.start(), m.end() + np.end())
        if content:
            out.append(Frame("accord", ref, m.end(), "according to", m.start(), None, content))
    return out


def _according_content(masked: str, at: int, np_end: int) -> tuple[int, int] | None:
    if not masked[:at].strip(" ,"):
        start = np_end
        while start < len(masked) and masked[start] in " ,":
            start += 1
        end = _content_end(masked, start)
    else:
        start = len(masked) - len(masked.lstrip())
        end = len(masked.rstrip(" .;:?!\u00a0"))
        if not masked[np_end:].strip(" .;:?!\u00a0"):
            end = len(masked[:at].rstrip(" ,—–"))
    return (start, end) if end > start and is_clause(masked[start:end]) else None


_DASH_RE = re.compile(frames.MASK + r"[\s.,]*[―—–-]\s*([^" + frames.MASK + r"]{2,60}?)[\s.]*$")


def _dash_frames(masked: str) -> list[Frame]:
    """A quotation signed with a dash: '"…" ― Jorge Falcon'."""
    m = _DASH_RE.search(masked)
    if not m:
        return []
    name = m.group(1).split(",")[0].strip()
    ref = parse_noun_phrase(name)
    if ref is None or ref.kind not in ("person", "org"):
        return []
    start = len(masked[:m.start() + 1].rstrip(frames.MASK))
    return [Frame("dash", ref, m.start(1), None, m.start(1), None, (start, m.start() + 1))]


def find_frames(masked: str) -> list[Frame]:
    """All attribution frames of one masked sentence, in order."""
    verb_frames: list[Frame] = []
    claimed_from = len(masked)
    for m in frames.FINITE_RE.finditer(masked):
        if m.start() >= claimed_from:
            break
        frame = read_frame(masked, m)
        if frame is None:
            continue
        verb_frames.append(frame)
        if frame.shape == "pre" and frame.content:
            claimed_from = frame.content[0]
    found = verb_frames + _participle_frames(masked, verb_frames) + _according_frames(masked)
    if not verb_frames:
        found += _dash_frames(masked)
    return sorted(found, key=lambda f: f.verb_at)
