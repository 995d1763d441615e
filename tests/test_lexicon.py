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


# ---------------------------------------------------------------- every list, for readers and alignment


@pytest.mark.parametrize("name", LISTS)
def test_the_packaged_lexicon_carries_every_list_of_the_file(name):
    assert getattr(lexicon.PACKAGED, name) == frozenset(DATA[name]["words"]) == getattr(lexicon, name.upper())
    assert name in lexicon.WORD_LISTS


@pytest.mark.parametrize(
    ("name", "given", "kept"),
    [
        ("title_words", [" Commissar ", "commissar"], {"commissar"}),
        ("period_nouns", ["Bracket"], {"bracket"}),
        ("say_verbs", ["recall"], {"recall"}),
        ("entity_labels", ["norp"], {"NORP"}),  # spaCy's labels are upper case
    ],
)
def test_added_words_are_kept_once_in_the_case_their_list_reads(name, given, kept):
    grown = lexicon.PACKAGED.extended(**{name: given})
    assert getattr(grown, name) - getattr(lexicon.PACKAGED, name) == kept
    assert grown.reader_additions() == {name: sorted(kept)}


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ({"title_words": "commissar"}, "expected a list of words"),
        ({"title_words": ["  "]}, "an empty word"),
        ({"title_word": ["commissar"]}, r"unknown word list.*title_word; known: .*title_words"),
    ],
)
def test_a_bad_addition_is_a_clear_error(words, message):
    with pytest.raises(ValueError, match=message):
        lexicon.PACKAGED.extended(**words)


def test_only_additions_to_the_readers_lists_are_reader_additions():
    """Alignment-only lists (weak predicates, offices) change no parse: no reader addition."""
    grown = lexicon.PACKAGED.extended(weak_predicates=["hold"], offices=["warden"], tally_nouns=["roster"])
    assert grown.reader_additions() == {"tally_nouns": ["roster"]}
    assert lexicon.PACKAGED.reader_additions() == {}
    assert {"weak_predicates", "offices"}.isdisjoint(lexicon.READER_LISTS)
    assert {"title_words", "period_nouns", "say_verbs", "tally_nouns"} <= lexicon.READER_LISTS


def test_the_readers_lexicon_is_the_packaged_one_with_the_additions():
    assert lexicon.reader_lexicon({}) is lexicon.PACKAGED
    assert lexicon.reader_lexicon({"title_words": []}) is lexicon.PACKAGED
    grown = lexicon.reader_lexicon({"title_words": ["commissar"]})
    assert grown == lexicon.PACKAGED.extended(title_words=["commissar"])
    with pytest.raises(ValueError, match=r"weak_predicates are not read by the claim readers.*title_words"):
        lexicon.reader_lexicon({"weak_predicates": ["hold"]})
    with pytest.raises(ValueError, match=r"titles are not read"):
        lexicon.reader_lexicon({"titles": ["commissar"]})


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("beaten", "beat"),  # irregular participles, listed as data
        ("slain", "slay"),
        ("dropped", "drop"),  # a short verb doubles its last consonant
        ("winning", "win"),
        ("cutting", "cut"),
        ("dying", "die"),  # -ie becomes -ying
        ("fleeing", "flee"),  # -ee keeps its e
        ("voted", "vote"),  # and the plain rules still hold
        ("paying", "pay"),
        ("keeping", "keep"),
    ],
)
def test_inflections_read_doubled_consonants_and_irregular_participles(form, lemma):
    assert lexicon.INFLECTIONS[form] == lemma


def test_long_or_two_vowel_verbs_do_not_double():
    assert "keepped" not in lexicon.INFLECTIONS and "grossses" not in lexicon.INFLECTIONS
    assert "beatting" not in lexicon.INFLECTIONS and "payying" not in lexicon.INFLECTIONS


def test_every_falling_verb_is_a_verb_of_change():
    """A share is read as a fall only where a verb of change states it."""
    words = lexicon.PACKAGED
    assert words.falling_verbs <= words.change_verbs
    assert words.change_verbs - words.falling_verbs  # and the others tell a rise
