"""built_years.py: the age of a building against the year another source says it was built."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare


def _built(nlp, north: str, south: str) -> list:
    report = compare({"north": north, "south": south}, nlp=nlp)
    return [f for f in report.findings if f.subject.startswith("year the ")]


DATED = "March 3, 2019\n"
AGED = DATED + "Flames gutted the 72-year-old warehouse near the harbour on Sunday night.\n"

# north, south, whether a CONFLICT on the year it was built is expected
CASES = [
    (AGED, "The warehouse was built in 1931, county records show.", True),  # 1946 or 1947
    (AGED, "It was built in 1947 by a shipping firm.", False),  # 72 years before 2019
    (AGED, "The warehouse was built in 1946 by a shipping firm.", False),  # its anniversary was yet to come
    (AGED, "The warehouse was built in 1944 by a shipping firm.", True),  # 74 or 75 years
    (AGED, "The building dates to 1925 and had stood empty since the war.", True),
    (AGED, "The lighthouse, also built in 1925, still stands.", False),  # another building
    (AGED, "The chapel was built in 1925, long before the harbour grew.", False),  # another kind of building
    (AGED.replace(DATED, ""), "The warehouse was built in 1931, county records show.", False),  # no date: no arithmetic
    (
        DATED + "The 72-year-old fisherman was rescued from the warehouse.",
        "The warehouse was built in 1931, county records show.",
        False,
    ),  # a person's age
    (AGED, "The harbour was busy in 1931, old records show.", False),  # a year, but not when it was built
    (DATED + "The 100-year-old church burned.", "The church was built in 1924.", False),  # a round age
    (DATED + "The 100-year-old church burned.", "The church was built in 1840.", True),
]


@pytest.mark.parametrize(("north", "south", "expected"), CASES)
def test_an_age_against_a_year_built(nlp, north, south, expected):
    found = _built(nlp, north, south)
    assert bool(found) is expected
    for f in found:
        assert f.status is Status.CONFLICT and f.kind is ClaimKind.QUANTITY
        assert f.sources == ("north", "south")


def test_the_explanation_does_the_arithmetic(nlp):
    [finding] = _built(nlp, AGED, "The building was constructed in 1931.")
    assert "north calls it “72” years old on 2019-03-03, so built in 1946 or 1947" in finding.explanation
    assert "south says it was built in 1931" in finding.explanation


@given(age=st.integers(1, 300).filter(lambda a: a % 10), year=st.integers(1800, 2030), month=st.integers(1, 12))
def test_the_window_holds_the_year_minus_the_age_and_the_year_before(age, year, month):
    from claim_factory import qclaim

    from claimcheck.built_years import built_window

    claim = qclaim("north", str(age), "year-old building", "burn")
    low, high = built_window(claim, f"{year}-{month:02}-15")
    assert (low, high) == (year - age - 1, year - age)


@pytest.mark.parametrize(
    ("age", "window"),
    [("72", (1946, 1947)), ("70", (1943, 1954)), ("100", (1868, 1969)), ("about 72", (1939, 1954))],
)
def test_a_round_age_is_read_with_its_rounding(age, window):
    # half a unit of the last non-zero digit: "70" is 65 to 75, "100" is 50 to 150
    from claim_factory import qclaim

    from claimcheck.built_years import built_window

    assert built_window(qclaim("north", age, "year-old building", "burn"), "2019-03-03") == window


def test_no_window_without_a_date_or_for_an_open_age():
    from claim_factory import qclaim

    from claimcheck.built_years import built_window

    assert built_window(qclaim("north", "70", "year-old building", "burn"), "") is None
    assert built_window(qclaim("north", "more than 70", "year-old building", "burn"), "2019-03-03") is None


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("The old mill was built in ", "mill"),
        ("It was originally constructed in ", "it"),
        ("Records say the hall, which was erected in ", "hall"),
        ("The building dates back to ", "building"),
        ("Its owners bought it in ", None),
        ("The fire broke out in ", None),
    ],
)
def test_what_a_year_says_was_built(before, subject):
    import attrs
    from claim_factory import qclaim

    from claimcheck.built_years import built_year_subject

    sentence = before + "1931."
    base = qclaim("south", "1931", None, None)
    claim = attrs.evolve(
        base, kind=ClaimKind.DATE, quantity=None, text="1931", sentence=sentence, sentence_offset=len(before)
    )
    assert built_year_subject(claim) == subject


def test_the_fact_sheet_reads_every_source_as_an_age_on_the_publication_day(nlp):
    from claimcheck.readings import fact_sheet

    texts = {
        "north": AGED,
        "south": "The warehouse was built in 1931, county records show.",
        "west": "The building dates to 1931 and had stood empty since the war.",
    }
    report = compare(texts, nlp=nlp)
    [finding] = [f for f in report.findings if f.subject.startswith("year the ")]
    sheet = fact_sheet(finding, report)
    assert sheet.majority == ("south", "west") and sheet.outliers == ("north",)
    assert {r.source: r.interval for r in sheet.readings} == {
        "north": "[72, 72]",
        "south": "[87, 88]",
        "west": "[87, 88]",
    }
    assert sheet.subject == "age of the warehouse"
