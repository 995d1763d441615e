"""Scores and records as claims: read with their holder, grouped by result, judged as pairs."""

from __future__ import annotations

import pytest
from claim_factory import shared_statuses

from claimcheck import ClaimKind, Status, compare
from claimcheck.models import Claim
from claimcheck.score_claims import pair_key

SETS = [
    # a, b, status of the finding holding both scores (None: never one finding)
    (
        "The Hawks beat the Owls 65-53 on Saturday, the league said.",
        "The Hawks beat the Owls 65-55 on Saturday, the league said.",
        Status.CONFLICT,
    ),
    (
        "The Hawks beat the Owls 65-53 on Saturday, the league said.",
        "The Hawks defeated the Owls 65-53 on Saturday night.",
        Status.AGREE,
    ),
    # a record is an ordered pair of one holder
    (
        "Marta Kiel (31-2) won the title fight, her promoter said.",
        "Marta Kiel (30-2) won the title fight, her promoter said.",
        Status.CONFLICT,
    ),
    # two moments of one game are two facts, never a conflict
    (
        "A free throw by Dane Ruiz made it 45-35 with 13 minutes left.",
        "A layup by Omar Bell made it 54-46 with six minutes left.",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "status"), SETS)
@pytest.mark.model
def test_scores_are_compared_as_pairs(nlp, a, b, status):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = shared_statuses(report, "score")
    assert both == ([status] if status else []), [(f.subject, f.explanation) for f in report.findings]


@pytest.mark.parametrize(
    ("label", "pair", "key"),
    [
        ("score", (53, 65), (65, 53)),  # a game score in either order is one result
        ("record", (4, 8), (4, 8)),  # a record keeps its order
        ("made-attempted", (7, 12), (7, 12)),
    ],
)
def test_pair_key(label, pair, key):
    claim = Claim(kind=ClaimKind.SCORE, source="a", text="x", start=0, end=1, label=label, pair=pair)
    assert pair_key(claim) == key
