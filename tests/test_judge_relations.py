"""judge_relations.py: AGREE, SCOPE, CONFLICT and ORDER on relation groups, each explained
in one sentence naming the sources; modality and attribution are notes, never conflicts."""

from __future__ import annotations

import pytest
from claim_factory import pair_statuses, rclaim

from claimcheck import ClaimKind, Status, compare
from claimcheck.align import Group
from claimcheck.judge_relations import judge_relation


def _relation_findings(nlp, a, b):
    report = compare({"east": a, "west": b}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION]


# east, west, the one relation verdict expected, words the explanation must hold
VERDICTS = [
    (
        "Washington lifted sanctions on Moldova.",
        "The United States eased sanctions against Moldova.",
        Status.AGREE,
        ["Moldova"],
    ),
    (
        "Sanctions on Moldova were lifted by Washington.",
        "Washington eased sanctions on Moldova.",
        Status.AGREE,
        ["Moldova"],
    ),
    (
        "The United States agreed to lift sanctions against Aerolux, Moldova's state-owned airline.",
        "The United States lifted sanctions against Moldova.",
        Status.SCOPE,
        ["west says sanctions on Moldova were lifted", "east says only sanctions on Aerolux", "narrower"],
    ),
    (
        "A jury convicted Tom Baker of fraud.",
        "A jury acquitted Tom Baker of fraud.",
        Status.CONFLICT,
        ["Tom Baker was convicted", "Tom Baker was acquitted"],
    ),
    (
        "Tom Baker was found guilty of fraud.",
        "Tom Baker was found not guilty of fraud.",
        Status.CONFLICT,
        ["convicted", "acquitted"],
    ),
    (
        "Moldova freed Petru Lungu on Monday.",
        "Moldova did not free Petru Lungu.",
        Status.CONFLICT,
        ["Petru Lungu was released", "Petru Lungu was not released"],
    ),
    (
        "The board appointed Ana Ruiz as chief executive.",
        "The board appointed Ana Ruiz as finance director.",
        Status.CONFLICT,
        ["chief executive", "finance director"],
    ),
    # one kind of role held for two different things
    (
        "Ana Ruiz was appointed as ambassador to Chile.",
        "Ana Ruiz was appointed as ambassador to Peru.",
        Status.CONFLICT,
        ["ambassador to Chile", "ambassador to Peru"],
    ),
    # one company has one buyer
    ("Kestrel Corp bought Zento Labs.", "Orvane Systems bought Zento Labs.", Status.CONFLICT, ["Kestrel", "Orvane"]),
    (
        "Deputy Ray Ortiz was killed in the shooting.",
        "Deputy Ray Ortiz was wounded in the shooting.",
        Status.CONFLICT,
        ["Ray Ortiz was killed", "Ray Ortiz was injured"],
    ),
    (
        "The old Kestrel Mill building was nearly destroyed by a fire on Monday.",
        "A fire on Monday destroyed the historic Kestrel Mill warehouse building.",
        Status.CONFLICT,
        ["the building was destroyed", "the building was not destroyed", "nearly destroyed"],
    ),
    (
        "The Kestrel Mill warehouse was almost destroyed in the blaze.",
        "The blaze burned the Kestrel Mill warehouse to the ground.",
        Status.CONFLICT,
        ["was not destroyed", "to the ground"],
    ),
    (
        "Moldova released 30 prisoners, prompting the United States to ease sanctions.",
        "The United States lifted sanctions on Moldova, facilitating the release of 30 prisoners.",
        Status.ORDER,
        ["prompting", "facilitating", "reversed"],
    ),
    (
        "Sanctions were eased in return for the release of the prisoners.",
        "The lifting of sanctions led to the release of the prisoners.",
        Status.ORDER,
        ["in return for", "led", "reversed"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("east", "west", "status", "words"), VERDICTS)
def test_each_verdict_with_a_one_sentence_explanation(nlp, east, west, status, words):
    findings = [
        f for f in _relation_findings(nlp, east, west) if f.status is not Status.AGREE or status is Status.AGREE
    ]
    assert [f.status for f in findings if f.status is status] == [status], [(f.status, f.explanation) for f in findings]
    [finding] = [f for f in findings if f.status is status]
    assert set(finding.sources) == {"east", "west"}
    text = finding.explanation
    assert "east" in text and "west" in text
    assert text.endswith(".") and "\n" not in text
    for word in words:
        assert word in text


# pairs an editor would never flag: different wording, modality, attribution, different counts
NO_CONFLICT = [
    ("The United States agreed to lift sanctions on Moldova.", "The United States lifted sanctions on Moldova."),
    ("Officials said the army attacked Kharkiv.", "The army attacked Kharkiv."),
    ("Prosecutors charged Tom Baker with arson.", "Prosecutors charged Tom Baker with fraud."),
    ("A jury convicted Tom Baker of fraud.", "A jury acquitted Tom Baker of arson."),
    ("The government could not free Petru Lungu.", "The government freed Petru Lungu."),
    ("Washington lifted sanctions on Moldova.", "Washington imposed sanctions on Armenia."),
    ("The release of Petru Lungu was welcomed.", "Moldova did not free Petru Lungu."),
    ("Armenia freed Petru Lungu on Monday.", "Georgia did not free Petru Lungu."),
    ("Deputy Ray Ortiz was wounded and later died.", "Deputy Ray Ortiz was killed."),
    ("Ray Ortiz died at the hospital.", "Ray Ortiz was killed on Friday."),
    # a building nobody names alike: maybe two buildings
    ("The building was nearly destroyed by a fire.", "A fire destroyed the building."),
    # "burned" alone is no destruction; "burned to the ground" is
    ("The old Kestrel Mill warehouse burned on Monday.", "The Kestrel Mill warehouse was nearly destroyed on Monday."),
    # a building destroyed in a past year is another fire's
    (
        "The Kestrel Mill warehouse was nearly destroyed by a fire on Monday.",
        "Teenagers destroyed the Kestrel Mill warehouse in 1998.",
    ),
    # "narrowly" says by how much, not that it fell short
    ("Ana Ruiz was narrowly elected as mayor.", "Ana Ruiz was elected as mayor."),
    # a role told without what it is for fits one told with it
    ("Ana Ruiz was appointed as senior adviser.", "Ana Ruiz was appointed as adviser to the president."),
    ("Ana Ruiz was appointed as minister of finance.", "Ana Ruiz was appointed finance minister."),
    # a buyer named in full and by its initials is one buyer
    ("Advanced Micro Devices bought SeaMicro.", "AMD bought SeaMicro."),
    ("Hewlett-Packard agreed to buy Autonomy.", "HP will acquire Autonomy."),
]


@pytest.mark.model
@pytest.mark.parametrize(("east", "west"), NO_CONFLICT)
def test_nothing_an_editor_would_reject(nlp, east, west):
    assert [f.explanation for f in _relation_findings(nlp, east, west) if f.status is not Status.AGREE] == []


@pytest.mark.model
def test_modality_difference_is_a_note(nlp):
    [finding] = _relation_findings(
        nlp, "The United States agreed to lift sanctions on Moldova.", "The United States lifted sanctions on Moldova."
    )
    assert finding.status is Status.AGREE
    assert any("agreed to" in note for note in finding.notes)


@pytest.mark.model
def test_attribution_is_a_note(nlp):
    [finding] = _relation_findings(nlp, "Officials said the army attacked Kharkiv.", "The army attacked Kharkiv.")
    assert any("Officials" in note for note in finding.notes)


@pytest.mark.model
def test_a_relation_one_source_alone_states_is_not_reported(nlp):
    assert _relation_findings(nlp, "Washington lifted sanctions on Moldova.", "The weather was mild.") == []


def test_one_source_contradicting_itself_is_no_order_finding():
    claims = (
        rclaim("a", "cause", None, predicate="prompt", cause="release", effect="sanctions_lifted"),
        rclaim("a", "cause", None, predicate="facilitate", cause="sanctions_lifted", effect="release", start=9),
        rclaim("b", "cause", None, predicate="prompt", cause="release", effect="sanctions_lifted", start=3),
    )
    findings = judge_relation(Group(ClaimKind.RELATION, "cause", claims), 2)
    # a says both ways, b one way: the sources still disagree (a's reversed claim against b)
    assert [f.status for f in findings] == [Status.ORDER]
    alone = judge_relation(Group(ClaimKind.RELATION, "cause", claims[:2]), 2)
    assert alone == []


def test_a_nominal_event_is_never_half_of_a_negation_conflict():
    claims = (
        rclaim("a", "release", "Petru Lungu", predicate="release", label="PERSON", nominal=True),
        rclaim("b", "release", "Petru Lungu", predicate="free", label="PERSON", negated=True, start=4),
    )
    # "the release of X" names the event without stating it: no conflict, and no agreement either
    assert judge_relation(Group(ClaimKind.RELATION, "release: Petru Lungu", claims), 2) == []


def test_no_conflict_about_no_one_in_particular():
    claims = (
        rclaim("a", "release", "prisoner", predicate="free", label=None),
        rclaim("b", "release", "prisoner", predicate="free", label=None, negated=True, start=4),
    )
    assert judge_relation(Group(ClaimKind.RELATION, "release: prisoner", claims), 2) == []


def test_mentions_of_an_event_noun_alone_are_no_agreement():
    claims = (
        rclaim("a", "release", "Petru Lungu", predicate="release", label="PERSON", nominal=True),
        rclaim("b", "release", "Petru Lungu", predicate="release", label="PERSON", nominal=True, start=4),
    )
    assert judge_relation(Group(ClaimKind.RELATION, "release: Petru Lungu", claims), 2) == []


@pytest.mark.model
def test_relation_findings_survive_json_and_match_the_schema(nlp):
    import json

    import jsonschema
    from conftest import ROOT

    from claimcheck.report import canonical, from_json

    report = compare(
        {
            "east": "A jury convicted Tom Baker of fraud. Moldova released 30 prisoners, prompting the "
            "United States to ease sanctions. The United States agreed to lift sanctions against "
            "Aerolux, Moldova's state-owned airline.",
            "west": "A jury acquitted Tom Baker of fraud. The United States lifted sanctions on Moldova, "
            "facilitating the release of 30 prisoners.",
        },
        nlp=nlp,
    )
    statuses = {f.status for f in report.findings if f.kind is ClaimKind.RELATION}
    assert {Status.CONFLICT, Status.ORDER, Status.SCOPE} <= statuses
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(report.to_json()), schema)
    assert from_json(report.to_json()) == canonical(report)


@pytest.mark.model
def test_two_roles_from_two_employers_are_neither_conflict_nor_agreement(nlp):
    assert (
        _relation_findings(
            nlp, "Acme appointed Ana Ruiz as chief executive.", "Zenith appointed Ana Ruiz as finance director."
        )
        == []
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("a", "b", "statuses"),
    [
        ("John Smith was charged with murder.", "John Smith was charged with first-degree murder.", [Status.AGREE]),
        # two charges sharing no word may both have been brought: no agreement on one charge
        ("John Smith was charged with murder.", "John Smith was charged with robbery.", []),
        ("John Smith was convicted of fraud.", "John Smith was convicted of perjury.", []),
    ],
)
def test_two_different_charges_are_neither_agreed_nor_in_conflict(nlp, a, b, statuses):
    assert pair_statuses(nlp, a, b, "relation") == statuses
