"""rates.py: a figure stated per something is a rate, another fact than a total."""

from __future__ import annotations

import pytest
from claim_factory import pair_statuses, read_figure
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.lexicon import RATE_PERIODS
from claimcheck.models import Status
from claimcheck.readers.rates import rate_in


def _rate(nlp, text: str, figure: str) -> str | None:
    """The rate the claim of ``figure`` is read with (its scope may name a period too)."""
    return rate_in(read_figure(nlp, text, figure).scope)


@pytest.mark.parametrize(
    ("text", "figure", "rate"),
    [
        # on the figure: money per thing, "each", "apiece"
        ("Cleaners at the depot earn $14 an hour.", "$14", "per hour"),
        ("Diesel now costs $3 a gallon in Fenwick.", "$3", "per gallon"),
        ("The buyer will pay $41 per share in cash.", "$41", "per share"),
        ("Halvard agreed to buy Ostrom for $25.50 a share in cash.", "$25.50", "per share"),
        ("Seats for the final sold for $90 each.", "$90", "each"),
        ("The paintings were valued at $5,000 apiece.", "$5,000", "each"),
        # on the counted noun
        ("The outbreak is infecting 140 people a day in Norrby.", "140", "per day"),
        ("Holm averaged 22 points per game last season.", "22", "per game"),
        ("The line turns out 45 cars per hour.", "45", "per hour"),
        # on the verb: only a period
        ("Some 3,000 migrants arrive every week.", "Some 3,000", "per week"),
        # an adverb of a period, on the figure's verb
        ("The basic plan costs $12.99 monthly.", "$12.99", "per month"),
        ("About 800 visitors come daily.", "About 800", "per day"),
        ("The post pays $70,000 annually.", "$70,000", "per year"),
        # totals, and a time before or after something, are no rates
        ("The outbreak has infected 900 people in Norrby.", "900", None),
        ("A day later, 30 people were detained.", "30", None),
        ("Sales rose 4% a year ago.", "4%", None),
        ("A week into the strike, 300 workers returned.", "300", None),
        ("Some 200 people were arrested a day after the vote.", "Some 200", None),
        # a unit's own "per" is the unit's (km/h), not a rate of the figure
        ("The train reached 180 km per hour near Lund.", "180 km per hour", None),
    ],
)
def test_rate_read(nlp, text, figure, rate):
    assert _rate(nlp, text, figure) == rate


@given(
    st.sampled_from(["", "in cash", "on Monday", "in the second half"]),
    st.sampled_from([*sorted(RATE_PERIODS), "share", "gallon", "barrel"]),
)
def test_rate_in_reads_the_rate_a_scope_ends_with(before, noun):
    rate = f"per {noun}"
    scope = f"{before}, {rate}" if before else rate
    assert rate_in(scope) == rate
    assert rate_in(before or None) is None


def test_two_rates_per_one_thing_are_one_fact_whatever_the_verb(nlp):
    found = pair_statuses(nlp, "Halvard will pay $38 per share for Ostrom.", "Halvard offered $36 a share for Ostrom.")
    assert Status.CONFLICT in found


def test_a_rate_is_never_a_reading_of_a_total(nlp):
    found = pair_statuses(
        nlp,
        "The outbreak has infected 130 people in Norrby, officials said.",
        "The outbreak is infecting 120 people a day in Norrby, officials said.",
    )
    assert found == []
