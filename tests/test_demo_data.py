"""The demo set in data/belarus/ flags exactly what data/README.md says an editor should flag."""

from __future__ import annotations

import pytest
from conftest import DATA

from claimcheck import ClaimKind, Status, compare


@pytest.fixture(scope="module")
def demo_report(nlp):
    return compare(DATA / "belarus", nlp=nlp)


def test_exactly_one_conflict_the_wrong_release_count(demo_report):
    [conflict] = [f for f in demo_report.findings if f.status is Status.CONFLICT]
    assert conflict.kind is ClaimKind.QUANTITY
    values = {c.source: c.quantity.value for c in conflict.claims}
    assert values == {"wire": 52, "daily": 52, "blog": 54}
    assert conflict.support == 2 and conflict.total_sources == 3
    assert "blog" in conflict.explanation and "2 apart" in conflict.explanation


def test_exactly_one_variant_the_presidents_name(demo_report):
    [variant] = [f for f in demo_report.findings if f.status is Status.VARIANT]
    assert variant.kind is ClaimKind.ENTITY
    assert "Lukashenka" in variant.explanation and "Lukashenko" in variant.explanation
    assert variant.sources == ("blog", "daily", "wire")


def test_vague_remaining_counts_are_compatible(demo_report):
    [compatible] = [f for f in demo_report.findings if f.status is Status.COMPATIBLE]
    assert {c.source for c in compatible.claims} == {"wire", "daily", "blog"}
    assert "overlap" in compatible.explanation


def test_one_claim_only_one_outlet_reports(demo_report):
    unique = [f for f in demo_report.findings if f.status is Status.UNIQUE]
    assert [(f.kind, f.sources, f.claims[0].quantity.value) for f in unique] == [(ClaimKind.QUANTITY, ("wire",), 14)]


def test_everything_else_agrees(demo_report):
    agreeing = {f.subject for f in demo_report.findings if f.status is Status.AGREE}
    assert {"John Coale (person)", "Donald Trump (person)"} <= agreeing
    counts = demo_report.counts()
    assert (counts[Status.CONFLICT], counts[Status.VARIANT], counts[Status.COMPATIBLE], counts[Status.UNIQUE]) == (
        1,
        1,
        1,
        1,
    )
    assert counts[Status.AGREE] == len(demo_report.findings) - 4
