"""Names of places and organisations written two ways, and look-alike names kept apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.namevariants import (
    NameRelation,
    relation,
    spelled_alike,
    variant_pairs,
    vowels_apart,
    written_forms,
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Zurich", "Zürich", NameRelation.SAME),
        ("Harbor Fire & Rescue", "Harbor Fire and Rescue", NameRelation.SAME),
        ("Lindholm", "Lindholme", NameRelation.SPELLING),
        ("Blue Herons", "BlueHerons", NameRelation.SPELLING),
        ("Port Kestrel", "Port Kestrell", NameRelation.SPELLING),
        ("National Council for Fisheries", "National Fisheries Council", NameRelation.WORDING),
        ("Grand Order of the Silver Lantern Keepers", "Grand Order of Lantern Keepers", NameRelation.WORDING),
        ("Iran", "Iraq", None),
        ("Austria", "Australia", None),
        ("Supreme Court", "Vermont Supreme Court", None),
        ("Ohio State", "Ohio State University", None),
        ("Valley Conference", "Valley Conference Tournament", None),
        ("Ember", "Embers", None),
        # one word of a longer name in other vowels
        ("Silver Bells", "Silver Bull", NameRelation.SPELLING),
        ("Grey Lantern Society", "Grey Lontern Society", NameRelation.SPELLING),
        ("Silver Bells", "Silver Balk", None),  # other consonants: another word
        ("Banks", "Boonk", None),  # a one-word name in other vowels may be another name
        ("North Vale", "South Vale", None),
    ],
)
def test_relation(a, b, expected):
    assert relation(a, b) is expected
    assert relation(b, a) is expected


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("bern", "berne", True),
        ("phillips", "philips", True),
        ("sepe", "sepy", True),
        ("mali", "malt", False),
        ("kent", "kant", True),
        ("ab", "abe", False),
        ("dore", "sore", False),
    ],
)
def test_spelled_alike(a, b, alike):
    assert spelled_alike(a, b) is alike


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("guns", "goon", True),  # the plural "s" dropped, the same consonants
        ("lantern", "lontern", True),
        ("hawk", "hinge", False),
        ("hawk", "kawh", False),  # another first letter
        ("ox", "ax", False),  # too short to tell
        ("reed", "reed", False),  # the same word
    ],
)
def test_vowels_apart(a, b, apart):
    assert vowels_apart(a, b) is apart


def test_a_source_writing_both_names_means_two_places():
    sources = {"Maldo": frozenset({"a"}), "Maldu": frozenset({"a", "b"})}
    labels = {"Maldo": "place", "Maldu": "place"}
    assert variant_pairs(sources, sources, labels) == []
    assert variant_pairs(sources, {"Maldo": frozenset({"a"}), "Maldu": frozenset({"b"})}, labels) == [
        ("Maldo", "Maldu")
    ]


def test_names_of_different_kinds_never_pair():
    sources = {"Port Kestrel": frozenset({"a"}), "Port Kestrell": frozenset({"b"})}
    assert variant_pairs(sources, sources, {"Port Kestrel": "place", "Port Kestrell": "ORG"}) == []


def test_written_forms_leave_out_a_sources_short_form():
    forms = written_forms(
        {
            "a": ["Grand Order of the Silver Lantern Keepers", "Grand Order of Lantern Keepers"],
            "b": ["Grand Order of the Silver Lantern Keepers"],
        }
    )
    assert forms == {"Grand Order of the Silver Lantern Keepers": ["a", "b"]}


def test_written_forms_keep_a_sources_two_spellings():
    forms = written_forms({"a": ["Blue Herons", "BlueHerons"], "b": ["BlueHerons"]})
    assert forms == {"BlueHerons": ["a", "b"], "Blue Herons": ["a"]}


_NAME = st.text(alphabet=st.sampled_from("abcdefghij "), min_size=1, max_size=20)


@given(_NAME, _NAME)
def test_relation_is_symmetric(a, b):
    assert relation(a, b) is relation(b, a)


@given(_NAME)
def test_a_name_is_the_same_as_itself(a):
    assert relation(a, a) in (NameRelation.SAME, None)


@given(st.text(alphabet="bcdfghklmnprtvz", min_size=3, max_size=8), st.data())
def test_words_with_the_same_consonants_differ_only_by_vowels(consonants, data):
    def voiced(word: str) -> str:
        return "".join(ch + data.draw(st.sampled_from(["", "o", "ee"])) for ch in word)

    a, b = voiced(consonants), voiced(consonants)
    assert vowels_apart(a, b) is (a != b)
    assert not vowels_apart(a, "x" + b[1:])  # another first letter is another word
