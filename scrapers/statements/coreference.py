"""Who a pronoun or description refers to, and the fullest name of a speaker.

``SpeakerBook`` keeps the speakers resolved so far in one article. Pronouns
("he", "she", "it", "they") and definite descriptions ("the 56-year-old",
"the minister", "the company") take the nearest earlier speaker of a fitting
kind; names are widened to their fullest mention in the article text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from scrapers.statements import lexicon, names, phrases, places
from scrapers.statements.descriptions import find_described, possessor_of
from scrapers.statements.frames import mask_quotes
from scrapers.statements.fullnames import expand_name, expand_org
from scrapers.statements.salience import (document_issuer, introduced_person, plural_owner, subject_mention,
                                          subject_org)
from scrapers.statements.slots import find_sentence_subject
from scrapers.statements.speakers import (SpeakerRef, _is_name_token, _is_title_token, is_role_token,
                                         is_org_name, is_people_noun, parse_noun_phrase)

_ORG_ANAPHORS = frozenset(lexicon.ORG_ANAPHORS)
_DOCUMENTS = frozenset(lexicon.DOCUMENT_NOUNS)
_GENERIC_ORG = frozenset(lexicon.GENERIC_ORG_ANAPHORS)
_NOUNS = frozenset(lexicon.SPEAKER_NOUNS)
_ANONYMOUS = frozenset(lexicon.ANONYMOUS_HEADS)
_UNNAMED_PERSONS = frozenset(lexicon.UNNAMED_PERSON_HEADS)
_PLACES = places.SPEAKING_PLACES
_ROLE_MODS = frozenset(lexicon.ROLE_MODIFIERS)
_GERUND = re.compile(r"[A-Z][a-z]+ing\s+(?:to|at|on|in|with|about|after|from|for|the|a|an)\b")
_PLACE_PREP = re.compile(r"\b(?:in|at|from|to|near|of|across|outside)\s+$")
_AGE = re.compile(r"^\d+-year-old$")
_SENTENCE_STOP = re.compile(r"[.!?][”\"’']?\s+(?=[“\"A-Z])")
_PARTY_MEMBERS = frozenset(lexicon.PARTY_MEMBER_NOUNS)
_OWNED_HEADS = frozenset(("campaign", "administration"))
_NOT_OWNERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "presidential",
                         "election", "reelection", "re-election", "said", "but", "and"))
_POSSESSED = re.compile(r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?[’']s\s")
_TITLE_ABBREVIATIONS = {"senator": "Sen", "governor": "Gov", "representative": "Rep", "congressman": "Rep",
                        "congresswoman": "Rep", "general": "Gen", "professor": "Prof", "doctor": "Dr",
                        "lieutenant": "Lt", "sergeant": "Sgt", "captain": "Capt", "commander": "Cmdr"}
_FRONTED = re.compile(r"\s*(?:When|After|Before|As|While|Once|Although|Though|Since)\s+(?P<clause>[^,]{3,200}),")
_PERSON_ROLES = frozenset(("minister", "president", "spokesman", "spokeswoman", "senator",
                           "governor", "mayor", "official", "chancellor", "leader", "chief",
                           "secretary", "ambassador", "director", "executive", "candidate",
                           "nominee", "lawmaker", "general", "chairman", "chairwoman", "judge",
                           "professor", "congressman", "congresswoman", "premier", "man", "woman"))


@dataclass
class Resolved:
    """A speaker after resolution: the name to report and its title."""

    name: str
    kind: str
    title: str | None
    gender: str | None = None


@dataclass
class SpeakerBook:
    """The speakers of one article so far, most recent last."""

    text: str
    history: list[tuple[int, Resolved]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)
    spans: list = field(default_factory=list)                              # quotation spans
    channels: list[tuple[int, str, Resolved]] = field(default_factory=list)  # 'said in a statement'
    _subjects: dict[int, tuple[int, SpeakerRef] | None] = field(default_factory=dict)

    def subjects_between(self, lo: int, hi: int) -> list[tuple[int, SpeakerRef]]:
        """People opening the sentences that start inside (lo, hi), read once each."""
        out = []
        for sentence in self.sentences:
            if lo < sentence[0] < hi:
                if sentence[0] not in self._subjects:
                    self._subjects[sentence[0]] = subject_mention(self.text, sentence, self.spans)
                if self._subjects[sentence[0]]:
                    out.append(self._subjects[sentence[0]])
        return out

    def resolve(self, ref: SpeakerRef, pos: int) -> Resolved | None:
        """Turn a parsed speaker at ``pos`` into a reportable speaker."""
        if ref.kind == "pronoun":
            found = self._antecedent(ref.text, pos)
        elif ref.kind == "description":
            found = self._description_antecedent(ref, pos) or Resolved(ref.text, _description_kind(ref), ref.title)
        else:
            name = expand_name(self.text, ref.text, pos) if ref.kind == "person" else expand_org(self.text, ref.text)
            name = _BASED_IN.sub("", name)                                     # 'Atlanta-based Equifax'
            wanted = _gender_from_title(ref.title) if ref.kind == "person" else None
            if wanted and gender_of(name, None) not in (wanted, None):          # 'Mr. Obama' is not Michelle
                name = expand_name(self.text, ref.text, pos, wanted)
            kind = "org" if ref.kind == "person" and name != ref.text and is_org_name(name.split()) else ref.kind
            gender = gender_of(name, ref.title) if kind == "person" else None      # 'Lumen' -> 'Lumen Technologies'
            found = Resolved(name, kind, ref.title, gender)
        return found

    def remember(self, pos: int, who: Resolved, pronoun: str | None = None, channel: str | None = None) -> None:
        """Record that ``who`` spoke at ``pos`` (with the pronoun used and the channel named, if any)."""
        gender = who.gender or lexicon.PRONOUN_GENDER.get(pronoun or "")
        if gender and who.kind == "person":
            self.genders.setdefault(who.name, gender)
        self.history.append((pos, who))
        if channel and who.name.split()[-1].lower() not in _DOCUMENTS:
            self.channels.append((pos, channel.lower(), who))

    def _channel_issuer(self, head: str, pos: int, reach: int = 3000) -> Resolved | None:
        """'the US military said in a statement' then 'the statement said': whoever spoke through it."""
        return next((who for p, channel, who in reversed(self.channels)
                     if p <= pos and pos - p < reach and head in channel.split()), None)

    def last(self, before: int) -> Resolved | None:
        earlier = [r for p, r in self.history if p <= before]
        return earlier[-1] if earlier else None

    def _antecedent(self, pronoun: str, pos: int) -> Resolved | None:
        wanted = {"he": ("person", "description"), "she": ("person", "description"), "it": ("org", "description"),
                  "they": ("org", "description", "person")}.get(pronoun)
        if not wanted:
            return None
        gender = lexicon.PRONOUN_GENDER.get(pronoun)
        fronted = self._fronted_clause_person(pos, gender) if gender else None
        if fronted:
            return fronted
        introduced = self._introduced(pos, gender) if gender else None
        if introduced:
            return introduced
        for p, who in self._candidates(pos, gender):
            if who.kind not in wanted and not (pronoun == "it" and _may_be_org(who, self.genders)):
                continue
            if who.kind == "description" and gender and not (_is_person_noun(who.name, gender) and re.match(
                    r"(?:a|an|one)\s", self.text[p:p + 4], re.I)):
                continue                                  # 'A fisherman ... said'; then '..., he said'
            if pronoun == "they" and who.kind == "person" and " and " not in who.name:
                continue
            if pronoun == "it" and who.kind == "description" and who.name.split()[-1].lower() not in _ORG_ANAPHORS:
                continue
            known = self.genders.get(who.name)
            if gender and known and known != gender:
                continue
            return who
        if pronoun == "they":                             # 'Big Machine have denied it.' then '"...," they said'
            found = subject_org(self.text, pos)
            return Resolved(found, "org", None) if found else self._org_subject_before(pos, plural=True)
        if pronoun == "it":
            return self._org_subject_before(pos)
        return self._nearest_mention(pronoun, pos) or (self._described_subject(pos, gender) if gender else None)

    def _org_subject_before(self, pos: int, plural: bool = False) -> Resolved | None:
        """No earlier speaker for 'it': the organisation opening the sentence before ('Apple reported a loss.
        It said ...', 'The company reported a loss. It said ...'); for 'they' also people in the plural
        ('Officials from the EU met. They said ...')."""
        before = [s for s in self.sentences if s[1] <= pos]
        if not before or before[-1][2] != next((s[2] for s in self.sentences if s[0] <= pos < s[1]), None):
            return None                                   # the sentence right before, in the same paragraph
        start, end, _ = before[-1]
        found = find_sentence_subject(mask_quotes(self.text, start, end, self.spans))
        ref = found[0] if found else None
        if plural:                                        # 'Officials from the EU met. They said ...'
            head = ref.text.split()[0].lower() if ref and ref.kind in ("description", "person") else ""
            if head.endswith("s") and (head in _NOUNS or is_people_noun(head)):
                return self.resolve(SpeakerRef(ref.text, "description", ref.title), start + found[1])
            return None
        if ref and ref.kind == "person" and not ref.title and (is_org_name(ref.text.split()) or " " not in ref.text
                                                               and ref.text.lower() not in names.GIVEN_NAMES
                                                               and ref.text.lower() not in _NOUNS):
            ref = SpeakerRef(ref.text, "org")             # 'Apple reported a loss.': no person is 'it'
        if ref is None or not (ref.kind == "org" or ref.kind == "description"
                               and ref.text.split()[-1].lower() in _ORG_ANAPHORS):
            return None
        return self.resolve(ref, start + found[1])

    def _described_subject(self, pos: int, gender: str) -> Resolved | None:
        """'The minister was defiant. "...," he told reporters.': nobody named, so the role opening the
        sentence before (resolved if it can be, else the role itself)."""
        current = next((k for k, s in enumerate(self.sentences) if s[0] <= pos < s[1]), None)
        if not current:
            return None
        start, end, _ = self.sentences[current - 1]
        m = _ROLE_SUBJECT.match(self.text, start, end)
        if not m or not _is_person_noun(m.group(1), gender):
            return None
        ref = SpeakerRef(m.group(1), "description")
        return self._description_antecedent(ref, start) or Resolved(m.group(1), "description", None, gender)

    def _fronted_clause_person(self, pos: int, gender: str) -> Resolved | None:
        """'When Afghan President Ashraf Ghani first announced it, he said ...': the person named in a
        clause fronted before the pronoun of the same sentence."""
        start = next((s[0] for s in self.sentences if s[0] <= pos < s[1]), None)
        head = self.text[start:pos] if start is not None else ""
        m = _FRONTED.match(head)
        if not m or not head.rstrip().endswith(","):
            return None
        found = re.match(r"(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,6}[A-Z][\w’'\-]+", m.group("clause"))
        if found:                                         # the clause's own subject
            ref = parse_noun_phrase(found.group())
            if ref and ref.kind == "person":
                name = expand_name(self.text, ref.text)
                known = self.genders.get(name) or gender_of(name, ref.title)
                if known in (gender, None):
                    return Resolved(name, "person", ref.title, known or gender)
        return None

    def _introduced(self, pos: int, gender: str) -> Resolved | None:
        """'Their campaign was led by Graham Pike.' then '"...," he said.': Pike, not the last speaker."""
        found = introduced_person(self.text, self.spans, [p for p, _ in self.history], pos, parse_noun_phrase)
        if not found:
            return None
        subjects = [ref for _, ref in self.subjects_between(found[0] - 1, found[1])]
        for k, ref in enumerate(subjects[::-1] + [SpeakerRef(m, "person") for m in found[2]]):   # subjects first
            name = expand_name(self.text, ref.text)
            if is_org_name(name.split()):
                continue                                  # 'Since 2012, Microsoft assessed': Microsoft Corp is no 'he'
            known = self.genders.get(name) or gender_of(name, None) or gender_of(" ".join(name.split()[-2:]), None)
            if (known or (gender if ref.title and " " in name else None)) == gender:  # 'Their goal defence, Keisha
                return Resolved(name, "person", None, gender)                          # Brown' may be either
            if k < len(subjects) and known is None and " " in name and all(_is_name_token(t) for t in name.split()):
                return Resolved(name, "person", None, None)   # 'Melzer has now beaten Agassi': the subject
        return None

    def _latest_person(self, pos: int) -> Resolved | None:
        """The person who spoke last or, if later, the person opening a sentence since then."""
        spoke = [(p, who) for p, who in self.history if p <= pos and who.kind == "person"]
        after = spoke[-1][0] if spoke else -1
        opened = [(p, ref) for p, ref in self.subjects_between(max(after, pos - 1500), pos) if p < pos]
        if opened:
            name = expand_name(self.text, opened[-1][1].text)
            return Resolved(name, "person", opened[-1][1].title, gender_of(name, opened[-1][1].title))
        return spoke[-1][1] if spoke else None

    def _candidates(self, pos: int, gender: str | None) -> list[tuple[int, Resolved]]:
        """Earlier speakers and, for 'he'/'she', people of that gender opening a sentence; latest first."""
        found = [(p, who) for p, who in self.history if p <= pos]
        if gender:
            people = [p for p, who in found if who.kind != "org"]     # an organisation speaking is no 'he'
            after = people[-1] if people else -1
            # 'The North is likely to ..., he said': a closing frame's pronoun is never its own sentence's
            # subject ('X agreed ..., but he said' is X, though)
            closing = self.text[max(0, pos - 3):pos].rstrip().endswith((",", "”", '"', "’"))
            own = next((s[0] for s in self.sentences if s[0] <= pos < s[1]), None) if closing else None
            for p, ref in self.subjects_between(max(after, pos - 1500), pos):
                if p < pos and p != own:
                    name = expand_name(self.text, ref.text)
                    known = self.genders.get(name) or gender_of(name, ref.title)
                    if is_org_name(name.split()):
                        continue                          # 'Since 2012, Microsoft assessed': Microsoft Corp is no 'he'
                    if known == gender or (known is None and " " in name):    # 'Zhao Wenli ... Zhao smiled.'
                        found.append((p, Resolved(name, "person", ref.title, known)))
        return sorted(found, key=lambda x: x[0], reverse=True)

    def _nearest_mention(self, pronoun: str, pos: int) -> Resolved | None:
        """No earlier speaker: take the last capitalised name before ``pos``."""
        if pronoun not in ("he", "she"):
            return None
        window = self.text[max(0, pos - 600):pos]
        names = list(re.finditer(r"(?:[A-Z][\w’'\-]+\s){0,2}[A-Z][\w’'\-]+", window))
        quoted = [(s.open_at - max(0, pos - 600), s.close_end - max(0, pos - 600)) for s in self.spans
                  if s.close_end > pos - 600 and s.open_at < pos]
        last = next((m for m in reversed(names) if not any(a <= m.start() < b for a, b in quoted)), None)
        opener = max(window.rfind(". ", 0, last.start()), window.rfind("\n", 0, last.start())) if last else -1
        subject = next((m for m in names if last and opener >= 0 and m.start() == opener + 2 - (window[opener] == "\n")
                        and m is not last), None)
        if subject and re.search(r"\b(?:has|have|had|is|was|were|are|will|would|[a-z]+ed)\s+(?:[a-z]+\s+){0,2}$",
                                 window[subject.end():last.start()]):
            names = [n for n in names if n is not last]      # 'Melzer has now beaten Agassi': the subject, not the object
        for m in reversed(names):
            if any(a <= m.start() < b for a, b in quoted) or _GERUND.match(self.text, max(0, pos - 600) + m.start()) \
                    or (" " not in m.group() and _PLACE_PREP.search(self.text, 0, max(0, pos - 600) + m.start())):
                continue
            toks = m.group().split()
            while toks and not _is_name_token(toks[0]) or (toks and _is_title_token(toks[0])):
                toks = toks[1:]
            if toks and len(toks[-1]) > 2 and _is_name_token(toks[-1]) and not is_org_name(toks) \
                    and " ".join(toks) not in _PLACES:
                name = expand_name(self.text, " ".join(toks))
                if " " not in name and not gender_of(name, None) and not re.search(
                        r"\b(?:Mr|Mrs|Ms|Dr|President|Sen|Senator|Gov|Governor|Rep|Prime Minister|Chancellor)\.?\s+"
                        + re.escape(name) + r"\b|(?:^|[.!?]\s+|\n)" + re.escape(name) + r"\s+[a-z]", self.text):
                    continue                              # 'Facebook data scientist': never a person opening a sentence
                titled = _GENDER_TITLE_BEFORE.search(window, 0, m.start() + len(m.group()) - len(" ".join(toks)))
                known = self.genders.get(name) or gender_of(name, titled.group(1) if titled else None)
                if known and known != lexicon.PRONOUN_GENDER.get(pronoun):
                    continue                              # 'Ms. Clinton criticized Mr. Trump. “…,” she said.'
                return Resolved(name, "person", None, known)
        return None

    def _description_antecedent(self, ref: SpeakerRef, pos: int) -> Resolved | None:
        owner = possessor_of(f"{ref.title or ''} {ref.text}")
        if owner:                                         # "Solberg's paper argues"
            named = parse_noun_phrase(owner)
            return self.resolve(named, pos) if named and named.kind != "description" else None
        publisher = _publisher_of(ref)
        if publisher:                                     # 'A Wall Street Journal report says': the paper speaks
            return self.resolve(publisher, pos)
        words = ref.text.lower().split()
        if not words or (ref.title and not ref.title.endswith(("’s", "'s")) and len(ref.title.split()) > 2):
            if words and words[-1].startswith("spokes") and re.match(r"an?\s", self.text[pos:pos + 3], re.I):
                return self._named_next(pos, words[-1])   # 'A spokesman for Afghanistan's Defence Ministry claims
            return None                                   # ...' named next; 'the GOP nominee' goes on
        head, mods = words[-1], words[:-1]
        plain = all(w.islower() or any(c.isdigit() for c in w) for w in mods) and len(mods) <= 2   # '172-page'
        issuer = document_issuer(self.text, head, pos, parse_noun_phrase) if head in _DOCUMENTS and plain else None
        if issuer is None and head in _DOCUMENTS and plain and re.match(r"an?\s", self.text[pos:pos + 3], re.I):
            issuer = document_issuer(self.text, head, pos, parse_noun_phrase, ahead=True)   # 'A new report suggests'
        spoken = None if issuer else self._channel_issuer(head, pos, 8000) if head in _DOCUMENTS and plain else None
        if issuer:                                        # 'the report said': whoever published it
            spoken = Resolved(expand_name(self.text, issuer[0]) if issuer[1] == "person" else issuer[0], issuer[1], None)
        if spoken:                                        # and the same, pages on ('the lawsuit states')
            self.channels.append((pos, head, spoken))
            return spoken
        named = self._named_document(head, pos) if head in _DOCUMENTS and not mods else None
        if named:                                         # 'a Times article hailed ...' then 'the article read'
            return named
        owner = plural_owner(self.text, pos, _NOUNS) if head in _DOCUMENTS and self.text[pos:pos + 6].lower() == "their " else None
        if owner:                                         # 'Inspectors ... found ... Their report said'
            return Resolved(owner, "description", None)
        if head in _OWNED_HEADS and not mods:
            owned = self._owned_org(head, pos)
            if owned:
                return owned
        if head in _ORG_ANAPHORS and not mods:
            generic = head in _GENERIC_ORG                # 'the union' is only ever a union
            return (self._spoken_org(head, pos) or self._named_org(head, pos) or self._described(head, pos, "org")
                    or (self._org_antecedent(pos) if generic else self._last_org_speaker(pos))
                    or self._org_mention(pos, generic, wide=True)
                    or (self._brand(pos) if generic else None))
        if head in _ORG_ANAPHORS and mods and ref.text[:1].isupper():
            return None                                   # 'the Chinese embassy', 'French foreign ministry': as written
        if head in _ORG_ANAPHORS and len(mods) <= 2 and all(w.isalpha() for w in mods):
            return (self._named_org(head, pos) or self._org_mention(pos)      # 'the software maker'
                    or (self._brand(pos) if head in _GENERIC_ORG else None))
        if head in _PAIR_HEADS and self.text[pos:pos + 4].lower() == "the ":
            pair = self._named_pair(pos)                  # 'Pam Adkins and Mary Kay Plass ...' then 'the owners'
            if pair:
                return pair
        if any(_AGE.match(w) for w in words) or (head in _PARTY_MEMBERS and 1 <= len(mods) <= 2
                                                 and self.text[pos:pos + 4].lower() == "the "):
            return self._latest_person(pos)               # 'the 56-year-old', 'the Arizona Republican'

        named = _NAMED_AS.findall(self.text, max(0, pos - 1500), pos) if head in _ANONYMOUS and not mods else []
        named = [n.strip() for h, n in named if h.lower() == head]
        if named:                                         # 'a man known as Nick, told ...' then 'the man said'
            return Resolved(named[-1], "person", None, gender_of(named[-1], None))
        if head in _UNNAMED_PERSONS and not mods and self.text[pos:pos + 4].lower() == "the ":
            unnamed = self._last_unnamed(pos)             # 'said a western diplomat ...' then 'the source said'
            if unnamed:
                return unnamed
        plural = head.endswith("s") and not head.endswith("ss")           # 'the actress', 'the boss' are one
        if not is_role_token(head) or head in _ANONYMOUS or plural or len(mods) > 3 or not all(
                w in _ROLE_MODS or (w.isalpha() and w.islower()) for w in mods):
            return None
        possessed = _POSSESSED.match(self.text, pos)      # "Obama's former campaign strategist said"
        definite = self.text[pos:pos + 6].lower().startswith(("the ", "his ", "her ", "their ")) or bool(
            re.search(r"\bthe\s[^,.;:]*\band\s+$", self.text[max(0, pos - 80):pos], re.I))   # 'the former X and current Y'
        if not definite and not possessed:               # 'a doctor' is nobody named, unless the next
            return self._named_next(pos, head) if re.match(r"an?\s", self.text[pos:pos + 3], re.I) or (
                self._is_lede(pos) and _OWNER_LEAD.search(self.text, max(0, pos - 60), pos)) \
                else None                                 # sentence names (a spokesman only as 'spokesman X');
                                                          # "Mexico's economy minister said" in a lede
        for p, who in reversed(self.history):
            if p <= pos and who.kind == "person" and re.search(r"\b" + re.escape(head) + r"\b(?!-)", (who.title or "").lower()):
                return who                                # not 'President-elect' for 'the president'
            if p <= pos and who.kind == "description" and (
                    (who.name.split()[0] == head and " " in who.name) or (who.name.split()[-1] == head and pos - p < 1500)):
                return who                                # 'A doctor on the scene told ...' then 'the doctor said'

        found = (self._title_holder(head, pos) or self._described(head, pos, "person")
                 or self._abbreviated_title(head, pos))
        if found or (_is_title_token(head) and not possessed and not definite) or not (definite or possessed):
            return found                                  # 'the president' is whoever holds that title
        if re.match(r"(?:his|her|their)\s", self.text[pos:pos + 6], re.I):
            return self._named_later(head, pos)          # 'his agent said' is not he: 'agent Ken McReddie' below
        introduces = re.match(r"(?:the|his|her|their)\s+(?:[\w’'.-]+\s+){0,5}?(?:who|whom)\b", self.text[pos:pos + 80], re.I)
        return self._recent_person(pos, subjects=not introduces) or (self._latest_person(pos) if possessed else None) \
            or (self._named_next(pos, head) if not possessed and self._is_lede(pos) else None)   # a lede's 'the minister'

    def _named_later(self, head: str, pos: int) -> Resolved | None:
        """The person named with this role in the next few sentences ('..., his agent said. ..., agent Ken
        McReddie said')."""
        m = re.search(r"\b" + re.escape(head) + r",?\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)", self.text[pos + 5:pos + 500])
        named = parse_noun_phrase(m.group(1)) if m else None
        if named and named.kind == "person":
            return Resolved(expand_name(self.text, named.text), "person", None, gender_of(named.text, None))
        return None

    def _named_next(self, pos: int, head: str) -> Resolved | None:
        """'A leading Adelaide microbiologist says ... . Associate Professor John Turnidge, ..., says ...':
        the wire lede's description is the person who opens the next sentence and speaks in it, or who signs
        the quotation opening it. Before any other statement of the story the description may also follow a
        possessive ("Mexico's economy minister said") or sign its sentence ('A, the trade secretary has said.'),
        and the next sentence may open a new paragraph."""
        current = next((k for k, s in enumerate(self.sentences) if s[0] <= pos < s[1]), None)
        lead = self.text[self.sentences[current][0]:pos] if current is not None else ""
        signs = current is not None and self._is_lede(pos) and _SIGNING_TAIL.match(self.text, pos, self.sentences[current][1])
        if current is None or current + 1 >= len(self.sentences) or lead.strip() and not _OWNER_LEAD.fullmatch(lead) \
                and not signs:
            return None                                   # the description opens its sentence, as a lede's does, or
                                                          # signs it ('A, the trade secretary has said.')
        start, end, para = self.sentences[current + 1]
        if para != self.sentences[current][2] and not self._is_lede(pos):
            return None                                   # the lede may stand alone in its paragraph
        found = self.subjects_between(start - 1, start + 1) or self._signer(start, end)
        if not found or not (_SPEECH.search(self.text, start, end) or current == 0):
            return None                                   # the story's first sentence: its lede introduces
                                                          # the person named next ('Richard Romaszko was rafting')
        if head.startswith("spokes") and head not in (found[0][1].title or "").lower():
            return None                                   # 'a spokesman ...' then 'Defence Ministry spokesman X'
        if not re.match(r"an?\s", self.text[pos:pos + 3], re.I) and " " not in found[0][1].text:
            return None                                   # a definite lede names in full: not 'The Clinton campaign'
        name = expand_name(self.text, found[0][1].text)
        return Resolved(name, "person", found[0][1].title, gender_of(name, found[0][1].title)) if " " in name else None

    def _is_lede(self, pos: int) -> bool:
        """No statement has been read before ``pos``."""
        return not any(p < pos for p, _ in self.history)

    def _signer(self, start: int, end: int) -> list[tuple[int, SpeakerRef]]:
        """'“We will not accept any quota,” Ildefonso Guajardo told Televisa.': the person who signs the
        quotation that opens a sentence."""
        m = _SIGNED_QUOTE.match(self.text, start, end)
        ref = parse_noun_phrase(m.group(1)) if m else None
        return [(m.start(1), ref)] if ref and ref.kind == "person" else []

    def _named_pair(self, pos: int) -> Resolved | None:
        """The last people named together ('A and B', 'A, B and C') within the last 1,500 characters."""
        lo = max(0, pos - 1500)
        for m in reversed(list(_PAIR.finditer(self.text, lo, pos))):
            refs = [parse_noun_phrase(n) for n in re.split(r",[ \u00a0]", m.group(1))] + [parse_noun_phrase(m.group(2))]
            if all(r and r.kind == "person" and " " in r.text for r in refs):
                names = [r.text for r in refs]
                return Resolved(", ".join(names[:-1]) + " and " + names[-1], "person", None)
        return None

    def _recent_person(self, pos: int, subjects: bool = True) -> Resolved | None:
        """'the striker said' with no introduction: the person who spoke just before, or who opened a
        sentence since then ('Trump, appearing after Clinton, cited ...' then 'the businessman said'),
        in the same or the last paragraph."""
        earlier = [(p, who) for p, who in self.history if p <= pos]
        after = earlier[-1][0] if earlier else -1
        opened = [(p, ref) for p, ref in self.subjects_between(max(after, pos - 700), pos) if p < pos] if subjects else []
        if opened and self.text.count("\n\n", opened[-1][0], pos) <= 1:
            name = expand_name(self.text, opened[-1][1].text)
            return Resolved(name, "person", opened[-1][1].title, gender_of(name, opened[-1][1].title))
        last = self._last_speaker_near(pos)
        return last if last and last.kind == "person" else None

    def _described(self, head: str, pos: int, kind: str) -> Resolved | None:
        found = find_described(self.text, head, pos, parse_noun_phrase)
        if not found or (kind == "person" and found[1] != "person") or (kind == "org" and " " in found[0]
                                                                       and found[1] == "person"):
            return None                                   # 'the council, Mark Hughes' is not the council
        name = expand_name(self.text, found[0]) if kind == "person" else found[0]
        return Resolved(name, kind, found[2], gender_of(name, found[2]) if kind == "person" else None)

    def _title_holder(self, head: str, pos: int) -> Resolved | None:
        """'the president' -> the person most often written 'President X' before ``pos`` (Obama, not the one
        'President George W Bush' named last)."""
        if not _is_title_token(head) or " " in head:
            return None
        holders = Counter()
        for m in re.finditer(r"\b" + re.escape(head.capitalize()) + r"\s+((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)",
                             self.text[:pos]):
            ref = parse_noun_phrase(m.group(1))
            if ref and ref.kind == "person":
                holders[expand_name(self.text, ref.text)] += 1
        if len(holders) < 2:
            return None                                   # one holder: the nearest introduction says the same
        name, count = holders.most_common(1)[0]
        return Resolved(name, "person", None, gender_of(name, None)) if count >= 2 else None

    def _named_document(self, head: str, pos: int) -> Resolved | None:
        """'the article' -> 'New York Times' when the article was introduced as 'a Times article'."""
        found = list(re.finditer(r"\b(?:a|an|the|A|An|The)\s+((?:[A-Z][\w’'.&-]+\s+){1,4})" + head + r"\b",
                                 self.text[max(0, pos - 3000):pos]))
        if not found:
            return None
        name = found[-1].group(1).strip()
        return Resolved(expand_org(self.text, name) if " " not in name else name, "org", None)

    def _owned_org(self, head: str, pos: int) -> Resolved | None:
        """'the campaign' -> 'Trump campaign': the last 'NAME campaign' written before ``pos``."""
        owners = list(re.finditer(r"\b([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)[’']?s?\s+" + head + r"\b",
                                  self.text[max(0, pos - 3000):pos]))
        for m in reversed(owners):
            owner = re.sub(r"^(?:The|A|An|This)\s+", "", m.group(1))
            if owner.split()[0].lower() not in _NOT_OWNERS:
                return Resolved(f"{owner} {head}", "org", None)
        return None

    def _abbreviated_title(self, head: str, pos: int) -> Resolved | None:
        """'the senator' -> the person last written 'Sen. Bernie Sanders' before ``pos``."""
        short = _TITLE_ABBREVIATIONS.get(head)
        if not short:
            return None
        found = list(re.finditer(r"\b" + short + r"\.?\s+((?:[A-Z][\w’'-]+\s+|[A-Z]\.\s+){0,2}[A-Z][\w’'-]+)",   # 'Rep. Elijah E. Cummings'
                                 self.text[max(0, pos - 4000):pos]))
        if not found:
            return None
        name = expand_name(self.text, found[-1].group(1), pos)
        return Resolved(name, "person", None, gender_of(name, None))

    def _named_org(self, head: str, pos: int) -> Resolved | None:
        """'the trust' -> the nearest earlier 'Kestrel Bay Heritage Trust' in the text."""
        pattern = r"\b((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|on)\s+)*){1,6})" + head.capitalize() + r"\b"
        found = list(re.finditer(pattern, self.text[:pos]))
        of_name = list(re.finditer(head.capitalize() + r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*",
                                   self.text[max(0, pos - 3000):pos]))
        for m in reversed(found):
            words = m.group(1).split()
            while words and (words[0].lower() in ("the", "of", "for", "and", "on") or not _is_name_token(words[0])):
                words = words[1:]
            if words:
                return Resolved(" ".join(words + [head.capitalize()]), "org", None)
        if of_name:                                       # 'the university' -> 'University of Kestrel'
            return Resolved(of_name[-1].group(), "org", None)   # 'the department' -> 'Department of ... and Trade'
        return None

    def _paragraph_start(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` starts; in text without line breaks nearby (a feed's one-line
        story), the sentence before the one holding ``pos``."""
        lo = max(0, pos - 1500)
        line = self.text.rfind("\n", lo, pos)
        if line >= 0 and pos - line <= 600:
            return line
        stops = [m.end() for m in _SENTENCE_STOP.finditer(self.text, max(lo, line), pos)]
        return stops[-2] if len(stops) >= 2 else max(lo, line, pos - 600)

    def _org_mention(self, pos: int, generic: bool = True, wide: bool = False) -> Resolved | None:
        """No organisation spoke yet: the nearest organisation name before ``pos`` ('Shares in Corvane Systems');
        ``wide``: also in the paragraphs before ('the union wrote' after 'the Association of Flight Attendants')."""
        named = self._org_name_before(pos, wide)
        if named:
            return named[1]
        found = subject_org(self.text, pos) if generic else None     # 'Skylark Mobility is recalling ...'
        return Resolved(found, "org", None) if found else None

    def _org_name_before(self, pos: int, wide: bool = False, unquoted: bool = False) -> tuple[int, Resolved] | None:
        """The nearest organisation name before ``pos`` in this paragraph (``wide``: or 1,500 characters back;
        ``unquoted``: outside quotations), with where it stands."""
        paragraph = self._paragraph_start(pos)
        for lo in (paragraph, max(0, pos - 1500)) if wide else (paragraph,):
            runs = list(re.finditer(r"[A-Z][\w’'&.-]*(?:[ \u00a0]+(?:of|for|and|the|on)?[ \u00a0]*[A-Z][\w’'&.-]*)*",
                                    self.text[lo:pos]))
            for m in reversed(runs):
                words = m.group().split()
                if len(words) > 1 and is_org_name(words) and not (unquoted and any(
                        sp.open_at <= lo + m.start() < sp.close_end for sp in self.spans)):
                    return lo + m.start(), Resolved(m.group(), "org", None)
        return None

    def _spoken_org(self, head: str, pos: int) -> Resolved | None:
        """'the ministry' after 'The regional health ministry said': the last organisation so named."""
        return next((who for p, who in reversed(self.history) if p <= pos and who.kind == "org"
                     and head in who.name.lower().split()), None)

    def _brand(self, pos: int) -> Resolved | None:
        """'the company' when no organisation is named in full: the one-word name the article repeats most
        before ``pos`` that is nobody's name, title, place or calendar word ('Toblerone', 'Volkswagen'), or a
        name written in camel case ('WeWork') even once."""
        people = {t for _, who in self.history if who.kind == "person" for t in who.name.split()}
        counts: Counter = Counter()
        inside: set = set()
        for m in _ONE_WORD_NAME.finditer(self.text, 0, pos):
            word = m.group(1)
            if word.lower() in _NOT_BRANDS or word in people or _is_title_token(word):
                continue
            counts[word] += 1
            before = self.text[max(0, m.start() - 3):m.start()].rstrip(" \u00a0")
            if before and before[-1] not in ".!?\n":
                inside.add(word)                          # written inside a sentence, not just opening one
        found = [(n, w) for w, n in counts.items() if (n >= 2 or _CAMEL_CASE.fullmatch(w)) and w in inside]
        return Resolved(max(found)[1], "org", None) if found else None

    def _last_speaker_near(self, pos: int) -> Resolved | None:
        """Whoever spoke last before ``pos``, if that was in this paragraph or the one before (700 characters)."""
        earlier = [(p, who) for p, who in self.history if p <= pos]
        if earlier and pos - earlier[-1][0] < 700 and self.text.count("\n\n", earlier[-1][0], pos) <= 1:
            return earlier[-1][1]
        return None

    def _last_unnamed(self, pos: int) -> Resolved | None:
        """The unnamed person (one, not a group) who spoke just before."""
        who = self._last_speaker_near(pos)
        last = who.name.split()[-1] if who else ""
        return who if who and who.kind == "description" and not (last.endswith("s") and not last.endswith("ss")) \
            else None

    def _last_org_speaker(self, pos: int) -> Resolved | None:
        """'the brokerage said' right after 'said Kotak Institutional Equities': the organisation that spoke just
        before (not a country: 'South Africa said' then 'the military said')."""
        who = self._last_speaker_near(pos)
        return who if who and who.kind == "org" and who.name not in _PLACES else None

    def _org_antecedent(self, pos: int) -> Resolved | None:
        """'the company', 'the group': the last organisation that spoke (or a one-word name), unless an
        organisation is named after it, nearby ('... and the Correspondents’ Association seemed unmoved.')."""
        named = self._org_name_before(pos, wide=True, unquoted=True)
        for p, who in reversed(self.history):
            if p <= pos and (who.kind == "org" or (who.kind == "person" and " " not in who.name
                                                   and not who.gender and not who.title)):   # not 'Mr. Trump'
                return named[1] if named and named[0] > p and named[1].name != who.name else who
        return None


def _publisher_of(ref: SpeakerRef) -> SpeakerRef | None:
    """The name written before a document noun ('a Reuters survey', 'a new Stanford University report'), or None."""
    words = ref.text.split()
    if not words or words[-1].lower() not in _DOCUMENTS:
        return None
    mods = words[:-1]
    while mods and not mods[0][:1].isupper():
        mods = mods[1:]                               # 'new Stanford University' -> 'Stanford University'
    name = " ".join(mods) or ref.title
    if not name or not all(w[:1].isupper() for w in name.split()) or name.endswith(("’s", "'s")) or _is_title_token(name.split()[0]):
        return None                                   # 'the AG’s complaint', 'the President report'
    named = parse_noun_phrase(name)
    return named if named and named.kind in ("person", "org") else None


_ONE_WORD_NAME = re.compile(r"(?<![\w’'.-])(?<![A-Z][\w’'.-] )([A-Z][a-z]+(?:[A-Z][a-z]+)?)(?![\w’'-])(?![ \u00a0]+[A-Z])")
_CAMEL_CASE = re.compile(r"(?!(?:Mc|Mac|De|Le|La|Di|Du|Van|Von)[A-Z])[A-Z][a-z]+[A-Z][a-z]+")   # not 'McCain', 'DeSantis'
_NOT_BRANDS = frozenset([w.lower() for w in phrases.FUNCTION_CAPS] + list(names.GIVEN_NAMES)
                        + [p.lower() for p in places.SPEAKING_PLACES] + list(lexicon.TIME_WORDS))   # titles: _is_title_token


_NAMED_AS = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+([a-z]+),?\s+(?:known as|named|called|identified as|identified only as)\s+"
                       r"((?:[A-Z][\w’'-]+\s?){1,3})")
_ROLE_SUBJECT = re.compile(r"\s*(?:But\s+|And\s+)?[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:was|is|had|has|"
                           r"were|are|remained|seemed|looked|appeared|stood|sat|walked|took|made|refused|declined)\b")
_SPEECH = re.compile(r"\b(?:says|said|told|tells|added|adds|explained|warned|warns)\b")
_PAIR_HEADS = frozenset(("owners", "co-owners", "founders", "co-founders", "partners", "couple", "pair", "duo",
                         "brothers", "sisters", "parents", "senators", "chairmen", "congressmen", "lawmakers",
                         "legislators", "authors", "researchers", "scientists", "lawyers", "attorneys"))
_PERSON_NAME = r"(?:[A-Z][\w’'.-]+[ \u00a0]){1,3}[A-Z][\w’'-]+"
_PAIR = re.compile(r"\b((?:" + _PERSON_NAME + r",[ \u00a0]){0,4}" + _PERSON_NAME + r"),?[ \u00a0]and[ \u00a0](" + _PERSON_NAME + ")")


def _may_be_org(who: Resolved, genders: dict[str, str]) -> bool:
    """'Exxon said ...' then 'It said ...': a one-word name of no known gender or title may be a firm."""
    return (who.kind == "person" and " " not in who.name and not who.title and who.name not in genders
            and gender_of(who.name, None) is None)


def _is_person_noun(noun: str, gender: str) -> bool:
    """'fisherman' may be 'he', 'nurse' either, 'spokeswoman' only 'she'; not 'officials', 'the company'
    or 'a paper'."""
    head = noun.lower().split()[-1] if noun.split() else ""
    if head.endswith("s") or head in _ORG_ANAPHORS or head in _DOCUMENTS or not is_role_token(head):
        return False
    marked = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
    return marked in (None, gender)


def _description_kind(ref: SpeakerRef) -> str:
    """'the regional health ministry' is an organisation even when no name stands for it."""
    head = ref.text.lower().split()[-1] if ref.text.split() else ""
    return "org" if head in _ORG_ANAPHORS and head not in _DOCUMENTS and head != "it" else "description"


_SIGNING_TAIL = re.compile(r"(?:the\s+)?[\w’' -]{1,60}?\s+(?:has\s+|have\s+)?(?:said|says|told\s+[\w ]{1,30}?)[\s.]*$", re.I)
_OWNER_LEAD = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+$")   # "Mexico's " before a role
_SIGNED_QUOTE = re.compile(r"[“\"][^”\"\n]{1,600}[”\"],?\s+((?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'-]+)\s+"
                           r"(?:said|says|told|added|wrote)\b")
_BASED_IN = re.compile(r"^(?:[A-Z][\w.]*[ -]){0,2}[A-Z][\w.]*-based\s+(?=[A-Z])")

def gender_of(name: str, title: str | None) -> str | None:
    """'m' / 'f' from a title (Mr, Ms, Queen) or the given name, else None."""
    by_title = _gender_from_title(title)
    if by_title:
        return by_title
    first = name.split()[0].lower().strip(".") if name.split() else ""
    male, female = first in names.MALE_NAMES, first in names.FEMALE_NAMES
    return "m" if male and not female else "f" if female and not male else None


_GENDER_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Lord|King|Queen|Prince|Princess)\.?\s+$")


def _gender_from_title(title: str | None) -> str | None:
    low = (title or "").lower()
    if re.search(r"\b(mr|sir|king|prince|lord)\b", low):
        return "m"
    if re.search(r"\b(mrs|ms|miss|queen|princess|lady|dame)\b", low):
        return "f"
    return None
