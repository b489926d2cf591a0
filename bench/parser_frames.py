"""Would a dependency parser help the statement rules? Frames read from a UD parse, added where
the rules found nothing, scored against the rules alone on the labelled sets.

The only English parser the package index offers is spaCy 2.3 with allenai's ``en_ud_model``
(trained on Universal Dependencies, spaCy 2.1 era); it needs numpy < 2, which the product's lock
cannot take (py3langid needs numpy >= 2), so it runs in a side environment of its own:

    make parser-bench                      (builds .venv-parser from bench/parser-requirements.txt)
    .venv-parser/bin/python bench/parser_frames.py nw_texts,aeb_texts,s8_texts

A frame is a speech verb (``lexicon.SPEECH_VERBS``, not the quote-only ones, not negated) with a
finite clausal complement (``ccomp`` / ``parataxis``, not an indirect question), whose speaker is
its subject -- or, for a participle, a conjoined verb or a relative clause, the subject it hangs
from. The speaker phrase goes through the rules' own ``parse_noun_phrase`` and coreference.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

import spacy
import srsly

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "quality"))

from scrapers.statements import extract_statements, lexicon  # noqa: E402
from scrapers.statements.attribution import Frame  # noqa: E402
from scrapers.statements.marks import find_paragraphs  # noqa: E402
from scrapers.statements.speakers import parse_noun_phrase  # noqa: E402
from statement_scoring import load_gold, predict_articles, score_articles  # noqa: E402

SETS = ROOT / "tests" / "resources" / "statements"
MODEL = "en_ud_model"
CLAUSE_DEPS = ("ccomp", "parataxis")
RELATIVE_DEPS = ("acl:relcl", "relcl")
HANGING_DEPS = ("advcl", "xcomp")          # 'explaining he would ...', 'tried to suggest that ...'
QUESTION_WORDS = frozenset(("what", "how", "why", "when", "where", "whether", "if", "who", "which"))
RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
REPORT_VERBS = frozenset(v for v in lexicon.SPEECH_VERBS if " " not in v) - frozenset(lexicon.DIRECT_ONLY_VERBS)


def load_parser():
    """The UD model, its tag map reduced to parts of speech: spaCy 2.3 rejects the 2.1 morphology
    features it carries (E167). The installed package is left as it is; a copy is loaded."""
    source = Path(spacy.util.get_package_path(MODEL))
    model_dir = next(p.parent for p in source.rglob("meta.json") if (p.parent / "tagger").is_dir())
    warnings.filterwarnings("ignore", message=r"\[W031\]")        # 'requires spaCy v2.1': the point of the copy
    with tempfile.TemporaryDirectory(prefix="ud-model-") as tmp:   # spaCy reads it all in; nothing is left behind
        copy = Path(tmp) / "model"
        shutil.copytree(model_dir, copy)
        tag_map = srsly.read_msgpack(copy / "tagger" / "tag_map")
        pos = spacy.symbols.POS
        srsly.write_msgpack(copy / "tagger" / "tag_map", {tag: {pos: feats[pos]} for tag, feats in tag_map.items()})
        return spacy.load(copy, disable=["ner"])


def find_subject(verb):
    """The token that names who speaks through ``verb``, or None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        if subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ in RELATIVE_DEPS:
            return verb.head                                   # 'the minister, who said ...'
        return subjects[0]
    if verb.dep_ in HANGING_DEPS + ("conj",) and verb.head.pos_ == "VERB":
        return find_subject(verb.head)                         # '..., saying ...' / 'and said ...'
    if verb.dep_ in RELATIVE_DEPS:
        return verb.head
    return None


def is_in_modifier(token, subject) -> bool:
    """Whether ``token`` (in the subject's subtree) is a relative clause or lies inside one, an apposition
    or a clausal modifier of the subject."""
    if token.i == subject.i:
        return False
    if token.dep_ in RELATIVE_DEPS:
        return True
    head = token.head
    while head.i != subject.i:
        if head.dep_ in RELATIVE_DEPS + ("appos", "acl"):
            return True
        head = head.head
    return False


def read_subject_phrase(subject):
    """The subject's own words: its subtree without relative clauses, appositions and punctuation."""
    keep = [t for t in subject.subtree if t.dep_ != "punct" and not is_in_modifier(t, subject)]
    return subject.doc[min(t.i for t in keep):max(t.i for t in keep) + 1]


def trim_content(clause):
    """The complement's tokens without a leading 'that' / And / But / punctuation or a final stop."""
    toks = list(clause.subtree)
    while toks and ((toks[0].dep_ == "mark" and toks[0].lower_ == "that") or toks[0].is_punct
                    or toks[0].lower_ in ("and", "but")):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in "\"”’'":
        toks = toks[:-1]
    return toks


def read_frames(nlp, text: str, sentences: list) -> list:
    """(sentence, Frame) for every reporting verb of the parse with a finite clausal complement."""
    found = []
    for p_start, p_end in find_paragraphs(text):
        for verb in nlp(text[p_start:p_end]):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORT_VERBS or any(
                    c.dep_ == "neg" for c in verb.children):
                continue
            for clause in (c for c in verb.children if c.dep_ in CLAUSE_DEPS):
                toks = trim_content(clause)
                if len(toks) < 3 or toks[0].lower_ in QUESTION_WORDS or not any(t.tag_ in FINITE_TAGS for t in toks):
                    continue
                subject = find_subject(verb)
                phrase = read_subject_phrase(subject) if subject is not None else None
                ref = parse_noun_phrase(phrase.text) if phrase is not None else None
                lo, hi = p_start + toks[0].idx, p_start + toks[-1].idx + len(toks[-1])
                sentence = next((s for s in sentences if s[0] <= p_start + verb.idx < s[1]), None)
                if ref is None or sentence is None or not sentence[0] <= lo < hi <= sentence[1]:
                    continue
                at = sentence[0]
                found.append((sentence, Frame("parsed", ref, p_start + phrase.start_char - at, verb.lemma_.lower(),
                                              p_start + verb.idx - at, None, (lo - at, hi - at))))
    return found


def format_report(rep: dict) -> str:
    d, i, s = rep["direct"], rep["indirect"], rep["statement"]
    return (f"direct {d['f1']:.3f} speaker {d['attribution_acc'] or 0:.3f}  reported {i['f1']:.3f} "
            f"(P {i['precision'] or 0:.3f} R {i['recall']:.3f})  overall {s['f1']:.3f} "
            f"(P {s['precision'] or 0:.3f} R {s['recall']:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", help="comma-separated names under tests/resources/statements (no .jsonl)")
    args = ap.parse_args()
    nlp = load_parser()

    def with_parser(text: str):
        return extract_statements(text, more_frames=lambda t, sentences: read_frames(nlp, t, sentences))

    for name in args.sets.split(","):
        gold = load_gold(SETS / f"{name}.jsonl")
        for label, extract in (("rules", extract_statements), ("rules+parser", with_parser)):
            print(f"{name:18} {label:13} {format_report(score_articles(gold, predict_articles(gold, extract)))}")


if __name__ == "__main__":
    main()
