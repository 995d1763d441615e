"""Tests for the number reader: tables of expressions, spans in sentences, properties."""

from __future__ import annotations

import itertools
import math
import unittest.mock

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from number_renderers import FAMILIES, MEASURE_FAMILIES, ONES, TENS, address, read_exactly

from claimcheck.readers import quantities as q
from claimcheck.readers.quantities import (
    _CURRENCY_CODES,
    DEFAULT_RULES,
    QuantityMention,
    find_quantities,
    parse_quantity,
)
from claimcheck.units import CURRENCY_NAMES, dimension

INF = math.inf

# (text, low, high, low_inclusive, high_inclusive, value, qualifier, unit)
EXACT = [
    ("52", 52, 52, True, True, 52, None, None),
    ("0", 0, 0, True, True, 0, None, None),
    ("1,200", 1200, 1200, True, True, 1200, None, None),
    ("1,674,200", 1674200, 1674200, True, True, 1674200, None, None),
    ("1,674,200.5", 1674200.5, 1674200.5, True, True, 1674200.5, None, None),
    ("3.5", 3.5, 3.5, True, True, 3.5, None, None),
    (".08", 0.08, 0.08, True, True, 0.08, None, None),
    ("1.200", 1.2, 1.2, True, True, 1.2, None, None),  # English reading when ambiguous
    ("1.200.000", 1200000, 1200000, True, True, 1200000, None, None),
    ("1.234,5", 1234.5, 1234.5, True, True, 1234.5, None, None),
    ("5,00", 5, 5, True, True, 5, None, None),
    ("1\u2009234\u2009567", 1234567, 1234567, True, True, 1234567, None, None),
    ("1\u202f234\u202f567.89", 1234567.89, 1234567.89, True, True, 1234567.89, None, None),
    ("12\u00a0500", 12500, 12500, True, True, 12500, None, None),
    ("-1", -1, -1, True, True, -1, None, None),
    ("\u22125", -5, -5, True, True, -5, None, None),
    ("-9.25", -9.25, -9.25, True, True, -9.25, None, None),
    ("minus 5", -5, -5, True, True, -5, None, None),
    ("1.2 million", 1.2e6, 1.2e6, True, True, 1.2e6, None, None),
    ("3bn", 3e9, 3e9, True, True, 3e9, None, None),
    ("3.5bn", 3.5e9, 3.5e9, True, True, 3.5e9, None, None),
    ("40k", 40000, 40000, True, True, 40000, None, None),
    ("100K", 100000, 100000, True, True, 100000, None, None),
    ("2 billion", 2e9, 2e9, True, True, 2e9, None, None),
    ("1 trillion", 1e12, 1e12, True, True, 1e12, None, None),
    ("7 mln", 7e6, 7e6, True, True, 7e6, None, None),
    ("4tn", 4e12, 4e12, True, True, 4e12, None, None),
    ("322 hundred", 32200, 32200, True, True, 32200, None, None),
    ("3 dozen", 36, 36, True, True, 36, None, None),
    ("2 lakh", 200000, 200000, True, True, 200000, None, None),
    ("5 crore", 5e7, 5e7, True, True, 5e7, None, None),
    ("fifty-two", 52, 52, True, True, 52, None, None),
    ("Fifty-Two", 52, 52, True, True, 52, None, None),
    ("twenty - five", 25, 25, True, True, 25, None, None),
    ("sixteen", 16, 16, True, True, 16, None, None),
    ("one", 1, 1, True, True, 1, None, None),
    ("zero", 0, 0, True, True, 0, None, None),
    ("one hundred and twelve", 112, 112, True, True, 112, None, None),
    ("one hundred twelve", 112, 112, True, True, 112, None, None),
    ("a hundred", 100, 100, True, True, 100, None, None),
    ("a dozen", 12, 12, True, True, 12, None, None),
    ("two dozen", 24, 24, True, True, 24, None, None),
    ("half a dozen", 6, 6, True, True, 6, None, None),
    ("half a million", 500000, 500000, True, True, 500000, None, None),
    ("a million", 1e6, 1e6, True, True, 1e6, None, None),
    ("three thousand four hundred", 3400, 3400, True, True, 3400, None, None),
    ("two million three hundred thousand", 2.3e6, 2.3e6, True, True, 2.3e6, None, None),
    ("nineteen ninety", 19, 19, True, True, 19, None, None),  # two numbers, first one read
    ("forty two", 42, 42, True, True, 42, None, None),
    ("one and a half", 1.5, 1.5, True, True, 1.5, None, None),
    ("five and a half million", 5.5e6, 5.5e6, True, True, 5.5e6, None, None),
    ("3 million and a quarter", 3.25e6, 3.25e6, True, True, 3.25e6, None, None),
    ("2\u00bd", 2.5, 2.5, True, True, 2.5, None, None),
    ("2 1/4", 2.25, 2.25, True, True, 2.25, None, None),
    ("nought point nought three", 0.03, 0.03, True, True, 0.03, None, None),
    ("exactly 52", 52, 52, True, True, 52, "exactly", None),
    ("a total of 300", 300, 300, True, True, 300, "a total of", None),
]

FRACTIONS_AND_PERCENT = [
    ("a third of", 100 / 3, 100 / 3, True, True, 100 / 3, None, "%"),  # a share
    ("two thirds", 2 / 3, 2 / 3, True, True, 2 / 3, None, None),
    ("two-thirds of voters", 200 / 3, 200 / 3, True, True, 200 / 3, None, "%"),
    ("three quarters", 0.75, 0.75, True, True, 0.75, None, None),
    ("one-eighth", 0.125, 0.125, True, True, 0.125, None, None),
    ("a quarter of a million", 250000, 250000, True, True, 250000, None, None),
    ("two thirds of a million", 2e6 / 3, 2e6 / 3, True, True, 2e6 / 3, None, None),
    ("half of the 300", 50, 50, True, True, 50, None, "%"),
    ("\u00be", 0.75, 0.75, True, True, 0.75, None, None),
    ("1/4", 0.25, 0.25, True, True, 0.25, None, None),
    ("one in five", 20, 20, True, True, 20, None, "%"),
    ("1 in 4", 25, 25, True, True, 25, None, "%"),
    ("20%", 20, 20, True, True, 20, None, "%"),
    ("20 %", 20, 20, True, True, 20, None, "%"),
    ("20 percent", 20, 20, True, True, 20, None, "%"),
    ("20 per cent", 20, 20, True, True, 20, None, "%"),
    ("twenty percent", 20, 20, True, True, 20, None, "%"),
    ("3.5 percentage points", 3.5, 3.5, True, True, 3.5, None, "pp"),
    ("about 20%", 18, 22, True, True, 20, "about", "%"),
    ("more than 50 per cent", 50, INF, False, False, 50, "more than", "%"),
    ("\u221212%", -12, -12, True, True, -12, None, "%"),
]

MONEY = [
    ("$2 million", 2e6, 2e6, True, True, 2e6, None, "USD"),
    ("$20", 20, 20, True, True, 20, None, "USD"),
    ("\u20ac300m", 3e8, 3e8, True, True, 3e8, None, "EUR"),
    ("\u00a31.5bn", 1.5e9, 1.5e9, True, True, 1.5e9, None, "GBP"),
    ("US$5", 5, 5, True, True, 5, None, "USD"),
    ("$3b", 3e9, 3e9, True, True, 3e9, None, "USD"),
    ("\u00a51,000", 1000, 1000, True, True, 1000, None, "JPY"),
    ("USD 5 million", 5e6, 5e6, True, True, 5e6, None, "USD"),
    ("5 million USD", 5e6, 5e6, True, True, 5e6, None, "USD"),
    ("EUR 300", 300, 300, True, True, 300, None, "EUR"),
    ("300 euros", 300, 300, True, True, 300, None, "EUR"),
    ("40 dollars", 40, 40, True, True, 40, None, "USD"),
    ("10,000 yuan", 10000, 10000, True, True, 10000, None, "CNY"),
    ("more than $2bn", 2e9, INF, False, False, 2e9, "more than", "USD"),
    ("nearly \u20ac1m", 0.9e6, 1e6, True, False, 1e6, "nearly", "EUR"),
    ("up to \u00a3500", 0, 500, True, True, 500, "up to", "GBP"),
    # a currency's name, with its country when several countries use it
    ("412 billion Swedish crowns", 4.12e11, 4.12e11, True, True, 4.12e11, None, "SEK"),
    ("5 million Mexican pesos", 5e6, 5e6, True, True, 5e6, None, "MXN"),
    ("12 million Australian dollars", 1.2e7, 1.2e7, True, True, 1.2e7, None, "AUD"),
    ("900 zlotys", 900, 900, True, True, 900, None, "PLN"),
    ("412 billion crowns", 4.12e11, 4.12e11, True, True, 4.12e11, None, "crown"),
    ("40 pesos", 40, 40, True, True, 40, None, "peso"),
]

HEDGES = [
    ("more than 1,000", 1000, INF, False, False, 1000, "more than", None),
    ("More than 1,000", 1000, INF, False, False, 1000, "more than", None),
    ("MORE THAN 1,000", 1000, INF, False, False, 1000, "more than", None),
    ("over 50", 50, INF, False, False, 50, "over", None),
    ("above 170", 170, INF, False, False, 170, "above", None),
    ("in excess of 400", 400, INF, False, False, 400, "in excess of", None),
    ("exceeding 150", 150, INF, False, False, 150, "exceeding", None),
    ("well over 3,000", 3000, INF, False, False, 3000, "well over", None),
    ("at least 3", 3, INF, True, False, 3, "at least", None),
    ("no fewer than 20", 20, INF, True, False, 20, "no fewer than", None),
    ("no less than thirty", 30, INF, True, False, 30, "no less than", None),
    ("upwards of 200", 200, INF, True, False, 200, "upwards of", None),
    ("a minimum of 8", 8, INF, True, False, 8, "a minimum of", None),
    ("50 or more", 50, INF, True, False, 50, "or more", None),
    ("50+", 50, INF, True, False, 50, "+", None),
    (">10", 10, INF, False, False, 10, ">", None),
    (">= 30", 30, INF, True, False, 30, ">=", None),
    ("fewer than 10", 0, 10, True, False, 10, "fewer than", None),
    ("less than 10", 0, 10, True, False, 10, "less than", None),
    ("under 170", 0, 170, True, False, 170, "under", None),
    ("below 5", 0, 5, True, False, 5, "below", None),
    ("up to 700", 0, 700, True, True, 700, "up to", None),
    ("at most 100", 0, 100, True, True, 100, "at most", None),
    ("within 24", 0, 24, True, True, 24, "within", None),
    ("no more than 50", 0, 50, True, True, 50, "no more than", None),
    ("as many as 60", 0, 60, True, True, 60, "as many as", None),
    ("a maximum of 12", 0, 12, True, True, 12, "a maximum of", None),
    ("500 or less", 0, 500, True, True, 500, "or less", None),
    ("<20", 0, 20, True, False, 20, "<", None),
    ("less than -30", -INF, -30, False, False, -30, "less than", None),
    ("about 100", 90, 110, True, True, 100, "about", None),
    ("around 100", 90, 110, True, True, 100, "around", None),
    ("roughly 100", 90, 110, True, True, 100, "roughly", None),
    ("approximately 100", 90, 110, True, True, 100, "approximately", None),
    ("some 300", 270, 330, True, True, 300, "some", None),
    ("an estimated 1,000", 900, 1100, True, True, 1000, "an estimated", None),
    ("close to 1,000", 900, 1100, True, True, 1000, "close to", None),
    ("100 or so", 90, 110, True, True, 100, "or so", None),
    ("nearly 1,200", 1080, 1200, True, False, 1200, "nearly", None),
    ("almost 200", 180, 200, True, False, 200, "almost", None),
    ("Nearly 1,200", 1080, 1200, True, False, 1200, "nearly", None),
    ("just under 1,000", 950, 1000, True, False, 1000, "just under", None),
    ("just over 1,000", 1000, 1050, False, True, 1000, "just over", None),
    ("nearly  two hundred", 180, 200, True, False, 200, "nearly", None),
    ("about 20,000", 18000, 22000, True, True, 20000, "about", None),
]

RANGES = [
    ("50-60", 50, 60, True, True, None, "range", None),
    ("50\u201360", 50, 60, True, True, None, "range", None),
    ("50\u201460", 50, 60, True, True, None, "range", None),
    ("1000 \u2013 5000", 1000, 5000, True, True, None, "range", None),
    ("50 to 60", 50, 60, True, True, None, "range", None),
    ("two to seventeen", 2, 17, True, True, None, "range", None),  # a long word after "to"
    ("between 50 and 60", 50, 60, True, True, None, "between", None),
    ("Between 50 and 60", 50, 60, True, True, None, "between", None),
    ("from 200 to 3000000", 200, 3e6, True, True, None, "from", None),
    ("5k-20k", 5000, 20000, True, True, None, "range", None),
    ("2 to 3 million", 2e6, 3e6, True, True, None, "range", None),
    ("$2-3bn", 2e9, 3e9, True, True, None, "range", "USD"),
    ("20-30%", 20, 30, True, True, None, "range", "%"),
    ("about 20-30", 20, 30, True, True, None, "about", None),  # not widened
    ("twenty to thirty", 20, 30, True, True, None, "range", None),
    ("more than 10 and less than 40", 10, 40, False, False, None, "more than … less than", None),
    ("at most 100 and at least 20", 20, 100, True, True, None, "at least … at most", None),
]

VAGUE = [
    ("dozens", 24, 120, True, False, None, "dozens", None),
    ("Dozens", 24, 120, True, False, None, "dozens", None),
    ("hundreds", 200, 1000, True, False, None, "hundreds", None),
    ("thousands", 2000, 10000, True, False, None, "thousands", None),
    ("millions", 2e6, 1e7, True, False, None, "millions", None),
    ("tens of thousands", 20000, 100000, True, False, None, "tens of thousands", None),
    ("hundreds of thousands", 2e5, 1e6, True, False, None, "hundreds of thousands", None),
    ("several", 3, 10, True, False, None, "several", None),
    ("several hundred", 300, 1000, True, False, None, "several hundred", None),
    ("a few", 2, 6, True, False, None, "a few", None),
    ("a few thousand", 2000, 6000, True, False, None, "a few thousand", None),
    ("a handful", 2, 10, True, False, None, "a handful", None),
    ("a couple of", 2, 4, True, False, None, "a couple of", None),
    ("scores", 40, 200, True, False, None, "scores", None),
]

# Fractions in words, mixed numbers, stacked scales and written-out arithmetic.
WORDS_AND_NOTATION = [
    ("five eighths", 0.625, 0.625, True, True, 0.625, None, None),
    ("twenty-three fifths", 4.6, 4.6, True, True, 4.6, None, None),
    ("three twenty firsts", 1 / 7, 1 / 7, True, True, 1 / 7, None, None),
    ("seven hundredths", 0.07, 0.07, True, True, 0.07, None, None),
    ("nine tenths", 0.9, 0.9, True, True, 0.9, None, None),
    ("two and fifty-four hundredths", 2.54, 2.54, True, True, 2.54, None, None),
    ("one hundred and three quarters", 100.75, 100.75, True, True, 100.75, None, None),
    ("five hundred and one thirds", 167, 167, True, True, 167, None, None),  # not 500 1/3
    ("one hundred and thirty fifths", 26, 26, True, True, 26, None, None),
    ("twenty and three fifths", 20.6, 20.6, True, True, 20.6, None, None),
    ("one billion and a half million", 1.0005e9, 1.0005e9, True, True, 1.0005e9, None, None),
    ("one billion and a half", 1.5e9, 1.5e9, True, True, 1.5e9, None, None),
    ("a half million", 5e5, 5e5, True, True, 5e5, None, None),
    ("three lakh crore", 3e12, 3e12, True, True, 3e12, None, None),
    ("two thousand million", 2e9, 2e9, True, True, 2e9, None, None),
    ("3 hundred and 21", 321, 321, True, True, 321, None, None),
    ("2.33 k", 2330, 2330, True, True, 2330, None, None),
    ("1e6", 1e6, 1e6, True, True, 1e6, None, None),
    ("6.23x10^-4", 6.23e-4, 6.23e-4, True, True, 6.23e-4, None, None),
    ("2^10", 1024, 1024, True, True, 1024, None, None),
    ("-2.5^-1", -0.4, -0.4, True, True, -0.4, None, None),
    ("one over four", 0.25, 0.25, True, True, 0.25, None, None),
    ("1 over 8.", 0.125, 0.125, True, True, 0.125, None, None),
    ("more than a fifth", 0.2, INF, False, False, 0.2, "more than", None),
    ("above one quarter and below a half", 0.25, 0.5, False, False, None, "above … below", None),
    ("200 or greater than", 200, INF, True, False, 200, "or greater", None),
    ("50 or higher", 50, INF, True, False, 50, "or higher", None),
    ("3,000-plus", 3000, INF, True, False, 3000, "plus", None),
    ("30 at most", 0, 30, True, True, 30, "at most", None),
    ("18 and over", 18, INF, True, False, 18, "and over", None),
    ("bigger than 100", 100, INF, False, False, 100, "bigger than", None),
    ("from 20 through 30", 20, 30, True, True, None, "from", None),
    ("1.1^+2", 1.21, 1.21, True, True, 1.21, None, None),
    ("1M", 1e6, 1e6, True, True, 1e6, None, None),
    ("$5-million", 5e6, 5e6, True, True, 5e6, None, "USD"),
    ("a 2.5-billion", 2.5e9, 2.5e9, True, True, 2.5e9, None, None),
    ("quarter of a million", 250000, 250000, True, True, 250000, None, None),
    ("about half of", 45, 55, True, True, 50, "about", "%"),
    ("three out of four", 75, 75, True, True, 75, None, "%"),
    ("larger than or equal to 30", 30, INF, True, False, 30, "larger than or equal to", None),
    ("less or equal to 30", 0, 30, True, True, 30, "less or equal to", None),
    ("at or above 30", 30, INF, True, False, 30, "at or above", None),
    ("not exceeding 30", 0, 30, True, True, 30, "not exceeding", None),
    ("5 pct", 5, 5, True, True, 5, None, "%"),
    ("30ish", 27, 33, True, True, 30, "ish", None),
    ("2 and 1/2", 2.5, 2.5, True, True, 2.5, None, None),
    ("1 234 567", 1234567, 1234567, True, True, 1234567, None, None),
    ("no less than 20 no more than 30", 20, 30, True, True, None, "no less than … no more than", None),
]

# Forms that compose: digits and words mixed with scales, bare and prefixed scales,
# every digit grouping, scale abbreviations, lone fractions and decimals in words.
GRAMMAR = [
    ("6 hundred and twelve", 612, 612, True, True, 612, None, None),
    ("5 thousand 2 hundred and 40", 5240, 5240, True, True, 5240, None, None),
    ("six hundred and 12", 612, 612, True, True, 612, None, None),
    ("2 million 300 thousand", 2.3e6, 2.3e6, True, True, 2.3e6, None, None),
    ("75 000", 75000, 75000, True, True, 75000, None, None),
    ("5 000", 5000, 5000, True, True, 5000, None, None),
    ("1'234'567", 1234567, 1234567, True, True, 1234567, None, None),
    ("1\u2019500", 1500, 1500, True, True, 1500, None, None),
    ("3,45,678", 345678, 345678, True, True, 345678, None, None),
    ("1,00,00,000", 1e7, 1e7, True, True, 1e7, None, None),
    ("hundred million", 1e8, 1e8, True, True, 1e8, None, None),
    ("hundred thousand", 1e5, 1e5, True, True, 1e5, None, None),
    ("a quarter billion", 2.5e8, 2.5e8, True, True, 2.5e8, None, None),
    ("quarter billion", 2.5e8, 2.5e8, True, True, 2.5e8, None, None),
    ("half a billion", 5e8, 5e8, True, True, 5e8, None, None),
    ("3.5b", 3.5e9, 3.5e9, True, True, 3.5e9, None, None),
    ("7 bln", 7e9, 7e9, True, True, 7e9, None, None),
    ("4mil", 4e6, 4e6, True, True, 4e6, None, None),
    ("4 mil", 4e6, 4e6, True, True, 4e6, None, None),
    ("3MM", 3e6, 3e6, True, True, 3e6, None, None),
    ("$5bn", 5e9, 5e9, True, True, 5e9, None, "USD"),
    ("3.4k", 3400, 3400, True, True, 3400, None, None),
    ("one sixth", 1 / 6, 1 / 6, True, True, 1 / 6, None, None),
    ("two point five", 2.5, 2.5, True, True, 2.5, None, None),
]

ALL = EXACT + FRACTIONS_AND_PERCENT + MONEY + HEDGES + RANGES + VAGUE + WORDS_AND_NOTATION + GRAMMAR


def _close(a: float, b: float) -> bool:
    return a == b or math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize(("text", "low", "high", "lo_inc", "hi_inc", "value", "qual", "unit"), ALL)
def test_parse_quantity(text, low, high, lo_inc, hi_inc, value, qual, unit):
    q = parse_quantity(text)
    assert q is not None, text
    assert _close(q.low, low) and _close(q.high, high), q.describe()
    assert (q.low_inclusive, q.high_inclusive) == (lo_inc, hi_inc), q.describe()
    assert (q.value is None) == (value is None) and (value is None or _close(q.value, value))
    assert q.qualifier == qual
    assert q.unit == unit
    assert text.startswith(q.text) or q.text in text


@pytest.mark.parametrize("text", ["", "   ", "no numbers here", "the", "a", "and", "—", "%"])
def test_parse_quantity_none(text):
    assert parse_quantity(text) is None


# Sentences where find_quantities must report nothing.
NOT_CLAIMS = [
    "It was founded in 1994.",
    "The company was established in 1991 in Leeds.",
    "Since 2001 the town has grown.",
    "The attacks of September 11, 2025 shocked everyone.",
    "It happened on 11 September.",
    "They met on Sept. 3 in Paris.",
    "He arrived on the 3rd of May 2020.",
    "The file is dated 2025-09-11.",
    "The series started 1995-01.",
    "We meet on 5/17/2018.",
    "The meeting starts at 10:30.",
    "The vote closed at 3 p.m. on Friday.",
    "Call 9pm sharp.",
    "She finished first.",
    "He came 11th in the race.",
    "They placed third.",
    "Call +1-222-2222-2222 today.",
    "Call +44 20 7946 0958 today.",
    "Call (555) 123-4567 today.",
    "See Section 3.2 of the report.",
    "Article 5 applies.",
    "Under article 50 the country left.",
    "Leaders of the Group of 20 met.",
    "The G7 summit ended.",
    "Covid-19 spread fast.",
    "An F-16 crashed.",
    "A Boeing 737 landed.",
    "1. Introduction",
    "One of the victims was a child.",
    "Which one do you prefer?",
    "That one is really good",
    "The one you mentioned is invalid",
    "They love one another.",
    "He was looking for a next of kin",
    "The 1990s were different.",
    "It is open 24/7.",
    "He took one third place.",
    "1m isn't a number.",
    " 29km Road ",
    "=<30",
    "version 2.1.3 shipped",
    "the 2010-2015 period",
    "during 2019/20",
    "the 1995\u201396 season",
    "She won a fifth term.",
    "Wait one second.",
    "He won three firsts.",
    "It took twenty seconds.",
    "He scored in the second half.",
    "It lasted an hour and a half.",
    "The wall is 1m high.",
    "They won 65-53 on Friday.",
    "The lead grew to 50\u201344.",
    "A 911 caller reported the fire.",
    "She dialled 999 at once.",
    "He moved there in the 1990's.",
    "A man in his early 20\u2019s was held.",
    "The iPhone 5 sold out.",
    "It is aimed at twenty-somethings.",
    "He led for the first three quarters.",
    "Sales rose in the second half of the year.",
    "After nearly a quarter-century in office, he left.",
    # "3mm" is millimetres: only "MM" in capitals is a million
    "A 3mm gap.",
    "He took one third place.",
    "It is second to none.",
    "None other than the mayor came.",
    "He had no plans and no comment.",
    # "scores" counts only before "of" or a verb ("scores of homes", "Scores were hurt")
    "She scores well in every test.",
    "Test scores rose this year.",
    # addresses and codes hold digits that are no figures
    "See https://example.com/news/2024/05/12/story-123?id=45&page=2 now.",
    "Write to reporter42@example.org today.",
    "Commit 3f9a2c7d1e fixed it.",
    "Order SKU-4471-B or the RTX4090 card.",
    "Open www.example.net/item/7 for more.",
    "Read report2024.pdf again.",
    # beyond float range: skipped, never an error
    "1e309",
    "9" * 400,
    "2.5x10^999 and 7e-999999",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(text):
    assert find_quantities(text) == [], [m.quantity.text for m in find_quantities(text)]


# (sentence, [(surface, low, high)]) -- offsets are checked against the surface.
SPANS = [
    ("In 1994, more than 1,000 people died.", [("more than 1,000", 1000, INF)]),
    ("Officials seize over 150 animals from Terrytown home", [("over 150", 150, INF)]),
    ("Police said nearly 1,200 were arrested.", [("nearly 1,200", 1080, 1200)]),
    ("Some 300 homes and 52 cars burned.", [("Some 300", 270, 330), ("52", 52, 52)]),
    ("The deal is worth $2 million, up 20%.", [("$2 million", 2e6, 2e6), ("20%", 20, 20)]),
    ("Dozens were hurt and one person died.", [("Dozens", 24, 120), ("one", 1, 1)]),
    ("On September 11, 2025, 52 people died.", [("52", 52, 52)]),
    ("Between 50 and 60 people attended in 2019.", [("Between 50 and 60", 50, 60)]),
    ("Twenty-six people die in accident", [("Twenty-six", 26, 26)]),
    ("At 10:30, about 40 people left.", [("about 40", 36, 44)]),
    ("The 2,000 troops left; 2000 people stayed.", [("2,000", 2000, 2000), ("2000", 2000, 2000)]),
    ("A third of the 300 staff quit.", [("A third", 100 / 3, 100 / 3), ("300", 300, 300)]),
    ("Prices rose 3.5% in March 2024 to \u20ac1.2bn.", [("3.5%", 3.5, 3.5), ("\u20ac1.2bn", 1.2e9, 1.2e9)]),
    ("x>10 and y<20", [(">10", 10, INF), ("<20", 0, 20)]),
    ("Up to 700 contract workers", [("Up to 700", 0, 700)]),
    ("It cost 5,00 or 5.00 there.", [("5,00", 5, 5), ("5.00", 5, 5)]),
    ("See exercises 22,24,26,31.", [("22", 22, 22), ("24", 24, 24), ("26", 26, 26), ("31", 31, 31)]),
    ("The number is 1,3.", [("1,3", 1.3, 1.3)]),
    ("Hundreds of thousands marched.", [("Hundreds of thousands", 2e5, 1e6)]),
    ("The Boeing 737 carried 180 passengers.", [("180", 180, 180)]),
    # "around" dates a year, but hedges a count when a counted noun follows
    ("Around 1500 protesters marched; the hall was built around 1900.", [("Around 1500", 1350, 1650)]),
    ("Covid-19 killed 300 people.", [("300", 300, 300)]),
    ("Items:\n1. More than 5 apples", [("More than 5", 5, INF)]),
    # a count and the period it took: not the fraction 52/2, nor "more than 2 days"
    ("They freed 52 over 2 days.", [("52", 52, 52), ("2", 2, 2)]),
    # a sum, not "3 or more"
    ("It was 3 plus 4 goals.", [("3", 3, 3), ("4", 4, 4)]),
    ("Police said 5 and over 20 more were hurt.", [("5", 5, 5), ("over 20", 20, INF)]),
    ("They are 1 and 2 in the rankings.", [("1", 1, 1), ("2", 2, 2)]),
    ("At least a half-dozen homes burned.", [("At least a half-dozen", 6, INF)]),
    ("His two half-brothers were held.", [("two", 2, 2)]),
    ("They sold half the milk and half their cheese.", [("half", 50, 50), ("half", 50, 50)]),
    # any fraction takes its noun phrase without "of" as well, and is the same share of it
    ("It draws one quarter the power and a third the space.", [("one quarter", 25, 25), ("a third", 100 / 3, 100 / 3)]),
    ("Two-thirds the weight at a fifth the cost.", [("Two-thirds", 200 / 3, 200 / 3), ("a fifth", 20, 20)]),
    ("It took a third the time to win a third title.", [("a third", 100 / 3, 100 / 3)]),
    # one space-separated group is two numbers; two groups or more are one
    ("He won 3 100 metre races.", [("3", 3, 3), ("100", 100, 100)]),
    ("A total of 1 234 567 votes.", [("A total of 1 234 567", 1234567, 1234567)]),
    ("One in five adults and a quarter of children", [("One in five", 20, 20), ("a quarter", 25, 25)]),
    # zero: only where a counted noun, "one" or "none" makes "no" a figure
    ("There were no injuries.", [("no", 0, 0)]),
    ("No one was hurt.", [("No one", 0, 0)]),
    ("There were no reports of deaths.", [("no", 0, 0)]),
    # counts stated without a number (wordlists/count_words.tsv)
    ("She bought a pair of boots and a trio of hats.", [("a pair", 2, 2), ("a trio", 3, 3)]),
    ("They built a double-digit lead.", [("double-digit", 10, 100)]),
    ("He fired his dozen shots.", [("dozen", 12, 12)]),
    ("None were hurt, and zero casualties.", [("None", 0, 0), ("zero", 0, 0)]),
    ("A 10 000-strong crowd met 75 000 fans.", [("10 000", 10000, 10000), ("75 000", 75000, 75000)]),
    ("It raised $5bn from 3.4k investors.", [("$5bn", 5e9, 5e9), ("3.4k", 3400, 3400)]),
    ("Scores were hurt and tens of thousands fled.", [("Scores", 40, 200), ("tens of thousands", 20000, 100000)]),
    ("He scores 20 points a game.", [("20", 20, 20)]),
    # a currency code is written in capitals: "one try" is a count of tries, not lira
    ("He scored one try in the second half.", [("one", 1, 1)]),
    # "over" after an amount opens the period it is spread over; elsewhere it is a hedge
    ("The plan costs $2 billion over five years.", [("$2 billion", 2e9, 2e9), ("five", 5, 5)]),
    ("Prices rose 40% over 3 years.", [("40%", 40, 40), ("3", 3, 3)]),
    ("He spent over five years in prison.", [("over five", 5, INF)]),
    # a sign before a range's first end, and a hedge before the sign
    ("Lows of minus 3 to 5 are forecast.", [("minus 3 to 5", -3, 5)]),
    ("It ranged between negative ten and fifteen.", [("between negative ten and fifteen", -10, 15)]),
    ("It fell to about minus 40.", [("about minus 40", -44, -36)]),
    # a signed "one" is a number, not the pronoun
    ("The answer is minus one.", [("minus one", -1, -1)]),
    # space-grouped digits with decimals; "tln" and "trn" for trillions; decimals in words
    ("It holds 1 234 567.89 units.", [("1 234 567.89", 1234567.89, 1234567.89)]),
    ("Debt reached 10 tln and then 3 trn.", [("10 tln", 1e13, 1e13), ("3 trn", 3e12, 3e12)]),
    ("It was two hundred point seventy-one.", [("two hundred point seventy-one", 200.71, 200.71)]),
    # "and" joins a smaller group to a number, never a second number of the same scale
    ("One hundred and two thousand came.", [("One hundred and two thousand", 102000, 102000)]),
    ("Three hundred and two hundred were counted.", [("Three hundred", 300, 300), ("two hundred", 200, 200)]),
    # "or equal (to)" makes a strict bound inclusive, unless another number follows it
    ("The score is more than 5000 or equal to it.", [("more than 5000 or equal to", 5000, INF)]),
    ("The score is at least or equal to 30.", [("at least or equal to 30", 30, INF)]),
    ("Primes < = 100 are listed.", [("< = 100", 0, 100)]),
    ("It is more than 5000 or equal to 6000.", [("more than 5000", 5000, INF), ("equal to 6000", 6000, 6000)]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_find_spans(text, expected):
    found = find_quantities(text)
    got = [(m.quantity.text, m.quantity.low, m.quantity.high) for m in found]
    assert len(got) == len(expected), got
    offset = 0
    for m, (surface, low, high) in zip(found, expected, strict=False):
        start = text.index(surface, offset)
        assert (m.start, m.end) == (start, start + len(surface)), got
        assert _close(m.quantity.low, low) and _close(m.quantity.high, high), got
        offset = m.end


def test_mentions_are_frozen_and_slotted():
    m = find_quantities("about 5")[0]
    assert isinstance(m, QuantityMention)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.start = 3  # type: ignore[misc]
    assert not hasattr(m, "__dict__")


def test_rules_are_configurable():
    wide = attrs.evolve(DEFAULT_RULES, about=0.2, nearly=0.05, floor=-INF)
    q = parse_quantity("about 100", wide)
    assert (q.low, q.high) == (80, 120)
    q = parse_quantity("nearly 100", wide)
    assert (q.low, q.high) == (95, 100)
    assert parse_quantity("up to 100", wide).low == -INF
    assert parse_quantity("several", attrs.evolve(DEFAULT_RULES, several=(3, 7))).high == 7


# --------------------------------------------------------------------------- properties

_UNITS, _TENS = ONES, TENS


def _below_thousand(n: int) -> list[str]:
    words = []
    if n >= 100:
        words += [_UNITS[n // 100], "hundred"]
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else ""))
    elif n or not words:
        words.append(_UNITS[n])
    return words


def to_words(n: int) -> str:
    """An English rendering of 0 <= n < 10**12, written independently of the reader."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts += [*_below_thousand(n // scale), name]
            n %= scale
    if n:
        if parts and n < 100:
            parts.append("and")
        parts += _below_thousand(n)
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_words_round_trip(n):
    q = parse_quantity(to_words(n))
    assert q is not None and q.value == n, (to_words(n), q)
    assert q.text == to_words(n)


_ORDINAL_PLURALS = {3: "thirds", 4: "quarters", 5: "fifths", 8: "eighths", 10: "tenths", 100: "hundredths"}


@given(
    # "five hundred and two thirds" is the mixed number 500 2/3 (see the table), so a
    # numerator ending in "and <two to nine>" is left to the table cases.
    st.integers(min_value=2, max_value=999).filter(lambda n: n < 100 or not 2 <= n % 100 <= 9),
    st.sampled_from(sorted(_ORDINAL_PLURALS)),
)
def test_word_fractions_round_trip(top, den):
    text = f"{to_words(top)} {_ORDINAL_PLURALS[den]}"
    q = parse_quantity(text)
    assert q is not None and q.text == text and math.isclose(q.value, top / den), (text, q)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=2, max_value=1000))
def test_x_over_y_round_trip(top, bottom):
    for text in (f"{top} over {bottom}", f"{to_words(top)} over {to_words(bottom)}"):
        q = parse_quantity(text)
        assert q is not None and q.text == text and math.isclose(q.value, top / bottom), (text, q)


@given(st.integers(min_value=0, max_value=10**15), st.booleans())
def test_digits_round_trip(n, grouped):
    text = f"{n:,}" if grouped else str(n)
    q = parse_quantity(text)
    assert q is not None and q.value == n and q.text == text


@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from(["\u2009", "\u202f"]))
def test_thin_space_grouping_round_trip(n, sep):
    text = f"{n:,}".replace(",", sep)
    assert parse_quantity(text).value == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([(" million", 10**6), ("bn", 10**9), (" billion", 10**9), ("k", 10**3)]),
)
def test_scale_round_trip(whole, tenth, scale):
    word, factor = scale
    text = f"{whole}.{tenth}{word}" if tenth else f"{whole}{word}"
    q = parse_quantity(text)
    assert q is not None and math.isclose(q.value, (whole + tenth / 10) * factor), (text, q)
    assert q.text == text and q.is_exact


@given(
    st.sampled_from(["more than", "at least", "over", "More than", "no fewer than", "above"]),
    st.integers(min_value=0, max_value=10**9),
    st.booleans(),
)
def test_lower_bound_never_allows_less(hedge, n, grouped):
    q = parse_quantity(f"{hedge} {n:,}" if grouped else f"{hedge} {n}")
    assert q is not None and q.low == n and q.high == INF
    assert not q.contains(n - 1) and not q.contains(n - 0.5)


@settings(max_examples=300)
@given(st.text())
def test_never_raises_and_spans_match(text):
    parse_quantity(text)
    found = find_quantities(text)
    last_end = 0
    for m in found:
        assert text[m.start : m.end] == m.quantity.text
        assert m.start >= last_end and m.end > m.start
        last_end = m.end


_PIECES = st.sampled_from(
    ["more than ", "about ", "1,200", "3.5", " million", "bn", "%", "$", "€", "-", "–", " to ",
     " and ", "between ", "one", " hundred", "dozens", "a third of", "½", "/", ":", "\u202f",
     "September ", "1994", " ", ".", ",", "x", "\n1. ", "+1-", "or more", "G", "19"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_number_like_text_never_raises_and_spans_match(text):
    parse_quantity(text)
    found = find_quantities(text)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.quantity.text
        q = m.quantity
        assert q.low <= q.high


def test_long_text_is_linear():
    import time

    sentence = "In 1994, more than 1,000 people died; about 52 were hurt and $2 million lost. "
    small, big = sentence * 200, sentence * 2000
    t0 = time.perf_counter()
    n_small = len(find_quantities(small))
    t1 = time.perf_counter()
    n_big = len(find_quantities(big))
    t2 = time.perf_counter()
    assert n_big == 10 * n_small == 6000
    assert (t2 - t1) < 30 * max(t1 - t0, 1e-3)  # ten times the text, not a hundred times


_HEDGES = {
    "more than": "gt", "over": "gt", "at least": "ge", "upwards of": "ge", "fewer than": "lt",
    "under": "lt", "up to": "le", "no more than": "le", "about": "approx", "some": "approx",
    "nearly": "nearly", "just under": "just_below", "just over": "just_above", "exactly": "exact",
}  # fmt: skip


@given(st.sampled_from(sorted(_HEDGES)), st.integers(min_value=1, max_value=10**9))
def test_a_hedged_count_in_a_sentence_is_one_mention_holding_its_number(hedge, n):
    text = f"Officials said {hedge} {n:,} people were hurt on Friday."
    found = find_quantities(text)
    assert [m.quantity.text for m in found] == [f"{hedge} {n:,}"]
    q = found[0].quantity
    kind = _HEDGES[hedge]
    if kind in ("gt", "ge", "just_above"):
        assert q.low == n and math.isinf(q.high) == (kind != "just_above")
    elif kind in ("lt", "le", "nearly", "just_below"):
        assert q.high == n and q.low < n
    else:
        assert q.low <= n <= q.high
    assert q.contains(n) == (kind not in ("gt", "lt", "nearly", "just_below", "just_above"))


# Hostile figures: long digit runs, huge and tiny exponents, powers, digits of other
# scripts, and number words glued to them. Nothing in the reader may raise.
_HOSTILE = st.one_of(
    st.integers(min_value=1, max_value=600).map(lambda n: "9" * n),
    st.tuples(st.integers(1, 99), st.integers(-99999, 99999)).map(lambda t: f"{t[0]}e{t[1]}"),
    st.tuples(st.integers(1, 99), st.integers(-9999, 9999)).map(lambda t: f"{t[0]}x10^{t[1]}"),
    st.tuples(st.integers(0, 99), st.integers(-999, 999)).map(lambda t: f"{t[0]}^{t[1]}"),
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९〇一二三,.  \u2009'e^x-", max_size=40),
    st.sampled_from([" trillion", " million million", "bn", "k", " hundred", " and ", "%", "$"]),
    st.sampled_from(["0", "0.0", "00", " million and a half", " billion and a quarter", " and a half"]),
)


@pytest.mark.parametrize("text", ["0.0 million and a half", "0.00 billion and a quarter", "00 million and a half"])
def test_a_zero_before_a_scale_and_a_fraction_reads_without_error(text):
    q = parse_quantity(text)
    assert q is not None and math.isfinite(q.low) and q.low <= q.high


@settings(max_examples=300)
@given(st.lists(_HOSTILE, max_size=8).map(" ".join))
def test_hostile_figures_never_raise_and_stay_finite(text):
    parse_quantity(text)
    for m in find_quantities(text):
        assert text[m.start : m.end] == m.quantity.text
        q = m.quantity
        assert q.low <= q.high and not math.isnan(q.low) and not math.isnan(q.high)
        assert q.value is None or math.isfinite(q.value)


# Generative round trips: every form family rendered from random values (num2words and
# the renderers in number_renderers.py) must read back exactly, in a sentence.
@pytest.mark.parametrize("family", sorted(FAMILIES))
@settings(max_examples=60)
@given(rng=st.randoms(use_true_random=False))
def test_rendered_expressions_read_exactly(family, rng):
    r = FAMILIES[family](rng)
    found = find_quantities(r.sentence)
    got = [(m.quantity.text, m.quantity.describe(), m.quantity.unit) for m in found]
    assert read_exactly(r, found), (r, got)


@settings(max_examples=200)
@given(
    rng=st.randoms(use_true_random=False),
    frame=st.sampled_from(["Contact {} today.", "See {}", "({})", "Details: {}, updated.", "{}"]),
)
def test_no_address_phone_hash_or_code_yields_a_quantity(rng, frame):
    text = frame.format(address(rng))
    assert find_quantities(text) == [], (text, [m.quantity.text for m in find_quantities(text)])


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["USD", "EUR"]))
def test_num2words_currency_with_cents_round_trips(n, code):
    from num2words import num2words

    amount = n / 100
    text = num2words(amount, to="currency", currency=code)
    q = parse_quantity(text)
    assert q is not None and q.text == text and q.unit == code
    assert math.isclose(q.value, amount, rel_tol=1e-12), (text, q)


# With measures=True: units of measure, durations and clock times (minutes after
# midnight; a game clock in minutes on that clock). (sentence, [(surface, low, high, unit)])
MEASURES = [
    (
        "The quake, magnitude-5.8, hit 12km from town.",
        [("magnitude-5.8", 5.8, 5.8, "magnitude"), ("12km", 12, 12, "km")],
    ),
    (
        "A magnitude 6.1 quake and a 5.8-magnitude one.",
        [("magnitude 6.1", 6.1, 6.1, "magnitude"), ("5.8-magnitude", 5.8, 5.8, "magnitude")],
    ),
    ("A 12-km stretch, then 7.5 miles more.", [("12-km", 12, 12, "km"), ("7.5 miles", 7.5, 7.5, "mi")]),
    ("Winds of 160km/h (100 mph) hit.", [("160km/h", 160, 160, "km/h"), ("100 mph", 100, 100, "mph")]),
    ("It burned a 900-square-kilometre area.", [("900-square-kilometre", 900, 900, "km²")]),
    ("It spread along 5-10 km of coast.", [("5-10 km", 5, 10, "km")]),
    ("It lasted 20 seconds.", [("20 seconds", 20, 20, "s")]),
    ("It shook for about two minutes.", [("about two minutes", 1.8, 2.2, "min")]),
    ("They waited for three hours.", [("three hours", 3, 3, "h")]),
    ("Temperatures hit 40°C.", [("40°C", 40, 40, "°C")]),
    ("It weighed 5 tonnes and 300 kg.", [("5 tonnes", 5, 5, "t"), ("300 kg", 300, 300, "kg")]),
    ("It struck at 6:12 a.m. local time.", [("6:12 a.m. local time", 372, 372, "clock:local")]),
    ("It struck at 2312 GMT.", [("2312 GMT", 1392, 1392, "clock:GMT")]),
    ("The vote closed at 3 p.m. on Friday.", [("3 p.m.", 900, 900, "clock")]),
    ("At 12:05 am, 40 people left.", [("12:05 am", 5, 5, "clock"), ("40", 40, 40, None)]),
    ("He scored with 4:21 left in the second quarter.", [("4:21 left", 261, 261, "s")]),
    # a game clock "of" a period is the time left in it, however the period's clock counts
    ("He scored at 4:21 of the second quarter.", [("4:21 of the second quarter", 261, 261, "s")]),
    ("The referee stopped it at 2:56 of the sixth round.", [("2:56 of the sixth round", 4, 4, "s")]),
    ("They met at 2:56 in the morning.", [("2:56", 176, 176, "clock")]),
    # a bare reading after a period named by its ordinal, in a text naming one kind of period
    ("Early in the round he fell. In the sixth, it was stopped at 2:56.", [("2:56", 4, 4, "s")]),
    ("The round opened fast, and it was stopped late in the round at 2:56.", [("2:56", 4, 4, "s")]),
    ("It was the first round of the playoffs. In the fourth, he scored at 4:21.", [("4:21", 261, 261, "clock")]),
    ("In the second quarter and the first half, he scored at 4:21.", [("4:21", 261, 261, "clock")]),
    ("She arrived in the first week of May and left at 2:56.", [("2:56", 176, 176, "clock")]),
    ("A 3mm gap and 3MM dollars.", [("3mm", 3, 3, "mm"), ("3MM dollars", 3e6, 3e6, "USD")]),
    ("It runs at up to 2.7GHz with 16GB.", [("up to 2.7GHz", 0, 2.7, "GHz"), ("16GB", 16, 16, "GB")]),
    (
        "It ships a 2.4GHz chip, 8GB of memory and a 12MP camera.",
        [("2.4GHz", 2.4, 2.4, "GHz"), ("8GB", 8, 8, "GB"), ("12MP", 12, 12, "MP")],
    ),
    ("The sensor has 48 megapixels.", [("48 megapixels", 48, 48, "MP")]),
    # units counted in multiples are read in the unit they count
    ("The feud ran for four decades.", [("four decades", 40, 40, "yr")]),
    ("It stood for two to three centuries.", [("two to three centuries", 200, 300, "yr")]),
    ("Talks lasted a fortnight.", [("a fortnight", 12.6, 15.4, "d")]),  # a round span: about
    # spans written without a number (wordlists/time_spans.tsv)
    ("After a quarter-century in office, she left.", [("a quarter-century", 22.5, 27.5, "yr")]),
    ("He served almost half a century.", [("almost half a century", 45, 50, "yr")]),
    ("The hearing took half an hour.", [("half an hour", 27, 33, "min")]),
    ("It resumed roughly a week later.", [("roughly a week", 0.9, 1.1, "wk")]),
    ("The board must answer within a month.", [("within a month", 0, 1, "mo")]),
    ("The strike lasted more than a year.", [("more than a year", 1, INF, "yr")]),
    ("The market was shut for a day.", [("a day", 0.9, 1.1, "d")]),
    # midnight and noon are clock times; "after midnight" starts the day
    ("The curfew starts at midnight.", [("midnight", 1440, 1440, "clock")]),
    ("He was found just after midnight.", [("just after midnight", 0, 15, "clock")]),
    # a hedge on a time of day is in minutes (QuantityRules.clock_about, clock_soon)
    ("The shooting occurred about 3:10 p.m.", [("about 3:10 p.m.", 900, 920, "clock")]),
    ("He was arrested shortly before midnight.", [("shortly before midnight", 1425, 1440, "clock")]),
    ("Shots were heard around 6:12 a.m. local time.", [("around 6:12 a.m. local time", 362, 382, "clock:local")]),
    ("The fire was out by 11 p.m.", [("by 11 p.m.", 0, 1380, "clock")]),
    # an offset from a time is not a hedge on it: the time stays as written
    ("It ended 20 minutes after 3 p.m.", [("20 minutes", 20, 20, "min"), ("3 p.m.", 900, 900, "clock")]),
    ("The polls closed at noon.", [("noon", 720, 720, "clock")]),
    # feet and inches are one height; fewer than twelve inches, so a weight may follow
    ("The guard is 6-foot-3 and quick.", [("6-foot-3", 75, 75, "inch")]),
    ("She stands 5-feet-6 inches tall.", [("5-feet-6 inches", 66, 66, "inch")]),
    ("He is 5-foot-11,180 pounds.", [("5-foot-11", 71, 71, "inch"), ("180", 180, 180, None)]),
    ("The wall is 5-8 feet high.", [("5-8 feet", 5, 8, "ft")]),  # a range of feet stays a range
    # spaced feet and inches, with the inches' unit written
    ("He is 5 feet 11 inches tall.", [("5 feet 11 inches", 71, 71, "inch")]),
    ("A 5ft 11in striker.", [("5ft 11in", 71, 71, "inch")]),
    ("The wall is 6 feet high and 11 inches thick.", [("6 feet", 6, 6, "ft"), ("11 inches", 11, 11, "inch")]),
    # a temperature with a capital C or F glued to its digits
    ("Temperatures hit 40C on Monday.", [("40C", 40, 40, "°C")]),
    ("It fell to -5C overnight.", [("-5C", -5, -5, "°C")]),
    ("It hit 100F in the shade.", [("100F", 100, 100, "°F")]),
    # a metre written "m" where a word of length follows; a million before a counted noun
    ("The wall is 1m high.", [("1m", 1, 1, "m")]),
    ("The tower is 830 m tall.", [("830 m", 830, 830, "m")]),
    ("A 10m-long crack opened.", [("10m", 10, 10, "m")]),
    ("The wall is 2 m thick.", [("2 m", 2, 2, "m")]),
    ("About 80m people watched.", [("About 80m", 72e6, 88e6, None)]),
]

# With measures=True these still hold no figure of measure.
NOT_MEASURES = [
    "The 29km Road is long.",  # a name
    "He raised 1m for the club.",  # "m" may be a million: a metre only before a word of length
    "Its index rose to 1m on Monday.",
    "One day he left.",
    "Wait one second.",
    "A 38-year-old man was held.",
    "A day after the vote, he quit.",  # an idiom, not a stated span
    "They meet twice a week.",
    "The decade-old rule stands.",
    "Model X40C was sold.",  # a code, not a temperature
    "Room 12F is empty.",
]


@pytest.mark.parametrize(("text", "expected"), MEASURES)
def test_measures(text, expected):
    found = find_quantities(text, measures=True)
    got = [(m.quantity.text, m.quantity.low, m.quantity.high, m.quantity.unit) for m in found]
    assert len(got) == len(expected), got
    for m, (surface, low, high, unit) in zip(found, expected, strict=False):
        assert text[m.start : m.end] == m.quantity.text == surface, got
        assert math.isclose(m.quantity.low, low) and math.isclose(m.quantity.high, high), got
        assert m.quantity.unit == unit, got


@given(
    code=st.sampled_from(sorted(_CURRENCY_CODES)),
    value=st.integers(min_value=1, max_value=999_999),
    scale=st.sampled_from([("", 1), (" million", 1e6), ("m", 1e6), (" billion", 1e9), ("bn", 1e9)]),
)
def test_an_amount_after_a_currency_code_is_read_in_that_currency(code, value, scale):
    words, factor = scale
    text = f"The deal was worth {code} {value:,}{words}, officials said."
    [m] = find_quantities(text)
    assert text[m.start : m.end] == f"{code} {value:,}{words}"
    assert m.quantity.unit == code and math.isclose(m.quantity.low, value * factor)


@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from(["hundred", "thousand", "million"]))
def test_two_numbers_of_one_scale_joined_by_and_are_two_numbers(a, b, scale):
    text = f"{ONES[a]} {scale} and {ONES[b]} {scale} were counted."
    factor = {"hundred": 100, "thousand": 1000, "million": 10**6}[scale]
    assert [m.quantity.value for m in find_quantities(text)] == [a * factor, b * factor]


@given(
    name=st.sampled_from(sorted(CURRENCY_NAMES)),
    value=st.integers(min_value=2, max_value=999_999),
    scale=st.sampled_from(["", " million", " billion"]),
)
def test_an_amount_before_a_currency_name_is_read_in_that_currency(name, value, scale):
    text = f"The deal was worth {value:,}{scale} {name.title()}, officials said."
    [m] = find_quantities(text)
    assert text[m.start : m.end] == f"{value:,}{scale} {name.title()}"
    assert m.quantity.unit == CURRENCY_NAMES[name]
    assert dimension(m.quantity.unit) == f"currency:{CURRENCY_NAMES[name]}"


@given(st.randoms(use_true_random=False))
def test_rendered_time_spans_read_exactly(rng):
    for render in MEASURE_FAMILIES.values():
        r = render(rng)
        assert read_exactly(r, find_quantities(r.sentence, measures=True)), r


@pytest.mark.parametrize("text", NOT_MEASURES)
def test_not_measures(text):
    assert all(m.quantity.unit is None for m in find_quantities(text, measures=True))


@pytest.mark.parametrize(("text", "expected"), MEASURES)
def test_without_measures_no_unit_of_measure_or_clock_is_read(text, expected):
    for m in find_quantities(text):
        assert m.quantity.unit in (None, "%", "pp") or m.quantity.unit.isupper()


@settings(max_examples=200)
@given(
    st.lists(
        _PIECES
        | st.sampled_from(
            [
                "km",
                "-km",
                " miles",
                "km/h",
                " mph",
                "-square-kilometre",
                "magnitude-",
                " seconds",
                " hours",
                ":",
                "12",
                "a.m.",
                " GMT",
                " local time",
                " left",
                "°C",
                "2312",
            ]
        ),
        max_size=20,
    ).map("".join)
)
@example("+1-magnitude-2312")  # a unit between two figures belongs to the first one only
def test_measures_never_raise_and_spans_match(text):
    found = find_quantities(text, measures=True)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.quantity.text
        assert m.quantity.low <= m.quantity.high


@settings(max_examples=300)
@given(
    st.lists(
        _PIECES
        | st.sampled_from(
            [
                "Section 3",
                "section 4",
                "no. 7",
                "#4",
                "911 call",
                "the 1990's",
                "3 p.m.",
                "5pm",
                "Boeing 737",
                "iPhone 5",
                "Group of 20",
                "line 6",
                "2025-09-11",
                "5/17/2018",
                "10:30",
                "o'clock",
                "May 3",
                "(555) 123-4567",
                "020 7946 0958",
                "+44 20",
            ]
        ),
        max_size=12,
    ).map("".join),
    st.sampled_from(["", "x", "a ", "\n", "Boeing", "7"]),
)
def test_the_non_claim_prefilter_never_hides_a_match(window, before):
    from claimcheck.readers.quantities import _NON_CLAIMS, _PHONES, _may_hold_non_claim, _may_hold_phone

    text = before + window
    if _NON_CLAIMS.search(text, len(before)):
        assert _may_hold_non_claim(text, len(before), len(text))
    if _PHONES.search(window):
        assert _may_hold_phone(window)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Officials said 1000 or so people were hurt.", ["1000 or so"]),  # a hedge between number and noun
        ("Officials said 1500-odd people were hurt.", ["1500-odd"]),
        ("Officials said 1994 was a hard year.", []),  # a year, whatever word ends in s after it
        ("Officials said 1994 or so was a hard year.", []),
        ("They lost 2000 votes.", ["2000"]),
    ],
)
def test_four_digits_are_a_count_only_before_a_counted_noun(text, read):
    assert [m.quantity.text for m in find_quantities(text)] == read


@given(st.integers(1, 8), st.integers(0, 11), st.sampled_from(["foot", "feet"]))
def test_feet_and_inches_read_as_one_height(feet, inches, word):
    [m] = find_quantities(f"The suspect is {feet}-{word}-{inches}.", measures=True)
    assert m.quantity.unit == "inch" and m.quantity.value == feet * 12 + inches


# ---------------------------------------------------------------- letters a pattern takes for ASCII

_LOOKALIKES = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a"}
_PIECES = st.sampled_from(
    ["12", "3.5", "1,200", "km", "miles", "inches", "billion", "mil", "bln", "several", "hundred", "tens of",
     "thousands", "twenty-first", "fifth", "$", "£", "about", "nearly", "six", "kilometres", "seconds", "ago"]
)  # fmt: skip


@st.composite
def _with_lookalikes(draw):
    text = " ".join(draw(st.lists(_PIECES, min_size=1, max_size=6)))
    swaps = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(_LOOKALIKES.get(ch, ch) if swap else ch for ch, swap in zip(text, swaps, strict=True))


@given(_with_lookalikes())
def test_letters_a_pattern_takes_for_ascii_never_break_the_readers(text):
    # "12 kmſ": a case-insensitive pattern matches the long s as "s", and the matched word
    # must still be found in its word list
    from claimcheck.readers.ordinals import find_ordinals

    for mention in find_quantities(text, measures=True):
        assert 0 <= mention.start < mention.end <= len(text)
    find_ordinals(text)
    parse_quantity(text, measures=True)


@pytest.mark.parametrize(("text", "low", "unit"), [("12 km\u017f", 12, "km"), ("\u00a35 b\u0131llion", 5e9, "GBP")])
def test_a_figure_with_such_letters_reads_as_its_ascii_twin(text, low, unit):
    [mention] = find_quantities(text, measures=True)
    assert (mention.quantity.low, mention.quantity.unit) == (low, unit)


@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "an",
                "A few",
                "the",
                "thirty",
                "Three",
                "no",
                "none",
                "not",
                "one",
                "only",
                "half",
                "-",
                ".5",
                "12",
                "\u22124",
                "several",
                "Dozens",
                "an eighth",
                "a-half",
                "quarter",
                "\u00bd",
                "zero",
                "tens",
            ]
        )
        | st.text(max_size=4),
        max_size=12,
    ),
    st.sampled_from([" ", "-", ", ", "\n"]),
)
def test_fast_anchor_finds_what_the_full_pattern_finds(words: list[str], gap: str) -> None:
    """The scan's cheap test of how a figure opens passes over no figure the full pattern reads."""
    from claimcheck.readers.quantities import _ANCHOR, _FAST_ANCHOR
    from claimcheck.wordfiles import ascii_letters

    text = ascii_letters(gap.join(words))  # as the scan reads it
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    full = [(m.span(), m.lastgroup) for m in _ANCHOR.finditer(lowered)]
    assert [(m.span(), m.lastgroup) for m in _FAST_ANCHOR.finditer(lowered)] == full


@given(
    st.lists(
        st.sampled_from(["a", "an", "the", "thirty", "no", "one", "half", "12", "x", "\u00bd", "-", "for a day",
                         "midnight", "a pair of", "double-digit", "about a week", "a quarter-century", "dozen"])
        | st.text(max_size=4),
        max_size=12,
    ),
    st.sampled_from([" ", "-", ", ", "\n", ""]),
)  # fmt: skip
def test_scans_led_by_the_character_before_find_what_the_lookbehind_finds(words: list[str], gap: str) -> None:
    """A scan led by the character before a match finds what the pattern with a lookbehind finds."""
    from claimcheck.readers import quantities as q

    lowered = q.ascii_letters(gap.join(words)).lower()
    for led, pattern in ((q._LED_SPAN, q._FAST_SPAN), (q._LED_COUNT_WORD, q._COUNT_WORD)):
        assert [m.span() for m in q._led_finditer(led, pattern, lowered)] == [
            m.span() for m in pattern.finditer(lowered)
        ]
    if not q._VULGAR_AFTER_LETTER.search(lowered):
        spaced = " " + lowered
        for pos in range(len(lowered) + 1):
            led_found, found = q._LED_ANCHOR.search(spaced, pos), q._FAST_ANCHOR.search(lowered, pos)
            assert (led_found and led_found.start()) == (found and found.start())


def test_the_unit_test_lets_every_unit_surface_through() -> None:
    """The cheap test before the long unit pattern passes every surface the pattern reads."""
    from claimcheck.readers.quantities import _MEASURE_RIGHT, _opening_after, _unit_may_open
    from claimcheck.units import UNIT_SURFACES

    for surface in UNIT_SURFACES:
        for written in (surface, surface.upper(), surface.title()):
            for text in (f"5{written}", f"5 {written}", f"5-{written}", f"5   {written}.", f"5\n{written} of"):
                assert _MEASURE_RIGHT.match(text, 1) is None or _unit_may_open(_opening_after(text, 1)), text


_AFTER_PIECES = st.sampled_from(
    ["or more", "OR SO", "-odd", "ish", "+", "plus", "at least", "and over", "%", "per cent", "Percent",
     "percentage points", "points higher", "pc", "USD", "euros", "Pounds Sterling", "yen", "bn", "k", "mil",
     "Million", "hundred", "dozen", "thousand and", "and", "people", "of", "-", " ", "   ", "\n", "\u00a0",
     "\u017f", "\u0131", "6", ".", ","]
)  # fmt: skip


@given(st.lists(_AFTER_PIECES, max_size=5).map("".join))
def test_the_tests_of_what_follows_a_number_pass_what_the_patterns_read(after: str) -> None:
    """The cheap tests of what follows a number pass everything the long patterns after it read."""
    from claimcheck.readers import quantities as q

    text = "5" + after
    if q._RIGHT_QUALIFIER.match(text, 1):
        assert q._may_follow(text, 1, q._RIGHT_QUALIFIER_HEADS)
    if q._UNIT_RIGHT.match(text, 1):
        assert q._may_follow(text, 1, q._UNIT_RIGHT_HEADS)
    if q._SCALE_AFTER.match(text, 1) and text[1:2].isspace():
        assert q._may_follow(text, 1, q._SPACED_SCALE_HEADS)
    if not after[:1].isdigit():  # "5" is a whole digit group: would "5 hundred" go on?
        run = q._MIXED_RUN.match(text, 0)
        read = q._words_value(text, 0, run.end()) if run and run.end() > 1 else None
        assert q._digits_in_words(text, 0, 1) == (read if read and read[1] > 1 else None)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Olsen beat Berg 55% to 45%.", ["55%", "45%"]),  # a share after a name is no model number
        ("Berg 45.5 percent, Olsen 54.5 percent", ["45.5 percent", "54.5 percent"]),
        ("The airline flies Boeing 737 jets.", []),  # a model number still is
        ("Windows 10 users upgraded.", []),
    ],
)
def test_a_share_after_a_name_is_read(text, figures):
    assert [text[m.start : m.end] for m in find_quantities(text, measures=True)] == figures


@given(
    name=st.sampled_from(["Peterson", "Smith", "McDermott", "Gotti"]),
    value=st.integers(2, 99),
    unit=st.sampled_from(["years", "months", "weeks", "days", "hours", "minutes"]),
)
def test_a_span_of_time_after_a_name_is_read(name, value, unit):
    """ "gave Peterson 40 years": a name with a number after it is no model number when a span
    of time follows, however many digits the number has."""
    text = f"The judge gave {name} {value} {unit} in prison."
    assert [text[m.start : m.end] for m in find_quantities(text, measures=True)] == [f"{value} {unit}"]


@given(
    minute=st.integers(0, 2),
    second=st.integers(0, 59),
    ordinal=st.sampled_from(["first", "sixth", "12th"]),
    period=st.sampled_from(["round", "quarter", "half", "period"]),
)
def test_a_game_clock_of_a_period_is_the_time_left_in_it_never_a_time_of_day(minute, second, ordinal, period):
    stated = minute * 60 + second
    text = f"It ended at {minute}:{second:02d} of the {ordinal} {period}."
    (mention,) = find_quantities(text, measures=True)
    assert mention.quantity.unit == "s"
    assert mention.quantity.low == (180 - stated if period == "round" else stated)


#: Words a number may take after it, from every list its readers read (units, scales,
#: currencies, multiples, hedges, spans), and plain words: the readers' shortcut for a
#: plain word after a number (``_bare_after``) must read what the full readers read.
_AFTER_WORDS = sorted(
    {
        *(w for phrase in q.UNIT_SURFACES for w in phrase.split()),
        *q._SCALES,
        *q._CURRENCY_WORDS,
        *q._CURRENCY_CODES,
        *q._MULTIPLES,
        *(w for phrase in q._RIGHT_QUALIFIERS for w in phrase.split()),
        *(w for phrase in q._SPANS for w in phrase.split()),
        *q._UNITS,
        *q._TENS,
        *["and", "a", "half", "quarter", "quarters", "in", "out", "of", "over", "to", "through", "per", "cent"],
        *["percent", "points", "x", "times", "or", "more", "plus", "people", "were", "killed", "on", "Monday"],
    }
)
_VALUES_BEFORE = ["7", "1,200", "3.5", "two", "$5"]


def _full_reading(text):
    """What the readers read without their shortcut for a plain word after a number."""
    with unittest.mock.patch.object(q, "_bare_after", lambda text, end: False):
        return find_quantities(text, measures=True)


def test_every_word_a_reader_reads_after_a_number_is_read_past_the_shortcut():
    texts = [
        f"They said {value} {case(word)} yesterday."
        for word in _AFTER_WORDS
        for value in _VALUES_BEFORE
        for case in (str.lower, str.title)
    ]
    assert [t for t in texts if find_quantities(t, measures=True) != _full_reading(t)] == []


@settings(max_examples=200)
@given(
    value=st.sampled_from(_VALUES_BEFORE),
    gap=st.sampled_from([" ", "  ", "\u00a0", "-"]),
    words=st.lists(st.sampled_from(_AFTER_WORDS), min_size=1, max_size=4),
    case=st.sampled_from([str.lower, str.title, str.upper]),
)
def test_a_plain_word_after_a_number_is_read_as_the_full_readers_read_it(value, gap, words, case):
    text = f"They said {value}{gap}{case(' '.join(words))} yesterday."
    assert find_quantities(text, measures=True) == _full_reading(text)


@given(
    st.integers(min_value=2, max_value=999),
    st.sampled_from(["million", "billion", "thousand"]),
    st.sampled_from(ONES[2:10]),
    st.sampled_from(["year", "game", "page", "member", "point"]),
    st.booleans(),
)
def test_a_hyphenated_modifier_after_a_comma_is_a_figure_of_its_own(value, scale, word, noun, digits):
    # "a $90 million, five-year deal" states 90 million and five years, never 90,000,005
    from num2words import num2words

    amount = f"${value} {scale}" if digits else f"{num2words(value)} {scale}"
    text = f"They agreed a {amount}, {word}-{noun} deal."
    found = find_quantities(text)
    assert found[0].quantity.text == amount
    assert found[0].quantity.low == value * {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]


@pytest.mark.parametrize(
    ("text", "shown", "low"),
    [
        ("He was sentenced to 15 years to life.", "15 years to life", 15),
        ("She faces a 25-years-to-life term.", "25-years-to-life", 25),
        ("He was given two five-years-to-life terms.", "five-years-to-life", 5),
    ],
)
def test_a_term_to_life_has_no_upper_end(text, shown, low):
    [m] = [m for m in find_quantities(text, measures=True) if m.quantity.unit == "yr"]
    assert (m.quantity.text, m.quantity.low, m.quantity.high) == (shown, low, math.inf)
