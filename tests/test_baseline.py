"""Tests for baselines (accepted findings) and for atomic output writing."""

from __future__ import annotations

import json
import os

import attrs
import pytest

from claimcheck import baseline, outputs
from claimcheck.models import Status

try:
    from report_fixtures import flood_report
except ImportError:  # tests run as a package
    from tests.report_fixtures import flood_report


def _conflict(report):
    return next(f for f in report.findings if f.status is Status.CONFLICT)


# --------------------------------------------------------------------------- baselines


def test_written_baseline_holds_every_non_agreement(tmp_path):
    report = flood_report()
    path = baseline.write_baseline(report, tmp_path / "claimcheck-baseline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == baseline.BASELINE_FORMAT
    statuses = sorted(item["status"] for item in data["findings"])
    assert statuses == ["conflict", "unique", "variant"]
    accepted = baseline.load_baseline(path)
    expected = {
        baseline.fact_key(f) for f in report.findings if f.status in {Status.CONFLICT, Status.VARIANT, Status.UNIQUE}
    }
    assert accepted.facts == expected and not accepted.legacy


def test_baselined_conflict_passes_new_conflict_fails(tmp_path):
    report = flood_report()
    path = baseline.write_baseline(report, tmp_path / "b.json")
    keys = baseline.load_baseline(path)
    assert baseline.failing(baseline.new_findings(report, keys), "conflict") == []

    extra = attrs.evolve(_conflict(report), subject="homes destroyed")
    later = attrs.evolve(report, findings=(*report.findings, extra))
    new = baseline.new_findings(later, keys)
    assert new == [extra]
    assert baseline.failing(new, "conflict") == [extra]


def _with_claim(report, finding, claim):
    widened = attrs.evolve(
        finding, claims=(*finding.claims, claim), sources=tuple(sorted({*finding.sources, claim.source}))
    )
    return attrs.evolve(report, findings=tuple(widened if f is finding else f for f in report.findings))


def test_a_new_source_repeating_an_accepted_reading_stays_accepted(tmp_path):
    report = flood_report()
    keys = baseline.load_baseline(baseline.write_baseline(report, tmp_path / "b.json"))
    conflict = _conflict(report)
    agreeing = attrs.evolve(conflict.claims[1], source="Metro Wire", start=3, end=6)
    later = _with_claim(report, conflict, agreeing)
    assert baseline.new_findings(later, keys) == []


def test_a_new_reading_in_an_accepted_conflict_is_new(tmp_path):
    report = flood_report()
    keys = baseline.load_baseline(baseline.write_baseline(report, tmp_path / "b.json"))
    conflict = _conflict(report)
    q = conflict.claims[1].quantity
    other = attrs.evolve(
        conflict.claims[1],
        source="Metro Wire",
        text="700",
        display="700",
        quantity=attrs.evolve(q, low=700.0, high=700.0, value=700.0, text="700"),
    )
    later = _with_claim(report, conflict, other)
    assert [f.subject for f in baseline.failing(baseline.new_findings(later, keys), "conflict")] == ["people died"]


def _variant(subject, names):
    finding = next(f for f in flood_report().findings if f.status is Status.VARIANT)
    claims = tuple(attrs.evolve(finding.claims[0], entity=n, source=f"s{i}") for i, n in enumerate(names))
    return attrs.evolve(finding, subject=subject, claims=claims, sources=tuple(c.source for c in claims))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("a", ["b,c"]), ("a", ["b", "c"])),
        (("a|b", ["c"]), ("a", ["b|c"])),
        (("a", ["b", "c"]), ("a, b", ["c"])),
        (('a", "b', ["c"]), ("a", ["b", "c"])),
    ],
)
def test_keys_are_structured_so_names_cannot_collide(first, second):
    assert baseline.fact_key(_variant(*first)) != baseline.fact_key(_variant(*second))


def test_the_order_and_repetition_of_readings_do_not_matter():
    assert baseline.fact_key(_variant("x", ["b", "a", "b"])) == baseline.fact_key(_variant("x", ["a", "b"]))


def test_a_first_layout_baseline_keeps_working(tmp_path):
    report = flood_report()
    conflict = _conflict(report)
    old = {
        "format": "claimcheck-baseline/1",
        "findings": [
            {
                "key": conflict.key,
                "status": "conflict",
                "kind": "quantity",
                "subject": conflict.subject,
                "sources": list(conflict.sources),
                "explanation": conflict.explanation,
            }
        ],
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    accepted = baseline.load_baseline(path)
    assert accepted.accepts(conflict)
    assert conflict not in baseline.new_findings(report, accepted)


def test_a_full_report_json_works_as_baseline(tmp_path):
    report = flood_report()
    path = tmp_path / "report.json"
    path.write_text(report.to_json(), encoding="utf-8")
    accepted = baseline.load_baseline(path)
    assert accepted.facts == {baseline.fact_key(f) for f in report.findings}
    assert baseline.new_findings(report, accepted) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{not json", "not valid JSON"),
        ('["a list"]', "neither a claimcheck baseline"),
        ('{"findings": [{"status": "conflict"}]}', "not a readable claimcheck JSON report"),
        ('{"format": "claimcheck-baseline/2", "findings": [{"status": "conflict"}]}', "finding #1 is malformed"),
        (
            '{"format": "claimcheck-baseline/2", "findings": [{"status": "conflict", "kind": "quantity", '
            '"subject": "x", "readings": "52"}]}',
            "finding #1 is malformed",
        ),
        ('{"format": "claimcheck-baseline/99", "findings": []}', "unsupported format"),
    ],
)
def test_bad_baseline_errors_name_the_file(tmp_path, content, message):
    path = tmp_path / "team-baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(baseline.BaselineError, match=message) as info:
        baseline.load_baseline(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("conflict", {"conflict"}),
        ("variant", {"conflict", "variant"}),
        ("any", {"conflict", "variant", "unique"}),
        ("none", set()),
    ],
)
def test_fail_on_levels(level, expected):
    failing = baseline.failing(flood_report().findings, level)
    assert {f.status.value for f in failing} == expected


def test_unknown_fail_on_level():
    with pytest.raises(ValueError, match="unknown --fail-on level 'warning'"):
        baseline.failing([], "warning")


# --------------------------------------------------------------------------- atomic writes


def test_write_atomic_replaces_content_and_keeps_mode(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    outputs.write_atomic(target, "new ünïcode\n")
    assert target.read_bytes() == "new ünïcode\n".encode()
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["report.json"]


def test_interrupted_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "claimcheck-baseline.json"
    target.write_text('{"old": true}', encoding="utf-8")

    def crash(*_args):
        raise KeyboardInterrupt  # e.g. a cancelled CI job, after the temp file is written

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        baseline.write_baseline(flood_report(), target)
    assert target.read_text(encoding="utf-8") == '{"old": true}'
    assert os.listdir(tmp_path) == ["claimcheck-baseline.json"]


def test_failure_while_writing_bytes_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "out.md"

    def failing_fsync(_fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="disk full"):
        outputs.write_atomic(target, "half")
    assert os.listdir(tmp_path) == []


def test_documented_baseline_example_is_accepted(tmp_path):
    """docs/ci.md shows a baseline; it must stay loadable and match what we write."""
    import pathlib

    doc = (pathlib.Path(__file__).resolve().parents[1] / "docs" / "ci.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.json"
    path.write_text(example, encoding="utf-8")
    report = flood_report()
    conflict = _conflict(report)
    assert baseline.load_baseline(path).facts == {baseline.fact_key(conflict)}
    written = json.loads(baseline.write_baseline(report, tmp_path / "b.json").read_text(encoding="utf-8"))
    documented = json.loads(example)
    assert written["findings"][0] == documented["findings"][0]
    assert set(written) == set(documented)


def test_write_atomic_into_missing_directory_names_the_target(tmp_path):
    target = tmp_path / "nope" / "report.html"
    with pytest.raises(outputs.OutputError, match=r"cannot write .*report\.html: directory .*nope does not exist"):
        outputs.write_atomic(target, "x")
