"""Wounds: where each source says a victim was wounded, read from the parse, grouped by
victim (an unnamed victim described by age joins the named one of that age) and judged
by the parts of the body each source names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare
from claimcheck.align import Group
from claimcheck.models import Claim, Relation
from claimcheck.wounds import WOUND, judge_wounds, wound_groups


def _wounds(nlp, text: str) -> list[tuple[str | None, str | None, int | None]]:
    from claimcheck.extract import extract

    return [
        (c.relation.patient, c.relation.extra, c.relation.patient_age)
        for c in extract(text, nlp=nlp)
        if c.relation is not None and c.relation.event == WOUND
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officer Dana Reyes was shot in the left arm on Friday.", [("Dana Reyes", "arm", None)]),
        (
            "Police said Dana Reyes, 41, died from a shot in the face and chest.",
            [("Dana Reyes", "face, chest", 41)],
        ),
        (
            "Marco Bell, 12, is recovering from a graze wound to his cheek, police said.",
            [("Marco Bell", "cheek", 12)],
        ),
        ("A 31-year-old woman was struck in the neck by a stray bullet.", [("31-year-old woman", "neck", 31)]),
        (
            "The 9-year-old boy survived an injury on his hand and a wound on his leg.",
            [("9-year-old boy", "hand, leg", 9)],
        ),
        # a place given as part of another is that other
        ("Dana Reyes was shot in the back of the head.", [("Dana Reyes", "head", None)]),
        ("Dana Reyes suffered gunshot wounds to the side of the face.", [("Dana Reyes", "face", None)]),
        ("Dana Reyes was shot twice in the chest and once in the leg.", [("Dana Reyes", "chest, leg", None)]),
        # a belief or a possibility is no wound; a wound nobody is named or described for is none
        ('"I thought she was shot in the head," said Dana Reyes.', []),
        ("Dana Reyes may have been hit in the leg, police said.", []),
        ("Someone was shot in the leg.", []),
        # a part of the body with no wound
        ("Dana Reyes held her chest and fell.", []),
    ],
)
def test_a_wound_is_read_with_its_victim_and_parts(nlp, text, expected):
    assert _wounds(nlp, text) == expected


def _wound(source: str, patient: str, parts: str, age: int | None = None, named: bool = True) -> Claim:
    text = f"{patient} was shot in the {parts}"
    return Claim(
        ClaimKind.RELATION,
        source,
        text,
        0,
        len(text),
        text + ".",
        text,
        relation=Relation(
            event=WOUND,
            predicate="shoot",
            patient=patient,
            patient_label="PERSON" if named else None,
            extra=parts,
            patient_age=age,
        ),
    )


def _judged(*claims: Claim) -> Status:
    (finding,) = judge_wounds(Group(ClaimKind.RELATION, "wounds", claims), 3)
    return finding.status


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("chest", "chest", Status.AGREE),
        ("cheek", "face", Status.AGREE),  # a cheek wound is a face wound
        ("face, chest", "chest", Status.SCOPE),
        ("arm, face", "cheek", Status.SCOPE),
        ("arm", "leg", Status.VARIANT),
        ("arm, chest", "leg, chest", Status.VARIANT),
        ("wrist", "arm", Status.AGREE),
    ],
)
def test_wounds_are_compared_by_the_parts_of_the_body_they_are_in(a, b, status):
    assert _judged(_wound("a", "Dana Reyes", a), _wound("b", "Dana Reyes", b)) is status


def test_the_scope_finding_names_who_says_more_and_one_source_alone_gives_none():
    (finding,) = judge_wounds(
        Group(ClaimKind.RELATION, "w", (_wound("a", "Dana Reyes", "face, chest"), _wound("b", "Reyes", "chest"))), 2
    )
    assert finding.explanation == "a says Dana Reyes was wounded in the face and chest; b in the chest only."
    assert judge_wounds(Group(ClaimKind.RELATION, "w", (_wound("a", "Dana Reyes", "arm"),)), 2) == []


def test_a_victim_described_by_age_joins_the_one_named_victim_of_that_age():
    groups = wound_groups(
        [
            _wound("a", "Dana Reyes", "chest", 34),
            _wound("b", "Marco Bell", "cheek", 11),
            _wound("c", "34-year-old mother", "chest", 34, named=False),
            _wound("c", "11-year-old boy", "arm", 11, named=False),
            _wound("d", "50-year-old man", "leg", 50, named=False),
        ]
    )
    assert sorted(sorted((c.source, c.relation.patient) for c in g) for g in groups) == [
        [("a", "Dana Reyes"), ("c", "34-year-old mother")],
        [("b", "Marco Bell"), ("c", "11-year-old boy")],
        [("d", "50-year-old man")],
    ]


def test_a_victim_of_an_age_two_named_victims_share_stays_apart():
    groups = wound_groups(
        [
            _wound("a", "Dana Reyes", "chest", 34),
            _wound("b", "Lee Park", "arm", 34),
            _wound("c", "34-year-old woman", "leg", 34, named=False),
        ]
    )
    assert len(groups) == 3


_ARTICLES = {
    "a": "Dana Reyes, 34, was shot in the chest on Friday. Marco Bell, 11, was grazed in the cheek.",
    "b": "A 34-year-old woman died from a shot in the face and chest. An 11-year-old boy was grazed in the cheek.",
    "c": "Police said Dana Reyes was struck in the chest, and Marco Bell suffered a wound to his face.",
}


@pytest.mark.model
@settings(max_examples=6, deadline=None)
@given(st.permutations(sorted(_ARTICLES)))
def test_wound_findings_do_not_depend_on_the_order_of_the_articles(order):
    def seen(report):
        return sorted(
            (f.status.value, f.subject)
            for f in report.findings
            if any(c.relation is not None and c.relation.event == WOUND for c in f.claims)
        )

    shuffled = seen(compare({name: _ARTICLES[name] for name in order}))
    assert shuffled == seen(compare(_ARTICLES))
    assert ("scope", "wounds: Dana Reyes") in shuffled
    assert ("agree", "wounds: Marco Bell") in shuffled
