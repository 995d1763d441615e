"""A time of day dates the incident its clause names, whatever the verb."""

from __future__ import annotations

import pytest

from claimcheck import Status, compare
from claimcheck.incidents import INCIDENTS, incident_of


def test_incident_nouns_name_their_incident():
    assert incident_of("Earthquake") == incident_of("tremor") == "quake"
    assert incident_of("gunfire") == incident_of("shooting")
    assert incident_of("mayor") is None
    assert {"quake", "shooting", "blaze"} <= INCIDENTS


def _timed(report):
    return [
        f
        for f in report.findings
        if any((c.quantity and (c.quantity.unit or "").startswith("clock")) for c in f.claims)
    ]


INCIDENT_TIMES = [
    # two reports of one incident's time in other words: (a, b, status)
    (
        "The earthquake struck at 6:12 a.m. local time on Sunday.",
        "The quake occurred at 6:21 a.m. local time on Sunday.",
        Status.CONFLICT,
    ),
    (
        "Gunfire was reported at about 3 p.m. in the area.",
        "The shooting happened about 3:10 p.m., police said.",
        Status.COMPATIBLE,
    ),
    (
        "The fire broke out shortly after 2 a.m. on Tuesday.",
        "The blaze started at 2:40 a.m. on Tuesday.",
        Status.CONFLICT,
    ),
    ("A tremor jolted the city at 4:05 p.m.", "The earthquake hit at 4:05 p.m.", Status.AGREE),
]


@pytest.mark.model
@pytest.mark.parametrize(("a", "b", "status"), INCIDENT_TIMES)
def test_times_of_one_incident_are_one_fact(nlp, a, b, status):
    [finding] = _timed(compare({"a": a, "b": b}, nlp=nlp))
    assert finding.status is status
    assert "time of the" in finding.explanation


@pytest.mark.model
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two incidents: the shooting's time and the arrest's are two facts
        ("The shooting occurred at 3 p.m. Friday.", "The suspect was arrested at 11 p.m. Friday."),
        # a person's time is no incident's: "the mayor arrived" dates nothing the other states
        ("The mayor arrived at 3 p.m.", "The storm hit at 5 p.m."),
    ],
)
def test_times_of_different_events_are_not_compared(nlp, a, b):
    findings = _timed(compare({"a": a, "b": b}, nlp=nlp))
    assert findings and all(f.status is Status.UNIQUE for f in findings)


@pytest.mark.model
def test_a_conflict_of_times_is_written_in_minutes(nlp):
    [finding] = _timed(
        compare({"a": "The quake struck at 6:12 a.m.", "b": "The earthquake struck at 6:40 a.m."}, nlp=nlp)
    )
    assert finding.status is Status.CONFLICT
    assert "28 minutes apart" in finding.explanation
