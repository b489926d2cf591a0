"""Unit tests for the statements grammar: one pattern per test."""

from pathlib import Path

import pytest

from scrapers.statements import extract_statements
from scrapers.statements.marks import find_quote_spans
from scrapers.statements.speakers import parse_noun_phrase

SEED = Path(__file__).resolve().parents[2] / "tests" / "resources" / "statements" / "labelled.jsonl"


def one(text, kind=None):
    found = [s for s in extract_statements(text) if kind is None or s.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_offsets_always_index_the_quote():
    text = 'Mayor Jane Okafor said: "We will not cut library hours."\n\n"Never," she added.'
    for s in extract_statements(text):
        assert text[s.start:s.end] == s.quote


def test_said_colon_quote():
    s = one('Mayor Jane Okafor said: "We will not cut library hours."')
    assert (s.kind, s.quote, s.speaker, s.speaker_title, s.verb) == (
        "direct", "We will not cut library hours.", "Jane Okafor", "Mayor", "say")


def test_quote_then_said_name():
    s = one('"The numbers do not add up," said Councillor Tom Reyes.')
    assert s.quote == "The numbers do not add up," and s.speaker == "Tom Reyes"


def test_split_quote_gives_two_statements_same_speaker():
    found = extract_statements('"We tried," Reyes said. "Nobody listened."')
    assert [s.quote for s in found] == ["We tried,", "Nobody listened."]
    assert {s.speaker for s in found} == {"Reyes"} and {s.verb for s in found} == {"say"}


def test_multi_paragraph_quote_one_statement_per_paragraph():
    text = 'Dr. Amara Singh said: "We have seen six cases.\n\n"Parents should check records now."'
    found = extract_statements(text)
    assert [s.quote for s in found] == ["We have seen six cases.", "Parents should check records now."]
    assert {s.speaker for s in found} == {"Amara Singh"}


def test_paragraph_opening_quote_continues_last_speaker():
    text = '"It is over," Kuleba said.\n\n"Ukraine will keep liberating its land."'
    assert [s.speaker for s in extract_statements(text)] == ["Kuleba", "Kuleba"]


def test_according_to_before_and_after():
    a = one("According to the charity, more than 40,000 people shared the post.")
    b = one("More than 40,000 people shared the post, according to the charity.")
    assert a.quote == b.quote.replace("More", "more") or a.quote.lower() == b.quote.lower()
    assert a.verb == b.verb == "according to" and a.speaker == "charity"


def test_told_that_with_apposition():
    s = one("Will Moy, chief executive of Full Fact, told the BBC that the figure was wrong.")
    assert (s.kind, s.quote, s.speaker, s.speaker_title, s.verb) == (
        "indirect", "the figure was wrong", "Will Moy", "chief executive of Full Fact", "tell")


def test_age_description_resolves_to_last_speaker():
    text = 'Will Moy told reporters that it was false.\n\n"It is simply not true," the 56-year-old said.'
    assert extract_statements(text)[-1].speaker == "Will Moy"


@pytest.mark.parametrize("opening,closing", [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"),
                                             ("\u00ab", "\u00bb"), ("\u201e", "\u201c")])
def test_quote_mark_styles(opening, closing):
    s = one(f"{opening}This is a historic day for consumers,{closing} Chancellor Markus Weber said.")
    assert s.quote == "This is a historic day for consumers," and s.speaker == "Markus Weber"


def test_pronoun_and_channel():
    text = "\u201cSham votes change nothing,\u201d Foreign Minister Dmytro Kuleba said. " \
           "\u201cUkraine will liberate its land,\u201d he said in a tweet."
    last = extract_statements(text)[-1]
    assert (last.speaker, last.speaker_title, last.channel) == ("Dmytro Kuleba", "Foreign Minister", "tweet")


def test_mixed_fragment_is_one_indirect_statement():
    s = one("Andriy Yermak said the referendums are part of Russia\u2019s \u201cna\u00efve blackmail.\u201d")
    assert s.kind == "indirect" and s.quote.endswith("blackmail.\u201d")


def test_warned_that_full_quoted_clause_is_direct():
    s = one('He warned that "the side effects still need careful study in older patients."'
            .replace("He", "Dr. Ken Ito"))
    assert s.kind == "direct" and s.verb == "warn"


@pytest.mark.parametrize("text", [
    'Critics dismissed the so-called "efficiency plan" last week.',
    'The film "Waiting for Nothing" premiered in May.',
    'Its founder, John "The Wire" Mensah, opened the office.',
    "Residents called it the 'worst case' of flooding.",
    "Reyes believes the plan will fail.",
    "Opposition members pledged to vote against the budget.",
    "The minister reportedly said the plan was dead.",
    "The department is said to be preparing a rebuttal.",
])
def test_negatives(text):
    assert extract_statements(text) == []


def test_seed_inner_scare_quote_is_not_a_statement():
    text = "\u201cSham \u2018referendums\u2019 will not change anything,\u201d Foreign Minister Dmytro Kuleba said."
    assert [s.quote for s in extract_statements(text)] == ["Sham \u2018referendums\u2019 will not change anything,"]


def test_apostrophes_do_not_open_quotes():
    spans = find_quote_spans("The drivers\u2019 union said it\u2019s ready.")
    assert spans == []


@pytest.mark.parametrize("phrase,name,title", [
    ("Foreign Minister Dmytro Kuleba", "Dmytro Kuleba", "Foreign Minister"),
    ("Lutsevych of Chatham House", "Lutsevych", "Chatham House"),
    ("the Institute for the Study of War", "Institute for the Study of War", None),
    ("a spokesman for Northline Rail", "spokesman", "Northline Rail"),
])
def test_speaker_phrases(phrase, name, title):
    ref = parse_noun_phrase(phrase)
    assert (ref.text, ref.title) == (name, title)


def test_seed_statements():
    import json
    seed = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    found = extract_statements(seed["text"])
    got = [(s.kind, s.speaker, s.verb) for s in found]
    want = [(g["kind"], g["speaker"], g["verb"]) for g in seed["statements"]]
    assert got == want
    by_quote = {s.quote: s for s in found}
    assert by_quote["This is what the fear of defeat looks like,"].channel.startswith("post on the Telegram")
    assert all(seed["text"][s.start:s.end] == s.quote for s in found)
