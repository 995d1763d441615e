"""The data that flows through claimcheck: documents, quantities, claims, findings, reports.

Every type is a frozen, slotted attrs class so results can be hashed, compared and
shared between processes without defensive copies.
"""

from __future__ import annotations

import enum
import math
import operator
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "AGREEMENTS",
    "CLAIM_FIELDS",
    "DISCREPANCIES",
    "INCREMENT",
    "SPREAD_ENDS",
    "Claim",
    "ClaimKind",
    "Document",
    "Finding",
    "Quantity",
    "Relation",
    "SkippedInput",
    "Status",
    "claim_index",
    "claim_values",
    "finding_key",
    "format_number",
    "with_changes",
]


class ClaimKind(str, enum.Enum):
    """What a claim asserts: a count or amount, a named entity, a date, a score, a rank, or who did what to whom."""

    QUANTITY = "quantity"
    ENTITY = "entity"
    DATE = "date"
    #: a game score, a win-loss record or a made-attempted tally: an ordered pair
    SCORE = "score"
    RELATION = "relation"
    #: a place in an order ("the sixth round", "No. 5 seed"): compared only with the same place
    RANK = "rank"


class Status(str, enum.Enum):
    """The verdict on one aligned group of claims, most severe first.

    DEVELOPING: the readings differ, but read in publication order they rise (or fall)
    step by step, as a toll does while a story develops; readings published at the
    same moment that disagree stay CONFLICT.
    """

    CONFLICT = "conflict"
    DEVELOPING = "developing"
    #: Cause and effect reversed between sources ("A prompted B" / "B facilitated A").
    ORDER = "order"
    #: One source states a relation for a broader or narrower argument (Belarus / Belavia).
    SCOPE = "scope"
    VARIANT = "variant"
    COMPATIBLE = "compatible"
    AGREE = "agree"
    UNIQUE = "unique"

    @property
    def severity(self) -> int:
        """0 for the most severe status (CONFLICT), growing towards UNIQUE."""
        return list(Status).index(self)


@attrs.frozen
class Document:
    """One article: its original text (never modified) and where it came from."""

    text: str
    source: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None


@attrs.frozen
class SkippedInput:
    """An input that could not be used, and why, so a report can say what it left out."""

    path: str
    reason: str


#: The scope of an amount added to another ("another three years", "four more men").
INCREMENT = "added"

#: The scopes of the two ends of a spread ("sentences of six to 75 years"): each end is
#: a stated value, a fact of its own.
SPREAD_ENDS = ("lowest", "highest")


@attrs.frozen
class Quantity:
    """A stated amount read as an interval of the values it allows.

    "nearly 1,200" is [1080, 1200) with value 1200 and qualifier "nearly";
    "more than 1,000" is (1000, inf). An exact "52" is [52, 52].
    """

    low: float
    high: float
    low_inclusive: bool = True
    high_inclusive: bool = True
    value: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    text: str = ""

    @property
    def is_exact(self) -> bool:
        """True when the interval is a single point ("52", "exactly 52")."""
        return self.low == self.high

    def contains(self, x: float) -> bool:
        """Whether the value x lies inside the interval."""
        above = x > self.low or (self.low_inclusive and x == self.low)
        below = x < self.high or (self.high_inclusive and x == self.high)
        return above and below

    def overlaps(self, other: Quantity) -> bool:
        """Whether some value is allowed by both quantities."""
        if self.low != other.low:
            lo, lo_inc = max((self.low, self.low_inclusive), (other.low, other.low_inclusive))
        else:
            lo, lo_inc = self.low, self.low_inclusive and other.low_inclusive
        if self.high != other.high:
            hi, hi_inc = min((self.high, self.high_inclusive), (other.high, other.high_inclusive))
        else:
            hi, hi_inc = self.high, self.high_inclusive and other.high_inclusive
        return lo < hi or (lo == hi and lo_inc and hi_inc)

    def same_interval(self, other: Quantity) -> bool:
        """Whether both quantities allow exactly the same values."""
        return (self.low, self.high, self.low_inclusive, self.high_inclusive) == (
            other.low,
            other.high,
            other.low_inclusive,
            other.high_inclusive,
        )

    def gap(self, other: Quantity) -> float:
        """Distance between two intervals; 0 when they touch or overlap."""
        if self.high < other.low:
            return other.low - self.high
        if other.high < self.low:
            return self.low - other.high
        return 0.0

    def describe(self) -> str:
        """The interval in interval notation, e.g. "[1080, 1200)"."""
        left = "[" if self.low_inclusive and math.isfinite(self.low) else "("
        right = "]" if self.high_inclusive and math.isfinite(self.high) else ")"
        return f"{left}{format_number(self.low)}, {format_number(self.high)}{right}"


def format_number(x: float) -> str:
    """A figure as editors write it: "1,200", "2.38", "∞"."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if float(x).is_integer() or abs(x) >= 1000:
        return f"{x:,.0f}"  # "10,460", never "1.046e+04"
    return f"{x:,.4g}"


@attrs.frozen
class Relation:
    """Who did what to whom: "the United States agreed to lift sanctions against Belavia".

    ``event`` is the predicate class shared by synonyms ("lift" for lift/ease/remove
    sanctions); ``agent`` and ``patient`` are the argument names as written, ``extra``
    the charge, role or price ("fraud", "chairman"). A causal link ("A, prompting B") has
    ``cause`` and ``effect`` (event classes) instead of a patient, and its cue as written
    ("prompting") in ``extra``. A part-of link ("Belavia, Belarus's airline") has event
    "part_of", the part as ``agent`` and the whole as ``patient``.
    """

    event: str
    predicate: str
    agent: str | None = None
    patient: str | None = None
    extra: str | None = None
    #: "agreed to", "could", "plans to": the relation is intended or possible, not done.
    modality: str | None = None
    cause: str | None = None
    effect: str | None = None
    #: Argument label from the entity recogniser (PERSON, ORG, GPE, ...), when known.
    patient_label: str | None = None
    passive: bool = False
    #: Read from an event noun ("the release of 52 prisoners"), which names an event
    #: without stating that it happened.
    nominal: bool = False
    #: When the event happened, as written beside the verb ("in August", "on March 20").
    when: str | None = None
    #: The age the article gives the patient ("Cheanne McKnight, 11"; "the 34-year-old
    #: mother"), so an unnamed patient can be found as the named one of that age.
    patient_age: int | None = None


@attrs.frozen
class Claim:
    """One checkable statement found in one source.

    ``text`` is ``document.text[start:end]`` exactly (the original, even when it is
    mojibake); ``display`` is the same surface repaired for people to read.
    """

    kind: ClaimKind
    source: str
    text: str
    start: int
    end: int
    sentence: str = ""
    display: str = ""
    quantity: Quantity | None = None
    noun: str | None = None
    noun_lemma: str | None = None
    predicate: str | None = None
    entity: str | None = None
    label: str | None = None
    role: str | None = None
    negated: bool = False
    attribution: str | None = None
    #: The person a figure belongs to ("McDermott" in "McDermott scored 23 points").
    agent: str | None = None
    #: The part of the event a figure is limited to ("second half" in "11 points in the
    #: second half"); None for the whole event.
    scope: str | None = None
    line: int = 1
    #: What the figure measures, normalised ("killed", "shots", "age"), set by alignment.
    measure: str | None = None
    #: For a relation claim: its agent, predicate and arguments.
    relation: Relation | None = None

    @property
    def holder(self) -> str | None:
        """Whose figure it is (today: the person it belongs to, see ``agent``)."""
        return self.agent

    #: Where ``display`` starts inside ``sentence``, so a report highlights this very
    #: figure and not an earlier look-alike (the "6" inside "16 houses"); None if unknown.
    sentence_offset: int | None = None
    #: Where the claim starts in its line, counted from 1 like ``line`` (0: unknown).
    column: int = 0
    #: The numbers of a score or record, in the order written ("65-53" -> (65, 53)).
    pair: tuple[int, ...] | None = None
    #: Whether ``agent`` undergoes the event rather than doing it ("Smith was sentenced
    #: to seven years": the figure is Smith's, but Smith sentenced no one).
    passive: bool = False
    #: What a dated event was done to, as the lemma of its object ("club" in "joined the
    #: club two years ago"), or what a price is paid for, as the lemma of its verb's subject
    #: ("ticket" in "tickets cost $45"): two datings of one kind of event done to different
    #: things, or two things' prices, are two facts. Read for times, durations and amounts
    #: of money only; None when not stated.
    theme: str | None = None
    #: For a price: the product variant it is for, as (line, spec, tier): ("MacBook Pro",
    #: "13-inch", "base"), "" for a part not stated; tier "base" (starting price) or
    #: "upper" (an upgraded configuration). None for other figures.
    variant: tuple[str, str, str] | None = None
    #: For an age: the group of people its holder is one of, as a noun lemma ("brother" in
    #: "his half-brother, Jonathan Carrasquillo, 24"; "girl" in "two girls, ages 6 and 8"),
    #: so a list of ages is compared value by value with the ages of the group's members.
    #: None for other figures and for ages of no stated group.
    group: str | None = None

    @property
    def shown(self) -> str:
        """What to show an editor: the repaired surface if there is one."""
        return self.display or self.text


#: Claim's fields in the order its ``__init__`` takes them, read in one call.
CLAIM_FIELDS = tuple(field.name for field in attrs.fields(Claim))
_CLAIM_VALUES = operator.attrgetter(*CLAIM_FIELDS)
_CLAIM_INDEX = {name: at for at, name in enumerate(CLAIM_FIELDS)}


def claim_values(claim: Claim) -> list[Any]:
    """A claim's field values in ``__init__`` order, to change some and build a new claim."""
    return list(_CLAIM_VALUES(claim))


def claim_index(name: str) -> int:
    """Where a field stands in :func:`claim_values`."""
    return _CLAIM_INDEX[name]


def with_changes(claim: Claim, **changes: Any) -> Claim:
    """``attrs.evolve`` for a claim, built positionally: every figure of every article is
    copied on its way through alignment, and ``attrs.evolve`` takes about twice as long."""
    values = claim_values(claim)
    for name, value in changes.items():
        values[_CLAIM_INDEX[name]] = value
    return Claim(*values)


@attrs.frozen
class Finding:
    """The verdict on one group of aligned claims, with the reason in one sentence."""

    status: Status
    kind: ClaimKind
    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    score: float
    explanation: str
    subject: str = ""
    support: int = 0
    total_sources: int = 0
    notes: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """A stable identity for baselines: status, kind, subject and the sources involved."""
        return finding_key(self.status.value, self.kind.value, self.subject, self.sources)

    def __repr__(self) -> str:
        what = self.subject or self.kind.value
        total = self.total_sources or len(self.sources)
        return f"<Finding {self.status.value}: {what} ({len(self.sources)} of {total} sources)>"

    def __rich__(self) -> str:
        return f"{self.status.value}: {self.subject or self.kind.value} — {self.explanation}"


def finding_key(status: str, kind: str, subject: str, sources: Iterable[str]) -> str:
    """``Finding.key`` from its parts, also for findings read back from a baseline file."""
    return "|".join([status, kind, subject, ",".join(sources)])


DISCREPANCIES = frozenset({Status.CONFLICT, Status.DEVELOPING, Status.ORDER, Status.SCOPE, Status.VARIANT})
AGREEMENTS = frozenset({Status.AGREE, Status.COMPATIBLE})


def __getattr__(name: str) -> Any:
    """``claimcheck.models.Report`` keeps working: the class lives in :mod:`claimcheck.report.model`."""
    if name == "Report":
        from claimcheck.report.model import Report

        return Report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
