"""Quality gate for statement extraction: scores must stay above pinned floors.

Sets: the seed article (first line of our labelled set), our own labelled set
(tests/resources/statements/labelled.jsonl), the holdout sets (holdout.jsonl: six
articles in six outlet styles; holdout2.jsonl: eight more; holdout3.jsonl: ten more; holdout4.jsonl: ten written for hard speaker resolution; holdout5.jsonl: five more, a blind check of
that round's changes; holdout6.jsonl: twelve short articles in twelve new registers; holdout7.jsonl: ten more registers; holdout8.jsonl: ten more (airline, zoo, count, recall, festival, sentencing, rates, wildfire, waiting lists, cycling); each measured once
before any tuning on them), PolNeAR dev, read in place from
``../shared/data/polnear-dev`` (it has no licence: never copy it here), and the
offline demo site's answers (scrapers/demo_site/site/ANSWERS.json, articles
written independently of the extractor; see statement_demo.py). Scores
are computed as ``../shared/tools/score_statements.py`` computes them
(tests/quality/statement_scoring.py); floors live in statement_baseline.json.
"""

import json
import sys
from pathlib import Path

import pytest

from scrapers.statements import extract_statements

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from statement_demo import load_demo_gold, unanchored  # noqa: E402
from statement_scoring import flatten_article, is_right, load_gold, predict_articles, score_articles  # noqa: E402

SETS = ROOT / "tests" / "resources" / "statements"
OWN = SETS / "labelled.jsonl"
HOLDOUT = SETS / "holdout.jsonl"
HOLDOUT2 = SETS / "holdout2.jsonl"
HOLDOUT3 = SETS / "holdout3.jsonl"
HOLDOUT4 = SETS / "holdout4.jsonl"
HOLDOUT5 = SETS / "holdout5.jsonl"
HOLDOUT6 = SETS / "holdout6.jsonl"
HOLDOUT7 = SETS / "holdout7.jsonl"
HOLDOUT8 = SETS / "holdout8.jsonl"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear-dev" / "statements.jsonl"
REAL_TUNE = SETS / "real_tune.jsonl"
REAL_CHECK = SETS / "real_check.jsonl"
BASELINE = json.loads((HERE / "statement_baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.quality


def _metrics(report: dict) -> dict:
    return {"direct_f1": report["direct"]["f1"], "direct_speaker": report["direct"]["attribution_acc"] or 0.0,
            "indirect_f1": report["indirect"]["f1"], "statement_f1": report["statement"]["f1"]}


def _assert_floors(name: str, report: dict) -> None:
    got, floors = _metrics(report), BASELINE[name]
    low = {k: (got[k], v) for k, v in floors.items() if got[k] < v}
    assert not low, f"{name}: below floor (measured, floor): {low}"


def _load_polnear() -> dict:
    if not POLNEAR.is_file():
        pytest.fail(f"PolNeAR dev data not found at {POLNEAR}: the quality gate needs the shared data "
                    "directory ../shared/data/polnear-dev next to the repository", pytrace=False)
    return load_gold(POLNEAR)


def test_seed_article():
    gold = dict(list(load_gold(OWN).items())[:1])
    assert next(iter(gold)).startswith("seed-")
    _assert_floors("seed", score_articles(gold, predict_articles(gold, extract_statements)))


def test_own_labelled_set():
    gold = load_gold(OWN)
    assert len(gold) >= 9
    _assert_floors("own", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout_set():
    """Six articles written and labelled before the round that first measured them (see the baseline)."""
    gold = load_gold(HOLDOUT)
    assert len(gold) >= 6
    _assert_floors("holdout", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout2_set():
    """Eight articles in eight styles (wire, broadsheet, local, feature, live blog, obituary, press
    conference, shared surnames), written and labelled before the round that first measured them."""
    gold = load_gold(HOLDOUT2)
    assert len(gold) >= 8
    _assert_floors("holdout2", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout3_set():
    """Ten articles in ten more styles (match report, court, earnings, science, two-candidate debate,
    UK local with single marks, Indian English, wire roundup, family feature, interview write-up),
    written and labelled before the round that first measured them."""
    gold = load_gold(HOLDOUT3)
    assert len(gold) >= 10
    _assert_floors("holdout3", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout4_set():
    """Ten articles written to be hard on speaker resolution (pronoun chains with a man and a woman,
    a person introduced a paragraph before their quote, 'the 41-year-old'/'the official'/'the ministry',
    organisations and documents speaking, shared surnames, speakers named after their quote, unnamed
    speakers), written and labelled before the round that first measured them."""
    gold = load_gold(HOLDOUT4)
    assert len(gold) >= 10
    _assert_floors("holdout4", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout5_set():
    """Five short articles (netball final, bank results, two Garcias, estuary agency, care-home trial),
    written after the holdout4 round's changes as a blind check of them and first measured untouched."""
    gold = load_gold(HOLDOUT5)
    assert len(gold) >= 5
    _assert_floors("holdout5", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout6_set():
    """Twelve short articles in twelve registers not used before (storm update, product launch,
    university study, film review, Commons debate, police appeal, transfer talk, medical feature,
    election night, consumer advice, charity swim, rail strike), written and labelled before the
    round that first measured them."""
    gold = load_gold(HOLDOUT6)
    assert len(gold) >= 12
    _assert_floors("holdout6", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout7_set():
    """Ten short articles in ten more registers (fashion show, farming, fraud verdict, two-minister
    summit, school inspection, lunar lander, restaurant opening, factory walkout, tribute, housing
    march), written and labelled before the round that first measured them."""
    gold = load_gold(HOLDOUT7)
    assert len(gold) >= 10
    _assert_floors("holdout7", score_articles(gold, predict_articles(gold, extract_statements)))


def test_holdout8_set():
    """Ten short articles in ten more registers (airline delay, zoo birth, election count, drug recall,
    music festival, sentencing, rate decision, wildfire, hospital waiting lists, cycling race), written
    and labelled before the round that first measured them."""
    gold = load_gold(HOLDOUT8)
    assert len(gold) >= 10
    _assert_floors("holdout8", score_articles(gold, predict_articles(gold, extract_statements)))


def test_real_news_pages():
    """26 real news pages of the aeb-dev set (wire, tech, science, politics; text from
    tests/resources/aeb-dev) labelled blind to the spec by annotators who never saw the extractor."""
    gold = load_gold(REAL_TUNE)
    assert len(gold) >= 26
    _assert_floors("real_tune", score_articles(gold, predict_articles(gold, extract_statements)))


def test_real_news_pages_check():
    """Eight more real aeb-dev pages (fact check, entertainment, sports, court, medicine, trade), first
    measured after the round tuned on real_tune: the transfer check of that round."""
    gold = load_gold(REAL_CHECK)
    assert len(gold) >= 8
    _assert_floors("real_check", score_articles(gold, predict_articles(gold, extract_statements)))


@pytest.mark.parametrize("name,articles", [("newspaper_texts", 66), ("bbc_texts", 33), ("g5_texts", 44),
                                           ("f4_texts", 20), ("lee_texts", 237), ("web_texts", 68),
                                           ("aeb_texts", 64), ("nw_texts", 58), ("s8_texts", 56)])
def test_saved_news_texts(name, articles):
    """66 US/UK news and feature pages (codelucas/newspaper's text fixtures), 33 BBC News stories, 44 scraped
    2016 news pages (Giveme5W1H gold standard), 20 of 2017-2018 (its '40er' set), 237 short ABC stories (the
    Lee corpus), 68 web pages as our own extraction made them, 64 news pages of the article-extraction
    benchmark's test part (held out in session 6, tuning data since session 7), 58 news texts of five
    datasets (held out in session 7, tuning data since session 8) and 56 of four more datasets never used
    before (the held-out set since session 8), texts in tests/resources/news-texts,
    labelled blind to the spec; each batch was first measured as it arrived (the baseline's _first_measure)."""
    gold = load_gold(SETS / f"{name}.jsonl")
    assert len(gold) == articles
    _assert_floors(name, score_articles(gold, predict_articles(gold, extract_statements)))


@pytest.mark.parametrize("name", ["polnear_relabel", "polnear_relabel2", "polnear_relabel3", "polnear_relabel4"])
def test_polnear_texts_relabelled_to_the_spec(name):
    """All 84 PolNeAR dev articles, 21 per file, labelled to our spec by annotators who never saw the
    extractor; offsets only here, the text is read from ../shared/data/polnear-dev. Each file's first,
    untuned measure is kept in the baseline's _first_measure."""
    _load_polnear()
    gold = load_gold(SETS / f"{name}.jsonl")
    assert len(gold) == 21
    _assert_floors(name, score_articles(gold, predict_articles(gold, extract_statements)))


@pytest.mark.parametrize("name", ["aeb_texts", "newspaper_texts", "polnear_relabel2", "real_check"])
def test_text_without_line_breaks(name):
    """The same labelled sets with every line break made one space, as feeds, APIs and CSV dumps often
    deliver articles: paragraph cues are gone, so quotations reopened after a lost break, dash-signed
    quotations in a row and people introduced a sentence (not a paragraph) before their quotation must
    still come out right."""
    if name.startswith("polnear"):
        _load_polnear()
    written = load_gold(SETS / f"{name}.jsonl")
    gold = {gid: flatten_article(article) for gid, article in written.items()}
    assert all("\n" not in article["text"] for article in gold.values())
    assert all(" ".join(a["quote"].split()) == " ".join(b["quote"].split()) for gid in gold
               for a, b in zip(gold[gid]["statements"], written[gid]["statements"]))     # offsets moved with the text
    _assert_floors(f"flat_{name}", score_articles(gold, predict_articles(gold, extract_statements)))


def test_polnear_dev():
    gold = _load_polnear()
    preds = predict_articles(gold, extract_statements)
    _assert_floors("polnear_dev", score_articles(gold, preds))
    _assert_floors("polnear_dev_no_pronoun_gold", score_articles(gold, preds, exclude_pronoun_gold=True))


def test_demo_site_answers():
    gold = load_demo_gold()
    assert len(gold) >= 18
    assert not unanchored(gold), "extraction lost gold quotes of the demo site"
    _assert_floors("demo_site", score_articles(gold, predict_articles(gold, extract_statements)))


def test_loose_quotations_the_learned_step_adds_are_mostly_right():
    """The learned step of ``loose_quotes`` (trained on these sets: an in-sample floor, not an estimate for new
    text; see bench/train_loose_quotes.py for the left-out figures) adds quotations the rules leave unclaimed:
    on web, g5 and newspaper texts it must add at least 20 statements with the right speaker, at least 0.6 of
    what it adds, and never lower direct F1."""
    added = right = 0
    for name in ("web_texts", "g5_texts", "newspaper_texts"):
        gold = load_gold(SETS / f"{name}.jsonl")
        rules = score_articles(gold, predict_articles(gold, lambda t: extract_statements(t, loose_quotes=False)))
        both = score_articles(gold, predict_articles(gold, extract_statements))
        assert both["direct"]["f1"] >= rules["direct"]["f1"], name
        added += both["statement"]["pred"] - rules["statement"]["pred"]
        right += both["statement"]["matched_with_speaker"] - rules["statement"]["matched_with_speaker"]
    assert right >= 20 and right >= 0.6 * added, (right, added)


def test_confidence_separates_right_statements_from_wrong_ones():
    """The confidence model (trained on these sets: an in-sample floor; bench/train_confidence.py gives the
    left-out figures) must rank: on web, g5 and newspaper texts, statements rated 0.8 or more are right at
    least 0.88 of the time, those under 0.5 at most 0.45, against about 0.81 for all."""
    rated = []
    for name in ("web_texts", "g5_texts", "newspaper_texts"):
        for article in load_gold(SETS / f"{name}.jsonl").values():
            rated += [(s.confidence, is_right(s.to_dict(), article["statements"]))
                      for s in extract_statements(article["text"])]
    high = [right for c, right in rated if c >= 0.8]
    low = [right for c, right in rated if c < 0.5]
    assert len(high) >= 0.6 * len(rated) and len(low) >= 50, (len(high), len(low), len(rated))
    assert sum(high) / len(high) >= 0.88 and sum(low) / len(low) <= 0.45, (sum(high) / len(high), sum(low) / len(low))
