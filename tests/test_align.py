"""Which figures alignment makes rival readings of one fact, and which it keeps apart."""

from __future__ import annotations

import pytest

from claim_factory import qclaim
from claimcheck import Status, build_report


def _statuses(*claims):
    report = build_report(claims, sources=sorted({c.source for c in claims}))
    return [f.status for f in report.findings]


def test_figures_without_a_counted_noun_are_not_rivals_of_each_other():
    # "stretched the lead to 50" / "to 62": a block joined only through its event
    statuses = _statuses(
        qclaim("a", "3", "point plays", "stretch", start=0),
        qclaim("a", "50", None, "stretch", start=40),
        qclaim("b", "62", None, "stretch"),
    )
    assert Status.CONFLICT not in statuses


def test_a_figure_without_a_noun_still_rivals_one_with_a_noun():
    statuses = _statuses(qclaim("a", "52", "political prisoners", "release"), qclaim("b", "54", None, "release"))
    assert Status.CONFLICT in statuses


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (("14", "points"), ("4", "straight points"), False),
        (("23", "points"), ("8", "first points"), False),
        (("6", "last points"), ("4", "points"), False),
        (("4", "straight points"), ("6", "straight points"), True),  # two readings of one run
        (("14", "points"), ("12", "points"), True),
    ],
)
def test_a_run_is_part_of_a_total_not_a_reading_of_it(a, b, conflict):
    statuses = _statuses(
        qclaim("x", a[0], a[1], "score", agent="Tom Hale"), qclaim("y", b[0], b[1], "score", agent="Hale")
    )
    assert (Status.CONFLICT in statuses) is conflict
