"""Tests for the score reader: scores, win-loss records and made-attempted tallies."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.readers.scores import ScoreKind, ScoreMention, find_scores, result_sides

S, R, M = ScoreKind.SCORE, ScoreKind.RECORD, ScoreKind.MADE_ATTEMPTED

# (sentence, [(surface, first, second, kind)])
SCORES = [
    ("The Jets won 27-17 on Sunday.", [("27-17", 27, 17, S)]),
    ("They lost 2\u20133 in overtime.", [("2\u20133", 2, 3, S)]),
    ("It was a 65-53 win for the hosts.", [("65-53", 65, 53, S)]),
    ("City beat United 3 - 1 at home.", [("3 - 1", 3, 1, S)]),
    ("They won 27 to 17.", [("27 to 17", 27, 17, S)]),
    ("The lead grew to 50\u201444.", [("50\u201444", 50, 44, S)]),
    ("They improved to 8-4 with the win.", [("8-4", 8, 4, R)]),
    ("It was a 3-11 record.", [("3-11", 3, 11, R)]),
    ("They fell to 5-6 in the league.", [("5-6", 5, 6, R)]),
    ("The Jets (8-4) host the Bills.", [("8-4", 8, 4, R)]),
    ("They are 10-2-1 this season.", [("10-2-1", 10, 2, R)]),
    ("She was 7-of-12 from the field.", [("7-of-12", 7, 12, M)]),
    ("He went 3-for-4 at the plate.", [("3-for-4", 3, 4, M)]),
    ("He shot 7 of 12 from three.", [("7 of 12", 7, 12, M)]),
    ("They won 21-14 and improved to 6-2.", [("21-14", 21, 14, S), ("6-2", 6, 2, R)]),
    ("The hosts took a 40-31 halftime lead.", [("40-31", 40, 31, S)]),
    ("Two free throws made it 71-60 late on.", [("71-60", 71, 60, S)]),
    ("A late goal put Rovers ahead 2-1.", [("2-1", 2, 1, S)]),
    ("The Hawks held a 39-30 rebounding edge.", [("39-30", 39, 30, S)]),
    ("They outlasted Leeds 3-2 on Tuesday.", [("3-2", 3, 2, S)]),
    ("Outscoring the visitors 18-6 in the third settled it.", [("18-6", 18, 6, S)]),
    ("The veteran Morales, 41-6 with 30 knockouts, came in heavy.", [("41-6", 41, 6, R)]),
    ("Morales (41-6, 30 KO) came in heavy.", [("41-6", 41, 6, R)]),
    ("The win lifted the Owls to 19-9 overall.", [("19-9", 19, 9, R)]),
    ("They ended their season 12-20 after the loss.", [("12-20", 12, 20, R)]),
    ("The club is 7-3 all-time against them.", [("7-3", 7, 3, R)]),
    ("Final: Rovers 3, United 1\nThe match", [("Rovers 3, United 1", 3, 1, S)]),
    (
        "Round-up. No. 4 Kent State 70, No. 12 Ohio 58 Kent led throughout.",
        [("No. 4 Kent State 70, No. 12 Ohio 58", 70, 58, S)],
    ),
]

# Pairs that are ranges, dates, codes or shares: no score.
NOT_SCORES = [
    "Between 20-30 people came.",
    "from 20 to 30 people",
    "The 2010-2015 period ended.",
    "The 1995-96 season was long.",
    "It spread along 5-10 km of road.",
    "Call 555-1234 today.",
    "Seven of 12 jurors agreed.",
    "About 20-30% of voters agreed.",
    "Children aged 5-11 were vaccinated.",
    "It is open 24/7.",
    "He made 12 of 7.",
    "It was up to 20-30 people.",
    "He met them on March 8, April 9 and May 1.",
    "Room 12, Floor 3 of the annex.",
]


@pytest.mark.parametrize(("text", "expected"), SCORES)
def test_find_scores(text, expected):
    found = find_scores(text)
    got = [(s.text, s.first, s.second, s.kind) for s in found]
    assert got == expected
    for s in found:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize("text", NOT_SCORES)
def test_not_scores(text):
    assert find_scores(text) == []


def test_record_keeps_ties_and_mentions_are_frozen():
    (s,) = find_scores("They are 10-2-1 this season.")
    assert s.third == 1 and s.pair == (10, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.first = 3  # type: ignore[misc]
    assert not hasattr(ScoreMention(0, 1, 1, 0, S, "x"), "__dict__")


_FRAMES = {
    S: ["The Jets won {}.", "City beat United {} on Sunday.", "It ended in a {} win.", "They lost {} at home."],
    R: ["They improved to {} with the win.", "It was a {} record.", "The club fell to {} in the league."],
    M: ["She was {}-of-{} from the field.", "He went {}-for-{} at the plate."],
}


@given(
    st.sampled_from([S, R, M]),
    st.integers(min_value=0, max_value=199),
    st.integers(min_value=0, max_value=199),
    st.sampled_from(["-", "\u2013", "\u2014"]),
)
def test_rendered_pairs_read_back_in_order(kind, a, b, dash):
    frame = _FRAMES[kind][(a + b) % len(_FRAMES[kind])]
    if kind is M:
        a, b = min(a, b), max(a, b)  # made never exceeds attempted
        text = frame.format(a, b)
    else:
        text = frame.format(f"{a}{dash}{b}")
    (s,) = find_scores(text)
    assert (s.first, s.second, s.kind) == (a, b, kind)
    assert text[s.start : s.end] == s.text


@given(st.integers(min_value=1, max_value=500), st.integers(min_value=1, max_value=500))
def test_a_range_of_counted_things_is_no_score(a, b):
    assert find_scores(f"Officials said {a}-{b} people were hurt.") == []
    assert find_scores(f"Between {a} and {b} homes burned.") == []


@given(st.text())
def test_never_raises_and_spans_match(text):
    for s in find_scores(text):
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Hawks 71, Owls 60", ("Hawks", "Owls")),
        ("Owls 58, Hawks 70", ("Hawks", "Owls")),  # the winner is the side with more points
        ("No. 3 Lake Forest Hawks 71, No. 12 Owls 60", ("Lake Forest Hawks", "Owls")),
        ("Hawks 60, Owls 60", None),  # a tie has no winner
        ("71-60", None),
        ("The Hawks beat the Owls 71-60", None),
    ],
)
def test_result_sides(text, sides):
    assert result_sides(text) == sides


@given(st.text(alphabet="0123456789 -–to of.,/:%aA\n", max_size=40))
def test_pairs_are_found_where_the_pair_pattern_finds_them(text):
    from claimcheck.readers.scores import _PAIR, _pairs

    assert [m.span() for m in _pairs(text)] == [m.span() for m in _PAIR.finditer(text)]
