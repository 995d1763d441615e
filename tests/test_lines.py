"""Line numbers and line bounds from one index of a text's newlines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.lines import LineIndex


@given(st.text(alphabet="ab\n", max_size=60), st.data())
def test_a_line_number_counts_the_newlines_before_the_offset(text, data):
    offset = data.draw(st.integers(0, len(text)))
    assert LineIndex(text).line(offset) == text.count("\n", 0, offset) + 1


@given(st.text(alphabet="ab\n", min_size=1, max_size=60), st.data())
def test_line_bounds_hold_the_span_and_no_newline_at_their_edges(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    low, high = LineIndex(text).bounds(start, end)
    assert (low <= start and end <= high) or start == end == low
    assert "\n" not in text[low:start] and "\n" not in text[end:high]
    assert low == 0 or text[low - 1] == "\n"
    assert high == len(text) or text[high] == "\n"


@given(st.text(alphabet="ab\n", max_size=80), st.data())
def test_line_of_counts_the_newlines_before_an_offset(text, data):
    from claimcheck.lines import line_of

    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert line_of(text, offset) == text.count("\n", 0, offset) + 1
