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
