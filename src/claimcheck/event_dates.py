"""When an event happened, read beside its verb, and one event dated two ways across sources.

"In August, the court overturned the conviction" and "In July, the court overturned the
conviction" date one event to two months: a CONFLICT. The date is read from the parse
("in"/"on"/"during" + a date, or a bare date modifying the verb) and kept on the relation
claim; the dates are compared only when the claims name the same patient or the same
agent, and the same charge or post when the event has one (a person is charged many times).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

import attrs
from spacy.tokens import Span, Token

from claimcheck.dates import MONTH_PREFIXES
from claimcheck.entities import canonical
from claimcheck.models import Claim, Finding, Status
from claimcheck.relexicon import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group

__all__ = ["EventDate", "judge_event_dates", "parse_when", "when_of"]

_DATE_PREPS = frozenset({"in", "on", "during"})
_DATE_DEPS = frozenset({"npadvmod", "tmod", "obl"})
_MONTH = re.compile(r"\b(" + "|".join(MONTH_PREFIXES) + r")[a-z]*\.?", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Words that make a date relative or vague ("late July", "by August"): such dates are not compared.
_VAGUE = re.compile(r"\b(?:late|early|mid|end|beginning|around|about|by|until|before|after|since)\b", re.IGNORECASE)


@attrs.frozen
class EventDate:
    """A date as month and year (either may be unknown)."""

    month: int | None
    year: int | None

    def clashes(self, other: EventDate) -> bool:
        """Whether two dates cannot name one day: different years, or different months in one year."""
        if self.year is not None and other.year is not None and self.year != other.year:
            return True
        return self.month is not None and other.month is not None and self.month != other.month


def parse_when(text: str) -> EventDate | None:
    """Month and year of a date as written ("in August" -> (8, None)); None for vague dates."""
    if _VAGUE.search(text):
        return None
    month = _MONTH.search(text)
    year = _YEAR.search(text)
    if month is None and year is None:
        return None
    return EventDate(
        month=MONTH_PREFIXES.index(month.group(1).lower()[:3]) + 1 if month else None,
        year=int(year.group(1)) if year else None,
    )


def when_of(verb: Token) -> Span | None:
    """The date written beside a verb: "In August, the court ruled", "ruled on March 20"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _DATE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "DATE":
                    return verb.doc[child.i : obj.right_edge.i + 1]
        elif child.dep_ in _DATE_DEPS and child.ent_type_ == "DATE":
            return verb.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _named(text: str | None) -> set[str]:
    return set(canonical(text or "").split())


class _Arguments(NamedTuple):
    """What :func:`_same_arguments` compares of a claim's relation, read once a claim."""

    event: str
    #: the charge or post, as compared (``canonical``), and whether the claim names one
    charge: str
    names_charge: bool
    #: the named patient, as compared; None when the patient is no name
    patient: str | None
    #: the words of the agent's name
    agent_words: frozenset[str]


def _arguments(claim: Claim) -> _Arguments | None:
    rel = claim.relation
    if rel is None:
        return None
    return _Arguments(
        rel.event,
        canonical(rel.extra or ""),
        bool(rel.extra),
        canonical(rel.patient or "") if rel.patient_label else None,
        frozenset(_named(rel.agent)),
    )


def _same_arguments(x: _Arguments | None, y: _Arguments | None) -> bool:
    """Whether two claims are about one event: one named patient, or one named agent (one
    agent's words inside the other's: "the State Court" / "the State Court of Appeals")."""
    if x is None or y is None:
        return False
    if x.event != y.event or (_charged(x.event) and not (x.names_charge and x.charge == y.charge)):
        return False  # a person is charged or appointed many times: only the same charge or post is one event
    if x.patient is not None and y.patient is not None and x.patient == y.patient:
        return True
    a, b = x.agent_words, y.agent_words
    return bool(a and b) and len(a | b) > 1 and (a <= b or b <= a)


def _charged(event: str) -> bool:
    """Whether the event class names its charge, role or price (so the same words mean one event)."""
    return bool(lexicon().classes[event].extra) if event in lexicon().classes else False


def _dated(claim: Claim) -> EventDate | None:
    rel = claim.relation
    if rel is None or not rel.when or rel.nominal or rel.modality or claim.negated:
        return None
    return parse_when(rel.when)


def judge_event_dates(group: Group, total: int) -> Finding | None:
    """A CONFLICT when two sources date one event to different months or years."""
    dated = [(c, d, _arguments(c)) for c in group.claims if (d := _dated(c)) is not None]
    clashes = [
        (a, b)
        for i, (a, da, xa) in enumerate(dated)
        for b, db, xb in dated[i + 1 :]
        if a.source != b.source and da.clashes(db) and _same_arguments(xa, xb)
    ]
    if not clashes:
        return None
    claims: list[Claim] = []
    for a, b in clashes:
        for c in (a, b):
            if c not in claims:
                claims.append(c)
    claims.sort(key=lambda c: (c.source, c.start))
    listed = "; ".join(f"{c.source} says “{_short(c)}”" for c in claims)
    return Finding(
        status=Status.CONFLICT,
        kind=group.kind,
        claims=tuple(claims),
        sources=tuple(sorted({c.source for c in claims})),
        score=1.0,
        explanation=f"The sources date the {group.subject.split(':')[0]} differently: {listed}.",
        subject=f"date of {group.subject}",
        support=len({c.source for c in claims}),
        total_sources=total,
    )


def _short(claim: Claim) -> str:
    return " ".join(claim.shown.split())
