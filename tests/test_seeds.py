"""The reference case: two real reports of one event, and what a careful editor flags in them."""

from __future__ import annotations

from claimcheck import ClaimKind, Status

WIRE = "000_696193ac813eab64"
BLOG = "002_784560a86a7fc433"


def _quantity_findings(report, value):
    return [
        f
        for f in report.findings
        if f.kind is ClaimKind.QUANTITY and any(c.quantity and c.quantity.value == value for c in f.claims)
    ]


def test_52_released_agrees_across_both_sources(seed_report):
    [finding] = [f for f in _quantity_findings(seed_report, 52) if f.status is not Status.UNIQUE]
    assert finding.status is Status.AGREE
    assert finding.sources == (WIRE, BLOG)
    assert {c.predicate for c in finding.claims} >= {"release", "free"}
    # one outlet says "prisoners", the other "political prisoners": noted, not a conflict
    assert any("political prisoners" in n for n in finding.notes)


def test_14_foreign_nationals_is_unique_to_the_wire(seed_report):
    [finding] = _quantity_findings(seed_report, 14)
    assert finding.status is Status.UNIQUE
    assert finding.sources == (WIRE,)
    assert finding.claims[0].noun == "foreign nationals"


def test_remaining_prisoners_are_compatible_not_conflicting(seed_report):
    [finding] = [
        f
        for f in seed_report.findings
        if f.kind is ClaimKind.QUANTITY and any(c.quantity and c.quantity.value == 1200 for c in f.claims)
    ]
    assert finding.status is Status.COMPATIBLE
    assert finding.sources == (WIRE, BLOG)
    shown = {c.text.lower() for c in finding.claims}
    assert {"nearly 1,200", "more than 1,000", "over 1,000"} <= shown
    assert all(c.predicate in {"remain", "languish"} for c in finding.claims)


def test_lukashenka_and_lukashenko_are_one_person_spelled_two_ways(seed_report):
    [finding] = [f for f in seed_report.findings if f.status is Status.VARIANT]
    assert finding.kind is ClaimKind.ENTITY
    assert finding.sources == (WIRE, BLOG)
    assert "Lukashenka" in finding.explanation and "Lukashenko" in finding.explanation
    spelled = {c.source: c.text for c in finding.claims}
    assert spelled[WIRE].endswith("Lukashenka") and spelled[BLOG].endswith("Lukashenko")


def test_mojibake_name_is_repaired_but_offsets_point_into_the_original(seed_report, seeds_dir):
    original = (seeds_dir / f"{BLOG}.txt").read_text(encoding="utf-8")
    [claim] = [
        c
        for f in seed_report.findings
        for c in f.claims
        if c.kind is ClaimKind.ENTITY and c.entity and "Naus" in c.entity
    ]
    assert claim.entity == "Gitanas Nausėda"
    assert claim.display == "Gitanas Nausėda"
    assert original[claim.start : claim.end] == claim.text
    assert "Ä" in claim.text  # the original bytes are untouched
    assert "Nausėda" in seed_report.to_markdown()
    assert "NausÄ" not in seed_report.to_markdown()


def test_no_conflict_an_editor_would_reject(seed_report):
    # September 11 (event) vs September 13 (publication), 1991 vs 1994, 52 vs 14: none is a conflict.
    assert [f for f in seed_report.findings if f.status is Status.CONFLICT] == []


def test_sanctions_lifted_on_the_whole_country_against_only_its_airline_is_a_scope_finding(seed_report):
    # The wire has the United States agree to lift sanctions on the airline only; the blog says
    # sanctions on the whole country were lifted. The wire's own apposition says whose airline it is.
    [scope] = [f for f in seed_report.findings if f.status is Status.SCOPE]
    assert scope.kind is ClaimKind.RELATION
    assert set(scope.sources) == {WIRE, BLOG}
    assert scope.explanation.startswith(f"{BLOG} says sanctions on Belarus were lifted; {WIRE} says only")
    assert "Belavia" in scope.explanation and scope.explanation.count(".") == 1
    assert {c.source for c in scope.claims if c.relation.patient == "Belavia"} == {WIRE}


def test_reversed_cause_and_effect_is_an_order_finding(seed_report):
    # The wire: the release prompted the easing of sanctions; the blog: the lifting of
    # sanctions facilitated the release.
    [order] = [f for f in seed_report.findings if f.status is Status.ORDER]
    assert set(order.sources) == {WIRE, BLOG}
    directions = {(c.source, c.relation.cause, c.relation.effect) for c in order.claims}
    assert (WIRE, "release", "sanctions_lifted") in directions
    assert (BLOG, "sanctions_lifted", "release") in directions
    assert "reversed" in order.explanation and "prompting" in order.explanation


def test_eased_against_lifted_on_the_airline_agrees_with_the_modality_noted(seed_report):
    [agree] = [
        f
        for f in seed_report.findings
        if f.kind is ClaimKind.RELATION and f.status is Status.AGREE and f.subject == "lifting of sanctions: Belavia"
    ]
    assert any("agreed to" in note for note in agree.notes)


def test_every_claim_slices_its_original_text(seed_report, seeds_dir):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    for finding in seed_report.findings:
        for claim in finding.claims:
            assert texts[claim.source][claim.start : claim.end] == claim.text


def test_every_format_carries_every_finding_of_the_seed_report(seed_report):
    import html
    import json
    from html.parser import HTMLParser
    from io import StringIO

    import jsonschema
    from conftest import ROOT
    from rich.console import Console

    from claimcheck import report as formats

    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    data = json.loads(seed_report.to_json())
    jsonschema.validate(data, schema)
    assert len(data["findings"]) == len(seed_report.findings)

    markdown = seed_report.to_markdown()
    page = seed_report.to_html()
    HTMLParser().feed(page)
    buffer = StringIO()
    formats.render_table(seed_report, Console(file=buffer, width=200))
    table = buffer.getvalue()
    for finding in seed_report.findings:
        assert finding.subject.split(" (")[0] in markdown
        assert html.escape(finding.explanation, quote=False) in page or html.escape(finding.explanation) in page
        assert finding.subject.split(" (")[0] in table
    github = formats.to_github(seed_report)
    assert any(line.startswith("::warning") and "Lukashen" in line for line in github.splitlines())
    assert not any(line.startswith("::error") for line in github.splitlines())
