"""Speaker noun phrases: names, pronouns and descriptions, and who they are.

``parse_noun_phrase`` reads the words in a subject slot ("Foreign Minister Dmytro
Kuleba", "Lutsevych of Chatham House", "the 56-year-old", "officials") into a
``SpeakerRef``. ``SpeakerBook`` remembers who spoke so far in an article and
resolves pronouns and definite descriptions to them; ``expand_name`` gives a
surname its fullest form in the article ("Kuleba" -> "Dmytro Kuleba").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from scrapers.statements import lexicon, names, phrases, places
from scrapers.statements.subjects import described_org

_TITLES = frozenset(lexicon.TITLE_WORDS + lexicon.FOREIGN_TITLES)
_PLACES = places.SPEAKING_PLACES
_INSTITUTIONS = frozenset(lexicon.PLACED_INSTITUTIONS)
_NOUNS = frozenset(lexicon.SPEAKER_NOUNS)
_HEAD_TITLES = frozenset(lexicon.HEAD_TITLES)
_DOCUMENT_HEADS = frozenset(lexicon.DOCUMENT_NOUNS)
_ORG = frozenset(lexicon.ORG_WORDS)
_ORG_HEADS = frozenset(lexicon.ORG_ANAPHORS)
_DATA = frozenset(phrases.DATA_HEADS)
_PREPOSITIONS = frozenset(phrases.PREPOSITIONS)
_POSTNOMINALS = frozenset(phrases.POSTNOMINALS)
_TIME = frozenset(lexicon.TIME_WORDS) - {"may", "march", "april", "june", "july", "august", "jan", "late", "early"}  # names too
_PARTICLES = frozenset(("de", "van", "von", "bin", "da", "der", "le", "la", "du", "al", "el", "di", "del"))
_FUNCTION_CAPS = frozenset(phrases.FUNCTION_CAPS)
_DETERMINERS = ("the ", "a ", "an ", "his ", "her ", "its ", "their ", "our ", "my ", "one ",
                "another ", "two ", "three ", "both ")
_ROLE_OPENERS = ("the", "a", "an", "their", "his", "her", "its", "our")
_WORDISH = re.compile(r"\w")
_DETERMINER_RE = re.compile("|".join(_DETERMINERS), re.I)
_MODIFIERS = frozenset(phrases.SPEAKER_MODIFIERS)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'\-]*\.?|(?:[A-Z]\.){1,3}|Mc\w+|O’\w+|al-\w+|el-\w+|(?:de|du|da|di|le|la|van|von)[A-Z][a-z]\w+|[A-Z]{2,}\.?)$")
DATELINE = re.compile(r"\s*[A-Z]{2,}[A-Z.’']*(?:[ ,]+[A-Z][\w.’']*){0,3}\s*[-—–―]{1,2}\s+")
_AGE = re.compile(r"^\d+-year-old$")
_CONTRACTION = re.compile(r"^[A-Za-z]+[’'](?:m|re|ll|ve|d|t|s)$")
_PARTS = re.compile(r"(?:[^,]|(?<=\d),(?=\d{3}))+")      # comma parts; '3,000' is one word
_COLLECTIVE_OWNERS = frozenset(w + s for w in phrases.COLLECTIVE_OWNERS for s in ("’s", "'s"))
_LEGAL_SUFFIXES = frozenset(("plc", "ltd", "ltd.", "llc", "inc.", "inc", "co.", "corp", "corp.", "gmbh", "ag", "sa"))


@dataclass(frozen=True)
class SpeakerRef:
    """A speaker as read from one subject slot."""

    text: str
    kind: str                 # "person" | "org" | "pronoun" | "description"
    title: str | None = None


def _clean_token(tok: str) -> str:
    return tok.strip(",;:()[]\"“”‘’").removesuffix("’s").removesuffix("'s")


def _is_name_token(tok: str) -> bool:
    low = tok.lower().rstrip(".")
    if _CONTRACTION.match(tok) and not tok.startswith(("O’", "O'", "D’", "D'")):
        return False
    if tok.lower() in _PARTICLES or re.fullmatch(r"[A-Z]\.", tok):
        return True                      # a middle initial: 'Sonya A. Zoghlin'
    return bool(_NAME_TOKEN.match(tok)) and low not in _FUNCTION_CAPS and low not in _TIME


def _is_title_token(tok: str) -> bool:
    low = tok.lower()
    return low in _TITLES or low.rstrip(".") in _TITLES or (
        "-" in low and low.split("-")[0] in _TITLES)


_ROLE_WORD = re.compile(r"^[a-z][a-z-]{2,}(?:er|or|ist|ian|ant|ent|man|woman|wain|ess)$")


def is_role_token(tok: str) -> bool:
    """A title or role word that may open a capitalised run ('Pollster', 'Skipper')."""
    low = tok.lower()
    return _is_title_token(tok) or low in _NOUNS or bool(_ROLE_WORD.match(low))


def _is_prefix_token(tok: str) -> bool:
    low = tok.lower()
    return (bool(re.match(r"^\d[\d/.-]*$", tok)) or                     # '9/11 widow Terry Strada'
            _is_title_token(tok) or low in _MODIFIERS or low in _NOUNS or _is_name_token(tok)
            or low.endswith(("’s", "'s")) or ("-" in tok and not tok.startswith("-"))
            or bool(_ROLE_WORD.match(low)) or bool(re.fullmatch(r"[A-Z]{2,5}", tok)))     # 'UN Middle East envoy


def _is_org(tokens: list[str]) -> bool:
    core = [t for t in tokens if t.lower() not in ("the", "of", "for", "and", "on", "&")]
    if core and core[0].lower().rstrip(".") in _HONORIFICS:
        return False                     # 'Dr Fox', 'Mr Post': a person with a name that is also a word of firms
    if not core or not all(_is_name_token(t) or t.isupper() or t in _LEGAL_SUFFIXES for t in core):
        return False
    return any(t.lower().rstrip(".,") in _ORG for t in core)


is_org_name = _is_org          # 'Corvane Systems': capitalised words with an organisation word


def strip_determiner(phrase: str) -> str:
    m = _DETERMINER_RE.match(phrase)
    return phrase[m.end():] if m else phrase


def _parse_name_of_org(tokens: list[str]) -> SpeakerRef | None:
    """'Lutsevych of Chatham House' -> person with affiliation."""
    for i, tok in enumerate(tokens):
        if tok in ("of", "from", "at", "with") and 0 < i <= 6 and i < len(tokens) - 1:
            head, tail = tokens[:i], [t for t in tokens[i + 1:] if t.lower() != "the"]
            titled = max((k for k, t in enumerate(head[:-2]) if _is_title_token(t)), default=-1)
            head = head[titled + 1:]                      # 'Patrol Chief James Hall with ...'
            while len(head) > 2 and (is_role_token(head[0]) or head[0].islower()) or (
                    len(head) > 1 and head[0].lower().rstrip(".") in _HONORIFICS):
                head = head[1:]                           # 'Analyst Joanna Wells of ...', 'Mr. Morgan of ...'
            if (all(_is_name_token(t) and not _is_title_token(t) for t in head)
                    and head[0].lower() not in ("democrat", "republican", "independent")
                    and not _is_org(head) and _is_org_tail(tail)):
                return SpeakerRef(" ".join(head), "person", " ".join(tail))
    return None


def _is_org_tail(tail: list[str]) -> bool:
    """'Chatham House', 'the cycling group Kestrel Wheels': ends in a capitalised name."""
    if not tail or not _is_name_token(tail[-1]):
        return False
    lead = 0
    while lead < len(tail) - 1 and tail[lead][:1].islower() and tail[lead] not in ("of", "for", "and") and lead < 3:
        lead += 1
    return all(_is_name_token(t) or t in ("of", "for", "and") or (re.match(r"^[A-Z][\w.&-]*[’']s$", t) and i + 1 <
               len(tail) - lead) for i, t in enumerate(tail[lead:]))          # 'Norwegian Fishermen's Association'


def _is_org_noun_tail(tail: list[str]) -> bool:
    """'the regional fisheries forum': lowercase words ending in an organisation noun."""
    return len(tail) <= 4 and tail[-1].lower() in _ORG_HEADS and all(t.isalpha() and t.islower() for t in tail)


def _parse_role_of_org(tokens: list[str]) -> SpeakerRef | None:
    """'a spokesman for Northline Rail', 'researchers at the University of Leeds'."""
    for i, tok in enumerate(tokens):
        head = strip_determiner(" ".join(tokens[:i])).split()
        if 0 < len(head) <= 2 and _clean_token(head[-1]).lower() in _NOUNS and _INFORMED.match(" ".join(tokens[i:])):
            return SpeakerRef(" ".join(head + [t.rstrip(",") for t in tokens[i:]]), "description")   # 'a source close to the talks'
        if tok == "in" and 0 < len(head) <= 2 and head[0][:1].islower() and _clean_token(head[-1]).lower() in _NOUNS \
                and all(_is_name_token(t) for t in tokens[i + 1:]):      # 'one paramedic in Leeds'
            return SpeakerRef(head[-1], "description")
        if tok in ("for", "to") and 0 < i <= 3 and _clean_token(tokens[i - 1]).lower() in _REPRESENTATIVES \
                and _COMMON_PRINCIPAL.fullmatch(" ".join(tokens[i + 1:])):
            return SpeakerRef(tokens[i - 1], "description", strip_determiner(" ".join(tokens[i + 1:])))
                                                                        # 'a lawyer for the family'
        if tok in ("of", "for", "at", "from", "with") and 0 < i <= 4 and i < len(tokens) - 1:
            head = strip_determiner(" ".join(tokens[:i])).split()
            tail = [t.rstrip(",") for t in tokens[i + 1:] if t.lower() != "the"]   # "Environment, Food and ..."
            if (head and _clean_token(head[-1]).lower() in _NOUNS and head[0][:1].islower()
                    and head[0] not in _PREPOSITIONS             # not 'with the editorial board of ...'
                    and tail and (_is_org_tail(tail) or _is_org_noun_tail(tail))):
                return SpeakerRef(" ".join(head), "description", " ".join(tail))
    return None


_REPRESENTATIVES = frozenset(lexicon.REPRESENTATIVE_NOUNS)
_COMMON_PRINCIPAL = re.compile(r"(?:the|his|her|their)\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}")


_INFORMED = re.compile(r"(?:close to|familiar with|(?:with|who have|who has)\s+(?:direct\s+|detailed\s+|first-hand\s+)?"
                       r"knowledge of|briefed on|aware of|involved in|privy to)\s")   # 'a person briefed on the talks'


def _parse_named(tokens: list[str]) -> SpeakerRef | None:
    """A phrase ending in a capitalised name, with a title before it."""
    while len(tokens) > 2 and tokens[-1].rstrip(".,") in _POSTNOMINALS:
        tokens = tokens[:-1]             # 'Richard Vance KC'
    if len(tokens) >= 2 and all(t.isupper() and len(t) > 2 for t in tokens):
        return None                      # 'MIDWAY ATOLL - ...': a dateline, not a person
    run = len(tokens)
    while run > 0 and _is_name_token(tokens[run - 1]):
        run -= 1
    if run == len(tokens):
        return None
    prefix, name = tokens[:run], tokens[run:]
    org_end = max((k for k, t in enumerate(name[:-2]) if t.lower().rstrip(".,") in _ORG), default=-1)
    if org_end >= 0:                     # 'the Sydney Weather Bureau Ian Robertson': the bureau's Ian Robertson
        prefix, name = prefix + name[:org_end + 1], name[org_end + 1:]
    while name and len(name) > 1 and (_is_title_token(name[0]) or (len(name) > 2 and is_role_token(name[0]))):
        prefix, name = prefix + [name[0]], name[1:]      # 'Pollster Tom Reed
    titled = [i for i, t in enumerate(name[:-1]) if _is_title_token(t) and not (i and re.match(r"^[A-Z]\.$", t))]
    if titled and name[-1].lower().rstrip(".") not in ("jr", "sr", "ii", "iii"):
        prefix, name = prefix + name[:titled[-1] + 1], name[titled[-1] + 1:]   # 'Health Minister Priya Nair'
    prefix, name = _split_role_place(prefix, name)
    if prefix and prefix[0].lower() in ("the", "a", "an"):
        prefix = prefix[1:]
    if prefix and (prefix[0].lower() in _PREPOSITIONS or prefix[-1] in ("of", "at", "for", "from", "in", "on")):
        return None                      # 'of Norfolk Constabulary': an affiliation; 'Obama on Climate Change'
    if prefix and prefix[-1].endswith(("’s", "'s")) and len(name) == 1 and prefix[-1][:1].islower():
        return None                      # "The president's Pacific roots": owned, not a person
    owner = max((k for k, t in enumerate(prefix) if t.endswith(("’s", "'s"))), default=-1)   # "The We Company’s chair"
    if len(prefix) > 8 or not all(_is_prefix_token(t) or (t == "and" and 0 < k < len(prefix) - 1)
                                  or (t in ("to", "for", "the") and k in _role_place_words(prefix))
                                  or (k < owner and t[:1].isupper()) or _modifies_role(prefix, k)
                                  for k, t in enumerate(prefix)):
        return None
    honorific = bool(prefix) and prefix[-1].lower().rstrip(".") in ("mr", "mrs", "ms", "dr", "miss")
    if len(tokens) == 1 and name[0] in phrases.TITLE_SURNAMES:
        return SpeakerRef(name[0], "person")          # '“…,” joked Bishop': Bill Bishop, named before
    if ((name[0] in _PARTICLES and not (name[0] in _SURNAME_PARTICLES and len(name) == 2 and not prefix))
            or (name[0].lower() in _PARTICLES and len(name) < 2)) or (len(name) == 1 and _is_title_token(name[0]) and not honorific):
        return None
    return SpeakerRef(" ".join(name), "person", " ".join(prefix) or None)


def _split_role_place(prefix: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """'ambassador to Pakistan Abdul Salam Zaeef', 'Minister for Foreign Affairs Julie Bishop': the place
    or portfolio after 'to'/'for' belongs to the role, the person's name starts at a given name (else
    after one word)."""
    at = len(prefix) - (prefix[-1:] == ["the"])
    if at < 2 or prefix[at - 1] not in ("to", "for") or not is_role_token(prefix[at - 2]) or len(name) < 3 \
            or prefix[at - 2].endswith("s"):                       # not 'Gaga campaigns for Clinton'
        return prefix, name
    given = next((i for i in range(1, len(name) - 1) if name[i].lower() in names.GIVEN_NAMES), 1)
    return prefix + name[:given], name[given:]


def _role_place_words(prefix: list[str]) -> set[int]:
    """Positions of 'to'/'for' (and 'the') joining a role to its place inside a title."""
    out = set()
    for k, t in enumerate(prefix[1:-1], 1):
        if t in ("to", "for") and is_role_token(prefix[k - 1]) and not prefix[k - 1].endswith("s"):
            out.add(k)
            if prefix[k + 1] == "the":
                out.add(k + 1)
    return out


def _modifies_role(prefix: list[str], k: int) -> bool:
    """A lowercase modifier right before a role ('festival director Jonah Baptiste', 'Goddard planetary
    scientist Avi Mandell')."""
    t = prefix[k]
    return (k == 0 or k == len(prefix) - 2 and t not in _NOT_MODIFIERS) and k + 1 < len(prefix) and t.isalpha() \
        and t.islower() and t not in _PREPOSITIONS and (_is_title_token(prefix[k + 1]) or is_role_token(prefix[k + 1]))


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|bin|ibn|abu)-[A-Z]")      # "Haider al-Abadi’s office"


_OWNER = re.compile(r"[a-z]+[’']s")


def _parse_description(phrase: str, tokens: list[str]) -> SpeakerRef | None:
    """'officials', 'a doctor', 'the 56-year-old', 'White House officials'."""
    low_first = tokens[0].lower()
    if low_first in lexicon.GENERIC_DETERMINERS:
        return None
    head = _clean_token(tokens[-1]).lower()
    demonym = low_first == "the" and len(tokens) == 2 and tokens[1][:1].isupper() and bool(_DEMONYM.match(head))
    role = demonym or len(tokens) <= 5 and low_first in ("the", "a", "an") and tokens[-2:-1] != ["to"] and bool(
        _ROLE_WORD.match(head) or ("-" in head and _is_title_token(head)) or (
            low_first == "the" and head.endswith("s") and _ROLE_WORD.match(head[:-1])))   # 'the coroner', 'the owners',
                                                                                          # not 'the spokesman declined to comment'
    if head not in _NOUNS and head not in _DOCUMENT_HEADS and (head not in _ORG_HEADS or head == "it") \
            and not _AGE.match(head) and not role:
        return None
    body = strip_determiner(phrase).split()
    if low_first in _PREPOSITIONS or any(t.lower() in ("the", "a", "an") for t in body[:-1]):
        return None                      # 'In May the company': a time phrase before the subject
    lead_caps = next((k for k, t in enumerate(body[:-1]) if not t[:1].isupper()), len(body) - 1)
    compound = (len(body) == 2 and (head in _ORG_HEADS or role) and body[0].isalpha() and body[0].islower()) or (
        (head in _NOUNS or role) and 2 <= len(body) <= 4 and all(t.isalpha() and t.islower() or not k and _OWNER.fullmatch(t)
                                                                 for k, t in enumerate(body[:-1]))) or (   # "the city's
                                                                                       # housing director"
        head in _NOUNS and 0 < lead_caps < len(body) - 1 <= lead_caps + 2      # 'Palestinian hospital officials'
        and all(t.isalpha() and t.islower() and t not in _NOT_MODIFIERS and not t.endswith(("ing", "ed"))
                for t in body[lead_caps:-1]) and all(t.isalpha() for t in body[:lead_caps]))
    if not compound and not all(_is_prefix_token(t) or t.lower() in ("of", "for", "to") for t in body[:-1]):
        return None                      # ('the port authority' is a compound organisation noun)
    caps = 0
    while caps < len(body) - 1 and (body[caps][:1].isupper() or _PARTICLE_NAME.match(body[caps]) or (
            caps and body[caps] in ("of", "for", "and") and body[caps + 1][:1].isupper())):
        caps += 1                        # 'Department of Health spokesman'

    title = " ".join(body[:caps]) or None
    if body[caps].lower() in _PREPOSITIONS:
        return None                      # 'Lawmakers from both parties': a head and its phrase, no title
    if title and body[-1].lower() in ("campaign", "administration", "camp", "government") and caps == len(body) - 1:
        return SpeakerRef(f"{title} {body[-1]}", "org")                # 'The Trump campaign'
    if title and body[-1].lower() in _OUTLET_HEADS and caps == len(body) - 1 and not title.endswith(("’s", "'s")):
        return SpeakerRef(title, "org")                                # 'The Register-Guard newspaper'
    if title and title.endswith(("’s", "'s")) and body[-1].lower() == "office" and caps == len(body) - 1:
        return SpeakerRef(f"{title} {body[-1]}", "org")               # "Prime Minister Ariel Sharon's office"
    if title and body[-1].lower() in _OUTLET_GROUPS and caps == len(body) - 1:
        return SpeakerRef(f"{title} {body[-1]}", "description")       # 'the Afghan media': the whole group
    return SpeakerRef(" ".join(body[caps:]), "description", title)


def _parse_joint(phrase: str) -> SpeakerRef | None:
    """'Mr. Obama and Hillary Clinton' -> one joint speaker."""
    if " and " not in phrase:
        return None
    left, right = phrase.split(" and ", 1)
    a, b = _parse_named(left.split()), _parse_named(right.split())
    if a and b and a.kind == b.kind == "person":
        return SpeakerRef(f"{a.text} and {b.text}", "person", None)
    company = _COMPANY.fullmatch(right)
    if a and a.kind == "person" and company and (company.group(1) in _NOUNS or is_people_noun(company.group(1))):
        return SpeakerRef(f"{a.text} and {right}", "person", None)   # 'Paganini and his team'
    return None


_COMPANY = re.compile(r"(?:his|her|their)\s+(?:[a-z]+\s+)?([a-z]+)")


_AIDE_TO = re.compile(r"(?:(?:an?|the|one)\s+)?(?:(?:senior|top|former|longtime|close|chief|key|personal)\s+)*"
                      r"(aides?|advis[eo]rs?|assistants?|confidants?)\s+to\s+(.+)$", re.I)
_KIN_GROUPS = frozenset(("family", "families", "relatives"))
_OPEN_ENDS = frozenset(("after", "before", "since", "until", "when", "while", "of", "in", "at", "on", "for", "with",
                        "from", "by", "to", "and", "or", "the", "a", "an"))


def parse_noun_phrase(phrase: str) -> SpeakerRef | None:
    """Read one comma-free phrase as a speaker, or None; a country or a seat of government as a
    whole ('North Korea', 'the United States', 'Moscow') is an organisation."""
    ref = _parse_phrase(phrase)
    if ref is not None and ref.kind == "description" and ref.text.split()[-1].lower() in _OPEN_ENDS:
        return None                      # 'A couple of months after': a time phrase cut short, not a speaker
    if ref is not None and ref.kind == "person" and not ref.title and ref.text in _PLACES:
        return replace(ref, kind="org")
    if ref is not None and ref.kind == "description" and ref.text.lower() in _KIN_GROUPS and ref.title \
            and f" of {ref.title}" in phrase:
        owner = _parse_named(ref.title.split())
        if owner and owner.kind == "person":
            return SpeakerRef(f"{ref.text} of {ref.title}", "description")   # 'the family of Mr Collett'
    if ref is not None and ref.kind == "description" and ref.title and ref.text.split()[-1] in _INSTITUTIONS \
            and re.fullmatch(r"(?:[A-Z][\w.-]*\s?){1,3}", ref.title) and phrase.rstrip().endswith(ref.text):
        return SpeakerRef(f"{ref.title} {ref.text}", "description")     # 'West Mercia police', 'the Iraqi military'
    return ref


def _parse_phrase(phrase: str) -> SpeakerRef | None:
    phrase = _LEADING_CONJUNCTION.sub("", phrase.strip(" ,;:—–-\u00a0"))     # 'But Megan Hester'
    phrase = _LEADING_SUBORDINATOR.sub("", phrase)                             # '..., although his mother said'
    phrase = _PHOTO_CREDIT.sub("", phrase)                                     # 'EPA Equifax said' under a picture
    tokens = phrase.split()
    if not tokens or len(tokens) > 10:
        return None
    low = phrase.lower()
    if strip_determiner(low) in _DATA or low in ("reports", "media reports", "press reports", "some reports"):
        return None                      # 'Polls suggest ...': data, not a speaker; 'Reports suggest' has no source
    if low in lexicon.PRONOUNS_PERSON + lexicon.PRONOUNS_GROUP + lexicon.PRONOUNS_THING:
        return SpeakerRef(low, "pronoun")
    if low in lexicon.FOREIGN_PRONOUNS:
        return SpeakerRef(lexicon.FOREIGN_PRONOUNS[low], "pronoun")
    aide = _AIDE_TO.match(phrase)
    person = _parse_phrase(aide.group(2)) if aide else None
    if person and person.kind == "person":
        return SpeakerRef(f"{aide.group(1)} to {person.text}", "description")   # 'an aide to Pelosi' is not Pelosi
    if tokens[0].lower() == "the" and 3 <= len(tokens) <= 4 and tokens[1][:1].isupper() \
            and tokens[-1].lower() in lexicon.PARTY_MEMBER_NOUNS:
        return SpeakerRef(" ".join(tokens[1:]), "description")      # 'the Arizona Republican': a member, no name
    if strip_determiner(phrase) in lexicon.PARTY_NAMES:
        return SpeakerRef(strip_determiner(phrase), "org")            # 'Labour said': a party, not a title
    numbered = next((n for n in phrases.NUMBERED_NAMES if low.endswith(n.lower())), None)
    if numbered:
        return SpeakerRef(numbered, "org")                            # '10 Downing Street said
    if any(not _WORDISH.search(t) for t in tokens) or re.match(r"^\d[\d,.]*%?$", tokens[0]) or "percent" in low.split():
        return None                      # '74 percent of likely voters said': poll respondents
    issued = _ISSUED_BY_RE.match(phrase)                               # 'a report from Kotak Institutional Equities'
    if issued:
        ref = parse_noun_phrase(phrase[issued.end():])
        if ref and (ref.kind in ("org", "person") or ref.title and ref.title.endswith(("’s", "'s"))
                    or ref.text.split()[-1].lower() in _ORG_HEADS):
            return ref                   # 'a statement from Prime Minister Ariel Sharon's office', '... from the ministry'
    part_of = _PART_OF_RE.match(phrase)                                # 'one of the senator's aides'
    if part_of and len(tokens) > 3:
        return parse_noun_phrase(phrase[part_of.end():])
    bare = tokens[1:] if tokens[0].lower() == "the" else tokens
    if len(bare) >= 2 and bare[-1].lower().rstrip(".") in _LEGAL_SUFFIXES and all(t[:1].isupper() for t in bare) and \
            any(re.fullmatch(r"[A-Z][\w.-]*[’']s", t) for t in bare[:-1]):
        return SpeakerRef(" ".join(bare).rstrip("."), "org")          # 'Moody’s Analytics Inc.'
    if len(bare) >= 2 and bare[-1][:1].isupper() and (
            bare[-1].lower() in _ORG_HEADS | _ORG or bare[0] in _COLLECTIVE_OWNERS) and \
            any(re.fullmatch(r"[A-Z][\w.-]*[’']s", t) for t in bare[-3:-1]) and all(t[:1].isupper() for t in bare):
        return SpeakerRef(" ".join(bare), "org")                       # "The Prime Minister's Bureau",
                                                                       # "Pakistan's Foreign Ministry", "Moody’s
                                                                       # Analytics", "the People’s Daily"
    named_org = described_org(tokens, _is_name_token)                  # 'the drivers' union Aslef'
    joint = _parse_joint(phrase) or _parse_name_of_org(tokens) or _parse_role_of_org(tokens) or (
        SpeakerRef(named_org[0], "org", named_org[1]) if named_org else None)
    if joint:
        return joint
    if tokens[0].lower() == "the" and 2 <= len(bare) <= 4 and bare[-1].lower().rstrip("s") in _ROLE_ACRONYMS \
            and bare[-1][:2].isupper():                                 # 'the Bromsgrove MP', 'the Labour MPs'
        return SpeakerRef(bare[-1], "description", " ".join(bare[:-1]))
    if len(bare) == 1 and _ACRONYM.fullmatch(bare[0]) and bare[0].lower().replace(".", "") not in _ROLE_ACRONYMS:
        return SpeakerRef(bare[0], "org")                              # 'The US welcomed ...', 'the EU said'
    lead = 0
    while lead < min(2, len(bare) - 2) and bare[lead].isalpha() and bare[lead].islower() and bare[lead] not in _NOT_LEADS:
        lead += 1
    if lead and bare[lead][:1].isupper() and _is_org(bare[lead:]):
        return SpeakerRef(" ".join(bare[lead:]), "org")              # 'the nonpartisan Commission on Presidential Debates'
    if _is_org(bare):
        named = _parse_named(tokens)                 # 'White House Press Secretary Stephanie Grisham'
        head = named.title.split()[-1] if named and named.title else ""
        if head and (head.lower() in _HEAD_TITLES or "-" in head and _is_title_token(head)) \
                and not _is_org(named.text.split()):    # 'UN Secretary-General Antonio Guterres' is a person
            return named
        return SpeakerRef(" ".join(bare), "org")
    if tokens[0] == "The" and len(bare) >= 3 and bare[0][:1].isupper() and not _is_title_token(bare[0]) and all(
            _is_name_token(t) or t in ("of", "for", "and", "the", "&") for t in bare) and bare[-1][:1].isupper():
        return SpeakerRef(" ".join(bare), "org")                      # 'The Friends of Kestrel Estuary'
    alias = _CALLED.match(phrase)                                      # 'The man who calls himself Abu Mohammad'
    if alias:
        return SpeakerRef(alias.group(1).strip(), "person")
    single = _ROLE_IN_PLACE.match(phrase)                              # 'that tweeter in Sydney': the tweeter
    if single and is_role_token(single.group(1)):
        return SpeakerRef(single.group(1), "description")
    grouped = _GROUP_PP.match(phrase)                                  # 'Officials in Liberia', 'Experts on North Korea'
    if grouped and grouped.group(1).lower() in _NOUNS and grouped.group(1).lower().endswith(("s", "police", "staff")) \
            and grouped.group(1).lower()[:-1] not in _DOCUMENT_HEADS:          # not 'reports from the area'
        prep, place = (grouped.group(2), grouped.group(3)) if grouped.group(2) else (grouped.group(4), grouped.group(5))
        return SpeakerRef(f"{grouped.group(1).lower()} {prep} {place}", "description")
    group_of = _GROUP_OF.match(phrase)                                 # 'Opponents of the plan', 'Critics of the law'
    if group_of and (group_of.group(1).lower() in _NOUNS or is_people_noun(group_of.group(1))):
        return SpeakerRef(f"{group_of.group(1).lower()} of {group_of.group(2)}", "description")
    located = _LOCATED_RE.match(phrase)                                # 'a doctor on the scene'
    if located and located.group(1) in _NOUNS:
        return SpeakerRef(f"{located.group(1)} {located.group(2)}", "description")
    inside = _INSIDE_RE.match(phrase)                                  # 'a narrator in the Clinton ad'
    if inside and (inside.group(1) in _NOUNS or _ROLE_WORD.match(inside.group(1))):
        return SpeakerRef(inside.group(1), "description")
    placed = _PLACED_RE.match(phrase)                                  # 'One pharmacist in Bradford'
    if placed:
        return _parse_description(f"a {placed.group(1)}", ["a", placed.group(1)])
    if len(bare) == 1 and bare[0].isalpha() and bare[0].lower() in _NOUNS and bare[0].lower().endswith("s") \
            and bare[0].lower()[:-1] in _NOUNS:
        return SpeakerRef(bare[0], "description")                    # 'Executives admitted' opening a sentence
    return _parse_named(tokens) or _parse_description(phrase, tokens)


_CALLED = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}(?:man|woman|boy|girl|person|resident|defector|witness|"
                     r"student|worker|officer|soldier)\s*,?\s+(?:who\s+calls\s+(?:himself|herself)|known\s+(?:only\s+)?as|"
                     r"identified\s+(?:only\s+)?as|named|called)\s+((?:[A-Z][\w’'-]+\s?){1,3})$")
_ROLE_IN_PLACE = re.compile(r"(?:[Tt]hat|[Tt]his|[Tt]he|[Aa]n?|[Oo]ne)\s+([a-z][a-z-]+)\s+(?:in|from|at)\s+[A-Z][\w’'.-]*"
                            r"(?:\s+[A-Z][\w’'.-]*){0,2}$")
_GROUP_PP = re.compile(r"(?:[Tt]he\s+)?([A-Za-z][a-z-]+)\s+(?:(in|at|from|on|inside|near)\s+((?:the|both|all|several|other)\s+[A-Za-z]+(?:\s+[a-z]+)?|"
                       r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+and\s+(?:[a-z]+\s+)?[A-Za-z]+(?:\s+[A-Z][\w’'.-]*){0,2})?)|"
                       r"(on)\s+([a-z][a-z-]*(?:\s+[a-z]+)?))$")          # 'experts on jail suicide', 'staff on short-term contracts'
_GROUP_OF = re.compile(r"(?:[Tt]he\s+)?([A-Za-z][a-z-]+s)\s+of\s+(the\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)$")
_PEOPLE_SUFFIX = re.compile(r"(?:" + "|".join(lexicon.PERSON_NOUN_ENDINGS) + r")s$")    # opponents, critics, residents


def is_people_noun(word: str) -> bool:
    """'forecasters', 'opponents': a plural whose form names people, listed or not."""
    return bool(_PEOPLE_SUFFIX.search(word))
_OUTLET_GROUPS = frozenset(("media", "radio", "television", "press", "broadcaster"))   # 'Public radio' as a whole
_NOT_MODIFIERS = frozenset(("and", "or", "but", "has", "have", "had", "is", "are", "was", "were", "of", "to", "in",
                            "on", "for", "with", "who", "that", "which", "also", "says", "said", "the", "a", "an"))
_OUTLET_HEADS = frozenset(("newspaper", "magazine", "paper", "website", "tabloid", "daily", "broadcaster", "outlet"))
_SURNAME_PARTICLES = frozenset(("van", "von", "der", "den", "ten", "ter", "de", "di", "da", "du", "del", "della", "dos",
                                "das"))     # 'said van Sebille', 'de Miranda writes'
_DEMONYM = re.compile(r"^[a-z]{3,}(?:ican|ian|ean|ese|iard|on|ard)$|^(?:swiss|scot|swede|dane|pole|finn|turk|czech|greek|"
                      r"thai|frenchman|frenchwoman|dutchman|dutchwoman|englishman|englishwoman|welshman|irishman)$")  # 'the American'
_PLACE_END = re.compile(r"\s(?:from|in|of|at)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?$")
_PHOTO_CREDIT = re.compile(r"^(?:" + "|".join(phrases.PHOTO_CREDITS) + r")\s+(?=[A-Z])")
_NOT_LEADS = _PREPOSITIONS | frozenset(("a", "an", "and", "or", "but", "its", "his", "her", "their", "this", "that"))
_ISSUED_BY_RE = re.compile(r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:new\s+|recent\s+|latest\s+)?(?:"
                           + "|".join(lexicon.DOCUMENT_NOUNS) + r")\s+(?:from|by)\s+(?:the\s+)?"
                           r"|(?:a|an|the)\s+(?:report|article|story|editorial|column)\s+in\s+(?:the\s+)?(?=(?-i:[A-Z]))",
                           re.I)          # 'a report in the Daily Express newspaper': the paper ('a paper in Nature': its authors)
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|So|Yet|Still|Now|Then|Meanwhile|Instead|As|Like|When|While|Because|Since|If|"
                                  r"Even|Only|Also)\s+(?=[A-Z])")
_LEADING_SUBORDINATOR = re.compile(r"^(?:although|though|whereas|while|because|even as|even though)\s+(?=\S)")
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "gen", "sen", "rep", "gov"))
_ROLE_ACRONYMS = frozenset(("ceo", "cfo", "coo", "cto", "md", "mp", "mep", "gp", "dj", "pm", "vp", "ag", "da"))
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,6}")
_PARTY = re.compile(r"^[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?$")
_LOCATED_RE = re.compile(r"(?:(?:a|an|the|one|two|three|several)\s+)?([a-z]+)\s+((?:on|inside|near|outside)\s+(?:the\s+)?"
                         r"[\w’'-]*(?:\s+[\w’'-]+){0,3}\s[a-z][\w’'-]*)$", re.I)
_INSIDE_RE = re.compile(r"(?:a|an|one)\s+([a-z]+)\s+in\s+(?:the|a|an|his|her|their|its)\s+[^,;:]{1,40}$", re.I)
_PART_OF_RE = re.compile(r"(?:one|some|two|three|four|several|many|most|all|both|each)\s+of\s+", re.I)
_PLACED_RE = re.compile(r"(?:[Oo]ne|[Aa]n?)\s+([a-z][\w-]*)\s+(?:in|from|at|on)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")


def is_role_phrase(phrase: str) -> bool:
    tokens = phrase.split()
    if 1 < len(tokens) <= 16 and re.match(r"^[A-Z][\w.&-]*(?:’s|'s|s’|s')?$", tokens[0]) and any(
            (t.lower() in _TITLES or is_role_token(t)) and t[:1].islower() for t in tokens[1:4]):
        return True                                            # "Edmunds' executive director"
    if 1 < len(tokens) <= 16 and re.match(r"^[A-Z][\w.&-]*(?:’s|'s|s’|s')$", tokens[0]) and all(
            re.fullmatch(r"[a-z][a-z-]*", t) for t in tokens[1:]):
        return True                                            # "Pyongyang's only ally"
    if len(tokens) > 2 and (_is_title_token(tokens[0]) or tokens[0].lower() in _ROLE_ACRONYMS) and tokens[1] in ("for", "of", "at", "in"):
        return True                                            # 'MP for Henley-on-Thames'
    return 0 < len(tokens) <= 24 and (tokens[0][:1].islower() or tokens[0].lower() in _ROLE_OPENERS) \
        and tokens[0].lower() not in _PREPOSITIONS and tokens[0].lower() not in _NOT_ROLE_OPENERS  # 'for his part'


_NOT_ROLE_OPENERS = frozenset(("who", "whom", "whose", "which", "that", "was", "is", "were", "are", "has", "have",
                               "had", "will", "would", "can", "could", "may", "might", "should", "must", "did",
                               "does", "said", "says", "adding", "saying", "noting", "according", "and", "but",
                               "as", "while", "when", "where", "because", "if", "though", "although", "so"))


def parse_apposition(parts: list[str]) -> SpeakerRef | None:
    """Two comma parts naming one speaker: 'Will Moy, chief executive of Full Fact'."""
    first, second = (p.strip() for p in parts[-2:])
    if _PLACE_END.search(first) and re.fullmatch(r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?", second):
        return None                                        # 'Mary Horomanski from Erie, Pennsylvania': a place
    a = parse_noun_phrase(first)
    if a and a.kind == "person" and _PARTY.match(second):
        return replace(a, title=a.title)                   # 'Sen. Ted Cruz, R-Texas,'
    b = parse_noun_phrase(second)
    indefinite = re.match(r"(?:a|an)\s", second)          # 'Devin Nunes, a California Republican': not a name
    if b and b.kind == "person" and not indefinite and len(second.split()) <= 4 and not first.lower().startswith(
            ("on ", "in ", "at ", "after ", "during ", "but ", "and ")) and (a or is_role_phrase(first)
                                                                            or len(first.split()) <= 6):
        title = b.title or (strip_determiner(first) if is_role_phrase(first) or a else None)
        org = strip_determiner(first).split(" of ")[0].lower() in _ORG_HEADS and first[:1].isupper()
        return replace(b, title=title, kind="org" if org and len(b.text.split()) > 1 else b.kind)
    tail = second.split()[1:]                              # 'Ellen Brandt, of the Nordic Consumer Council'
    if a and a.kind == "person" and second.split()[0] in ("of", "from", "at") and _is_org_tail(
            [t for t in tail if t.lower() != "the"]):
        return replace(a, title=a.title or strip_determiner(" ".join(tail)))
    if a and a.kind in ("person", "org") and is_role_phrase(second):
        role = second[_PART_OF_RE.match(second).end():] if _PART_OF_RE.match(second) else second
        return replace(a, title=a.title or strip_determiner(role))
    return None
