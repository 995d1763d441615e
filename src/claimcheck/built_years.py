"""The age of a building against the year another source says it was built: CONFLICT findings.

"the 86-year-old warehouse" in a piece published in August 2012 dates the building to 1925
or 1926; "the building was built in 1935" in another piece dates it nine years later. The
two figures are in different units and never meet in one group, so they are paired here,
through each source's publication date; an age from a source with no date is never compared.

Only generic references ("the building", "the structure", "it") or the same kind of building
on both sides are paired: "the trading post, also built in 1935" names another building.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

import attrs

from claimcheck.models import Claim, ClaimKind, Finding, Quantity, Status
from claimcheck.wordfiles import entries

__all__ = [
    "built_window",
    "built_year_findings",
    "built_year_of",
    "built_year_subject",
    "dated_conflict",
    "round_figure_slack",
]

#: Heads of nouns that name a built thing; the first block of the list is generic.
_ALL = entries("built_things.txt")
BUILT_THINGS = frozenset(_ALL)
GENERIC = frozenset({"building", "structure", "it"})

#: The words right before a year that say a thing was built then, with what was built:
#: "The building was constructed in ", "It was built in ", "the hall, which was erected in ",
#: "The building dates to ". The subject must end right before the verb phrase.
_BUILT_BEFORE_YEAR = re.compile(
    r"(?:^|[^\w'-])(?P<subject>it|(?:the|this|that|its)\s+(?:[\w'-]+\s+){0,3}?(?P<head>[a-z]+))"
    r"(?:\s*,\s*which)?\s+"
    r"(?:(?:was|is|had\s+been|has\s+been)\s+(?:(?:originally|first|initially)\s+)?"
    r"(?:built|constructed|erected)\s+(?:in|around|circa)"
    r"|dates\s+(?:back\s+)?to|was\s+completed\s+in)\s+$",
    re.IGNORECASE,
)
#: The words an age's noun starts with ("86-year-old structure"); alignment names the measure later.
_AGE_WORDS = frozenset({"year-old", "years-old"})
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")


def _head(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def built_year_subject(claim: Claim) -> str | None:
    """The head of what a year claim says was built that year ("building", "it"), or None."""
    if claim.kind is not ClaimKind.DATE or not _YEAR.match(claim.text) or claim.sentence_offset is None:
        return None
    found = _BUILT_BEFORE_YEAR.search(claim.sentence[: claim.sentence_offset][-120:])
    if found is None:
        return None
    return _head(found.group("head") or found.group("subject"))


def _aged_head(claim: Claim) -> str | None:
    """The built thing an age is given to ("the 86-year-old structure" -> "structure"), or None."""
    if claim.kind is not ClaimKind.QUANTITY or claim.quantity is None or claim.quantity.unit or not claim.noun:
        return None
    words = claim.noun.lower().split()
    if len(words) < 2 or words[0] not in _AGE_WORDS:
        return None
    head = _head(words[-1])
    return head if head in BUILT_THINGS else None


def round_figure_slack(q: Quantity) -> float:
    """Half a unit of the last non-zero digit of an exact round figure ("a 100-year-old
    church" is a rounding: 50 either side; "70-year-old": 5), else 0: 86 is no rounding."""
    if not q.is_exact or not float(q.low).is_integer() or q.low % 10:
        return 0.0
    unit = 10
    while q.low % (unit * 10) == 0:
        unit *= 10
    return unit / 2


def built_window(claim: Claim, published: str) -> tuple[int, int] | None:
    """The years a thing of this age, written about on ``published``, can have been built in.

    An age of N a year after a publication in year P is P - N if the building's anniversary
    has passed, P - N - 1 if not: the window is both years (wider for a vague age, and for
    a round one: a "70-year-old" building can be 65 to 75)."""
    q = claim.quantity
    match = re.match(r"(\d{4})-", published or "")
    if q is None or match is None or not math.isfinite(q.high) or q.low < 1:
        return None
    year, slack = int(match.group(1)), round_figure_slack(q)
    return year - math.floor(q.high + slack) - 1, year - math.ceil(q.low - slack)


def built_year_of(claim: Claim) -> int:
    """The year a year claim names."""
    return int(claim.text)


def _same_thing(aged: str, built: str) -> bool:
    """Whether two heads can name one building: the same kind, or one says no kind."""
    return aged == built or aged in GENERIC or built in GENERIC


def built_year_findings(claims: Iterable[Claim], total: int, published: Mapping[str, str]) -> list[Finding]:
    """CONFLICT findings for an aged building another source says was built outside its window.

    Linear in the claims: the years said to be built are gathered once, then each age is
    checked against them."""
    ages: list[tuple[Claim, str]] = []
    built: list[tuple[Claim, str]] = []
    for claim in claims:
        if (head := _aged_head(claim)) is not None and published.get(claim.source):
            ages.append((claim, head))
        elif (subject := built_year_subject(claim)) is not None:
            built.append((claim, subject))
    findings = []
    for age, head in ages:
        window = built_window(age, published[age.source])
        if window is None:
            continue
        apart = [
            c
            for c, subject in built
            if c.source != age.source and _same_thing(head, subject) and not window[0] <= built_year_of(c) <= window[1]
        ]
        if apart:
            findings.append(_finding(age, head, window, apart, published[age.source], total))
    return findings


def _finding(age: Claim, head: str, window: tuple[int, int], apart: list[Claim], moment: str, total: int) -> Finding:
    apart = sorted(apart, key=lambda c: (c.source, c.start))
    years = (
        " or ".join(dict.fromkeys(str(y) for y in window))
        if window[1] - window[0] < 2
        else f"{window[0]} to {window[1]}"
    )
    by_year: dict[str, list[str]] = {}
    for c in apart:
        by_year.setdefault(c.text, []).append(c.source)
    others = "; ".join(
        f"{', '.join(dict.fromkeys(s))} say{'s' if len(set(s)) == 1 else ''} it was built in {y}"
        for y, s in sorted(by_year.items())
    )
    explanation = (
        f"The sources disagree on when the {head} was built: {age.source} calls it "
        f"“{age.shown}” years old on {moment[:10]}, so built in {years}; {others}."
    )
    # every reading on one axis, the age on the publication day, so the fact sheet's
    # majority and gaps compare like with like: built in 1935 is 76 or 77 years old in 2012
    year = int(moment[:4])
    measure = f"age of the {head}"
    claims = (
        attrs.evolve(age, measure=measure),
        *(
            attrs.evolve(
                c,
                measure=measure,
                quantity=Quantity(low=year - built_year_of(c) - 1, high=year - built_year_of(c), text=c.text),
                display=f"{c.text} ({year - built_year_of(c) - 1} or {year - built_year_of(c)} years by {moment[:10]})",
            )
            for c in apart
        ),
    )
    return dated_conflict(claims, explanation, f"year the {head} was built", total)


def dated_conflict(claims: tuple[Claim, ...], explanation: str, subject: str, total: int) -> Finding:
    """A CONFLICT between a figure and readings counted from the publication date (a
    building's age, years in a body, a person's age): every source but the outlier supports it."""
    sources = tuple(sorted({c.source for c in claims}))
    return Finding(
        status=Status.CONFLICT,
        kind=ClaimKind.QUANTITY,
        claims=claims,
        sources=sources,
        score=1.0,
        explanation=explanation,
        subject=subject,
        support=len(sources) - 1,
        total_sources=total,
    )
