"""Hedges on a time of day: "about 3 p.m.", "shortly after 3 p.m.", "just before midnight".

A hedge on a count widens it by a share of the count ("about 300" is 270-330); on a time of
day that would make "about 3 p.m." span three hours. A clock time is hedged in minutes
instead, with the phrases of ``wordlists/clock_hedges.tsv``, so "about 3 p.m." and "about
3:10 p.m." can both be right while "about 3 p.m." and "about 3:30 p.m." cannot.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from claimcheck.wordfiles import rows

__all__ = ["ClockHedge", "clock_hedge"]

#: phrase (lower case, single spaces) -> kind
_HEDGES = {phrase: kind for phrase, kind in rows("clock_hedges.tsv")}
_LONGEST = max(len(p.split()) for p in _HEDGES)
_KINDS = frozenset({"approx", "nearly", "soon_after", "soon_before", "after", "before", "by"})
if not set(_HEDGES.values()) <= _KINDS:  # pragma: no cover - a mistake in the packaged list
    raise ValueError(f"wordlists/clock_hedges.tsv: unknown kinds {sorted(set(_HEDGES.values()) - _KINDS)}")
_WORD = re.compile(r"\S+")
#: Units an offset from a time of day is written in ("two hours before noon").
_OFFSET_UNITS = frozenset({"seconds", "second", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr"})


class ClockHedge(NamedTuple):
    """A hedged time of day: where the hedge starts, the hedge as written, and the interval."""

    start: int
    qualifier: str
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool


def clock_hedge(text: str, start: int, minutes: float, about: float, soon: float) -> ClockHedge | None:
    """The hedge written just before a time of day at ``text[start:]`` of ``minutes`` after
    midnight, with the interval it gives (``about`` and ``soon`` in minutes), or None."""
    window_start = max(0, start - 40)
    window = text[window_start:start]
    if not window or not window[-1].isspace():
        return None
    words = list(_WORD.finditer(window))
    if words and words[0].start() == 0 and window_start > 0 and text[window_start - 1].isalnum():
        words = words[1:]  # the window cut its first word in half
    for k in range(min(_LONGEST, len(words)), 0, -1):
        kind = _HEDGES.get(" ".join(w.group() for w in words[-k:]).lower())
        if kind in {"after", "before"} and len(words) > k and words[-k - 1].group().lower() in _OFFSET_UNITS:
            return None  # "20 minutes after 3 p.m." is an offset from the time, not a hedge on it
        if kind is not None:
            at = window_start + words[-k].start()
            return ClockHedge(at, text[at:start].rstrip(), *_interval(kind, minutes, about, soon))
    return None


def _interval(kind: str, t: float, about: float, soon: float) -> tuple[float, float, bool, bool]:
    if kind == "approx":
        return t - about, t + about, True, True
    if kind == "nearly":
        return t - about, t, True, False
    if kind == "soon_after":
        return t, t + soon, True, True
    if kind == "soon_before":
        return t - soon, t, True, True
    if kind == "after":
        return t, math.inf, False, False
    if kind == "before":
        return 0.0, t, True, False  # from the start of the day
    return 0.0, t, True, True  # by
