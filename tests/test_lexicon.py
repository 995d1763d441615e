"""The word lists are data: each says what it is for, and none repeats an entry."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

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
