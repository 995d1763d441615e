"""A draft judged against its sources: supported by k of n, contradicted, spelled differently, unstated."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from claim_factory import eclaim, qclaim
from conftest import DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Status, build_report
from claimcheck.check import DRAFT, check, check_findings

DESK = DATA / "desk"


def _draft_view(*claims):
    report = build_report(claims, sources=sorted({c.source for c in claims}))
    return check_findings(report, DRAFT)


@pytest.mark.parametrize(
    ("draft", "sources", "status", "support", "phrase"),
    [
        ("52", {"a": "52", "b": "52"}, Status.AGREE, 2, "Supported by 2 of 2"),
        ("about 50", {"a": "52", "b": "48"}, Status.COMPATIBLE, 2, "Supported by 2 of 2"),
        ("52", {"a": "52", "b": "52", "c": "54"}, Status.COMPATIBLE, 2, "but c says"),
        ("54", {"a": "52", "b": "52", "c": "54"}, Status.CONFLICT, 1, "Contradicted by the majority"),
        ("54", {"a": "52", "b": "54"}, Status.CONFLICT, 1, "the sources are split"),
        ("54", {"a": "52"}, Status.CONFLICT, 0, "a says “52”"),
    ],
)
def test_figures_of_the_draft(draft, sources, status, support, phrase):
    claims = [qclaim(DRAFT, draft, "prisoners", "release")]
    claims += [qclaim(s, v, "prisoners", "release") for s, v in sources.items()]
    [finding] = _draft_view(*claims)
    assert finding.status is status
    assert finding.support == support and finding.total_sources == len(sources)
    assert phrase in finding.explanation


def test_a_figure_no_source_states():
    claims = [
        qclaim(DRAFT, "52", "prisoners", "release"),
        qclaim("a", "3", "buses", "burn"),
        qclaim("b", "3", "buses", "burn"),
    ]
    [finding] = _draft_view(*claims)
    assert finding.status is Status.UNIQUE and finding.support == 0
    assert finding.explanation.startswith("No source states the draft's “52”")


def test_findings_among_the_sources_alone_are_left_out():
    claims = [
        qclaim(DRAFT, "52", "prisoners", "release"),
        qclaim("a", "52", "prisoners", "release"),
        qclaim("a", "3", "buses", "burn"),
        qclaim("b", "4", "buses", "burn"),
    ]
    findings = _draft_view(*claims)
    assert [f.subject for f in findings] == ["prisoners (release)"]


@pytest.mark.parametrize(
    ("draft", "sources", "status"),
    [
        ("Alexander Lukashenka", ["Alexander Lukashenko", "Alexander Lukashenko"], Status.VARIANT),
        ("Alexander Lukashenko", ["Alexander Lukashenko", "Alexander Lukashenka"], Status.VARIANT),
        ("Alexander Lukashenko", ["Alexander Lukashenko"] * 2 + ["Alexander Lukashenka"], Status.COMPATIBLE),
        ("Alexander Lukashenko", ["Alexander Lukashenko", "Alexander Lukashenko"], Status.AGREE),
    ],
)
def test_names_of_the_draft(draft, sources, status):
    claims = [eclaim(DRAFT, draft)] + [eclaim(f"s{n}", name) for n, name in enumerate(sources)]
    [finding] = [f for f in _draft_view(*claims) if not f.subject.startswith("role of")]
    assert finding.status is status


def test_a_title_the_sources_contradict():
    claims = [
        eclaim(DRAFT, "John Coale", role="prime minister"),
        eclaim("a", "John Coale", role="envoy"),
        eclaim("b", "John Coale", role="envoy"),
        eclaim("c", "John Coale"),
    ]
    [role] = [f for f in _draft_view(*claims) if f.subject.startswith("role of")]
    assert role.status is Status.CONFLICT and role.support == 0
    assert "a says" in role.explanation and "c says" not in role.explanation


def test_a_title_dispute_the_draft_takes_no_part_in_is_left_out():
    claims = [
        eclaim(DRAFT, "John Coale"),
        eclaim("a", "John Coale", role="prime minister"),
        eclaim("b", "John Coale", role="envoy"),
    ]
    findings = _draft_view(*claims)
    assert findings and not any(f.subject.startswith("role of") for f in findings)


@given(
    draft=st.integers(1, 60),
    values=st.lists(st.integers(1, 60), min_size=1, max_size=6),
)
@settings(max_examples=60)
def test_supported_exactly_when_no_more_sources_disagree_than_agree(draft, values):
    """With exact figures of one fact: supported iff agreeing sources outnumber disagreeing ones."""
    claims = [qclaim(DRAFT, str(draft), "people", "injure")]
    claims += [qclaim(f"s{n}", str(v), "people", "injure") for n, v in enumerate(values)]
    findings = _draft_view(*claims)
    mine = [f for f in findings if any(c.source == DRAFT for c in f.claims)]
    assert len(mine) >= 1
    for finding in mine:
        grouped = {c.source: c.quantity.low for c in finding.claims if c.source != DRAFT}
        same = sum(1 for v in grouped.values() if v == draft)
        other = len(grouped) - same
        assert finding.support == same
        if not grouped:
            assert finding.status is Status.UNIQUE
        elif same > other:
            assert finding.status in (Status.AGREE, Status.COMPATIBLE)
        else:
            assert finding.status is Status.CONFLICT


# ------------------------------------------------------------------ the desk set, with the model


@pytest.fixture(scope="module")
def desk_report(nlp):
    return check(DESK / "draft.txt", [DESK / "wires"], nlp=nlp)


def _by_text(report):
    return {c.text: f for f in report.findings for c in f.claims if c.source == "draft"}


def test_desk_draft_against_the_wires(desk_report):
    found = _by_text(desk_report)
    assert desk_report.sources == ("coastwire", "draft", "harbourpost", "islandtimes")
    assert found["12"].status is Status.CONFLICT and "Contradicted by the majority" in found["12"].explanation
    assert found["Ingrid Halvorsen"].status is Status.VARIANT
    assert found["214"].status is Status.AGREE and found["214"].explanation.startswith("Supported by 2 of 3")
    assert found["About 40"].status is Status.COMPATIBLE
    assert found["$3 million"].status is Status.UNIQUE
    assert found["Northern Lark"].status is Status.AGREE


def test_desk_findings_carry_the_drafts_line_numbers(desk_report):
    lines = (DESK / "draft.txt").read_text(encoding="utf-8").split("\n")
    for finding in desk_report.findings:
        for claim in finding.claims:
            if claim.source == "draft":
                assert claim.text in lines[claim.line - 1]
                assert f"line {claim.line}" in finding.explanation or claim is not finding.claims[0]


def test_check_takes_texts(nlp):
    report = check("Police arrested 12 people.", ["Police arrested 15 people.", "Police arrested 15 people."], nlp=nlp)
    [finding] = report.findings
    assert finding.status is Status.CONFLICT and report.sources == ("draft", "text1", "text2")


def test_a_source_named_like_the_draft_keeps_both(nlp, tmp_path):
    (tmp_path / "draft.txt").write_text("Police arrested 12 people.", encoding="utf-8")
    report = check("Police arrested 12 people.", [tmp_path / "draft.txt"], nlp=nlp)
    assert report.sources == ("draft", "draft (draft)")
    [finding] = report.findings
    assert finding.status is Status.AGREE


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", *args, "--no-cache", "-q"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("conflict", 1), ("none", 0)],
)
def test_cli_exit_codes(nlp, fail_on, code):
    out = _cli(str(DESK / "draft.txt"), "--against", str(DESK / "wires"), "--format", "json", "--fail-on", fail_on)
    assert out.returncode == code, out.stderr
    data = json.loads(out.stdout)
    assert {f["status"] for f in data["findings"]} >= {"conflict", "variant", "unique", "agree"}


def test_cli_takes_several_sources_after_against(nlp):
    wires = sorted(str(p) for p in (DESK / "wires").glob("*.txt"))
    out = _cli(str(DESK / "draft.txt"), "--against", *wires, "--format", "json", "--fail-on", "none")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["sources"] == ["coastwire", "draft", "harbourpost", "islandtimes"]


@pytest.mark.parametrize(
    "args",
    [
        ("{draft}",),  # no sources
        ("missing-draft.txt", "--against", "{wires}"),  # the draft is not there
        ("{draft}", "--against", "no/such/folder"),  # no usable source
    ],
)
def test_cli_usage_and_input_errors_exit_2(args):
    filled = [a.format(draft=DESK / "draft.txt", wires=DESK / "wires") for a in args]
    out = _cli(*filled)
    assert out.returncode == 2
    assert out.stderr.strip()


@pytest.mark.model
def test_a_reversed_cause_and_a_broader_claim_in_the_draft_are_flagged_as_such(nlp):
    draft = (
        "The United States lifted sanctions on Moldova, facilitating the release of 30 prisoners. "
        "A jury acquitted Tom Baker of fraud."
    )
    wire = (
        "Moldova released 30 prisoners, prompting the United States to ease sanctions. The United "
        "States agreed to lift sanctions against Aerolux, Moldova's state-owned airline. "
        "A jury convicted Tom Baker of fraud."
    )
    report = check(draft, [wire], nlp=nlp)
    statuses = {f.status for f in report.findings if f.kind.value == "relation"}
    assert statuses == {Status.CONFLICT, Status.ORDER, Status.SCOPE}
    assert all(DRAFT in f.sources for f in report.findings if f.kind.value == "relation")
