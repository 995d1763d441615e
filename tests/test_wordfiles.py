"""The shipped word lists, read one way, and alternations of their phrases."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.wordfiles import alternation, entries, openings, rows


def test_entries_leave_out_comments_and_blank_lines():
    words = entries("not_holders.txt")
    assert "Friday" in words and all(w and not w.startswith("#") for w in words)


def test_rows_are_split_on_tabs():
    assert all(len(row) == 3 for row in rows("units.tsv", folder="data"))


_WORDS = st.lists(st.text(alphabet="ab.", min_size=1, max_size=4), min_size=1, max_size=3).map(" ".join)
_DASHED = r"[\s-]+"


@given(st.lists(_WORDS, min_size=1, max_size=5))
def test_an_alternation_matches_each_phrase_whole_whatever_the_gap(phrases):
    pattern = re.compile("(?:" + alternation(phrases, gap=_DASHED) + ")")
    for phrase in phrases:
        assert pattern.fullmatch(phrase)
        assert pattern.fullmatch(phrase.replace(" ", "-"))


@pytest.mark.parametrize(
    ("phrases", "gap"),
    [(["a few", "an eighth", "thirty", "no", "x"], r"\s+"), (["top seed", "runner-up", "a pair of"], r"[\s-]+")],
)
def test_openings_hold_wherever_a_phrase_starts(phrases: list[str], gap: str) -> None:
    """A lookahead of the openings passes over no place where the alternation matches."""
    fast = re.compile(rf"(?={openings(phrases)})(?:{alternation(phrases, gap=gap)})")
    full = re.compile(alternation(phrases, gap=gap))
    for phrase in phrases:
        for text in (phrase, phrase.replace(" ", "  "), phrase.replace(" ", "-"), f"the {phrase}s"):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in full.finditer(text)]
