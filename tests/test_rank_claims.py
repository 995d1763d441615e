"""Tests for ranks as claims: read with their noun, grouped only with the same place."""

from __future__ import annotations

import pytest

from claimcheck.compare import compare
from claimcheck.models import ClaimKind, Status


def _findings(nlp, texts, kind=ClaimKind.RANK):
    return [f for f in compare(texts, nlp=nlp).findings if f.kind is kind]


def test_same_place_agrees_across_sources(nlp):
    found = _findings(
        nlp,
        {
            "a": "The champion stopped the challenger in the eighth round.",
            "b": "The champion stopped the challenger in the 8th round on Saturday.",
        },
    )
    assert [(f.status, sorted(c.text for c in f.claims)) for f in found] == [(Status.AGREE, ["8th", "eighth"])]
    assert all(c.noun_lemma == "round" and c.quantity.low == 8 for c in found[0].claims)


@pytest.mark.parametrize(
    "texts",
    [
        {"a": "He was knocked down in the fourth round.", "b": "He was knocked down in the fifth round."},
        {"a": "She is the 30th president of the club.", "b": "She is the 31st president of the club."},
    ],
)
def test_two_places_never_conflict(nlp, texts):
    findings = compare(texts, nlp=nlp).findings
    assert not [f for f in findings if f.status is Status.CONFLICT]
    assert {f.status for f in findings if f.kind is ClaimKind.RANK} == {Status.UNIQUE}


def test_a_rank_never_meets_a_count(nlp):
    findings = compare(
        {"a": "The fight ended in the sixth round.", "b": "The fight lasted six rounds."}, nlp=nlp
    ).findings
    for f in findings:
        assert len({c.kind for c in f.claims}) == 1
    assert not [f for f in findings if f.status is Status.CONFLICT]


def test_fractions_times_and_dates_are_no_ranks(nlp):
    text = "A third of the crowd left two seconds before the end on March 3rd."
    assert _findings(nlp, {"a": text}) == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # one game between the same two teams named as two stages
        (
            "Weston will meet the winner of Sunday's first semifinal between Harlow and Pell State.",
            "Weston now faces the winner of Sunday's first quarterfinal between Harlow and Pell State.",
            True,
        ),
        # two games between other teams: two facts
        (
            "Weston will meet the winner of Sunday's first semifinal between Harlow and Pell State.",
            "Dunmore beat Carrow in Sunday's first quarterfinal.",
            False,
        ),
        # the same stage: no finding of two stages
        (
            "Weston beat Harlow in the second semifinal on Sunday.",
            "Weston defeated Harlow in Sunday's second semifinal.",
            False,
        ),
    ],
)
def test_one_game_named_as_two_stages(nlp, a, b, conflict):
    found = [f for f in _findings(nlp, {"a": a, "b": b}) if f.status is Status.CONFLICT]
    assert bool(found) is conflict
    if conflict:
        [finding] = found
        assert "semifinal" in finding.explanation and "quarterfinal" in finding.explanation
        assert finding.explanation.endswith("one game named as two stages of the tournament.")
