"""Content clauses: where reported content stops and whether it is a finite clause.

``content_end`` cuts a forward content clause at the sentence end or at an
adjunct that belongs to the frame (", while visiting ...", ", according to",
", but offered no proof", ", but the union warned that ..."); ``is_clause`` and
``has_finite_cue`` judge finiteness without a parser.
"""

from __future__ import annotations

import re

from scrapers.statements import frames, lexicon
from scrapers.statements.frames import MASK

_NONFINITE = frozenset(lexicon.NONFINITE_STARTS)
_FINITE_CUES = frozenset(lexicon.FINITE_CUES)
_SUBJECT_PRONOUNS = frozenset(lexicon.SUBJECT_PRONOUNS)
_ADJUNCT_CUT = re.compile(r",\s+(?:while|as|when)\s+\w+ing\b|(?<=\ue000)\s+(?:while|as|when)\s+\w+ing\b|,\s+according to\b"
                          r"|\s+but\s+(?:he|she|they|it|the\s+\w+)\s+(?:also\s+|later\s+)?(?:said|says|added|noted|warned|"
                          r"did\s+not|didn[’']t|would\s+not|wouldn[’']t|won[’']t|will\s+not|refused|declined|could\s+not|"
                          r"couldn[’']t|gave\s+no|offered\s+no|provided\s+no)\b"   # ', but it didn’t say when'
                          r"|,\s+\w+ly\s+\w+ing\b"
                          r"|,\s+(?:shortly|just|soon|only|hours|days|weeks|months|minutes|moments)\s+(?:after|before)\b"
                          r"|,?\s+and\s+that\s+(?=\ue000)"
                          r"|,\s+(?:a|an)\s+(?:move|step|decision|development|change|measure)\s+(?:that|which)\b"  # ', a move which'
                          r"|,\s+in\s+(?:a|an|separate|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:calls?|interviews?|statements?|"
                          r"speech|letter|conversations?|briefing|press conference)\b"       # ', in separate calls with ...'
                          r"|(?<=\ue000)\s+(?=\ue000)"          # two quotations side by side: the second is not this report's
                          r"|,?\s+and\s+(?:also\s+)?(?:believes|believed|thinks|thought|hopes|hoped|fears|feared|expects|"
                          r"expected)\b(?!\s+(?:to|of|about)\b)"   # '... and believes it will lead to arrests': a thought
                          r"|\s+even\s+as\s+(?=(?:the|a|an|[A-Z])[\w.]*\s)"   # '... pay for themselves even as the CBO estimated'
                          r"|,\s+without\s+\w+ing\b|\s[—–-]\s+but\s"          # ', without providing details'; ' - but the findings'
                          r"|,?\s+but\s+(?:he|she|they)\s+(?:won't|will not|would not|wouldn't|declined|refused|"
                          r"refuses|declines)\b"                  # '... this weekend but he won't reveal when'
                          r"|,\s+citing\b|,\s+however,?\s+(?=[a-z]+\s)"       # ', however consumers called ...'
                          r"|,\s+(?:" + "|".join(lexicon.GLOSS_PARTICIPLES) + r")\s"   # ', giving Tehran a boost': a gloss
                          r"|(?:,|(?<=\ue000))\s+(?:" + "|".join(lexicon.ACT_PARTICIPLES) + r")\b"
                          r"|(?<=[a-z0-9])\s+(?=(?:The|He|She|They|It|We|A|An|This|These|Those|His|Her|Their|Its)\s+[a-z]+\s)"   # '... sharp corner The only woman':
                                                                             # a sentence end lost on a scraped page
                          r"|(?<=\ue000)\s+(?=(?:[A-Z][\w’'.-]*\s+(?:and\s+)?){1,3}(?:has|have|had|was|were|is|are|"
                          r"will|would|[a-z]{3,}ed)\s)"         # "... 'very fine man' Mr Trump has pledged": lost after a quote too
                          r"|—(?=(?:a|an)\s)|[,—–]\s*and\s+according to\b"     # '—a 25-fold increase'; '—and according to X'
                          r"|,\s+while\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:deny|denies|denied|say|says|said|insist|"
                          r"insists|insisted|argue|argues|argued|maintain|maintains|maintained)\b"   # ', while the police deny'

                          r"|,\s+and\s+(?:he|she|they)\s+(?:also\s+)?(?:" + "|".join(lexicon.COORDINATED_VERBS) + r")\b"
                          r"|,\s+(?:[A-Z][\w’'.-]+\s+(?:of\s+|for\s+)?){1,7}(?:also\s+)?(?:noted|said|added|argued|warned|insisted)\b"
                          r"|,?\s+and\s+(?:he|she|they)\s+(?:also\s+)?(?:says|admits|adds|warns|claims|insists|concedes|"
                          r"admitted|conceded)\s+(?:that\s+)?(?=[a-z])"         # '... and he admits that B'"
                          r"|\s+and\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:accused|said|argued|warned|called|insisted|countered|"
                          r"responded|claimed|urged|demanded)\b"
                          r"|,\s+(?:but|and|while|whereas)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:warned|said|argued|"
                          r"countered|insisted|cautioned|noted|complained|claimed|say|warn|argue)\s+that\b"
                          r"|\s+but\s+(?:also\s+|then\s+)?(?:said|says|added|adds|noted|told|warned|insisted|cautioned|"
                          r"predicted|argued|claimed|suggested|maintained|contended|stressed|countered|explained)\b"
                          r"|,?\s+and\s+(?:also\s+)?(?:argue|say|warn|claim|insist|note|add|stress|contend)\s+that\b"
                          r"|\s+and\s+(?:" + "|".join(lexicon.SPEAKER_ACT_FORMS) + r")\s+(?:on|for|the|a|an|his|her|its|their|[A-Z])"
                          r"|(?<=\ue000)\s+and\s+(?=[a-z]{3,}ed\s)"      # '... "a custodial sentence" and granted bail'

                          r"|,?\s+and\s+(?:also\s+)?(?=(?:" + frames.alternation(
                              f for f in frames.VERB_FORMS if f.endswith("ed") or f in lexicon.COORDINATED_SPEECH_FORMS)
                          + r")\b)"
                          r"|(?:,|(?<=\ue000))\s+(?:but|though|although|even as|even though|yet)\s+(?:(?:he|she|they|it|we)\s+)?"
                          r"(?:(?:also|again|still|later|then|repeatedly)\s+)?(?:" + "|".join(lexicon.COORDINATED_VERBS) + r")\b"
                          r"|,\s+(?:but|though|although|even though)\s+(?:he|she|they|it|we)\s+(?:"
                          + frames.alternation(f for f in frames.VERB_FORMS if not f.endswith("ing")) + r")\b")

# '..., while the Australian government said that', '... but so far, the Israeli Government says', '... and
# human rights groups warned that': a conjunction, a subject of its own and a speech verb start a second report.
_SECOND_SPEAKER = re.compile(r"(?:,|(?<=\ue000)|\s[—–-]+)?\s+(?:and|but|while|whereas)\s+(?:so\s+far,?\s+)?"
                             r"(?:(?:the|a|an|his|her|their|its|other|some|many|most)\s+(?:[\w’'-]+\s+){1,3}?"
                             r"|(?:[A-Z][\w’'.-]*\s+){1,4})(?:also\s+|has\s+|have\s+|had\s+)?"
                             r"(?:" + "|".join(lexicon.SECOND_SPEAKER_VERBS) + r")\b"
                             r"|(?:,|(?<=\ue000))?\s+(?:and|but|while|whereas)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+"
                             r"(?:also\s+)?(?:say|said|told|warn|warned|argue|argued|insist|insisted)\b"   # not 'and provides added'
                             r"|\s(?:[—–]|--)\s*(?:and\s+|but\s+)?(?:he|she|they|we)\s+(?:also\s+)?(?:"
                             + "|".join(lexicon.SECOND_SPEAKER_VERBS) + r")\b")     # '... an accident — they said he'


# ', but the union warned that ...': a second speaker's frame closes the first content.
_NEXT_FRAME = re.compile(r",\s+(?:but|and|while|whereas)\s+(?:the\s+|a\s+|an\s+)?"
                         r"(?:[A-Z][\w’'.-]*\s+|[a-z]+\s+(?=[A-Z])){0,4}[A-Z][\w’'.-]*(?:,\s+(?:who|whose)\b[^,]{3,120},)?"
                         r"\s+(?:(?:has|have|had)\s+(?:also\s+|since\s+|previously\s+)?)?(?:" + frames.alternation(
                             f for f in frames.VERB_FORMS if not f.endswith("ing") and f.endswith(("ed", "aid", "old", "rote", "s")))
                         + r")\b"
                         r"|,\s+(?:also\s+)?(?:" + frames.alternation(
                             f for f in frames.VERB_FORMS if f.endswith(("ed", "said", "told"))) + r")\s+that\b")


_WHILE_ING = re.compile(r",\s+(?:while|as|before|after|when)\s+\w+ing\b")
_AFTER_QUOTE = re.compile(r"(?<=" + MASK + r")\s+(?:until|when|while|before|after|because|since)\b")


def content_end(masked: str, start: int) -> int:
    """Where a forward content clause stops: sentence end or an adjunct."""
    after_quote = _AFTER_QUOTE.search(masked, start)      # 'says, "Don't you do it," until gunshots are heard'
    if after_quote and masked[start:after_quote.start()].strip(" ,:" + MASK):
        after_quote = None
    scan = _hide_dash_pairs(masked, start)
    adjunct = next((m for m in _ADJUNCT_CUT.finditer(scan, start) if (not _WHILE_ING.match(m.group())
                    or MASK in masked[start:m.start()] or has_finite_cue(masked[start:m.start()]))
                    and not _shares_perfect(masked, start, m) and not _predicate_quote(masked, m)),
                   None)                                  # not 'the results, while disturbing, are'

    found = [m for m in (adjunct, frames.PARTICIPLE_RE.search(masked, start),
                         _NEXT_FRAME.search(masked, start), _SECOND_SPEAKER.search(masked, start),
                         _quotation_colon(masked, start), after_quote)
             if m is not None]
    end = min(m.start() for m in found) if found else len(masked)
    if open_paren(masked, start) >= 0 and ")" in masked[start:end]:
        end = masked.index(")", start)                    # '(Alibaba says it has no plans)': the aside ends it
    while end > start and masked[end - 1] in " \t.,;:!?\u00a0":
        end -= 1
    return end


def open_paren(text: str, end: int | None = None) -> int:
    """Where an unclosed '(' opens in ``text[:end]`` ('(Alibaba says it has no plans'), or -1."""
    at = text.rfind("(", 0, end)
    return at if at > text.rfind(")", 0, end) else -1


_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|felt|feel|feels)\s+$")


def _predicate_quote(masked: str, cut: re.Match) -> bool:
    """'he was “delighted” Trump would ...': a quoted predicate word takes a clause after it, so the
    capitalised subject there is no sentence lost after a quotation."""
    at = cut.start()
    if at == 0 or masked[at - 1] != MASK or cut.group().strip():
        return False
    opens = len(masked[:at].rstrip(MASK))
    return at - opens <= 14 and bool(_COPULA_BEFORE.search(masked, 0, opens)) and not re.match(
        r"\s+(?:[A-Z][\w’'.-]*\s+(?:and\s+)?){1,3}[a-z]{3,}ed\s", masked[at:])   # not "was 'such a kind man' Tributes poured in"


_PERFECT = re.compile(r"\b(?:had|has|have)\s+(?:\w+\s+)?\w+ed\b")


def _shares_perfect(masked: str, start: int, cut: re.Match) -> bool:
    """'... had reversed her "momentum" and energised ...': a participle after 'and' goes on the content's
    own 'had' (unlike '... should expect "a sentence" and granted him bail', the speaker's act)."""
    return (cut.group().strip() == "and" and masked[cut.start() - 1:cut.start()] == MASK
            and bool(_PERFECT.search(masked, start, cut.start())))


def _hide_dash_pairs(masked: str, start: int) -> str:
    """'... Sargent Shriver — a member of the Kennedy clan — to replace ...': a pair of spaced dashes is an
    aside inside the content, so neither dash ends it (a lone dash still does)."""
    dashes = [m.start() for m in re.finditer(r"(?<=\s)—(?=\s)", masked[start:])]
    if len(dashes) < 2:
        return masked
    chars = list(masked)
    for a, b in zip(dashes[0::2], dashes[1::2]):
        chars[start + a] = chars[start + b] = "\u2012"
    return "".join(chars)


_OBJECT_OPENINGS = re.compile(r"(?:the same(?: thing)?|much the same|as much|otherwise|a few words|a word|a lot|"
                              r"things such as|little|more|plenty|this|that|it|them)\s*(?:[,.;:" + MASK + r"]|$|\w+ing\b|about\b|to\b|of\b)",
                              re.I)


def _quotation_colon(masked: str, start: int) -> re.Match | None:
    """'... would have on women in the workplace: “...,” the union wrote': a colon before a quotation that
    no speech verb introduces ends the content ('posted: “...”' does not)."""
    m = _COLON_QUOTE.search(masked, start)
    if m is None:
        return None
    before = re.search(r"([\w’'-]+)\s*$", masked[start:m.start()])
    return None if before and before.group(1) in frames.VERB_FORMS else m


_COLON_QUOTE = re.compile(r":\s*(?=" + MASK + ")")


_FRONTED_PP_CLAUSE = re.compile(r"\s*(?:in|on|at|after|before|by|for|during|since|until|with|without|under|despite)\s+"
                                r"(?:[\w’'-]+\s+){1,8}?(?:he|she|it|they|we|I)\s+(?:would|will|could|had|has|have|was|were|is|"
                                r"are|did|might|may|can|should|must|\w+ed)\b")     # 'with the help of others he might'


_ADVERB_TOPIC = re.compile(r"\w+ly\s+(?:about|on|of|for|to|with)\b")


_QUOTED_MODIFIER = re.compile(r"\s*" + MASK + r"+\s+[a-z]+s?\s+(?:over|for|in|on|at|during|this|next|from)\b")


_ASIDE_SUBJECT = re.compile(r"\s*(?:this|that),\s*(?:too|also|however|though|in turn|of course),\s*[a-z]+")


def is_clause(content: str) -> bool:
    """A finite content clause, judged without a parser."""
    if _ADVERB_TOPIC.match(content.strip()):
        return False                                 # 'writes frequently about content marketing'
    if _OBJECT_OPENINGS.match(content.strip()) and MASK not in content and not _ASIDE_SUBJECT.match(content):
        return False                                 # 'say the same thing, including ...', 'said this:'
    words = re.findall(r"[\w’'-]+", content.replace(MASK, " Q "))
    if [w.lower() for w in words[:2]] == ["not", "to"]:
        return False                                 # 'had told them not to comment': a directive
    if words and words[0].lower() in _NONFINITE and not _no_subject(words, content):
        lead = re.match(r"\s*[\w’'-]+(?:\s+[\w’'-]+){0,4},\s*", content) or (      # 'In sum, more than 4,000 people are'
            re.match(r"\s*(?:at|in|during|after|before|on|since|when|while|with|amid|despite|given|under|following|for|among|"
                     r"across|between|within|throughout|from|by|unlike|beyond)\s+[\w’'-]+(?:\s+[\w’'-]+){0,11},\s*", content, re.I))
        if words[0].lower() == "to" and re.match(r"\s*to\s+[\w’'-]+(?:\s+(?!and\b)[\w’'-]+){0,3}\s+(?:is|was|would be|will be)"
                                                 r"\s+(?!said|thought|believed|expected|reported|understood)", content):
            return True                              # 'to save one life is to save humanity itself'
        if words[0].lower() in ("to", "so"):
            return False
        if lead:
            return is_clause(content[lead.end():])
        return bool(_FRONTED_PP_CLAUSE.match(content))       # 'in the year 2000 it would lift ...'
    if MASK in content:                              # not 'predict "nasty" conditions over the weekend'
        return len(words) >= 1 and not _QUOTED_MODIFIER.match(content)
    return len(words) >= 3 or (len(words) == 2 and has_finite_cue(content))   # 'profits fell'


def _no_subject(words: list[str], content: str) -> bool:
    """'no child was harmed': a 'no' subject, not 'said no to ...'; 'nothing would change', not 'said nothing'."""
    if words[0].lower() in ("nothing", "something", "anything") and len(words) >= 3 and words[1].lower() not in (
            "to", "about", "of", "on", "for", "else", "like", "more", "less", "new"):
        return has_finite_cue(content)
    if words[0].lower() in ("about", "at", "over", "nearly") and len(words) >= 3 and (
            words[1][:1].isdigit() or words[1].lower() in ("least", "most")):
        return has_finite_cue(content)               # 'said about 20 people have ...', 'at least 20 were hurt'
    return (words[0].lower() == "no" and len(words) >= 3 and words[1].lower() not in _NONFINITE
            and words[1].lower() not in ("when", "and", "but", "after", "one's")
            and (has_finite_cue(content) or (words[2].endswith("s") and not words[1].endswith("s"))))  # 'no evidence supports'"


# Words after which an '-ed' word is an adjective, not a verb ('a rush of worried customers').
_NOT_BEFORE_VERB = frozenset(("of", "a", "an", "the", "his", "her", "its", "their", "our", "my", "with", "for",
                              "by", "from", "in", "on", "at", "to", "very", "more", "most"))


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "every", "each"))


_AFTER_PRESENT = re.compile(r"(?:the|a|an|his|her|their|its|our|this|him|them|us|it|me|no|not|too|very|also|"
                            r"more|less|[a-z]{3,}ly)$")


def _is_present_verb(words: list[str], i: int) -> bool:
    """'the law goes too far', 'the rollout helps the poor': determiner, singular noun, a lowercase word in -s,
    then an object or an adverb (not 'the ongoing efforts to fix', 'the United States')."""
    w = words[i]
    return (i >= 2 and i + 1 < len(words) and words[i - 2].lower() in _DETERMINERS and len(w) > 3 and w.endswith("s")
            and w.islower() and words[i - 1].islower() and not w.endswith(("ss", "us", "ics", "ous", "'s"))
            and not words[i - 1].endswith(("s", "ing", "ed")) and words[i - 1] not in _DETERMINERS
            and words[i - 1] not in _NOT_BEFORE_VERB and bool(_AFTER_PRESENT.match(words[i + 1])))


def has_finite_cue(content: str) -> bool:
    """A finite verb before any relative word ('profits of £1m' has none; 'the plan will fail' has)."""
    cased = re.findall(r"[\w’'-]+", content.split(MASK)[0].replace("’", "'"))
    words = [w.lower() for w in cased]
    if (words and re.sub(r"'(?:d|ll|s|re|ve)$", "", words[0]) in _SUBJECT_PRONOUNS) or (MASK in content and len(words) < 3):
        return True
    for i, w in enumerate(words[1:], 1):
        if w == "that":                               # 'warned voters that ...'
            return has_finite_cue(" ".join(words[i + 1:]))
        if w in ("which", "who", "whose", "where", "when", "while", "after", "before", "because", "until"):
            return False                              # 'recalled four batches after tests found ...'
        participle = w.endswith("ed") and words[i + 1:i + 2] == ["by"]      # 'a forum sponsored by NBC'
        if words[i - 1] == "to":
            continue                                  # 'warned firms to do a better job': an infinitive
        if w in _FINITE_CUES or (w.endswith("ed") and len(w) > 4 and words[i - 1] not in _NOT_BEFORE_VERB
                                 and not participle) or w.endswith("n't") or _is_present_verb(cased, i):
            return True
    return False
