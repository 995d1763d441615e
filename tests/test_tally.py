"""Naming a group after what most of its claims say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.tally import most_common


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
