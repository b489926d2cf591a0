"""Reported speech: every frame of a sentence, including the verbless ones.

``find_frames`` reads a masked sentence left to right: speech-verb frames
(see ``attribution``), participle frames (", saying that ...", ", adding
...") that borrow the sentence's subject, and "according to X" frames.
A verb inside content already claimed by an earlier frame is not read again,
so the outermost report keeps its full content.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scrapers.statements import frames, lexicon
from scrapers.statements.attribution import Frame, read_frame, skip_adverbials
from scrapers.statements.clauses import content_end, has_finite_cue, is_clause
from scrapers.statements.slots import find_sentence_subject
from scrapers.statements.phrases import DATA_HEADS
from scrapers.statements.speakers import DATELINE, SpeakerRef, is_people_noun, parse_noun_phrase, strip_determiner


_BARE_CLAUSE = frozenset(lexicon.BARE_CLAUSE_VERBS)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?!(?:" + "|".join(lexicon.FEELING_PARTICIPLES)
                      + r")\b)\w+(?:ed|en)\b")                  # not 'was frustrated with both companies, saying'


_FRONTED_PARTICIPLE = re.compile(r"\s*(Claiming|Saying|Arguing|Insisting|Noting|Warning|Adding|Explaining|Stressing|"
                                 r"Acknowledging|Admitting|Suggesting)\b")


# What may stand before a participle that opens its sentence: nothing, or a preposition ('After', 'In a
# statement') with its object. Its content must then have a verb before the first comma.
_FRONTED_LEAD = re.compile(r"\s*(?:(?:[Aa]fter|[Bb]efore|[Ww]hile|[Bb]y|[Uu]pon|[Oo]n|[Ii]n|[Ss]ince|[Ww]hen|[Dd]espite|"
                           r"[Ww]ithout|[Ff]or|[Aa]nd|[Bb]ut)\b[^,;:" + frames.MASK + r"]{0,60}?)?")


def _participle_frames(masked: str, verb_frames: list[Frame]) -> list[Frame]:
    out = []
    if "ing" not in masked:                                   # every participle of speech ends in -ing
        return out
    fronted = _FRONTED_PARTICIPLE.match(masked)               # 'Claiming A, Trump told Fox that ...'
    for m in ([fronted] if fronted else []) + list(frames.PARTICIPLE_RE.finditer(masked)):
        verb = frames.VERB_FORMS[m.group(1).lower()]
        earlier = [f for f in verb_frames if f.verb_at < m.start() and not _posted_document(masked, f)
                   and not re.search(r"\bwho\s+(?:\w+\s+)?$", masked[:f.verb_at])]   # not '..., who said ...
        later = [f for f in verb_frames if f.verb_at > m.start()] if m is fronted else []
        if m is fronted and not later:
            continue                                         # 'Adding photos to your page can increase ...'
        subject = ((earlier[-1].speaker, earlier[-1].speaker_at) if earlier else
                   (later[0].speaker, later[0].speaker_at) if later else find_sentence_subject(masked))
        if not subject or subject[0] is None:
            continue
        head = " ".join(masked[subject[1]:m.start()].split()[:10])
        if not earlier and _PASSIVE.search(head):
            continue                                         # 'Two officers were charged ..., stating they had'

        if re.match(r"\s+(?:to|up|on)\b", masked[m.end():]):
            continue                                         # ', adding to a series of problems'
        start, end, that, channel = _participle_content(masked, m.end(), verb)
        comma = masked.find(",", start, end)
        if comma > start and _FRONTED_LEAD.fullmatch(masked[:m.start()]) and not has_finite_cue(masked[start:comma]):
            continue                                         # 'In a statement announcing the pick, the union ...'
        if not masked[:m.start()].strip():                    # 'After saying her foot was swollen, she sat down'
            main = re.search(r",\s+(?:he|she|they|it|we|I|[A-Z][\w’'-]+)\s+[a-z]", masked[start:end])
            end = start + main.start() if main else end
        content = masked[start:end]
        if end > start and is_clause(content) and (verb in _BARE_CLAUSE or that or has_finite_cue(content)):
            out.append(Frame("part", subject[0], subject[1], verb, m.start(1), channel, (start, end)))
    return out


_WITH_SPEAKING = re.compile(r"\bwith\s+((?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(" + "|".join(
    f for f in frames.VERB_FORMS if f.endswith("ing") and " " not in f) + r")\b")


_WITH_AS_OBJECT = re.compile(r"\b(?:" + "|".join(lexicon.WITH_VERBS) + r")\s+$", re.I)
_QUANTIFIED_WORD = re.compile(r"(?:(?:his|her|their|its|the|some|many|other)\s+)?([a-z]+)")


def _participle_content(masked: str, at: int, verb: str) -> tuple[int, int, bool, str | None]:
    """The content after a participle of speech ending at ``at``: its start and end, whether 'that' opened
    it, and the channel among the adverbials before it."""
    skip, channel = skip_adverbials(masked[at:], verb)
    start = at + skip
    that = re.match(r"\s*that\b", masked[start:])
    start += that.end() if that else 0
    while start < len(masked) and masked[start] in " ,:":
        start += 1
    return start, content_end(masked, start), bool(that), channel


def _with_frames(masked: str) -> list[Frame]:
    """'..., with forecasters warning that pollution will reach ...': the noun of the 'with' phrase speaks."""
    out = []
    for m in _WITH_SPEAKING.finditer(masked):
        if _WITH_AS_OBJECT.search(masked, 0, m.start()):
            continue                                   # 'She met with officials saying ...': an object
        np = m.group(1)
        word = _QUANTIFIED_WORD.fullmatch(np)
        ref = parse_noun_phrase(np) or (SpeakerRef(strip_determiner(np), "description")
                                        if word and is_people_noun(word.group(1)) else None)   # 'with forecasters warning'
        if ref is None or ref.kind == "pronoun" and ref.text.lower() not in ("him", "her", "them") or \
                ref.text.split()[-1].lower() in _DOCUMENTS:
            continue                                   # not 'with a new report claiming that'
        verb = frames.VERB_FORMS[m.group(2).lower()]
        start, end, that, channel = _participle_content(masked, m.end(), verb)
        content = masked[start:end]
        if end > start and is_clause(content) and (that or has_finite_cue(content)) and not re.match(
                r"[—–-]|(?:of|about|against|on|over|for)\b", content):       # not 'warning of dangerous ...'
            out.append(Frame("part", ref, m.start(1), verb, m.start(2), channel, (start, end)))
    return out


def _posted_document(masked: str, frame: Frame) -> bool:
    """'in a letter posted on Twitter': a document with a participle after it modifies a noun, it
    does not speak."""
    head = frame.speaker.text.split()[-1].lower() if frame.speaker and frame.speaker.text.split() else ""
    return frame.content is None and head in _DOCUMENTS and bool(
        re.search(r"\b" + re.escape(head) + r"\s+$", masked[frame.speaker_at:frame.verb_at], re.I))


def _according_frames(masked: str) -> list[Frame]:
    out = []
    for m in frames.ACCORDING_RE.finditer(masked):
        np_end = _source_end(masked, m.end())
        if np_end is None:
            continue
        np = re.sub(r"\s+(?:who|which|that|(?:seen|obtained|reviewed|leaked)\s+by)\s.*$|[\s—–-]+$", "", masked[m.end():np_end])   # 'a programmer who has ...'
        placed = re.search(r"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*$", np)
        if placed and getattr(parse_noun_phrase(np[:placed.start()]), "kind", None) == "person":
            np = np[:placed.start()]                     # "the BBC's Jane Roe in Kabul": the reporter, not the place
        by = re.search(r"(?<!obtained )(?<!seen )(?<!reviewed )(?<!leaked )\b(?:by|from)\s+(?=\S)", np) if len(
            np.split()) >= 3 else None                      # 'a study by X', not 'a draft seen by Reuters'
        owner = _OWNER.match(np.strip())
        ref = (parse_noun_phrase(owner.group(1) or owner.group(2) or owner.group(3)) if owner else None) or parse_noun_phrase(np) or (
            parse_noun_phrase(np[by.end():]) if by else None)   # "Google's recent parsing of ...", 'a study ... by X'
        issued = _ISSUED_RE.match(np.strip())
        channel = issued.group(1) if issued and issued.group(1).lower() in _CHANNELS else None
        if channel:                                         # 'a speech Mrs. Clinton gave in July'
            ref = parse_noun_phrase(issued.group(2)) or ref
        words = strip_determiner(np.strip()).split()
        if words and ((ref is None and words[0].lower() in DATA_HEADS) or (words[-1] in _SOURCELESS_DATA and all(
                w.islower() and not w.endswith(("’s", "'s")) for w in words))):
            continue                                        # 'according to figures published ...', '... state figures'
        if len(words) >= 2 and words[-1].lower() in _DOCUMENT_HEADS and words[-2] in _SPEAKER_NOUNS:
            ref = parse_noun_phrase(words[-2]) or ref     # 'according to initial police reports': the police
        if ref is None:
            ref = SpeakerRef(re.sub(r"^(?:(?:the|a|an|la|le|les|des|der|von)\s+|l’\s*)", "", np.strip(), flags=re.I),
                             "description")
        content = _according_content(masked, m.start(), np_end)
        verb = m.group().strip()
        verb = "report" if verb.endswith("reported by") else verb[0].lower() + verb[1:]   # 'As reported by the Times'
        if content:
            out.append(Frame("accord", ref, m.end(), verb, m.start(), channel, content))
    return out


_DATA_OR_DOCUMENT = "|".join(DATA_HEADS + lexicon.DOCUMENT_NOUNS)
_DOCUMENT_HEADS = frozenset(("report", "reports", "statement", "statements"))   # not 'court records': those speak
_SPEAKER_NOUNS = frozenset(lexicon.SPEAKER_NOUNS)
_DOCUMENTS = frozenset(lexicon.DOCUMENT_NOUNS)
_SOURCELESS_DATA = frozenset(("figures", "data", "statistics", "numbers", "estimates", "forecasts", "projections"))
_OWNER = re.compile(r"(?:the\s+)?((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)[’']s\s+[a-z]"
                    r"|(the\s+[a-z]+)[’']s\s+(?:[\w-]+\s+){0,2}(?:" + _DATA_OR_DOCUMENT + r")$"   # "the company's results"
                    r"|(?:the\s+)?((?:[A-Z][\w&.-]*\s+(?:of\s+|for\s+)?){0,5}[A-Z][\w&.-]*)\s+(?:"
                    + _DATA_OR_DOCUMENT + r")(?:$|\s+(?:cited|published|released|quoted)\b)")  # 'the EDS estimates'
_ISSUED_RE = re.compile(r"(?:a|an|the|his|her|its|their)\s+(\w+)\s+(.+?)\s+(?:gave|delivered|made|wrote|sent|"
                        r"published|released|issued|filed|posted|put out)\b")
_CHANNELS = frozenset(c.lower() for c in lexicon.CHANNEL_NOUNS)
_NP_FUNCTION = frozenset(("the", "of", "for", "at", "in", "a", "an", "des", "der", "de", "la", "du", "von", "and"))


# A dot that ends an abbreviation inside a source ('a speech Mrs. Clinton gave', 'the U.S. Army').
_ABBREVIATION_DOT = r"\.(?=(?:com|org|net|gov|io|co)\b)|(?<=\bInc)\.(?=,)|(?<=\bCorp)\.(?=,)|(?<=\bLtd)\.(?=,)|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSt)\.|(?<=\b[A-Z])\.(?=\s?[A-Z])"


def _source_end(masked: str, at: int) -> int | None:
    """End of the source after 'according to'; a German source stops at the clause verb."""
    np = re.match(r"(?:[^,.;:?!" + frames.MASK + r"]|(?<=\d)[,.](?=\d)|" + _ABBREVIATION_DOT + ")+", masked[at:])
    if not np:
        return None
    words = list(re.finditer(r"\S+", np.group()))
    opens = not masked[:at].strip(" ,").rsplit(" ", 2)[0].strip() or len(masked[:at].split()) <= 2
    if len(words) > 6 and opens and not masked[at + np.end():].strip(" .?!\u00a0"):
        for w in words[2:]:
            if w.group()[:1].islower() and w.group().lower() not in _NP_FUNCTION:
                return at + w.start() - 1
    return at + np.end()


_ADVERBIAL_LEAD = re.compile(r"\s*(?:For example|For instance|However|Meanwhile|In addition|Also|Still|Indeed|Yet|"
                            r"(?:In|On|By|Since|Through)\s+(?:\w+\s+){0,2}\d{4}|Last \w+|This \w+)\s*,\s*")
_APPOSITION_TAIL = re.compile(r",?\s*(?!and\b|but\b|or\b|yet\b|while\b)[a-z]")
_PREDICATE_TAIL = re.compile(r",?\s*(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\s")
_SOURCE_ASIDE = re.compile(r",\s*(?:which|who|whose|dated|seen|written|given|sent|drawn|made|[a-z]+ed|an?)\b[^,.;:]{0,80},")
_SOURCE_TAIL = re.compile(r",?\s*(?:\w+ing\b|(?:a|an|the|which|who|whose|as|in|on|at|for|by)\b)")


def _according_content(masked: str, at: int, np_end: int) -> tuple[int, int] | None:
    if not masked[:at].strip(" ,") or re.search(r"[,;—–]\s*(?:and|but)\s+$", masked[:at]):   # '—and according to X, B'
        aside = _SOURCE_ASIDE.match(masked, np_end)          # 'According to the document, seen by Reuters, B'
        start = aside.end() if aside else np_end
        while start < len(masked) and masked[start] in " ,":
            start += 1
        end = content_end(masked, start)
    else:
        start = len(masked) - len(masked.lstrip())
        dateline = DATELINE.match(masked, start)            # 'NEW YORK — The ... is investigating X, according to'
        start = dateline.end() if dateline else start
        rest = masked[np_end:].strip(" .;:?!\u00a0")
        if _PREDICATE_TAIL.match(rest):                     # 'Finding water, according to NASA, is only ...'
            end = len(masked.rstrip(" .;:?!\u00a0"))
        elif not rest or _SOURCE_TAIL.match(rest) or (_APPOSITION_TAIL.match(rest) or len(rest.split()) <= 5) \
                and not has_finite_cue(rest):             # ', Richard Fisher.': an apposition to the source
            # ', adding to ...', ', a car-shopping site.', ', head of the National Center for ...'
            end = len(masked[:at].rstrip(" ,—–"))
        elif _ADVERBIAL_LEAD.fullmatch(masked[start:at]) or len(masked[start:at].split()) <= 4 and not has_finite_cue(
                masked[start:at]) and masked[start:at].rstrip().endswith(","):   # 'For example, according to X, B.':
                                                                                 # B alone; 'The following day, ...'
            start = np_end + len(masked[np_end:]) - len(masked[np_end:].lstrip(" ,"))
            end = len(masked.rstrip(" .;:?!\u00a0"))
        else:                                               # 'A, according to X, B.': the whole sentence
            end = len(masked.rstrip(" .;:?!\u00a0"))
    return (start, end) if end > start and is_clause(masked[start:end]) else None


_DASH_RE = re.compile(frames.MASK + r"[\s.,]*[―—–-]\s*([^" + frames.MASK + r"]{2,60}?)[\s.]*(?:$|(?=" + frames.MASK + "))")


def _dash_frames(masked: str) -> list[Frame]:
    """Quotations signed with a dash: '"…" ― Jorge Falcon', one after another when line breaks are lost."""
    out = []
    for m in _DASH_RE.finditer(masked):
        ref = parse_noun_phrase(m.group(1).split(",")[0].strip())
        if ref is None or ref.kind not in ("person", "org"):
            continue
        start = len(masked[:m.start() + 1].rstrip(frames.MASK))
        out.append(Frame("dash", ref, m.start(1), None, m.start(1), None, (start, m.start() + 1)))
    return out


_FRONTED_VERB = re.compile(r"\s*(Said|Says|Added|Adds|Wrote|Writes|Asked|Explained|Noted)\s+([^:;,.?!" + frames.MASK
                           + r"]{2,60}?)\s*:\s*(?=" + frames.MASK + ")")


def _fronted_verb_frames(masked: str) -> list[Frame]:
    """'Said Ellis: “I don’t get the sense ...”': the verb before its speaker, then a colon and a quotation."""
    m = _FRONTED_VERB.match(masked)
    ref = parse_noun_phrase(m.group(2)) if m else None
    if not ref or ref.kind not in ("person", "org", "description"):
        return []
    end = m.end()
    while end < len(masked) and masked[end] == frames.MASK:
        end += 1
    return [Frame("pre", ref, m.start(2), frames.VERB_FORMS[m.group(1).lower()], m.start(1), None, (m.end(), end))]


_QUOTED_AS = re.compile(r"\b(?:quote[sd]?|cited|reported)\s+(?P<name>[A-Za-z][^,.;:?!" + frames.MASK + r"]{1,50}?)\s+as\s+"
                        r"(?:saying|writing|telling|stating)\b"
                        r"|(?P<subject>(?<![\w’'-])[A-Za-z][^,.;:?!" + frames.MASK + r"]{0,50}?)\s+(?:was|is|has been|had been)\s+"
                        r"(?:[a-z]+ly\s+|once\s+|also\s+|later\s+)?(?:quoted|reported|heard|cited)"
                        r"(?:\s+by\s+[^,.;:?!" + frames.MASK + r"]{1,60}?)?\s+as\s+(?:saying|stating)\b")
# ('Shane Stone is reported as saying', 'Jones was quoted by the Associated Press as stating')


_QUOTED_AS_TAIL = re.compile(r"^\s*by\s+(?:the\s+)?[A-Z][^,.;:?!" + frames.MASK + r"]{0,50}?\s+that\s"   # '... by Interfax that A'
                             r"|^,?\s*(?:by|in|on)\s+(?:the\s+)?[A-Z][^,.;:?!" + frames.MASK + r"]{0,50}?(?=[\s.]*$)")


def _quoted_as_frames(masked: str) -> list[Frame]:
    """'“…,” local newspapers quote Salinas as saying.' / 'Salinas was quoted as saying that …' /
    '“…,” Salehi was quoted by state television as saying.'"""
    m = _QUOTED_AS.search(masked)
    if not m:
        return []
    name = "name" if m.group("name") else "subject"
    ref = parse_noun_phrase(m.group(name))
    if ref is None or ref.kind not in ("person", "org", "description", "pronoun"):
        return []
    closes = masked.rfind(frames.MASK, 0, m.start()) + 1
    gap = masked[closes:m.start(name)] if name == "subject" else masked[closes:m.start()]
    rest = masked[m.end():]
    timed = frames.TIME_RE.match(rest)
    ends = not _QUOTED_AS_TAIL.sub("", rest[timed.end() if timed else 0:]).strip(" .,;!?\n")   # '... as writing on
                                                                                    # Thursday.', '... by the RIA agency.'
    if closes and re.fullmatch(r"[\s,]*(?:[\w’'-]+\s+){0,4}", gap) and (name == "name" or ends):
        start = closes                                          # the quotation before the frame
        while start > 0 and masked[start - 1] == frames.MASK:
            start -= 1
        return [Frame("post", ref, m.start(name), "say", m.start(), None, (start, closes))]
    head = masked[:m.start(name)].rstrip()
    if ends and not closes and head.endswith(",") and is_clause(head[:-1]) and has_finite_cue(head[:-1]):
        start = len(head) - len(head.lstrip())          # 'Moscow has no plans, Peskov was quoted as saying by Interfax.'
        return [Frame("post", ref, m.start(name), "say", m.start(), None, (start, len(head) - 1))]
    start = m.end()
    tail = _QUOTED_AS_TAIL.match(rest)
    start += tail.end() if tail and tail.group().endswith("that ") else 0
    while start < len(masked) and masked[start] in " ,:":
        start += 1
    start += 5 if masked.startswith("that ", start) else 0
    end = content_end(masked, start)
    return [Frame("pre", ref, m.start(name), "say", m.start(), None, (start, end))] if end > start else []


_COLON_QUOTE = re.compile(r"[^:;" + frames.MASK + r"]{10,200}:\s*(?=" + frames.MASK + r")")


_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson", "source", "statement"))


def _colon_frames(masked: str) -> list[Frame]:
    """'Rudy Giuliani echoed the sentiment, but laid blame on Obama: “We've had ...”': a named person opening the
    sentence, then a colon and a quotation that ends it."""
    m = _COLON_QUOTE.match(masked)
    if not m:
        return []
    end = m.end()
    while end < len(masked) and masked[end] == frames.MASK:
        end += 1
    if masked[end:].strip(" .\u00a0"):
        return []
    bare = parse_noun_phrase(m.group()[:-1].strip()) if len(m.group().split()) <= 8 else None
    if bare and (bare.kind == "person" and 2 <= len(bare.text.split()) <= 3 or bare.kind == "description" and bare.text.split()[-1]
                 in _SPOKESPEOPLE):                  # 'A British Transport Police spokesman: “…”', 'Theresa May: “…”'
        return [Frame("pre", bare, len(m.group()) - len(m.group().lstrip()), "say", m.end() - 1, None, (m.end(), end))]
    words = re.findall(r"[A-Za-z][\w’'-]*", m.group())
    if sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return []                                   # 'Elizabeth Warren Hammers Wells Fargo CEO: “...”': a headline
    subject = find_sentence_subject(masked[:m.end() - 1])
    if not subject or subject[0].kind != "person" or " " not in subject[0].text:
        return []
    return [Frame("pre", subject[0], subject[1], "say", m.end() - 1, None, (m.end(), end))]


_WORDS_NOUNS = "|".join(lexicon.POSSESSED_SPEECH_NOUNS)
_OWNED_WORDS = re.compile(r"\s*(?:In\s+)?(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)[’']s\s+(?:own\s+)?"
                          r"(?:" + _WORDS_NOUNS + r")(?:\s+(?:was|is)\s+[a-z]+)?\s*[:,]\s*(?=" + frames.MASK + ")")
_OWNED_REPLY = re.compile(r"[\s,]*(?:was|came)\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)[’']s\s+"
                          r"(?:" + _WORDS_NOUNS + r")[\s.]*$")


def _possessive_frames(masked: str) -> list[Frame]:
    """'In Smith's words, “…”', "Smith's response: “…”", '“…,” was Smith's reply.': a quotation owned by a
    speech noun's possessor."""
    before = _OWNED_WORDS.match(masked)
    if before:
        start = end = before.end()
        while end < len(masked) and masked[end] == frames.MASK:
            end += 1
    else:
        end = len(masked) - len(masked.lstrip(" " + frames.MASK)) if masked.lstrip().startswith(frames.MASK) else 0
        start = masked.find(frames.MASK)
        after = _OWNED_REPLY.match(masked, end) if end else None
        if not after:
            return []
        before = after
    ref = parse_noun_phrase(before.group("name"))
    if not ref or ref.kind not in ("person", "org"):
        return []
    return [Frame("pre", ref, before.start("name"), "say", before.start("name"), None, (start, end))]


_FRONTED_SUBORDINATE = re.compile(r"\s*(?:While|Although|Though|Because|Since|If|When|Whereas|Even as|Even though)\b")
_MAIN_CLAUSE = re.compile(r",\s+(?:(?:the|his|her|its|their|a|an)\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[\w’'.-]+\s+"
                          r"(?:is|was|are|were|has|have|had|will|would|can|could|also|still)\b"
                          r"|(?:,|\s[―—–])\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)\s+[a-z]+ed\b")   # ', Isaac stopped


_MAIN_SUBJECT = re.compile(r",\s+(?=(?:the|a|an|his|her|its|their|this|[A-Z][\w’'-]*)\s)(?P<name>)")


def _within_fronted_clause(masked: str, frame: Frame | None) -> Frame | None:
    """'While his advisers suggest A, Mr. Obama is also determined ...': the report ends where the main
    clause after a fronted subordinate clause begins."""
    if frame is None or frame.shape != "pre" or not frame.content or not _FRONTED_SUBORDINATE.match(masked):
        return frame
    main = _MAIN_CLAUSE.search(masked, frame.content[0], frame.content[1]) or next(
        (m for m in _MAIN_SUBJECT.finditer(masked, frame.content[0], frame.content[1])
         if has_finite_cue(masked[m.end():frame.content[1]])), None)   # ', Russia's decision ... calls'
    if not main:
        return frame
    frame = replace(frame, content=(frame.content[0], main.start()))
    named = parse_noun_phrase(main.group("name")) if main.group("name") else None
    if frame.speaker.kind == "pronoun" and named and named.kind == "person":     # 'Although he said A, Isaac ...'
        frame = replace(frame, speaker=named, speaker_at=main.start("name"))
    return frame


def find_frames(masked: str) -> list[Frame]:
    """All attribution frames of one masked sentence, in order."""
    verb_frames: list[Frame] = []
    claimed_from, m = len(masked), frames.FRAME_VERB_RE.search(masked)
    while m:
        frame = _within_fronted_clause(masked, read_frame(masked, m))
        frame = _same_speaker_after_and(masked, frame, verb_frames)
        if frame is not None:
            verb_frames.append(frame)
            verb_frames += _quote_after_inverted(masked, frame)
        while frame is not None and frame.shape == "pre" and frame.content and _AND_THAT.match(masked, frame.content[1]):
            start = _AND_THAT.match(masked, frame.content[1]).end()        # 'told X that A, and that B'
            end = content_end(masked, start)
            if end <= start or not is_clause(masked[start:end]):
                break
            frame = replace(frame, content=(start, end))
            verb_frames.append(frame)
        if frame is not None and frame.shape == "pre" and frame.content:
            claimed_from = min(claimed_from, frame.content[0])
            coordinated = _COORDINATED.match(masked, frame.content[1])   # 'X said A and warned that B'
            m = frames.FRAME_VERB_RE.match(masked, coordinated.end()) if coordinated else None
            if m is None:                                 # ', but the union warned that'; '...: “A,” the union wrote'
                m = frames.FRAME_VERB_RE.search(masked, frame.content[1])
        else:
            m = frames.FRAME_VERB_RE.search(masked, m.end())
    verb_frames = _add_outer_post(masked, verb_frames, max(claimed_from, len(masked) - _TAIL))
    according = [f for f in _according_frames(masked) if not any(
        v.shape == "post" and f.content[0] <= v.verb_at < f.content[1] for v in verb_frames)]   # 'A, X said,
    found = verb_frames + _participle_frames(masked, verb_frames) + according + _fronted_verb_frames(masked) \
        + _with_frames(masked)                                                            # according to Y
    quoted_as = _quoted_as_frames(masked)                 # 'the magazine reported Nayak as writing': Nayak speaks
    found = [f for f in found if all(f.verb_at != q.verb_at for q in quoted_as)] + quoted_as
    if not verb_frames:
        found += _dash_frames(masked) + (_possessive_frames(masked) or _colon_frames(masked))
    return sorted(found, key=lambda f: f.verb_at)


_AFTER_INVERTED = re.compile(r"[^,;:.?!" + frames.MASK + r"]{1,60},\s*(" + frames.MASK + r"+)")


def _quote_after_inverted(masked: str, frame: Frame) -> list[Frame]:
    """'"The numbers," said analyst Kim Lee, "do not lie."': the quotation after an inverted frame is the
    second half of the split quotation."""
    if frame.shape != "post" or frame.speaker_at <= frame.verb_at or not frame.content:
        return []
    m = _AFTER_INVERTED.match(masked, frame.speaker_at)
    if not m or masked[frame.content[0]:frame.content[1]].strip(frames.MASK):
        return []
    return [replace(frame, shape="pre", content=(m.start(1), m.end(1)))]


def _same_speaker_after_and(masked: str, frame: Frame | None, earlier: list[Frame]) -> Frame | None:
    """'X says A and he admits that B': the pronoun is X, whatever A names."""
    if frame is None or frame.speaker is None or frame.speaker.kind != "pronoun" or not earlier:
        return frame
    prev = earlier[-1]
    if prev.content and prev.shape == "pre" and prev.speaker is not None and prev.speaker.kind != "pronoun" and \
            re.fullmatch(r"[\s,]*and\s+", masked[prev.content[1]:frame.speaker_at]):
        return replace(frame, speaker=prev.speaker, speaker_at=prev.speaker_at)
    return frame


_AND_THAT = re.compile(r",?\s+and\s+that\s+(?=" + frames.MASK + ")")      # '..., and that “B.”' only
_COORDINATED = re.compile(r"[\s,.]*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?")
_TAIL = 90   # a closing 'X said' frame sits within this many characters of the sentence end


def _add_outer_post(masked: str, verb_frames: list[Frame], tail_at: int) -> list[Frame]:
    """'A told B that C, the source added.': the closing frame holds the earlier ones."""
    if not verb_frames or tail_at >= len(masked):
        return verb_frames
    for m in frames.FRAME_VERB_RE.finditer(masked, tail_at):
        frame = read_frame(masked, m)
        if frame is not None and _is_outer_post(frame, verb_frames):
            kept = [f for f in verb_frames if f.verb_at < frame.content[0] or f.verb_at >= frame.content[1]]
            inner = [read_frame(masked, v) for v in frames.FRAME_VERB_RE.finditer(masked, frame.content[0], frame.content[1])]
            nested = [_quote_of(masked, f) for f in inner if f is not None]
            return kept + [f for f in nested if f] + [frame]      # quoted words keep their own speaker
    return verb_frames


def _quote_of(masked: str, frame: Frame) -> Frame | None:
    """A nested frame cut to the one quotation it opens ('he said, “somebody ought to ...”'), or None."""
    if not frame.content or frame.shape != "pre":
        return None
    start = frame.content[0]
    while start < frame.content[1] and masked[start] in " ,:\u00a0":
        start += 1
    end = start
    while end < len(masked) and masked[end] == frames.MASK:
        end += 1
    return replace(frame, content=(start, end)) if end > start else None


def _is_outer_post(frame: Frame, earlier: list[Frame]) -> bool:
    """A closing 'X said' whose content holds the earlier frames of the sentence."""
    return (frame.shape == "post" and frame.content is not None and bool(earlier)
            and all(frame.content[0] <= f.speaker_at and f.verb_at < frame.content[1] for f in earlier))
