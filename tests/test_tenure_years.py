"""tenure_years.py: how long someone has been in a body against the year they joined it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare


def _tenures(nlp, north: str, south: str) -> list:
    report = compare({"north": north, "south": south}, nlp=nlp)
    return [f for f in report.findings if f.subject.startswith("years in the ")]


DATED = "October 2, 2016\n"
SERVED = DATED + "She had been a member of the river rescue team for the past eight years.\n"

# north, south, whether a CONFLICT on the time in the body is expected
CASES = [
    (SERVED, "She joined the rescue team in 2012 after years as a lifeguard.", True),  # at most 4.75 years
    (SERVED, "She joined the rescue team in 2008 after years as a lifeguard.", False),  # eight years
    (SERVED, "She joined the rescue team in 2009 after years as a lifeguard.", False),  # 6.75 to 7.75: rounds to 8
    (SERVED, "She joined the fire brigade in 2012 after years as a lifeguard.", False),  # another body
    (SERVED, "He joined the rescue team in 2012 after years as a lifeguard.", False),  # another holder
    (SERVED.replace(DATED, ""), "She joined the rescue team in 2012 after years as a lifeguard.", False),  # no date
    (SERVED, "She moved to the rescue team in 2012 after years as a lifeguard.", False),  # no joining verb
    (SERVED.replace("eight", "20"), "She joined the rescue team in 1994 after years as a lifeguard.", False),  # round
    (SERVED.replace("eight", "20"), "She joined the rescue team in 2008 after years as a lifeguard.", True),
]


@pytest.mark.parametrize(("north", "south", "expected"), CASES)
def test_a_tenure_against_a_year_joined(nlp, north, south, expected):
    found = _tenures(nlp, north, south)
    assert bool(found) is expected
    for f in found:
        assert f.status is Status.CONFLICT and f.kind is ClaimKind.QUANTITY
        assert f.sources == ("north", "south")


@pytest.mark.parametrize(("rounding", "expected"), [(0.5, False), (0.0, True)])
def test_config_span_rounding_years_decides_how_round_a_stated_span_is(nlp, rounding, expected):
    # joined in 2009, eight years stated in October 2016: 6.75 to 7.75 years, 8 only when rounded
    from claimcheck import Config, build_report, extract

    south = "She joined the rescue team in 2009 after years as a lifeguard."
    claims = [*extract(SERVED, "north", nlp), *extract(south, "south", nlp)]
    report = build_report(
        claims,
        sources=["north", "south"],
        config=Config(span_rounding_years=rounding),
        published=[("north", "2016-10-02")],
    )
    assert any(f.subject.startswith("years in the ") for f in report.findings) is expected


def test_the_explanation_gives_the_longest_span_the_year_allows(nlp):
    [finding] = _tenures(nlp, SERVED, "She joined the rescue team in 2012 after years as a lifeguard.")
    assert "north says for the past “eight years” on 2016-10-02" in finding.explanation
    assert "south says she joined the rescue team in 2012, at most 4.8 years before" in finding.explanation


def _claim(kind: ClaimKind, text: str, before: str, after: str = "."):
    import attrs
    from claim_factory import qclaim

    base = qclaim("north", "3 years", None, "serve")
    sentence = before + text + after
    quantity = attrs.evolve(base.quantity, unit="yr") if kind is ClaimKind.QUANTITY and base.quantity else None
    return attrs.evolve(base, kind=kind, text=text, quantity=quantity, sentence=sentence, sentence_offset=len(before))


@pytest.mark.parametrize(
    ("before", "body"),
    [
        ("He has worked with the harbour police for the past ", ("harbour", "police")),
        ("She had been on its anti-fraud desk for the last ", ("anti", "fraud", "desk")),
        ("He has lived in the city for the past ", ("city",)),
        ("He waited for the past ", None),
        ("The club has grown over the last ", None),
    ],
)
def test_what_a_tenure_is_spent_in(before, body):
    from claimcheck.tenure_years import tenure_body

    assert tenure_body(_claim(ClaimKind.QUANTITY, "3 years", before)) == body


@pytest.mark.parametrize(
    ("before", "body"),
    [
        ("He joined the harbour police in ", ("harbour", "police")),
        ("She entered the academy in ", ("academy",)),
        ("He left the harbour police in ", None),
    ],
)
def test_what_a_year_says_was_joined(before, body):
    from claimcheck.tenure_years import joined_body

    assert joined_body(_claim(ClaimKind.DATE, "2010", before)) == body


@given(year=st.integers(1900, 2090), day=st.integers(1, 365))
def test_a_publication_date_reads_as_a_year_with_its_fraction(year, day):
    import datetime as dt

    from claimcheck.tenure_years import published_year

    moment = dt.date(year, 1, 1) + dt.timedelta(days=day - 1)
    value = published_year(moment.isoformat())
    assert value is not None and year <= value < year + 1


def test_no_year_without_a_date():
    from claimcheck.tenure_years import published_year

    assert published_year(None) is None
    assert published_year("sometime") is None
