"""Tests for readings.py: fact sheets with every source's reading, majorities in voices, gaps."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import Claim, ClaimKind, Finding, Quantity, Report, Status
from claimcheck.readings import convert, fact_sheet, gap_phrase, natural_key


def _claim(
    source: str,
    text: str,
    value: float,
    *,
    noun: str = "people",
    line: int = 3,
    unit=None,
    attribution=None,
    low=None,
    high=None,
) -> Claim:
    sentence = f"Officials said {text} {noun} were hurt."
    return Claim(
        kind=ClaimKind.QUANTITY,
        source=source,
        text=text,
        display=text,
        start=100 + line,
        end=100 + line + len(text),
        sentence=sentence,
        sentence_offset=15,
        line=line,
        noun=noun,
        predicate="hurt",
        attribution=attribution,
        quantity=Quantity(
            low=value if low is None else low, high=value if high is None else high, value=value, unit=unit, text=text
        ),
    )


def _finding(*claims: Claim, status=Status.CONFLICT, total=5) -> Finding:
    return Finding(
        status=status,
        kind=ClaimKind.QUANTITY,
        claims=claims,
        sources=tuple(sorted({c.source for c in claims})),
        score=1.0,
        explanation="",
        subject="people (hurt)",
        support=1,
        total_sources=total,
    )


def _report(finding: Finding, **kw) -> Report:
    return Report(findings=(finding,), sources=tuple(f"outlet{i}" for i in range(1, 6)), **kw)


def test_natural_order_of_sources():
    assert sorted(["outlet10", "outlet2", "Outlet1", "wire"], key=natural_key) == [
        "Outlet1",
        "outlet2",
        "outlet10",
        "wire",
    ]


def test_coverage_majority_outliers_and_gap():
    finding = _finding(
        _claim("outlet2", "52", 52),
        _claim("outlet10", "52", 52),
        _claim("outlet1", "54", 54),
        _claim("outlet3", "520", 520),
    )
    sheet = fact_sheet(finding, _report(finding))
    assert sheet.subject == "people hurt"
    assert sheet.coverage() == "4 of 5 sources state it; 1 does not mention it"
    assert sheet.majority == ("outlet2", "outlet10")
    assert sheet.outliers == ("outlet1", "outlet3")
    assert [r.source for r in sheet.readings] == ["outlet1", "outlet2", "outlet3", "outlet10"]
    assert next((g.label, g.sources) for g in sheet.values) == ("52", ("outlet2", "outlet10"))
    assert "“54” (outlet1) is 4% higher than “52”." in sheet.gaps
    assert "“520” (outlet3) is 10× “52” — a decimal slip?" in sheet.gaps


def test_a_wire_copy_is_one_voice_so_no_majority():
    # outlet2 and outlet3 say 52, but outlet3 reprints outlet2: 52 has one voice, as has 54.
    finding = _finding(_claim("outlet2", "52", 52), _claim("outlet3", "52", 52), _claim("outlet1", "54", 54))
    sheet = fact_sheet(finding, _report(finding, copies=(("outlet3", "outlet2"),)))
    assert sheet.majority == () and sheet.voices == 2
    assert sheet.coverage() == "3 of 5 sources state it (2 independent); 2 do not mention it"
    assert [r.copy_of for r in sheet.readings] == [None, None, "outlet2"]
    without = fact_sheet(finding, _report(finding))
    assert without.majority == ("outlet2", "outlet3")


def test_headline_and_body_that_disagree_are_a_self_contradiction():
    finding = _finding(
        _claim("outlet1", "12", 12, line=1), _claim("outlet1", "21", 21, line=4), _claim("outlet2", "21", 21)
    )
    sheet = fact_sheet(finding, _report(finding))
    assert sheet.self_contradictions == ("outlet1 contradicts itself: “12” (line 1) and “21” (line 4).",)
    vague = _finding(_claim("outlet1", "about 20", 20, low=18, high=22), _claim("outlet1", "21", 21, line=4))
    assert fact_sheet(vague).self_contradictions == ()


def test_readings_in_other_units_are_converted_and_compared_in_one_unit():
    finding = _finding(
        _claim("outlet1", "6", 6, noun="miles"),
        _claim("outlet2", "6", 6, noun="miles"),
        _claim("outlet3", "6", 6, noun="kilometres"),
    )
    sheet = fact_sheet(finding, _report(finding))
    km = next(r for r in sheet.readings if r.source == "outlet3")
    assert km.converted == "3.7 miles"
    assert sheet.gaps == ("“6 kilometres” (outlet3) is 38% lower than “6 miles”.",)


def test_readings_follow_publication_time_then_name():
    finding = _finding(_claim("outlet10", "17", 17), _claim("outlet2", "4", 4), _claim("outlet1", "2", 2))
    report = _report(finding, published=(("outlet10", "2025-03-04T18:00"), ("outlet2", "2025-03-04T09:00")))
    assert [r.source for r in fact_sheet(finding, report).readings] == ["outlet2", "outlet10", "outlet1"]


def test_attribution_is_carried():
    finding = _finding(
        _claim("outlet1", "12", 12, attribution="police"), _claim("outlet2", "12", 12), status=Status.AGREE
    )
    sheet = fact_sheet(finding)
    assert [r.attribution for r in sheet.readings] == ["police", None]
    assert sheet.majority == () and sheet.gaps == ()


@pytest.mark.parametrize(
    ("reference", "other", "expected"),
    [
        (100, 124, "24% higher than 100"),
        (100, 76, "24% lower than 100"),
        (5.2, 52, "10× 5.2 — a decimal slip?"),
        (52, 5.2, "1/10 of 52 — a decimal slip?"),
        (10, 35, "3.5× 10"),
        (1000, 1004, "0.4% higher than 1,000"),
        (7, 7, None),
        (0, 5, None),
        (1e-300, 1e300, None),  # beyond float range: nothing worth saying, and no error
    ],
)
def test_gap_phrase(reference, other, expected):
    assert gap_phrase(reference, other) == expected


def test_convert():
    assert convert(1, "miles", "km") == pytest.approx(1.609344)
    assert convert(3, "USD", "USD") == 3
    assert convert(1, "miles", "kg") is None
    assert convert(1, "USD", "EUR") is None


@given(st.floats(min_value=1e-6, max_value=1e9), st.floats(min_value=1e-6, max_value=1e9))
def test_gap_phrase_direction_matches_the_numbers(a, b):
    phrase = gap_phrase(a, b)
    if phrase is None:
        assert a == b
    elif "%" in phrase:
        assert ("higher" in phrase) == (b > a)
    else:
        assert phrase.startswith("1/") == (b < a)
        assert math.isfinite(a / b)


def test_developing_figure_reads_first_to_latest_and_names_no_majority():
    finding = _finding(
        _claim("outlet1", "2", 2), _claim("outlet2", "9", 9), _claim("outlet3", "17", 17), status=Status.DEVELOPING
    )
    report = _report(
        finding,
        published=(("outlet1", "2025-03-04T06:00"), ("outlet2", "2025-03-04T09:00"), ("outlet3", "2025-03-04T18:00")),
    )
    sheet = fact_sheet(finding, report)
    assert sheet.majority == () and sheet.outliers == ()
    assert sheet.gaps == ("The latest reading, “17” (outlet3), is 8.5× the first reading, “2” (outlet1).",)


def test_other_findings_on_the_same_subject_are_pointed_at():
    first = _finding(_claim("outlet1", "2", 2), _claim("outlet2", "4", 4))
    second = _finding(_claim("outlet3", "9", 9), status=Status.UNIQUE)
    other_subject = attrs.evolve(_finding(_claim("outlet4", "7", 7), status=Status.UNIQUE), subject="homes (burn)")
    report = Report(findings=(first, second, other_subject), sources=("outlet1", "outlet2", "outlet3", "outlet4"))
    assert fact_sheet(first, report).elsewhere == (("outlet3", "9"),)
    assert fact_sheet(second, report).elsewhere == (("outlet1", "2"), ("outlet2", "4"))
    assert fact_sheet(other_subject, report).elsewhere == ()


_values = st.integers(min_value=1, max_value=500)


@given(
    st.dictionaries(st.sampled_from([f"outlet{i}" for i in range(1, 9)]), _values, min_size=1, max_size=8),
    st.sampled_from([Status.CONFLICT, Status.AGREE, Status.UNIQUE]),
)
def test_fact_sheet_accounts_for_every_source_once(values, status):
    finding = _finding(*(_claim(s, str(v), v) for s, v in values.items()), status=status, total=8)
    sheet = fact_sheet(finding, _report(finding))
    sources = [r.source for r in sheet.readings]
    assert sorted(sources, key=natural_key) == sorted(values, key=natural_key)
    assert sheet.stated + sheet.silent == sheet.total == 8
    assert not set(sheet.majority) & set(sheet.outliers)
    if sheet.majority:
        assert set(sheet.majority) | set(sheet.outliers) == set(values)
        chosen = {values[s] for s in sheet.majority}
        assert len(chosen) == 1  # exact figures: a majority is one value
    assert sum(len(g.sources) for g in sheet.values) == len(values)


# ---------------------------------------------------------------- a source against itself


def _sheet_clashes(*findings: Finding) -> tuple[str, ...]:
    report = Report(findings=findings, sources=tuple(f"outlet{i}" for i in range(1, 6)))
    return fact_sheet(findings[0], report).self_contradictions


@pytest.mark.parametrize(
    ("line", "agent_a", "agent_b", "flagged"),
    [
        (1, None, None, True),  # the headline's 12 against the body's 21: flagged
        (7, None, None, False),  # two body figures kept apart by alignment stay apart
        (1, "Ann Ray", "Bo Lind", False),  # two people's figures are never one source's clash
    ],
)
def test_a_figure_of_another_finding_clashes_only_from_the_headline(line, agent_a, agent_b, flagged):
    a = attrs.evolve(_claim("outlet1", "12", 12, line=line), agent=agent_a, sentence="Twelve were hurt.")
    b = attrs.evolve(_claim("outlet1", "21", 21, line=9), agent=agent_b)
    clashes = _sheet_clashes(_finding(a, status=Status.UNIQUE), _finding(b, status=Status.UNIQUE))
    assert bool(clashes) is flagged


def test_two_figures_of_one_sentence_are_no_clash():
    a = attrs.evolve(_claim("outlet1", "2.38", 2.38), sentence="They weigh 2.38 and 2.96 pounds.")
    b = attrs.evolve(_claim("outlet1", "2.96", 2.96), sentence="They weigh 2.38 and 2.96 pounds.")
    assert _sheet_clashes(_finding(a, b)) == ()


def test_an_unnamed_age_or_a_clock_time_is_no_clash_from_the_headline():
    headline_age = attrs.evolve(_claim("outlet1", "27", 27, line=1), measure="age", sentence="A 27-year-old held.")
    body_age = attrs.evolve(_claim("outlet1", "16", 16, line=9), measure="age")
    assert _sheet_clashes(_finding(headline_age, status=Status.UNIQUE), _finding(body_age, status=Status.UNIQUE)) == ()
