"""Tests for the report formats: JSON data and schema, Markdown, terminal, HTML, GitHub, pandas."""

from __future__ import annotations

import json
import math
import pathlib
import sys
from html.parser import HTMLParser

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import report as fmt
from claimcheck.models import Claim, ClaimKind, Finding, Quantity, Report, SkippedInput, Status

try:
    from report_fixtures import empty_report, flood_report, hostile_report
except ImportError:  # tests run as a package
    from tests.report_fixtures import empty_report, flood_report, hostile_report

SCHEMA_PATH = pathlib.Path(__file__).resolve().parents[1] / "docs" / "report.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --------------------------------------------------------------------------- generated reports

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12
)
_opt_text = st.none() | _text


@st.composite
def quantities(draw) -> Quantity:
    finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
    low = draw(st.just(-math.inf) | finite)
    high = draw(st.just(math.inf) | st.floats(min_value=max(low, -1e12), max_value=1e12, allow_nan=False))
    return Quantity(
        low=low,
        high=high,
        low_inclusive=draw(st.booleans()),
        high_inclusive=draw(st.booleans()),
        value=draw(st.none() | finite),
        qualifier=draw(_opt_text),
        unit=draw(_opt_text),
        text=draw(_text),
    )


SOURCES = ["Harbor Gazette", "Valley Courier", "Metro Wire", "Ünïcode Tägeblatt"]


@st.composite
def claims(draw) -> Claim:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Claim(
        kind=draw(st.sampled_from(ClaimKind)),
        source=draw(st.sampled_from(SOURCES)),
        text=draw(_text),
        start=start,
        end=start + draw(st.integers(min_value=0, max_value=50)),
        sentence=draw(_text),
        display=draw(_text),
        quantity=draw(st.none() | quantities()),
        noun=draw(_opt_text),
        noun_lemma=draw(_opt_text),
        predicate=draw(_opt_text),
        entity=draw(_opt_text),
        label=draw(_opt_text),
        role=draw(_opt_text),
        negated=draw(st.booleans()),
        attribution=draw(_opt_text),
        line=draw(st.integers(min_value=1, max_value=500)),
    )


@st.composite
def findings(draw) -> Finding:
    return Finding(
        status=draw(st.sampled_from(Status)),
        kind=draw(st.sampled_from(ClaimKind)),
        claims=tuple(draw(st.lists(claims(), max_size=3))),
        sources=tuple(draw(st.lists(st.sampled_from(SOURCES), max_size=3, unique=True))),
        score=draw(st.floats(min_value=0, max_value=1)),
        explanation=draw(_text),
        subject=draw(_text),
        support=draw(st.integers(min_value=0, max_value=4)),
        total_sources=draw(st.integers(min_value=0, max_value=4)),
        notes=tuple(draw(st.lists(_text, max_size=2))),
    )


@st.composite
def reports(draw) -> Report:
    paths = draw(st.dictionaries(st.sampled_from(SOURCES), _text, max_size=3))
    return Report(
        findings=tuple(draw(st.lists(findings(), max_size=4))),
        sources=tuple(draw(st.lists(st.sampled_from(SOURCES), unique=True))),
        skipped=tuple(draw(st.lists(st.builds(SkippedInput, path=_text, reason=_text), max_size=2))),
        paths=tuple(paths.items()),
        claimcheck_version=draw(_text),
        model_name=draw(_text),
        model_version=draw(_text),
    )


# --------------------------------------------------------------------------- JSON


def test_dict_has_documented_top_level_and_summary():
    data = flood_report().to_dict()
    assert list(data) == sorted(data)
    assert data["schema_version"] == fmt.SCHEMA_VERSION
    assert data["model"] == {"name": "en_core_web_sm", "version": "3.8.0"}
    assert data["summary"] == {"conflict": 1, "variant": 1, "compatible": 1, "agree": 1, "unique": 1}
    assert data["skipped"] == [{"path": "articles/empty.txt", "reason": "no text after cleaning"}]
    assert data["sources"] == ["Harbor Gazette", "Valley Courier", "Northern Dispatch", "Metro Wire"]


def test_findings_sorted_by_severity_then_subject():
    statuses = [f["status"] for f in flood_report().to_dict()["findings"]]
    assert statuses == ["conflict", "variant", "compatible", "agree", "unique"]
    # Same status: subject decides, then the sources.
    base = flood_report().findings[2]
    twins = (
        attrs.evolve(base, subject="b"),
        attrs.evolve(base, subject="a", sources=("Valley Courier",)),
        attrs.evolve(base, subject="a", sources=("Harbor Gazette",)),
    )
    out = fmt.to_dict(attrs.evolve(flood_report(), findings=twins))["findings"]
    assert [(f["subject"], f["sources"]) for f in out] == [
        ("a", ["Harbor Gazette"]),
        ("a", ["Valley Courier"]),
        ("b", list(base.sources)),
    ]


def test_json_is_stable_under_input_order():
    report = flood_report()
    shuffled = attrs.evolve(
        report,
        findings=tuple(
            attrs.evolve(f, claims=tuple(reversed(f.claims))) for f in reversed(report.findings)
        ),
        paths=tuple(reversed(report.paths)),
    )
    assert shuffled != report
    assert fmt.to_json(shuffled) == fmt.to_json(report)


def test_infinite_bounds_are_null_and_come_back():
    data = flood_report().to_dict()
    evacuated = next(f for f in data["findings"] if f["subject"] == "residents evacuated")
    more_than = next(c for c in evacuated["claims"] if c["text"] == "More than 3,000")
    assert more_than["quantity"]["high"] is None
    assert more_than["quantity"]["low"] == 3000.0
    text = fmt.to_json(flood_report())
    assert "Infinity" not in text
    back = fmt.from_json(text)
    quantities_back = [c.quantity for f in back.findings for c in f.claims if c.quantity]
    assert any(q.high == math.inf for q in quantities_back)


def test_finding_key_is_written(validator):
    report = flood_report()
    keys = {f["key"] for f in report.to_dict()["findings"]}
    assert keys == {f.key for f in report.findings}


@pytest.mark.parametrize("make", [flood_report, hostile_report, empty_report])
def test_real_reports_validate_against_schema(validator, make):
    data = json.loads(make().to_json())
    errors = [e.message for e in validator.iter_errors(data)]
    assert errors == []


def test_schema_rejects_a_broken_report(validator):
    data = flood_report().to_dict()
    data["findings"][0]["status"] = "maybe"
    del data["summary"]["agree"]
    assert len(list(validator.iter_errors(data))) == 2


@pytest.mark.parametrize("make", [flood_report, hostile_report, empty_report])
def test_round_trip_fixture(make):
    report = make()
    assert Report.from_dict(report.to_dict()) == fmt.canonical(report)
    assert fmt.from_json(report.to_json(indent=None)) == fmt.canonical(report)


@settings(max_examples=60, deadline=None)
@given(reports())
def test_round_trip_property(validator, report):
    data = fmt.to_dict(report)
    assert list(validator.iter_errors(json.loads(json.dumps(data)))) == []
    back = fmt.from_dict(json.loads(fmt.to_json(report)))
    assert back == fmt.canonical(report)
    assert fmt.to_dict(back) == data


def test_from_dict_rejects_garbage_with_reasons():
    with pytest.raises(ValueError, match="not a claimcheck report"):
        fmt.from_dict({"hello": 1})
    data = flood_report().to_dict()
    data["findings"][0]["status"] = "maybe"
    with pytest.raises(ValueError, match=r"findings"):
        fmt.from_dict(data)
    data = flood_report().to_dict()
    data["schema_version"] = "2.0"
    with pytest.raises(ValueError, match="schema_version"):
        fmt.from_dict(data)


# --------------------------------------------------------------------------- summary


def test_summary_line_counts_and_plurals():
    assert fmt.summary_line(flood_report()) == (
        "1 conflict, 1 variant, 1 compatible estimate, 1 agreement, 1 unique claim "
        "across 4 sources (1 input skipped)"
    )
    report = flood_report()
    conflict = report.findings[2]
    many = attrs.evolve(
        report,
        findings=(conflict, attrs.evolve(conflict, subject="x"), report.findings[0]),
        skipped=(),
    )
    assert fmt.summary_line(many) == "2 conflicts, 1 agreement across 4 sources"
    assert fmt.summary_line(empty_report()) == "no comparable claims across 1 source"


# --------------------------------------------------------------------------- Markdown


def test_markdown_sections_in_severity_order_with_evidence():
    md = flood_report().to_markdown()
    headings = [line for line in md.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Conflicts (1)",
        "### Spelling variants (1)",
        "### Compatible estimates (1)",
        "### Agreements (1)",
        "### Claims made by one source only (1)",
        "### Skipped inputs (1)",
    ]
    assert fmt.summary_line(flood_report()) in md
    conflict = md.split("### Conflicts")[1].split("###")[0]
    assert "outside the range \\[1,080, 1,200)" in conflict
    assert "“Officials said **nearly 1,200** people died in the district.”" in conflict
    assert "“The regional health office put the death toll at **950**.”" in conflict
    assert "(articles/valley-courier.txt, line 2)" in conflict
    assert "note: Northern Dispatch says the figure may rise." in conflict


def test_markdown_escapes_article_text():
    md = hostile_report().to_markdown()
    assert "<script>" not in md and "<b>" not in md
    assert "\\<script\\>alert(1)\\</script\\>" in md
    assert "\\*hurt\\*" in md
    assert "people \\| \\<i\\>hurt\\</i\\>" in md
    # An explanation with a line break stays inside its list item.
    item = next(line for line in md.splitlines() if line.startswith("- **people"))
    assert item.endswith("vs 30: 100% wrong, really")


def test_markdown_tables_keep_their_columns():
    report = flood_report()
    aid = report.findings[1]
    piped = attrs.evolve(aid, subject="aid | pledge", claims=(attrs.evolve(aid.claims[0], display="$2 | million"),))
    md = attrs.evolve(report, findings=(piped,)).to_markdown()
    row = next(line for line in md.splitlines() if line.startswith("| aid"))
    # Four columns: five unescaped pipes.
    unescaped = [i for i, ch in enumerate(row) if ch == "|" and row[i - 1 : i] != "\\"]
    assert len(unescaped) == 5


def test_markdown_empty_report():
    md = empty_report().to_markdown()
    assert "no comparable claims across 1 source" in md
    assert "###" not in md
