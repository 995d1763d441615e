"""Tests for copies.py: a wire story and its reprints are found and grouped."""

from __future__ import annotations

from claimcheck.copies import find_copies, paragraphs
from claimcheck.models import Document

WIRE = (
    "Floodwater forced hundreds from their homes in Harbourton on Tuesday.\n\n"
    "Rescue crews said 42 people were taken to shelters overnight, and two bridges were closed.\n\n"
    "The mayor asked residents to stay away from the river until the water drops.\n"
)
#: The wire story reprinted: new headline, curly quotes, a trimmed last paragraph.
REPRINT = (
    "Hundreds flee Harbourton floods\n\n"
    "Floodwater forced hundreds from their homes in Harbourton on Tuesday!\n\n"
    "Rescue crews said 42 people were taken to shelters overnight, and two bridges were closed.\n\n"
    "The mayor asked residents to stay away from the river until the water drops\n"
)
#: Same event, own words.
OWN = (
    "Harbourton's river burst its banks on Tuesday and the town emptied its lowest streets.\n\n"
    "Officials counted 40 people in emergency shelters by morning; one bridge stays shut.\n"
)


def test_reprint_is_a_copy_of_the_earlier_wire_story():
    docs = [
        Document(text=REPRINT, source="outlet10", published="2025-03-04T12:00"),
        Document(text=OWN, source="outlet2"),
        Document(text=WIRE, source="wire", published="2025-03-04T08:00"),
    ]
    assert find_copies(docs) == (("outlet10", "wire"),)


def test_three_copies_group_under_one_original():
    docs = [Document(text=WIRE, source=s) for s in ("c", "a", "b")]
    # Undated and the same length: the first by name is the original.
    assert find_copies(docs) == (("b", "a"), ("c", "a"))


def test_own_reporting_is_no_copy():
    assert find_copies([Document(text=WIRE, source="a"), Document(text=OWN, source="b")]) == ()
    assert find_copies([Document(text="", source="a"), Document(text="", source="b")]) == ()


def test_paragraphs_drop_bylines_and_fold_punctuation():
    assert paragraphs("By Staff\n\nThe mayor asked residents to stay away from the river!") == [
        "the mayor asked residents to stay away from the river"
    ]
