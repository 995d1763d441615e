"""Findings -> fact sheets: every outlet's reading of one fact, side by side, for editors.

A fact sheet is what every report format shows for a finding: one row per source
(what it wrote, the values that allows, whom it attributes the figure to, when it was
published, whose copy it is), the readings grouped by value, the majority and the
outliers counted in independent voices (a wire copy is not a second witness), a source
that contradicts itself, and how far apart the readings are in words an editor uses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from claimcheck.measure import load_measures
from claimcheck.models import Claim, ClaimKind, Finding, Quantity, Status, format_number
from claimcheck.sources.published import sort_key as published_key
from claimcheck.subjects import readable_subject
from claimcheck.units import DURATION, TIME_OF_DAY, dimension, noun_units

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = ["FactSheet", "Reading", "ValueGroup", "convert", "fact_sheet", "gap_phrase", "natural_key"]


def natural_key(text: str) -> tuple:
    """Sort key that reads numbers as numbers: "outlet2" before "outlet10"."""
    parts = re.split(r"([0-9]+)", text)
    return tuple((0, int(p), "") if p[:1] in "0123456789" else (1, 0, p.casefold()) for p in parts if p)


@attrs.frozen
class Reading:
    """One source's statement of a fact, as an editor checks it."""

    source: str
    claim: Claim
    #: The interval the wording allows, e.g. "[1,080, 1,200)"; "" for names and dates.
    interval: str = ""
    attribution: str | None = None
    published: str | None = None
    #: The source this one copies (a wire story reprinted), if any.
    copy_of: str | None = None
    #: The figure in the unit most sources use, when this source uses another ("9.7 km").
    converted: str | None = None

    @property
    def text(self) -> str:
        """The reading as written in the article."""
        return self.claim.shown


@attrs.frozen
class ValueGroup:
    """Sources giving the same reading; ``voices`` counts copies of one story once."""

    label: str
    sources: tuple[str, ...]
    voices: int


@attrs.frozen
class FactSheet:
    """Everything a report shows for one finding, in the order an editor reads it."""

    finding: Finding
    subject: str
    readings: tuple[Reading, ...]
    values: tuple[ValueGroup, ...]
    majority: tuple[str, ...]
    outliers: tuple[str, ...]
    stated: int
    total: int
    voices: int
    self_contradictions: tuple[str, ...] = ()
    gaps: tuple[str, ...] = ()
    #: Readings of the same subject that other findings hold (source, reading as written).
    elsewhere: tuple[tuple[str, str], ...] = ()

    @property
    def silent(self) -> int:
        """How many sources of the set do not mention the fact."""
        return max(self.total - self.stated, 0)

    def coverage(self) -> str:
        """ "N of M sources state it; K do not mention it" (copies noted)."""
        line = f"{self.stated} of {self.total} sources state it"
        if self.voices < self.stated:
            line += f" ({self.voices} independent)"
        if self.silent:
            line += f"; {self.silent} {'does' if self.silent == 1 else 'do'} not mention it"
        return line

    def timeline(self) -> tuple[Reading, ...]:
        """The dated readings in publication order (empty when none is dated)."""
        return tuple(r for r in self.readings if r.published)


# ---------------------------------------------------------------- units


def _unit_of(claim: Claim) -> str | None:
    """The unit a figure is in: its currency or %, else a unit noun ("miles")."""
    if claim.quantity is not None and claim.quantity.unit:
        return claim.quantity.unit
    noun = (claim.noun or "").lower().split()[-1:] or [""]
    return noun[0] if noun[0] in noun_units() else None


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to``, or None when they measure different things."""
    table = noun_units()
    if unit == to:
        return value
    if unit not in table or to not in table or table[unit][0] != table[to][0]:
        return None
    return value * table[unit][1] / table[to][1]


def _short(x: float) -> str:
    """A converted figure rounded the way a reader wants it: 9.66 -> "9.7", 1609 -> "1,609"."""
    if abs(x) >= 100:
        return format_number(round(x))
    return format_number(float(f"{x:.2g}")) if abs(x) < 10 else format_number(round(x, 1))


# ---------------------------------------------------------------- gaps


def _point(q: Quantity) -> float | None:
    if q.value is not None and math.isfinite(q.value):
        return q.value
    if math.isfinite(q.low) and math.isfinite(q.high):
        return (q.low + q.high) / 2
    return q.low if math.isfinite(q.low) else None


def gap_phrase(reference: float, other: float, than: str = "") -> str | None:
    """How ``other`` differs from ``reference``: "24% higher than 52", "10× 5.2 — a decimal slip?".

    ``than`` names the reference as written (default: the number). None when there is
    nothing to say (equal, zero, or of opposite sign).
    """
    if reference in (other, 0) or other == 0 or (reference < 0) != (other < 0):
        return None
    than = than or format_number(reference)
    ratio = max(abs(other), abs(reference)) / min(abs(other), abs(reference))
    if not math.isfinite(ratio):
        return None  # figures so far apart that no ratio is worth saying
    if ratio >= 2:
        power = round(math.log10(ratio))
        slip = " — a decimal slip?" if power >= 1 and abs(ratio / 10**power - 1) < 0.02 else ""
        times = format_number(round(ratio, 1))
        if abs(other) > abs(reference):
            return f"{times}× {than}{slip}"
        return f"1/{times} of {than}{slip}"
    change = (other - reference) / abs(reference) * 100
    shown = f"{abs(change):.0f}" if abs(change) >= 1 else f"{abs(change):.1g}"
    return f"{shown}% {'higher' if change > 0 else 'lower'} than {than}"


# ---------------------------------------------------------------- fact sheets


def _representative(claims: Sequence[Claim]) -> Claim:
    """The claim standing for a source: its narrowest statement, then the earliest."""
    with_q = [c for c in claims if c.quantity is not None]
    if not with_q:
        return min(claims, key=lambda c: c.start)
    return min(with_q, key=lambda c: (c.quantity.high - c.quantity.low, c.start))  # type: ignore[union-attr]


def _interval_key(claim: Claim) -> tuple:
    q = claim.quantity
    if q is None:
        return ("name", (claim.entity or claim.shown).casefold())
    return (q.low, q.high, q.low_inclusive, q.high_inclusive, _unit_of(claim))


#: The lines of an article that hold its headline (a dateline may come first).
HEADLINE_LINES = 2


def _one_fact_anywhere(claim: Claim) -> bool:
    """Whether a figure names its fact without its sentence: not a time or a duration (one
    event's), nor an age or other per-holder figure of nobody named ("a 27-year-old")."""
    if dimension(claim.quantity.unit if claim.quantity else None) in {TIME_OF_DAY, DURATION}:
        return False
    return bool(claim.agent) or claim.measure not in load_measures().per_holder


def _self_contradictions(by_source: dict[str, list[Claim]], elsewhere: Sequence[Claim] = ()) -> list[str]:
    """Sources whose own statements of the fact cannot all be true.

    ``elsewhere`` are the claims of findings about the same subject and holder: the
    headline's "12 homes" may have been kept apart from the body's "21 homes", so a clash
    with them counts when one of the two statements is in the headline (the first
    ``HEADLINE_LINES`` lines) and the other belongs to this finding. Two figures in one
    sentence ("weighing 2.38 and 2.96 pounds") are two things listed together, never a clash.
    """
    out = []
    for source, claims in by_source.items():
        with_q = [c for c in claims if c.quantity is not None]
        others = [c for c in elsewhere if c.source == source and c.quantity is not None]
        pairs = [(a, b) for i, a in enumerate(with_q) for b in with_q[i + 1 :]]
        pairs += [
            (a, b) if a.start <= b.start else (b, a)
            for a in with_q
            for b in others
            if min(a.line, b.line) <= HEADLINE_LINES and _one_fact_anywhere(a) and _one_fact_anywhere(b)
        ]
        clashes = sorted(
            ((a, b) for a, b in pairs
             if a.sentence != b.sentence
             and _unit_of(a) == _unit_of(b)
             and not a.quantity.overlaps(b.quantity)),  # type: ignore[union-attr, arg-type]
            key=lambda pair: (pair[0].start, pair[1].start),
        )  # fmt: skip
        if clashes:
            a, b = clashes[0]
            out.append(f"{source} contradicts itself: “{a.shown}” (line {a.line}) and “{b.shown}” (line {b.line}).")
    return out


#: The subject index of the last reports seen, so a report's fact sheets cost linear time.
_INDEXES: dict[int, tuple[Report, dict[tuple[str, str], list[Finding]]]] = {}


def _by_subject(report: Report) -> dict[tuple[str, str], list[Finding]]:
    hit = _INDEXES.get(id(report))
    if hit is not None and hit[0] is report:
        return hit[1]
    index: dict[tuple[str, str], list[Finding]] = {}
    for f in report.findings:
        if f.kind is ClaimKind.QUANTITY:
            index.setdefault(_subject_key(f), []).append(f)
    if len(_INDEXES) >= 8:
        _INDEXES.clear()
    _INDEXES[id(report)] = (report, index)
    return index


def _same_subject(finding: Finding, report: Report | None) -> list[Claim]:
    """Claims of the report's other findings about the very same subject."""
    if report is None or finding.kind is not ClaimKind.QUANTITY:
        return []
    return [c for f in _by_subject(report).get(_subject_key(finding), []) if f is not finding for c in f.claims]


def _subject_key(finding: Finding) -> tuple[str, str]:
    """A finding's subject with whose figure it is: "age of Smith" and "age of Jones" are
    two subjects, though both findings are about an age."""
    return finding.subject, readable_subject(finding.claims, fallback=finding.subject) or ""


def _voices(sources: Iterable[str], copies: dict[str, str]) -> int:
    return len({copies.get(s, s) for s in sources})


# long by design: one fact sheet: readings, timeline, units and notes built together
def fact_sheet(finding: Finding, report: Report | None = None) -> FactSheet:
    """The fact sheet of one finding, using the report's dates and copies when given."""
    published = dict(report.published) if report is not None else {}
    copies = dict(report.copies) if report is not None else {}
    total = finding.total_sources or (len(report.sources) if report is not None else 0)
    by_source: dict[str, list[Claim]] = {}
    for claim in finding.claims:
        by_source.setdefault(claim.source, []).append(claim)
    chosen = {s: _representative(cs) for s, cs in by_source.items()}
    units = [u for u in (_unit_of(c) for c in chosen.values()) if u]
    main_unit = max(sorted(set(units)), key=units.count) if units else None
    readings = []
    for source, claim in chosen.items():
        q = claim.quantity
        converted = None
        unit = _unit_of(claim)
        if q is not None and unit and main_unit and unit != main_unit and _point(q) is not None:
            value = convert(_point(q), unit, main_unit)  # type: ignore[arg-type]
            converted = f"{_short(value)} {main_unit}" if value is not None else None
        readings.append(
            Reading(
                source=source,
                claim=claim,
                interval=q.describe() if q is not None else "",
                attribution=next((c.attribution for c in by_source[source] if c.attribution), None),
                published=published.get(source),
                copy_of=copies.get(source),
                converted=converted,
            )
        )
    readings.sort(key=lambda r: (published_key(r.published), natural_key(r.source)))
    groups: dict[tuple, list[str]] = {}
    labels: dict[tuple, str] = {}
    mixed = any(r.converted for r in readings)
    for reading in sorted(readings, key=lambda r: natural_key(r.source)):
        key = _interval_key(reading.claim)
        groups.setdefault(key, []).append(reading.source)
        unit = _unit_of(reading.claim) if mixed else None
        labels.setdefault(key, f"{reading.text} {unit}" if unit and unit not in reading.text else reading.text)
    values = sorted(
        (ValueGroup(labels[k], tuple(srcs), _voices(srcs, copies)) for k, srcs in groups.items()),
        key=lambda g: (-g.voices, -len(g.sources), natural_key(g.label)),
    )
    majority: tuple[str, ...] = ()
    outliers: tuple[str, ...] = ()
    gaps: list[str] = []
    if finding.status is Status.CONFLICT and len(values) > 1:
        majority = _majority(chosen, copies, main_unit)
        outliers = tuple(s for s in sorted(chosen, key=natural_key) if s not in majority)
        gaps = _gaps(values, chosen, main_unit, majority)
    elif finding.status is Status.DEVELOPING and len(readings) > 1:
        gaps = _change(readings, main_unit)
    siblings = _same_subject(finding, report)
    subject = (
        readable_subject(finding.claims, fallback=finding.subject)
        if finding.kind is ClaimKind.QUANTITY
        else finding.subject
    )
    return FactSheet(
        finding=finding,
        subject=subject or finding.subject,
        readings=tuple(readings),
        values=tuple(values),
        majority=majority,
        outliers=outliers,
        stated=len(by_source),
        total=max(total, len(by_source)),
        voices=_voices(by_source, copies),
        self_contradictions=tuple(_self_contradictions(by_source, siblings)),
        elsewhere=tuple(
            dict.fromkeys((c.source, c.shown) for c in sorted(siblings, key=lambda c: (natural_key(c.source), c.start)))
        ),
        gaps=tuple(gaps),
    )


def _in_unit(claim: Claim, unit: str | None) -> Quantity | None:
    """The claim's interval expressed in ``unit`` (as is when it cannot be converted)."""
    q, own = claim.quantity, _unit_of(claim)
    if q is None or not unit or not own or own == unit or convert(1.0, own, unit) is None:
        return q
    factor = convert(1.0, own, unit) or 1.0
    return attrs.evolve(
        q, low=q.low * factor, high=q.high * factor, value=None if q.value is None else q.value * factor, unit=unit
    )


def _change(readings: Sequence[Reading], unit: str | None) -> list[str]:
    """How a developing figure moved from the first dated reading to the latest one."""
    first, last = readings[0], readings[-1]
    a, b = _in_unit(first.claim, unit), _in_unit(last.claim, unit)
    x, y = (_point(a) if a else None), (_point(b) if b else None)
    phrase = gap_phrase(x, y, f"the first reading, “{first.text}” ({first.source})") if x and y else None
    return [f"The latest reading, “{last.text}” ({last.source}), is {phrase}."] if phrase else []


def _majority(chosen: dict[str, Claim], copies: dict[str, str], unit: str | None = None) -> tuple[str, ...]:
    """The sources whose readings can all be true together and that have the most
    independent voices; () when two such camps are equally strong (no majority).

    A camp is every source allowing one value; the values tried are the ends and the
    stated figures of the readings (ties go to the lower value).
    """
    qs = {s: q for s, q in ((s, _in_unit(c, unit)) for s, c in chosen.items()) if q is not None}
    points = sorted({p for q in qs.values() for p in (q.low, q.high, q.value) if p is not None and math.isfinite(p)})
    camps: dict[frozenset[str], int] = {}
    for point in points:
        camp = frozenset(s for s, q in qs.items() if q.contains(point))
        if camp and camp not in camps:
            camps[camp] = _voices(camp, copies)
    if not camps:
        return ()
    best = max(camps, key=lambda c: (camps[c], len(c)))  # first of the strongest: the lowest value
    rivals = [v for c, v in camps.items() if not c & best]
    if rivals and max(rivals) >= camps[best]:
        return ()
    return tuple(sorted(best, key=natural_key))


def _gaps(
    values: Sequence[ValueGroup], chosen: dict[str, Claim], unit: str | None, majority: Sequence[str] = ()
) -> list[str]:
    """How each other reading differs from the majority's (else the first) one, in one unit."""
    if majority:
        first = next(g for g in values if set(g.sources) & set(majority))
        values = [first, *(g for g in values if not set(g.sources) & set(majority))]

    def point(source: str) -> float | None:
        claim = chosen[source]
        if claim.quantity is None:
            return None
        x = _point(claim.quantity)
        own = _unit_of(claim)
        return convert(x, own, unit) if x is not None and own and unit and own != unit else x

    reference = point(values[0].sources[0])
    if reference is None:
        return []
    out = []
    for group in values[1:]:
        other = point(group.sources[0])
        phrase = gap_phrase(reference, other, f"“{values[0].label}”") if other is not None else None
        if phrase:
            end = "" if phrase.endswith("?") else "."
            out.append(f"“{group.label}” ({', '.join(group.sources)}) is {phrase}{end}")
    return out
