"""Tests for timeline.py: a toll that rises report by report is developing, not in conflict."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import Claim, ClaimKind, Finding, Quantity, Status
from claimcheck.timeline import MIN_MOMENTS, developing, relabel


def _claim(source: str, value: float) -> Claim:
    text = f"{value:g}"
    return Claim(
        kind=ClaimKind.QUANTITY,
        source=source,
        text=text,
        start=0,
        end=len(text),
        quantity=Quantity(low=value, high=value, value=value, text=text),
        noun="people",
    )


def _conflict(values: dict[str, float]) -> Finding:
    return Finding(
        status=Status.CONFLICT,
        kind=ClaimKind.QUANTITY,
        claims=tuple(_claim(s, v) for s, v in values.items()),
        sources=tuple(sorted(values)),
        score=1.0,
        explanation="The sources disagree.",
        subject="people killed",
        support=1,
        total_sources=len(values),
    )


#: Five outlets, each a few hours after the last, as a toll grows.
RISING = {"outlet1": 2, "outlet2": 4, "outlet3": 9, "outlet4": 17, "outlet5": 17}
TIMES = {
    "outlet1": "2025-03-04T06:00", "outlet2": "2025-03-04T09:00", "outlet3": "2025-03-04T12:00",
    "outlet4": "2025-03-04T18:00", "outlet5": "2025-03-05",
}  # fmt: skip


def test_rising_toll_is_a_developing_figure_with_its_timeline():
    finding = relabel(_conflict(RISING), TIMES)
    assert finding.status is Status.DEVELOPING
    assert "2 → 4 → 9 → 17 → 17" in finding.explanation
    assert "rose" in finding.explanation
    assert finding.explanation.endswith("the latest reading is 17 (outlet5).")


@pytest.mark.parametrize(
    ("values", "times", "why"),
    [
        (
            {"a": 2, "b": 9, "c": 4},
            {"a": "2025-03-04T06:00", "b": "2025-03-04T07:00", "c": "2025-03-04T08:00"},
            "up then down",
        ),
        ({"a": 2, "b": 9}, {"a": "2025-03-04T06:00", "b": "2025-03-04T07:00"}, "two moments are too few"),
        (
            {"a": 2, "b": 4, "c": 9, "d": 5},
            {"a": "2025-03-04T06:00", "b": "2025-03-04T07:00", "c": "2025-03-04T08:00", "d": "2025-03-04T08:00"},
            "same moment, different figures",
        ),
        ({"a": 2, "b": 4, "c": 9}, {"a": "2025-03-04T06:00", "b": "2025-03-04T07:00"}, "one source undated"),
        ({"a": 13, "b": 12, "c": 12}, {"a": "2013-04-12", "b": "2013-04-14", "c": "2013-04-16"}, "only two values"),
    ],
)
def test_stays_a_conflict(values, times, why):
    finding = _conflict(values)
    assert relabel(finding, times) is finding, why


def test_falling_figure_is_developing_too():
    finding = relabel(
        _conflict({"a": 300, "b": 120, "c": 90}), {"a": "2025-01-01", "b": "2025-01-02", "c": "2025-01-03"}
    )
    assert finding.status is Status.DEVELOPING and "300 → 120 → 90" in finding.explanation
    assert finding.status is Status.DEVELOPING and "fell" in finding.explanation


def test_only_conflicts_are_relabelled():
    finding = _conflict(RISING)
    agree = Finding(
        **{
            **{f: getattr(finding, f) for f in ("kind", "claims", "sources", "score", "explanation")},
            "status": Status.AGREE,
        }
    )
    assert developing(agree, TIMES) is None


@given(st.lists(st.integers(min_value=1, max_value=10_000), min_size=MIN_MOMENTS, max_size=8))
def test_developing_iff_monotone(values):
    sources = [f"s{i}" for i in range(len(values))]
    times = {s: f"2025-03-{i + 1:02d}" for i, s in enumerate(sources)}
    finding = _conflict(dict(zip(sources, values, strict=False)))
    rising = all(a <= b for a, b in itertools.pairwise(values))
    falling = all(a >= b for a, b in itertools.pairwise(values))
    expected = (rising or falling) and len(set(values)) >= 3
    assert (developing(finding, times) is not None) == expected
