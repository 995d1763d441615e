"""Disjoint sets: groups and roots never depend on the order of unions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.disjoint import DisjointSets

PAIRS = st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=30)


@given(PAIRS, st.randoms(use_true_random=False))
def test_groups_do_not_depend_on_the_order_of_unions(pairs, rnd):
    a, b = DisjointSets(range(21)), DisjointSets(range(21))
    for x, y in pairs:
        a.union(x, y)
    shuffled = list(pairs)
    rnd.shuffle(shuffled)
    for x, y in shuffled:
        b.union(y, x)
    assert a.groups() == b.groups()
    assert all(root == min(members) for root, members in a.groups().items())


def test_union_joins_transitively():
    sets = DisjointSets("abcd")
    sets.union("a", "b")
    sets.union("c", "b")
    assert sets.find("c") == "a" and sets.groups() == {"a": ["a", "b", "c"], "d": ["d"]}
