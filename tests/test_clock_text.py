"""Times of day in a finding's words, and a round trip through the number reader."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.clock_text import clock_text, gap_text, interval_text, range_text
from claimcheck.models import Quantity
from claimcheck.readers.quantities import find_quantities

CLOCKS = [
    (0, "midnight"),
    (1440, "midnight"),
    (720, "noon"),
    (900, "3 p.m."),
    (910, "3:10 p.m."),
    (65, "1:05 a.m."),
    (750, "12:30 p.m."),
    (30, "12:30 a.m."),
    (1450, "12:10 a.m."),  # "around midnight" reaches into the next day
    (math.inf, "later"),
]


@pytest.mark.parametrize(("minutes", "text"), CLOCKS)
def test_clock_text(minutes, text):
    assert clock_text(minutes) == text


@given(st.integers(min_value=1, max_value=1439))
def test_a_time_written_out_is_read_back(minutes):
    text = f"It happened at {clock_text(minutes)} on Friday."
    [q] = [m.quantity for m in find_quantities(text, measures=True) if (m.quantity.unit or "").startswith("clock")]
    assert q.low == q.high == minutes


def test_ranges_intervals_and_gaps_of_times_are_written_as_times():
    assert range_text(890, 910, timed=True) == "2:50 p.m.–3:10 p.m."
    assert range_text(900, math.inf, timed=True) == "after 3 p.m."
    assert range_text(12, 14, timed=False) == "12–14"
    assert interval_text(Quantity(low=890, high=910), timed=True) == "[2:50 p.m., 3:10 p.m.]"
    assert interval_text(Quantity(low=890, high=910), timed=False) == "[890, 910]"
    assert gap_text(25, timed=True) == "25 minutes apart"
    assert gap_text(1, timed=True) == "1 minute apart"
    assert gap_text(2, timed=False) == "2 apart"
