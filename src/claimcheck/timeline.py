"""A conflict that is really a story developing: readings that rise or fall with time.

"2 dead" at 08:00, "4" at 10:00, "9" at noon and "17" by evening are not four outlets
disagreeing but one toll growing. Such a CONFLICT becomes DEVELOPING when every source
is dated, there are at least ``MIN_MOMENTS`` distinct publication moments and
``MIN_VALUES`` distinct figures, the sources of each moment agree among themselves, and
the figure moves one way only.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

import attrs

from claimcheck.models import ClaimKind, Finding, Quantity, Status, format_number
from claimcheck.sources.published import sort_key
from claimcheck.subjects import readable_subject

__all__ = ["MIN_MOMENTS", "MIN_VALUES", "developing", "relabel"]

#: Fewer moments than this are too few to call a trend: two dated readings that differ
#: are a conflict (one of them may simply be wrong).
MIN_MOMENTS = 3
#: Nor is a figure that takes only two values ("mother of 13", later "of 12"): a trend
#: moves at least twice.
MIN_VALUES = 3


def _narrowest(qs: list[Quantity]) -> Quantity:
    return min(qs, key=lambda q: (q.high - q.low, q.low))


def _point(q: Quantity) -> float:
    if q.value is not None and math.isfinite(q.value):
        return q.value
    return q.low if math.isfinite(q.low) else q.high


def developing(finding: Finding, published: Mapping[str, str]) -> list[tuple[str, float, tuple[str, ...]]] | None:
    """The timeline [(moment, value, sources)] when the finding is a developing figure, else None."""
    if finding.kind is not ClaimKind.QUANTITY or finding.status is not Status.CONFLICT:
        return None
    per_source: dict[str, list[Quantity]] = {}
    for claim in finding.claims:
        if claim.quantity is not None:
            per_source.setdefault(claim.source, []).append(claim.quantity)
    if not per_source or any(not published.get(s) for s in per_source):
        return None
    moments: dict[str, list[tuple[str, Quantity]]] = {}
    for source, qs in per_source.items():
        moments.setdefault(published[source], []).append((source, _narrowest(qs)))
    if len(moments) < MIN_MOMENTS:
        return None
    timeline = []
    for moment in sorted(moments, key=sort_key):
        readings = moments[moment]
        first = readings[0][1]
        if any(not q.overlaps(first) for _, q in readings):
            return None  # two sources at one moment disagree: a real conflict
        timeline.append((moment, _point(_narrowest([q for _, q in readings])), tuple(sorted(s for s, _ in readings))))
    steps = [b[1] - a[1] for a, b in itertools.pairwise(timeline)]
    if len({value for _, value, _ in timeline}) < MIN_VALUES:
        return None  # "13" then "12": a correction or a disagreement, not a trend
    if all(d >= 0 for d in steps) or all(d <= 0 for d in steps):
        return timeline
    return None


def relabel(finding: Finding, published: Mapping[str, str]) -> Finding:
    """The finding as DEVELOPING, with its timeline as the explanation, when it is one."""
    timeline = developing(finding, published)
    if timeline is None:
        return finding
    rising = timeline[-1][1] > timeline[0][1]
    path = " → ".join(format_number(value) for _, value, _ in timeline)
    explanation = (
        f"A developing figure: {readable_subject(finding.claims, finding.subject)} "
        f"{'rose' if rising else 'fell'} as reports came in "
        f"({path}, {timeline[0][0]} to {timeline[-1][0]}); the latest reading is "
        f"{format_number(timeline[-1][1])} ({', '.join(timeline[-1][2])})."
    )
    return attrs.evolve(
        finding,
        status=Status.DEVELOPING,
        explanation=explanation,
        support=len(timeline[-1][2]),
    )
