"""SARIF 2.1.0 output: the structure code-scanning tools require, levels, locations, baselines."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_fixtures import empty_report, flood_report, hostile_report

from claimcheck.models import Status
from claimcheck.sarif import SARIF_VERSION, to_sarif, to_sarif_dict

#: The essentials of the SARIF 2.1.0 log format that dashboards rely on (our own subset).
_MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string", "minLength": 1}}}
_LOCATION = {
    "type": "object",
    "anyOf": [{"required": ["physicalLocation"]}, {"required": ["logicalLocations"]}],
    "properties": {
        "physicalLocation": {
            "type": "object",
            "required": ["artifactLocation"],
            "properties": {
                "artifactLocation": {
                    "type": "object",
                    "required": ["uri"],
                    "properties": {"uri": {"type": "string", "pattern": "^[^\\\\ ]+$"}},
                },
                "region": {
                    "type": "object",
                    "required": ["startLine"],
                    "properties": {
                        "startLine": {"type": "integer", "minimum": 1},
                        "snippet": {"type": "object", "required": ["text"]},
                    },
                },
            },
        },
        "logicalLocations": {"type": "array", "items": {"type": "object", "required": ["name"]}},
        "message": _MESSAGE,
    },
}
SCHEMA = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"const": "claimcheck"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": _MESSAGE,
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {
                                                        "level": {"enum": ["none", "note", "warning", "error"]}
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "message", "level", "locations"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": _MESSAGE,
                                "locations": {"type": "array", "items": _LOCATION},
                                "relatedLocations": {
                                    "type": "array",
                                    "items": {**_LOCATION, "required": ["id", "message"]},
                                },
                                "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
                                "baselineState": {"enum": ["new", "unchanged", "updated", "absent"]},
                                "suppressions": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["kind"],
                                        "properties": {"kind": {"enum": ["inSource", "external"]}},
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def _validate(log: dict) -> None:
    jsonschema.validate(log, SCHEMA)
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


@pytest.mark.parametrize("make", [flood_report, hostile_report, empty_report])
def test_logs_have_the_sarif_structure(make):
    log = json.loads(to_sarif(make()))
    assert log["version"] == SARIF_VERSION
    _validate(log)


def test_the_schema_catches_a_broken_log():
    log = to_sarif_dict(flood_report())
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        _validate(log)


def test_levels_follow_the_statuses():
    report = flood_report()
    log = to_sarif_dict(report)
    levels = [r["level"] for r in log["runs"][0]["results"]]
    expected = {Status.CONFLICT: "error", Status.VARIANT: "warning", Status.UNIQUE: "note"}
    assert levels == [expected[f.status] for f in report.findings if f.status in expected]
    assert "error" in levels and "warning" in levels


def test_results_point_at_the_file_and_line():
    report = flood_report()
    [run] = to_sarif_dict(report)["runs"]
    flagged = [f for f in report.findings if f.status in (Status.CONFLICT, Status.VARIANT, Status.UNIQUE)]
    assert len(run["results"]) == len(flagged)
    for result, finding in zip(run["results"], flagged, strict=False):
        assert result["message"]["text"] == finding.explanation
        locations = [*result["locations"], *result.get("relatedLocations", [])]
        assert len(locations) == len(finding.claims)
        for location in locations:
            if "physicalLocation" not in location:
                [logical] = location["logicalLocations"]
                assert report.path_of(logical["name"]) is None
                continue
            physical = location["physicalLocation"]
            assert any(
                report.path_of(c.source) == physical["artifactLocation"]["uri"]
                and c.line == physical["region"]["startLine"]
                and c.text == physical["region"]["snippet"]["text"]
                for c in finding.claims
            ), physical


def test_baseline_findings_are_suppressed_not_dropped():
    report = flood_report()
    conflict = next(f for f in report.findings if f.status is Status.CONFLICT)
    [run] = to_sarif_dict(report, accepted={conflict.key})["runs"]
    states = {r["partialFingerprints"]["claimcheckFinding/v1"]: r for r in run["results"]}
    accepted = [r for r in states.values() if r.get("suppressions")]
    assert len(accepted) == 1 and accepted[0]["baselineState"] == "unchanged"
    assert all(r["baselineState"] == "new" for r in states.values() if not r.get("suppressions"))


def test_fingerprints_are_stable_and_distinct():
    first = to_sarif_dict(flood_report())["runs"][0]["results"]
    again = to_sarif_dict(flood_report())["runs"][0]["results"]
    prints = [r["partialFingerprints"]["claimcheckFinding/v1"] for r in first]
    assert prints == [r["partialFingerprints"]["claimcheckFinding/v1"] for r in again]
    assert len(set(prints)) == len(prints)


@given(st.text(min_size=1, max_size=30).filter(lambda s: s.strip() and "\x00" not in s))
@settings(max_examples=40)
def test_any_path_becomes_a_uri_reference(name):
    from pathlib import PurePath
    from urllib.parse import unquote, urlsplit

    from claimcheck.report.sarif import _uri

    uri = _uri(f"articles/{name}.txt")
    assert " " not in uri and "\\" not in uri and "#" not in uri and "?" not in uri
    parts = urlsplit(uri)
    assert not parts.scheme and unquote(parts.path) == PurePath(f"articles/{name}.txt").as_posix()


def test_jsonl_records_point_at_their_line_in_the_file():
    import attrs

    report = flood_report()
    source = report.findings[0].claims[0].source
    moved = attrs.evolve(report, paths=((source, "feeds/wire.jsonl:7"),))
    [run] = to_sarif_dict(moved)["runs"]
    located = [
        loc
        for r in run["results"]
        for loc in [*r["locations"], *r.get("relatedLocations", [])]
        if "physicalLocation" in loc
    ]
    assert located and all(
        loc["physicalLocation"]["artifactLocation"]["uri"] == "feeds/wire.jsonl"
        and loc["physicalLocation"]["region"]["startLine"] == 7
        for loc in located
    )


def test_cli_writes_sarif(nlp, tmp_path):
    from click.testing import CliRunner
    from conftest import DATA

    from claimcheck.cli import main

    out = tmp_path / "claims.sarif"
    result = CliRunner().invoke(
        main,
        [
            "compare",
            str(DATA / "belarus"),
            "--format",
            "sarif",
            "-o",
            str(out),
            "--no-cache",
            "-q",
            "--fail-on",
            "none",
        ],
    )
    assert result.exit_code == 0, result.output
    log = json.loads(out.read_text(encoding="utf-8"))
    _validate(log)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"claimcheck/conflict", "claimcheck/variant"}


def test_reversed_causes_and_scope_differences_are_warnings():
    import attrs

    from claimcheck.models import ClaimKind

    report = flood_report()
    [base] = [f for f in report.findings if f.status is Status.VARIANT]
    extra = tuple(
        attrs.evolve(base, status=s, kind=ClaimKind.RELATION, subject=s.value) for s in (Status.ORDER, Status.SCOPE)
    )
    log = to_sarif_dict(attrs.evolve(report, findings=report.findings + extra))
    run = log["runs"][0]
    levels = {run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"]: r["level"] for r in run["results"]}
    assert levels["claimcheck/order"] == levels["claimcheck/scope"] == "warning"
