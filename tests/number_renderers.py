"""Render random figures the ways news writes them, with the reading each must give.

Every renderer takes a ``random.Random`` and returns a ``Rendered``: the sentence, the
expression in it, and the interval the reader must give (or ``None`` when the
expression must yield no quantity at all). The tests draw the ``Random`` from
hypothesis; ``benchmarks/numbers_generated.py`` seeds it, so both share one definition
of "read exactly". Written independently of the reader: word numbers come from
``num2words`` or from the small speller below, never from claimcheck.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from decimal import Decimal

import attrs
from num2words import num2words

INF = math.inf


@attrs.frozen
class Rendered:
    """A sentence holding one expression, and what reading it must give."""

    sentence: str
    expression: str
    low: float | None = None  # None: the expression is no quantity
    high: float | None = None
    unit: str | None = None


# --------------------------------------------------------------------------- spelling

#: Number words below twenty, written independently of the reader.
ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
#: Tens words by their tens digit.
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _words_below_thousand(n: int, rng: random.Random, digits_ok: bool) -> str:
    """0 < n < 1000 as words, or (when digits_ok) as digits or digits and words."""
    if digits_ok and rng.random() < 0.4:
        if n >= 100 and n % 100 and rng.random() < 0.5:
            rest = str(n % 100) if rng.random() < 0.5 else _words_below_hundred(n % 100)
            return f"{n // 100} hundred and {rest}"  # "6 hundred and twelve"
        if n >= 100 and not n % 100:
            return f"{n // 100} hundred"
        return str(n)
    parts = []
    if n >= 100:
        parts += [ONES[n // 100], "hundred"]
        if n % 100:
            parts.append("and")
    if n % 100 or not parts:
        parts.append(_words_below_hundred(n % 100))
    return " ".join(parts)


def _words_below_hundred(n: int) -> str:
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")


def spell(n: int, rng: random.Random, digits_ok: bool = False) -> str:
    """0 <= n < 10**15 in words; with digits_ok, groups may be digits ("5 thousand 240")."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in _SCALES:
        if n >= scale:
            parts.append(f"{_words_below_thousand(n // scale, rng, digits_ok)} {name}")
            n %= scale
    if n:
        tail = _words_below_thousand(n, rng, digits_ok)
        parts.append(f"and {tail}" if parts and n < 100 else tail)
    return " ".join(parts)


# --------------------------------------------------------------------------- digits


def group(n: int, rng: random.Random) -> str:
    """n with a random grouping: commas, spaces, thin spaces, apostrophes, Indian, none."""
    kind = rng.choice(["comma", "space", "thin", "nbsp", "apostrophe", "indian", "plain"])
    if kind == "plain" or n < 1000:
        return str(n)
    western = f"{n:,}"
    if kind == "indian":
        s = str(n)
        head, tail = s[:-3], s[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        return ",".join([head, *pairs, tail])
    if kind == "space" and n < 10**6 and len(western.split(",", maxsplit=1)[0]) == 1 and not western.endswith(",000"):
        return western  # "3 100" is two numbers: one space-group needs 2+ leading digits or 000
    sep = {"comma": ",", "space": " ", "thin": "\u2009", "nbsp": "\u00a0", "apostrophe": "'"}[kind]
    return western.replace(",", sep)


def _mantissa(rng: random.Random) -> tuple[str, float]:
    whole = rng.randint(1, 999)
    if rng.random() < 0.5:
        tenth = rng.randint(1, 9)
        return f"{whole}.{tenth}", whole + tenth / 10
    return str(whole), float(whole)


# --------------------------------------------------------------------------- families

_COUNT_FRAMES = [
    "Officials said {} people were hurt on Friday.",
    "The agency counted {} homes after the storm.",
    "{} protesters marched through the city.",
    "Police reported {} arrests overnight.",
]
_MONEY_FRAMES = [
    "The fund paid {} to the families.",
    "The company raised {} last year.",
    "Damage was put at {} by insurers.",
]


def _count(rng: random.Random, expr: str, low: float, high: float | None = None,
           unit: str | None = None, frames: list[str] = _COUNT_FRAMES) -> Rendered:  # fmt: skip
    frame = rng.choice(frames)
    if frame.startswith("{}"):
        expr = expr[:1].upper() + expr[1:]
    return Rendered(frame.format(expr), expr, low, low if high is None else high, unit)


def cardinal(rng: random.Random) -> Rendered:
    """num2words cardinals: "one million, two hundred and thirty-four thousand, ..."."""
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 10**6), rng.randint(10**6, 10**12)])
    return _count(rng, num2words(n), n)


def decimal_words(rng: random.Random) -> Rendered:
    """num2words decimals: "three point five", "twelve point two five"."""
    whole, hundredths = rng.randint(0, 999), rng.randint(1, 99)
    exact = Decimal(whole) + Decimal(hundredths) / 100  # "5.94", never 5.9399999
    return _count(rng, num2words(exact), float(exact))


def ordinal(rng: random.Random) -> Rendered:
    """Ordinals ("twenty-third", "23rd") are ranks, never counts."""
    n = rng.randint(1, 10**4)
    to = rng.choice(["ordinal", "ordinal_num"])
    if n in (100, 1000, 10**4):
        to = "ordinal_num"  # "one hundredth" is as much the fraction 1/100 as a rank
    expr = num2words(n, to=to)
    frame = rng.choice(["She finished {} in the race.", "It was the {} time this year."])
    return Rendered(frame.format(expr), expr)


def year(rng: random.Random) -> Rendered:
    """Years in words ("nineteen ninety-four") and digits are dates, never counts."""
    y = rng.randint(1100, 2099)
    expr = num2words(y, to="year") if rng.random() < 0.7 else str(y)
    frame = rng.choice(["It happened in {}.", "The bridge opened in {}.", "Since {} the town grew."])
    return Rendered(frame.format(expr), expr)


def currency(rng: random.Random) -> Rendered:
    """num2words currency: "one hundred and twenty-three dollars, forty-five cents"."""
    code = rng.choice(["USD", "EUR"])
    cents = rng.randint(0, 99)
    whole = rng.choice([rng.randint(2, 999), rng.randint(1000, 10**7)])
    amount = whole + cents / 100
    expr = num2words(amount, to="currency", currency=code)
    if not cents and rng.random() < 0.5:
        expr = expr.rsplit(", ", 1)[0]  # "five dollars" without "zero cents"
    return _count(rng, expr, amount, unit=code, frames=_MONEY_FRAMES)


def grouping(rng: random.Random) -> Rendered:
    """Digits in every grouping: "1,234,567", "75 000", "1'234", "3,45,678", "₹3,45,678"."""
    n = rng.choice([rng.randint(1000, 99999), rng.randint(10**5, 10**12)])
    if rng.random() < 0.3:
        symbol, code = rng.choice([*_SYMBOLS, ("\u20b9", "INR")])
        return _count(rng, f"{symbol}{group(n, rng)}", n, unit=code, frames=_MONEY_FRAMES)
    return _count(rng, group(n, rng), n)


def mixed_words(rng: random.Random) -> Rendered:
    """Words and digits mixed with scales: "5 thousand 2 hundred and 40"."""
    n = rng.choice([rng.randint(100, 999), rng.randint(1000, 10**6), rng.randint(10**6, 10**12)])
    return _count(rng, spell(n, rng, digits_ok=True), n)


def scale_words(rng: random.Random) -> Rendered:
    """A number and a scale word: "3.5 million", "a quarter billion", "hundred million"."""
    scale, factor = rng.choice([("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)])
    kind = rng.choice(["digits", "bare", "fraction", "half"])
    if kind == "digits":
        text, value = _mantissa(rng)
        return _count(rng, f"{text} {scale}", value * factor)
    if kind == "bare":
        if scale == "thousand":
            return _count(rng, "hundred thousand", 1e5)
        return _count(rng, rng.choice(["hundred ", "a hundred ", "one hundred "]) + scale, 100 * factor)
    if kind == "fraction":
        word, part = rng.choice([("a quarter", 0.25), ("quarter", 0.25), ("three quarters of a", 0.75)])
        return _count(rng, f"{word} {scale}", part * factor)
    word = rng.choice(["half a", "a half"])
    return _count(rng, f"{word} {scale}", 0.5 * factor)


_ABBREVIATIONS = [
    # "m" is a million after a currency or before a counted noun (every count frame has one)
    ("k", 1e3, False), ("K", 1e3, False), ("M", 1e6, False), ("m", 1e6, False),
    ("mn", 1e6, False), ("mln", 1e6, False), (" mln", 1e6, False), ("mil", 1e6, False),
    ("MM", 1e6, False), ("b", 1e9, False), ("bn", 1e9, False), (" bn", 1e9, False),
    ("bln", 1e9, False), (" bln", 1e9, False), ("tn", 1e12, False),
]  # fmt: skip
_SYMBOLS = [("$", "USD"), ("\u20ac", "EUR"), ("\u00a3", "GBP")]


def abbreviation(rng: random.Random) -> Rendered:
    """Scale abbreviations: "3.5b", "7 bln", "4mil", "3MM", "$5bn", "3.4k"."""
    abbr, factor, money_only = rng.choice(_ABBREVIATIONS)
    text, value = _mantissa(rng)
    if money_only or rng.random() < 0.4:
        symbol, code = rng.choice(_SYMBOLS)
        return _count(rng, f"{symbol}{text}{abbr}", value * factor, unit=code, frames=_MONEY_FRAMES)
    return _count(rng, f"{text}{abbr}", value * factor)


# hedge -> how the interval is made from X (default rules: about 10%, nearly 10%, just 5%)
_HEDGES: dict[str, Callable[[float], tuple[float, float]]] = {
    "more than": lambda x: (x, INF), "over": lambda x: (x, INF), "at least": lambda x: (x, INF),
    "upwards of": lambda x: (x, INF), "fewer than": lambda x: (0, x), "under": lambda x: (0, x),
    "up to": lambda x: (0, x), "no more than": lambda x: (0, x), "as many as": lambda x: (0, x),
    "about": lambda x: (0.9 * x, 1.1 * x), "around": lambda x: (0.9 * x, 1.1 * x),
    "some": lambda x: (0.9 * x, 1.1 * x), "an estimated": lambda x: (0.9 * x, 1.1 * x),
    "nearly": lambda x: (0.9 * x, x), "almost": lambda x: (0.9 * x, x),
    "just under": lambda x: (0.95 * x, x), "just over": lambda x: (x, 1.05 * x),
    "exactly": lambda x: (x, x),
}  # fmt: skip


def _any_number(rng: random.Random) -> tuple[str, float]:
    kind = rng.choice(["digits", "grouped", "words", "scaled"])
    if kind == "digits":
        # bare four digits from 1000 to 2100 after "around", "since" are read as years
        n = rng.choice([rng.randint(1, 999), rng.randint(2101, 10**5)])
        return str(n), n
    if kind == "grouped":
        n = rng.randint(1000, 10**9)
        return group(n, rng), n
    if kind == "words":
        n = rng.randint(2, 10**6)
        return spell(n, rng), n
    text, value = _mantissa(rng)
    scale, factor = rng.choice([(" million", 1e6), (" billion", 1e9), ("k", 1e3), ("bn", 1e9)])
    return text + scale, value * factor


_RIGHT_HEDGES: dict[str, Callable[[float], tuple[float, float]]] = {
    " or more": lambda x: (x, INF), "-plus": lambda x: (x, INF), "+": lambda x: (x, INF),
    " or so": lambda x: (0.9 * x, 1.1 * x), " or fewer": lambda x: (0, x),
}  # fmt: skip


def hedge(rng: random.Random) -> Rendered:
    """A hedge before any number form ("nearly 1,200", "more than five thousand", "more
    than $2.5bn") or after it ("300 or more", "3,000-plus")."""
    text, value = _any_number(rng)
    if rng.random() < 0.25:
        word = rng.choice(sorted(_RIGHT_HEDGES))
        if word in ("-plus", "+") and not text[-1].isdigit():
            word = " or more"
        low, high = _RIGHT_HEDGES[word](value)
        return _count(rng, f"{text}{word}", low, high)
    word = rng.choice(sorted(_HEDGES))
    low, high = _HEDGES[word](value)
    if rng.random() < 0.25:
        symbol, code = rng.choice(_SYMBOLS)
        return _count(rng, f"{word} {symbol}{text}", low, high, unit=code, frames=_MONEY_FRAMES)
    return _count(rng, f"{word} {text}", low, high)


def range_form(rng: random.Random) -> Rendered:
    """Ranges: "50-60", "50 to 60", "between 50 and 60", "$2-3bn", "2 to 3 million"."""
    a = rng.randint(1, 500)
    b = a + rng.randint(1, 500)
    form = rng.choice(
        ["dash", "en", "to", "between", "from", "scaled", "money", "words", "abbreviated",
         "decimal scaled", "grouped", "money both"]
    )  # fmt: skip
    if form == "words":  # "twenty to thirty", "between five and eight hundred and two"
        wa = rng.randint(2, 98)
        wb = rng.choice([rng.randint(wa + 1, 99), rng.randint(100, 10**6)])
        if rng.random() < 0.5:
            return _count(rng, f"{spell(wa, rng)} to {spell(wb, rng)}", wa, wb)
        return _count(rng, f"between {spell(wa, rng)} and {spell(wb, rng)}", wa, wb)
    if form == "abbreviated":
        return _count(rng, f"{a}k-{b}k", a * 1e3, b * 1e3)
    if form == "decimal scaled":
        lo, hi = a + 0.5, b + 0.5
        return _count(rng, f"{lo} to {hi} billion", lo * 1e9, hi * 1e9)
    if form == "grouped":
        ga, gb = a * 1000 + rng.randint(0, 999), b * 1000 + rng.randint(0, 999)
        if ga >= gb:
            ga, gb = gb, ga + 1
        return _count(rng, f"between {ga:,} and {gb:,}", ga, gb)
    if form == "money both":
        symbol, code = rng.choice(_SYMBOLS)
        return _count(rng, f"from {symbol}{a}m to {symbol}{b}m", a * 1e6, b * 1e6, unit=code,
                      frames=_MONEY_FRAMES)  # fmt: skip
    if form == "scaled":
        scale, factor = rng.choice([(" million", 1e6), (" billion", 1e9)])
        return _count(rng, f"{a} to {b}{scale}", a * factor, b * factor)
    if form == "money":
        symbol, code = rng.choice(_SYMBOLS)
        return _count(rng, f"{symbol}{a}-{b}bn", a * 1e9, b * 1e9, unit=code, frames=_MONEY_FRAMES)
    expr = {
        "dash": f"{a}-{b}", "en": f"{a}\u2013{b}", "to": f"{a} to {b}",
        "between": f"between {a} and {b}", "from": f"from {a} to {b}",
    }[form]  # fmt: skip
    return _count(rng, expr, a, b)


def fraction(rng: random.Random) -> Rendered:
    """Fractions alone: "one sixth", "two thirds", "three quarters", "a half"."""
    den, (singular, plural) = rng.choice(
        [(3, ("third", "thirds")), (4, ("quarter", "quarters")), (5, ("fifth", "fifths")),
         (6, ("sixth", "sixths")), (8, ("eighth", "eighths")), (10, ("tenth", "tenths"))]
    )  # fmt: skip
    top = rng.randint(1, den - 1)
    expr = f"one {singular}" if top == 1 else f"{ONES[top]} {plural}"
    if rng.random() < 0.5:
        expr = expr.replace(" ", "-")
    kind = rng.choice(["alone", "share", "of a scale"])
    if kind == "share":  # "two-thirds of voters" is a share: 66.7%
        expr = expr if top > 1 or rng.random() < 0.5 else f"a {singular}"
        frame = rng.choice(["{} of voters agreed.", "Officials said {} of the homes burned."])
        text = frame.format(expr[:1].upper() + expr[1:] if frame.startswith("{}") else expr)
        shown = expr[:1].upper() + expr[1:] if frame.startswith("{}") else expr
        return Rendered(text, shown, 100 * top / den, 100 * top / den, "%")
    if kind == "of a scale":  # "two-thirds of a million" is an amount
        scale, factor = rng.choice([("million", 1e6), ("billion", 1e9)])
        expr = f"{expr} of a {scale}"
        return _count(rng, expr, top / den * factor)
    frame = rng.choice(["Turnout fell by {}.", "The stock lost {} on Monday."])
    return Rendered(frame.format(expr), expr, top / den, top / den)


def zero(rng: random.Random) -> Rendered:
    """Zero where a counted noun makes it a figure: "no injuries", "none", "zero deaths"."""
    expr, frame = rng.choice(
        [("no", "There were {} injuries."), ("no", "Police reported {} arrests."),
         ("No one", "{} was hurt."), ("None", "{} of the passengers died."),
         ("zero", "Officials reported {} casualties."), ("none", "Of the crew, {} survived.")]
    )  # fmt: skip
    return Rendered(frame.format(expr), expr, 0.0, 0.0)


def rank(rng: random.Random) -> Rendered:
    """Ranks as ``find_ordinals`` must read them: "the forty-second round", "the 17th coach",
    "a ninth-seeded side", "the No. 4 seed"; low and high are the place."""
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 10**6)])
    form = rng.choice(["words", "digits", "hyphen", "number"])
    if form == "words" and n < 1000:
        expr = num2words(n, to="ordinal")
    elif form == "number" and n < 1000:
        expr = f"No. {n}"
    else:
        expr = num2words(n, to="ordinal_num")
    if n >= 1000 and rng.random() < 0.5:
        expr = f"{n:,}" + expr[len(str(n)) :]
    frames = [
        "It ended in the {} round.",
        "He was named the {} head coach.",
        "She was {} in the standings.",
        "They meet a {}-seeded side next.",
        "It is the {}-largest city in the region.",
    ]
    if form == "number":
        frames = ["They face the {} seed on Friday.", "The {} pick went to a guard."]
    return Rendered(rng.choice(frames).format(expr), expr, float(n), float(n))


_SPANS = [
    ("a quarter-century", 25, "yr"),
    ("half a century", 50, "yr"),
    ("a decade", 10, "yr"),
    ("half an hour", 30, "min"),
    ("a quarter of an hour", 15, "min"),
    ("a fortnight", 14, "d"),
]
#: A bare span word is a round figure, read like "about" ("a quarter-century" is 22.5 to 27.5 years).
_SPAN_HEDGES = [("", 0.9, 1.1), ("about ", 0.9, 1.1), ("within ", 0.0, 1.0), ("more than ", 1.0, INF)]


def time_span(rng: random.Random) -> Rendered:
    """Spans of time read with ``measures``: "three decades" (30 years), "about half an hour"
    (27 to 33 minutes), "within a fortnight"; counted multiples in words or digits."""
    if rng.random() < 0.5:
        n = rng.randint(2, 40)
        word, factor = rng.choice([("decades", 10), ("centuries", 100)])
        number = spell(n, rng) if rng.random() < 0.5 else str(n)
        expr, value, unit = f"{number} {word}", float(n * factor), "yr"
        low, high = value, value
    else:
        phrase, value, unit = rng.choice(_SPANS)
        hedge, lo_m, hi_m = rng.choice(_SPAN_HEDGES)
        expr = hedge + phrase
        low = value * lo_m
        high = value * hi_m if hi_m != INF else INF
    frame = rng.choice(["The dispute ran for {} before it ended.", "They said it took {} to decide."])
    return Rendered(frame.format(expr), expr, low, high, unit)


#: ISO codes and the symbols written for them, chosen for these renderers (not the reader's table).
_CODES = ["USD", "EUR", "GBP", "JPY", "CHF", "INR", "AUD", "CAD", "CNY", "ZAR", "SEK", "BRL", "MXN", "KRW"]
_MONEY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_MONEY_SCALES = [("", 1), (" million", 10**6), ("m", 10**6), (" billion", 10**9), ("bn", 10**9), (" crore", 10**7)]


def money(rng: random.Random) -> Rendered:
    """Money written with a code before the amount ("USD 5 million", "Rs 500 crore", "EUR 300"),
    a symbol ("£3bn", "$4.2m") or a code after it ("5 million CHF")."""
    value = rng.choice([rng.randint(1, 999), rng.randint(1000, 999_999)])
    digits = f"{value:,}" if value >= 1000 else str(value)
    words, factor = rng.choice(_MONEY_SCALES)
    form = rng.random()
    if form < 0.4:
        code = rng.choice(_CODES)
        expr = f"{code} {digits}{words}"
    elif form < 0.55:
        code, expr = "INR", f"Rs {digits}{words}"
    elif form < 0.85:
        symbol = rng.choice(sorted(_MONEY_SYMBOLS))
        code, expr = _MONEY_SYMBOLS[symbol], f"{symbol}{digits}{words}"
    else:
        code = rng.choice(_CODES)
        words, factor = rng.choice([(" million", 10**6), (" billion", 10**9), ("", 1)])
        expr = f"{digits}{words} {code}"
    return _count(rng, expr, float(value * factor), unit=code, frames=_MONEY_FRAMES)


def _clock(minutes: int, rng: random.Random) -> str:
    """A time of day as news writes it: "3 p.m.", "3:10 p.m.", "15:10", "3.10pm"."""
    hour, minute = divmod(minutes, 60)
    if rng.random() < 0.25 and minute:
        return f"{hour:02d}:{minute:02d}"  # a 24-hour clock
    shown, half = hour % 12 or 12, rng.choice([("a.m.", "p.m."), ("am", "pm"), ("AM", "PM")])[hour >= 12]
    return f"{shown} {half}" if not minute else f"{shown}:{minute:02d} {half}"


#: Hedges on a time of day and the minutes each allows either side (see docs/quantities.md).
_CLOCK_HEDGES = [
    ("", 0, 0),
    ("about ", -10, 10),
    ("around ", -10, 10),
    ("shortly after ", 0, 15),
    ("just before ", -15, 0),
]


def clock_time(rng: random.Random) -> Rendered:
    """Times of day, hedged in minutes: "about 3:10 p.m." is 3:00 to 3:20 p.m. (900 to 920)."""
    minutes = rng.choice([rng.randint(60, 23 * 60 + 59), rng.randrange(60, 24 * 60, 15)])
    if minutes in (12 * 60,):
        minutes += 5  # "12 p.m." is written "noon"
    hedge, lo, hi = rng.choice(_CLOCK_HEDGES)
    expr, unit = hedge + _clock(minutes, rng), "clock"
    if rng.random() < 0.5:  # a zone written after the time is part of the figure
        expr, unit = f"{expr} local time", "clock:local"
    frame = rng.choice(["The blast was heard {} on Sunday.", "Police said the call came in {}, hours later."])
    return Rendered(frame.format(expr), expr, float(minutes + lo), float(minutes + hi), unit)


def length_and_heat(rng: random.Random) -> Rendered:
    """Heights, lengths and temperatures: "5 feet 11 inches" (71 inches), "5-foot-11",
    "12km", "7.5 miles", "830 m tall", "a 10m-high wall", "40C", "-5C", "100F"."""
    form = rng.random()
    if form < 0.35:
        feet, inches = rng.randint(4, 7), rng.randint(0, 11)
        expr = rng.choice([f"{feet} feet {inches} inches", f"{feet}ft {inches}in", f"{feet}-foot-{inches}"])
        return Rendered(
            f"The guard is {expr} tall.", expr, float(feet * 12 + inches), float(feet * 12 + inches), "inch"
        )
    if form < 0.65:
        value = rng.choice([rng.randint(1, 999), round(rng.uniform(1, 99), 1)])
        unit, surfaces = rng.choice([("km", ["km", " km", " kilometres", "-km"]), ("mi", [" miles", " mi"])])
        expr = f"{value}{rng.choice(surfaces)}"
        return Rendered(f"The convoy travelled {expr} overnight.", expr, float(value), float(value), unit)
    if form < 0.8:  # a metre written "m" is read where a word of length follows it
        value = rng.choice([rng.randint(1, 999), round(rng.uniform(1, 99), 1)])
        expr = f"{value}{rng.choice(['m', ' m'])}"
        shape = rng.choice(["The tower is {} tall.", "A {}-high wall stood there.", "The wreck lies {} deep."])
        return Rendered(shape.format(expr), expr, float(value), float(value), "m")
    value = rng.randint(-30, 120)
    letter = rng.choice(["C", "F"])
    expr = f"{value}{letter}"
    return Rendered(f"Temperatures reached {expr} on Monday.", expr, float(value), float(value), f"°{letter}")


def points_and_parts(rng: random.Random) -> Rendered:
    """Basis points and parts of one unit: "25 basis points", "40bp", "half a percentage
    point", "a quarter of a mile", "three-quarters of a kilometre"."""
    frame = rng.choice(["The bank raised its key rate by {}.", "Yields fell {} on Friday."])
    if rng.random() < 0.5:
        value = rng.choice([1, rng.randint(2, 150), 5 * rng.randint(1, 20)])
        if value == 1:
            expr = rng.choice(["one basis point", "1 basis point", "1bp"])
        else:
            expr = rng.choice(
                [f"{value} basis points", f"{value}bp", f"{value} bps", f"{num2words(value)} basis points"]
            )
        return Rendered(frame.format(expr), expr, float(value), float(value), "bp")
    den, singular, plural = rng.choice([(2, "half", "halves"), (4, "quarter", "quarters"), (3, "third", "thirds")])
    top = 1 if den == 2 else rng.randint(1, den - 1)
    part = "half" if den == 2 else (f"a {singular}" if top == 1 else f"{ONES[top]}{rng.choice([' ', '-'])}{plural}")
    unit, word = rng.choice([("pp", "percentage point"), ("mi", "mile"), ("km", "kilometre"), ("kg", "kilogram")])
    link = "a" if den == 2 and rng.random() < 0.6 else "of a"
    expr = f"{part} {link} {word}"
    if unit != "pp":
        frame = rng.choice(["The convoy moved {} overnight.", "The parcel weighed {} in all."])
    return Rendered(frame.format(expr), expr, top / den, top / den, unit)


#: Families read with ``measures=True``: units, spans of time, clock times.
MEASURE_FAMILIES: dict[str, Callable[[random.Random], Rendered]] = {
    "time span (measures)": time_span,
    "clock time, hedged (measures)": clock_time,
    "length, height, temperature (measures)": length_and_heat,
    "basis points, parts of a unit (measures)": points_and_parts,
}

#: Families of ranks, read by ``find_ordinals`` (never by ``find_quantities``).
RANK_FAMILIES: dict[str, Callable[[random.Random], Rendered]] = {"rank (ordinal words, digits, No.)": rank}


def count_word(rng: random.Random) -> Rendered:
    """Counts stated without a number: "a pair of", "a trio of", "double-digit", "his dozen"."""
    expr, low, high, frame = rng.choice([
        ("a pair", 2, 2, "Officials said {} of ferries were lost."),
        ("a trio", 3, 3, "Officials said {} of suspects fled."),
        ("a quartet", 4, 4, "It was {} of wins for the club."),
        ("double-digit", 10, 100, "They held a {} lead at the break."),
        ("triple-digit", 100, 1000, "They warned of {} losses this year."),
        ("single-digit", 1, 10, "Turnout rose by a {} margin."),
        ("dozen", 12, 12, "Police said his {} rounds missed."),
    ])  # fmt: skip
    return Rendered(frame.format(expr), expr, float(low), float(high))


#: Families the benchmark reports and the tests draw from.
FAMILIES: dict[str, Callable[[random.Random], Rendered]] = {
    "num2words cardinal": cardinal,
    "num2words decimal": decimal_words,
    "num2words ordinal": ordinal,
    "num2words year": year,
    "num2words currency": currency,
    "digit grouping": grouping,
    "digits and words mixed": mixed_words,
    "scale words": scale_words,
    "scale abbreviation": abbreviation,
    "hedge": hedge,
    "range": range_form,
    "fraction": fraction,
    "zero": zero,
    "count word": count_word,
    "money: symbol, code, scale": money,
}


def read_rank_exactly(r: Rendered, mentions) -> bool:
    """Whether ``find_ordinals`` read exactly the rank ``r`` asks for."""
    return [(m.text, float(m.value)) for m in mentions] == [(r.expression, r.low)]


def read_exactly(r: Rendered, mentions) -> bool:
    """Whether the reader's mentions in ``r.sentence`` are exactly what ``r`` asks for."""
    if r.low is None:
        return not mentions
    if len(mentions) != 1:
        return False
    q = mentions[0].quantity
    if q.text != r.expression or q.unit != r.unit:
        return False
    close = lambda a, b: a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)  # noqa: E731
    return close(q.low, r.low) and close(q.high, r.high)


# --------------------------------------------------------------------------- not quantities


def address(rng: random.Random) -> str:
    """A URL, e-mail address, query string, phone number, hash or product code."""
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    word = lambda: rng.choice(["news", "story", "item", "world", "data", "page", "id"])  # noqa: E731
    kind = rng.choice(["url", "email", "query", "phone", "hash", "code"])
    if kind == "url":
        host = rng.choice(["example.com", "www.example.org", "news.example.net"])
        path = "/".join(rng.choice([d(4), d(2), f"{word()}-{d(3)}", word()]) for _ in range(rng.randint(1, 4)))
        return f"{rng.choice(['https://', 'http://', ''])}{host}/{path}"
    if kind == "email":
        return f"{word()}{d(rng.randint(1, 4))}@{rng.choice(['example.com', 'mail.example.org'])}"
    if kind == "query":
        return f"?{word()}={d(rng.randint(1, 5))}&{word()}={d(2)}"
    if kind == "phone":
        return rng.choice([
            f"+1 {d(3)} {d(3)} {d(4)}", f"+1-{d(3)}-{d(3)}-{d(4)}", f"({d(3)}) {d(3)}-{d(4)}",
            f"{d(3)}-{d(3)}-{d(4)}", f"{d(3)}.{d(3)}.{d(4)}", f"+44 20 {d(4)} {d(4)}",
            f"020 {d(4)} {d(4)}", f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
        ])  # fmt: skip
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40]))) + "a1"
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(rng.randint(1, 4)))
    return rng.choice([f"{letters}{d(4)}", f"{letters}-{d(4)}-{letters[0]}", f"{letters}{d(3)}X{d(2)}"])
