"""margins.py: a figure in the "by" phrase of a verb of winning is the margin of victory."""

from __future__ import annotations

import pytest
from claim_factory import pair_statuses, read_figure

from claimcheck.models import Status
from claimcheck.readers.margins import MARGIN


def _lemma(nlp, text: str, figure: str) -> str | None:
    return read_figure(nlp, text, figure).noun_lemma


@pytest.mark.parametrize(
    ("text", "figure", "margin"),
    [
        ("The Otters beat the Pikes by 11 points on Friday.", "11", True),
        ("Nyberg won the ward by 3,108 votes.", "3,108", True),
        ("The Otters lost by four goals in Malmby.", "four", True),
        ("Nyberg carried the district with a margin of 2,950 votes.", "2,950", True),
        # a total, a change and a margin of error are no margins of victory
        ("Nyberg won 14,300 votes in the ward.", "14,300", False),
        ("The Otters scored 11 points in the last quarter.", "11", False),
        ("Turnout rose by 4 points in the ward.", "4", False),
        ("The poll has a margin of error of 3 points.", "3", False),
    ],
)
def test_margin_read(nlp, text, figure, margin):
    assert (_lemma(nlp, text, figure) == MARGIN) is margin


def test_two_margins_of_one_win_are_compared(nlp):
    found = pair_statuses(
        nlp,
        "The Otters beat the Pikes by 11 points on Friday.",
        "The Otters won by 13 points against the Pikes on Friday.",
    )
    assert Status.CONFLICT in found


def test_a_margin_is_never_a_reading_of_a_tally(nlp):
    found = pair_statuses(nlp, "Nyberg won the ward by 4,100 votes.", "Nyberg won 4,300 votes in the ward.")
    assert found == []
