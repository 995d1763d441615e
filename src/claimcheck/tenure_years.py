"""How long someone has been in a body against the year another source says they joined it.

"had been a member of its anti-gang unit for the past five years" in a piece published in
June 2005 and "joined the gang unit in 2001" in another cannot both hold: joining in 2001
leaves at most four and a half years by then. The duration and the year never meet in one
group, so they are paired here through the publication date of the duration's source; a
duration from a source with no date is never compared.

Both sentences must be about the same holder (one named agent, or both opening on the same
pronoun) and the same body: one's words hold the other's, with the same last word
("anti-gang unit" / "gang unit"). A stated tenure is read as a round figure (five years:
4.5 to 5.5 with ``Config.span_rounding_years``), so only a gap past the rounding is a conflict.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

import attrs

from claimcheck.built_years import dated_conflict, round_figure_slack
from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.models import Claim, ClaimKind, Finding, Quantity

__all__ = ["joined_body", "published_year", "tenure_body", "tenure_findings"]

_BODY = r"(?:the|its|his|her|their)\s+(?P<body>(?:[\w-]+\s+){0,3}?[\w-]+)"
#: "... a member of its anti-gang unit for the past ", "... working with the team for the last "
_TENURE_BEFORE = re.compile(
    rf"\b(?:in|with|at|on|of)\s+{_BODY}\s+for\s+the\s+(?:past|last|previous)\s+$", re.IGNORECASE
)
#: "... joined the gang unit in ", "... entered the academy in "
_JOINED_BEFORE = re.compile(rf"\b(?:joined|entered)\s+{_BODY}\s+in\s+$", re.IGNORECASE)
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
_PRONOUN = re.compile(r"^\W*(he|she)\b", re.IGNORECASE)


def _words(body: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s-]+", body.lower()) if w)


def tenure_body(claim: Claim) -> tuple[str, ...] | None:
    """The words of the body a "for the past N years" figure is spent in, or None."""
    q = claim.quantity
    if claim.kind is not ClaimKind.QUANTITY or q is None or q.unit != "yr" or claim.sentence_offset is None:
        return None
    found = _TENURE_BEFORE.search(claim.sentence[: claim.sentence_offset][-120:])
    return _words(found.group("body")) if found else None


def joined_body(claim: Claim) -> tuple[str, ...] | None:
    """The words of the body a year says someone joined then ("joined the gang unit in 2001"), or None."""
    if claim.kind is not ClaimKind.DATE or not _YEAR.match(claim.text) or claim.sentence_offset is None:
        return None
    found = _JOINED_BEFORE.search(claim.sentence[: claim.sentence_offset][-120:])
    return _words(found.group("body")) if found else None


def published_year(published: str | None) -> float | None:
    """A publication date as a year with its fraction ("2005-07-02" -> about 2005.5), or None."""
    try:
        day = dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return day.year + (day.timetuple().tm_yday - 1) / 365.0


def _same_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def _holder(claim: Claim) -> str | None:
    if claim.agent:
        return claim.agent.lower()
    opening = _PRONOUN.match(claim.sentence)
    return opening.group(1).lower() if opening else None


def _apart(tenure: Claim, moment: float, year: int, rounding: float) -> bool:
    """Whether a stated tenure, give or take ``rounding`` years (more for a round figure:
    "for the past 20 years" may be 15 to 25), cannot be the time from joining in ``year``
    to ``moment``."""
    q = tenure.quantity
    assert q is not None
    rounding = max(rounding, round_figure_slack(q))
    most, least = moment - year, moment - year - 1  # joined on the year's first or last day
    return q.low - rounding > most or q.high + rounding < least


def tenure_findings(
    claims: Iterable[Claim], total: int, published: Mapping[str, str], config: Config = DEFAULT_CONFIG
) -> list[Finding]:
    """CONFLICT findings for a dated tenure another source's joining year cannot give.

    Joining years are gathered once and looked up by the body's last word: near-linear."""
    tenures: list[tuple[Claim, tuple[str, ...], float]] = []
    joined: dict[str, list[tuple[Claim, tuple[str, ...]]]] = {}
    for claim in claims:
        if (body := tenure_body(claim)) is not None:
            moment = published_year(published.get(claim.source))
            if moment is not None:
                tenures.append((claim, body, moment))
        elif (body := joined_body(claim)) is not None:
            joined.setdefault(body[-1], []).append((claim, body))
    findings = []
    for tenure, body, moment in tenures:
        holder = _holder(tenure)
        apart = [
            c
            for c, other in joined.get(body[-1], [])
            if c.source != tenure.source
            and holder is not None
            and _holder(c) == holder
            and _same_body(body, other)
            and _apart(tenure, moment, int(c.text), config.span_rounding_years)
        ]
        if apart:
            findings.append(_finding(tenure, holder or "", moment, apart, published[tenure.source], total))
    return findings


def _years_by(joined: Claim, moment: float, published: str, measure: str) -> Claim:
    """A joining year read as the years in the body by the publication day."""
    low, high = round(moment - int(joined.text) - 1, 1), round(moment - int(joined.text), 1)
    return attrs.evolve(
        joined,
        measure=measure,
        quantity=Quantity(low=low, high=high, unit="yr", text=joined.text),
        display=f"{joined.text} ({low:.1f} to {high:.1f} years by {published[:10]})",
    )


def _raw_body(claim: Claim, pattern: re.Pattern[str]) -> str:
    found = pattern.search(claim.sentence[: claim.sentence_offset][-120:])
    return found.group("body") if found else ""


def _finding(tenure: Claim, holder: str, moment: float, apart: list[Claim], published: str, total: int) -> Finding:
    apart = sorted(apart, key=lambda c: (c.source, c.start))
    body = _raw_body(tenure, _TENURE_BEFORE)
    joins = "; ".join(
        f"{c.source} says {holder} joined the {_raw_body(c, _JOINED_BEFORE)} in {c.text}, "
        f"at most {moment - int(c.text):.1f} years before"
        for c in apart
    )
    explanation = (
        f"The sources disagree on how long {holder} had been in the {body}: {tenure.source} says "
        f"for the past “{tenure.shown}” on {published[:10]}; {joins}."
    )
    # every reading on one axis, years in the body by the publication day, so the fact
    # sheet compares like with like: joined in 2001 is 3.5 to 4.5 years by June 2005
    measure = f"years in the {body}"
    claims = (
        attrs.evolve(tenure, measure=measure),
        *(_years_by(c, moment, published, measure) for c in apart),
    )
    return dated_conflict(claims, explanation, f"years in the {body}", total)
