"""The grammar of attribution frames around a speech verb in one sentence.

A frame is speaker + speech verb (+ adverbials, channel, audience) and the
stretch it reports. Frames come in five shapes:
  pre    X said (that) CONTENT / X said: "QUOTE" / X told Y CONTENT
  post   CONTENT, X said. / "QUOTE," X said / "QUOTE," said X
  paren  A, X said, B.  (the content is the whole sentence)
  part   ..., saying (that) CONTENT / adding that CONTENT
  accord According to X, CONTENT. / CONTENT, according to X.
Sentences arrive masked (quotations replaced by ``frames.MASK``) so frames are
never read inside quoted words; offsets stay those of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from scrapers.statements import frames, lexicon, phrases
from scrapers.statements.clauses import content_end, has_finite_cue, is_clause, open_paren
from scrapers.statements.frames import MASK
from scrapers.statements.sentences import is_abbreviation
from scrapers.statements.subjects import RELATIVE_AUXILIARIES, blank_dash_asides, split_relative
from scrapers.statements.slots import find_sentence_subject, parse_speaker, unlisted_description
from scrapers.statements.speakers import DATELINE, SpeakerRef, is_role_phrase, is_role_token, parse_noun_phrase

_NEGATORS = frozenset(lexicon.NEGATORS)
_FRAME_ADVERBS = frozenset(lexicon.FRAME_ADVERBS)
_CATENATIVES = frozenset(lexicon.CATENATIVE_VERBS)
_MODALS = frozenset(lexicon.MODAL_AUXILIARIES)
_DIRECT_ONLY = frozenset(lexicon.DIRECT_ONLY_VERBS)
_BARE_CLAUSE = frozenset(lexicon.BARE_CLAUSE_VERBS)
_HEARER = frozenset(lexicon.HEARER_VERBS)
_CUED_VERBS = frozenset(lexicon.SPEECH_VERBS) - {"say", "tell"}   # English verbs whose bare object is no report
_NOUN_LIKE = frozenset(lexicon.NOUN_LIKE_FORMS)
_THAT_ONLY = frozenset(lexicon.THAT_ONLY_VERBS)
_OBJECT_PRONE = frozenset(lexicon.OBJECT_PRONE_VERBS)
_LEADS = re.compile(r"^(?:\s|and\b|but\b|And\b|But\b|So\b|Yet\b|Still,|However\b,?|[,—–-])+")
_THAT = re.compile(r"(?:" + "|".join(lexicon.THAT_WORDS) + r")(?=[\s," + MASK + r"])|qu[’'](?=\w)")
_POST_TAIL = re.compile(r"(?:who|which|where|according|as|while|although|though|when|after|before|in|on|at|during|"
                        r"with|without|amid|despite|following|citing|referring|\w+ing"
                        r"|(?:(?:a|an|one|two|three|four|five|several|just|only|some|\d+)\s+)?(?:day|hour|week|month|"
                        r"year|minute|moment)s?\s+(?:after|before))\b")      # ', state media said, a day after the army said'

_TAIL_PP = re.compile(r"(?:in|on|at|to|for|during|via|through|from)\s[^,;:" + MASK + r"]{0,60}?[.?!]?\s*$")
# What hangs off a whole report after its closing frame ('..., X said, including a provision ...',
# '..., the campaign said, language that could ...'): not the rest of a parenthetical sentence.
_APPENDAGE = re.compile(r"(?:including|excluding|especially|particularly|such as|"
                        r"(?!(?:was|is|are|were|has|had|have|will|would)\s)[a-z]+\s+(?:that|which)\s)\b")
# Openings of an adjunct after a closing frame ('..., Cook said while visiting ...', '... with X and Y.').
_ADJUNCT_OPEN = re.compile(r"(?:in|on|at|with|during|while|when|after|before|as|from|via|through|outside|"
                           r"inside|ahead|amid|despite|following|shortly|alongside|upon|without)\b")
# After an inverted frame inside a sentence: its predicate goes on ('This system, says X, ..., helps direct ...').
_INVERTED_PAREN = re.compile(r"(?:,[^,;:" + MASK + r"]{0,80})*?,\s+(?!who\b|which\b|adding\b|saying\b|noting\b|"
                             r"according\b|as\b|while\b|when\b|and\b|but\b|in\b|on\b|at\b|after\b|before\b|during\b)"
                             r"[a-z]+(?:s|ed)\b")
_NP_SUBJECT = re.compile(r"\s*(?!(?:Or|Perhaps|Maybe|Possibly|Probably|For|In|Of|However|Indeed|Still|Yet|But|And|So|Then|Now|Meanwhile|Instead|"
                         r"Also|Moreover|Ultimately|Finally)\b)(?:The\s+|His\s+|Her\s+|Its\s+|Their\s+)?"
                         r"[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}\s*$")
_ASIDE_THAT = re.compile(r",\s*[^,;" + MASK + r"]{3,80},\s*that\b")
_PP_THAT = re.compile(r"\s*,?\s*(?:in|on|at|during|after|before|to|from|with|over|for|via|through|last|this|early|late)\b"
                      r"[^,;" + MASK + r"]{0,60}?\bthat\b")

_THAT_RELATIVE = re.compile(r"\s*(?:was|were|is|are|has|had|have|will|would)\b")   # 'that' opening a relative clause
_CHANNEL_PARTICIPLE_THAT = re.compile(r"\s*,?\s*(?:[a-z]+ed|carried|sent|given|read|written|broadcast|shown)\s"
                                      r"[^,;" + MASK + r"]{0,60}?\bthat\b")   # 'in a statement carried by SPA that',
                                                                            # 'in an op-ed published Sunday that'


@dataclass
class Frame:
    """One attribution frame; offsets are relative to the sentence start."""

    shape: str
    speaker: SpeakerRef | None
    speaker_at: int
    verb: str
    verb_at: int
    channel: str | None
    content: tuple[int, int] | None


def _last_stop(left: str) -> int:
    """Offset of the last sentence-like stop ('Medicare. Bill Clinton said') in ``left``."""
    stops = [m.start() for m in re.finditer(r"[.?!](?=\s+[A-Z])", left) if not is_abbreviation(left, m.start())]
    return stops[-1] if stops else -1


_LY_ADVERB = re.compile(r"(?!(?:" + "|".join(lexicon.LY_NOUNS) + r")$)[a-z]{3,}ly")   # 'Kim reportedly told'


def _is_frame_adverb(word: str) -> bool:
    return word.lower() in _FRAME_ADVERBS or bool(_LY_ADVERB.fullmatch(word))


_RELATIVE_ADVERBS = re.compile(r"(?:(?<=\swho)|(?<=\sthat))((?:\s+(?!(?:has|have|had|told|added)\b)[a-z]+)+)\s*$")


def _blank_relative_adverbs(slot: str) -> str:
    """'investigators who later revealed', 'a merchant who first informed me': the adverbs after the relative
    pronoun blanked, so the clause reads as 'investigators who revealed'."""
    m = _RELATIVE_ADVERBS.search(slot)
    if not m or not all(_is_frame_adverb(w) for w in m.group(1).split()):
        return slot
    return slot[:m.start(1)] + " " * (len(slot) - m.start(1))


def _trim_left(left: str, modals: bool = False) -> tuple[str, str | None]:
    """Drop adverbs (and, before a quotation, modals) between subject and verb; return the rest and a blocking
    word."""
    ends_comma = left.rstrip().endswith(",")
    words = left.rstrip().split(" ")
    while words:
        if _is_frame_adverb(words[-1]) or modals and words[-1] in _MODALS:
            words.pop()
            continue
        timed = frames.TRAILING_TIME_RE.search(" ".join(words))
        if not timed or not timed.start():
            break
        words = " ".join(words)[:timed.start()].split(" ")
        if ends_comma and words and not words[-1].endswith(","):
            words[-1] += ","                           # 'X, dedicating the museum on Saturday, said'
    if len(words) >= 2 and words[-1] in ("did", "does", "do"):
        words = words[:-1]                             # 'But she did say that ...': emphatic, not a question
    if len(words) >= 2 and words[-1] == "to" and words[-2].lower() in _CATENATIVES:
        words = words[:-2]                             # 'Mr. Trump continues to insist his tactics will ...',
                                                       # 'Trump has tried to suggest that'
    elif len(words) >= 3 and words[-1] == "to" and words[-2] == "on" and words[-3].lower() in ("went", "goes", "go"):
        words = words[:-3]                             # 'Sam Lee went on to say that ...'
    elif hearsay := _HEARSAY.search(" ".join(words)):
        words = " ".join(words)[:hearsay.start()].split(" ")   # 'Mr Lee is understood to have told colleagues that'
    while len(words) >= 2 and _is_frame_adverb(words[-1]):
        words.pop()                                    # 'Trump has repeatedly tried to'
    raw = words[-1].strip(",") if words else ""
    last = raw.lower() if raw[:1].islower() or raw.lower() in ("not", "never") else ""   # 'Theresa May said'
    return " ".join(words), (last if last in _NEGATORS or last.endswith("n't") else None)


_MAIN_PREDICATE = re.compile(r",\s+(?:now\s+|also\s+|still\s+|later\s+)?(?:" + "|".join(lexicon.FINITE_CUES)
                             + r"|remains|serves|heads|runs|leads|said|added|"
                             r"[a-z]{3,}ed(?!\s+(?:by|in|on|to|for|with|as|at|from)\b))\b")   # ', said he was', ', voted no',
                                                                                          # ', struck a bridge'
_RELATIVE_SLOT = re.compile(r",\s*(?:who" + RELATIVE_AUXILIARIES + r"|(?:in|during|at|on)\s+which\s+[\w’'-]+)\s*$")
                                                                      # ', who has repeatedly said'
_OBJECT_BEFORE_THAT = re.compile(r"\s+(?:his|her|their|its|the|a|an|one|some|several|two|three|[A-Z]|"
                                 r"(?:[a-z]{3,}\s+)?[a-z]{3,}(?=\s+that\s)|[a-z]{3,}s(?=\s+of\s))"   # 'told householders that',
                                 # 'local media', 'told members of Congress that'
                                 r"(?:(?!\sto\s|\s(?:is|are|was|were|has|have|had|will|would|could|can)\s)[^,.;:"
                                 + MASK + r"]){0,50}?(?=\s+that\s+(?!would|will|could|can|should|may|might|is|was|"
                                          r"are|were|has|have|had)\w)")
_OBJECT_BEFORE_PRONOUN = re.compile(r"\s+(?!that\b)(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s+(?:he|she|they|it|we|I)\s+(?:would|will|"
                                    r"had|has|was|were|is|are|could|should|must|did|can|[a-z]{3,}ed)\b)")   # 'told
                                    # visiting Ukraine officials they would'
_NOUN_BEFORE = re.compile(r"\b(?:of|the|a|an|in|across|many|other|these|those|several|his|her|their|its|our|my|your)\s+$", re.I)
_DEMONSTRATIVE_THAT = re.compile(r"that\s+(?:was|is|wasn’t|wasn't|isn’t|isn't|would|will|had|has)\s+(?!been\b)"
                                 r"(?:not\s+)?(?:a|an|the|his|her|their|my|our|what|how|why|not|no|just|never|only|"
                                 r"true|false|wrong|right|fine|good|bad|enough|important|untrue|unfair|correct)\b")
_NAMED_NOUNS = frozenset(lexicon.NAMED_NOUN_FORMS)
_NAMED_BEFORE = re.compile(r"\b(?:a|an|his|her|their|its|our|my|your)\s+[A-Z][\w’'-]*\s+$")
_TIME_BEFORE_THAT = re.compile(r"\s+(?:the|last|this|on|in|earlier|later)\s+(?:[\w’'-]+\s+){0,5}?(?:Monday|Tuesday|"
                               r"Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|night|day|election|"
                               r"meeting|vote)(?:\s+(?:before|after)\s+(?:the\s+)?\w+)?(?=\s+that\s)")
_ADVERB_BEFORE_THAT = re.compile(r"\s*(?:[a-z]+ly|instead|again|also|later|further|then|too|once more|backstage|"
                                 r"afterwards?|privately|yesterday|today|tonight|onstage|online)(?=\s+that\b)")


# 'told his subordinates never to speak', 'asked them to leave': a hearer and an infinitive, no clause
# (not 'told reporters the plan to build a wall was dead').
_OBJECT_TO_INFINITIVE = re.compile(r"(?:him|her|them|me|us|you|everyone|people|[a-z][\w’'-]*s|(?:his|her|their|its|our|my|your)\s+"
                                   r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?|(?:the|a|an)\s+[a-z][\w’'-]*s|"
                                   r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:not\s+|never\s+)?to\s+[a-z]")

_SUBORDINATE_OR_COMMA = re.compile(r",|\b(?:when|if|because|after|before|while|as|since|until|unless|so|and|but|that|who|which)\b")


def _is_object_infinitive(content: str) -> bool:
    """A hearer and an infinitive with no finite verb of its own after it ('his wish to go home was denied' has one)."""
    m = _OBJECT_TO_INFINITIVE.match(content)
    if not m:
        return False
    rest = content[m.end():]
    stop = _SUBORDINATE_OR_COMMA.search(rest)
    return not has_finite_cue(rest[:stop.start()] if stop else rest)


_APPOSED_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|[a-z]{3,}\s+)?[A-Za-z][\w’'.-]*(?:\s+[\w’'.-]+){0,5},"
                             r"\s+(?:the|a|an|[A-Z][\w.-]*)\s+[^,.;:!?" + MASK + r"]{2,60},"
                             r"(?:\s+on\s+[A-Z][\w.]*(?:\s+\d+)?)?(?=\s+that\s)")


def _apposed_object(rest: str, pos: int) -> re.Match | None:
    """'told investors of New Media, the GateHouse parent, on Oct. 31 that', 'assured the public on Weibo, a
    Twitter-like social media site, that': an object with an apposition before 'that', no verb inside."""
    m = _APPOSED_OBJECT.match(rest, pos)
    return m if m and not frames.FINITE_RE.search(m.group()) and not re.search(r"[a-z]ing\b", m.group()) else None


def skip_adverbials(rest: str, verb: str) -> tuple[int, str | None]:
    """Length of the adverbials opening ``rest`` and the channel among them."""
    pos, channel, took_object = 0, None, False
    while True:
        if verb in _HEARER and not took_object:
            m = frames.OBJECT_RE.match(rest, pos)
            took_object = True
            before_pronoun = _OBJECT_BEFORE_PRONOUN.match(rest, pos) if verb != "promise" else None
            long_object = _OBJECT_BEFORE_THAT.match(rest, pos) or _apposed_object(rest, pos) or before_pronoun
            if long_object and (not m or m.end() < long_object.end() or long_object is before_pronoun):
                pos = long_object.end()                 # "telling his office's tech support staff that"
                continue
            if m and not re.match(r"\s*that\b", rest[pos:]) and (
                    verb == "tell" or re.match(r"\s*that\b", rest[m.end():])
                    or re.fullmatch(r"\s*(?:him|her|them|us|me|you)", rest[pos:m.end()])):   # 'informed them they'
                pos = m.end()
                if rest[pos - 2:pos] in ("’s", "'s"):               # "told MSNBC's “Morning Joe”"
                    pos += len(rest[pos:]) - len(rest[pos:].lstrip(" " + MASK))
                continue
        time_phrase = _TIME_BEFORE_THAT.match(rest, pos) if verb in _HEARER and took_object and pos else None
        if time_phrase:
            pos = time_phrase.end()                     # 'told lawmakers the Sunday before the election that'
            continue
        for pattern in (frames.CHANNEL_RE, frames.PLATFORM_RE, frames.TIME_RE, frames.AUDIENCE_RE, frames.PLACE_RE,
                        frames.ABOUT_RE, _ADVERB_BEFORE_THAT, frames.SHOW_RE):
            m = pattern.match(rest, pos)
            if m and m.end() > pos:
                if "channel" in pattern.groupindex and channel is None:
                    channel = frames.clean_channel(m.group("channel"))
                pos = m.end()
                break
        else:
            aside = _ASIDE_THAT.match(rest, pos)          # 'said, most recently in an interview with ABC News, that'
            if aside:
                return aside.end() - 4, channel
            m = _PP_THAT.match(rest, pos)
            if m and not frames.FINITE_RE.search(m.group()) and not _THAT_RELATIVE.match(rest, m.end()):
                return m.end() - 4, channel             # not 'after the meeting that was held'
            m = _CHANNEL_PARTICIPLE_THAT.match(rest, pos) if channel else None
            if m and not _THAT_RELATIVE.match(rest, m.end()):
                return m.end() - 4, channel
            return pos, channel


_SCENE_PREPOSITIONS = frozenset(phrases.SCENE_PREPOSITIONS)


_FINITE_NEXT = re.compile(r"\s+(?:were|was|is|are|had|has|have|would|will|could|can|should|may|might|must)\b")


def _read_inverted(masked: str, after: int) -> tuple[SpeakerRef, int, int] | None:
    """'..., said Foreign Minister Kuleba.' -> speaker read after the verb."""
    m = re.match(r"\s+([^;:?!(" + MASK + r"]+)", masked[after:])
    if not m or re.match(r"(?:that|whether|if)\b", m.group(1)):
        return None                                       # '..., claim that both activists ...': content, no speaker
    phrase = m.group(1).rstrip(" .\u00a0")
    parts = phrase.split(",")
    named = _inverted_apposition(parts)
    if named:
        return named, after + m.start(1) + len(parts[0]) + 1, after + m.start(1) + len(parts[0]) + 1 + len(parts[1])
    words = parts[0].split()
    cut = next((i for i, w in enumerate(words) if i and w in _SCENE_PREPOSITIONS), None)
    for k in range(min(10, len(words)), 0, -1):
        if cut is not None and k > cut and parse_noun_phrase(" ".join(words[:cut])):
            continue                                      # 'said Saeb Erakat on CNN television': the scene is no name
        ref = parse_noun_phrase(" ".join(words[:k]))
        if ref and (ref.kind != "pronoun" or len(phrase.split()) == 1):
            end = after + m.start(1) + len(" ".join(words[:k]))
            if _FINITE_NEXT.match(masked, end):
                return None                               # 'X, asked ..., said crews were in place': a clause
            if ref.kind in ("person", "org") and not ref.title and len(parts) > 1 and is_role_phrase(parts[1].strip()):
                title = re.sub(r"^(?:a|an)\s+", "", parts[1].strip())   # 'said X, the trust's manager'
                ref = SpeakerRef(ref.text, ref.kind, title)
            return ref, after + m.start(1), end
    return None


def _inverted_apposition(parts: list[str]) -> SpeakerRef | None:
    """'said the group’s spokesperson, Hannah Blaylock' -> the named person, titled."""
    if len(parts) < 2 or len(parts[1].split()) > 4:
        return None
    role, name = parse_noun_phrase(parts[0]), parse_noun_phrase(parts[1])
    if role and role.kind == "description" and name and name.kind == "person":
        return SpeakerRef(name.text, "person", name.title or parts[0].strip())   # '..., Dr Nia Castell'
    return None


def _quote_before(masked: str, subj_at: int) -> tuple[int, int] | None:
    """The quotation right before the subject, when it opens the sentence or follows ``.:;``."""
    head = re.sub(r"(?<=" + MASK + r")\s+as$", "", masked[:subj_at].rstrip(" ,\u00a0"))   # '“…,” as Smith noted.'
    if not head.endswith(MASK):
        return None
    start = len(head.rstrip(MASK))
    before = masked[:start].rstrip()
    if before and before[-1] not in ".:;?!—–-" + MASK and _LEADS.sub("", before):
        return None                                       # (another quotation may stand right before it)
    return start, len(head)


def lead_quote(masked: str, frame: Frame) -> tuple[int, int] | None:
    """'"My hope," he said, "is that ..."': the quotation before an interrupting frame."""
    if frame.shape != "pre" or not frame.content or not masked[frame.content[0]:].startswith(MASK):
        return None
    head = masked[:frame.speaker_at].rstrip(" \u00a0")
    return _quote_before(masked, frame.speaker_at) if head.endswith((MASK, "," + MASK)) else None


def _post_content(masked: str, subj_at: int) -> tuple[int, int] | None:
    """Content before ', X said': from the sentence start to the comma."""
    head = masked[:subj_at].rstrip()
    as_frame = re.search(r",\s*as$", head)                   # 'whether Scott had a gun, as police have said'
    if as_frame:
        head = head[:as_frame.start() + 1]
        subj_at = len(head)
        wh = list(re.finditer(r"\b(?:whether|if)\s+", head))
        if wh:
            end = len(head.rstrip(" ,"))
            return (wh[-1].end(), end) if end > wh[-1].end() else None
    if not head or head[-1] not in ",—–" + MASK:
        return None
    quote = _quote_before(masked, subj_at)
    if quote:
        return quote
    lead = _LEADS.match(masked)
    start = lead.end() if lead else 0
    dateline = DATELINE.match(masked, start)              # 'TOKYO - Japan's economy shrank ..., X said'
    start = dateline.end() if dateline else start
    end = len(head)
    while end > start and masked[end - 1] in " ,—–":
        end -= 1
    return (start, end) if end > start else None


_NOT_CLAUSE_END = frozenset(("that", "what", "which", "as", "than", "how", "whether", "if", "because", "of", "to", "and",
                             "but", "or", "so", "who", "when", "where", "why", "the", "a", "an", "this", "these",
                             "those", "all", "with", "for", "from", "by", "in", "on", "at", "about", "unless", "until"))


_FRAGMENT_OPENING = re.compile(r"(?:For|In|On|At|During|After|Before|Since|Until|With|Without|Amid|Despite|[A-Z][a-z]+ing)\b")


def _is_fragment(content: str) -> bool:
    """An opening phrase with no verb of its own ('In November 2002', 'Alluding to Agee's "soulmates,"')."""
    return bool(_FRAGMENT_OPENING.match(content.strip())) and MASK not in content and not has_finite_cue(content) \
        and not re.search(r"\b[a-z]{3,}ed\b", content.replace(MASK, " "))


def _bare_post_content(masked: str, frame: Frame) -> tuple[int, int] | None:
    """'... had been killed he added.': a closing frame with its comma lost (transcribed wire copy)."""
    if frame.speaker is None or frame.speaker.kind not in ("pronoun", "person") or MASK in masked[:frame.speaker_at]:
        return None
    head = masked[:frame.speaker_at].rstrip()
    last = re.search(r"([a-z][\w’'-]*)$", head)
    if not last or last.group(1) in _NOT_CLAUSE_END or len(head.split()) < 4:
        return None
    lead = _LEADS.match(masked)
    start = lead.end() if lead else 0
    content = masked[start:len(head)]
    return (start, len(head)) if is_clause(content) and has_finite_cue(content) else None


_NOUN_THAT = re.compile(r"(?:his|her|their|its|the|a|an)\s+(?:[a-z]+\s+)?(?:" + "|".join(lexicon.CLAUSE_NOUNS) + r")\s+that\b")
_RELATIVE_THAT = re.compile(r"\s+that\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b")
_BARE_RELATIVE_END = re.compile(r"(?<=[\w.])\s+(?:who|that|which)\s*$")
_ANTECEDENT_LEAD = re.compile(r".*\b(?:by|from|of|with|to|among|for|at|on|in|about|are|is|was|were|be|and|or|there|"
                              r"[a-z]+ed)\s", re.S)   # what ends before the antecedent of that relative

_AMONG = re.compile(r"\s(?:are|is|was|were)\s+(?:among|one of)\s")
_NOT_SOURCES = frozenset(lexicon.DOCUMENT_NOUNS) | frozenset(phrases.DATA_HEADS)

_DATA_BEFORE = re.compile(r"\b(?:" + "|".join(phrases.DATA_HEADS) + r")\s+\S+\s+$")


def _antecedent_slot(slot: str) -> str | None:
    """'quizzed by investigators who' -> the slot holding only the antecedent ('investigators'); 'Pepsi and
    Costco are among retailers that' -> the sentence subject; None for data ('radar data from Malaysia that')."""
    rel = _BARE_RELATIVE_END.search(slot)
    among = _AMONG.search(slot, 0, rel.start())
    lead = None if among else _ANTECEDENT_LEAD.search(slot, 0, rel.start())
    start = lead.end() if lead else 0
    if lead and _DATA_BEFORE.search(slot, 0, start):
        return None
    end = among.start() if among else rel.start()
    return " " * start + slot[start:end] + " " * (len(slot) - end)


def _is_past(verb_m: re.Match, verb: str) -> bool:
    form = frames.verb_form(verb_m).lower()
    return form != verb and not form.endswith("s")


_ASKING = frozenset(lexicon.ASKING_VERBS)
_ASKED_WHETHER = re.compile(r"(?:[a-z]+\s+){0,3}?(?:if|whether)\s+(?=\S)")   # 'asked (the minister) whether'
_HEARSAY = re.compile(r"(?<=\S)\s+(?:is|are|was|were)\s+(?:said|reported|understood|believed|thought|alleged|known|"
                      r"rumou?red)\s+to(?:\s+have)?$")
_NOBODY = re.compile(r"\s+(?:no-one|no one|nobody|none)\b")


def read_frame(masked: str, verb_m: re.Match) -> Frame | None:
    """Read the frame around one speech-verb match in a masked sentence."""
    verb = frames.VERB_FORMS[frames.verb_form(verb_m)]
    signs_off = re.match(r"\s*[.!?]?\s*$", masked[verb_m.end():]) and re.search(
        r",\s*(?:the|a|an|its|his|her)\s+[a-z]+\s*$", masked[:verb_m.start()])   # 'A, the paper states.'
    if frames.verb_form(verb_m) in _NOUN_LIKE and not signs_off and (
            not re.match(r"\s*(?:that\b|:|,?\s*" + MASK + ")", masked[verb_m.end():]) or _RELATIVE_THAT.match(masked, verb_m.end())):
        return None                                    # 'New York state attorney general', 'an EU state that is ...'
    if frames.verb_form(verb_m).lower() in ("reports", "claims", "tweets", "posts", "comments", "notes", "remarks") \
            and re.match(r"\s+(?:spoke|said|say|suggest|suggested|indicate|indicated|claimed|claim)\b", masked[verb_m.end():]):
        return None                                    # 'Initial reports spoke of ...': a noun, with its own verb
    if _NOUN_BEFORE.search(masked, 0, verb_m.start()) or frames.verb_form(verb_m) in _NAMED_NOUNS and \
            _NAMED_BEFORE.search(masked, 0, verb_m.start()):
        return None                                    # 'secretary of state,', 'a series of tweets early Friday',
                                                       # 'in a Twitter post'
    passive = _passive_frame(masked, verb, verb_m)
    if passive:
        return passive                                 # 'He had been warned by the mayor, Sadiq Khan, that ...'
    if re.match(r"(?:[a-z]+ed|[a-z]+en|told|said)$", frames.verb_form(verb_m)) and re.match(r"\s+by\s(?!\s*(?:(?:tele)?phone|e-?mail|text|letter|video|satellite|radio|mail|fax|cable))",
                                                  masked[verb_m.end():]) \
            and not re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had|get|got)\s+(?:[a-z]+ly\s+)?$", masked[:verb_m.start()]):
        return None                                    # 'memos written by Comey': a participle, not a frame
    if verb in ("ask", "beg", "plead", "order", "demand") and re.match(r"\s+(?:not\s+)?to\s", masked[verb_m.end():]):
        return None                                    # '..., who asked not to be named'
    if verb == "charge" and re.match(r"\s+with\b", masked[verb_m.end():]):
        return None                                    # 'the consultant charged with leading the operation'
    if verb in _HEARER and _NOBODY.match(masked, verb_m.end()):
        return None                                    # 'He told no-one about his exploits'
    if re.match(r"\s+(?:up(?!\s+to\b)|down|off)\b", masked[verb_m.end():]):
        return None                                    # 'wrote up a company profile', not 'says up to 1,500 ...'
    left_raw = masked[:verb_m.start()]
    cut = max([left_raw.rfind(c) for c in MASK + ";:"] + [_last_stop(left_raw), open_paren(left_raw)]) + 1
    slot, which_at = split_relative(_blank_relative_adverbs(blank_dash_asides(left_raw[cut:])))
    bare_who = re.search(r"\b(?:an?|the)\s+([a-z]+)\s+who\s*$", slot)   # 'an architect who said he was stiffed'
    role_who = bare_who and is_role_token(bare_who.group(1))
    if role_who:
        slot = slot[:bare_who.end(1)] + " " * (len(slot) - bare_who.end(1))
    relative_end = not role_who and _is_past(verb_m, verb) and bool(_BARE_RELATIVE_END.search(slot))
    if relative_end:                                   # not the generic 'people who say'
        slot = _antecedent_slot(slot)
        if slot is None:
            return None
    contracted = re.search(r"(?<=[A-Za-z])[’'](?:d|ll|ve)\s*$", slot)       # '“…,” he’d shout'
    if contracted:
        slot = slot[:contracted.start()] + " " * (len(slot) - contracted.start())
    habitual = re.match(r"\s*[,:]\s*" + MASK, masked[verb_m.end():]) and not AS_FRAME.search(left_raw)
    left, blocker = _trim_left(slot, modals=bool(habitual))   # 'Page would say, “…”', not 'As Holmes would say, “…”'
    if blocker or re.search(r"\b[Nn]either\b", left) or left.strip().lower() == "having":
        return None                                    # 'neither the prosecutor nor the lawyer had told ...',
                                                       # 'Having said that, ...': a linking phrase
    rest_at = verb_m.end()
    joined = re.search(r"\s(?:and|but)$", left.rstrip())
    subject = parse_speaker(left) if left.strip(" ,") and not joined else None
    if subject and subject[0].kind == "description" and verb not in _HEARER and left.rstrip().endswith(",") \
            and re.match(r"\s+(?:the|The)\s", masked[verb_m.end():]):
        signer = _read_inverted(masked, verb_m.end())      # 'A, said the New York Times.': the signer, not
        if signer and _SIGNATURE_END.fullmatch(masked, signer[2]):   # 'The move will hurt Democrats'
            return _read_inverted_frame(masked, verb, verb_m)
    if subject and relative_end and subject[0].text.split()[-1].lower() in _NOT_SOURCES:
        return None                                    # 'a study that indicated', 'data from Malaysia that suggested'
    if joined:
        cut = _last_stop(left_raw) + 1                         # 'X welcomed it but said ...'
        subject = find_sentence_subject(left_raw[cut:])
        comma = left_raw.rfind(",", cut)
        if subject is None and comma > cut:                    # '..., when ..., Page called Doerr and informed'
            cut = comma + 1
            subject = find_sentence_subject(left_raw[cut:])
    if subject is None and cut and masked[cut - 1] == MASK and _SIGNATURE_END.fullmatch(
            masked, rest_at + skip_adverbials(masked[rest_at:], verb)[0]):
        subject = unlisted_description(left)           # '“…,” one Weibo commenter said (in a clip).'
    if subject is None:
        return _read_inverted_frame(masked, verb, verb_m)
    ref, at = subject
    if re.search(r"\b(?:what|how|whether|why|where)\s*$", left[:at], re.I):
        return None                                    # 'the gap between what Trump says his plan would do'
    if frames.verb_form(verb_m) == verb and re.match(r"(?:an?|each|every|this)\s", left[at:].lstrip(), re.I):
        return None                                    # 'A Government Accountability Office report released ...'
    skip, channel = skip_adverbials(masked[rest_at:], verb)
    if which_at is not None:                           # '..., which the council said would be met': the
        return _relative_frame(masked, Frame("pre", ref, cut + at, verb, verb_m.start(), channel, None),
                               rest_at + skip)         # antecedent is the subject, the content starts after the verb
    frame = _shape_frame(masked, Frame("", ref, cut + at, verb, verb_m.start(), channel, None), rest_at + skip)
    if frame is not None and frame.content and re.search(r"\b(?:when|if)\s*$", left[:at], re.I) and not re.search(
            r"\bthat\s*$", masked[:frame.content[0]]) and not has_finite_cue(
            masked[frame.content[0]:frame.content[1]].split(",")[0]):
        return None                                    # 'when she posted the image on her page, she ...': an object
    if frame is not None and frame.shape in ("post", "paren") and re.match(r"(?:and|but)\s", masked[cut + at:]):
        return None                                    # 'A, and opposition members pledged to ...': not A's frame
    if frame is None and left.rstrip().endswith(",") and re.match(r"\s+[A-Z]", masked[verb_m.end():]):
        return _read_inverted_frame(masked, verb, verb_m)   # '..., the campaign, noted NBC’s Dante Chinni.'
    relative = frame and frame.content and frame.shape == "pre" and _RELATIVE_SLOT.search(left_raw[cut:].rstrip() + " ")
    main = _MAIN_PREDICATE.search(masked, frame.content[0], frame.content[1]) if relative else None
    if relative and re.match(r"[a-z]+ing\b", masked[frame.content[0]:]):
        return None                                    # ', who has admitted assisting an offender,': no clause
    if main and main.group().endswith("ed") and re.search(r",\s*(?:who|whom|which)\b", masked[frame.content[0]:main.start()]):
        main = None                                    # '..., whom he did not know, stormed the stage' is the content's
    if main:                                           # 'X, who denied any wrongdoing, now has oversight'
        frame = replace(frame, content=(frame.content[0], main.start()))
        if not is_clause(masked[frame.content[0]:frame.content[1]]) or not has_finite_cue(
                masked[frame.content[0]:frame.content[1]]):
            return None
    return frame


_SPEAKER_NOUNS = frozenset(lexicon.SPEAKER_NOUNS)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?$")
_AGENT_WORDS = r"(?:(?!\bthat\b)[^;:,]){2,60}"
_BY_AGENT_THAT = re.compile(r"\s+by\s+(?P<agent>" + _AGENT_WORDS + r"(?:," + _AGENT_WORDS + r",)?)\s+that\s")


def _passive_frame(masked: str, verb: str, verb_m: re.Match) -> Frame | None:
    """'was warned by London's mayor, Sadiq Khan, that ...', 'it was reported by Bloomberg that ...': the
    agent speaks."""
    by = _BY_AGENT_THAT.match(masked, verb_m.end())
    if not by or not _BE_BEFORE.search(masked, 0, verb_m.start()):
        return None
    agent = by.group("agent").rstrip(",")
    found = parse_speaker(agent + "," if "," in agent else agent)
    if not found or found[0].kind == "pronoun" or found[0].kind == "description" and not (
            found[0].text.split()[-1].lower() in _SPEAKER_NOUNS or found[0].text.endswith("s")):
        return None                                    # not 'revealed by the flurry of excitement that greets'
    ref, at = found
    return _with_content(Frame("pre", ref, by.start("agent") + at, verb, verb_m.start(), None, None), "pre", masked,
                         by.end())


def _relative_frame(masked: str, frame: Frame, start: int) -> Frame | None:
    """The predicate after 'which X said' ('would be met from reserves'), when it is finite."""
    start += len(masked[start:]) - len(masked[start:].lstrip(" ,"))
    if masked[start:start + 5] == "that ":
        start += 5
    end = content_end(masked, start)
    content = masked[start:end]
    first = content.split()[0] if content.split() else ""
    if end <= start or content.startswith(MASK) or not (
            has_finite_cue(" ".join(content.split()[:3])) or re.fullmatch(r"[a-z]{3,}(?:s|ed)|has|had|is|was|are|were|does|did|would|will|could|can|may|might|must|"
                                                                  r"should|shall|(?:is|was|are|were|does|did|has|have|had|would|could|"
                                                                  r"should|wo|ca)n[’']t", first)):   # "which he says wasn't"
        return None                                    # the subject gap is filled by a verb: 'serves as ...'
    main = _MAIN_PREDICATE.search(masked, start, end) if re.search(r",\s*which\b[^,]*$", masked[:frame.verb_at]) else None
    if main:
        end = main.start()                             # 'The plan, which critics say is too costly, passed the Senate'
    return replace(frame, content=(start, end))


def _read_inverted_frame(masked: str, verb: str, verb_m: re.Match) -> Frame | None:
    head = masked[:verb_m.start()].rstrip()
    if not head or head[-1] not in "," + MASK:
        return None
    found = _read_inverted(masked, verb_m.end())
    if not found:
        return None
    ref, at, end = found
    _, channel = skip_adverbials(masked[end:], verb)
    content = _post_content(masked, verb_m.start())
    if content and _INVERTED_PAREN.match(masked, end) and head.endswith(","):   # 'A, says X, an expert, helps B.'
        return Frame("paren", ref, at, verb, verb_m.start(), channel, _sentence_span(masked))
    signed = verb in ("say", "add") and _SIGNATURE_END.fullmatch(masked, end) and content and \
        len(masked[content[0]:content[1]].split()) >= 3   # 'Potholes form in cracks, said Joe Carbone, who ...'
    if content and MASK not in masked[content[0]:content[1]] and not has_finite_cue(masked[content[0]:content[1]]) \
            and not signed:
        return None                                    # 'Benjamin J. Rhodes, one of the aides, recalled Mr. Obama ...'
    return Frame("post", ref, at, verb, verb_m.start(), channel, content)

_SIGNATURE_END = re.compile(r"\s*(?:,[^,;:" + MASK + r"]*)?[.!?\s]*")     # the sentence ends with the speaker or an apposition


def _sentence_span(masked: str) -> tuple[int, int]:
    """The whole sentence, leading 'And'/'But' and final punctuation aside: a parenthetical frame's content."""
    lead = _LEADS.match(masked)
    return lead.end() if lead else 0, len(masked.rstrip(" .;:?!\u00a0"))


# A scene phrase closing a frame between two quotations ('at her family's cellar in Rech, “…').
_SCENE_THEN_QUOTE = re.compile(r"((?:me\s+|us\s+)?(?:" + "|".join(phrases.SCENE_PREPOSITIONS + ("outside", "inside", "from", "after", "before", "while", "as"))
                               + r")\s[^" + MASK + r",;:.!?]{2,120}),\s*(?=" + MASK + ")")


# 'As X put it,' / ', as X noted,': the frame of a report even for a verb of direct speech.
AS_FRAME = re.compile(r"(?:^|[,;(—–]\s*)[Aa]s\s+[^,;:" + MASK + r"]{1,80}$")


def _shape_frame(masked: str, frame: Frame, at: int) -> Frame | None:
    """Decide pre / post / paren from what follows the adverbials."""
    rest = masked[at:]
    stripped = rest.lstrip()
    at += len(rest) - len(stripped)
    if stripped.rstrip() == ":":                       # 'X said:' closing a paragraph
        return replace(frame, shape="colon", content=None)
    that = _THAT.match(stripped)
    if that and _DEMONSTRATIVE_THAT.match(stripped):
        return _with_content(frame, "pre", masked, at)        # 'said that was not her view': 'that' is the subject
    if that:
        return _with_content(frame, "pre", masked, at + that.end())
    asked = _ASKED_WHETHER.match(stripped) if frame.verb in _ASKING else None
    if asked and not masked[:frame.verb_at].rstrip().endswith(","):   # 'Lawmakers also asked whether the deals
                                                       # required ...', not 'The mayor, asked whether ..., said'
        return _with_content(frame, "pre", masked, at + asked.end())
    if stripped[:1] in ":," and stripped[1:].lstrip().startswith(MASK):
        return _with_content(frame, "pre", masked, at + 1)
    joined = re.match(r",?\s*(?:but|and)\s+(?=" + MASK + ")", stripped)
    if joined and _quote_before(masked, frame.speaker_at):       # '"A," he said, but "B."'
        return _with_content(frame, "pre", masked, at + joined.end())
    if stripped.startswith(MASK):
        return _with_content(frame, "pre", masked, at)
    quote = _quote_before(masked, frame.speaker_at)
    scene = _SCENE_THEN_QUOTE.match(stripped) if quote else None
    if scene and not has_finite_cue(scene.group(1)) and not frames.FRAME_VERB_RE.search(scene.group(1)):
        return _with_content(frame, "pre", masked, at + scene.end())   # '“A,” she tells me at her cellar, “B.”'
    if quote:
        return replace(frame, shape="post", content=quote)
    if not stripped.strip(" .?!;)\u00a0\t\r"):
        content = _post_content(masked, frame.speaker_at) or _bare_post_content(masked, frame)
        if content and _is_fragment(masked[content[0]:content[1]]) and len(masked[content[0]:content[1]].split()) <= 6:
            return None                               # 'For the next several minutes, he rumbled', 'Alluding to ..., X declared,'
        return replace(frame, shape="post", content=content)
    if (masked[:at].rstrip().endswith(",") and masked[:frame.speaker_at].rstrip().endswith(",")
            and re.match(r"(?:was|is|were|are|has|had|have|will|would|could|can|may|might|should)\b", stripped)):
        return replace(frame, shape="paren", content=_sentence_span(masked))   # 'The truth, X said then, was ...'
    as_head = re.search(r"(?:^|,)\s*[Aa]s$", masked[:frame.speaker_at].rstrip())
    if stripped.startswith(",") and as_head and _NP_SUBJECT.match(masked[:as_head.start()]):
        return replace(frame, shape="paren", content=_sentence_span(masked))   # 'Hawaii, as X pointed out, normally'
    if stripped.startswith(",") and as_head:
        start = at + 1                                    # 'For example, as Herbert notes, being able to ...'
        while start < len(masked) and masked[start] in " \u00a0":
            start += 1
        end = _sentence_span(masked)[1]
        clause = end > start and is_clause(masked[start:end])
        return replace(frame, shape="post", content=(start, end) if clause else None)
    if stripped.startswith(","):
        return _comma_after_frame(masked, frame, at)
    if re.match(r"and\s+(?:the|those|that|this|these|a|an|it|they|he|she|[A-Z0-9])", stripped) and \
            masked[:frame.speaker_at].rstrip().endswith(","):      # 'A, the agency said in a report, and B.'
        return replace(frame, shape="paren", content=_sentence_span(masked))
    if masked[:at].rstrip().endswith(",") and _POST_TAIL.match(stripped):   # '..., X said Friday, in a move ...'
        content = _post_content(masked, frame.speaker_at)
        return replace(frame, shape="post", content=content)
    head = masked[:frame.speaker_at].rstrip()
    if (_TAIL_PP.match(stripped) and head.endswith(",")) or (_ADJUNCT_OPEN.match(stripped) and head.endswith((",", MASK))):
        content = _post_content(masked, frame.speaker_at)      # '..., researchers reported in the journal X.'
        if content and MASK not in masked[content[0]:content[1]] and not has_finite_cue(masked[content[0]:content[1]]):
            found = _with_content(frame, "pre", masked, at)     # 'Announcing the deployment, X said with ..., it will be'
            if found and has_finite_cue(masked[found.content[0]:found.content[1]]):
                return found
        if content and _is_fragment(masked[content[0]:content[1]]) and re.match(r"to\s", stripped):
            return None                               # 'On Friday night, Trump vowed to fight the ruling.'
        return replace(frame, shape="post", content=content)
    colon = re.search(r":\s*(?=" + MASK + ")", masked[at:])
    between = masked[at:at + colon.start()] if colon else ""
    if colon and not frames.FRAME_VERB_RE.search(between) and (frame.verb in _DIRECT_ONLY or (
            len(between.split()) <= 8 and MASK not in between and not has_finite_cue(between))):
        return _with_content(frame, "pre", masked, at + colon.end())   # 'told reporters of Obama: “…”',
    if frame.verb in _DIRECT_ONLY and AS_FRAME.search(masked[:frame.verb_at]) and masked[:at].rstrip().endswith(","):
        return _with_content(frame, "pre", masked, at)   # 'As Ms. Simonyan put it in a statement, RT is ...'
    if frame.verb in _DIRECT_ONLY:                 # 'had this to say about the film, which ...: “…”'
        return None
    found = _with_content(frame, "pre", masked, at)
    if found and re.search(r"\bof\s+$", masked[:found.content[0]]):
        return None                                   # 'told the commission of a culture of fear', 'wrote of the purpose'
    if found and not has_finite_cue(masked[found.content[0]:found.content[1]]) and masked[:frame.verb_at].rstrip().endswith(","):
        named = parse_noun_phrase(masked[found.content[0]:found.content[1]])
        if named and named.kind == "person" and " " in named.text:     # '..., who ran for the Senate, said
            return _read_inverted_frame(masked, frame.verb, frames.FRAME_VERB_RE.search(masked, frame.verb_at))  # Josh Inwood.'
    if found and frame.verb not in _HEARER and _NOUN_THAT.match(masked, found.content[0]):
        return None                                   # 'repeated his promise that ...': a noun's clause, no report
    if found and frame.verb in _HEARER and _is_object_infinitive(masked[found.content[0]:found.content[1]]):
        return None                                   # 'told his subordinates never to speak of it': no clause
    if found and frame.verb == "add" and re.match(r"\d", masked[found.content[0]:]):
        return None                                   # 'Gallinari added 25 points': a score, not speech
    finite = bool(found) and has_finite_cue(masked[found.content[0]:found.content[1]])
    if found and not finite and masked[:frame.speaker_at].rstrip().endswith((",", MASK)) and not re.match(
            r"(?:to|not|for|no|the|a|an|this|that|these|those|his|her|their|its|our|my|some|all|every|any)\b",
            masked[found.content[0]:], re.I) and len(masked[found.content[0]:found.content[1]].split()) <= 8:
        content = _post_content(masked, frame.speaker_at)   # '"...," X said in a chat with founder Y.'
        return replace(frame, shape="post", content=content)
    if found and found.verb not in _BARE_CLAUSE and not finite:
        return None                                   # 'reported profits of £1m': an object
    if found and found.verb in _OBJECT_PRONE and not has_finite_cue(" ".join(
            masked[found.content[0]:found.content[1]].split()[:7])) and not _LATE_AUXILIARY.match(
            " ".join(masked[found.content[0]:found.content[1]].split()[:12])):
        return None                                   # 'announced a settlement with Amazon ... books ordered'
    if found and found.verb in _THAT_ONLY:
        return None                                   # 'mentioned disparaging remarks Trump had made
    return found


# A long subject before its auxiliary ('acknowledged the effort to rid North Korea of its arsenal was ...').
_LATE_AUXILIARY = re.compile(r"(?:the|a|an|its|his|her|their)\s+(?:(?!that\b|which\b|who\b|and\b)[\w’'-]+\s+){2,9}"
                             r"(?:is|are|was|were|will|would|could|can|has|have|had)\s", re.I)


def _comma_after_frame(masked: str, frame: Frame, at: int) -> Frame | None:
    content = _post_content(masked, frame.speaker_at)
    tail = masked[at + 1:].strip()
    if content is None:                                 # 'X sagte, die Verbindung sei ...'
        return None if _POST_TAIL.match(tail) else _with_content(frame, "pre", masked, at + 1)
    gerund_subject = re.match(r"[a-z]+ing\b", tail) and has_finite_cue(tail[:80]) and not _APPENDAGE.match(tail)
    if (frames.PARTICIPLE_RE.match(masked, at) or _POST_TAIL.match(tail) or _APPENDAGE.match(tail)) \
            and not gerund_subject:                   # ', he said, replacing X would be' goes on the subject
        return replace(frame, shape="post", content=content)
    start, end = _sentence_span(masked)
    relative = re.search(r"\b(?:which|who)\s*,\s*$", masked[:frame.speaker_at])
    start = relative.start() if relative else start             # '..., which, Tompkins said, is usually full'
    return replace(frame, shape="paren", content=(start, end))


_SAID_AGAIN = re.compile(r"\s*,?\s*(?:he|she|they|it|we|I)\s+(?:said|says|added|adds|told\s+\S+(?:\s+\S+)?)\s*[.!?]?\s*")


_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|or|but)\s+(?:(?:also|later|then|still|now|has|had|have)\s+)?(?="
                           r"(?:" + "|".join(re.escape(w) for w in lexicon.FINITE_CUES) + r"|[a-z]{3,}ed)\b)")
_APPOSITION = re.compile(r",\s+(?:a|an|or)\s+[^,;]{1,40},")


def _first_clause(content: str) -> str:
    """The content up to its first comma, or to an 'and' before a second predicate, appositions skipped:
    'denied the allegations and was later cleared' -> 'denied the allegations'; 'his grandmother, a loyal
    supporter, often stood' -> all of it."""
    return _CLAUSE_BREAK.split(_APPOSITION.sub(" ", content))[0]


def _with_content(frame: Frame, shape: str, masked: str, start: int) -> Frame | None:
    while start < len(masked) and masked[start] in " \t\u00a0:,":
        start += 1
    end = content_end(masked, start)
    if end <= start or not is_clause(masked[start:end]):
        return None
    quoted = start
    while quoted < end and masked[quoted] == MASK:
        quoted += 1
    if quoted > start and _SAID_AGAIN.fullmatch(masked, quoted, end):
        end = quoted                                      # 'Mulvaney said: “…,” he said.': the quotation alone
    if frame.verb in _CUED_VERBS and not re.search(r"\bthat\s*$", masked[:start]) \
            and not has_finite_cue(_first_clause(masked[start:end])) and MASK not in masked[start:end]:
        return None                                       # 'NASA also added smaller landers to the contract',
                                                          # 'denied the allegations and was later cleared'
    return Frame(shape, frame.speaker, frame.speaker_at, frame.verb, frame.verb_at, frame.channel, (start, end))
