"""Whom an attacker meant to hit: one named attacker given two different targets."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.targets import TARGET


def _targets(nlp, text: str) -> list[tuple[str | None, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.agent, c.relation.patient)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == TARGET
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said Dale Brenner was aiming at a neighbour.", [("Dale Brenner", "a neighbour")]),
        ("Dale Brenner told detectives he was aiming for the bus driver.", [("Dale Brenner", "the bus driver")]),
        ("Prosecutors say Dale Brenner targeted two shop owners.", [("Dale Brenner", "two shop owners")]),
        ("Dale Brenner fired the shots meant for a rival crew.", [("Dale Brenner", "a rival crew")]),
    ],
)
def test_a_named_attackers_target_is_read(nlp, text, expected):
    assert _targets(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The campaign targeted young voters in the suburbs.",  # no person aims
        "Dale Brenner was not aiming at anyone, his lawyer said.",  # denied
        "The new chips are aimed at small laptops.",  # nobody named
    ],
)
def test_no_target_without_a_named_attacker(nlp, text):
    assert _targets(nlp, text) == []


def _findings(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("target of")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("east", "west", "status"),
    [
        (
            "Police said Dale Brenner was aiming at a neighbour.",
            "Dale Brenner was aiming at members of a rival crew, police said.",
            Status.VARIANT,
        ),
        (
            "Police said Dale Brenner was aiming at rival crew members.",
            "Dale Brenner was targeting members of a rival crew, police said.",
            Status.AGREE,
        ),
    ],
)
def test_targets_of_one_attacker_compared(nlp, east, west, status):
    [finding] = _findings(nlp, east, west)
    assert finding.status is status
    if status is Status.VARIANT:
        assert "east says Dale Brenner was aiming at “a neighbour”" in finding.explanation
        assert "west says at “members of a rival crew”" in finding.explanation


@pytest.mark.model
def test_two_attackers_targets_are_never_compared(nlp):
    east = "Police said Dale Brenner was aiming at a neighbour."
    west = "Police said Ray Almond was aiming at members of a rival crew."
    assert all(f.status is Status.AGREE for f in _findings(nlp, east, west))
