"""When an article was published: read from its text or markup, written as ISO 8601.

Sources give it as a "Published:"/"Updated:" line, a dateline ("LONDON, March 4, 2025 -"),
an ISO stamp, a ``<meta>`` or a ``<time datetime>`` element. The result is an ISO string
("2025-03-04T10:30", or "2025-03-04" without a time; with a zone, converted to UTC and
ending in "Z") so that publication moments sort and compare as text would not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import attrs

from claimcheck.dates import MONTHS as _MONTHS
from claimcheck.models import Document, SkippedInput

__all__ = [
    "dated",
    "find_published",
    "is_publication_line",
    "normalise",
    "published_from_html",
    "published_from_soup",
    "sort_key",
]

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = (
    r"(?:(?:,|\s+at|\s*-)?\s*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<zone>utc|gmt|z|[ecmp][sd]t|bst|cest|cet|[+-]\d\d:?\d\d)?\b)?"
)
#: "March 4, 2025", "4 March 2025", each maybe followed by a time.
_WRITTEN = re.compile(
    rf"(?:{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + rf")\.?,?\s+(?P<year2>(?:19|20)\d\d)){_TIME}",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?P<zone>Z|[+-]\d\d:?\d\d)?)?",
    re.IGNORECASE,
)
#: A time written before the date ("22:07 GMT, 7 July 2012").
_TIME_FIRST = re.compile(
    r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?\s*"
    r"(?P<zone>utc|gmt|z|[ecmp][sd]t|bst|cest|cet|[+-]\d\d:?\d\d)?\W*$",
    re.IGNORECASE,
)
#: Lines that announce the publication moment.
_LABEL = re.compile(r"^\W*(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
#: A dateline: capitals, a comma, then the date ("MINSK, March 4, 2025 (Wire) -").
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+")

#: A line holding nothing but a date (maybe a weekday and a time before or after it).
_DATE_ONLY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:[a-z]{3,9}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+(?:19|20)\d\d)"
    r"(?:,?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{1,4})?)?\W*$",
    re.IGNORECASE,
)

#: How far into an article its publication line may be.
_HEAD_LINES = 8


#: Zone abbreviations common in datelines, as hours from UTC.
_ZONES = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
          "BST": 1, "CET": 1, "CEST": 2}  # fmt: skip


def _zone_offset(zone: str | None) -> dt.timezone | None:
    if not zone:
        return None
    zone = zone.upper()
    if zone in ("UTC", "GMT", "Z"):
        return dt.UTC
    if zone in _ZONES:
        return dt.timezone(dt.timedelta(hours=_ZONES[zone]))
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _iso(year: int, month: int, day: int, hour: int | None, minute: int | None, zone: str | None) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if hour is None:
        return date.isoformat()
    moment = dt.datetime(year, month, day, hour, minute or 0)
    tz = _zone_offset(zone)
    if tz is None:
        return moment.isoformat(timespec="minutes")
    utc = moment.replace(tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="minutes") + "Z"


def _from_match(m: Any) -> str | None:
    groups = m.groupdict()
    hour = groups.get("hour")
    h = int(hour) if hour is not None else None
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if h is not None and ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm == "pm" else 0)
    minute = int(groups["minute"]) if groups.get("minute") else None
    if "day2" in groups and groups.get("day2"):
        month = _MONTHS[groups["month2"].lower()]
        return _iso(int(groups["year2"]), month, int(groups["day2"]), h, minute, groups.get("zone"))
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
    return _iso(int(groups["year"]), month, int(groups["day"]), h, minute, groups.get("zone"))


def normalise(text: str | None) -> str | None:
    """A date or date-time written any of the usual ways, as ISO 8601; None if it is none."""
    if not text:
        return None
    text = text.strip()
    for pattern in (_ISO, _WRITTEN):
        m = pattern.search(text)
        if m:
            found = _from_match(m)
            before = _TIME_FIRST.search(text[: m.start()]) if pattern is _WRITTEN and not m.group("hour") else None
            if found and before:  # "22:07 GMT, 7 July 2012"
                return _from_match(_Joined(m, before)) or found
            return found
    return None


class _Joined:
    """A date match and the time written before it, read as one match."""

    def __init__(self, date: re.Match, time: re.Match) -> None:
        self._groups = {**date.groupdict(), **{k: v for k, v in time.groupdict().items() if v is not None}}

    def groupdict(self) -> dict[str, str | None]:
        return self._groups


def find_published(text: str) -> str | None:
    """The publication moment an article states near its top, or None.

    Looks, in its first lines, for a "Published:"/"Updated:" line (the first published
    moment wins over an update), then a dateline. Dates in the story itself are not
    publication dates and are never read.
    """
    head = [line.strip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]
    found: list[tuple[int, str]] = []
    for line in head:
        label = _LABEL.match(line)
        if label:
            value = normalise(line[label.end() :][:80])
            if value:
                updated = "updat" in label.group(0).lower()
                found.append((1 if updated else 0, value))
    if found:
        return min(found)[1]
    for line in head:
        if _DATE_ONLY.match(line):  # "September 13, 2025" or "Tuesday, 4 March 2025 10:30" alone
            value = normalise(line)
            if value:
                return value
        if _DATELINE.match(line):
            value = normalise(line[:60])
            if value:
                return value
        iso = _ISO.match(line)  # a line that is only a stamp
        if iso and len(line) <= 30:
            return _from_match(iso)
    return None


_META_NAMES = re.compile(
    r"^(?:article:published_time|og:published_time|datepublished|pubdate|publishdate|date|dc\.date|dcterms\.created)$",
    re.IGNORECASE,
)


def published_from_html(markup: str) -> str | None:
    """The publication moment of an HTML page from ``<meta>`` or ``<time datetime>``."""
    from bs4 import BeautifulSoup

    return published_from_soup(BeautifulSoup(markup, "html.parser"))


def published_from_soup(soup: Any) -> str | None:
    """``published_from_html`` for a page already parsed with BeautifulSoup."""
    for meta in soup.find_all("meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if _META_NAMES.match(str(name)):
            value = normalise(str(meta.get("content") or ""))
            if value:
                return value
    for time in soup.find_all("time"):
        value = normalise(str(time.get("datetime") or "")) or normalise(time.get_text(" "))
        if value:
            return value
    return None


def sort_key(published: str | None) -> tuple:
    """Order of publication moments: undated last; a date alone before times on that day."""
    if not published:
        return (1, "")
    return (0, published.rstrip("Z"))


def is_publication_line(line: str) -> bool:
    """Whether a line only says when the article was published ("Published: 4 March 2025 10:30 UTC")."""
    line = line.strip()
    label = _LABEL.match(line)
    if label:
        return normalise(line[label.end() :]) is not None and len(line) <= 80
    return bool(_DATE_ONLY.match(line))


def _after(moment: str, limit: str) -> bool:
    """Whether ``moment`` is later than ``limit``; a bare date limit covers its whole day."""
    if len(limit) == 10:  # a day: everything on that day is up to it
        return moment[:10] > limit
    return sort_key(moment) > sort_key(limit)


def dated(documents: Sequence[Document], as_of: str | None = None) -> tuple[list[Document], list[SkippedInput]]:
    """Documents with their publication moment read (ISO 8601) and, with ``as_of``, those
    published after it set aside as skipped. Undated articles are kept."""
    out, late = [], []
    limit = normalise(as_of) if as_of else None
    if as_of and limit is None:
        raise ValueError(f"--as-of: {as_of!r} is not a date or time (try 2025-03-04 or 2025-03-04T18:00)")
    for document in documents:
        moment = normalise(document.published) or find_published(document.text)
        if moment != document.published:
            document = attrs.evolve(document, published=moment)
        if limit and moment and _after(moment, limit):
            late.append(
                SkippedInput(path=document.path or document.source, reason=f"published {moment}, after --as-of {limit}")
            )
            continue
        out.append(document)
    return out, late
