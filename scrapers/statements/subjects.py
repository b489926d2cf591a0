"""Subject slots: the words between the last stop and a speech verb, tidied.

Before a speaker is read from "Peter Axelsen, a glaciologist who was not
involved, says ..." the slot is cleared of what cannot be the speaker: dash
parentheticals ("Thomas Weiss - no relation - ..."), a relative clause
closing an apposition ("... who was not involved,"), and participle phrases
(", citing a source,", ", speaking on condition of anonymity,"). Offsets stay
those of the slot: removed text becomes spaces. ``split_relative`` reads the
relative frames ", who said ..." and ", which the council said ...".
"""

from __future__ import annotations

import re

from scrapers.statements import frames, lexicon

_DASH_ASIDE = re.compile(r"\s(?:--|[-—–])\s(?:[^-—–]|-(?!-)){1,200}?\s(?:--|[-—–])(?=\s|$)")
_INNER_RELATIVE = re.compile(r"(?<=[\w.])(?:,\s*(?:and|but))?\s+(?:who|which|whose)\s+[^,]*,\s*$")
_PARTICIPLE_PART = re.compile(r",\s*(?:[a-z]+ing|according|for (?:his|her|their|its) part|in (?:turn|response|reply)"
                              r"|however|meanwhile|too|though|though|for now|in a statement)\b[^,]*,\s*$")
_BARE_RELATIVE = re.compile(r"(?<=[a-z])\s+who\s+[^,]*,?\s*$")       # 'a nurse who asked not to be named'
_NOUN_PLACE = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:[a-z-]+\s+)?[a-z]+(\s+(?:on|in|at|near|from|outside)\s+[^,]*)$")
# Auxiliaries and adverbs between a relative pronoun and its verb (', who has repeatedly said').
RELATIVE_AUXILIARIES = r"(?:\s+(?:has|have|had|also|long|once|since|already|[a-z]+ly))*"
_SUBJECT_RELATIVE = re.compile(r",\s*(?:who|which)" + RELATIVE_AUXILIARIES + r"\s*$"
                               r"|(?<=\S)\s(?P<named>[A-Z][a-z][\w’'-]*)\s+who\s*$")   # ', who has repeatedly said'
_OBJECT_RELATIVE = re.compile(r"(?:,\s*|\s)(?<!\bto\s)(?<!\bTo\s)(?<!\bin\s)(?<!\bIn\s)(?<!\bat\s)(?<!\bof\s)"
                              r"(?<!\bon\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)"   # not 'in which he said'
                              r"(which|whom)\s+(?=[^,\s])[^,]*$")


def _blank(text: str, start: int, end: int, keep: str = "") -> str:
    return text[:start] + keep + " " * (end - start - len(keep)) + text[end:]


_ADVERB_ASIDE = re.compile(r",\s*(?:however|though|meanwhile|too|also|in turn|for (?:his|her|their|its) part|"
                           r"in contrast|by contrast|instead|nevertheless|moreover|in fact|indeed|for example|for instance|"
                           r"of course|in particular"
                           r"|(?:at|in|on|during|through|via|speaking (?:at|to|on))\s+[^,]{1,60}),?\s*(?=\S*\s*$)"
                           r"|,\s*(?:after|before)\s+[^,]{1,60},\s*(?=\S*\s*$)")   # not ', after the CIA said': its subject


def blank_dash_asides(region: str) -> str:
    """Dash asides blanked out ('Kall -- co-editor of ..., a book ... -- said'); one that closes an
    apposition leaves its comma ('X, the CEO of Y -- ... -- told')."""
    for m in reversed(list(_DASH_ASIDE.finditer(region))):
        closing = not region[m.end():].strip() and "," in region[:m.start()]
        region = _blank(region, m.start(), m.end(), "," if closing else "")
    return region


_REFLEXIVE_END = re.compile(r"(?<=[A-Za-z])\s+(?:himself|herself|themselves|itself)\s*$")


def clean_region(region: str) -> str:
    """``region`` with asides, closing relative clauses and participle parts blanked out."""
    region = blank_dash_asides(region)
    timed = frames.LEADING_TIME_RE.match(region)
    if timed and region[timed.end():].strip():
        region = _blank(region, 0, timed.end())   # 'Last week official David Holmes'
    region = _REFLEXIVE_END.sub(lambda m: " " * len(m.group()), region)   # 'And Steve Jobs himself hinted'
    for m in reversed(list(_ADVERB_ASIDE.finditer(region))):       # 'Most economists, however, argue'
        region = _blank(region, m.start(), m.end())
    for _ in range(3):
        m = _PARTICIPLE_PART.search(region) or _INNER_RELATIVE.search(region)
        if not m:
            break
        region = _blank(region, m.start(), m.end(), ",")
    m = _BARE_RELATIVE.search(region)
    if m:                                  # 'A patient on the cardiac ward who asked not to be named said'
        region = _blank(region, m.start(), m.end())
        place = _NOUN_PLACE.search(region.rstrip())
        region = _blank(region, place.start(1), place.end(1)) if place else region
    return region


def split_relative(left: str) -> tuple[str, int | None]:
    """Read a relative frame from the subject slot ``left``.

    ', who said' -> the slot before the comma (the antecedent speaks), no content start;
    ', which the council said' -> the slot after 'which' (the council speaks) and the
    offset of 'which', where the reported content starts.
    """
    m = _SUBJECT_RELATIVE.search(left)
    if m and m.group("named"):                   # 'Sport Secretary Tessa Jowell who said:' (a name, no comma)
        return _blank(left, m.end("named"), len(left)), None
    if m:
        return _blank(left, m.start() + 1, len(left)), None
    m = _OBJECT_RELATIVE.search(left)
    if m:
        return " " * m.end(1) + left[m.end(1):], m.start(1)
    return left, None


_ORG_NOUNS = frozenset(lexicon.ORG_ANAPHORS) - frozenset(lexicon.DOCUMENT_NOUNS) - {"it"}


def described_org(tokens: list[str], is_name) -> tuple[str, str] | None:
    """'the drivers' union Aslef', 'the charity StepClear' -> (name, descriptor): an organisation
    noun right before the organisation's name."""
    for i in range(len(tokens) - 2, -1, -1):
        if tokens[i] in _ORG_NOUNS:
            name = tokens[i + 1:]
            inner = name[1:-1]                    # 'the group People for the Ethical Treatment of Animals'
            if i <= 3 and len(name) <= 8 and is_name(name[0]) and is_name(name[-1]) and all(
                    is_name(t) or t in ("of", "for", "the", "and", "&") for t in inner) and \
                    (len(name) <= 4 or all(t[:1].isupper() or t in ("of", "for", "the", "and", "&") for t in name)) \
                    and not any(t[:1].isupper() for t in tokens[:i]):
                return " ".join(name), " ".join(t for t in tokens[:i + 1] if t.lower() not in ("the", "a", "an"))
            return None
    return None


_NAME_LIST_TAIL = re.compile(r"^\s*(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*\s+and\s+(?:[A-Z][\w’'-]*\s*)+$")


def join_name_list(parts: list) -> list:
    """'for the Department for Environment, Food and Rural Affairs': a comma inside one name.
    ``parts`` are comma-part matches; returns (start, text) pairs with such a tail joined."""
    pairs = [(m.start(), m.group()) for m in parts]
    if len(pairs) >= 2 and _NAME_LIST_TAIL.match(pairs[-1][1]) and re.search(
            r"\b(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*\s*$", pairs[-2][1]):
        pairs[-2:] = [(pairs[-2][0], pairs[-2][1] + "," + pairs[-1][1])]
    return pairs
