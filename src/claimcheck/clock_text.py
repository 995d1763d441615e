"""Times of day in a finding's words: "3:10 p.m.", "10 minutes apart", not "910" and "10 apart".

Claims hold a time of day as minutes after midnight, so that two readings compare as
numbers; people read them as clock times.
"""

from __future__ import annotations

import math

from claimcheck.models import Quantity, format_number

__all__ = ["clock_text", "gap_text", "interval_text", "range_text"]

_DAY = 24 * 60


def clock_text(minutes: float) -> str:
    """A time of day as news writes it: 900 -> "3 p.m.", 910 -> "3:10 p.m.", 720 -> "noon",
    0 and 1440 -> "midnight"; past the day's end it goes on into the next ("12:10 a.m.")."""
    if not math.isfinite(minutes):
        return "later" if minutes > 0 else "earlier"
    if minutes in (0, _DAY):
        return "midnight"
    if minutes == _DAY / 2:
        return "noon"
    whole = round(minutes) % _DAY
    hour, minute = divmod(whole, 60)
    shown = hour % 12 or 12
    half = "a.m." if hour < 12 else "p.m."
    return f"{shown} {half}" if minute == 0 else f"{shown}:{minute:02d} {half}"


def range_text(low: float, high: float, timed: bool) -> str:
    """What two readings both allow: "2:50–3:10 p.m." for times, "12–14" for figures."""
    if not timed:
        return f"more than {format_number(low)}" if high == math.inf else f"{format_number(low)}–{format_number(high)}"
    if high == math.inf:
        return f"after {clock_text(low)}"
    return clock_text(low) if low == high else f"{clock_text(low)}–{clock_text(high)}"


def interval_text(q: Quantity, timed: bool) -> str:
    """An interval in interval notation, clock times written as times: "[2:50 p.m., 3:10 p.m.]"."""
    if not timed:
        return q.describe()
    left = "[" if q.low_inclusive and math.isfinite(q.low) else "("
    right = "]" if q.high_inclusive and math.isfinite(q.high) else ")"
    return f"{left}{clock_text(q.low)}, {clock_text(q.high)}{right}"


def gap_text(gap: float, timed: bool) -> str:
    """How far apart two readings are: "25 minutes apart" for times, "2 apart" for figures."""
    if timed:
        return f"{format_number(gap)} minute{'' if gap == 1 else 's'} apart"
    return f"{format_number(gap)} apart"
