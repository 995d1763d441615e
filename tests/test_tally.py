"""Naming a group after what most of its claims say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.tally import and_list, longest, most_common, say, shortest, sides


@pytest.mark.parametrize(
    ("values", "shortest", "expected"),
    [
        (["shots", "gunshots", "shots"], True, "shots"),
        (["gunshots", "shots"], True, "shots"),  # a tie: the shortest
        (["gunshots", "shots"], False, "gunshots"),  # a tie: alphabetical
        ([None, "", None], True, ""),
        ([], False, ""),
    ],
)
def test_the_most_frequent_value_names_the_group(values, shortest, expected):
    assert most_common(values, shortest=shortest) == expected


@given(st.lists(st.sampled_from(["a", "bb", "cc", "ddd", None])), st.randoms(use_true_random=False), st.booleans())
def test_the_name_does_not_depend_on_the_order_of_the_claims(values, rnd, shortest):
    shuffled = list(values)
    rnd.shuffle(shuffled)
    assert most_common(shuffled, shortest=shortest) == most_common(values, shortest=shortest)


@given(st.lists(st.text(max_size=5), max_size=6), st.randoms(use_true_random=False))
def test_longest_and_shortest_do_not_depend_on_order(values, rnd):
    shuffled = list(values)
    rnd.shuffle(shuffled)
    assert longest(values) == longest(shuffled)
    assert shortest(values) == shortest(shuffled)
    if values:
        assert len(longest(values)) == max(map(len, values))
        assert len(shortest(values)) == min(map(len, values))


def test_equal_lengths_go_to_the_first_in_alphabetical_order():
    assert longest(["Vincent 'Chin' Gigante", 'Vincent "Chin" Gigante']) == 'Vincent "Chin" Gigante'
    assert shortest(["bb", "aa", "ccc"]) == "aa"
    assert longest([]) == shortest([]) == ""


@pytest.mark.parametrize(
    ("items", "said"),
    [(["east"], "east"), (["east", "west"], "east and west"), (["b", "a", "c"], "b, a and c")],
)
def test_a_few_names_are_said_as_a_sentence_lists_them_in_the_order_given(items, said):
    assert and_list(items) == said
    assert and_list(iter(items)) == said


def test_say_lists_sources_in_order_with_the_verb_that_agrees():
    assert say(["b"]) == "b says"
    assert say({"c", "a", "b"}) == "a, b and c say"


def test_each_item_takes_the_first_side_it_meets():
    words = ["police", "police officers", "a jogger", "officers", "the jogger's dog"]
    found = sides(words, lambda w: frozenset(w.split()), lambda side, own: not side.isdisjoint(own))
    assert [items for _, items in found] == [
        ["police", "police officers"],
        ["a jogger"],
        ["officers"],  # meets no side's key: a side's key is its first item's
        ["the jogger's dog"],
    ]


@given(st.lists(st.sampled_from(["a", "bb", "cc", None, ""]), max_size=8), st.booleans())
def test_the_most_frequent_value_is_counted_however_many_wordings_there_are(values, shortest):
    said = [v for v in values if v]
    if not said:
        assert most_common(values, shortest=shortest) == ""
        return
    top = max(said.count(v) for v in said)
    tied = {v for v in said if said.count(v) == top}
    expected = min(tied, key=lambda v: (len(v), v)) if shortest else min(tied)
    assert most_common(values, shortest=shortest) == expected
