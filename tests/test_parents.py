"""What someone's parents did for a living, as each source tells it."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.parents import PARENT, PARENT_TRADE


def _trades(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.agent, c.relation.predicate, c.relation.extra)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == PARENT_TRADE
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Moreau grew up in Lyon. Her father was a baker.", [("Anna Moreau", "father", "baker")]),
        (
            "Anna Moreau grew up in Lyon. Her father was a baker, and her mother was a nurse.",
            [("Anna Moreau", "father", "baker"), ("Anna Moreau", "mother", "nurse")],
        ),
        ("Anna Moreau was the daughter of a railway clerk.", [("Anna Moreau", PARENT, "railway clerk")]),
    ],
)
def test_a_parents_trade_is_read(nlp, text, expected):
    assert _trades(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Her father was not a baker.",  # denied, and nobody named
        "The father of three was a baker.",  # nobody's parent
    ],
)
def test_no_trade_without_a_named_child(nlp, text):
    assert _trades(nlp, text) == []


def _findings(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("parents of")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("east", "west", "status"),
    [
        (
            "Anna Moreau grew up in Lyon. Her father was a baker.",
            "Anna Moreau grew up in Lyon. Her father was a railway clerk.",
            Status.VARIANT,
        ),
        (
            "Anna Moreau grew up in Lyon. Her father was a baker.",
            "Anna Moreau was the daughter of a village baker.",
            Status.AGREE,
        ),
        (
            "Anna Moreau grew up in Lyon. Her mother was a nurse.",
            "Anna Moreau grew up in Lyon. Her father was a railway clerk.",
            None,  # two parents: nothing to compare
        ),
    ],
)
def test_trades_of_one_persons_parents_compared(nlp, east, west, status):
    findings = _findings(nlp, east, west)
    if status is None:
        assert all(f.status is Status.AGREE for f in findings)
        return
    [finding] = findings
    assert finding.status is status
    if status is Status.VARIANT:
        assert "east says Anna Moreau's father was a baker" in finding.explanation
        assert "railway clerk" in finding.explanation
