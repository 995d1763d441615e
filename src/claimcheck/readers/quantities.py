"""Read stated amounts ("nearly 1,200", "more than $2bn", "dozens") as intervals.

``parse_quantity`` reads one expression; ``find_quantities`` scans a whole article and
leaves out numbers that are not counts or amounts (years, dates, times, ordinals,
phone numbers, addresses and codes, numbers inside names). Numbers compose from digits
and words with scales ("5 thousand 2 hundred and 40"), see docs/quantities.md; with
``measures=True`` units of measure, durations and clock times are read too (their
symbols are explained by ``claimcheck.units``). Every qualifier's tolerance lives in
``QuantityRules`` so the interval a hedge allows can be changed in one place.

The scanner is a loop over one compiled "anchor" pattern; everything else looks at a
bounded window around each anchor, so the cost is linear in the length of the text.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import NamedTuple

import attrs

from claimcheck.dates import MONTHS
from claimcheck.models import Quantity
from claimcheck.readers.clock_hedges import clock_hedge
from claimcheck.units import CLOCK, CURRENCY_NAMES, MAGNITUDE, TIME_ZONES, UNIT_SURFACES
from claimcheck.wordfiles import alternation, ascii_letters, cued_matches, entries, openings, rows

__all__ = [
    "DEFAULT_RULES",
    "UNIT_WORDS",
    "QuantityMention",
    "QuantityRules",
    "find_quantities",
    "is_vague",
    "parse_quantity",
]


@attrs.frozen
class QuantityRules:
    """How wide an interval each kind of hedge allows (see docs/quantities.md).

    Tolerances are fractions of the stated number X; vague amounts are multipliers
    of their base (``plural`` = (2, 10) makes "hundreds" [200, 1000)).
    """

    about: float = 0.1  #: "about X" -> [X(1-about), X(1+about)]
    nearly: float = 0.1  #: "nearly X" -> [X(1-nearly), X)
    just: float = 0.05  #: "just under X" -> [X(1-just), X); "just over X" -> (X, X(1+just)]
    floor: float = 0.0  #: lower end of "up to X" / "fewer than X" (amounts are not negative)
    plural: tuple[float, float] = (2.0, 10.0)  #: "dozens", "hundreds", "thousands"
    several: tuple[float, float] = (3.0, 10.0)  #: "several", "several hundred"
    few: tuple[float, float] = (2.0, 6.0)  #: "a few", "a few thousand"
    handful: tuple[float, float] = (2.0, 10.0)  #: "a handful"
    couple: tuple[float, float] = (2.0, 4.0)  #: "a couple of"
    clock_about: float = 10.0  #: "about 3 p.m." -> 2:50-3:10 p.m., in minutes (see clock_hedges)
    clock_soon: float = 15.0  #: "shortly after 3 p.m." -> 3:00-3:15 p.m., in minutes


DEFAULT_RULES = QuantityRules()


@attrs.frozen
class QuantityMention:
    """One quantity found in a text: ``text[start:end] == quantity.text``."""

    start: int
    end: int
    quantity: Quantity


# --------------------------------------------------------------------------- vocabulary

_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
#: Number words below twenty and their values, for every reader of number words.
UNIT_WORDS: dict[str, int] = _UNITS
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7,
    "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# Glued abbreviations ("40k", "3bn", "€300m"). A bare "m" or "b" is only a scale after a
# currency ("1m" alone may be a metre) or, for "M", in capitals; the caller checks.
_ABBREVIATIONS = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9,
    "bln": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12,
}  # fmt: skip
#: The abbreviations that are scales after a space too ("3 bn", "40 k"), not only glued on.
_SPACED_ABBREVIATIONS = ("bn", "bln", "mn", "mln", "mil", "tn", "tln", "trn", "k")
_SPACED_ALTERNATION = "|".join(_SPACED_ABBREVIATIONS)
_MONEY_ONLY_ABBREVIATIONS = {"m"}
# Written only in capitals when they are scales: "3MM" is three million, "3mm" millimetres.
_CAPITALS_ONLY_ABBREVIATIONS = {"mm"}

_CURRENCY_SYMBOLS = {
    "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD",
    "nz$": "NZD", "s$": "SGD", "r$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP",
    "₪": "ILS", "₴": "UAH", "rs": "INR", "rs.": "INR",
}  # fmt: skip
_CURRENCY_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CHF",
    "CNY",
    "RMB",
    "INR",
    "AUD",
    "CAD",
    "NZD",
    "HKD",
    "SGD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "RUB",
    "TRY",
    "BRL",
    "MXN",
    "ZAR",
    "KRW",
    "NGN",
    "KES",
    "EGP",
    "ILS",
    "AED",
    "SAR",
    "UAH",
    "ARS",
    "CLP",
    "COP",
    "PHP",
    "IDR",
    "THB",
    "MYR",
    "PKR",
]
_CURRENCY_WORDS = CURRENCY_NAMES


# Hedges read to the left of a number, grouped by the interval they give.
_LEFT_QUALIFIERS = {
    "gt": [
        "more than", "over", "above", "in excess of", "greater than", "exceeding",
        "exceed", "exceeds", "exceeded", "bigger than", "surpass", "surpasses", "surpassed", "surpassing",
        "topped", "tops", "more than just",
        "well over", "well above", "higher than", "larger than", "beyond", "topping", ">",
    ],
    "ge": [
        "at least", "no fewer than", "no less than", "not less than", "not fewer than",
        "a minimum of", "upwards of", "upward of", ">=", "≥", "greater than or equal to",
        "more than or equal to", "higher or equal than", "greater or equal than",
        "equal to or more than", "equal to or greater than", "not below", "not under",
    ],
    "lt": [
        "fewer than", "less than", "under", "below", "well under", "well below", "<",
        "smaller than", "lower than",
    ],
    "le": [
        "up to", "at most", "no more than", "not more than", "a maximum of", "as many as",
        "as much as", "<=", "≤", "less than or equal to", "fewer than or equal to",
        "smaller or equal than", "lower or equal than", "less or equal than",
        "equal to or less than", "equal to or fewer than", "not above", "not over", "within",
    ],
    "approx": [
        "about", "around", "roughly", "approximately", "approx.", "approx", "some",
        "an estimated", "estimated", "close to", "circa", "ca.", "c.", "~", "nearly about",
        "in the region of", "on the order of", "of the order of", "more or less",
        "something like", "give or take",
    ],
    "nearly": ["nearly", "almost", "not quite", "close on"],
    "just_below": [
        "just under", "just below", "just shy of", "shy of", "slightly less than",
        "slightly fewer than", "a little under", "a little less than", "barely under",
    ],
    "just_above": [
        "just over", "just above", "slightly more than", "slightly over", "a little over",
        "a little more than", "little over", "little more than",
    ],
    "exact": [
        "exactly", "precisely", "a total of", "just", "only", "equal to", "equals",
        "equals to", "equaling", "equaling to", "equalling", "=",
    ],
    # "between 50 and 60", "from 50 to 60": only meaningful with a range after them
    "between": ["between", "from", "anywhere between", "anywhere from"],
}  # fmt: skip
# "greater than or equal to", "bigger or equal to", "equal to or less than", ...
for _kind, _words in (("ge", "greater larger bigger higher more"), ("le", "less fewer smaller lower")):
    for _w in _words.split():
        _LEFT_QUALIFIERS[_kind] += [
            f"{_w} than or equal to", f"{_w} or equal to", f"{_w} or equal than",
            f"equal to or {_w} than", f"{_w} than or equal",
        ]  # fmt: skip
_LEFT_QUALIFIERS["ge"] += ["at or above", "at or over", "at or more than", "at least or equal to", "> ="]
_LEFT_QUALIFIERS["le"] += ["at or below", "at or under", "not exceeding", "not to exceed", "at most or equal to", "< ="]
del _kind, _words, _w
_QUALIFIER_KIND = {re.sub(r"\s+", " ", q): kind for kind, qs in _LEFT_QUALIFIERS.items() for q in qs}
_RIGHT_QUALIFIERS = {
    "or more": "ge", "or above": "ge", "or over": "ge", "or greater": "ge", "or higher": "ge",
    "or larger": "ge", "plus": "ge", "+": "ge", "or less": "le", "or fewer": "le",
    "or below": "le", "or under": "le", "or lower": "le", "or smaller": "le",
    "at least": "ge", "at the least": "ge", "and over": "ge", "and above": "ge",
    "and up": "ge", "and older": "ge", "at most": "le", "at the most": "le",
    "and under": "le", "and below": "le", "and younger": "le", "or thereabouts": "approx",
    "-plus": "ge", "or so": "approx", "odd": "approx", "-odd": "approx", "-ish": "approx",
    "ish": "approx",
}  # fmt: skip

# Ordinal words as denominators ("three fifths", "a hundredth", "three twenty-firsts").
# "second" is left out: "twenty seconds" is a time, not 20/2.
_ORDINAL_VALUES = {
    "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3,
    "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12, "half": 2, "quarter": 4,
}  # fmt: skip
_ORDINAL_FORMS = {
    **{w: (v, False) for w, v in _ORDINAL_VALUES.items()},
    **{w + "s": (v, True) for w, v in _ORDINAL_VALUES.items() if w != "half"},
    "halves": (2, True),
}
# Denominators that stand alone after a numerator ("a first" is never 1/1).
_DENOMINATORS = {w: v for w, (v, _) in _ORDINAL_FORMS.items() if v > 1}
_VULGAR = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}  # fmt: skip
# Ordinal words: after a number word that did not make a fraction, they show the
# number is part of something else ("one third place", "one second").
_ORDINALS = set(_DENOMINATORS) | {"first", "second", "seconds", "firsts"}

# --------------------------------------------------------------------------- patterns

_NUMBER_WORDS = list(_UNITS) + list(_TENS) + list(_SCALES) + ["dozen"]
_WORD_NUMBER = rf"(?:{alternation(_NUMBER_WORDS)})"
# "one million, two hundred thousand": a comma joins a run only after a scale word
_SCALE_COMMA = "(?:(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)),)"
# A number word joined to a run by a space or a comma ends no run when a hyphen ties it to a
# word that is no number: "a $90 million, [five-year] deal" states two figures, not 90,000,005;
# "one hundred twenty-five" goes on.
_NOT_A_MODIFIER = rf"(?!\s*-\s*(?!(?:{_WORD_NUMBER}|{alternation(sorted(_ORDINALS | set(_ORDINAL_FORMS)))})\b)[^\W\d_])"
# A run of number words: "one hundred and twelve", "fifty-two", "a dozen".
_WORD_RUN = (
    rf"(?:\ban?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"\b{_WORD_NUMBER}(?:\s*-\s*{_WORD_NUMBER}|(?:{_SCALE_COMMA}?\s+(?:and\s+)?){_WORD_NUMBER}\b{_NOT_A_MODIFIER}){{0,30}}\b"
)
# Digits. Each alternative is one way of grouping; the lookarounds stop a match from
# starting or ending inside a longer token ("1.2.3", "A320").
_DIGIT_NUMBER = r"""
(?<![\w.^])
(?P<sign>[-\u2212](?=\.?\d))?
(?P<digits>
    \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?                    # 3,45,678 (lakh and crore)
  | \d{1,3}(?:,\d{3})+(?:\.\d+)?                          # 1,234,567.89
  | \d{1,3}(?:['\u2019]\d{3})+(?:\.\d+)?                   # 1'234'567.89 (apostrophes)
  | \d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?:[.,]\d+)?     # 1 234 567,89 (thin spaces)
  | \d{1,3}(?:\x20\d{3}){2,}(?:\.\d+)?(?![\d.,]\d)        # 1 234 567.89 (two groups at least)
  | (?:\d{2,3}\x20\d{3}|\d\x20000)(?![\d.,]\d)            # 75 000, 5 000 (one group)
  | \d{1,3}(?:\.\d{3}){2,}(?:,\d+)?                       # 1.234.567 (continental)
  | \d{1,3}\.\d{3},\d+                                    # 1.234,5 (continental)
  | (?<!\d,)\d+,\d{1,2}(?!\d)(?!,\d)                      # 5,00 (decimal comma)
  | \d+(?:\.\d+)?                                         # 1234, 3.5
  | \.\d+                                                 # .08
)
(?!\d|\.\d)
"""
_VAGUE_WORDS = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 1e2, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
#: Plurals that count only where a phrase follows them: "scores of homes", "Scores were
#: hurt", "tens of thousands"; "he scores 20 points" and "test scores" state no figure.
#: A figure cut out of its text ("scores", for parse_quantity) is read as written.
_VAGUE_ONLY_BEFORE = {
    "scores": r"(?=\s+(?:of|were|are|have|had|more|died|dead|injured|hurt|killed|wounded)\b|$)",
    "tens": r"(?=\s+of\b|$)",
}
_VAGUE = (
    rf"\b(?:(?P<vplural>{alternation(w for w in _VAGUE_WORDS if w not in _VAGUE_ONLY_BEFORE)}"
    rf"|{'|'.join(word + after for word, after in _VAGUE_ONLY_BEFORE.items())})"
    rf"|(?P<vcount>several|a\s+few|a\s+handful|a\s+couple(?:\s+of)?)"
    rf"(?:\s+(?P<vscale>hundred|thousand|million|billion|trillion|dozen))?)\b"
)
_SINGULAR_DENOMINATORS = [d for d in _DENOMINATORS if not _ORDINAL_FORMS[d][1]]
_SCALE_WORDS = r"(?:hundred|thousand|lakh|million|crore|billion|trillion|dozen)"
# "half the milk", "half their budget": "half" takes a noun phrase without "of"
_DETERMINERS = "the|his|her|their|its|our|your|this|that|these|those"
# "a third of", "one-quarter", "above a fifth", "half of", "half a million"
_FRACTION = (
    rf"\b(?:an?|one)(?P<fjoin>[\s-]+)(?P<fden>{alternation(_SINGULAR_DENOMINATORS)})\b"
    r"|\b(?P<half>half)\b"
    rf"|\b(?P<quarter>quarter)\b(?=\s+(?:of\s+an?\s+)?{_SCALE_WORDS}\b)"
)
# "no injuries", "no one", "none were hurt": the figure zero, only before a counted noun
# ("no plans" states no figure) and never in "second to none" or "none other than".
_ZERO = (
    rf"\bno(?=\s+(?:(?:reports?|signs?|word|indications?)\s+of\s+)?(?:{alternation(entries('zero_nouns.txt'))})\b)"
    r"|(?<!to\s)\bnone\b(?!\s+(?:other|the\s+less|too|the\s+wiser)\b)"
)
_ANCHOR = re.compile(
    rf"(?P<num>{_DIGIT_NUMBER})|(?P<frac>{_FRACTION})|(?P<words>{_WORD_RUN})"
    rf"|(?P<vague>{_VAGUE})|(?P<vulgar>[{''.join(_VULGAR)}])|(?P<zero>{_ZERO})",
    re.IGNORECASE | re.VERBOSE,
)

#: How a figure in words opens: every word or phrase any alternative of _ANCHOR starts with
#: ("a " and "an " before a scale word, a fraction or "few").
_FIGURE_OPENINGS = [*_NUMBER_WORDS, *_VAGUE_WORDS, "several", "a ", "an ", "half", "quarter", "one", "no", "none"]

# The same pattern for a lower-cased copy of the text, without case folding, behind a
# test of how a figure opens: the scan for candidates runs several times faster. Where
# lower-casing kept every offset, its match on the copy is the one _ANCHOR makes on the text
# (every letter of _ANCHOR is a small one, and ascii_letters took out the few letters that
# case folding ties to ASCII ones), with the same groups, and is read as it is.
_VULGAR_CHARS = "".join(_VULGAR)
_FAST_ANCHOR = re.compile(
    rf"(?:(?<![a-z])(?=[\d.\-\u2212]|{openings(_FIGURE_OPENINGS)})|(?=[{_VULGAR_CHARS}]))(?:{_ANCHOR.pattern})",
    _ANCHOR.flags & ~re.IGNORECASE,
)
#: _FAST_ANCHOR led by the character before the figure, for a scan of the lower-cased text:
#: a pattern that opens with a character class lets the search pass over the letters inside
#: words at once, which halves the scan. A match starts at that character, one before the
#: figure, which its group spans (a figure that opens the text, with no character before
#: it, is looked for with _FAST_ANCHOR). (A vulgar fraction glued to a letter, "x½", is not
#: found: such texts take _FAST_ANCHOR.)
_LED_ANCHOR = re.compile(
    rf"[^a-z](?=[\d.\-\u2212{_VULGAR_CHARS}]|{openings(_FIGURE_OPENINGS)})(?:{_ANCHOR.pattern})",
    _ANCHOR.flags & ~re.IGNORECASE,
)
_VULGAR_AFTER_LETTER = re.compile(rf"[{_VULGAR_CHARS}](?<=[a-z].)")
# What may follow "a fifth" for it to be a fraction, not an ordinal ("a fifth term").
_FRACTION_CONTEXT = re.compile(rf"\s+(?:of|{_DETERMINERS})\b|(?:\s+|-){_SCALE_WORDS}\b", re.IGNORECASE)
_HALF_CONTEXT = re.compile(
    rf"\s+(?:of|an?|{_DETERMINERS})\b|(?:\s+|-){_SCALE_WORDS}\b",
    re.IGNORECASE,
)
_ORDINAL_WORDS = [w for w, (_, plural) in _ORDINAL_FORMS.items() if not plural and w not in ("half", "quarter")]
_ORDINAL_TAIL = re.compile(
    rf"(?P<sep>\s*-\s*|\s+and\s+|\s+)(?P<rank>{alternation([*_ORDINAL_WORDS, 'second'])})\b",
    re.IGNORECASE,
)
_LAST_WORD_TENS_OR_SCALE = re.compile(rf"\b(?:{alternation(list(_TENS) + list(_SCALES))})\s*$", re.IGNORECASE)
# "nineteen ninety-four": two numbers in a row -- but "two three-point plays" counts plays
_ANOTHER_NUMBER_WORD = re.compile(
    rf"(?:\s*-\s*|\s+)(?:oh|{_WORD_NUMBER})\b(?!-(?!{_WORD_NUMBER}\b)[a-z])", re.IGNORECASE
)
_NO_WORD_AFTER = re.compile(
    r"\s*(?:$|[^\w\s-])|\s+(?:of|on|in|at|to|from|for|by|with|and|or|but|than|since|last"
    r"|this|over|after|before|during|while|as|the|a|an|is|was|were|are|be|been|has|had"
    r"|have|will|would)\b",
    re.IGNORECASE,
)
# "quarter-century", "half-brother", "third-party": a compound word, not a fraction
_COMPOUND_AFTER = re.compile(rf"-(?!{_SCALE_WORDS}\b)[a-z]", re.IGNORECASE)
_ORDINAL_NEXT = re.compile(rf"(?:\s*-\s*|\s+)(?P<den>{alternation(_ORDINAL_FORMS)})\b", re.IGNORECASE)
_AND_FRACTION = re.compile(
    rf"\s+and\s+(?P<top>an?|{alternation(w for w in _UNITS if 0 < _UNITS[w] < 10)})[\s-]+"
    rf"(?P<den>{alternation(_DENOMINATORS)})\b",
    re.IGNORECASE,
)
_NEXT_SCALE = re.compile(rf"\s+({alternation(_SCALES)})\b", re.IGNORECASE)
# "1.1^23", "6.23x10^-4", "1e10"
_EXPONENT = re.compile(
    r"(?:e(?P<e>[+-]?\d{1,3})|\s?[x\u00d7*]\s?10\^(?P<x>[-+\u2212]?\d{1,3})|\^(?P<p>[-+\u2212]*\d{1,3}))"
    r"(?![\w.^])",
    re.IGNORECASE,
)
# "1 over 3", "one over twenty": a fraction only where nothing is counted after it
# ("52 over 2 days" is a count and a duration).
_OVER = re.compile(r"\s+over\s+", re.IGNORECASE)
_OVER_END = re.compile(r"\s*(?:$|[.,;:!?)]|(?:is|equals|=)(?!\w))", re.IGNORECASE)
_AND_DIGITS = re.compile(r"\s+and\s+(\d{1,3})(?![\d,.]?\d)")
# "a third of voters", and "half the milk", "a third the size": a fraction takes its noun
# phrase with or without "of", and is a share of it either way
_SHARE_OF = re.compile(
    r"\s+of\b(?!\s+(?:an?\s+)?" + _SCALE_WORDS + r"\b)"
    rf"|\s+(?:{_DETERMINERS})\b",
    re.IGNORECASE,
)
_OF_A_SCALE = re.compile(
    r"(?:\s+(?:of\s+)?(?:an?\s+)?|-)(?P<scale>hundred|thousand|million|billion|trillion|dozen)\b",
    re.IGNORECASE,
)
_OF_VAGUE = re.compile(rf"\s+of\s+({alternation(_VAGUE_WORDS)})\b", re.IGNORECASE)
_SLASH = re.compile(r"/(\d{1,4})(?![\d/])")
_DIGIT_FRACTION = re.compile(r"\s+(?:and\s+)?(\d)/(\d{1,2})(?![\d/])")
#: Decimals in words: "point five", "point nought three", "point seventy-one" (.71).
_DECIMAL_WORD = rf"(?:{alternation(_TENS)})-(?:{alternation(_UNITS)})|{alternation(list(_UNITS) + list(_TENS))}"
_POINT = re.compile(rf"\s+point((?:\s+(?:{_DECIMAL_WORD})\b){{1,8}})", re.I)
_RATIO = re.compile(r"\s+(?:in|out\s+of)\s+", re.IGNORECASE)
_RANGE_SEP = re.compile(r"\s*(?P<sep>[-–—~])\s*|\s+(?P<sep2>to|through|thru|and)\s+", re.I)
_SIGN_WORD = re.compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)


def _sign_word(text: str, start: int) -> re.Match[str] | None:
    """ "minus" or "negative" just before ``start``: searched only where the word before the
    spaces ends as they do."""
    lo = max(0, start - 10)
    if text[lo:start].rstrip()[-1:] not in ("s", "S", "\u017f", "e", "E"):
        return None
    return _SIGN_WORD.search(text, lo, start)


_SCALE_AFTER = re.compile(
    rf"(?P<glued>(?:{alternation(_ABBREVIATIONS)})(?![\w])|\s(?:{_SPACED_ALTERNATION})\b)"
    rf"|(?P<spaced>(?:\s*|-)(?:{alternation(_SCALES)}|dozen)s?\b(?:\s+(?:{alternation(_SCALES)})\b){{0,2}})",
    re.IGNORECASE,
)
_CUR_SYMBOL_LEFT = re.compile(
    rf"(?:(?<![a-z])(?P<sym>{alternation(_CURRENCY_SYMBOLS)})|\b(?P<code>(?-i:{alternation(_CURRENCY_CODES)}))\s?)\s*$",
    re.IGNORECASE,
)
#: How a currency written before a number can end, lower-cased ("$", "us$", "rs.", "usd").
_CURRENCY_ENDS = tuple(sorted({*_CURRENCY_SYMBOLS, *(code.lower() for code in _CURRENCY_CODES)}))
_UNIT_RIGHT = re.compile(
    r"\s*(?:(?P<pct>%|per\s*cent\b|percent(?:age)?\b(?!\s+points?)|pc\b|pct\b)"
    r"|(?P<pp>percentage\s+points?\b|points?\b(?=\s+(?:higher|lower|up|down)))"
    r"|(?P<bp>basis\s+points?\b|(?-i:bps?)\b)"
    rf"|\s(?P<code>(?-i:{alternation(_CURRENCY_CODES)}))\b"
    rf"|\s(?P<word>{alternation(_CURRENCY_WORDS)})\b)",
    re.IGNORECASE,
)
_SUBUNIT = re.compile(r",?\s+(?:and\s+)?", re.IGNORECASE)
_SUBUNIT_NAME = re.compile(r"\s+(?:cents?|pence|penny)\b", re.IGNORECASE)


def _qualifier_lengths() -> dict[str, tuple[int, ...]]:
    """For the word each hedge ends with ("than" for "more than"), how many words the hedges
    ending with it have, longest first: the only phrases worth looking up before a number."""
    lengths: dict[str, set[int]] = {}
    for q in _QUALIFIER_KIND:
        lengths.setdefault(q.rsplit(" ", 1)[-1], set()).add(len(q.split()))
    return {word: tuple(sorted(ks, reverse=True)) for word, ks in lengths.items()}


_QUALIFIER_LENGTHS = _qualifier_lengths()
#: For the word each hedge of two words or more ends with, the words that come before it
#: ("more" and "fewer" for "than", "excess" for "of"): after any other, only a hedge of one
#: word can end there.
_QUALIFIER_SECOND_WORDS = {
    last: frozenset(q.split()[-2] for q in _QUALIFIER_KIND if q.split()[-1] == last and " " in q)
    for last in _QUALIFIER_LENGTHS
}
_TOKEN = re.compile(r"\S+")
_SYMBOL_QUALIFIERS = (">=", "<=", "≥", "≤", ">", "<", "~", "=")


def _currency_before(text: str, start: int) -> re.Match[str] | None:
    """The currency written just before ``start`` ("$", "USD "), searched in the six
    characters before it; most numbers have none, and those whose last characters are no
    currency's are passed over without the search."""
    lo = max(0, start - 6)
    tail = text[lo:start].rstrip()[-3:]
    if tail.isascii() and not tail.lower().endswith(_CURRENCY_ENDS):
        return None
    return _CUR_SYMBOL_LEFT.search(text, lo, start)


def _left_qualifier(text: str, start: int) -> tuple[int, str] | None:
    """The hedge ending just before ``start`` ("more than ", ">"), as (offset, phrase).

    Looks the last few words up in a table instead of running a regex at every
    position of the window, which keeps long texts fast.
    """
    window_start = max(0, start - 40)
    window = text[window_start:start]
    if not window[-1:].isspace():  # no space before the number: an operator, or no hedge
        if not window.endswith(_SYMBOL_QUALIFIERS):
            return None
        for sym in _SYMBOL_QUALIFIERS:
            if window.endswith(sym):
                if window[: -len(sym)].endswith(("=", "<", ">", "!")):
                    return start - len(sym) - 1, "?"  # "=<", "!>": not an operator we know
                return start - len(sym), sym
        return None
    tail = window.rsplit(None, 2)[-2:]  # the last two words
    last = tail[-1].lower() if tail else ""
    lengths = _QUALIFIER_LENGTHS.get(last)
    if lengths is None:
        return None  # no hedge ends with this word (most numbers follow none)
    if lengths[-1] > 1 and (len(tail) < 2 or tail[0].lower() not in _QUALIFIER_SECOND_WORDS[last]):
        return None  # no hedge ends with these two words ("a convoy of")
    words = window.lower().split()  # lower-casing makes no space and takes none away
    cut = window_start > 0 and not window[0].isspace() and text[window_start - 1].isalnum()
    for k in lengths:
        if k > len(words) or (cut and k == len(words)):
            continue  # more words than the window holds, or the window cut a word in half
        phrase = " ".join(words[-k:])
        if phrase in _QUALIFIER_KIND:
            if phrase == "over" and _spread_over(window):
                return None  # "$2 billion over five years": the period it is spread over
            return window_start + list(_TOKEN.finditer(window))[-k].start(), phrase
    return None


def _spread_over(window: str) -> bool:
    """Whether the window ends in a figure and a lower-case "over" on one line ("$2 billion
    over "): the number after it is the period the figure is spread over, not a hedge."""
    before = _WORD_BEFORE_OVER.search(window)
    return before is not None and _FIGURE_LAST_WORD.search(before.group(1).lower()) is not None


_WORD_BEFORE_OVER = re.compile(r"(\S+)[ \t]+over\s*$")
#: How the last word of a figure ends ("$2bn", "40%", "5 million", "300 euros").
_FIGURE_LAST_WORD = re.compile(
    rf"(?:^[$€£¥₹]?\d(?:[\d,.]*\d)?(?:{alternation(_ABBREVIATIONS)})?|%|^(?:{alternation(_SCALES)}|{alternation(_CURRENCY_WORDS)}))$"
)


def _may_follow(text: str, end: int, heads: tuple[str, ...]) -> bool:
    """Whether what is written after ``end``, past any spaces, can open with one of ``heads``
    (lower-cased, four characters at most): a test that saves most numbers a long alternation
    under IGNORECASE. Past ASCII, or after a long run of spaces, it answers yes."""
    after = text[end : end + 4]
    if after[:1].isspace():
        after = text[end : end + 64].lstrip()[:4]
        if not after:
            return end + 64 < len(text)
    return not after.isascii() or after.lower().startswith(heads)


def _heads(phrases: Iterable[str]) -> tuple[str, ...]:
    """How the phrases open, lower-cased, to four characters or their first gap, for
    :func:`_may_follow`."""
    return tuple(sorted({re.split(r"\s", phrase.lower(), maxsplit=1)[0][:4] for phrase in phrases}))


#: How the figures after the number that _UNIT_RIGHT reads open ("%", "per cent", "USD", "euros").
_UNIT_RIGHT_HEADS = _heads(["%", "per", "pc", "point", "basis", "bp", *_CURRENCY_CODES, *_CURRENCY_WORDS])
#: How what _SCALE_AFTER reads after a space opens ("bn", "million", "dozen").
_SPACED_SCALE_HEADS = _heads([*_SPACED_ABBREVIATIONS, *_SCALES, "dozen"])
#: How a scale word that goes on a small digit group opens ("6 hundred", "5 - thousand").
_SCALE_WORD_HEADS = _heads(["-", *_SCALES, "dozen"])
_RIGHT_QUALIFIER = re.compile(rf"\s*(?P<q>{alternation(_RIGHT_QUALIFIERS)})(?!\w)(?P<than>\s+than\b)?", re.IGNORECASE)
_RIGHT_QUALIFIER_HEADS = _heads(_RIGHT_QUALIFIERS)
#: A prison term with no upper end: "15 years to life", "a five-years-to-life term".
_TO_LIFE = re.compile(r"(?:\s+|\s*-\s*)to(?:\s+|\s*-\s*)life\b", re.IGNORECASE)
#: A strict bound made inclusive after the number: "more than 5000 or equal (to)".
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?\b", re.IGNORECASE)
# "3 plus 4" and "200 or more than 300" are sums and alternatives, not hedges.
_NUMBER_NEXT = re.compile(rf"\s*(?:[$€£\d.]|{_WORD_NUMBER}\b)", re.IGNORECASE)
_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
_RUN_TOKEN = re.compile(r"[a-z]+|\d+", re.IGNORECASE)
# A run mixing small digit groups and number words: "6 hundred and twelve",
# "5 thousand 2 hundred and 40", "six hundred and 12".
_RUN_PART = rf"(?:\d{{1,3}}(?![\d.,]\d)(?!\d)|{_WORD_NUMBER}\b)"
_MIXED_RUN = re.compile(
    rf"(?:\ban?\s+)?{_RUN_PART}(?:\s*-\s*{_RUN_PART}|(?:{_SCALE_COMMA}?\s+(?:and\s+)?){_RUN_PART}{_NOT_A_MODIFIER}){{0,30}}",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- reading


class _Number(NamedTuple):
    """A number read at one place, before hedges and units are applied (a tuple: every
    figure read makes one, and a tuple is quick to make)."""

    start: int
    end: int
    value: float
    scaled: bool = False  # carries a scale word or abbreviation ("3 million", "40k")
    plain: bool = False  # bare digits without separators, sign, decimals or scale
    word: str | None = None  # the lone word when a number was written as one word
    fraction: bool = False  # a fraction or ratio ("two thirds", "1/4", "one in five")
    share: bool = False  # a fraction of something, as a percentage ("a third of", "1 in 4")
    odd: bool = False  # joined to other digits by "/" in a way that is no fraction
    spelled: bool = False  # written in words ("two thousand and five")
    multiple: float = 1.0  # the factor of a unit counted in multiples ("three decades": 10)
    bare: bool = False  # a plain word follows it (see _bare_after): no unit, scale, range or hedge


_DIGIT_GAP = re.compile(r"[\u2009\u202f\u00a0 '\u2019]")


def _digits_value(raw: str) -> float:
    """The value of a digit group matched by _DIGIT_NUMBER."""
    if raw.isdigit():
        return float(raw)  # most figures: no separator to read
    if not raw.isascii() or " " in raw or "'" in raw:
        raw = _DIGIT_GAP.sub("", raw)  # the ASCII gaps, and the others past ASCII
    if raw.count(".") > 1 or ("." in raw and "," in raw and raw.index(".") < raw.index(",")):
        return float(raw.replace(".", "").replace(",", "."))  # continental
    if "," in raw and "." not in raw and len(raw.rsplit(",", 1)[1]) != 3:
        return float(raw.replace(",", "."))  # decimal comma
    return float(raw.replace(",", ""))


class _WordSum(NamedTuple):
    """Where a reading of number words stands: the sums so far and the class of the last word."""

    total: float = 0.0  # the groups a scale word closed ("two million" in "two million three")
    current: float = 0.0  # the group being read
    last_group: float = 0.0  # the last closed group, which a stacked scale multiplies
    last_scale: float = math.inf  # the scale that closed it; a later scale must be smaller
    state: str = "start"  # the last word's class: start, a, digits, unit, ten, hundred, dozen, scale


_START = _WordSum()
_A_ONE = _WordSum(current=1.0, state="a")  # "a hundred", and "hundred" before "million"
_OPEN_STATES = ("start", "hundred", "scale")  # where a units or tens word may come next
_COUNTED_STATES = ("unit", "ten", "a", "digits")  # what "hundred" and "dozen" multiply
_NUMBER_STATES = ("unit", "ten", "hundred", "a", "dozen", "digits")  # what a scale may close


def _take_digits(s: _WordSum, v: float) -> _WordSum | None:
    """A digit group standing where a word number would: "6 hundred and 12"."""
    if s.state == "start" or (s.state == "scale" and v < s.last_scale) or (s.state == "hundred" and v < 100):
        return _WordSum(s.total, s.current + v, s.last_group, s.last_scale, "digits")
    return None


def _take_unit(s: _WordSum, v: float) -> _WordSum | None:
    """ "one" to "nineteen": opens a group or ends one ("hundred and five", "twenty-five")."""
    if s.state in _OPEN_STATES or (s.state == "ten" and 0 < v < 10):
        return _WordSum(s.total, s.current + v, s.last_group, s.last_scale, "unit")
    return None


def _take_ten(s: _WordSum, v: float) -> _WordSum | None:
    """ "twenty" to "ninety": opens a group or follows a hundred or a scale."""
    if s.state in _OPEN_STATES:
        return _WordSum(s.total, s.current + v, s.last_group, s.last_scale, "ten")
    return None


def _take_hundred(s: _WordSum, _: float) -> _WordSum | None:
    """ "hundred" multiplies a group below a hundred ("three hundred", not "three hundred hundred")."""
    if s.state not in _COUNTED_STATES or s.current >= 100:
        return None
    return _WordSum(s.total, s.current * 100, s.last_group, s.last_scale, "hundred")


def _take_dozen(s: _WordSum, _: float) -> _WordSum | None:
    """ "dozen" multiplies the group by twelve ("two dozen")."""
    if s.state in _COUNTED_STATES:
        return _WordSum(s.total, s.current * 12, s.last_group, s.last_scale, "dozen")
    return None


def _take_scale(s: _WordSum, scale: float) -> _WordSum | None:
    """ "thousand" and up close the group; a smaller scale must follow a larger one."""
    if s.state == "scale" and s.current == 0 and scale > 1e3 and s.last_scale < scale:
        # stacked scales multiply: "three lakh crore", "two thousand million"
        group = s.last_group * scale
        return _WordSum(s.total + s.last_group * (scale - 1), s.current, group, s.last_scale * scale, "scale")
    if s.state not in _NUMBER_STATES or scale >= s.last_scale:
        return None
    group = s.current * scale
    return _WordSum(s.total + group, 0.0, group, scale, "scale")


# The transitions of the word-number grammar: each number word, the reader of its class
# and its value.
_WORD_STEPS: dict[str, tuple[Callable[[_WordSum, float], _WordSum | None], float]] = {
    **{w: (_take_unit, v) for w, v in _UNITS.items()},
    **{w: (_take_ten, v) for w, v in _TENS.items()},
    **{w: (_take_scale, v) for w, v in _SCALES.items()},
    "hundred": (_take_hundred, 100.0),
    "dozen": (_take_dozen, 12.0),
}


def _and_joins(s: _WordSum, nxt: str, after: str, loose_and: bool) -> bool:
    """Whether "and" before the word ``nxt`` (and ``after`` it) goes on with the number
    ("hundred and five"). A scale after ``nxt`` that is no smaller than the one read makes
    ``nxt`` another number: "three hundred and two hundred" is 300 and 200, while "five
    thousand and two hundred" is 5,200 and "one hundred and two thousand" 102,000 (a
    thousand scales the whole group)."""
    if s.state in ("hundred", "scale"):
        if not (nxt in _UNITS or nxt in _TENS or nxt.isdigit()):
            return False
        if s.state == "hundred":
            return after != "hundred"
        scale = 100.0 if after == "hundred" else _SCALES.get(after)
        return scale is None or scale < s.last_scale
    return loose_and and s.state == "ten" and 0 < _UNITS.get(nxt, 0) < 10


def _take_word(s: _WordSum, w: str) -> _WordSum | None:
    """The reading after one more number word or digit group, or None where the number ends."""
    step = _WORD_STEPS.get(w)
    if step is not None:
        return step[0](s, step[1])
    return _take_digits(s, float(w)) if w.isdigit() else None


def _first_words(tokens: list[re.Match[str]]) -> tuple[_WordSum, int]:
    """The reading before the first word, and the tokens it took.

    "a hundred" counts one hundred; so does a bare scale before a larger one ("hundred million").
    """
    if tokens and tokens[0].group().lower() in ("a", "an"):
        return _A_ONE, 1
    if len(tokens) > 1 and 0 < _SCALES.get(tokens[0].group().lower(), 0) < _SCALES.get(tokens[1].group().lower(), 0):
        return _A_ONE, 0
    return _START, 0


def _words_value(text: str, start: int, end: int, loose_and: bool = False) -> tuple[float, int, float] | None:
    """Read the longest grammatical number at the start of a run of number words.

    Returns (value, end offset, scale of the last word or 1); a run like
    "three four" stops after "three". ``loose_and`` also joins "twenty and three",
    which only the whole part of a mixed fraction uses ("twenty and three and a fifth").
    """
    tokens = list(_RUN_TOKEN.finditer(text, start, end))
    s, i = _first_words(tokens)
    read_end = None
    while i < len(tokens):
        w = tokens[i].group().lower()
        if w == "and":
            after = tokens[i + 2].group().lower() if i + 2 < len(tokens) else ""
            if i + 1 >= len(tokens) or not _and_joins(s, tokens[i + 1].group().lower(), after, loose_and):
                break
        else:
            got = _take_word(s, w)
            if got is None:
                break
            s, read_end = got, tokens[i].end()
        i += 1
    if read_end is None or s.state == "a":
        return None
    return s.total + s.current, read_end, (s.last_scale if s.state == "scale" else 1.0)


def _split_denominator(words: list[str], den: float) -> tuple[int, float]:
    """How many trailing number words belong to an ordinal denominator, and its value.

    "three twenty firsts" is 3/21 and "one one hundred fifth" 1/105, but "one hundred
    and thirty fifths" is 130/5: "and" ties the tens word to the numerator.
    """
    if den < 10 and len(words) >= 2 and words[-1] in _TENS and words[-2] != "and":
        return 1, _TENS[words[-1]] + den
    if den < 100 and len(words) >= 3 and words[-1] in ("hundred", "thousand") and words[-2] in ("one", "a"):
        return 2, _SCALES[words[-1]] + den
    return 0, den


def _word_fraction(text: str, start: int, run_end: int) -> tuple[float, float, int, float] | None:
    """A fraction written in words ending a run of number words.

    "two thirds", "twenty-three fifths", "three twenty firsts", "a hundred thousand
    trillionths", and mixed numbers "two and fifty-four hundredths". Returns (whole
    part or 0, fraction, end, scale of the whole part) or None.
    """
    d = _ORDINAL_NEXT.match(text, run_end)
    if not d:
        return None
    den, plural = _ORDINAL_FORMS[d.group("den").lower()]
    tokens = list(_WORD_TOKEN.finditer(text, start, run_end))
    words = [t.group().lower() for t in tokens]
    take, den = _split_denominator(words, den)
    if den < 2:
        return None
    top_tokens = tokens[: len(tokens) - take]
    if not top_tokens:
        return None
    top_end = top_tokens[-1].end()
    whole, whole_scale = 0.0, 1.0
    and_at = [i for i, t in enumerate(top_tokens) if t.group().lower() == "and"]
    full = _words_value(text, start, top_end)
    # "one hundred and three quarters" is 100 3/4: a lone unit after "and" is the
    # numerator of a mixed number, not the last digit of the whole.
    last = _UNITS.get(top_tokens[-1].group().lower(), 0)
    # ... but "five hundred and one thirds" is 501/3: "one" would take a singular "third".
    lone_unit = bool(and_at) and and_at[-1] == len(top_tokens) - 2 and 0 < last < 10 and (last == 1) != plural
    if full and full[1] == top_end and not (lone_unit and full[0] >= 10):
        top = full[0]
    elif and_at:
        split = top_tokens[and_at[-1]]
        head = _words_value(text, start, split.start(), loose_and=True)
        tail = _words_value(text, split.end(), top_end)
        if not head or not tail or tail[1] != top_end or head[1] != top_tokens[and_at[-1] - 1].end():
            return None
        whole, whole_scale, top = head[0], head[2], tail[0]
        if top >= den:
            return None
    else:
        return None
    if top <= 0 or (plural and top == 1 and not whole) or (not plural and top != 1):
        return None
    return whole, top / den, d.end("den"), whole_scale


def _part_scale(text: str, end: int, whole_scale: float) -> tuple[float, int]:
    """The scale the fraction of a mixed number counts in, and where it ends.

    "one billion and a half" is 1.5 billion, but "one billion and a half million" is
    one billion plus half a million.
    """
    nxt = _NEXT_SCALE.match(text, end) if whole_scale > 1 else None
    if nxt and _SCALES[nxt.group(1).lower()] < whole_scale:
        return _SCALES[nxt.group(1).lower()], nxt.end()
    return whole_scale, end


def _power(base: float, m: re.Match) -> float:
    """The value of "1.1^23", "6.23x10^-4" or "1e10" (m from _EXPONENT)."""
    if m.group("p") is not None:
        digits = m.group("p").lstrip("-+\u2212")
        minus = sum(ch in "-\u2212" for ch in m.group("p")[: len(m.group("p")) - len(digits)])
        exponent = -int(digits) if minus % 2 else int(digits)  # "--23" is 23
        try:
            return abs(base) ** exponent
        except (OverflowError, ZeroDivisionError):
            return math.inf
    raw = (m.group("e") or m.group("x")).replace("\u2212", "-")
    try:
        return abs(base) * 10.0 ** int(raw)
    except OverflowError:
        return math.inf


def _mixed_fraction(text: str, end: int) -> tuple[float, int] | None:
    """ "and a half", "and three quarters" after a whole number: (fraction, new end)."""
    f = _AND_FRACTION.match(text, end) if text[end : end + 1].isspace() else None  # it opens with a space
    if not f:
        return None
    top = 1 if f.group("top").lower() in ("a", "an") else _UNITS[f.group("top").lower()]
    bottom = _DENOMINATORS[f.group("den").lower()]
    if top >= bottom:
        return None
    return top / bottom, f.end()


def _apply_scale(text: str, start: int, end: int, value: float) -> tuple[float, int, bool]:
    """Multiply by a scale written after the number ("1.2 million", "40k", "€3m")."""
    spaced = text[end : end + 1].isspace()
    s = _SCALE_AFTER.match(text, end) if not spaced or _may_follow(text, end, _SPACED_SCALE_HEADS) else None
    if not s:
        return value, end, False
    if s.group("glued"):
        abbr = s.group("glued").lower().strip()
        money = _currency_before(text, start) is not None
        # a capital "M" is a million ("1M people"), and so is an "m" a counted noun follows
        # ("80m people", "5m homes"); elsewhere a metre may be written "m"
        if (
            abbr in _MONEY_ONLY_ABBREVIATIONS
            and not money
            and s.group("glued") != "M"
            and _COUNT_NOUN_AFTER.match(text, s.end()) is None
        ):
            return value, end, False
        if abbr in _CAPITALS_ONLY_ABBREVIATIONS and not s.group("glued").isupper():
            return value, end, False
        return value * _ABBREVIATIONS[abbr], s.end(), True
    words = [w.lower() for w in _WORD_TOKEN.findall(s.group("spaced"))]
    for w in words:
        value *= 12 if w.startswith("dozen") else _SCALES[w.rstrip("s")]
    end = s.end()
    rest = _AND_DIGITS.match(text, end) if words[-1] in ("hundred", "thousand") else None
    if rest and int(rest.group(1)) < _SCALES[words[-1]] and value == int(value):
        value, end = value + int(rest.group(1)), rest.end()  # "3 hundred and 21"
    return value, end, True


class _Head(NamedTuple):
    """The number an anchor starts, before what may follow it (a scale, "of", a ratio)."""

    start: int
    end: int
    value: float
    plain: bool = False  # bare digits without separators, sign, decimals or glued fraction
    fraction: bool = False  # "1/4", "two thirds", "half", "¾"
    odd: bool = False  # joined to other digits or number words in a way that is no figure
    spelled: bool = False  # written in words
    mixed: bool = False  # already carries the fraction of a mixed number ("two and a half")
    scale: float = 1.0  # the scale of the last number word read ("two thousand": 1e3)
    word: str | None = None  # the lone word when the number is one word
    base: float = 1.0  # the value of the digits as written, before signs, fractions and scales
    bare: bool = False  # a plain word follows it (see _bare_after); told by digits only


def _may_be_power(text: str, end: int) -> bool:
    """Whether an exponent (``_EXPONENT``) can start at ``end``: "e", "^", or a sign of
    multiplication, after one space at most."""
    head = text[end : end + 2]
    return head[:1] in _POWER_OPENINGS or head[1:] in _POWER_OPENINGS


_POWER_OPENINGS = "eE^xX\u00d7*"


def _digits_head(text: str, m: re.Match[str]) -> _Head | None:
    """Digits and what is glued to them: "2½", "2 1/4", "1/4", "6.23x10^-4", "6 hundred"."""
    digits = m.group("digits")
    base = value = _digits_value(digits)
    if not math.isfinite(value):
        return None  # a 400-digit run is no figure
    start, end = m.span("num")
    sign = m.group("sign")
    whole = digits.isdigit()
    plain = not sign and whole
    digits_end = end
    if _bare_after(text, end):  # most figures: a plain word follows, and nothing is glued on
        return _Head(start, end, -value if sign else value, plain=plain, base=base, bare=True)
    if end < len(text) and text[end] in _VULGAR:  # "2½"
        value, end, plain = value + _VULGAR[text[end]], end + 1, False
    mixed_digits = _DIGIT_FRACTION.match(text, end) if whole and text[end : end + 1].isspace() else None
    if mixed_digits and int(mixed_digits.group(1)) < int(mixed_digits.group(2)):
        value += int(mixed_digits.group(1)) / int(mixed_digits.group(2))  # "2 1/4"
        end, plain = mixed_digits.end(), False
    fraction = odd = False
    slash = _SLASH.match(text, end) if whole and text.startswith("/", end) else None
    if slash:
        top, bottom = value, float(slash.group(1))
        # A small proper fraction ("1/4", "3/4"); anything else ("24/7", "9/11")
        # is a date, a score or a code.
        if 0 < top < bottom <= 10 and text[start - 1 : start] != "/":
            value, end, fraction, plain = top / bottom, slash.end(), True, False
        else:
            odd = True
    power = _EXPONENT.match(text, end) if not fraction and not odd and _may_be_power(text, end) else None
    if power:
        powered = _power(value, power)
        if not math.isfinite(powered) or (powered == 0 and value != 0):
            return None  # "1e309", "9^9999": beyond any figure news states
        value, end, plain = powered, power.end(), False
    scale = 1.0
    if plain and end - start <= 3 and not fraction and not odd:
        got = _digits_in_words(text, start, end)
        if got:  # "6 hundred and twelve", "5 thousand 2 hundred"
            value, end, scale = got
            plain = False
    if sign:
        value = -value
    bare = end != digits_end and _bare_after(text, end)  # "2 1/4 cups"; not at the digits' end
    return _Head(start, end, value, plain=plain, fraction=fraction, odd=odd, scale=scale, base=base, bare=bare)


def _digits_in_words(text: str, start: int, end: int) -> tuple[float, int, float] | None:
    """A small digit group that goes on in number words: "6 hundred and twelve".

    After digits the reading goes on only with a scale word, after spaces or a dash.
    """
    after = text[end : end + 1]
    if after != "-" and not (after.isspace() and _may_follow(text, end, _SCALE_WORD_HEADS)):
        return None
    run = _MIXED_RUN.match(text, start)
    if not run or run.end() <= end:
        return None  # nothing after the digits could make the number longer
    got = _words_value(text, start, run.end())
    return got if got and got[1] > end else None


def _words_head(text: str, m: re.Match[str]) -> _Head | None:
    """A number in words: "two thirds", "two and fifty-four hundredths", "forty-two"."""
    start = m.start("words")
    got = _word_fraction(text, start, m.end("words"))
    if got is None:
        return _spelled_head(text, m)
    whole, part, end, whole_scale = got
    if not whole:  # "two thirds", "three twenty firsts"
        return _Head(start, end, part, fraction=True)
    part_scale, end = _part_scale(text, end, whole_scale)  # "two and fifty-four hundredths"
    return _Head(start, end, whole + part * part_scale, mixed=True, scale=whole_scale)


def _decimal_places(word: str) -> str:
    """The digits one word after "point" stands for: "five" 5, "seventy" 70, "seventy-one" 71."""
    tens, _, unit = word.lower().partition("-")
    if unit:
        return str(_TENS[tens] + _UNITS[unit])
    return str(_UNITS.get(tens, _TENS.get(tens)))


def _spelled_head(text: str, m: re.Match[str]) -> _Head | None:
    """A whole number in words ("nought point nought three"), unless it is a rank or a year."""
    start = m.start("words")
    run = _MIXED_RUN.match(text, start)
    got = _words_value(text, start, max(m.end("words"), run.end() if run else 0))
    if got is None:
        return None
    value, end, scale = got
    point = _POINT.match(text, end) if scale == 1.0 and value == int(value) else None
    if point:  # "nought point nought three"
        places = "".join(_decimal_places(w) for w in point.group(1).split())
        value, end = value + float("0." + places), point.end()
    tail = _ORDINAL_TAIL.match(text, end)
    big_rank = tail and tail.group("rank").lower().endswith(("dredth", "sandth", "lionth"))
    if tail and (
        tail.group("sep").strip()
        or _LAST_WORD_TENS_OR_SCALE.search(text, start, end)
        or (big_rank and value != 1)  # "three hundredth", but "one hundredth" is 1/100
    ):
        return None  # "twenty-first", "one thousand and sixtieth": a rank
    # "nineteen ninety-four", "eleven oh-five": a year or a code
    odd = _ANOTHER_NUMBER_WORD.match(text, end) is not None
    raw = text[start:end]
    word = raw.lower() if _WORD_TOKEN.fullmatch(raw) else None
    return _Head(start, end, value, odd=odd, spelled=True, scale=scale, word=word)


def _fraction_head(text: str, m: re.Match[str]) -> _Head | None:
    """ "half", "a quarter of a million", "a third", "one-fifth", where they are fractions."""
    start, end = m.start("frac"), m.end("frac")
    if _COMPOUND_AFTER.match(text, end):
        return None  # "quarter-century", "half-brother", "third-party"
    if m.group("half"):
        # "half of", "half a million", "about half" -- not "the second half"
        if not (_HALF_CONTEXT.match(text, end) or _left_qualifier(text, start)):
            return None
        return _Head(start, end, 0.5, fraction=True)
    if m.group("quarter"):  # "quarter of a million"
        return _Head(start, end, 0.25, fraction=True)
    # "a fifth" stands alone as a fraction only where it cannot be an ordinal:
    # "a fifth of", "one-fifth", "above a fifth" -- not "a fifth term".
    joined = "-" in m.group("fjoin")
    # "one sixth" ends a clause: a fraction; "one third place" is an ordinal
    alone = m.group("frac")[:3].lower() == "one" and _NO_WORD_AFTER.match(text, end)
    if not (joined or alone or _FRACTION_CONTEXT.match(text, end) or _left_qualifier(text, start)):
        return None
    return _Head(start, end, 1 / _DENOMINATORS[m.group("fden").lower()], fraction=True)


def _read_head(text: str, m: re.Match[str]) -> _Head | None:
    """The number an anchor match starts, read by the reader of its form (the one group of
    _ANCHOR's alternatives that matched is its last group, :attr:`re.Match.lastgroup`)."""
    form = m.lastgroup
    if form == "num":
        return _digits_head(text, m)
    if form == "words":
        return _words_head(text, m)
    if form == "frac":
        return _fraction_head(text, m)
    if form == "vulgar":  # "¾"
        return _Head(m.start("vulgar"), m.end("vulgar"), _VULGAR[m.group("vulgar")], fraction=True)
    return None


_SCALE_NAMES = frozenset([*_SCALES, "dozen"])
#: The forms of _ANCHOR that state no number ("dozens", "no injuries"), by the name of their group.
_NO_NUMBER_FORMS = ("vague", "zero")


def _names_scale(text: str, start: int, end: int) -> bool:
    """Whether a scale word ("million", "dozen") is written in ``text[start:end]``."""
    words = _WORD_TOKEN.findall(text, start, end)
    return bool(words) and any(w.lower() in _SCALE_NAMES for w in words)  # most figures have no words


#: "a" (or "of a") between a fraction and the one unit it is a part of: "half [a] mile",
#: "a quarter [of a] percentage point"; the unit is read after it as after any number.
_OF_A_UNIT = re.compile(
    r"(?:\s+of)?\s+an?(?=\s+(?:percentage\s+point|basis\s+point|"
    + alternation(sorted({u for u in UNIT_SURFACES if len(u) > 2 and re.fullmatch(r"[a-z][a-z -]*", u)}))
    + r")\b)",
    re.IGNORECASE,
)


def _fraction_of(text: str, head: _Head, scaled: bool) -> _Number:
    """A fraction with what it is of: a scale it multiplies, or a noun it is a share of.

    "two thirds of a million" counts millions; "a third of voters" is 33.3% of them.
    """
    of = _OF_A_SCALE.match(text, head.end)
    if of:  # "half a million", "a quarter of a billion"
        value = head.value * _SCALES.get(of.group("scale").lower(), 12)
        return _Number(head.start, of.end(), value, scaled=True, fraction=True)
    unit = _OF_A_UNIT.match(text, head.end)
    if unit:  # "half a percentage point", "a quarter of a mile": a part of one unit, read after it
        return _Number(head.start, unit.end(), head.value, fraction=True)
    if _SHARE_OF.match(text, head.end):
        return _Number(head.start, head.end, head.value * 100, fraction=True, share=True)
    return _Number(head.start, head.end, head.value, scaled=scaled, fraction=True)


def _with_mixed_fraction(text: str, head: _Head) -> tuple[float, int, bool]:
    """A whole number with the fraction of a mixed number after it: (value, end, mixed).

    "one and a half", "five and a half million" (the fraction counts in millions too),
    "one million and a half"; a head read in words may carry its fraction already.
    """
    if head.mixed:
        return head.value, head.end, True
    mixed = _mixed_fraction(text, head.end)
    if not mixed:
        return head.value, head.end, False
    part_scale, end = _part_scale(text, mixed[1], head.scale)
    return head.value + mixed[0] * part_scale, end, True


def _with_scale_after(text: str, head: _Head, value: float, end: int, mixed: bool) -> tuple[float, int, bool]:
    """A scale written after the number, and a fraction after that: (value, end, scaled).

    "1.2 million", "40k", "3 million and a quarter"; a number that ended on a scale
    word ("two thousand") takes none.
    """
    if head.scale != 1.0:
        return value, end, False
    value, end, scaled = _apply_scale(text, head.start, end, value)
    part = _mixed_fraction(text, end) if scaled and not mixed and head.base else None
    if part:
        value, end = value + part[0] * abs(value / head.base), part[1]
    return value, end, scaled


def _ratio(text: str, start: int, end: int, value: float, unscaled: bool) -> _Number | None:
    """A ratio the number starts: "one in five", "1 in 4" (shares), "1 over 3" (a fraction).

    Only an ``unscaled`` figure starts a share ("3 million in 2010" is a count and a year).
    """
    if not text[end : end + 1].isspace():
        return None  # both forms open with a space
    ratio = _RATIO.match(text, end) if unscaled and value > 0 else None
    if ratio:
        below = _number_at(text, ratio.end())
        if below and not below.fraction and below.value > value and below.value <= 1000:
            return _Number(start, below.end, 100 * value / below.value, fraction=True, share=True)
    over = _OVER.match(text, end) if value == int(value) else None
    if over:
        under = _number_at(text, over.end())
        if under and under.value > 0 and not under.fraction and _OVER_END.match(text, under.end):
            return _Number(start, under.end, value / under.value, fraction=True)
    return None


def _read_number(text: str, m: re.Match[str]) -> _Number | None:
    """The number an anchor match starts, with fractions and any scale after it."""
    form = m.lastgroup
    head = _digits_head(text, m) if form == "num" else _read_head(text, m)
    if head is None:
        return None
    # plain or bare digits hold no word
    scaled = head.scale > 1 or (not head.plain and not head.bare and _names_scale(text, head.start, head.end))
    if head.fraction:
        return _fraction_of(text, head, scaled)
    bare = head.bare if form == "num" else _bare_after(text, head.end)  # digits tell it themselves
    if bare:  # most figures: a plain word follows, and no fraction, scale or ratio
        value, end, mixed, more_scale = head.value, head.end, head.mixed, False
    else:
        value, end, mixed = _with_mixed_fraction(text, head)
        value, end, more_scale = _with_scale_after(text, head, value, end, mixed)
    if not math.isfinite(value):
        return None  # scaled beyond float range
    if not bare:
        ratio = _ratio(text, head.start, end, value, unscaled=not more_scale and not scaled)
        if ratio:
            return ratio
        bare = end != head.end and _bare_after(text, end)  # "$600 million on repairs"
    return _Number(
        head.start,
        end,
        value,
        scaled=scaled or more_scale,
        plain=head.plain and not mixed and not more_scale,
        word=head.word if not more_scale and not mixed else None,
        odd=head.odd,
        spelled=head.spelled,
        bare=bare,
    )


#: A word after spaces, in ASCII letters and whole (no letter or digit follows it).
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)(?!\w)")


def _bare_after(text: str, end: int) -> bool:
    """Whether a plain word follows ``end`` after spaces: one that opens nothing a number takes
    after it (:data:`_TAKEN_AFTER`), so that no fraction, scale, ratio, unit, range or hedge
    can be read there, and their readers are passed over (most figures are followed so)."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1).lower() not in _TAKEN_AFTER


def _number_at(text: str, pos: int) -> _Number | None:
    """The number written exactly at ``pos`` (not a vague amount), if any."""
    m = _ANCHOR.match(text, pos)
    if m is None or m.lastgroup in _NO_NUMBER_FORMS:
        return None
    return _read_number(text, m)


def _interval(kind: str, x: float, rules: QuantityRules) -> tuple[float, float, bool, bool]:
    """(low, high, low_inclusive, high_inclusive) for a hedge kind applied to x."""
    if kind == "exact":
        return x, x, True, True  # most figures: tested first
    if kind == "gt":
        return x, math.inf, False, False
    if kind == "ge":
        return x, math.inf, True, False
    if kind in ("lt", "le"):
        floor = rules.floor if x > rules.floor else -math.inf
        return floor, x, floor != -math.inf, kind == "le"
    if kind == "approx":
        lo, hi = sorted((x * (1 - rules.about), x * (1 + rules.about)))
        return lo, hi, True, True
    if kind == "nearly":
        return min(x, x * (1 - rules.nearly)), max(x, x * (1 - rules.nearly)), True, False
    if kind == "just_below":
        return min(x, x * (1 - rules.just)), x, True, False
    if kind == "just_above":
        return x, max(x, x * (1 + rules.just)), False, True
    return x, x, True, True


class _Info(NamedTuple):
    """Facts about a reading that decide whether it is a claim or joins another."""

    core_start: int
    core_end: int
    number: _Number | None
    hedged: bool  # has a qualifier, unit, scale or range partner
    kind: str = "exact"
    other: _Number | None = None  # the upper end of a range


def _read_side(
    text: str, m: re.Match, measures: bool = False, number: _Number | None = None
) -> tuple[_Number, int, int, str | None] | None:
    """One number with the currency before it and the unit after: (number, start, end, unit);
    ``number`` is the number at ``m`` when it was read already."""
    num = number if number is not None else _read_number(text, m)
    if num is None:
        return None
    start, end, unit = num.start, num.end, "%" if num.share else None
    cur = _currency_before(text, start)
    if cur:  # "$2", "€300m", "USD 5"
        sym = cur.group("sym")
        unit = _CURRENCY_SYMBOLS[sym.lower()] if sym else cur.group("code").upper()
        start = cur.start()
    u = _UNIT_RIGHT.match(text, end) if not num.bare and _may_follow(text, end, _UNIT_RIGHT_HEADS) else None
    if u:  # "20%", "20 per cent", "5 percentage points", "300 euros"
        if u.group("pct"):
            unit = "%"
        elif u.group("pp"):
            unit = "pp"
        elif u.group("bp"):  # "25 basis points", "25bp": hundredths of a percentage point
            unit = "bp"
        elif u.group("code"):
            unit = unit or u.group("code").upper()
        else:
            unit = unit or _CURRENCY_WORDS[re.sub(r"\s+", " ", u.group("word").lower())]
        end = u.end()
        sub = _SUBUNIT.match(text, end) if u.group("word") else None
        cents = _number_at(text, sub.end()) if sub else None
        after = _SUBUNIT_NAME.match(text, cents.end) if cents else None
        if after and cents is not None and 0 <= cents.value < 100 and cents.value == int(cents.value):
            # "forty dollars, fifteen cents", "two euro and one cent"
            num = num._replace(value=num.value + cents.value / 100, plain=False, word=None)
            end = after.end()
    if measures and unit is None:
        if num.bare:  # no unit follows: only "magnitude" before the number may make it a measure
            left = _magnitude_before(text, num, start)
            return (num, start, end, None) if left is None else (num, left, end, MAGNITUDE)
        opening = _opening_after(text, end)
        multiple = _MULTIPLE_RIGHT.match(text, end) if _word_may_follow(opening, _MULTIPLE_OPENINGS) else None
        if multiple:  # "three decades" is 30 years, as "two dozen" is 24
            symbol, factor = _MULTIPLES[multiple.group("u").lower()]
            num = num._replace(value=num.value * factor, plain=False, multiple=factor)
            return num, start, multiple.end(), symbol
        unit, end, start = _measure(text, num, start, end, opening)
    return num, start, end, unit


_UNIT_SYMBOLS = {surface.lower(): symbol for surface, symbol in UNIT_SURFACES.items()}
_TIME_SYMBOLS = {"s", "min", "h", "d", "wk", "mo", "yr"}


def _alternation_by_opening(phrases: Iterable[str]) -> str:
    """:func:`alternation` of the phrases, for a case-insensitive pattern, with the phrases that
    open with one letter grouped behind it ("k(?:ilometres|m)|m(?:iles|m|)"): a long alternation
    is then tried at one group only, not phrase by phrase. The phrases of a group keep their
    order, and no text character opens two groups, so the pattern matches as the plain
    alternation does; a phrase opening with a letter that case folding ties to another
    (past ASCII) keeps the plain alternation."""
    ordered = sorted(phrases, key=len, reverse=True)
    if any(not p or (not p[0].isascii() and p[0].lower() != p[0].upper()) for p in ordered):
        return alternation(ordered)
    groups: dict[str, list[str]] = {}
    for p in ordered:
        groups.setdefault(p[0].lower(), []).append(re.escape(p[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# "12km", "12-km", "7.5 miles", "160km/h", "900-square-kilometre"; not "29km Road" (a
# name), "38 years old" (an age) or "12 inches" glued into a longer word.
_MEASURE_RIGHT = re.compile(
    rf"(?:\s?|-|\s+)(?P<u>{_alternation_by_opening(UNIT_SURFACES)})(?![\w/²³])"
    r"(?![-\s]+old\b)(?!\s+of\s+age\b)(?!\s+(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)
_MAGNITUDE_RIGHT = re.compile(r"(?:\s+|-)magnitude\b", re.IGNORECASE)
#: A metre written "m", spaced or glued, where a word of length follows ("830 m tall", "a
#: 10m-high wall", "12m deep"): "m" alone is a million as often ("80m people"), so the unit
#: list leaves it out, and a currency before the number makes it one ("$80m").
_METRE_RIGHT = re.compile(
    r"(?:\s?|-)m(?=(?:\s+|-)(?:tall|high|long|deep|wide|thick|away|below|above|beneath|underground|across"
    r"|in\s+(?:height|length|depth|width|diameter))\b)"
)
#: A temperature written with a capital C or F glued to its digits ("40C", "-5C", "100F"):
#: glued and in capitals only, since a spaced "5 C" may be a grade, a section or a note.
_GLUED_DEGREES = re.compile(r"[CF](?![\w°'’])")
_MAGNITUDE_LEFT = re.compile(r"\bmagnitude(?:\s+of)?[\s-]+$", re.IGNORECASE)


def _openings_by_length(phrases: Iterable[str]) -> tuple[frozenset[str], ...]:
    """How the phrases open, lower-cased, to three characters ("kil" for "kilometres", "km",
    "sq." for "sq. km"; a gap in a phrase ends its opening), kept by length 1-3."""
    heads = [re.split(r"\s", phrase.lower())[0][:3] for phrase in phrases]
    return tuple(frozenset(h for h in heads if len(h) == n) for n in (1, 2, 3))


_UNIT_OPENINGS = _openings_by_length(UNIT_SURFACES)
_MAGNITUDE_OPENINGS = _openings_by_length(["magnitude"])


def _opening_after(text: str, end: int) -> str | None:
    """What is written after ``end``, past a hyphen or spaces, to three characters and
    lower-cased, for a test of the words that may follow a number; None where a pattern must
    decide: past ASCII (case folding may match) or after a long run of spaces."""
    after = text[end : end + 3]
    if after[:1] == "-":
        after = text[end + 1 : end + 4]
    elif after[:1].isspace():
        after = text[end : end + 64].lstrip()[:3]
        if not after:
            return None
    return after.lower() if after.isascii() else None


def _unit_may_open(after: str | None) -> bool:
    """Whether a unit surface can start where :func:`_opening_after` read ``after``, after a
    hyphen or after spaces: a test of three characters that saves most numbers the long
    alternation of ``_MEASURE_RIGHT`` (slow under IGNORECASE). Past ASCII it answers yes, as
    case folding may match."""
    if after is None:
        return True
    ones, twos, threes = _UNIT_OPENINGS
    return after[:1] in ones or after[:2] in twos or after[:3] in threes


def _word_may_follow(after: str | None, openings: tuple[frozenset[str], ...]) -> bool:
    """Whether a word with these openings can start, after a hyphen or spaces, where
    :func:`_opening_after` read ``after``; fewer than three characters (the text ends, or a
    run of spaces hid the rest) leave it to the pattern."""
    if after is None or len(after) < 3:
        return True
    ones, twos, threes = openings
    return after[:1] in ones or after[:2] in twos or after in threes


def _magnitude_before(text: str, num: _Number, start: int) -> int | None:
    """Where "magnitude" written before the number starts, when it makes the number a
    magnitude ("magnitude-5.8", "a magnitude 6.1" -- not "a 5.8-magnitude one")."""
    lo = max(0, start - 14)
    left = _MAGNITUDE_LEFT.search(text, lo, start) if "agn" in text[lo:start].lower() else None
    return left.start() if left and num.word != "one" else None


def _measure(text: str, num: _Number, start: int, end: int, after: str | None) -> tuple[str | None, int, int]:
    """The unit of measure around a number: (symbol or None, new end, new start); ``after`` is
    what :func:`_opening_after` read at ``end``."""
    left = _magnitude_before(text, num, start)
    if left is not None:
        return MAGNITUDE, end, left
    right = _MAGNITUDE_RIGHT.match(text, end) if _word_may_follow(after, _MAGNITUDE_OPENINGS) else None
    if right:  # "a 5.8-magnitude quake"
        return MAGNITUDE, right.end(), start
    u = _MEASURE_RIGHT.match(text, end) if _unit_may_open(after) else None
    if not u:
        metre = _METRE_RIGHT.match(text, end) if "m" in text[end : end + 2] else None
        if metre and _currency_before(text, start) is None:
            return "m", metre.end(), start
        glued = _GLUED_DEGREES.match(text, end) if text[end : end + 1] in ("C", "F") else None
        if glued and not text[max(0, start - 1) : start].isalpha():
            return ("°C" if glued.group() == "C" else "°F"), glued.end(), start  # "40C", "-5C", "100F"
        return None, end, start
    symbol = _UNIT_SYMBOLS[re.sub(r"\s+", " ", u.group("u").lower())]
    singular = not u.group("u").lower().endswith("s")
    idiom = symbol in _TIME_SYMBOLS and symbol not in ("h", "min") and singular
    if idiom and num.word in ("one", "a"):
        return None, end, start  # "one day he left": an idiom more often than a duration
    return symbol, u.end(), start


def _read_range(
    text: str, first: tuple[_Number, int, int, str | None], measures: bool = False
) -> tuple[float, _Number, int, str | None, str] | None:
    """The far end of "50-60", "50 to 60", "2 to 3 million", "50 and 60".

    Returns (low, upper number, end, unit, separator); the scale and unit written
    once apply to both ends.
    """
    num, _, end, unit = first
    sep = _RANGE_SEP.match(text, end)
    if not sep or num.fraction:
        return None
    m = _ANCHOR.search(text, sep.end(), sep.end() + 16)  # allow a currency sign between; "seventeen" whole
    m = m and _ANCHOR.match(text, m.start())  # read it whole, beyond the window
    if m is None or m.lastgroup in _NO_NUMBER_FORMS:
        return None
    side = _read_side(text, m, measures)
    if side is None or side[1] != sep.end() or side[0].fraction:
        return None
    other, _, other_end, other_unit = side
    low = num.value
    upper_words = _WORD_TOKEN.findall(text[m.start() : other.end])
    scale_last = bool(upper_words) and (upper_words[-1].lower() in _SCALES or upper_words[-1].lower() in _ABBREVIATIONS)
    if other.scaled and not num.scaled and 0 < low < other.value and scale_last:
        # "2 to 3 million": the scale belongs to both ends (not in "3 to 79 thousand and 85")
        mantissa = other.value
        for w in _WORD_TOKEN.findall(text[m.start() : other.end]):
            mantissa /= _SCALES.get(w.lower(), 1)
        abbr = _SCALE_AFTER.search(text, m.start(), other.end)
        if abbr and abbr.group("glued"):
            mantissa /= _ABBREVIATIONS[abbr.group("glued").lower().strip()]
        if low < mantissa:
            low *= other.value / mantissa
    if unit is None and other.multiple != 1.0:
        low *= other.multiple  # "two to three decades": the multiple belongs to both ends
    if not low < other.value:
        return None
    return low, other, other_end, unit or other_unit, (sep.group("sep") or sep.group("sep2")).lower()


#: The inches written after feet ("5-foot-8", "6-feet-11 inches"): fewer than twelve, so the
#: "135" of "5-foot-8,135 pounds" is a weight that follows, not part of the height.
# "5-foot-8", "5-foot-8 inches"; spaced, only with its unit: "5 feet 11 inches", "5ft 11in"
_INCHES_AFTER = re.compile(
    r"-(?P<inches>\d{1,2})(?!\d)(?!\.\d)(?:\s*(?:inches|inch)\b)?"
    r"|,?\s+(?:and\s+)?(?P<spaced>\d{1,2})(?!\d)(?!\.\d)\s*(?:inches|inch|in\b\.?)",
    re.IGNORECASE,
)


def _feet_and_inches(text: str, first: tuple[_Number, int, int, str | None]) -> tuple[QuantityMention, _Info] | None:
    """A height in feet and inches ("5-foot-8") as one figure in inches (68), or None."""
    num, start, end, unit = first
    if unit != "ft":
        return None
    m = _INCHES_AFTER.match(text, end)
    if num.fraction or m is None:
        return None
    inches = int(m.group("inches") or m.group("spaced"))
    if inches >= 12:
        return None
    value = num.value * 12 + inches
    quantity = Quantity(low=value, high=value, value=value, unit="inch", text=text[start : m.end()])
    return QuantityMention(start, m.end(), quantity), _Info(num.start, num.end, num, True, "exact")


def _read_at(
    text: str, m: re.Match, rules: QuantityRules, measures: bool = False, number: _Number | None = None
) -> tuple[QuantityMention, _Info] | None:
    """Read the quantity around one anchor: hedge, currency, number, scale, unit, range
    (``number``: the number at ``m``, when it was read already)."""
    form = m.lastgroup
    if form in _NO_NUMBER_FORMS:
        return _read_vague(text, m, rules) if form == "vague" else _read_zero(text, m)
    first = _read_side(text, m, measures, number)
    if first is None:
        return None
    num, start, end, unit = first
    kind, qualifier = "exact", None
    q = _left_qualifier(text, start)
    sign = None if q else _sign_word(text, start)
    if sign:  # "minus 5", "negative one"; a hedge may come before the sign: "between minus 3 and 5"
        num = num._replace(value=-num.value, plain=False)
        start = sign.start()
        q = _left_qualifier(text, start)
    if q:
        start, qualifier = q
        if qualifier == "?":
            return None  # an operator we cannot read, such as "=<"
        kind = _QUALIFIER_KIND[qualifier]
    if kind == "exact" and unit == "ft" and (height := _feet_and_inches(text, first)):
        return height  # "5-foot-8" is one height, not a range of five to eight feet
    bare = num.bare and end == num.end  # a plain word follows the number: no range or hedge after it
    rng = None if bare else _read_range(text, first, measures)
    if rng and rng[4] == "and" and qualifier != "between":
        rng = None  # "1 and 2": two numbers, not a range
    if rng and (kind in ("exact", "approx", "between")):
        low, other, end, unit, _ = rng
        low = -low if sign and low > 0 else low  # "minus 3 to 5 degrees": from -3
        # "about 20-30" stays [20, 30]: a stated range already carries its
        # uncertainty, and widening it would let "about 50-60" agree with 65.
        quantity = Quantity(
            low=low, high=other.value, value=None, qualifier=qualifier or "range", unit=unit,
            text=text[start:end],
        )  # fmt: skip
        info = _Info(num.start, num.end, num, True, "range", other)
        return QuantityMention(start, end, quantity), info
    if kind == "between":
        kind, qualifier = "exact", None
        start = num.start if not unit else first[1]
    if not bare:
        kind, qualifier, end = _hedge_after(text, end, kind, qualifier, unit)
    low, high, lo_inc, hi_inc = _interval(kind, num.value, rules)
    quantity = Quantity(
        low=low, high=high, low_inclusive=lo_inc, high_inclusive=hi_inc, value=num.value, qualifier=qualifier,
        unit=unit, text=text[start:end],
    )  # fmt: skip
    hedged = qualifier is not None or unit is not None or num.scaled or num.fraction
    return QuantityMention(start, end, quantity), _Info(num.start, num.end, num, hedged, kind)


def _hedge_after(
    text: str, end: int, kind: str, qualifier: str | None, unit: str | None
) -> tuple[str, str | None, int]:
    """A figure's kind, qualifier and end with the hedge written after it: "15 or more",
    "more than 5000 or equal to it", "15 years to life" (at least 15 years)."""
    r = _RIGHT_QUALIFIER.match(text, end) if _may_follow(text, end, _RIGHT_QUALIFIER_HEADS) else None
    if r and _NUMBER_NEXT.match(text, r.end()):
        r = None  # "3 plus 4", "200 or more than 300", "5 and over 20 injured"
    if r and (r.group("q") != "+" or r.start("q") == end) and kind in ("exact", "approx"):
        right = re.sub(r"\s+", " ", r.group("q").lower())
        kind, qualifier = _RIGHT_QUALIFIERS[right], right.lstrip("-")
        end = r.end()
    if kind in ("gt", "lt") and (equal := _OR_EQUAL.match(text, end)) and not _NUMBER_NEXT.match(text, equal.end()):
        kind, end = ("ge" if kind == "gt" else "le"), equal.end()  # "more than 5000 or equal to it"
    if unit == "yr" and kind in ("exact", "approx") and (life := _TO_LIFE.match(text, end)):
        kind, qualifier, end = "ge", "to life", life.end()
    return kind, qualifier, end


def _read_zero(text: str, m: re.Match) -> tuple[QuantityMention, _Info]:
    """Read "no injuries", "no one" and "none" as the figure zero."""
    start, end = m.start("zero"), m.end("zero")
    one = re.match(r"\s+one\b", text[end : end + 8], re.IGNORECASE)
    if one:  # "no one" is one word in all but spelling
        end += one.end()
    quantity = Quantity(low=0.0, high=0.0, value=0.0, text=text[start:end])
    return QuantityMention(start, end, quantity), _Info(start, end, None, True, "zero")


def _read_vague(text: str, m: re.Match, rules: QuantityRules) -> tuple[QuantityMention, _Info] | None:
    """Read "dozens", "hundreds of thousands", "several hundred", "a handful"."""
    start, end = m.start("vague"), m.end("vague")
    if m.group("vplural"):
        base, (lo_m, hi_m) = _VAGUE_WORDS[m.group("vplural").lower()], rules.plural
        of = _OF_VAGUE.match(text, end)
        if of and _VAGUE_WORDS[of.group(1).lower()] >= 1e3:  # "tens of thousands"
            base *= _VAGUE_WORDS[of.group(1).lower()]
            end = of.end()
    else:
        count = re.sub(r"\s+", " ", m.group("vcount").lower())
        key = "couple" if count.startswith("a couple") else count.split()[-1]
        lo_m, hi_m = {
            "several": rules.several,
            "few": rules.few,
            "handful": rules.handful,
            "couple": rules.couple,
        }[key]
        scale = (m.group("vscale") or "").lower()
        base = 12 if scale == "dozen" else _SCALES.get(scale, 1)
    quantity = Quantity(
        low=lo_m * base,
        high=hi_m * base,
        low_inclusive=True,
        high_inclusive=False,
        value=None,
        qualifier=re.sub(r"\s+", " ", text[start:end].lower()),
        text=text[start:end],
    )
    return QuantityMention(start, end, quantity), _Info(start, end, None, True, "vague")


#: How far back a pattern of _ANCHOR looks before where its match starts ("(?<!to\s)").
_ANCHOR_LOOKBEHIND = 8


def _anchor_within(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_ANCHOR.search(text, lo, hi)``, first searched with _FAST_ANCHOR on the window
    lower-cased (with what a lookbehind reads before it): most windows hold no figure,
    and the case-insensitive pattern is slow to try at each of their characters."""
    base = max(0, lo - _ANCHOR_LOOKBEHIND)
    window = text[base:hi]
    lowered = window.lower()
    if len(lowered) != len(window):
        return _ANCHOR.search(text, lo, hi)
    found = _FAST_ANCHOR.search(lowered, lo - base)
    return _ANCHOR.search(text, base + found.start(), hi) if found else None


_JOIN_BOUNDS = re.compile(r",?\s+(?:and|but)\s+|,\s+|[ \t]+", re.IGNORECASE)
_LOWER_KINDS = {"gt": False, "ge": True}
_UPPER_KINDS = {"lt": False, "le": True}
_BOUND_KINDS = frozenset([*_LOWER_KINDS, *_UPPER_KINDS])


def _join_bounds(
    text: str, a: QuantityMention, ai: _Info, rules: QuantityRules, measures: bool = False
) -> QuantityMention | None:
    """Merge "more than 10 and less than 40" into one interval (10, 40) when it is one."""
    if ai.kind not in _BOUND_KINDS:
        return None
    j = _JOIN_BOUNDS.match(text, a.end)
    if not j:
        return None
    m = _anchor_within(text, j.end(), j.end() + 60)  # past a hedge such as "less than"
    m = m and _ANCHOR.match(text, m.start())
    got = _read_at(text, m, rules, measures) if m else None
    if not got or got[0].start != j.end():
        return None
    b, bi = got
    if (ai.kind in _LOWER_KINDS) == (bi.kind in _LOWER_KINDS) or bi.kind not in (
        *_LOWER_KINDS,
        *_UPPER_KINDS,
    ):
        return None
    lo, hi = (a, b) if ai.kind in _LOWER_KINDS else (b, a)
    q = Quantity(
        low=lo.quantity.low,
        high=hi.quantity.high,
        low_inclusive=lo.quantity.low_inclusive,
        high_inclusive=hi.quantity.high_inclusive,
        value=None,
        qualifier=f"{lo.quantity.qualifier} … {hi.quantity.qualifier}",
        unit=a.quantity.unit or b.quantity.unit,
        text=text[a.start : b.end],
    )
    if not q.low < q.high:
        return None
    return QuantityMention(a.start, b.end, q)


_AM_PM = r"(?:[aApP]\.\s?[mM]\.|[aApP][mM]\b)"
#: Periods of a game, how their clock counts and how long they last (``wordlists/game_periods.tsv``).
_GAME_PERIODS = {row[0]: (row[1], float(row[2]) if len(row) > 2 else None) for row in rows("game_periods.tsv")}
_CLOCK = re.compile(
    rf"""
    (?<![\w.:/])
    (?:
        (?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:]|[.,]\d)
        (?:\s*(?P<ampm>{_AM_PM}))?
        (?:\s+(?P<left>left|remaining|to\s+play|to\s+go)\b
          |\s+(?:of|in|into)\s+(?:the\s+)?(?:\w+\s+)?(?P<period>{alternation(_GAME_PERIODS)})\b)?
      | (?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<m2>[0-5]\d))?\s*(?P<ampm2>{_AM_PM}|o['\u2019]clock\b)
      | (?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:hours?\b|hrs\b|GMT\b|UTC\b|Z\b))
        (?:\s*(?:hours?|hrs)\b)?
    )
    (?:\s*\(?(?P<zone>{alternation(TIME_ZONES)}|local\s+time|local)\b\)?)?
    """,
    re.VERBOSE,
)


#: Where a clock time can start: a digit after no word character, a point or a slash,
#: then what each form of _CLOCK needs next ("6:12", "10.30", "3 pm", "5 o'clock", "2312
#: GMT"). It starts with a digit, so a search skips at once to the few digits of a text.
_CLOCK_START = re.compile(r"\d(?<![\w.:/]\d)\d?(?:[.:]\d|\s*[aApPo]|\d\d\s*[hGUZ])")


def _clock_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CLOCK.finditer(text)``, with _CLOCK tried only where _CLOCK_START says a clock time
    can start (most texts have a few, and the full pattern is slow to try everywhere)."""
    return cued_matches(_CLOCK_START, _CLOCK, text)


#: A period of a game named in the sentence before a clock reading, by its ordinal alone
#: or as "the" period: "dropped him again in the sixth, ... stopping the fight at 2:56",
#: "went down late in the round, and the referee stopped it at 2:56".
_PERIOD_NAMES = alternation([*_ORDINAL_WORDS, "second", *_GAME_PERIODS])
_ELIDED_PERIOD = re.compile(
    rf"\b(?:in|of|into)\s+the\s+(?:{_PERIOD_NAMES}|\d{{1,2}}(?:st|nd|rd|th))\b(?:(?![.!?]\s).)*$",
    re.IGNORECASE | re.DOTALL,
)
_PERIOD_NOUNS = re.compile(rf"\b({alternation(_GAME_PERIODS)})s?\b", re.IGNORECASE)


def _one_game_period(text: str) -> str | None:
    """The one kind of game period a text names ("round"), or None for none or several:
    a clock reading after "in the sixth" is of that period only when no other is named."""
    found = {m.group(1).lower() for m in _PERIOD_NOUNS.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _time_left(stated: float, period: str | None) -> float | None:
    """The time left in a game's period by a clock reading of it: "4:21 left" and "at 4:21
    of the second quarter" leave 261 seconds, "at 2:56 of the sixth round" leaves 4 (a
    round's clock counts up); None for a reading longer than its period."""
    if period is None:
        return stated
    counts, length = _GAME_PERIODS[period.lower()]
    if counts == "down" or length is None:
        return stated
    return length - stated if stated <= length else None


def _clocks(text: str, rules: QuantityRules = DEFAULT_RULES) -> Iterator[QuantityMention]:
    """Clock times as minutes after midnight: "6:12 a.m. local time", "2312 GMT", "3 p.m."

    A game clock ("4:21 left", "13:41 to go", "at 2:56 of the sixth round") is the time
    still to play: a duration in seconds, not a time of day. So is a bare reading after a
    period named by its ordinal alone ("in the sixth, ... at 2:56") in a text that names
    one kind of game period only, when it fits in that period.
    """
    game: str | None = ""  # the one kind of game period the text names, found on first need
    for c in _clock_matches(text):
        if c.group("h") is not None:
            hour, minute = int(c.group("h")), int(c.group("m"))
            ampm = c.group("ampm")
            period = c.group("period")
            elided = period is None and not (ampm or c.group("zone") or c.group("left") or c.group("s"))
            if elided:
                if game == "":
                    game = _one_game_period(text)
                period = game if game and _ELIDED_PERIOD.search(text, max(0, c.start() - 120), c.start()) else None
            value = _time_left(float(hour * 60 + minute), period) if c.group("left") or period else None
            if value is None and period and not elided:
                continue  # "at 3:10 of the third round": more than a round lasts
            if value is not None:  # "4:21 left": 261 seconds to play, a duration
                q = Quantity(low=value, high=value, value=value, unit="s", text=c.group())
                yield QuantityMention(c.start(), c.end(), q)
                continue
        elif c.group("h2") is not None:
            hour, minute, ampm = int(c.group("h2")), int(c.group("m2") or 0), c.group("ampm2")
        else:
            hour, minute, ampm = int(c.group("h3")), int(c.group("m3")), None
        if ampm and ampm[0] in "aApP":
            if hour > 12 or hour == 0:
                continue  # "13:00 p.m." is no time
            hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
        zone = c.group("zone")
        unit = CLOCK if zone is None else f"{CLOCK}:{'local' if zone.startswith('local') else zone}"
        yield _time_of_day(text, c.start(), c.start() + len(c.group().rstrip()), float(hour * 60 + minute), unit, rules)


def _time_of_day(text: str, start: int, end: int, value: float, unit: str, rules: QuantityRules) -> QuantityMention:
    """A time of day over ``text[start:end]``, with the hedge written before it, if any."""
    hedge = clock_hedge(text, start, value, rules.clock_about, rules.clock_soon)
    if hedge is None:
        return QuantityMention(
            start, end, Quantity(low=value, high=value, value=value, unit=unit, text=text[start:end])
        )
    quantity = Quantity(
        low=hedge.low,
        high=hedge.high,
        low_inclusive=hedge.low_inclusive,
        high_inclusive=hedge.high_inclusive,
        value=value,
        qualifier=hedge.qualifier.lower(),
        unit=unit,
        text=text[hedge.start : end],
    )
    return QuantityMention(hedge.start, end, quantity)


_MULTIPLES = {
    surface.lower(): (symbol, float(factor))
    for surfaces, symbol, factor in rows("unit_multiples.tsv")
    for surface in surfaces.split("|")
}
_MULTIPLE_RIGHT = re.compile(rf"(?:\s+|-)(?P<u>{alternation(_MULTIPLES)})\b(?![-\s]+old\b)", re.IGNORECASE)
_MULTIPLE_OPENINGS = _openings_by_length(_MULTIPLES)


def _leading_word(phrase: str) -> str:
    """The ASCII letters a phrase opens with, lower-cased as a case-insensitive pattern reads
    them ("km" for "km/h", "sq" for "sq. km", "" for "°C")."""
    lowered = ascii_letters(phrase).lower()
    return lowered[: len(lowered) - len(lowered.lstrip(string.ascii_lowercase))]


#: Every word that opens something a number takes after it, after spaces, lower-cased: a
#: fraction ("and a half"), a scale ("million", "bn"), a ratio ("in", "out of", "over"), an
#: exponent ("x 10^3"), a percentage or currency ("per cent", "USD", "euros"), a multiple, a
#: magnitude or a unit of measure, a range ("to", "through", "and") or a hedge ("or more",
#: "plus"). After any other word (:func:`_bare_after`) their patterns are not tried.
_TAKEN_AFTER = frozenset(
    word
    for word in (
        *["and", "in", "out", "over", "x", "to", "through", "thru", "per", "percent", "percentage", "pc", "pct"],
        *["point", "points", "basis", "bp", "bps", "magnitude", "dozen", "dozens", *_SPACED_ABBREVIATIONS],
        *_SCALES,
        *(scale + "s" for scale in _SCALES),
        *map(_leading_word, [*_CURRENCY_CODES, *_CURRENCY_WORDS, *_MULTIPLES, *UNIT_SURFACES, *_RIGHT_QUALIFIERS]),
    )
    if word
)
_SPANS = {
    phrase.lower(): (float(value), symbol, when.strip() == "hedged")
    for phrases, value, symbol, when in rows("time_spans.tsv")
    for phrase in phrases.split("|")
}
_SPAN = re.compile(
    rf"\b(?P<span>{alternation(_SPANS)})\b(?![-\s]+(?:old|long)\b)|\b(?P<clock>midnight|noon|midday)\b", re.IGNORECASE
)
#: The same on lower-cased text, behind a test of how a span opens (several times faster).
_SPAN_OPENINGS = openings([*_SPANS, "midnight", "noon", "midday"])
_FAST_SPAN = re.compile(rf"(?<![a-z])(?={_SPAN_OPENINGS})(?:{_SPAN.pattern})", _SPAN.flags & ~re.IGNORECASE)
#: _FAST_SPAN led by the character before a span, for :func:`_led_finditer`.
_LED_SPAN = re.compile(rf"[^a-z](?={_SPAN_OPENINGS})(?:{_SPAN.pattern})", _FAST_SPAN.flags)
#: Words before a span written as "a day", "a week" that make it a stated span.
_SPAN_LEAD = re.compile(r"\b(?:for|over)\s+$", re.IGNORECASE)
_AFTER_MIDNIGHT = re.compile(r"\b(?:after|past|since)\s+$", re.IGNORECASE)


def _count_row(phrases: str, low: str, high: str, when: str) -> list[tuple[str, tuple[float, float, bool, bool]]]:
    lo = float(low)
    hi, hi_inc = (float(high.lstrip("<")), not high.startswith("<")) if high.strip() else (lo, True)
    return [(p.lower(), (lo, hi, hi_inc, when.strip() == "determined")) for p in phrases.split("|")]


_COUNT_WORDS = dict(row for line in rows("count_words.tsv") for row in _count_row(*line))
_COUNT_WORD_ANY_CASE = re.compile(rf"(?<![a-z-])(?:{alternation(_COUNT_WORDS)})(?![a-z])", re.IGNORECASE)
#: The same on lower-cased text, behind a test of how a count word opens (several times faster).
_COUNT_WORD = re.compile(rf"(?<![a-z-])(?={openings(_COUNT_WORDS)})(?:{alternation(_COUNT_WORDS)})(?![a-z])")
#: _COUNT_WORD led by the character before a count word, for :func:`_led_finditer`.
_LED_COUNT_WORD = re.compile(rf"[^a-z-](?={openings(_COUNT_WORDS)})(?:{alternation(_COUNT_WORDS)})(?![a-z])")
_DETERMINED = re.compile(rf"\b(?:{_DETERMINERS})\s+$", re.IGNORECASE)


def _led_finditer(led: re.Pattern[str], pattern: re.Pattern[str], lowered: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(lowered)`` for a pattern that opens with a lookbehind of one
    character, found with ``led``, the pattern led by that character instead, on the text
    with a space put before it: a pattern that opens with a character class lets the search
    pass over the letters inside words at once. Each match is ``pattern``'s own."""
    spaced = " " + lowered
    pos = 0
    while (cue := led.search(spaced, pos)) is not None:
        found = pattern.match(lowered, cue.start())  # the lead stands before the match
        if found is None:
            pos = cue.start() + 1
            continue
        yield found
        pos = max(found.end(), cue.start() + 1)


def _count_words(text: str, lowered: str | None) -> Iterator[QuantityMention]:
    """Counts stated without a number (``wordlists/count_words.tsv``): "a pair of" [2, 2],
    "double-digit" [10, 100), "his dozen rounds" [12, 12]; ``lowered`` is the text lower-cased,
    when that kept every offset."""
    found = (
        _led_finditer(_LED_COUNT_WORD, _COUNT_WORD, lowered)
        if lowered is not None
        else _COUNT_WORD_ANY_CASE.finditer(text)
    )
    for c in found:
        start, end = c.start(), c.end()
        low, high, high_inclusive, determined = _COUNT_WORDS[re.sub(r"\s+", " ", c.group().lower())]
        if determined and not _DETERMINED.search(text, max(0, start - 8), start):
            continue
        if text[start:end].endswith(" of"):
            end -= 3  # "a pair of": the figure is "a pair"
        exact = low == high
        quantity = Quantity(
            low=low,
            high=high,
            high_inclusive=high_inclusive,
            value=low if exact else None,
            qualifier=None if exact else re.sub(r"\s+", " ", text[start:end].lower()),
            text=text[start:end],
        )
        yield QuantityMention(start, end, quantity)


def _start(mention: QuantityMention) -> int:
    return mention.start


def _spans(text: str, rules: QuantityRules, lowered: str | None = None) -> Iterator[QuantityMention]:
    """Spans of time written without a number ("a quarter-century", "half an hour", "about a
    week"; the lexicon is ``wordlists/time_spans.tsv``) and midnight and noon as clock times
    (``lowered``: the text lower-cased, when that kept every offset)."""
    if not text:
        return
    for s in _led_finditer(_LED_SPAN, _FAST_SPAN, lowered) if lowered is not None else _SPAN.finditer(text):
        start, end = s.start(), s.end()
        if s.group("clock"):
            word = s.group("clock").lower()
            before = text[max(0, start - 12) : start]
            value = 720.0 if word != "midnight" else 0.0 if _AFTER_MIDNIGHT.search(before) else 1440.0
            yield _time_of_day(text, start, end, value, CLOCK, rules)
            continue
        value, unit, hedged = _SPANS[re.sub(r"\s+", " ", s.group("span").lower())]
        kind, qualifier = "approx", None  # "a quarter-century" is a round figure, about 25 years
        q = _left_qualifier(text, start)
        if q and q[1] != "?" and _QUALIFIER_KIND[q[1]] != "between":
            start, qualifier = q
            kind = _QUALIFIER_KIND[qualifier]
        elif hedged and not _SPAN_LEAD.search(text, max(0, start - 8), start):
            continue  # "a day after", "twice a week": no stated span
        low, high, lo_inc, hi_inc = _interval(kind, value, rules)
        quantity = Quantity(
            low=low,
            high=high,
            low_inclusive=lo_inc,
            high_inclusive=hi_inc,
            value=value,
            qualifier=qualifier,
            unit=unit,
            text=text[start:end],
        )
        yield QuantityMention(start, end, quantity)


def _kept_at(
    text: str, m: re.Match[str], rules: QuantityRules, claims_only: bool, measures: bool
) -> tuple[QuantityMention, _Info] | int:
    """The reading at an anchor that the scan keeps (with claims_only, a claim), or else the
    offset where the scan goes on."""
    number = None
    if m.lastgroup not in _NO_NUMBER_FORMS:
        number = _read_number(text, m)
        if number is None:
            return m.end()  # no number here: _read_at reads nothing either
    # A number placed in a date, a name or a code is no claim however it is read: it is left
    # out before its hedges and units are read, unless an operator may stand before its
    # reading (_read_at reads nothing after "=<", and the scan goes on from elsewhere).
    placed = claims_only and number is not None and _placed_as_non_claim(text, number.start, number.end)
    if placed and number is not None and not _operator_may_precede(text, number.start):
        return max(m.end(), number.end)
    got = _read_at(text, m, rules, measures, number)
    if got is None:
        return m.end()
    mention, info = got
    if claims_only and number is None:
        placed = _placed_as_non_claim(text, info.core_start, info.core_end)
    if claims_only and (placed or not _is_claim(text, mention, info)):
        return max(m.end(), info.core_end)
    return got


#: "and" after a number read from a run of number words: the run may hold a second number.
_AND_NEXT = re.compile(r"\s+and\s", re.IGNORECASE)


def _scan(text: str, rules: QuantityRules, claims_only: bool, measures: bool = False) -> Iterator[QuantityMention]:
    """Yield quantities left to right; with claims_only, skip non-claim numbers.

    With measures, clock times are read too (units of measure are read by _read_side).
    """
    text = ascii_letters(text)  # "12 kmſ": a pattern reads "km", whose key must be found
    pos = last_end = 0
    n = len(text)
    lowered = text.lower()
    fast = len(lowered) == n  # lower-casing kept every offset (it does for all but a few letters)
    words = _count_words(text, lowered if fast else None)
    # each in text order already; one stable sort of all three costs less than merging them
    # item by item (ties keep this order, as a merge does)
    clocks = (
        iter(sorted(chain(_clocks(text, rules), _spans(text, rules, lowered if fast else None), words), key=_start))
        if measures
        else words
    )
    clock = next(clocks, None)
    led = fast and (lowered.isascii() or not _VULGAR_AFTER_LETTER.search(lowered))
    while pos < n:
        # The next figure's match; on the lower-cased text, where that kept every offset, and
        # from the character before the figure (see _LED_ANCHOR) where no vulgar fraction is
        # glued to a letter. The figure is the match's group, m.lastgroup.
        if led:
            m = (_FAST_ANCHOR.match(lowered) if pos == 0 else None) or _LED_ANCHOR.search(lowered, max(0, pos - 1))
        elif fast:
            m = _FAST_ANCHOR.search(lowered, pos)
        else:
            m = _ANCHOR.search(text, pos)
        while clock is not None and clock.start < pos:
            clock = next(clocks, None)  # inside a figure already read
        if clock is not None and (m is None or clock.start <= m.start(m.lastgroup or 0)):
            yield clock
            pos = last_end = clock.end
            clock = next(clocks, None)
            continue
        if m is None:
            return
        kept = _kept_at(text, m, rules, claims_only, measures)
        if isinstance(kept, int):
            pos = kept
            continue
        mention, info = kept
        if info.kind in _BOUND_KINDS:  # only a bound joins another ("more than 10 and less than 40")
            mention = _join_bounds(text, mention, info, rules, measures) or mention
        if mention.start < last_end:  # a unit read backwards into the figure before it
            pos = max(mention.end, m.end())
            continue
        yield mention
        last_end = mention.end
        # a run of number words may hold two numbers "and" joins ("three hundred and two hundred")
        pos = mention.end if _AND_NEXT.match(text, mention.end, m.end()) else max(mention.end, m.end())


# --------------------------------------------------------------------------- non-claims

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d)"
_REFERENCE_WORDS = [
    "section",
    "sections",
    "article",
    "articles",
    "chapter",
    "clause",
    "paragraph",
    "para",
    "rule",
    "resolution",
    "amendment",
    "no.",
    "nos.",
    "number",
    "page",
    "pages",
    "p.",
    "pp.",
    "vol.",
    "vol",
    "volume",
    "part",
    "item",
    "flight",
    "route",
    "highway",
    "room",
    "version",
    "platform",
    "gate",
    "level",
    "phase",
    "stage",
    "episode",
    "season",
    "exhibit",
    "schedule",
    "annex",
    "appendix",
    "table",
    "figure",
    "fig.",
    "line",
    "bus",
    "channel",
]
# Capitalised words that may stand before a count at the start of a sentence or
# clause, so "About 50", "In 300 cases" are not read as names like "Boeing 737".
_NOT_NAMES = [
    "The",
    "A",
    "An",
    "About",
    "Around",
    "Some",
    "Nearly",
    "Almost",
    "Over",
    "Under",
    "More",
    "Fewer",
    "Less",
    "At",
    "In",
    "On",
    "Of",
    "For",
    "With",
    "By",
    "To",
    "From",
    "Since",
    "Until",
    "After",
    "Before",
    "During",
    "Only",
    "Just",
    "Roughly",
    "Approximately",
    "Another",
    "All",
    "And",
    "But",
    "Or",
    "Between",
    "Among",
    "Up",
    "Exactly",
    "Even",
    "Those",
    "These",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Your",
    "My",
    "Last",
    "Next",
    "Estimated",
    "Upwards",
    "Well",
    "Than",
    "Barely",
    "Each",
    "Every",
    "Both",
    "Once",
    "Like",
    "Plus",
    "Minus",
    "Total",
    "Killed",
    "Killing",
    "Kills",
    "Leaves",
    "Left",
    "Injured",
    "Wounded",
    "Other",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Then",
    "Now",
    "So",
    "When",
    "While",
    "Where",
    "If",
    "As",
    "Still",
    "Already",
    "Yet",
    "Least",
    "Most",
    "Further",
    "Additional",
    *(name.capitalize() for name in MONTHS),  # "In March 2012", "Sept 11"
    # a currency written as a code is no name: "USD 5 million", "EUR 300", "Rs 500 crore"
    *_CURRENCY_CODES,
    "Rs",
]
# Places where digits are not a claim count. Each pattern is linear to scan. Every one
# starts at a word boundary, a "#" or a line start: the lookahead rules out other places
# before the patterns are tried one by one.
_NON_CLAIMS = re.compile(
    r"(?=\b|\#|(?m:^))(?:"
    + "|".join(
        [
            rf"\b{_MONTHS}\s+{_DAY}(?:,?\s+\d{{4}})?\b",  # September 11, 2025
            rf"\b{_DAY}\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?",  # 11 September 2025
            rf"\b{_MONTHS}\s+\d{{4}}\b",  # September 2025
            r"\b\d{4}-\d\d(?:-\d\d)?\b",  # 2025-09-11, 1995-01
            r"\b\d{1,4}/\d{1,2}/\d{2,4}\b",  # 5/17/2018
            r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?",  # 10:30
            r"\b\d{1,2}(?:\.\d\d)?\s*(?:[ap]\.m\.|[ap]m\b|o'clock)",  # 3 p.m.
            # emergency numbers: "a 911 caller", "dialled 999"
            r"(?i:\b(?:call(?:ed|ing)?|dial(?:l?ed|l?ing)?)\s+(?:911|999|112)\b)",
            r"(?i:\b(?:911|999|112)\s+(?:call|caller|calls|dispatch\w*|operator|cent(?:er|re)|line)\b)",
            # decades written with an apostrophe: "the 1990's", "in his early 20's"
            r"\b\d*0['\u2019]s\b",
            # references: "Section 3.2", "Article 5", "No. 7", "#4" (the lookahead only
            # skips, cheaply, the words no number follows)
            rf"(?i:\b(?=[\w.]+\s*#?\d)(?:{alternation(_REFERENCE_WORDS)})\s*#?\d+(?:\.\d+)*)|\#\d+",
            # names holding numbers: "Group of 20", "Boeing 737", "Apollo 11"
            r"\bGroup\s+of\s+\d+",
            # (not a share: "beat Berg 55% to 45%")
            rf"\b(?=[A-Za-z]+\s+\d)(?!(?:{alternation(_NOT_NAMES)})\b)"
            r"(?![A-Za-z]+\s+\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b))"
            r"(?:[A-Z][A-Za-z]+|[a-z]+[A-Z][A-Za-z]*)\s+\d+(?![\d,.]\d)"
            # (not a span of time: "gave Peterson 40 years")
            r"(?!\d*\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b)"
            r"(?!\s+(?:[a-z]+s|people|police|staff|children|men|women)\b)",
            # list markers at the start of a line: "1. ", "2) "
            r"(?m:^[ \t]*\d{1,3}[.)](?=[ \t]+\S))",
        ]
    )
    + ")",
)


# Phone numbers: "+1-222-2222/2222", "(555) 123-4567", "020 7946 0958". Searched on their
# own, so a name match before them ("Call 020") cannot hide them.
_PHONES = re.compile(
    "|".join(
        [
            r"(?<![\w.,])(?<!\d\s)\+\d{1,3}[\s./-]?\(?\d{1,5}\)?(?:[\s./-]\d{2,5})+",
            r"(?<![\w.,])(?<!\d\s)\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b",
            r"(?<![\w.,])(?<!\d\s)\d{3}[.-]\d{3}[.-]\d{4}\b",
            r"(?<![\w.,])(?<!\d\s)0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b",
        ]
    )
)


_REFERENCE_STEMS = frozenset(w.rstrip(".") for w in _REFERENCE_WORDS)
#: Characters one of the non-claim patterns needs (dates, times, decades, references,
#: list markers); a window with none of them, no capital and no reference word holds none.
_NON_CLAIM_CHARS = frozenset("-/:'\u2019#\n")
#: Words of _NOT_NAMES that are no month: no pattern of _NON_CLAIMS reads one written before a
#: number ("Some 691", "Almost 1,701").
_PLAIN_CAPITALS = [w for w in _NOT_NAMES if not re.fullmatch(_MONTHS, w)]
#: What each pattern of _NON_CLAIMS needs around a number, besides a reference word: a
#: capitalised word before it (a month, a name, "Group of"), unless the capital opens one of
#: _PLAIN_CAPITALS (tested last, only before a figure); or a date's or a time's separator,
#: "am"/"pm", "o'clock", a decade's "'s" or a capitalised word (a month) after it, a "#" or a
#: line break before it; or an emergency number. One pattern that starts with a character
#: class (the capital, the digit, the "#" or the line break), so one search skips at once to
#: the few places it could match.
_NON_CLAIM_SKETCH = re.compile(
    r"[A-Z\d#\n](?:(?<=[A-Z])(?=[A-Za-z]*\.?\s+(?:of\s+)?\d)"
    rf"(?<!(?<![A-Za-z])(?=(?:{alternation(_PLAIN_CAPITALS)})(?![A-Za-z]))[A-Z])"
    r"|(?<=\d)(?:[-/:]\d|\s*(?:[ap]\.?m|o'clock)|['\u2019]s|(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z])"
    r"|(?<=9)(?:11|99)|(?<=1)12"
    r"|(?<=\#)\d|(?<=\n)[ \t]*\d)"
)
_LINE_DIGITS = re.compile(r"[ \t]*\d")
_NINE_DIGITS = re.compile(r"(?:\D*+\d){9}")
#: The word written just before a figure ("section 3", "no. 7", "flight #12"), in lower case.
_WORD_BEFORE_FIGURE = re.compile(r"\b([a-z]++\.?)\s*+\#?\d")
_REFERENCE_SET = frozenset(_REFERENCE_WORDS)
#: The stems of _REFERENCE_WORDS as bytes, to look up among the words of an ASCII window.
_REFERENCE_STEM_BYTES = frozenset(stem.encode("ascii") for stem in _REFERENCE_STEMS)
#: A table that turns an ASCII window, as bytes, into its words lower-cased between spaces:
#: capitals to small letters, everything else to a space.
_LOWER_WORDS_ONLY = bytes.maketrans(
    bytes(range(128)), bytes(c | 0x20 if chr(c).isalpha() else 0x20 for c in range(128))
)


def _has_non_claim_cue(window: str) -> bool:
    """Whether a window holds a capital, one of a few characters, "am"/"pm", an emergency
    number or a reference word: one of these is in every match of ``_NON_CLAIMS``."""
    return (
        window.lower() != window
        or not _NON_CLAIM_CHARS.isdisjoint(window)
        or "am" in window
        or "pm" in window
        or ".m" in window
        or _has_emergency_number(window)
        or _has_reference_word(window)
    )


def _has_emergency_number(window: str) -> bool:
    return "911" in window or "999" in window or "112" in window


def _has_reference_word(window: str) -> bool:
    return not _REFERENCE_STEMS.isdisjoint(_WORD_TOKEN.findall(window.lower()))


def _has_reference(window: str) -> bool:
    """Whether one of _REFERENCE_WORDS is written just before a figure in an ASCII window,
    read on the window lower-cased, not with the case-insensitive alternation at each place.
    Most windows name no reference word at all: its words, split out of the bytes by a table
    (much faster than a regex), tell at once."""
    words = window.encode("ascii").translate(_LOWER_WORDS_ONLY).split()
    return not _REFERENCE_STEM_BYTES.isdisjoint(words) and not _REFERENCE_SET.isdisjoint(
        _WORD_BEFORE_FIGURE.findall(window.lower())
    )


def _may_hold_non_claim(text: str, lo: int, hi: int, window: str | None = None) -> bool:
    """Whether ``_NON_CLAIMS`` can match in ``text[lo:hi]`` (``window``, when it was cut
    already): a cheap test that saves the full pattern on most windows. In ASCII text a cue
    counts only where a pattern could use it (:data:`_NON_CLAIM_SKETCH`, or digits opening a
    line where the window starts: a list marker); past ASCII any cue does (case folding may
    match)."""
    if window is None:
        window = text[lo:hi]
    if not window.isascii():
        return lo == 0 or _has_non_claim_cue(window)
    return (
        _NON_CLAIM_SKETCH.search(text, lo, hi) is not None
        or _has_reference(window)
        or ((lo == 0 or text[lo - 1] == "\n") and _LINE_DIGITS.match(text, lo, hi) is not None)
    )


def _may_hold_phone(window: str) -> bool:
    """Whether ``_PHONES`` can match in a window: each of its forms needs a "+" or nine digits."""
    return "+" in window or _NINE_DIGITS.match(window) is not None


def _in_non_claim(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a date, time, phone number, reference or name.

    Only a window around the number is searched, so the cost grows with the number
    of candidates, not with the length of the article.
    """
    lo, hi = max(0, start - 20), min(len(text), end + 12)
    window = text[lo:hi]
    patterns = [_NON_CLAIMS] if _may_hold_non_claim(text, lo, hi, window) else []
    if _may_hold_phone(window):
        patterns.append(_PHONES)
    for pattern in patterns:
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= end:
                break  # matches come left to right: none after this one reaches the number
            if m.end() > start:
                return True
    return False


_YEAR_LEFT = re.compile(
    r"\b(?:in|since|from|by|until|till|to|during|before|after|of|the|early|late|mid|"
    r"year|fiscal|summer|spring|autumn|winter|fall|circa|around|between|and)\W*$",
    re.IGNORECASE,
)
_WORD_YEAR_LEFT = re.compile(
    r"\b(?:in|since|until|till|during|circa|year|early|late|mid|summer|spring|autumn|winter)\W*$",
    re.IGNORECASE,
)
_PRONOUN_ONE_LEFT = re.compile(r"\b(?:the|that|this|which|no|any|every|each|some|another|only|last)\s+$", re.I)
_PRONOUN_ONE_RIGHT = re.compile(
    r"\s+(?:of|another|who|that|which|or|and|day|time|way|thing|side|hand|point)\b|\s*[^\w\s]|\s*$",
    re.IGNORECASE,
)


_PERIODS_LEFT = re.compile(
    r"\b(?:first|second|third|fourth|last|final|opening|closing|past|next|lower|upper|top|bottom"
    r"|other|back|front|latter|former|better)\s+$",
    re.IGNORECASE,
)
_SOMETHING_AFTER = re.compile(r"-?something", re.IGNORECASE)
#: A number whose unit comes with the next one: "8- and 10-year-old", "6-, 8-".
_SUSPENDED_AFTER = re.compile(r"-\s?(?:,\s*\d{1,3}-\s?)*(?:,\s*|(?:and|or|to)\s+)\d{1,3}-[a-z]", re.IGNORECASE)
_SCORE_AFTER = re.compile(r"[-\u2013\u2014]\d")
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:(?!(?:was|is|has|does|goes|says|as|this|his|its|thus|plus|less|unless|across)\b)[a-z]+s"
    r"|people|police|staff|children|men|women|personnel|cattle)\b"
)
_ORDINAL_AFTER = re.compile(rf"[\s-]+(?:{alternation(_ORDINALS)})\b(?!-[a-z])", re.IGNORECASE)


def _looks_like_year(text: str, num: _Number) -> bool:
    """Four bare digits between 1000 and 2100 ("1994")."""
    return num.plain and 1000 <= num.value <= 2100 and num.end - num.start == 4


# Tokens that are addresses or codes, whatever digits they hold: URLs, e-mail addresses,
# query strings, file names, hashes, product and part codes ("SKU-4471-B", "RTX4090").
_OPAQUE_TOKEN = re.compile(
    r"""
    :// | ^www\. | \w@\w | [?&][\w.%-]*= | \w=\w | \w/\w*[a-z]\w*/
    | \.(?:com|org|net|gov|edu|info|io|co|uk|de|fr|html?|php|aspx?|jsp|json|pdf|txt|csv|png|jpe?g)\b
    | ^(?=\S*[a-f])(?=\S*\d)[0-9a-f]{7,}$
    | ^[A-Za-z]+\d+[A-Za-z\d-]*$ | ^[A-Z]{1,6}-\d+(?:-[A-Z\d]+)+$ | ^\d+[A-Z]{2,}\d
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TOKEN_EDGE = "\"'([{<“‘.,;:!)]}>”’"
_LONGEST_TOKEN = 300


def _in_opaque_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a URL, e-mail address, hash or code token."""
    if (start == 0 or text[start - 1].isspace()) and (end >= len(text) or text[end].isspace()):
        return False  # a token of its own, as most figures are
    lo, hi = start, end
    floor, ceiling = max(0, start - _LONGEST_TOKEN), min(len(text), end + _LONGEST_TOKEN)
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    while hi < ceiling and not text[hi].isspace():
        hi += 1
    if lo == start and hi == end:
        return False
    token = text[lo:hi].strip(_TOKEN_EDGE)
    return _OPAQUE_TOKEN.search(token) is not None


def _suspended_after_word(text: str, num: _Number) -> bool:
    """Whether a number glued to a lower-case word by a flattened dash opens a suspended
    compound ("two sisters-8-and 10-year-old girls"), which no code name ("F-16") does."""
    return text[num.start - 2 : num.start - 1].islower() and _SUSPENDED_AFTER.match(text, num.end) is not None


def _placed_as_non_claim(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] stands in a date, time, phone number, reference,
    name or code token, where no reading of it is a claim."""
    return _in_non_claim(text, start, end) or _in_opaque_token(text, start, end)


#: How the operators _left_qualifier reads end (">=", "≤", "~").
_OPERATOR_ENDS = frozenset(sym[-1] for sym in _SYMBOL_QUALIFIERS)


def _operator_may_precede(text: str, start: int) -> bool:
    """Whether an operator may end just before the reading of the number at ``start``, which
    opens at most 15 characters before it (with a currency or "magnitude of"): the reading
    of a number after one we cannot read ("=<") is nothing, see :func:`_read_at`."""
    return not _OPERATOR_ENDS.isdisjoint(text[max(0, start - 24) : start])


def _is_claim(text: str, mention: QuantityMention, info: _Info) -> bool:  # noqa: PLR0912  (a list of independent vetoes, each with its reason)
    """Whether a reading, whose figure is not placed as a non-claim (see
    :func:`_placed_as_non_claim`), is a count or amount rather than a year, a rank, a name, ..."""
    num = info.number
    if num is None:
        return True
    after = text[num.end : num.end + 1]
    before2 = text[max(0, num.start - 2) : num.start]
    before = before2[-1:]
    if num.odd or (before in "/-\u2013\u2014" and before and before2[:1].isdigit()):
        return False  # "24/7", "9/11", "2019/20", the "96" of "1995-96", the "1" of "3-1"
    if num.fraction and _PERIODS_LEFT.search(text, max(0, num.start - 16), num.start):
        return False  # "the first three quarters", "the last two thirds": periods, not shares
    if after and after in "-sS\u017f" and _SOMETHING_AFTER.match(text, num.end):
        return False  # "twenty-somethings", "thirty-something"
    if after and after in "-\u2013\u2014" and info.kind != "range" and _SCORE_AFTER.match(text, num.end):
        return False  # the "65" of a score or tally "65-53" (a range would read upwards)
    if after.isalpha() and not num.scaled and mention.quantity.unit is None and mention.end == num.end:
        return False  # glued to letters: "11th", "1990s", "29km", "3D"
    glued_to_name = before == "-" and text[num.start - 2 : num.start - 1].isalpha()
    if glued_to_name and mention.quantity.unit is None and not _suspended_after_word(text, num):
        return False  # "Covid-19", "F-16"
    unit = mention.quantity.unit
    if info.kind == "range" and info.other is not None and unit is None:
        other = info.other
        short = other.plain and other.end - other.start == 2  # "1995-96"
        if _looks_like_year(text, num) and (_looks_like_year(text, other) or short):
            return False
    if _looks_like_year(text, num) and unit is None and info.kind in ("exact", "approx"):
        counts = _COUNT_NOUN_AFTER.match(text, num.end) or _COUNT_NOUN_AFTER.match(text, mention.end)
        if _YEAR_LEFT.search(text, max(0, num.start - 12), num.start) and not (info.kind == "approx" and counts):
            return False  # "in 1994", "since 2001", "around 1900" -- but "around 1000 people" is a count
        if not counts:
            return False  # "1994 was", "2001." -- but "2000 people", "1000 or so people" are counts
    if num.spelled and 1000 <= num.value <= 2100 and num.value == int(num.value) and unit is None:
        # "in two thousand and five", "since fifteen hundred" -- but "in two thousand homes"
        left = _WORD_YEAR_LEFT.search(text, max(0, num.start - 12), num.start)
        if left and not _COUNT_NOUN_AFTER.match(text, num.end):
            return False
    if num.word is not None and not info.hedged and _ORDINAL_AFTER.match(text, num.end):
        return False  # "one third place", "one second": not a count
    if num.word == "one" and not info.hedged and num.value > 0:  # "minus one" is a number
        if _PRONOUN_ONE_LEFT.search(text, max(0, num.start - 10), num.start):
            return False  # "no one", "the one", "which one"
        if _PRONOUN_ONE_RIGHT.match(text, num.end):
            return False  # "one of the", "one another", "that one."
    return True


# --------------------------------------------------------------------------- public API


def parse_quantity(text: str, rules: QuantityRules = DEFAULT_RULES, *, measures: bool = False) -> Quantity | None:
    """The first quantity read in a short expression ("nearly 1,200"), or None.

    With ``measures``, units of measure ("12 km"), durations and clock times are read too.
    """
    for mention in _scan(text or "", rules, claims_only=False, measures=measures):
        return mention.quantity
    return None


_VAGUE_WHOLE = re.compile(rf"{_VAGUE}(?:\s+of\s+(?:{alternation(_VAGUE_WORDS)}))?", re.IGNORECASE)


def is_vague(q: Quantity) -> bool:
    """Whether a quantity is a vague amount ("several", "dozens"), which states no number."""
    return q.value is None and bool(q.qualifier) and _VAGUE_WHOLE.fullmatch(q.qualifier or "") is not None


def find_quantities(
    text: str, rules: QuantityRules = DEFAULT_RULES, *, measures: bool = False
) -> list[QuantityMention]:
    """Every claim-like quantity in a text, sorted by start and non-overlapping.

    With ``measures``, figures with a unit of measure ("12km", "7.5 miles", "160km/h",
    "magnitude-5.8"), durations ("about two minutes") and clock times ("6:12 a.m. local
    time", "2312 GMT", "4:21 left") are read as well, each with its unit symbol (see
    ``claimcheck.units``); without it they are read as before, unit-less or not at all.
    """
    return list(_scan(text or "", rules, claims_only=True, measures=measures))
