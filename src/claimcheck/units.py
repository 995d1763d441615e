"""Units of measure: which dimension a unit has, and figures in one canonical unit.

The reader tags a figure with a short symbol ("km", "mph", "USD", "clock:GMT"); this
module says what the symbol measures (``dimension``), converts a figure to its
dimension's base unit (``to_base``) and says whether two figures can be compared at
all (``comparable``): 12 km and 7.5 miles can, an area and a distance cannot, two
currencies never compare as equal numbers. pint does the unit arithmetic; its
registry is slow to build, so it is created once, on first use, never at import, and
every lookup is cached.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from claimcheck.models import Quantity
from claimcheck.wordfiles import rows

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "CLOCK",
    "CURRENCY_NAMES",
    "DURATION",
    "MAGNITUDE",
    "PERCENTAGE_POINTS",
    "TIME_OF_DAY",
    "TIME_ZONES",
    "UNIT_SURFACES",
    "UNIT_WORDS",
    "base_unit",
    "comparable",
    "dimension",
    "from_base",
    "in_currency",
    "noun_units",
    "to_base",
]

#: The unit of an earthquake's magnitude: a dimensionless scale, comparable only with itself.
MAGNITUDE = "magnitude"
#: The unit of a clock time; a zone follows after a colon ("clock:GMT", "clock:local").
CLOCK = "clock"
#: Dimension names that other modules test for.
TIME_OF_DAY = "time of day"
DURATION = "duration"
#: The dimension of percentage points and basis points (a change in a share, not a share).
PERCENTAGE_POINTS = "percentage points"


#: Every surface form the reader knows ("kilometres", "km/h"), mapped to its symbol.
UNIT_SURFACES: dict[str, str] = {}
_PINT_NAMES: dict[str, str] = {}
#: Each unit symbol in words, plural, for readable names: "yr" -> "years".
UNIT_WORDS: dict[str, str] = {}
for _surfaces, _symbol, _pint_name in rows("units.tsv"):
    _PINT_NAMES[_symbol] = _pint_name
    for _surface in _surfaces.split("|"):
        UNIT_SURFACES[_surface] = _symbol
        plural = _surface.isalpha() and _surface.endswith("s") and len(_surface) > len(_symbol)
        if plural and len(_surface) > len(UNIT_WORDS.get(_symbol, "")):
            UNIT_WORDS[_symbol] = _surface  # the longest plural: "kilometres", not "kms"
del _surfaces, _symbol, _pint_name, _surface, plural


@functools.cache
def noun_units() -> dict[str, tuple[str, float]]:
    """Unit nouns a counted noun may be ("miles", "pounds"), as (dimension, size in the
    dimension's base unit), from ``data/units.tsv``."""
    return {noun.strip(): (dim.strip(), float(size)) for noun, dim, size in rows("units.tsv", folder="data")}


#: Time zones a clock time may name, as minutes east of UTC.
TIME_ZONES: dict[str, int] = {zone: int(offset) for zone, offset in rows("time_zones.tsv")}
#: Currencies written as words, each form with its code (``wordlists/currency_names.tsv``).
CURRENCY_NAMES: dict[str, str] = {form: code for forms, code in rows("currency_names.tsv") for form in forms.split("|")}
#: The names several countries give their currency ("crown", "peso"), written with no
#: country: a unit of money of its own, never equal to an amount in an ISO code.
_NAMED_CURRENCIES = frozenset(code for code in CURRENCY_NAMES.values() if not code.isupper())

# Each dimension's name and base unit, as (name, base symbol, pint unit of that dimension).
_DIMENSIONS = [
    ("length", "m", "meter"),
    ("area", "m²", "meter**2"),
    ("volume", "m³", "meter**3"),
    ("speed", "m/s", "meter/second"),
    ("mass", "kg", "kilogram"),
    (DURATION, "s", "second"),
    ("temperature", "°C", "degree_Celsius"),
    ("energy", "J", "joule"),
    ("data", "B", "byte"),
    ("frequency", "Hz", "hertz"),
    ("resolution", "px", "pixel"),
]


for _name, _base, _unit in _DIMENSIONS:
    _PINT_NAMES.setdefault(_base, _unit)
del _name, _base, _unit


@functools.cache
def _registry() -> pint.UnitRegistry:
    """The one pint registry, built on first use (it takes a fraction of a second)."""
    import pint

    return pint.UnitRegistry()


@functools.cache
def _dimension_table() -> dict[frozenset, tuple[str, str]]:
    """pint dimensionality -> (dimension name, base symbol), computed by pint itself."""
    ureg = _registry()
    return {frozenset(dict(ureg.get_dimensionality(unit)).items()): (name, base) for name, base, unit in _DIMENSIONS}


@functools.cache
def _pint_dimension(symbol: str) -> tuple[str, str] | None:
    """(dimension name, base symbol) of a unit symbol the reader gives, or None."""
    name = _PINT_NAMES.get(symbol)
    if name is None:
        return None
    dims = frozenset(dict(_registry().get_dimensionality(name)).items())
    return _dimension_table().get(dims)


@functools.cache
def dimension(unit: str | None) -> str | None:
    """What a unit measures: "length", "area", "currency:USD", "magnitude", "time of day".

    None for a bare count (no unit) and for a unit the reader never gives.
    """
    if unit is None:
        return None
    if unit == "%":
        return "share"
    if unit in _POINTS:
        return PERCENTAGE_POINTS
    if unit == MAGNITUDE:
        return MAGNITUDE
    if unit == CLOCK or unit.startswith(CLOCK + ":"):
        return TIME_OF_DAY
    if re.fullmatch(r"[A-Z]{3}", unit) or unit in _NAMED_CURRENCIES:
        return f"currency:{unit}"
    got = _pint_dimension(unit)
    return got[0] if got else None


def base_unit(unit: str | None) -> str | None:
    """The unit ``to_base`` converts figures of this unit to (itself when none applies)."""
    if unit is None:
        return None
    if unit == CLOCK or unit.startswith(CLOCK + ":"):
        zone = unit.partition(":")[2]
        return f"{CLOCK}:UTC" if zone in TIME_ZONES else unit
    if unit in _POINTS:
        return "pp"
    got = _pint_dimension(unit)
    return got[1] if got else unit


#: Percentage points and basis points (hundredths of one), each by its size in percentage points.
_POINTS = {"pp": 1.0, "bp": 0.01}


@functools.cache
def _affine(unit: str, base: str) -> tuple[float, float]:
    """(a, b) with base = a * x + b: a scale for most units, an offset for temperatures."""
    if unit in _POINTS:
        return _POINTS[unit] / _POINTS[base], 0.0
    ureg = _registry()
    q = ureg.Quantity
    zero = q(0.0, _PINT_NAMES[unit]).to(_PINT_NAMES[base]).magnitude
    one = q(1.0, _PINT_NAMES[unit]).to(_PINT_NAMES[base]).magnitude
    return one - zero, zero


def _rounding(q: Quantity) -> float:
    """Half a step of the last digit the figure states: 0.05 for "7.5 miles", 0.5 for "12",
    and 5 for a whole number of three digits or more ending in zero ("190 km/h", "17,000"),
    which may be rounded to tens, as converted figures often are (120 mph is 193 km/h). A
    round figure of one significant digit may be rounded to two: 50 for "1,000 feet" (300 m
    is 984 ft), 500 for "20,000 feet". "10 km" stays within half a kilometre. A comma before
    three digits groups thousands ("1,000"); before one or two it is a decimal comma ("7,5 km")."""
    last = _LAST_NUMBER.search(q.text)
    if last is None:
        return 0.5
    whole, decimals = last.group("whole"), last.group("decimals")
    if decimals:
        return 0.5 * 10.0 ** -len(decimals)
    digits = _GROUPING.sub("", whole)
    if len(digits) < 3 or not digits.endswith("0"):
        return 0.5
    return 0.5 * 10.0 ** (len(digits) - 2) if len(digits.rstrip("0")) == 1 else 5.0


#: A thousands separator: a comma, a space, or a narrow or no-break space.
_GROUPING = re.compile(r"[,\u00a0\u202f\u2009 ]")
#: The last number a figure is written with in digits: its whole part with any thousands
#: separators ("12,500", "2 000"), and its decimals after a point or a decimal comma.
_LAST_NUMBER = re.compile(
    rf"(?P<whole>\d{{1,3}}(?:{_GROUPING.pattern}\d{{3}})+(?!\d)|\d+)(?:[.,](?P<decimals>\d+))?(?!.*\d)"
)


def to_base(q: Quantity) -> Quantity:
    """The same figure in its dimension's base unit (metres, m², m/s, kg, s, °C, J, UTC).

    A figure that had to be converted is widened by the rounding its stated digits
    allow, so "7.5 miles" (a rounded 12 km) still overlaps "12 km". Counts, shares,
    currencies, magnitudes and clock times without a known zone come back unchanged.
    """
    unit = q.unit
    base = base_unit(unit)
    if unit is None or base == unit:
        return q
    if base is not None and base.startswith(CLOCK + ":"):
        offset = TIME_ZONES[unit.partition(":")[2]]
        shift = lambda x: (x - offset) % 1440 if math.isfinite(x) else x  # noqa: E731
        low, high = shift(q.low), shift(q.high)
        if high < low:  # a span that crosses midnight in UTC: keep it unshifted in size
            high += 1440
        value = None if q.value is None else shift(q.value)
        return attrs.evolve(q, low=low, high=high, value=value, unit=base)
    a, b = _affine(unit, base)
    # basis points are hundredths of a percentage point: a decimal shift, never rounded
    step = _rounding(q) if q.low == q.high and unit not in _POINTS else 0.0
    low, high = q.low - step, q.high + step
    if q.low == q.high and q.low >= 0 and low < 0:
        low = 0.0
    convert = lambda x: a * x + b if math.isfinite(x) else x  # noqa: E731
    low, high = sorted((convert(low), convert(high)))
    value = None if q.value is None else convert(q.value)
    return attrs.evolve(q, low=low, high=high, value=value, unit=base)


def from_base(q: Quantity, unit: str) -> Quantity:
    """A figure :func:`to_base` put in its base unit, restated in ``unit`` of the same
    dimension, to be shown in a unit the articles wrote ("120 mph", not "53.6 m/s")."""
    base = base_unit(unit)
    if base is None or base == unit or base.startswith(CLOCK + ":") or q.unit != base:
        return q
    a, b = _affine(unit, base)
    back = lambda x: (x - b) / a if math.isfinite(x) else x  # noqa: E731
    low, high = sorted((back(q.low), back(q.high)))
    value = None if q.value is None else back(q.value)
    return attrs.evolve(q, low=low, high=high, value=value, unit=unit)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two figures measure the same thing, so their numbers may be compared.

    Counts compare with counts, lengths with lengths (12 km with 7.5 miles), one
    currency only with itself, clock times only when both zones are known or the same.
    """
    da, db = dimension(a.unit), dimension(b.unit)
    if da != db:
        return False
    if da == TIME_OF_DAY:
        return base_unit(a.unit) == base_unit(b.unit)
    return True


def in_currency(q: Quantity, code: str, rates: Mapping[str, float]) -> Quantity | None:
    """A money figure restated in another currency with a user-supplied rate table.

    ``rates`` gives the value of one unit of each currency in a common reference (for
    example USD per unit: ``{"USD": 1.0, "EUR": 1.08}``). Returns None when the figure
    is no money or a rate is missing. Without such a table two currencies are never
    compared: a rate is a claim of its own, and the report should say which it used.
    """
    source = q.unit
    if source is None or dimension(source) != f"currency:{source}" or code not in rates:
        return None
    if source not in rates or not rates[source] > 0 or not rates[code] > 0:
        return None
    factor = rates[source] / rates[code]
    convert = lambda x: x * factor if math.isfinite(x) else x  # noqa: E731
    value = None if q.value is None else convert(q.value)
    return attrs.evolve(q, low=convert(q.low), high=convert(q.high), value=value, unit=code)
