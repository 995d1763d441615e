"""Who found a victim: one victim, two finders."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.finders import FOUND_BY


def _finders(nlp, text: str) -> list[tuple[str | None, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.agent, c.relation.patient)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == FOUND_BY
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Baker's body was discovered by neighbors on Sunday.", [("neighbors", "Tom Baker")]),
        ("A jogger found Tom Baker near the river.", [("A jogger", "Tom Baker")]),
        (
            "Tom Baker was killed on Sunday. A jogger who found the wounded man called 911.",
            [("A jogger", "Tom Baker")],
        ),
    ],
)
def test_a_finder_of_a_named_victim_is_read(nlp, text, expected):
    assert _finders(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A jury found Tom Baker guilty of fraud.",  # a verdict
        "Investigators found a pistol near the river.",  # a thing, not a person
        "A jogger found the body near the river.",  # nobody named as killed
    ],
)
def test_no_finder_without_a_person_found(nlp, text):
    assert _finders(nlp, text) == []


def _findings(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("who found")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("east", "west", "status"),
    [
        ("Tom Baker's body was discovered by neighbors.", "A jogger found Tom Baker near the river.", Status.VARIANT),
        ("Police found Tom Baker near the river.", "Tom Baker's body was discovered by deputies.", Status.AGREE),
    ],
)
def test_finders_of_one_victim_compared(nlp, east, west, status):
    [finding] = _findings(nlp, east, west)
    assert finding.status is status
    if status is Status.VARIANT:
        assert "east says neighbors" in finding.explanation
        assert "west says a jogger" in finding.explanation
