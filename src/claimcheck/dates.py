"""Month and weekday names and the year pattern, in one place for every reader of dates."""

from __future__ import annotations

import re

__all__ = [
    "FRAME_NOUNS",
    "FRAME_WORDS",
    "MONTHS",
    "MONTH_PREFIXES",
    "WEEKDAYS",
    "YEAR",
    "YEAR_PATTERN",
    "is_time_frame",
    "time_frame",
]

#: Each month's names as written in news text, January first.
_NAMES = (
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december"),
)  # fmt: skip

#: Lowercase month name or abbreviation -> month number ("sept" -> 9).
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_NAMES, start=1) for name in names}

#: The three letters that start each month's name, January first.
MONTH_PREFIXES: tuple[str, ...] = tuple(names[0][:3] for names in _NAMES)

#: The days of the week, lower case ("on Monday": the day a count is told for).
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

#: Spans a figure may be told for, counted from now: "last season", "this year".
FRAME_NOUNS = frozenset({"season", "year"})
#: The words that place one of them: "[last] season", "[this] year".
FRAME_WORDS = frozenset({"this", "last", "next", "previous", "current"})


def time_frame(noun: str, modifiers: list[str]) -> str | None:
    """The span a figure is told for, from a noun and the words that modify it ("last
    season", "this year"), or None: two seasons' counts are two facts."""
    if noun not in FRAME_NOUNS:
        return None
    word = next((m for m in modifiers if m in FRAME_WORDS), None)
    return f"{word} {noun}" if word is not None else None


def is_time_frame(scope: str | None) -> bool:
    """Whether a scope is a span counted from now (see :func:`time_frame`)."""
    if scope is None:
        return False
    word, _, noun = scope.partition(" ")
    return word in FRAME_WORDS and noun in FRAME_NOUNS


#: A year a news story names: 1800 to 2099.
YEAR_PATTERN = r"1[89]\d\d|20\d\d"

#: A year standing as a word, captured as group 1.
YEAR = re.compile(rf"\b({YEAR_PATTERN})\b")
