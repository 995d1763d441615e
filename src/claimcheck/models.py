"""The data that flows through claimcheck: documents, quantities, claims, findings, reports.

Every type is a frozen, slotted attrs class so results can be hashed, compared and
shared between processes without defensive copies.
"""

from __future__ import annotations

import enum
import math
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from claimcheck.readings import FactSheet


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
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.4g}"


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

    @property
    def shown(self) -> str:
        """What to show an editor: the repaired surface if there is one."""
        return self.display or self.text


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
        return "|".join([self.status.value, self.kind.value, self.subject, ",".join(self.sources)])

    def __repr__(self) -> str:
        return f"<Finding {self.status.value}: {self.subject or self.kind.value} ({len(self.sources)} of {self.total_sources or len(self.sources)} sources)>"

    def __rich__(self) -> str:
        return f"{self.status.value}: {self.subject or self.kind.value} — {self.explanation}"


DISCREPANCIES = frozenset({Status.CONFLICT, Status.DEVELOPING, Status.ORDER, Status.SCOPE, Status.VARIANT})
AGREEMENTS = frozenset({Status.AGREE, Status.COMPATIBLE})


@attrs.frozen
class Report:
    """The consistency report for one article set."""

    findings: tuple[Finding, ...]
    sources: tuple[str, ...]
    skipped: tuple[SkippedInput, ...] = ()
    #: (source, path) pairs, so formats can point at the file a claim came from.
    paths: tuple[tuple[str, str], ...] = ()
    claimcheck_version: str = ""
    model_name: str = ""
    model_version: str = ""
    #: (source, ISO 8601 moment) for each source whose publication date is known.
    published: tuple[tuple[str, str], ...] = ()
    #: (copy, original) for each source that is a near-duplicate of another (a wire copy).
    copies: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:
        from claimcheck import report

        return f"<Report: {report.summary_line(self)}>"

    def __rich__(self) -> str:
        from claimcheck import report

        return report.summary_line(self)

    @property
    def agreements(self) -> list[Finding]:
        """Findings where the sources agree or are compatible."""
        return [f for f in self.findings if f.status in AGREEMENTS]

    @property
    def discrepancies(self) -> list[Finding]:
        """Findings an editor must look at: conflicts, developing figures and spelling variants."""
        return [f for f in self.findings if f.status in DISCREPANCIES]

    @property
    def unique(self) -> list[Finding]:
        """Claims only one source makes (uncorroborated)."""
        return [f for f in self.findings if f.status is Status.UNIQUE]

    def facts(self) -> list[FactSheet]:
        """Every finding as an editor reads it: each source's reading, majority, gaps (see readings.py)."""
        from claimcheck.readings import fact_sheet

        return [fact_sheet(f, self) for f in self.findings]

    def path_of(self, source: str) -> str | None:
        """The file a source was read from, when it came from a file."""
        return dict(self.paths).get(source)

    def counts(self) -> dict[Status, int]:
        """How many findings there are of each status."""
        out = {s: 0 for s in Status}
        for f in self.findings:
            out[f.status] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (see docs/report.schema.json)."""
        from claimcheck import report

        return report.to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The report as JSON text with stable ordering."""
        from claimcheck import report

        return report.to_json(self, indent=indent)

    def to_markdown(self) -> str:
        """The report as Markdown for a pull request or a newsroom ticket."""
        from claimcheck import report

        return report.to_markdown(self)

    def to_html(self) -> str:
        """The report as one self-contained HTML page."""
        from claimcheck import report

        return report.to_html(self)

    def _repr_html_(self) -> str:
        from claimcheck import report

        return report.to_html_fragment(self)

    def to_pandas(self) -> pandas.DataFrame:
        """One row per claim per finding; needs the optional pandas extra."""
        from claimcheck import report

        return report.to_pandas(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Read back a report written by ``to_dict``/``to_json``."""
        from claimcheck import report

        return report.from_dict(data)
