"""A person's age against the year another source says they were born: CONFLICT findings.

"Moreau, 64" in a piece published in May 2019 and "Moreau was born in 1950" in another
cannot both hold: born in 1950, she was 68 or 69 then. The two figures never meet in one
group, so they are paired here through the publication date of the age's source; an age
from a source with no date is never compared.

An age is read as of the publication day only when nothing in its sentence sets it at
another time: a year other than the publication's, or "at the time" / "then" ("Lopez, who
was 18 at the time of the shooting"). Figures further apart than ``Config.one_value_ratio``
are two times of one life ("age 17" and 77), never a conflict. The birth sentence must
name the person (the surname of the age's holder).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from claimcheck.built_years import dated_conflict
from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.dates import MONTHS, YEAR, YEAR_PATTERN
from claimcheck.entities import fold
from claimcheck.models import Claim, ClaimKind, Finding, Quantity

__all__ = ["Born", "age_window", "birth_year_findings", "born_of"]

_AGE_NOUNS = frozenset({"age", "n-year-old"})
_OTHER_TIME = re.compile(r"\b(?:at the time|then|back in|in those days)\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b([A-Za-z]{{3,9}})\.?\s+([0-3]?\d),?\s+(?:{YEAR_PATTERN})\b")


@attrs.frozen
class Born:
    """A birth date a claim states: the year, and the month and day when given."""

    year: int
    month: int | None = None
    day: int | None = None


def born_of(claim: Claim) -> Born | None:
    """The birth date of a "born in 1950" / "born March 3, 1950" claim, or None."""
    if claim.kind is not ClaimKind.DATE or (claim.predicate or "").lower() not in {"bear", "born"}:
        return None
    year = YEAR.search(claim.text)
    if year is None:
        return None
    found = _MONTH_DAY.search(claim.text)
    month = MONTHS.get(found.group(1).lower()) if found else None
    if found is None or month is None:
        return Born(int(year.group(1)))
    return Born(int(year.group(1)), month, int(found.group(2)))


def age_window(born: Born, published: str) -> tuple[int, int] | None:
    """The ages someone born then can have on the publication day: one age when the
    birthday is known, else the two either side of the birthday."""
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", published or "")
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups())
    if born.month is None or born.day is None:
        return year - born.year - 1, year - born.year
    age = year - born.year - (1 if (month, day) < (born.month, born.day) else 0)
    return age, age


def _aged_person(claim: Claim, published: str | None) -> str | None:
    """The folded surname of a person whose age a claim gives as of the publication day, or None."""
    q = claim.quantity
    if claim.kind is not ClaimKind.QUANTITY or q is None or q.unit or not claim.agent or not published:
        return None
    noun = (claim.noun or "").lower()
    if noun not in _AGE_NOUNS and not noun.startswith("year-old"):
        return None
    years = set(YEAR.findall(claim.sentence))
    if years - {published[:4]} or _OTHER_TIME.search(claim.sentence):
        return None  # an age at another time: "was 18 at the time", "in 2011, Horton, 34, ..."
    return fold(claim.agent).split()[-1] if fold(claim.agent).split() else None


def _apart(q: Quantity, window: tuple[int, int], ratio: float) -> bool:
    """Whether a stated age cannot be one of the window's, and is near enough to be a reading of it."""
    low, high = window
    if q.high < low or q.low > high:
        near = min(abs(q.low - high), abs(q.high - low))
        return max(q.low, low) / max(min(q.low, low), 1) <= ratio and near > 0
    return False


def birth_year_findings(
    claims: Iterable[Claim], total: int, published: Mapping[str, str], config: Config = DEFAULT_CONFIG
) -> list[Finding]:
    """CONFLICT findings for an age another source's birth date cannot give on its day.

    Birth dates are looked up by the surnames their sentences name: near-linear."""
    ages: dict[tuple[str, str], Claim] = {}  # one age per source and person: the first
    births: list[tuple[Claim, Born]] = []
    for claim in claims:
        if (surname := _aged_person(claim, published.get(claim.source))) is not None:
            ages.setdefault((claim.source, surname), claim)
        elif (born := born_of(claim)) is not None:
            births.append((claim, born))
    findings = []
    for (source, surname), age in sorted(ages.items()):
        moment = published[source]
        apart = []
        for claim, born in births:
            window = age_window(born, moment)
            if (
                claim.source != source
                and window is not None
                and surname in fold(claim.sentence).split()
                and _apart(age.quantity, window, config.one_value_ratio)  # type: ignore[arg-type]
            ):
                apart.append((claim, window))
        if apart:
            findings.append(_finding(age, apart, moment, total))
    return findings


def _finding(age: Claim, apart: list[tuple[Claim, tuple[int, int]]], moment: str, total: int) -> Finding:
    apart = sorted(apart, key=lambda p: (p[0].source, p[0].start))
    person = age.agent or ""
    said = "; ".join(
        f"{c.source} says {person} was born {c.shown}, so {' or '.join(dict.fromkeys(str(a) for a in w))} on that day"
        for c, w in apart
    )
    explanation = (
        f"The sources disagree on the age of {person}: {age.source} gives “{age.shown}” on {moment[:10]}; {said}."
    )
    # every reading on one axis, the age on the age's publication day
    claims = (
        age,
        *(
            attrs.evolve(
                c,
                kind=ClaimKind.QUANTITY,
                quantity=Quantity(low=w[0], high=w[1], text=c.text),
                display=f"{c.shown} ({' or '.join(dict.fromkeys(str(a) for a in w))} by {moment[:10]})",
                noun="age",
                agent=age.agent,
            )
            for c, w in apart
        ),
    )
    return dated_conflict(claims, explanation, f"age of {person}", total)
