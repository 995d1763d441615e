"""event_dates.py: the date beside an event's verb, and one event dated two ways."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare
from claimcheck.event_dates import EventDate, parse_when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In August", EventDate(8, None)),
        ("on March 20", EventDate(3, None)),
        ("in September 2009", EventDate(9, 2009)),
        ("in 2011", EventDate(None, 2011)),
        ("in late July", None),  # vague
        ("on Tuesday", None),
    ],
)
def test_parse_when(text, expected):
    assert parse_when(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (EventDate(8, None), EventDate(7, None), True),
        (EventDate(8, 2010), EventDate(8, 2011), True),
        (EventDate(8, None), EventDate(8, 2010), False),
        (EventDate(None, 2010), EventDate(3, 2010), False),
        (EventDate(None, None), EventDate(3, 2010), False),
    ],
)
def test_clashes(a, b, clash):
    assert a.clashes(b) is clash and b.clashes(a) is clash


def _date_findings(nlp, east, west):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("date of")]


# east, west, whether a date conflict is expected
CASES = [
    (
        "In May, the Harbor Appeals Court overturned the verdict against the mill.",
        "In June, the Harbor Appeals Court overturned the verdict against the mill.",
        True,
    ),
    (
        "In May, the Harbor Appeals Court overturned the verdict against the mill.",
        "In May, the Harbor Appeals Court overturned the verdict against the mill.",
        False,
    ),
    (
        "In May, the Harbor Appeals Court overturned the verdict against the mill.",
        "In late June, the Harbor Appeals Court overturned the verdict against the mill.",
        False,
    ),  # vague
    ("In 2001 Lena Marsh was charged with arson.", "In 2009 Lena Marsh was charged with fraud.", False),  # two charges
    ("In 2001 Lena Marsh was charged with arson.", "In 2009 Lena Marsh was charged with arson.", True),
]


@pytest.mark.parametrize(("east", "west", "clash"), CASES)
def test_event_date_conflicts(nlp, east, west, clash):
    found = _date_findings(nlp, east, west)
    assert bool(found) is clash
    for f in found:
        assert f.status is Status.CONFLICT and "east says" in f.explanation and "west says" in f.explanation


_DATES = st.builds(EventDate, st.one_of(st.none(), st.integers(1, 12)), st.one_of(st.none(), st.integers(1990, 2030)))


@given(_DATES, _DATES)
def test_clashes_is_symmetric(a, b):
    assert a.clashes(b) is b.clashes(a)


@given(_DATES)
def test_a_date_never_clashes_with_itself(a):
    assert not a.clashes(a)
