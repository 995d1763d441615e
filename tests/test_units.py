"""Tests for units: dimensions, conversion to base units, and which figures compare."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import Quantity, format_number
from claimcheck.readers.quantities import parse_quantity
from claimcheck.units import (
    CLOCK,
    MAGNITUDE,
    TIME_OF_DAY,
    UNIT_SURFACES,
    base_unit,
    comparable,
    dimension,
    from_base,
    in_currency,
    to_base,
)


def read(text: str) -> Quantity:
    q = parse_quantity(text, measures=True)
    assert q is not None and q.text == text, (text, q)
    return q


DIMENSIONS = [
    (None, None),
    ("%", "share"),
    ("pp", "percentage points"),
    ("USD", "currency:USD"),
    ("EUR", "currency:EUR"),
    ("km", "length"), ("mi", "length"), ("ft", "length"), ("nmi", "length"),
    ("km²", "area"), ("ha", "area"), ("acre", "area"), ("mi²", "area"),
    ("km/h", "speed"), ("mph", "speed"), ("kn", "speed"), ("m/s", "speed"),
    ("kg", "mass"), ("t", "mass"), ("lb", "mass"), ("ton", "mass"),
    ("l", "volume"), ("gal", "volume"), ("bbl", "volume"), ("m³", "volume"),
    ("s", "duration"), ("min", "duration"), ("h", "duration"), ("d", "duration"),
    ("wk", "duration"), ("yr", "duration"),
    ("°C", "temperature"), ("°F", "temperature"),
    ("J", "energy"), ("kWh", "energy"), ("GWh", "energy"), ("kcal", "energy"),
    ("GB", "data"), ("TB", "data"), ("GHz", "frequency"), ("MHz", "frequency"),
    (MAGNITUDE, "magnitude"),
    (CLOCK, TIME_OF_DAY), (f"{CLOCK}:GMT", TIME_OF_DAY), (f"{CLOCK}:local", TIME_OF_DAY),
    ("furlongs", None),
]  # fmt: skip


@pytest.mark.parametrize(("unit", "expected"), DIMENSIONS)
def test_dimension(unit, expected):
    assert dimension(unit) == expected


def test_every_unit_the_reader_gives_has_a_dimension():
    for surface, symbol in UNIT_SURFACES.items():
        assert dimension(symbol) is not None, (surface, symbol)


# (a, b, comparable, overlapping in base units)
PAIRS = [
    ("12 km", "7.5 miles", True, True),  # 7.5 miles is 12 km rounded
    ("12 km", "9 miles", True, False),
    ("300 metres", "1,000 feet", True, True),  # 984 ft, rounded
    ("300 metres", "1,100 feet", True, False),
    ("12km", "12,000 metres", True, True),
    ("100 mph", "160 km/h", True, True),
    ("100 mph", "100 km/h", True, False),
    ("900 square kilometres", "347 square miles", True, True),
    ("900 square kilometres", "900 km", False, None),  # an area is no distance
    ("20 seconds", "about two minutes", True, False),
    ("three hours", "180 minutes", True, True),
    ("40°C", "104 degrees Fahrenheit", True, True),
    ("5 tonnes", "5,000 kg", True, True),
    ("2 gallons", "7.6 litres", True, True),
    ("$5 million", "$5m", True, True),
    ("$5 million", "\u20ac5 million", False, None),  # two currencies never compare as numbers
    ("20%", "20", False, None),
    ("magnitude 5.8", "5.8 km", False, None),
    ("2312 GMT", "6:12 p.m. EST", True, True),  # zones convert
    ("6:12 a.m. local time", "6:12 GMT", False, None),  # an unknown local zone does not
    ("4:21 left", "261 seconds", True, True),  # a game clock is the time still to play
    ("4:21 left", "3 minutes", True, False),
    ("16GB", "16,000 MB", True, True),
    ("16GB", "17,000 MB", True, False),
    ("2.7GHz", "2,700 MHz", True, True),
]


@pytest.mark.parametrize(("a", "b", "same_kind", "overlap"), PAIRS)
def test_comparable_and_converted(a, b, same_kind, overlap):
    qa, qb = read(a), read(b)
    assert comparable(qa, qb) is same_kind and comparable(qb, qa) is same_kind
    if same_kind:
        ba, bb = to_base(qa), to_base(qb)
        assert ba.unit == bb.unit == base_unit(qa.unit)
        assert ba.overlaps(bb) is overlap


def test_a_converted_figure_is_widened_by_its_stated_rounding():
    q = to_base(read("7.5 miles"))
    assert q.unit == "m"
    assert math.isclose(q.low, 7.45 * 1609.344) and math.isclose(q.high, 7.55 * 1609.344)
    assert math.isclose(q.value, 7.5 * 1609.344)


def test_hedged_intervals_convert_their_bounds_and_keep_open_ends():
    q = to_base(read("more than 3 km"))
    assert q.low == 3000 and q.high == math.inf and not q.low_inclusive


def test_units_without_conversion_come_back_unchanged():
    for text in ("52", "20%", "$5 million", "magnitude 6.1", "6:12 a.m. local time"):
        q = read(text)
        assert to_base(q) == q


def test_clock_conversion_wraps_around_midnight():
    q = to_base(read("1:30 a.m. CEST"))  # 23:30 UTC the day before
    assert q.unit == f"{CLOCK}:UTC" and q.value == 23 * 60 + 30


_LENGTHS = {"km": 1000.0, "mi": 1609.344, "ft": 0.3048, "yd": 0.9144, "cm": 0.01}
_UNIT_TEXT = {"km": "km", "mi": "miles", "ft": "feet", "yd": "yards", "cm": "cm"}


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(sorted(_LENGTHS)))
def test_a_length_converts_to_metres_and_keeps_its_value_inside(n, unit):
    q = read(f"{n:,} {_UNIT_TEXT[unit]}")
    assert q.unit == unit and dimension(unit) == "length"
    b = to_base(q)
    assert b.unit == "m" and math.isclose(b.value, n * _LENGTHS[unit])
    assert b.low <= b.value <= b.high
    assert to_base(b) == b  # already in the base unit


@given(st.sampled_from(sorted(set(UNIT_SURFACES.values()))), st.sampled_from(sorted(set(UNIT_SURFACES.values()))))
def test_comparable_means_same_dimension(a, b):
    qa = Quantity(low=1, high=1, value=1, unit=a, text="1")
    qb = Quantity(low=1, high=1, value=1, unit=b, text="1")
    assert comparable(qa, qb) == (dimension(a) == dimension(b)) == comparable(qb, qa)


def test_importing_units_does_not_build_the_pint_registry():
    code = "import sys, claimcheck.units; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_rate_table_restates_money_in_another_currency():
    rates = {"USD": 1.0, "EUR": 1.08}
    q = in_currency(read("more than \u20ac5 million"), "USD", rates)
    assert q is not None and q.unit == "USD"
    assert math.isclose(q.low, 5.4e6) and q.high == math.inf and not q.low_inclusive
    assert in_currency(read("$5 million"), "USD", rates) == read("$5 million")
    assert in_currency(read("\u00a35 million"), "USD", rates) is None  # no rate for GBP
    assert in_currency(read("5 km"), "USD", rates) is None  # no money
    assert in_currency(read("$5"), "EUR", {"USD": 1.0, "EUR": 0.0}) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("190 km/h", 185, 195),  # three digits ending in zero: perhaps rounded to tens
        ("120 mph", 115, 125),
        ("10 km", 9.5, 10.5),  # two digits: a tens step would be half the figure
        ("12 km", 11.5, 12.5),
        ("7.5 miles", 7.45, 7.55),
        ("7,5 km", 7.45, 7.55),  # a decimal comma
        ("1,000 feet", 950, 1050),  # one significant digit: perhaps rounded to two
        ("20,000 feet", 19500, 20500),
        ("12,500 feet", 12495, 12505),  # a comma before three digits groups thousands
        ("17,000 MB", 16995, 17005),
    ],
)
def test_a_converted_figure_allows_the_rounding_its_digits_allow(text, low, high):
    q = read(text)
    back = from_base(to_base(q), q.unit)
    assert math.isclose(back.low, low) and math.isclose(back.high, high)


@given(st.floats(min_value=1, max_value=5000, allow_nan=False), st.sampled_from(["km", "mph", "°F", "ft", "lb"]))
def test_from_base_undoes_to_base(value, unit):
    # an exact figure stated to one decimal place is widened by 0.05 either way, in its own unit
    q = Quantity(low=value, high=value, value=value, unit=unit, text="1.5")
    got = from_base(to_base(q), unit)
    assert got.unit == unit
    assert math.isclose(got.low, value - 0.05, abs_tol=1e-6) and math.isclose(got.high, value + 0.05, abs_tol=1e-6)


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (1200, "1,200"),
        (2.375, "2.375"),
        (418660.5, "418,660"),
        (10460.0, "10,460"),
        (0.5046, "0.5046"),
        (math.inf, "∞"),
    ],
)
def test_format_number_never_writes_a_figure_in_scientific_notation(x, text):
    assert format_number(x) == text


@given(st.integers(min_value=1, max_value=1000))
def test_basis_points_are_hundredths_of_a_percentage_point_exactly(n):
    # no rounding is assumed: a writer states 50 bp or 0.5 points, never one rounded from the other
    bp = to_base(Quantity(low=n, high=n, value=n, unit="bp", text=f"{n} bp"))
    assert bp.unit == "pp" and math.isclose(bp.low, n / 100) and math.isclose(bp.high, n / 100)
    assert comparable(Quantity(low=n, high=n, unit="bp"), Quantity(low=1, high=1, unit="pp"))
    assert from_base(bp, "bp").low == pytest.approx(n)


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("half a percentage point", 0.5, "pp"),
        ("a quarter of a percentage point", 0.25, "pp"),  # a part of the unit, not a share of 25%
        ("three-quarters of a mile", 0.75, "mi"),
        ("25 basis points", 25, "bp"),
        ("40bp", 40, "bp"),
    ],
)
def test_parts_of_a_unit_and_basis_points_are_read_with_their_unit(text, low, unit):
    q = read(text)
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(low), unit)
