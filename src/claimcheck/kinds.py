"""Each claim kind's steps, registered by kind: how its claims are read, grouped and judged.

A kind (quantity, entity, date, score, relation) provides an ``extract`` step (a parsed
Doc -> claims), an ``align`` step (claims of that kind -> groups) and a ``judge`` step
(one group -> findings) and registers them here; :func:`claimcheck.readers.claims.read_claims`,
:func:`claimcheck.align.align` and :func:`claimcheck.compare.judge` only dispatch, so
adding a kind is one module and its registrations. This module imports no spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from claimcheck.lines import line_of
from claimcheck.models import Claim, ClaimKind, Finding, Relation, Status
from claimcheck.placement import placed

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from claimcheck.align import Group
    from claimcheck.config import Config
    from claimcheck.readers.quantities import QuantityRules

__all__ = [
    "Aligner",
    "Extractor",
    "Judge",
    "aligner",
    "by_source",
    "extractors",
    "group_finding",
    "judge_of",
    "register_aligner",
    "register_extractor",
    "register_judge",
    "registered_kinds",
    "relation_claim_at",
]

#: a parsed Doc, the quantity rules and the claims the steps registered before it read
#: (a rank is never read where a fraction or a date was) -> the claims of one kind
Extractor = Callable[["Doc", "QuantityRules", Sequence[Claim]], Iterable[Claim]]

#: claims of one kind -> their groups
Aligner = Callable[[Sequence[Claim], "Config"], list["Group"]]
#: one group, the number of sources, the config -> its findings
Judge = Callable[["Group", int, "Config"], list[Finding]]

_EXTRACTORS: list[tuple[ClaimKind, tuple[str, ...], Extractor]] = []
_ALIGNERS: dict[ClaimKind, Aligner] = {}
_JUDGES: dict[ClaimKind, Judge] = {}


def register_extractor(kind: ClaimKind, step: Extractor, needs: Sequence[str] = ()) -> Extractor:
    """Register a step that reads claims of ``kind`` from a Doc that has every annotation
    in ``needs`` ("ENT_IOB", "DEP"); a kind may be read by several steps."""
    if not any(k is kind and s is step for k, _, s in _EXTRACTORS):
        _EXTRACTORS.append((kind, tuple(needs), step))
    return step


def extractors() -> tuple[tuple[ClaimKind, tuple[str, ...], Extractor], ...]:
    """The registered reading steps, in registration order, with the annotations each needs."""
    return tuple(_EXTRACTORS)


def register_aligner(kind: ClaimKind, step: Aligner) -> Aligner:
    """Register how claims of ``kind`` are grouped (one step per kind; a second is an error)."""
    _register(_ALIGNERS, kind, step, "aligner")
    return step


def register_judge(kind: ClaimKind, step: Judge) -> Judge:
    """Register how a group of ``kind`` is judged (one step per kind; a second is an error)."""
    _register(_JUDGES, kind, step, "judge")
    return step


def _register(table: dict[ClaimKind, Any], kind: ClaimKind, step: Any, what: str) -> None:
    known = table.get(kind)
    if known is not None and known is not step:
        raise ValueError(f"a {what} for {kind.value} claims is already registered: {known.__qualname__}")
    table[kind] = step


def aligner(kind: ClaimKind) -> Aligner | None:
    """The registered grouping step of ``kind``, if any."""
    return _ALIGNERS.get(kind)


def judge_of(kind: ClaimKind) -> Judge:
    """The registered verdict step of ``kind``."""
    try:
        return _JUDGES[kind]
    except KeyError:
        raise LookupError(f"no judge registered for {kind.value} claims") from None


def registered_kinds() -> tuple[ClaimKind, ...]:
    """The kinds with a grouping step, in the order of :class:`ClaimKind`."""
    return tuple(k for k in ClaimKind if k in _ALIGNERS)


def group_finding(
    status: Status,
    group: Group,
    total: int,
    explanation: str,
    notes: Sequence[str] = (),
    subject: str | None = None,
) -> Finding:
    """A judge step's verdict on a whole group, every source of it in support: the one
    shape the relation judges return (``subject`` defaults to the group's)."""
    sources = group.sources
    return Finding(
        status=status,
        kind=group.kind,
        claims=group.claims,
        sources=sources,
        score=1.0,
        explanation=explanation,
        subject=group.subject if subject is None else subject,
        support=len(sources),
        total_sources=total,
        notes=tuple(notes),
    )


def by_source(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims by the source that states them, sources in order of name."""
    out: dict[str, list[Claim]] = {}
    for claim in claims:
        out.setdefault(claim.source, []).append(claim)
    return dict(sorted(out.items()))


def relation_claim_at(text: str, start: int, end: int, sentence: str, relation: Relation, **fields: Any) -> Claim:
    """A relation claim over ``text[start:end]`` in ``sentence``, its predicate the
    relation's; ``fields`` are the claim's other fields (negation, attribution, a title's
    person): the one shape every reader of relations builds."""
    source, column, offset = placed(text, start, end, sentence)
    return Claim(
        kind=ClaimKind.RELATION,
        source=source,
        text=text[start:end],
        start=start,
        end=end,
        sentence=sentence,
        display=text[start:end],
        predicate=relation.predicate,
        line=line_of(text, start),
        relation=relation,
        column=column,
        sentence_offset=offset,
        **fields,
    )
