"""Who a definite description names: 'her brother', 'the physician', 'the company'.

The article usually introduces the person or organisation once with the same
noun next to the name ("her brother Jonas Weiss", "The former leader of the
council, Mark Hughes", "Dr. Ruth Abernathy, a family physician", "the
company, Pegel,"). ``find_described`` looks back from a description for the
nearest such introduction; ``possessor_of`` reads "Solberg's paper argues"
as Solberg speaking.
"""

from __future__ import annotations

import re

from scrapers.statements import lexicon

_DOCUMENTS = frozenset(lexicon.DOCUMENT_NOUNS)
_PARTICLE = r"(?:(?:de|van|von|da|del|der|bin|al|le|la|di|du)[ \u00a0])?"
_NAME = r"((?:[A-Z][\w’'.-]*[ \u00a0]" + _PARTICLE + r"){0,3}[A-Z][\w’'-]*)"
_AFTER = re.compile(r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?,?[ \u00a0]+" + _NAME + r"(?=[,;.)])")
_JOINED = re.compile(r"[ \u00a0]+" + _NAME + r"(?=\s+[a-z])")     # 'the company Meridale Health has'
_GENERIC = frozenset(lexicon.GENERIC_ORG_ANAPHORS)
_BEFORE = re.compile(_NAME + r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?P<role>[^,.;:\"“”]{0,50})$")
_LOOKBACK = 4000


def find_described(text: str, head: str, pos: int, parse) -> tuple[str, str, str | None] | None:
    """(name, kind, title) of the nearest earlier introduction of ``head`` beside a name.

    ``parse`` reads a name phrase into a ``SpeakerRef`` (``speakers.parse_noun_phrase``).
    """
    lo = max(0, pos - _LOOKBACK)
    for m in reversed(list(re.finditer(r"\b" + re.escape(head) + r"\b(?!-)", text[lo:pos], re.I))):
        at = lo + m.start()
        titled = m.group()[:1].isupper()                  # 'Former President Bill Clinton' -> 'the former president'
        joined = _JOINED.match(text, lo + m.end(), min(len(text), lo + m.end() + 90))
        if joined and not (head in _GENERIC or titled or len(joined.group(1).split()) >= 2):
            joined = None                                 # 'presidential nominee Hillary Clinton' -> 'the nominee'
        after = _AFTER.match(text, lo + m.end(), min(len(text), lo + m.end() + 90)) or joined
        if after and head not in _DOCUMENTS:
            ref = _named(after.group(1), parse)
            if ref:
                return ref.text, _org_named(head, after, ref.kind), ref.title
        before = _BEFORE.search(text, max(0, at - 140), at + len(head))
        if before:
            ref = _named(before.group(1), parse)
            if ref and ref.kind == "person":
                return ref.text, ref.kind, ref.title or before.group("role").strip()
    return None


def _org_named(head: str, after: re.Match, kind: str) -> str:
    """'the pharmaceutical company Meridale Health': a name right after an organisation noun is one."""
    joined = after.group()[:after.start(1) - after.start()].strip() == ""
    return "org" if kind == "person" and joined and head in _GENERIC else kind


def _named(phrase: str, parse):
    tokens = phrase.split()
    while tokens and tokens[-1].lower() in ("the", "a", "an"):
        tokens.pop()
    ref = parse(" ".join(tokens)) if tokens else None
    return ref if ref and ref.kind in ("person", "org") else None


def possessor_of(phrase: str) -> str | None:
    """'Solberg’s paper' -> 'Solberg'; None unless the head is a document noun."""
    m = re.match(r"^(?:the\s+)?(.+?)[’']s\s+(?:[\w-]+\s+){0,2}(\w+)$", phrase.strip(), re.I)
    if m and m.group(2).lower() in _DOCUMENTS:
        return m.group(1)
    return None
