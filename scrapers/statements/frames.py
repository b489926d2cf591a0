"""Patterns for the pieces of an attribution frame, compiled from the lexicon.

Speech-verb forms with their lemmas, adverbials that may stand between a verb
and its complement (time, channel, audience), participles of speech, and the
masking of quotations so that frames are never read inside quoted words.
"""

from __future__ import annotations

import re

from scrapers.statements import lexicon

MASK = "\ue000"


def _regular_forms(lemma: str) -> tuple[str, ...]:
    head, _, tail = lemma.partition(" ")
    tail = f" {tail}" if tail else ""
    if head.endswith("e"):
        forms = (head + "s", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms = (head[:-1] + "ies", head[:-1] + "ied", head + "ing")
    else:
        forms = (head + "s", head + "ed", head + "ing", head + head[-1] + "ed", head + head[-1] + "ing")
    return tuple(f + tail for f in (head,) + forms)


def build_verb_forms() -> dict[str, str]:
    """Map every inflected form of a speech verb to its lemma."""
    forms: dict[str, str] = {}
    for lemma in lexicon.SPEECH_VERBS:
        for form in lexicon.IRREGULAR_FORMS.get(lemma) or _regular_forms(lemma):
            forms.setdefault(form, lemma)
    for form, lemma in {**lexicon.FOREIGN_VERB_FORMS, **lexicon.SEPARABLE_VERBS}.items():
        forms.setdefault(form, lemma)
    return forms


def alternation(words) -> str:
    """A regex alternation of ``words`` as a trie (longest match first, fast to search)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
    return body


VERB_FORMS = build_verb_forms()
_FINITE_FORMS = alternation(f for f in VERB_FORMS if not f.endswith("ing") and f not in lexicon.SEPARABLE_VERBS)
FINITE_RE = re.compile(r"(?<![\w’'-])(" + _FINITE_FORMS + r")(?![\w’'-])")
PARTICIPLE_RE = re.compile(r"(?:,|(?<=\ue000)|\s[—–]|\band|\b[Bb]efore|\b[Aa]fter|\b[Ww]hile|\bby|\bfrom|\bfor"
                           r"|\b(?:conference|statements?|tweets?|posts?|video|letters?|release|interview|speech|remarks)"
                           r"(?:\s+(?:early|late|on)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                           r"today|yesterday))?)\s+(" + alternation(
    f for f in VERB_FORMS if f.endswith("ing") or f.endswith("ing out")) + r")\b")
_ING_FORMS = alternation(f for f in VERB_FORMS if f.split()[0].endswith("ing"))
_WITNESSED = r"(?:(?:is|are|was|were|can|could|may|might|will|would|has|have|had)\s+)?(?:be\s+|been\s+)?(?:heard|seen|filmed|recorded|overheard|caught on (?:camera|tape|video|film))"   # 'can be heard yelling'
FRAME_VERB_RE = re.compile(
    rf"(?:(?<![\w’'-])(?:is|are|was|were|been|am|{_WITNESSED})\s+|[’']s\s+)(?P<ing>{_ING_FORMS})(?![\w’'-])"
    rf"|(?<![\w’'-])(?P<fin>{_FINITE_FORMS})(?![\w’'-])"
    rf"|(?<![\w’'-])(?P<stem>{'|'.join(sorted({v.split()[0] for v in lexicon.SEPARABLE_VERBS}))})"
    rf"\s[^,.;:\ue000]{{0,60}}?(?P<particle>{'|'.join(sorted({v.split()[1] for v in lexicon.SEPARABLE_VERBS}))})(?=\s*[,:])"
)
ACCORDING_RE = re.compile(r"(?<![\w’'-])(?:" + "|".join(lexicon.ACCORDING_PHRASES) + r")\s+")

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
_PERIODS = r"(?:week|month|year|weekend|morning|afternoon|evening|night|summer|spring|fall|winter)"
_MONTHS = (r"(?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|"
           r"July|August|September|October|November|December)")
TIME_RE = re.compile(
    rf",?\s*(?:(?:on|last|this|early|late|earlier|later|next)\s+)?(?:{_DAYS}(?:\s+{_PERIODS})?"
    rf"|(?:last|this|next|earlier this|later this|earlier in the)\s+{_PERIODS}|{_MONTHS}\s+\d{{1,2}}"
    rf"|in\s+{_MONTHS}|in\s+\d{{4}}|\d+\s+(?:days|weeks|months|years)\s+ago"
    r"|in the past(?:\s+(?:few\s+)?(?:days|weeks|months|years|week|month|year))?|in recent (?:days|weeks|months|years)"
    r"|over the weekend|for years|on the other hand|in addition|for example|for instance|of course|at the same time|in response|in turn"
    r"|earlier|later|recently|previously|again|repeatedly|also|then|now|once|privately|publicly"
    r"|separately|bluntly|flatly|simply|frankly|shortly|afterward|afterwards|last|outside court"
    r"|after the (?:meeting|hearing|verdict|ruling|match|game|vote))\b(?![’'])(?!-),?"    # not "Tuesday's vote"
)
# A time phrase between a subject and its verb ('The company on Monday said', 'X last week told').
TRAILING_TIME_RE = re.compile(
    rf"(?:\s+|,\s*)(?:(?:on|early|late|earlier|later)\s+)?(?:{_DAYS}(?:\s+{_PERIODS})?"
    rf"|(?:(?:late|early)\s+)?(?:last|this|earlier this|later this)\s+{_PERIODS}|(?:in|on)\s+{_MONTHS}(?:\s+\d{{1,2}})?)"
    r",?\s*$"
)
# A time phrase opening a sentence with no comma after it ('Last week official David Holmes revealed').
LEADING_TIME_RE = re.compile(
    rf"^\s*(?:(?:On\s+|Last\s+|Early\s+|Late\s+)?{_WEEKDAYS}(?:\s+{_PERIODS})?|(?:Last|This|Next|Earlier this|Later this|Late last|Early last)\s+{_PERIODS}"
    rf"|(?:Yesterday|Today)|(?:In|On)\s+{_MONTHS}(?:\s+\d{{1,2}})?)\s+(?=\S)"
)
_CHANNEL_NOUNS = "|".join(re.escape(c) for c in sorted(lexicon.CHANNEL_NOUNS, key=len, reverse=True))
_PLATFORMS = "|".join(re.escape(p) for p in sorted(lexicon.CHANNEL_PLATFORMS, key=len, reverse=True))
_CAPS_TAIL = r"(?:\s+(?:on|with|from|at|in|for|by)\s+(?:the\s+)?(?!" + _MONTHS + r"|" + _WEEKDAYS + r")[A-Z][\w.’'&-]*(?:\s+(?:(?:and\s+|&\s+|of\s+(?:the\s+)?)?[A-Z][\w.’'&-]*|messaging app|app))*)?"
CHANNEL_RE = re.compile(
    rf",?\s*(?:in|on|at|during|via|through|over|with)\s+(?:(?:a|an|the|his|her|its|their|this|that|one)\s+)?"
    rf"(?P<channel>(?:(?!(?:that|the|a|an|which|whether)\s)[\w’'-]+\s+){{0,3}}?(?:{_CHANNEL_NOUNS}){_CAPS_TAIL})\b,?"
)
SHOW_RE = re.compile(r",?\s*(?:on|in)\s+(?:(?:the\s+)?[A-Z][\w.’'&-]*(?:’s|'s)\s+)?" + MASK + r"+"   # 'on CBS's “Face the
                     r"(?:\s+(?:program|programme|show|broadcast|podcast|interview))?,?")               # Nation” program'
PLATFORM_RE = re.compile(rf",?\s*(?:on|via|in)\s+(?:the\s+)?(?P<channel>{_PLATFORMS})\b,?")
ABOUT_RE = re.compile(r",?\s*of\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w’'.-]+\s*){1,3},(?=\s*" + MASK + ")")  # says of Clinton, “...”
AUDIENCE_RE = re.compile(
    r",?\s*to\s+(?:me|us|him|her|them|you|reporters|journalists|the press|the media|supporters|lawmakers|the crowd|"
    r"an audience|the audience|(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*"
    r"|(?:a|an|my|his|her|their|our)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(lexicon.HEARER_NOUNS) + r")"
    r"(?:\s+[A-Z][\w.’'&-]*)*"                                   # 'to my colleague Michael M. Grynbaum'

    r"|[a-z]+(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+(?=\s+that\b))\b,?"      # 'to authors, illustrators and agents that'
)
PLACE_RE = re.compile(r",?\s*(?:in|at|from|outside)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,?")
OBJECT_RE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:[a-z][\w-]*[’']s\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:committee|panel|board|council|audience|crowd|group|gathering|meeting|forum|conference|court|jury)"
    r"|(?:[\w-]+\s+)?(?:state|national|public|local)\s+(?:television|TV|radio|media|broadcaster)"   # 'told state TV'
    r"|(?:host|anchor|moderator|interviewer|radio host|talk show host)\s+[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*"
    r"|[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*(?:(?:’s|'s)(?:\s*\ue000+)?)?"
    r"(?:\s+[A-Z][\w.’'&-]*)*(?:\s+(?:television|TV|radio|media|press|reporters|journalists|broadcasters?|"
    r"news agency|newspaper|magazine|website|channel))?"
    r"(?:\s+(?:host|anchor|correspondent|reporter)\s+[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)?"
    r"|" + "|".join(re.escape(w) for w in sorted((w for w in lexicon.AUDIENCE_WORDS if len(w) > 3),
                                                 key=len, reverse=True)) +
    r"|reporters|journalists|supporters|lawmakers|me|him|her|us|them|you|"
    r"members|colleagues|voters|viewers|listeners|the crowd|an audience|the audience|the committee|"
    r"a rally|the rally|(?:a|an|the)\s+\w+(?:\s+(?!(?:to|that|the|a|an|his|her|their|its|our|one|this|these|those|"
    r"some|all|it|he|she|they|we|there)\b)\w+)?)\b"
)
_TIME_CHANNEL_WORDS = frozenset(w.lower() for w in lexicon.TIME_WORDS)


def verb_form(m: re.Match) -> str:
    """The speech-verb form of a ``FRAME_VERB_RE`` match ('is saying' -> 'saying')."""
    if m.group("stem"):
        return f"{m.group('stem')} {m.group('particle')}"
    return m.group("ing") or m.group("fin")


def clean_channel(raw: str) -> str:
    """'Monday assessment' -> 'assessment'; 'post on Telegram' stays."""
    words = raw.split()
    while len(words) > 1 and words[0].lower().rstrip(",") in _TIME_CHANNEL_WORDS | {"its", "his", "her"}:
        words = words[1:]
    return " ".join(words)


def mask_quotes(text: str, start: int, end: int, spans) -> str:
    """``text[start:end]`` with every quotation (marks included) replaced by MASK."""
    chars = list(text[start:end])
    for m in re.finditer(r"\([^()]{0,30}\)|(?<=,)\s*\d{1,3},(?=\s)", text[start:end]):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    for s in spans:
        lo, hi = max(s.open_at, start), min(s.close_end, end)
        for i in range(lo, hi):
            chars[i - start] = MASK
    return "".join(chars)
