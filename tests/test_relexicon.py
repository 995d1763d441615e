"""relexicon.py: the predicate lexicon of relation claims, shipped as data/relations.json."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from claimcheck.relexicon import lexicon


def test_the_data_file_is_valid_json_with_every_section():
    raw = json.loads(resources.files("claimcheck.data").joinpath("relations.json").read_text("utf-8"))
    assert {"events", "causal", "modal_verbs", "modal_aux", "negating_verbs", "verdict_words"} <= set(raw)


@pytest.mark.parametrize(
    ("verb", "event"),
    [
        ("lift", "sanctions_lifted"),
        ("ease", "sanctions_lifted"),
        ("relax", "sanctions_lifted"),
        ("impose", "sanctions_imposed"),
        ("free", "release"),
        ("pardon", "release"),
        ("indict", "charge"),
        ("convict", "convict"),
        ("acquit", "acquit"),
        ("appoint", "appoint"),
        ("buy", "acquire"),
        ("strike", "attack"),
    ],
)
def test_synonyms_share_one_class(verb, event):
    assert event in {c.name for c in lexicon().by_verb[verb]}


def test_exclusive_outcomes_share_a_frame():
    lex = lexicon()
    assert lex.frame_of("convict") == lex.frame_of("acquit") == "verdict"
    assert lex.classes["convict"].outcome != lex.classes["acquit"].outcome
    assert lex.frame_of("release") == "release"


def test_themed_classes_are_tried_first():
    # "lift" alone says nothing; "lift sanctions" is the sanctions class
    assert lexicon().by_verb["lift"][0].theme


def test_every_verdict_word_names_a_class():
    lex = lexicon()
    assert all(cls in lex.classes for cls in lex.verdict_words.values())


def test_causal_phrases_are_word_tuples():
    assert ("in", "exchange", "for") in lexicon().effect_after
    assert "prompt" in lexicon().cause_verbs and "facilitate" in lexicon().cause_verbs


def test_classes_borrow_the_verbs_of_the_quantity_measure_lexicon():
    measures = json.loads(resources.files("claimcheck.data").joinpath("measures.json").read_text("utf-8"))
    lex = lexicon()
    for event, measure in (("arrest", "arrested"), ("killed", "killed"), ("injured", "injured")):
        assert set(measures["measures"][measure]["events"]) <= lex.classes[event].verbs


def test_killed_and_injured_are_exclusive_outcomes_of_one_casualty():
    lex = lexicon()
    assert lex.frame_of("killed") == lex.frame_of("injured") == "casualty"
    assert "die" in lex.classes["killed"].intransitive
