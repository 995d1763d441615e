"""Month and weekday names and the year pattern, in one place for every reader of dates."""

from __future__ import annotations

import re

__all__ = ["MONTHS", "MONTH_PREFIXES", "WEEKDAYS", "YEAR", "YEAR_PATTERN"]

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

#: A year a news story names: 1800 to 2099.
YEAR_PATTERN = r"1[89]\d\d|20\d\d"

#: A year standing as a word, captured as group 1.
YEAR = re.compile(rf"\b({YEAR_PATTERN})\b")
