"""Causes of death: a cause given against a cause said to be unknown, two causes, one person at a time."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.death_causes import DEATH_CAUSE, UNKNOWN


def _causes(nlp, text: str) -> list[tuple[str | None, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.patient, c.relation.extra)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == DEATH_CAUSE
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said Dan Kessler died of a heart attack on Monday.", [("Dan Kessler", "a heart attack")]),
        ("Dan Kessler died on Monday from cancer, his family said.", [("Dan Kessler", "cancer")]),
        (
            "Dan Kessler died in a hospital on Monday. The cause of his death was unknown.",
            [("Dan Kessler", UNKNOWN)],
        ),
        (
            "Dan Kessler died in a hospital on Monday. The cause of death was not immediately known.",
            [("Dan Kessler", UNKNOWN)],
        ),
        (
            "Dan Kessler died at home on Monday. Officials did not release the cause of death.",
            [("Dan Kessler", UNKNOWN)],
        ),
        ("Dan Kessler died in a hospital. The cause of death was a stroke.", [("Dan Kessler", "a stroke")]),
    ],
)
def test_a_cause_of_death_is_read_with_whose_death_it_is(nlp, text, expected):
    assert _causes(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The cause of the fire was unknown.",  # no death
        "Dan Kessler did not die of his wounds.",  # denied
        "The cause of death was unknown.",  # nobody named: whose death?
    ],
)
def test_no_cause_of_death_without_a_death_and_a_person(nlp, text):
    assert _causes(nlp, text) == []


def _finding(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    found = [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("cause of death")]
    return found


@pytest.mark.model
@pytest.mark.parametrize(
    ("east", "west", "status", "words"),
    [
        (
            "Dan Kessler died on Monday of an apparent stroke, his lawyer said.",
            "Dan Kessler died on Monday. The cause of his death was not known.",
            Status.VARIANT,
            ["east says Dan Kessler died of “an apparent stroke”", "west says the cause of death was not known"],
        ),
        (
            "Dan Kessler died of cancer on Monday, his lawyer said.",
            "Dan Kessler died of a stroke on Monday, police said.",
            Status.CONFLICT,
            ["cancer", "a stroke"],
        ),
        (
            "Dan Kessler died of a stroke on Monday, his lawyer said.",
            "Dan Kessler died on Monday of an apparent stroke, police said.",
            Status.AGREE,
            ["agree"],
        ),
    ],
)
def test_causes_of_one_death_compared(nlp, east, west, status, words):
    [finding] = _finding(nlp, east, west)
    assert finding.status is status
    for word in words:
        assert word in finding.explanation


@pytest.mark.model
def test_two_peoples_deaths_are_never_compared(nlp):
    east = "Dan Kessler died of cancer on Monday, his lawyer said."
    west = "Ray Almond died of a stroke on Monday, police said."
    assert all(f.status is not Status.CONFLICT for f in _finding(nlp, east, west))


def test_the_subject_names_the_dead_the_same_whatever_the_order_of_the_claims():
    # two spellings as long as each other: the subject must not follow the claims' order
    import attrs
    from claim_factory import qclaim

    from claimcheck.align import Group
    from claimcheck.death_causes import _finding
    from claimcheck.models import Relation

    def said(source, patient):
        base = qclaim(source, "1", None, "die")
        relation = Relation(event=DEATH_CAUSE, predicate="die", patient=patient, extra="a fever")
        return attrs.evolve(base, kind=ClaimKind.RELATION, quantity=None, relation=relation)

    claims = [said("east", "Anna 'Red' Moreau"), said("west", 'Anna "Red" Moreau')]
    subjects = {
        _finding(Status.AGREE, Group(ClaimKind.RELATION, "cause", tuple(order)), 2, "").subject
        for order in (claims, claims[::-1])
    }
    assert len(subjects) == 1
