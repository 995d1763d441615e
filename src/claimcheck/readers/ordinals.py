"""Read ordinals and ranks: "the sixth round", "21st head coach", "ninth-seeded", "No. 5 seed".

An ordinal names a place in an order, not an amount: "the sixth round" is never six
rounds. ``find_ordinals`` reads them with their offsets so they become claims of their
own kind (see :mod:`claimcheck.rank_claims`), compared only with the same place. Fractions
("a third of", "two-thirds"), times ("two seconds"), dates ("July 4th") and names
("Fifth Avenue", "223rd Street") are no ordinals here.
"""

from __future__ import annotations

import re

import attrs

from claimcheck.readers.quantities import UNIT_WORDS
from claimcheck.wordfiles import alternation, ascii_letters, openings, rows

__all__ = ["OrdinalMention", "find_ordinals"]


@attrs.frozen
class OrdinalMention:
    """One ordinal or rank in a text: ``text[start:end] == self.text``."""

    start: int
    end: int
    value: int
    text: str


def _table(name: str) -> dict[str, int]:
    return {word.strip().lower(): int(value) for word, value in rows(name)}


_WORDS = _table("ordinals.tsv")
_PHRASES = _table("rank_phrases.tsv")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNDER_TEN = "|".join(w for w, v in _WORDS.items() if v < 10)
_CARDINALS = {word: value for word, value in UNIT_WORDS.items() if 1 <= value <= 19}
_BIG = {"hundredth": 100, "thousandth": 1000, "millionth": 1000000}


def _alt(words) -> str:
    return alternation(words, gap=r"[\s-]+")


_ORDINAL = re.compile(
    rf"""
    \b(?P<mult>{_alt(_CARDINALS)})[\s-](?P<big>{_alt(_BIG)})\b
  | \b(?:(?P<hund>{_alt(_CARDINALS)})\s+hundred(?:\s+and)?[\s-]+)?
       (?:(?P<tens>{_alt(_TENS)})[\s-]?(?P<unit>{_UNDER_TEN})|(?P<word>{_alt(_WORDS)}))\b
  | (?<![\w.,/$-])(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<suffix>st|nd|rd|th)\b
  | \b(?P<no>No\.)\s?(?P<place>\d{{1,3}})\b(?![.,]\d|-\d|/)
  | \b(?P<phrase>{_alt(_PHRASES)})\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: How an ordinal opens: its first word, a tens or cardinal word, a phrase, "No.".
_OPENINGS = openings([*_WORDS, *_TENS, *_CARDINALS, *_PHRASES, *_BIG, "no."])
#: The same on lower-cased text, behind a test of how an ordinal opens: several times faster.
#: Every form starts where a word does (a digit after no word character is one), so the
#: leading ``\b`` finds the same, and skips the inside of words at once.
_FAST_ORDINAL = re.compile(
    rf"\b(?=\d|{_OPENINGS})(?:{_ORDINAL.pattern.replace('(?P<no>No', '(?P<no>no')})",
    re.VERBOSE,
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: A day of the month: "March 21st", "the 4th of July", "Friday the 13th".
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH}|{_DAY}\s+the)\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTH}|,?\s+\d{{4}}\b", re.IGNORECASE)
#: "two seconds", "a split second", "per second", "for a second.": a time, not second place.
_TIME_BEFORE = re.compile(
    r"(?:\b(?:\d+|one|a\s+split|split|per|a|each|every|fraction\s+of\s+a|nano|milli|micro)[\s-]*)$", re.IGNORECASE
)
_WORD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)")
#: Words after an ordinal that make it no place: "first-hand", "first of all", "a third of".
_NOT_PLACE_AFTER = frozenset({"hand", "of", "foremost", "aid", "off", "up"})
#: "at first", "at first glance": a manner, not a place.
_AT = re.compile(r"\bat\s+$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c\u2014(]\s*|\n\s*)$")


_PHRASE_VALUES = {re.sub(r"[\s-]+", " ", p): v for p, v in _PHRASES.items()}


def _place(m: re.Match) -> int | None:
    """The place an ordinal match names."""
    if m.group("big"):
        return _CARDINALS[m.group("mult").lower()] * _BIG[m.group("big").lower()]
    hundreds = 100 * _CARDINALS[m.group("hund").lower()] if m.group("hund") else 0
    if m.group("tens"):
        return hundreds + _TENS[m.group("tens").lower()] + _WORDS[m.group("unit").lower()]
    if m.group("word"):
        return hundreds + _WORDS[m.group("word").lower()]
    if m.group("digits"):
        return int(m.group("digits").replace(",", ""))
    if m.group("place"):
        return int(m.group("place"))
    return _PHRASE_VALUES.get(re.sub(r"[\s-]+", " ", m.group("phrase").lower()))


def _a_time(before: str, next_word: str, rest: str) -> bool:
    """Whether "second" is a unit of time: "two seconds", "a split second", "for a second."."""
    if _TIME_BEFORE.search(before):
        # "a second victory", "a second time" name a place; "for a second." does not
        return not (before.rstrip().lower().endswith(" a") or before.rstrip().lower() == "a") or not (
            next_word[:1].islower() and len(next_word) > 2 and not re.match(r"\s*[.,;:!?)]", rest)
        )
    return not next_word and not before.rstrip().lower().endswith("the")


def _is_place(text: str, m: re.Match) -> bool:
    """Whether a match names a place in an order, not a fraction, time, date or name."""
    start, end = m.start(), m.end()
    before = text[max(0, start - 30) : start]
    after = _WORD_AFTER.match(text, end)
    next_word = after.group(1) if after else ""
    if m.group("no"):
        return text[start] == "N"  # "No. 5", never the word "no 5"
    word = m.group("word") or m.group("unit") or m.group("big")
    if word:
        lower = word.lower()
        if text[start].isupper() and not _SENTENCE_START.search(before):
            return False  # "Fifth Avenue", "First Lady": a name
        if (
            next_word.lower() in _NOT_PLACE_AFTER
            or (lower == "first" and _AT.search(before))
            or (re.match(r"\s+and\s+foremost\b", text[end:], re.IGNORECASE))
        ):
            return False
        if text[end : end + 1] in {",", ":"} and _SENTENCE_START.search(before):
            return False  # "First, ...": a list marker
        if lower == "second" and _a_time(before, next_word, text[end:]):
            return False
    if m.group("digits"):
        if _DATE_BEFORE.search(before) or _DATE_AFTER.match(text, end):
            return False
        if next_word[:1].isupper() and text[end : end + 1] == " ":
            return False  # "223rd Street", "21st Century Fox": a name
    return True


def find_ordinals(text: str) -> list[OrdinalMention]:
    """Every ordinal and rank in a text, left to right, with the place it names."""
    found: list[OrdinalMention] = []
    if not text:
        return found
    text = ascii_letters(text)  # one character for one: a matched word is a key of its list
    lowered = text.lower()
    fast = len(lowered) == len(text)  # lower-casing kept every offset
    for m in _FAST_ORDINAL.finditer(lowered) if fast else _ORDINAL.finditer(text):
        if not _is_place(text, m):
            continue
        value = _place(m)
        if not value:
            continue
        found.append(OrdinalMention(m.start(), m.end(), value, text[m.start() : m.end()]))
    return found
