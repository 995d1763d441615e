"""Hedges on a time of day are read in minutes, and only where they hedge the time."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.readers.clock_hedges import clock_hedge
from claimcheck.readers.quantities import find_quantities

ABOUT, SOON = 10.0, 15.0

HEDGES = [
    # text before the time, the hedge as written, low, high (for a time of 900 minutes)
    ("at about ", "about", 890, 910),
    ("Around ", "Around", 890, 910),
    ("shortly after ", "shortly after", 900, 915),
    ("a few minutes after ", "a few minutes after", 900, 915),
    ("just before ", "just before", 885, 900),
    ("almost ", "almost", 890, 900),
    ("sometime after ", "sometime after", 900, math.inf),
    ("before ", "before", 0, 900),
    ("by ", "by", 0, 900),
]


@pytest.mark.parametrize(("before", "written", "low", "high"), HEDGES)
def test_a_hedge_widens_a_time_by_minutes(before, written, low, high):
    hedge = clock_hedge(before + "3 p.m.", len(before), 900.0, ABOUT, SOON)
    assert hedge is not None
    assert (hedge.qualifier, hedge.low, hedge.high) == (written, low, high)
    assert hedge.start == before.index(written)


@pytest.mark.parametrize(
    "before",
    [
        "at ",  # no hedge
        "It ended 20 minutes after ",  # an offset from the time, not a hedge on it
        "two hours before ",
        "the cabout ",  # a word that merely ends like a hedge
    ],
)
def test_no_hedge_is_read_where_none_hedges_the_time(before):
    assert clock_hedge(before + "3 p.m.", len(before), 900.0, ABOUT, SOON) is None


@given(
    minutes=st.integers(min_value=1, max_value=1439),
    hedge=st.sampled_from(["about", "around", "approximately", "shortly after", "just before", "nearly"]),
)
def test_a_hedged_time_allows_the_time_written(minutes, hedge):
    hours, minute = divmod(minutes, 60)
    written = f"{hours % 12 or 12}:{minute:02d} {'a.m.' if hours < 12 else 'p.m.'}"
    text = f"The blast came {hedge} {written} on Sunday."
    [mention] = [m for m in find_quantities(text, measures=True) if (m.quantity.unit or "").startswith("clock")]
    q = mention.quantity
    assert text[mention.start : mention.end] == f"{hedge} {written}"
    assert q.low <= minutes <= q.high
    assert q.high - q.low <= 2 * ABOUT
