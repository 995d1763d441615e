"""The word lists are data: each says what it is for, and none repeats an entry."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import lexicon

DATA = json.loads(resources.files("claimcheck").joinpath("data", "lexicon.json").read_text(encoding="utf-8"))
LISTS = sorted(k for k, v in DATA.items() if isinstance(v, dict) and "words" in v)


@pytest.mark.parametrize("name", LISTS)
def test_every_list_says_what_it_is_for_and_repeats_nothing(name):
    entry = DATA[name]
    assert entry["about"].strip()
    repeated = [w for w, n in Counter(entry["words"]).items() if n > 1]
    assert not repeated, repeated
    assert getattr(lexicon, name.upper()) == frozenset(entry["words"])


def test_no_lemma_belongs_to_two_event_classes():
    seen = Counter(lemma for members in lexicon.PREDICATE_CLASSES.values() for lemma in members)
    assert [lemma for lemma, n in seen.items() if n > 1] == []


@pytest.mark.parametrize(
    ("lemma", "cls"), [("freed", "freed"), ("free", "release"), ("languish", "remain"), ("sack", "cut"), (None, None)]
)
def test_a_lemma_is_read_as_its_class(lemma, cls):
    assert lexicon.predicate_class(lemma) == cls


def test_inflections_cover_the_classes_and_the_irregular_forms():
    assert lexicon.INFLECTIONS["freed"] == "free"
    assert lexicon.INFLECTIONS["released"] == "release"
    assert all(lemma in lexicon.INFLECTIONS for members in lexicon.PREDICATE_CLASSES.values() for lemma in members)


# ---------------------------------------------------------------- the Lexicon a Config carries


def test_the_packaged_lexicon_reads_events_as_the_module_lists_do():
    lemmas = {m for members in lexicon.PREDICATE_CLASSES.values() for m in members} | {"unlisted", "FREED"}
    assert all(lexicon.PACKAGED.predicate_class(x) == lexicon.predicate_class(x) for x in lemmas)
    assert lexicon.PACKAGED.weak_predicates == lexicon.WEAK_PREDICATES
    assert lexicon.PACKAGED.classes == frozenset(lexicon.PREDICATE_CLASSES)


def test_an_extended_lexicon_adds_words_without_touching_the_packaged_one():
    grown = lexicon.PACKAGED.extended(predicate_classes={"release": ["Spring"], "vote": ["ballot"]}, offices=["Warden"])
    assert grown.predicate_class("spring") == "release"
    assert grown.predicate_class("ballot") == "vote"
    assert "warden" in grown.offices
    assert lexicon.PACKAGED.predicate_class("spring") == "spring"
    assert "warden" not in lexicon.PACKAGED.offices
    assert grown != lexicon.PACKAGED
    assert lexicon.PACKAGED.extended() == lexicon.PACKAGED


def test_an_unknown_word_list_is_a_clear_error():
    with pytest.raises(ValueError, match=r"unknown word list.*weak_predicate"):
        lexicon.PACKAGED.extended(weak_predicate=["hold"])


@given(st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=6), max_size=5))
def test_extending_only_ever_adds(words):
    grown = lexicon.PACKAGED.extended(weak_predicates=words)
    assert grown.weak_predicates == lexicon.PACKAGED.weak_predicates | set(words)
    assert grown.predicate_classes == lexicon.PACKAGED.predicate_classes
