"""The report on small article sets written for it (tests/sets/): what an editor must see.

storm/: five dated reports of a rising toll, the last a wire copy of the one before;
headline/: a headline that says 12 homes where its own body says 21;
surnames/ (built here): two people who share a surname.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import Status, compare
from claimcheck.cli import main
from claimcheck.compare import build_report
from claimcheck.models import Claim, ClaimKind
from claimcheck.readings import fact_sheet

SETS = Path(__file__).parent / "sets"


@pytest.fixture(scope="module")
def storm(nlp):
    return compare(SETS / "storm", nlp=nlp)


def test_storm_dates_and_the_wire_copy_are_read(storm):
    assert dict(storm.published) == {
        "outlet1": "2025-03-04T06:10Z", "outlet2": "2025-03-04T09:00Z", "outlet3": "2025-03-04T12:30Z",
        "outlet10": "2025-03-04T18:00Z", "outlet11": "2025-03-04T19:40Z",
    }  # fmt: skip
    assert storm.copies == (("outlet11", "outlet10"),)


def _toll(report):
    return [f for f in report.findings if f.kind is ClaimKind.QUANTITY and "killed" in fact_sheet(f, report).subject]


def test_a_toll_rising_over_three_moments_or_more_is_developing_never_a_conflict(storm):
    published = dict(storm.published)
    toll = _toll(storm)
    assert any(f.status is Status.DEVELOPING for f in toll)
    for finding in toll:
        moments = {published[s] for s in finding.sources}
        if finding.status is Status.CONFLICT:
            assert len(moments) < 3, finding.explanation
        if finding.status is Status.DEVELOPING:
            assert "→" in finding.explanation and "rose" in finding.explanation
            sheet = fact_sheet(finding, storm)
            times = [r.published for r in sheet.readings]
            assert times == sorted(times)  # readings in publication order
            # the copy is marked and counted once
            if "outlet11" in finding.sources:
                assert sheet.voices == sheet.stated - 1
                assert next(r for r in sheet.readings if r.source == "outlet11").copy_of == "outlet10"


def test_the_five_readings_are_one_developing_figure_read_in_time_order(storm):
    [toll] = _toll(storm)
    assert toll.status is Status.DEVELOPING
    assert "9 → 12 → 15 → 17 → 17" in toll.explanation
    sheet = fact_sheet(toll, storm)
    assert [r.source for r in sheet.readings] == ["outlet1", "outlet2", "outlet3", "outlet10", "outlet11"]
    assert sheet.coverage() == "5 of 5 sources state it (4 independent)"
    assert sheet.gaps == (
        "The latest reading, “Seventeen” (outlet11), is 89% higher than the first reading, “Nine” (outlet1).",
    )


def test_storm_brief_names_the_developing_figure_and_the_copy(storm):
    markdown = storm.to_markdown()
    assert "### Developing figures" in markdown
    assert "Timeline: 2025-03-04T06:10Z “Nine” (outlet1) → 2025-03-04T09:00Z “Twelve” (outlet2) →" in markdown
    assert "Copies (counted as one voice): outlet11 copies outlet10." in markdown
    assert markdown.index("### Developing figures") < markdown.index("### Agreements")


def test_as_of_compares_only_what_was_published_by_then(nlp):
    result = CliRunner().invoke(
        main,
        ["compare", str(SETS / "storm"), "--as-of", "2025-03-04T10:00Z", "--format", "json", "--fail-on", "none", "-q"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert sorted(data["published"]) == ["outlet1", "outlet2"]
    assert len(data["skipped"]) == 3 and all("after --as-of" in s["reason"] for s in data["skipped"])
    assert data["summary"]["developing"] == 0  # two moments are no trend yet
    assert data["summary"]["conflict"] == 1  # 9 at 06:10 and 12 at 09:00 disagree
    bad = CliRunner().invoke(main, ["compare", str(SETS / "storm"), "--as-of", "soon", "-q"])
    assert bad.exit_code == 2 and "--as-of" in bad.output


def test_headline_against_its_own_body_is_flagged(nlp):
    report = compare(SETS / "headline", nlp=nlp)
    markdown = report.to_markdown()
    assert "coastpost contradicts itself: “12” (line 1) and “21” (line 3)." in markdown
    assert "eastport-news contradicts" not in markdown
    data = report.to_dict()
    flagged = [f for f in data["findings"] if f["fact"]["self_contradictions"]]
    assert flagged and all("coastpost" in f["sources"] for f in flagged)


def _person(source: str, name: str) -> Claim:
    sentence = f"{name} spoke to reporters."
    return Claim(
        kind=ClaimKind.ENTITY,
        source=source,
        text=name,
        display=name,
        start=0,
        end=len(name),
        sentence=sentence,
        sentence_offset=0,
        entity=name,
        label="PERSON",
    )


def test_two_people_sharing_a_surname_stay_two_people():
    claims = [_person(s, n) for s in ("ledger", "gazette", "courier") for n in ("Maria Keller", "Tomas Keller")]
    report = build_report(claims, sources=["ledger", "gazette", "courier"])
    groups = [{c.entity for c in f.claims} for f in report.findings]
    assert {"Maria Keller"} in groups and {"Tomas Keller"} in groups
    assert not any({"Maria Keller", "Tomas Keller"} <= g for g in groups)
    assert all(f.status is Status.AGREE for f in report.findings)
    assert "Maria Keller (3), Tomas Keller (3)" in report.to_markdown()
