"""Tests for the rank reader: ordinals in words and digits, "No. N", hyphenated ranks."""

from __future__ import annotations

import random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words
from number_renderers import RANK_FAMILIES, read_rank_exactly

from claimcheck.readers.ordinals import OrdinalMention, find_ordinals

# (sentence, [(surface, place)])
RANKS = [
    ("The referee stopped it in the ninth round.", [("ninth", 9)]),
    ("She became the 32nd mayor of the town.", [("32nd", 32)]),
    ("He was a third-round pick in 1999.", [("third", 3)]),
    ("It is the country's second-largest port.", [("second", 2)]),
    ("The club won its 14th straight game.", [("14th", 14)]),
    ("It was a second straight defeat for them.", [("second", 2)]),
    ("For the first time, women could vote.", [("first", 1)]),
    ("They held a first-ever summit.", [("first", 1)]),
    ("She was the seventh officer killed on duty.", [("seventh", 7)]),
    ("He scored his 1,000th goal.", [("1,000th", 1000)]),
    ("They play No. 8 seed Dayton.", [("No. 8", 8)]),
    ("The sixth-seeded Owls lost.", [("sixth", 6)]),
    ("The top-seeded Owls won.", [("top-seeded", 1)]),
    ("The top seed advanced.", [("top seed", 1)]),
    ("He moved into 12th on the list.", [("12th", 12)]),
    ("It was the forty-fourth attempt.", [("forty-fourth", 44)]),
    ("It was their one hundred and third meeting.", [("one hundred and third", 103)]),
    ("Rome is in its three hundredth day of the siege.", [("three hundredth", 300)]),
    ("He fell in the fourth and rose in the fifth.", [("fourth", 4), ("fifth", 5)]),
]

# Times, dates, fractions and names: no rank.
NOT_RANKS = [
    "It lasted two seconds.",
    "She paused for a second.",
    "A split second later it fell.",
    "Every second counts.",
    "At first he refused.",
    "It is a first-hand account.",
    "First, the facts.",
    "They met on March 21st.",
    "They met on the 4th of July.",
    "It happened on Friday the 13th.",
    "He lives on 125th Street.",
    "They marched down Fifth Avenue.",
    "A third of voters stayed home.",
    "No 5 people agree.",
]


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_find_ordinals(text, expected):
    found = find_ordinals(text)
    assert [(m.text, m.value) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text", NOT_RANKS)
def test_not_ranks(text):
    assert find_ordinals(text) == []


def test_mentions_are_frozen_and_slotted():
    (m,) = find_ordinals("the sixth round")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.value = 7  # type: ignore[misc]
    assert not hasattr(OrdinalMention(0, 1, 1, "x"), "__dict__")


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["ordinal", "ordinal_num"]))
def test_num2words_ordinals_round_trip(n, to):
    expr = num2words(n, to=to)
    found = find_ordinals(f"It was the {expr} attempt.")
    assert [(m.text, m.value) for m in found] == [(expr, n)]


@given(st.randoms(use_true_random=False))
def test_rendered_ranks_read_exactly(rng: random.Random):
    for render in RANK_FAMILIES.values():
        r = render(rng)
        assert read_rank_exactly(r, find_ordinals(r.sentence)), r


@given(st.text(max_size=60))
def test_never_raises_and_spans_hold(text):
    for m in find_ordinals(text):
        assert text[m.start : m.end] == m.text and m.value > 0


@given(
    st.lists(
        st.sampled_from(["no.", "No. 3", "the", "third", "Thirty-first", "top seed", "runner-up", "21st", "one"])
        | st.text(max_size=4),
        max_size=10,
    ),
    st.sampled_from([" ", "-", ", "]),
)
def test_fast_ordinal_finds_what_the_full_pattern_finds(words: list[str], gap: str) -> None:
    """The cheap test of how an ordinal opens passes over no ordinal the full pattern reads."""
    from claimcheck.readers.ordinals import _FAST_ORDINAL, _ORDINAL
    from claimcheck.wordfiles import ascii_letters

    lowered = ascii_letters(gap.join(words)).lower()
    full = [(m.span(), m.lastgroup) for m in _ORDINAL.finditer(lowered)]
    assert [(m.span(), m.lastgroup) for m in _FAST_ORDINAL.finditer(lowered)] == full
