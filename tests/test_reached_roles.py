"""A role someone reached against one they only hoped for."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.reached_roles import HOPED, REACHED_ROLE


def _roles(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.patient, c.relation.extra, c.relation.modality)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == REACHED_ROLE
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officer Dana Reyes had hoped to become a sergeant.", [("Dana Reyes", "sergeant", HOPED)]),
        ("Dana Reyes, who wanted to become a sergeant, joined in 2001.", [("Dana Reyes", "sergeant", HOPED)]),
        ("Dana Reyes had made the rank of sergeant last week.", [("Dana Reyes", "sergeant", None)]),
        ("Dana Reyes was promoted to the rank of sergeant.", [("Dana Reyes", "sergeant", None)]),
    ],
)
def test_a_role_reached_or_hoped_for_is_read(nlp, text, expected):
    assert _roles(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dana Reyes will become a sergeant next month.",  # to come
        "Dana Reyes never became a sergeant.",  # denied
        "Dana Reyes scored 30 points to become the leading scorer.",  # a purpose
    ],
)
def test_no_role_claim_for_roles_to_come_or_denied(nlp, text):
    assert _roles(nlp, text) == []


def _findings(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("role reached")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("east", "west", "status"),
    [
        ("Dana Reyes had made the rank of sergeant.", "Dana Reyes had hoped to become a sergeant.", Status.VARIANT),
        ("Dana Reyes was promoted to the rank of sergeant.", "Dana Reyes became a sergeant in May.", Status.AGREE),
    ],
)
def test_reached_and_hoped_roles_compared(nlp, east, west, status):
    [finding] = _findings(nlp, east, west)
    assert finding.status is status
    if status is Status.VARIANT:
        assert finding.explanation.startswith("east says Dana Reyes reached the role of sergeant")
        assert "west says Dana Reyes only hoped to" in finding.explanation


@pytest.mark.model
def test_different_roles_are_never_compared(nlp):
    east = "Dana Reyes had made the rank of sergeant."
    west = "Dana Reyes had hoped to become a detective."
    assert _findings(nlp, east, west) == []
