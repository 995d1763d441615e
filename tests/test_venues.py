"""Where a case was heard: one case's proceedings placed in two towns."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.venues import VENUE


def _venues(nlp, text: str) -> list[tuple[str | None, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.extra, c.relation.patient)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == VENUE
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Toledo jury convicted Paul Moreau of arson on Friday.", [("jury", "Toledo")]),
        ("Moreau appeared at a short hearing in Cleveland on Monday.", [("hearing", "Cleveland")]),
        ("The sentencing at the county court in Cleveland ended the case.", [("court", "Cleveland")]),
        (  # a town the model takes for an organisation before the noun, a place where named again
            "An Akron jury convicted Paul Moreau. He was held in Akron.",
            [("jury", "Akron")],
        ),
    ],
)
def test_a_proceeding_with_its_place_is_read(nlp, text, expected):
    assert _venues(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In 2009 a Toledo jury convicted Paul Moreau of fraud.",  # an earlier case, dated
        "A Toledo appeals court upheld the verdict on Friday.",  # another kind of proceeding
        "A grand jury in Cleveland indicted Moreau on Monday.",  # an indictment, not the case heard
        "Moreau has stood trial in several Ohio courts.",  # no one proceeding
    ],
)
def test_no_venue_for_other_proceedings(nlp, text):
    assert _venues(nlp, text) == []


def _findings(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject == "where the case was heard"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("east", "west", "status"),
    [
        (
            "A Toledo jury convicted Paul Moreau of arson on Friday.",
            "The sentencing at the county court in Cleveland ended the case against Paul Moreau.",
            Status.VARIANT,
        ),
        (
            "A Toledo jury convicted Paul Moreau of arson on Friday.",
            "Paul Moreau appeared at a brief hearing in Toledo on Monday.",
            Status.AGREE,
        ),
    ],
)
def test_venues_of_one_case_compared(nlp, east, west, status):
    [finding] = _findings(nlp, east, west)
    assert finding.status is status
    if status is Status.VARIANT:
        assert "Toledo (east: “A Toledo jury”)" in finding.explanation
        assert "Cleveland (west:" in finding.explanation


@pytest.mark.model
def test_a_region_holding_a_town_is_no_rival_venue(nlp):
    east = "An Ohio jury convicted Paul Moreau of arson on Friday."
    west = "Paul Moreau appeared at a brief hearing in Cleveland, Ohio, on Monday."
    assert all(f.status is not Status.VARIANT for f in _findings(nlp, east, west))
