"""The fullest form of a person's name in the article ("Kuleba" -> "Dmytro Kuleba").

``expand_name`` takes the longest mention ending with the same surname, titles
and roles left off ("Health Minister Priya Nair" -> "Priya Nair"); a lone given
name takes the surname it is written with ("Emeka" -> "Emeka Okonjo").
"""

from __future__ import annotations

import re
from functools import lru_cache

from scrapers.statements import lexicon, names, phrases
from scrapers.statements.speakers import _LEGAL_SUFFIXES, _is_name_token, _is_title_token, is_role_token

_ORG_WORDS = frozenset(lexicon.ORG_WORDS)
_ROLE_NOUNS = frozenset(lexicon.SPEAKER_NOUNS)


_NAME_PREFIX = re.compile(r"((?:(?<![\w’'.\-])(?:[A-Z][\w’'.\-]*|de|di|da|du|del|della|dos|das|van|von|der|den)[ \u00a0]+){1,3})$")
_PARTICLE_LEAD = re.compile(r"(?<![\w-])(?:al|el|ad|ar|as|at|az|an|ash|ud|ul|bin|ibn|abu|ben|bou)-$", re.I)
_ROLE_PLACE = re.compile(r"\b([A-Za-z]+)\s+(?:to|for)(?:\s+the)?\s+$")


@lru_cache(maxsize=1024)
def expand_name(text: str, name: str, pos: int | None = None, gender: str | None = None) -> str:
    """The fullest mention in ``text`` ending with the same surname as ``name``; when two people share
    the surname ('Bill Clinton', 'Hillary Clinton'), the one mentioned last before ``pos``."""
    toks = name.split()
    if not toks or len(toks) > 3 or " and " in name:
        return name
    surname, found, at = toks[-1], [], text.find(toks[-1])
    while at != -1:
        after = text[at + len(surname):at + len(surname) + 1]
        lead = _PARTICLE_LEAD.search(text, max(0, at - 5), at)      # 'al-' of 'Haider al-Abadi'
        start = lead.start() if lead else at
        m = _NAME_PREFIX.search(text, max(0, start - 90), start) if not (after.isalnum() or after == "_") else None
        words = m.group(1).split() if m else []
        role = _ROLE_PLACE.search(text, max(0, m.start(1) - 30), m.start(1)) if words else None
        if role and is_role_token(role.group(1)) and not role.group(1).endswith("s"):
            words = words[1:]                             # 'ambassador to Pakistan Abdul Salam Zaeef'
        cand = _longer_mention(words, text[start:at] + surname, name, name) if words else name
        if cand != name and not (gender and _given_gender(cand) not in (gender, None)):
            found.append((at, cand))
        at = text.find(surname, at + 1)
    best = max((c for _, c in found), key=_mention_rank, default=name)
    rivals = {c for _, c in found if _mention_rank(c)[0] and not c.endswith(best) and not best.endswith(c)}
    if rivals and pos is not None and _mention_rank(best)[0]:
        earlier = [(a, c) for a, c in found if a <= pos and _mention_rank(c)[0]]
        best = max(earlier)[1] if earlier else best
    if best != name:
        return _second_surname(text, best)
    if len(toks) == 1 and re.search(r"[aou]e|[äöü]", name):
        spelled = _umlaut_spelling(name)                  # 'Mueller' for 'Gerhard Müller'
        if spelled != name and spelled in text:
            return expand_name(text, spelled, pos, gender)
    return best if len(toks) > 1 else _given_name_mention(text, name)


def _umlaut_spelling(name: str) -> str:
    if re.search(r"[äöü]", name):
        return name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return re.sub(r"([aou])e", lambda m: {"a": "ä", "o": "ö", "u": "ü"}[m.group(1)], name)


_NEXT_NAME = re.compile(r"[ \u00a0]+([A-Z][\w’'-]+)(?=[,;.]|\s+\()")


def _second_surname(text: str, name: str) -> str:
    """'Guadalupe Salinas' -> 'Guadalupe Salinas Hernández' when the article once wrote both surnames."""
    if len(name.split()) != 2:
        return name
    at = text.find(name)
    m = None
    while at != -1 and m is None:
        m = _NEXT_NAME.match(text, at + len(name))
        at = text.find(name, at + 1)
    return f"{name} {m.group(1)}" if m and _is_name_token(m.group(1)) and not m.group(1).isupper() \
        and not _is_title_token(m.group(1)) and m.group(1).lower() not in _ORG_WORDS else name


def _given_gender(mention: str) -> str | None:
    first = mention.split()[0].lower()
    male, female = first in names.MALE_NAMES, first in names.FEMALE_NAMES
    return "m" if male and not female else "f" if female and not male else None


def _given_name_mention(text: str, name: str) -> str:
    """'Emeka' -> 'Emeka Okonjo' when the article names him so ('Corvane' -> 'Corvane Systems')."""
    for m in re.finditer(r"\b" + re.escape(name) + r"[ \u00a0]+([A-Z][\w’'-]+)\b", text):
        nxt = m.group(1)
        third = _THIRD_NAME.match(text, m.end())
        third = third.group(1) if third and _is_name_token(third.group(1)) and not _is_title_token(third.group(1)) \
            and not _written_lowercase(text, nxt) and not _written_lowercase(text, third.group(1)) \
            and third.group(1).lower() not in _LEGAL_SUFFIXES else None                # 'Yearout Mechanical Inc'
        appositive = text[max(0, m.start() - 2):m.start()] == ", " and text[m.end():m.end() + 1] == ","
        knighted = text[max(0, m.start() - 5):m.start()].endswith(("Sir ", "Dame "))   # 'Sir Allan' is a given name
        if _is_name_token(nxt) and not _is_title_token(nxt) and (nxt.lower() in _ORG_WORDS or appositive or knighted
                                                                 or name.lower() in names.GIVEN_NAMES
                                                                 or text.count(nxt) >= 2 or _family_first(text, m)
                                                                 or third and nxt.lower() not in _ORG_WORDS):
            if third:
                return f"{name} {nxt} {third}"        # 'Kim' -> 'Kim Jong Un', 'Tedros' -> 'Tedros Adhanom Ghebreyesus'
            return f"{name} {nxt}"     # 'the company's president, Zhao Wenli, said' then 'Zhao said'
    return name


def _written_lowercase(text: str, word: str) -> bool:
    """'Toblerone Milk Chocolate': a word the article also writes in lower case is not part of a name."""
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None


_THIRD_NAME = re.compile(r"[ \u00a0]+([A-Z][\w’'-]*)\b(?![ \u00a0]+[A-Z])")


def _family_first(text: str, m: re.Match) -> bool:
    """"ambassador to Britain Liu Xiaming has said" then "Liu said": a name written family name first,
    introduced by a title or role and followed by a verb or a comma; right after the role, by any verb
    ('Ministry spokesman Geng Shuang made the comments')."""
    before = text[max(0, m.start() - 40):m.start()].split()
    if not before:
        return False
    after = text[m.end():]
    if re.match(r"\s*(?:,|has\b|had\b|is\b|was\b|said\b|says\b|told\b)", after):
        return any(_is_title_token(w) or is_role_token(w) for w in before[-4:])
    return bool(re.match(r"\s*(?!(?:in|on|at|of|for|to|and|or|with|from|by|as)\b)[a-z]+\b", after)) and (
        _is_title_token(before[-1]) or is_role_token(before[-1]))


def _longer_mention(words: list[str], surname: str, name: str, best: str) -> str:
    ends = [i for i, w in enumerate(words) if w.endswith(".") and len(w.rstrip(".")) > 1
            and not _is_title_token(w)]               # 'Roe. Laura Finch': a sentence ended
    words = words[ends[-1] + 1:] if ends else words
    roles = [i for i, w in enumerate(words) if _is_title_token(w) or (
        is_role_token(w) and w.lower() not in names.GIVEN_NAMES and i + 1 < len(words)
        and (w.lower() in _ROLE_NOUNS or i > 0 or len(words) > 2))]              # 'Chandler Van Voorhis'

    words = words[roles[-1] + 1:] if roles else words   # 'Health Minister Priya' Nair; 'Taylor' Reese stays
    orgs = [i for i, w in enumerate(words) if w.lower().rstrip(".,’'s") in _ORG_WORDS]
    words = words[orgs[-1] + 1:] if orgs else words     # 'the Sydney Weather Bureau' Ian Robertson
    while words and (not _is_name_token(words[0]) or words[0].lower() in _PHOTO_CREDITS | _COMMON_OPENERS):
        words = words[1:]
    if words and all(_is_name_token(w) and not _is_title_token(w) for w in words):
        cand = " ".join(words + [surname])
        if cand.endswith(name) and _mention_rank(cand) > _mention_rank(best):
            return cand
    return best


def _mention_rank(mention: str) -> tuple[bool, int]:
    """Prefer a mention opening with a known given name, then the longer one ('Tim Cook' over 'Hosting Cook')."""
    first = mention.split()[0]
    plausible = first.lower() in names.GIVEN_NAMES or not (first.endswith("ing") or first.lower() in _COMMON_OPENERS)
    return plausible and len(mention.split()) > 1, len(mention)


_PHOTO_CREDITS = frozenset(c.lower() for c in phrases.PHOTO_CREDITS)
_COMMON_OPENERS = frozenset(("according", "asked", "thanks", "like", "unlike", "meanwhile", "but", "and", "so", "then", "when",
                             "while", "after", "before", "since", "because", "if", "although", "as", "with",
                             "for", "from", "by", "to", "at", "in", "on", "of", "about", "despite", "under",
                             "even", "only", "also", "just", "is", "are", "was", "were", "does", "do", "did",
                             "can", "will", "should", "could", "would", "has", "have", "how", "why", "what",
                             "where", "who"))    # 'Even China said', a heading 'Is Google Stadia worth it?'


_CAPS_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|the|and|to|on|in|&)\s+)*[A-Z][\w’'&.-]*)+")
_ORG_FUNCTION = frozenset(("of", "for", "the", "and", "to", "on", "in", "&"))


@lru_cache(maxsize=1024)
def expand_org(text: str, name: str) -> str:
    """The fullest form of a one-word organisation name: an acronym spelled out ('IMF' -> 'International
    Monetary Fund') or a short name widened ('Times' -> 'New York Times')."""
    if " " in name:
        return _widened_org(text, name)
    if len(name) < 2:
        return name
    runs = [piece.rstrip(".") if re.search(r"[a-z]{2}\.$", piece) else piece for m in _CAPS_RUN.finditer(text)
            for piece in re.split(r"(?<=[a-z]{2})\.\s+", m.group())]     # 'Administration. And' is two runs
    if name.isupper() and len(name) <= 6:
        if name in ("US", "UK"):
            return name                                   # the countries stay as written
        for run in runs:
            words = [w for w in run.split() if w.lower() not in _ORG_FUNCTION]
            initials = "".join(w[0] for w in words)
            if initials == name or (len(name) >= 3 and name in initials and len(words) <= len(name) + 2) \
                    or (initials.endswith(name) and len(words) > len(name)):
                return re.sub(r"^(?:The\s+|[A-Z][\w.-]*[’']s\s+)", "", run)   # 'CDC' -> 'Chinese Center for Disease
        return name                                       # Control and ...'; 'SZ' -> 'Süddeutsche Zeitung' (not
                                                          # 'Germany’s'); 'DEP' -> 'New York City Department of ...'
    longer = [re.sub(r"^The\s+", "", r) for r in runs if r.endswith(" " + name) and len(r.split()) <= 5]
    longer = [r for r in longer if r.split()[0].lower() not in _ORG_FUNCTION | _COMMON_OPENERS | _PHOTO_CREDITS]
    if not longer and re.search(r"\b" + re.escape(name) + r" International\b", text):
        return f"{name} International"                    # 'Amnesty' -> 'Amnesty International'
    return max(longer, key=longer.count) if longer else name


_INSERTED = r"(?:International|National|Regional|Municipal|Memorial|General|Community|Metropolitan)"


def _widened_org(text: str, name: str) -> str:
    """'Stansted Airport' -> 'Stansted International Airport': a fuller run with the same first and last word."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return name
    found = re.search(re.escape(words[0]) + r"((?:\s+" + _INSERTED + r"){1,2})\s+" + re.escape(words[1]) + r"\b", text)
    return f"{words[0]}{found.group(1)} {words[1]}" if found else name
