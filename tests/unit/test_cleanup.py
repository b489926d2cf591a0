"""Boilerplate removal: every rule matches the example it exists for, and real text survives."""

from __future__ import annotations

import re

import lxml.html
import pytest

from scrapers.extraction import boilerplate as rules
from scrapers.extraction.body import Block
from scrapers.extraction.cleanup import is_boilerplate_paragraph, strip_boilerplate, strip_boilerplate_nodes

ARTICLE = (
    "<p>The harbour authority said on Friday that the new quay will open in May, two months ahead of "
    "schedule, after the contractor finished the foundations early.</p>"
)
PHRASE_GROUPS = {
    "PARAGRAPH_RULES": rules.PARAGRAPH_RULES,
    "COMMENT_FORM_PHRASES": rules.COMMENT_FORM_PHRASES,
    "THREAD_MARKERS": rules.THREAD_MARKERS,
    "CREDIT_RULES": rules.CREDIT_RULES,
    "LEAD_RULES": rules.LEAD_RULES,
    "RELATED_HEADINGS": rules.RELATED_HEADINGS,
}
REAL_SENTENCES = [  # paragraphs that mention the same words as the rules, and must stay
    "The company did not respond to a request for comment.",
    "A source close to the negotiations said the talks would resume on Monday.",
    "Readers can leave a comment below, the editor said, and the best ones will be printed.",
    "Related research from 2019 found a similar effect in mice, though the sample was small.",
    "More than 30 people were injured in the collision, police said.",
    "Advertisement revenue fell by a third in the quarter, the company reported.",
    "Copyright lawyers say the ruling will change how publishers license photographs.",
    "Share prices rose 4 percent after the announcement.",
    "Comments made by the minister on Tuesday drew criticism from the opposition.",
    "Quelle surprise, a dit le ministre en sortant du conseil.",
]


def blocks(*texts: str, kind: str = "p") -> list[Block]:
    return [Block(text, kind) for text in texts]


def rule_cases():
    for group, phrase_rules in PHRASE_GROUPS.items():
        for rule in phrase_rules:
            yield pytest.param(rule, id=f"{group}:{rule.example[:30]}")


@pytest.mark.parametrize("rule", list(rule_cases()))
def test_every_phrase_rule_matches_its_example(rule):
    assert re.fullmatch(rule.pattern, rule.example, re.IGNORECASE | re.DOTALL)


@pytest.mark.parametrize("rule", rules.TRAILING_RULES, ids=lambda r: r.example[:30])
def test_every_trailing_rule_cuts_its_example_and_keeps_the_sentence(rule):
    cut = re.sub(rule.pattern, "", rule.example, flags=re.IGNORECASE | re.DOTALL)
    assert cut and cut != rule.example and rule.example.startswith(cut)


@pytest.mark.parametrize("rule", rules.NODE_RULES, ids=lambda r: r.selectors[0])
def test_every_node_rule_removes_its_example_and_keeps_the_article(rule):
    tree = lxml.html.fromstring(f"<html><body><article><h1>Quay</h1>{ARTICLE}</article>{rule.example}</body></html>")
    before = tree.text_content()
    strip_boilerplate_nodes(tree)
    example_text = lxml.html.fromstring(rule.example).text_content()
    assert "harbour authority" in tree.text_content()
    assert example_text.strip() == "" or example_text not in tree.text_content() and example_text in before


def test_node_removal_never_takes_the_headline_container():
    tree = lxml.html.fromstring(f"<html><body><div class='comments'><h1>Quay</h1>{ARTICLE}</div></body></html>")
    strip_boilerplate_nodes(tree)
    assert "harbour authority" in tree.text_content()


def test_related_heading_takes_its_teasers_but_not_the_article_after_them():
    html = (
        f"<html><body><div class='post'>{ARTICLE}<h3>You may also like</h3>"
        "<div class='teaser'><a href='/a'>Ferry prices rise again</a></div>"
        "<ul><li><a href='/b'>Bridge closed for repairs</a></li></ul>"
        "<p>The quay will also serve the new ferry line to the islands, which starts running in June "
        "and is expected to carry 200,000 passengers in its first year of operation.</p></div></body></html>"
    )
    tree = strip_boilerplate_nodes(lxml.html.fromstring(html))
    text = tree.text_content()
    assert "Ferry prices" not in text and "Bridge closed" not in text and "You may also like" not in text
    assert "harbour authority" in text and "ferry line to the islands" in text


def test_multilingual_related_heading_cuts_other_posts():
    teaser = (
        "<article class='postbox'><p>Outra mensagem de reflexão que não faz parte deste artigo, com texto "
        "longo o bastante para parecer um parágrafo de verdade na página inicial…</p></article>"
    )
    html = (
        f"<html><body><article class='post'>{ARTICLE * 4}<h3 class='relatedpoststitle'>Você pode gostar...</h3>"
        f"{teaser * 3}</article></body></html>"
    )
    text = strip_boilerplate_nodes(lxml.html.fromstring(html)).text_content()
    assert "Outra mensagem" not in text and "harbour authority" in text


@pytest.mark.parametrize("sentence", REAL_SENTENCES)
def test_real_sentences_are_never_cut(sentence):
    paragraphs = ["The harbour authority said the quay will open in May.", sentence]
    assert strip_boilerplate(blocks(*paragraphs)) == paragraphs
    assert not is_boilerplate_paragraph(sentence)


def test_seed_style_tail_is_removed():
    body = blocks(
        "“This is what the fear of defeat looks like,” Yermak wrote.",
        "Source link",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
    )
    assert strip_boilerplate(body) == ["“This is what the fear of defeat looks like,” Yermak wrote."]


def test_boilerplate_glued_to_the_last_paragraph_is_cut():
    body = blocks("It ends here. Source link", "The end. The post Cats rule appeared first on Cat News.")
    assert strip_boilerplate(body) == ["It ends here.", "The end."]


def test_comment_thread_is_cut_from_its_marker():
    body = blocks("First paragraph of the story.", "Second paragraph of the story.", "3 comments",
                  "Great article!", "I disagree with every word of it.")
    assert strip_boilerplate(body) == ["First paragraph of the story.", "Second paragraph of the story."]


def test_headline_and_dateline_at_the_top_are_dropped():
    body = blocks("Quay opens early", "5:45 AM PST 11/19/2019 by Patrick Shanley", "The quay opened on Friday.")
    assert strip_boilerplate(body, titles=["Quay opens early"]) == ["The quay opened on Friday."]


def test_credit_lines_at_the_end_are_dropped():
    body = blocks("The quay opened on Friday.", "Keith Bradsher contributed reporting from Hong Kong.",
                  "(Reporting by Greg Roumeliotis; Editing by Martin Howell)")
    assert strip_boilerplate(body) == ["The quay opened on Friday."]


def test_link_lists_after_the_article_are_dropped():
    body = [
        Block("The quay opened on Friday after two years of construction and a long dispute over costs.", "p"),
        Block("15 Amazing Images of Stars", "item", link_chars=26),
        Block("More from the harbour", "head"),
    ]
    assert strip_boilerplate(body) == [body[0].text]


def test_read_more_label_takes_its_links_along():
    body = [
        Block("The quay opened on Friday after two years of construction and a long dispute over costs.", "p"),
        Block("DON'T MISS", "p"),
        Block("Ferry prices rise again [NEWS]", "p", link_chars=30),
        Block("The ferry line starts in June and is expected to carry 200,000 passengers.", "p"),
    ]
    assert strip_boilerplate(body) == [body[0].text, body[3].text]


def test_top_stories_box_before_the_article_does_not_take_the_article():
    article = "".join(
        f"<p>Paragraph {i} of the story about the new quay, which opens in May after two years of "
        "construction and a long dispute over costs between the city and the contractor.</p>"
        for i in range(6)
    )
    html = (
        "<html><body><div id='page'><h3>Top stories</h3><ul><li><a href='/a'>Ferry prices rise again</a></li></ul>"
        f"<div class='story'>{article}</div></div></body></html>"
    )
    text = strip_boilerplate_nodes(lxml.html.fromstring(html)).text_content()
    assert "Ferry prices" not in text
    assert text.count("of the story about the new quay") == 6
