"""Birthplaces: read from "born in", "a native of", "the X native" and "his native X"; one
person given two places is a VARIANT, never a CONFLICT."""

from __future__ import annotations

import pytest
from claim_factory import rclaim
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare
from claimcheck.birthplaces import BIRTHPLACE, judge_birthplaces


def _places(nlp, text: str) -> list[tuple[str | None, str | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.patient, c.relation.extra)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == BIRTHPLACE
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Lopez was born in Chicago in 1961.", [("Maria Lopez", "Chicago")]),
        ("Maria Lopez, born in Chicago, moved to Denver.", [("Maria Lopez", "Chicago")]),
        ("Maria Lopez, a native of Chicago, died on Sunday.", [("Maria Lopez", "Chicago")]),
        ("Maria Lopez is a native of Chicago.", [("Maria Lopez", "Chicago")]),
        ("Maria Lopez came home. She was born in Chicago.", [("Maria Lopez", "Chicago")]),
    ],
)
def test_a_birthplace_is_read_with_whose_it_is(nlp, text, expected):
    assert _places(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The project was born in Chicago.",  # no person
        "Maria Lopez was born in 1961.",  # a date, not a place
        "Native plants grow in Chicago.",  # no one's native place
    ],
)
def test_no_birthplace_without_a_person_and_a_place(nlp, text):
    assert _places(nlp, text) == []


def _birthplace_findings(nlp, east: str, west: str):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("birthplace")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("east", "west", "status"),
    [
        (
            "Maria Lopez was born in Chicago in 1961.",
            "Maria Lopez, a native of Houston, died on Sunday.",
            Status.VARIANT,
        ),
        ("Maria Lopez was born in Chicago in 1961.", "Maria Lopez, a native of Chicago, died on Sunday.", Status.AGREE),
    ],
)
def test_birthplaces_of_one_person_compared(nlp, east, west, status):
    [finding] = _birthplace_findings(nlp, east, west)
    assert finding.status is status


@pytest.mark.model
def test_two_peoples_birthplaces_are_never_compared(nlp):
    east = "Maria Lopez was born in Chicago in 1961."
    west = "Ray Almond was born in Houston in 1958."
    assert all(f.status is Status.UNIQUE or not f.subject.startswith("birthplace") for f in
               compare({"east": east, "west": west}, nlp=nlp).findings)  # fmt: skip


_PLACES = st.sampled_from(["Chicago", "Houston", "Denver", "Boston", "the Bronx", "Naples"])


@given(st.lists(st.tuples(st.sampled_from("abcde"), _PLACES), min_size=2, max_size=8, unique_by=lambda t: t[0]))
def test_a_birthplace_finding_is_never_a_conflict_and_names_every_place(said):
    from claimcheck.align import Group

    claims = [rclaim(source, BIRTHPLACE, "Maria Lopez", predicate="born", label="PERSON", extra=place)
              for source, place in said]  # fmt: skip

    findings = judge_birthplaces(Group(ClaimKind.RELATION, "birthplace", tuple(claims)), 5)
    assert all(f.status in {Status.AGREE, Status.VARIANT} for f in findings)
    if len({place for _, place in said}) > 1:
        [finding] = findings
        assert finding.status is Status.VARIANT
        assert all(place in finding.explanation for _, place in said)
