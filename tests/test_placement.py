"""Where a claim stands as it is read: its source, column and offset in its sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.placement import placed, reading, sentence_offset

TEXT = "Storm hits coast\n\nOfficials said 12 were killed. Police said 40 were hurt.\n"


@pytest.mark.parametrize(
    ("figure", "sentence", "column", "offset"),
    [
        ("12", "Officials said 12 were killed.", 16, 15),
        ("40", "Police said 40 were hurt.", 44, 12),
        ("Storm", "Storm hits coast", 1, 0),
        ("40", "", 44, None),  # no sentence quoted, no offset in it
    ],
)
def test_a_claim_is_placed_on_its_line_and_in_its_sentence(figure, sentence, column, offset):
    start = TEXT.index(figure)
    with reading("wire"):
        assert placed(TEXT, start, start + len(figure), sentence) == ("wire", column, offset)


def test_the_source_is_the_innermost_reading_and_empty_outside():
    assert placed(TEXT, 0, 5, "Storm hits coast")[0] == ""
    with reading("wire"):
        with reading("paper"):
            assert placed(TEXT, 0, 5, "")[0] == "paper"
        assert placed(TEXT, 0, 5, "")[0] == "wire"
    assert placed(TEXT, 0, 5, "")[0] == ""


@given(st.lists(st.sampled_from(["One said 5.", "Two said 6.", "\n"]), min_size=1, max_size=8), st.data())
def test_a_sentence_offset_finds_the_sentence_occurrence_that_holds_the_claim(parts, data):
    text = " ".join(parts)
    sentences = [(i, p) for i, p in enumerate(parts) if p.strip()]
    if not sentences:
        return
    k, sentence = data.draw(st.sampled_from(sentences))
    at = len(" ".join(parts[:k])) + (1 if k else 0)
    start = at + sentence.index("said")
    assert sentence_offset(text, start, start + 4, sentence) == sentence.index("said")
