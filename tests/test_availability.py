"""When a named product goes on sale: one launch given two months by two sources."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.availability import AVAILABLE


def _launches(nlp, text: str) -> list[tuple[str | None, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.patient, c.relation.when)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == AVAILABLE
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Vexa Nova is expected to be available in June for $199.", [("Vexa Nova", "in June")]),
        ("Shoppers can expect the Vexa Nova to become available later in May.", [("Vexa Nova", "in May")]),
        ("The Vexa Nova will be available for pre-order on April 2.", []),  # a pre-order is another event
        ("The Vexa Nova will be available by June.", []),  # a bound, not a date
        ("The phone will be available in June.", []),  # no product named
    ],
)
def test_a_named_products_month_on_sale_is_read(nlp, text, expected):
    assert _launches(nlp, text) == expected


def _findings(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("on sale")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("west", "status"),
    [
        ("Shoppers can expect the Vexa Nova to become available later in May.", Status.CONFLICT),
        ("Shoppers can expect the Vexa Nova to become available early in June.", Status.AGREE),
    ],
)
def test_one_launch_in_two_months_is_a_conflict(nlp, west, status):
    east = "The Vexa Nova is expected to be available in June for $199."
    [finding] = _findings(nlp, east, west)
    assert finding.status is status
    if status is Status.CONFLICT:
        assert "east says" in finding.explanation and "west says" in finding.explanation
        assert finding.notes


@pytest.mark.model
def test_two_products_are_never_compared(nlp):
    east = "The Vexa Nova is expected to be available in June for $199."
    west = "Shoppers can expect the Orbit Mini to become available later in May."
    assert all(f.status is not Status.CONFLICT for f in _findings(nlp, east, west))
