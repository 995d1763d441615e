"""The shipped word lists, read one way, and alternations of their phrases."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.wordfiles import alternation, entries, rows


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
