"""Subject slots: the speaker at the end of an attribution's left side, or opening a sentence.

``parse_speaker`` reads the last comma part(s) before a speech verb ("Foreign Minister Dmytro
Kuleba", "A spokeswoman for the Department for Environment, Food and Rural Affairs");
``find_sentence_subject`` the speaker-like subject that opens a sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scrapers.statements import frames, lexicon, phrases, places
from scrapers.statements.frames import MASK
from scrapers.statements.speakers import (_NOUNS, DATELINE, _PARTS, SpeakerRef, is_role_token, parse_apposition,
                                         parse_noun_phrase, strip_determiner)
from scrapers.statements.subjects import clean_region, join_name_list


_JOINED_ON = re.compile(r"\s*(?:as well as|along with|and|or|including|plus)\s")
_RELATIVE_PART = re.compile(r"\s*(?:(?:and|but)\s+)?(?:who|which|whose|whom)\b")
_LEGAL_SUFFIX = re.compile(r",(\s*(?:Inc|Ltd|LLC|Corp|Co|L\.P|N\.A)\.?)(?=\s*,|\s*$)")
_PLACE_TAIL = re.compile(r"\s(?:in|of|from|for|at)\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?\s*$")
_PLACE = re.compile(r"\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?\s*")
_PARTICIPLE_PART = re.compile(r"\s*(?:published|released|issued|quoted|cited|based|aged|written|made|seen|held|"
                              r"known|speaking|writing|appearing|testifying|asked"
                              r"|[a-z]{3,}ed\s+(?:in|on|at|with|to|for|from|last|this|after|before|during|earlier))\b")
                                                          # 'The lawsuit, filed in federal court,'
_LED_BY = re.compile(r"\s*(?:led|headed|chaired|joined|backed|supported|represented|founded|run)\s+by\s")
_FROM_ORG = re.compile(r"\s*(?:from|of)\s+(?:the\s+)?([A-Z][^,]{2,80})$")
_INDEFINITE_PART = re.compile(r"\s*(?:a|an)\s")
_ADJECTIVE_PART = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+[a-z]+\s*,?\s*")


_CALLED_SLOT = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+[^,]{0,40}?\s(?:who\s+calls\s+(?:himself|herself)|known\s+(?:only\s+)?as|"
                          r"identified\s+(?:only\s+)?as|named|called)\s+(?:[A-Z][\w’'-]+\s?){1,3}\s*$")
_DOCUMENT_PARTICIPLE = re.compile(r"^(?P<doc>.*?\b(?:" + "|".join(lexicon.DOCUMENT_NOUNS) + r"))\s+(?:released|published|"
                                  r"issued|obtained|seen|filed|unveiled|launched|sent|leaked)\b(?P<rest>[^,]*?)\s*$")


_VERB_OPENING = re.compile(r"\s*(?:the\s+)?(?:mean|means|meant|want|wants|wanted|kinds\s+of|sorts\s+of|(?!(?:"
                           + "|".join(phrases.ADJECTIVAL_PARTICIPLES) + r")\b)[a-z]{3,}ed)\s")

_PASSIVE_AGENT = re.compile(r"\s*(?:is|are|was|were|has been|have been|had been|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)"
                            r"\s+by\s+(.+)$")


def parse_speaker(region: str) -> tuple[SpeakerRef, int] | None:
    """Find the speaker at the end of ``region``; return it and its start offset there."""
    alias = _CALLED_SLOT.search(region)                  # 'The man who calls himself Abu Mohammad told'
    if alias:
        ref = parse_noun_phrase(alias.group().strip())
        if ref and ref.kind == "person":
            return ref, alias.start() + len(alias.group()) - len(alias.group().lstrip())
    doc = _DOCUMENT_PARTICIPLE.match(region)
    if doc and "," not in doc.group("doc"):            # 'The 172-page document released on Monday says'
        by = re.search(r"\bby\s+(.+)$", doc.group("rest"))
        ref = parse_noun_phrase(by.group(1)) if by else parse_noun_phrase(doc.group("doc"))
        if ref:
            return ref, (doc.start("rest") + by.start(1)) if by else len(doc.group("doc")) - len(doc.group("doc").lstrip())
    region, titles = _join_title_list(clean_region(region))
    region = _LEGAL_SUFFIX.sub(lambda m: " " + m.group(1), region)      # 'Raymond James Financial Services, Inc.,'
    parts = [m for m in re.finditer(_PARTS, region) if m.group().strip()]
    relative = next((k for k, p in enumerate(parts) if k and _RELATIVE_PART.match(p.group())
                     and all(_JOINED_ON.match(q.group()) for q in parts[k + 1:])), None)
    if relative is not None:                # 'A man who lives nearby, who asked ...,'; 'Mr Wilson, who was ..., as well as X,'
        region = clean_region(region[:parts[relative - 1].end() + 1])
        parts = [m for m in re.finditer(_PARTS, region) if m.group().strip()]
    if not parts:
        return None
    if len(parts) >= 2 and region.rstrip().endswith(",") and (_PARTICIPLE_PART.match(parts[-1].group()) and not re.search(
            r"\bby\s", parts[-1].group()) or _LED_BY.match(parts[-1].group())):   # 'released ... by the agency': its
                                                                                # issuer; 'The group, led by X,': the group
        region = clean_region(region[:parts[-2].end() + 1])     # 'The study, published in the journal Nature,'
        parts = [m for m in re.finditer(_PARTS, region) if m.group().strip()]
    if len(parts) >= 3 and re.fullmatch(r"\s*\d{1,3}\s*", parts[-2].group()):
        parts = parts[:-2] + parts[-1:]                     # 'Miguel Garay, 78, a Miamian who ...': the age aside
    if len(parts) >= 2 and region.rstrip().endswith(",") and _FROM_ORG.match(parts[-1].group()):
        person = parse_noun_phrase(parts[-2].group())       # "Hetty Johnston, from the People's Alliance Against ..."
        if person and person.kind == "person" and " " in person.text:
            title = _FROM_ORG.match(parts[-1].group()).group(1).strip()
            return replace(person, title=person.title or title), \
                parts[-2].start() + len(parts[-2].group()) - len(parts[-2].group().lstrip())
        if person and person.kind == "description":         # "The family of Mr Collett, 62, from Croydon,"
            return person, parts[-2].start() + len(parts[-2].group()) - len(parts[-2].group().lstrip())
    placed = _PLACE_TAIL.search(parts[-2].group()) if len(parts) >= 2 and _PLACE.fullmatch(parts[-1].group()) else None
    if placed:                                            # 'Wray Grimaldi of the University of Otago in Dunedin, New Zealand,'
        phrase = parts[-2].group()[:placed.start()]
        ref = parse_noun_phrase(phrase)
        if ref and ref.kind == "person" and len(ref.text.split()) >= 2:
            return ref, parts[-2].start() + len(phrase) - len(phrase.lstrip())
        if len(parts) >= 3:
            parts = parts[:-1]                            # 'Mr Johnson, MP for Henley-on-Thames, Oxfordshire,'
    if len(parts) >= 2 and _ADJECTIVE_PART.fullmatch(parts[-2].group()) and parts[-1].group().strip()[:1].islower() \
            and len(parts[-1].group().split()) >= 2 and not _INDEFINITE_PART.match(parts[-1].group()):
        ref = parse_noun_phrase(parts[-2].group().replace(",", " ") + " " + parts[-1].group())
        if ref and ref.kind == "description":             # 'the round, bearded businessman laughs'
            return ref, parts[-2].start() + len(parts[-2].group()) - len(parts[-2].group().lstrip())
    if len(parts) >= 3 and region.rstrip().endswith(","):
        found = _long_apposition(parts)
        if found:
            return found
    if len(parts) >= 2 and (region.rstrip().endswith(",") or re.match(r"\s*(?:a|an)\s+[A-Za-z]", parts[-1].group())):
        pair = parse_apposition([parts[-2].group(), parts[-1].group()])     # '..., an oceanographer in Sydney told'
        if pair:
            return pair, parts[-2].start() + len(parts[-2].group()) - len(parts[-2].group().lstrip())
    if len(parts) >= 2 and region.rstrip().endswith(",") and _INDEFINITE_PART.match(parts[-1].group()) and \
            re.match(r"\s*[Tt]he\s", parts[-2].group()):
        ref = parse_noun_phrase(parts[-2].group())          # 'The senator, a Republican from Ohio,': the senator
        if ref and ref.kind == "description":
            return ref, parts[-2].start() + len(parts[-2].group()) - len(parts[-2].group().lstrip())
    if len(parts) >= 2 and not region.rstrip().endswith(","):
        found = _unclosed_apposition(parts[-2], parts[-1].group())
        if found:
            return found
    at, last = join_name_list(parts)[-1]
    if re.search(r"[’']s\s*$", last):
        return None                      # "Editor’s note:": a possessive, not a subject
    owned = _OWNED_DOCUMENT.search(last) if ("’s " in last or "'s " in last) else None   # "The GOP’s complaint to ..."
    if owned:
        ref = parse_noun_phrase(owned.group(1))
        if ref:
            return ref, at + owned.start(1)
    plain = _plain_subject(last, at) if _PASSIVE_BY.search(last) else None
    if plain:
        return plain                         # 'Residents contacted by Reuters said': not Reuters
    words = list(re.finditer(r"\S+", last))
    for k in range(min(len(words), 12), 0, -1):
        start = words[-k].start()
        ref = parse_noun_phrase(last[start:])
        if ref and _SHARE_OF.search(last[:start]):
            return None                      # '74 percent of likely voters said': a poll share, not a speaker
        if ref and ref.kind == "description" and _VERB_OPENING.match(last[start:]):
            return None                      # 'blasted recent Republican claims that': a verb phrase, no subject
        agent = _PASSIVE_AGENT.match(last, start) if ref and ref.kind == "description" else None
        if agent:                            # 'The move was welcomed by Republicans, who said': Republicans
            ref = parse_noun_phrase(agent.group(1))
            return (ref, at + agent.start(1)) if ref else None
        participle = _PARTICIPLE_AFTER_HEAD.search(last) if ref else None
        head = _head_before_participle(last, at) if participle and participle.start() < start else None
        if head:
            return head                      # 'Legislators overseeing the CIA and other agencies have told'
        if ref:
            headed = _head_before_place(last, words, len(words) - k) if ref.kind in ("person", "org") \
                and len(ref.text.split()) == 1 else None
            if headed:
                return headed[0], at + headed[1]
            if ref.title and titles:                              # the title list as written
                title = ref.title
                for word in re.findall(r"[A-Za-z]+", titles):
                    title = title.replace(f"{word} ", f"{word}, ", 1)
                ref = replace(ref, title=title)
            return ref, at + start
    return _head_before_participle(last, at) or _plain_subject(last, at)


def _unclosed_apposition(name: re.Match, role: str) -> tuple[SpeakerRef, int] | None:
    """'Jo Swinson, Liberal Democrat deputy leader and Foreign Affairs spokesperson said': an apposition
    whose closing comma is missing; the person named before it speaks."""
    words = role.split()
    if not words or not words[-1].islower() or not is_role_token(words[-1]) or len(words) > 10 or not all(
            w[:1].isupper() or is_role_token(w) or w in ("and", "of", "for", "the", "at", "to", "deputy", "vice")
            for w in words):
        return None
    ref = parse_noun_phrase(name.group())
    if not ref or ref.kind != "person" or len(ref.text.split()) < 2 or ref.text != name.group().strip():
        return None
    return replace(ref, title=strip_determiner(role.strip())), name.start() + len(name.group()) - len(name.group().lstrip())


_PARTICIPLE_AFTER_HEAD = re.compile(r"\s([a-z]{3,}ing)\s")


def _head_before_participle(last: str, at: int) -> tuple[SpeakerRef, int] | None:
    """'Diplomats observing the UN-sponsored Afghan talks said', 'Mujaheddin returning from the mountains,
    say': an unnamed speaker (a speaker noun) before a participle phrase speaks."""
    m = _PARTICIPLE_AFTER_HEAD.search(last)
    if not m or m.group(1) in ("according", "including", "saying", "during"):
        return None
    head = last[:m.start()]
    words = list(re.finditer(r"\S+", head))
    for k in range(min(len(words), 4), 0, -1):
        ref = parse_noun_phrase(head[words[-k].start():])
        if ref and ref.kind == "description" and ref.text.split()[-1] == words[-1].group() \
                and words[-1].group().lower() in _NOUNS:
            return ref, at + words[-k].start()
    return None


_PLAIN_SUBJECT = re.compile(r"\s*(?:(?:[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Oo]ne|[Oo]ther)\s+)?"
                            r"(?P<np>(?:[A-Za-z][a-z-]+\s+){0,2}(?P<head>[a-z][a-z-]{2,}s|people)|(?P<first>[A-Z][a-z-]{2,}s))"
                            r"(?P<rest>\s+[a-z]{3,}ed(?:\s+(?:on|in|at|by|with|about|to|from|for|the|a|an|[a-z]{3,}"
                            r"|[A-Z][\w’'.-]+)){1,4})?\s*$")     # 'Residents contacted by Reuters said'
_NOT_HEADS = frozenset(phrases.NOT_SUBJECT_HEADS + phrases.DATA_HEADS + phrases.FUNCTION_CAPS)
_PASSIVE_BY = re.compile(r"\s[a-z]{3,}ed\s+by\s")                     # 'Residents contacted by Reuters'
_PERSON_ENDING = r"(?:" + "|".join(lexicon.PERSON_NOUN_ENDINGS) + r")"
_PERSON_SINGULAR = re.compile(_PERSON_ENDING + r"$")                    # commenter, bystander
_PEOPLE_PLURAL = re.compile(_PERSON_ENDING + r"s$|ies$")                # settlers, critics, families


def _plain_subject(last: str, at: int) -> tuple[SpeakerRef, int] | None:
    """A plain plural noun phrase as subject ('Health bosses said', 'Israeli settlers ... said', 'Two
    people briefed on the talks said'): an unnamed group speaks, even when its noun is in no list."""
    m = _PLAIN_SUBJECT.fullmatch(last)
    head = (m.group("head") or m.group("first").lower()) if m else ""
    people = _PEOPLE_PLURAL.search(head) or head == "people" or head[:-1] in _NOUNS or head[:-2] in _NOUNS
    if not m or not people or head in _NOT_HEADS \
            or any(w.lower() in _NOT_HEADS or w.endswith("ly") for w in m.group("np").split()[:-1]):
        return None
    contact = m.group("rest") and m.group("rest").split()[0] in lexicon.CONTACT_PARTICIPLES
    phrase = m.group("np") + ("" if contact else m.group("rest") or "")    # not 'residents reached by telephone'
    return SpeakerRef(phrase, "description"), at + m.start("np")


_CUTS = frozenset(phrases.PLACE_PREPOSITIONS + phrases.MODIFIER_PARTICIPLES)


def _head_before_place(last: str, words: list[re.Match], found: int) -> tuple[SpeakerRef, int] | None:
    """A one-word name found after a place preposition or a modifier is the place, not the speaker:
    'Shane Bradford of Ballidu just west of Burakin', 'residents in the town of Ten Tena'."""
    best = None
    for cut in range(found - 1, 0, -1):
        if words[cut].group() not in _CUTS:
            continue
        for s in range(max(0, cut - 8), cut):
            if words[s].group() in ("but", "and", "or", "while", "as"):
                continue
            ref = parse_noun_phrase(last[words[s].start():words[cut].start()])
            if ref and ref.kind != "pronoun" and not (len(ref.text.split()) == 1 and ref.kind == "org"
                                                      and ref.text in places.SPEAKING_PLACES):
                best = ref, words[s].start()
                break
        if best and not _CUTS & set(best[0].text.split()):
            break                                  # 'residents in the Christian town': go on to 'residents'
    return best


def _long_apposition(parts: list[re.Match]) -> tuple[SpeakerRef, int] | None:
    """'Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study,'."""
    for i in range(len(parts) - 2):
        first = parts[i].group()
        pair = parse_apposition([first, parts[i + 1].group()]) if len(first.split()) <= 4 else None
        if pair and pair.kind == "person" and all(_continues(p.group(), q.group())
                                                       for q, p in zip(parts[i + 1:], parts[i + 2:])):
            return pair, parts[i].start() + len(first) - len(first.lstrip())
    return None


_NAME_LIST_BEFORE = re.compile(r"\b(?:of|for|on)\s+(?:the\s+)?[A-Z][\w-]*\s*$")


def _continues(part: str, before: str = "") -> bool:
    """A later piece of an apposition: 'and co-author of the study', a place ('Germany'), the rest of a list
    inside an organisation's name (after 'Council on Energy')."""
    words = part.split()
    return bool(words) and (words[0] in ("and", "who", "which") or words[0][:1].islower()
                            or (len(words) <= 3 and all(w[:1].isupper() for w in words))
                            or (len(words) <= 4 and all(w[:1].isupper() or w in ("and", "&", "of") for w in words)
                                and words[-1][:1].isupper() and bool(_NAME_LIST_BEFORE.search(before))))
                                                                     # 'Council on Energy, Environment and Water'


_OWNED_DOCUMENT = re.compile(r"(?:^|\s)((?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}[’']s\s+(?:"
                             + "|".join(lexicon.DOCUMENT_NOUNS) + r"))\s+(?:to|with|from|against|on|in|for)\s+[^,]{3,80}$")
_SHARE_OF = re.compile(r"(?:percent|per cent|%|majority|minority|half|third|quarter|most|many|some|none)\s+of\s+"
                       r"(?:the\s+|those\s+)?$", re.I)
_TITLE_WORDS = frozenset(lexicon.TITLE_WORDS + lexicon.SPEAKER_NOUNS)
_TITLE_LIST = re.compile(r"(?:^|(?<=[\s,]))((?:[A-Za-z]+,\s+)+)(?=(?:[A-Za-z]+\s+){0,3}and\s)")


def _join_title_list(region: str) -> tuple[str, str | None]:
    """'chairman, CEO and president Craig Menear': a list of titles is one prefix (commas become spaces)."""
    m = _TITLE_LIST.search(region) if " and " in region and "," in region else None
    if m and all(w.lower() in _TITLE_WORDS for w in re.findall(r"[A-Za-z]+", m.group(1))):
        return region[:m.start(1)] + m.group(1).replace(",", " ") + region[m.end(1):], m.group(1)
    return region, None


_OPENING_ADVERBIAL = re.compile(r"\s*(?:During|On|In|At|After|Before|Later|Earlier|Meanwhile|However|Since|Last|"
                                r"This|Then|Yesterday|Today|Separately|Speaking|Asked|Afterwards?|Following|Despite|Amid|Under|With|"
                                r"Without|Like|Unlike|Throughout|Ahead|Still|Yet|Indeed|Instead|Nevertheless|Nonetheless|"
                                r"Now|Again|Once|Also)\b")


_BARE_LEAD = re.compile(r"\s*(?:In|During|At|On|After|Before|Throughout|Since)\s+(?:a|an|the|his|her|its|their|this|that)\s+"
                        r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?=(?:[Tt]he\s|[A-Z]))")   # a fronted phrase with no comma


_PRONOUN_CONTRACTED = re.compile(r"\s*(He|She|They|We)[’'](?:s|re|ve|d)\s")


_UNLISTED = re.compile(r"\s*,?\s*(?P<det>the|a|an|one|another|his|her|their|its|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s)\s+"
                       r"(?P<np>(?:[\w-]+\s+){0,2}[a-z][a-z-]{2,})\s*")


def unlisted_description(slot: str) -> tuple[SpeakerRef, int] | None:
    """A noun phrase in no list right between a quotation and its closing verb ('“…,” one Weibo commenter
    said.', "“…,” Donald Trump's ex-wife says."): the slot can hold nothing but the speaker."""
    m = _UNLISTED.fullmatch(slot)
    head = m.group("np").split()[-1] if m else ""
    owner = m.group("det") if m and m.group("det")[:1].isupper() else None
    if not m or head in _NOT_HEADS or any(w.lower() in _NOT_HEADS for w in m.group("np").split()[:-1]) or not (
            owner or _PERSON_SINGULAR.search(head)):
        return None                                    # not '“…,” the voice said': the labels name whose voice
    return SpeakerRef(m.group("np"), "description", owner), m.start("det")


def find_sentence_subject(masked: str) -> tuple[SpeakerRef, int] | None:
    """The speaker-like subject opening a sentence ('The editor of RT, Margarita Simonyan, ...')."""
    dateline = DATELINE.match(masked)
    masked = " " * dateline.end() + masked[dateline.end():] if dateline else masked
    parts = [m for m in re.finditer(r"[^,]+", masked)]
    if parts and _OPENING_ADVERBIAL.match(parts[0].group()) and MASK in parts[0].group():
        cut = parts[0].group().rfind(MASK) + 1                  # 'Following their jam “Black Water,” Simmons ...'
        return find_sentence_subject(" " * cut + masked[cut:])
    if len(parts) >= 2 and _OPENING_ADVERBIAL.match(parts[0].group()):
        found = find_sentence_subject(" " * (parts[0].end() + 1) + masked[parts[0].end() + 1:])   # 'During the call, he ...'
        return found or _subject_after_bare_lead(masked)
    if len(parts) >= 2:
        pair = parse_apposition([parts[0].group(), parts[1].group()])
        if pair:
            return pair, parts[0].start()
    contracted = _PRONOUN_CONTRACTED.match(masked)          # "He's disappointed by the cut and says"
    if contracted:
        return SpeakerRef(contracted.group(1).lower(), "pronoun"), contracted.start(1)
    words = list(re.finditer(r"\S+", parts[0].group() if parts else ""))
    for k in range(min(len(words), 8), 0, -1):
        ref = parse_noun_phrase(masked[:words[k - 1].end()])
        if ref:
            return ref, 0
    return _subject_after_bare_lead(masked)


def _subject_after_bare_lead(masked: str) -> tuple[SpeakerRef, int] | None:
    """'During his speech Mr Allard ...', 'In a statement the company says ...': the subject after a fronted
    phrase that has no comma."""
    lead = _BARE_LEAD.match(masked) or frames.LEADING_TIME_RE.match(masked)   # 'Last week official X'
    return find_sentence_subject(" " * lead.end() + masked[lead.end():]) if lead else None
