"""A draft against its sources: is every figure and name in my story backed by the wires?

Built on :func:`claimcheck.compare`: the draft and the sources are compared as one set,
and each finding the draft takes part in is judged again from the draft's side, one
source at a time with :func:`claimcheck.compare.judge`. A claim is *supported* by the
sources whose reading fits it, *contradicted* when at least as many sources read it
otherwise, *spelled differently* when the sources write a name another way, and
*unstated* when no source says it. The result is an ordinary :class:`Report`, so every
format, ``--fail-on`` level and exit code works as for ``compare``.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Sequence
from typing import cast

import attrs
from spacy.language import Language

from claimcheck.align import ENTITY_KINDS, Group
from claimcheck.api import Inputs, compare, to_documents
from claimcheck.cache import ParseCache
from claimcheck.compare import judge
from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.models import Claim, Document, Finding, Status
from claimcheck.report import Report

__all__ = ["DRAFT", "Support", "check", "check_findings"]

#: The source name of a draft given as text.
DRAFT = "draft"
_ROLE = "role of "


class Support(str, enum.Enum):
    """What the sources make of one claim of the draft, and the report status it gets."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    SPELLED_DIFFERENTLY = "spelled differently"
    UNSTATED = "unstated"


_STATUS = {
    Support.CONTRADICTED: Status.CONFLICT,
    Support.SPELLED_DIFFERENTLY: Status.VARIANT,
    Support.UNSTATED: Status.UNIQUE,
}


def check(
    draft: Document | str | os.PathLike,
    sources: Inputs,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    config: Config = DEFAULT_CONFIG,
    progress: Callable[[Document], None] | None = None,
    cache: ParseCache | None = None,
) -> Report:
    """Judge every figure, name and date of ``draft`` against ``sources``.

    ``draft`` is a Document, a path, or the text itself; ``sources`` whatever
    :func:`compare` takes. Only findings about the draft's claims are kept; line
    numbers are the draft's. Raises :class:`~claimcheck.sources.InputError` when the
    draft or the sources give nothing to read.
    """
    [draft_doc], _ = to_documents(cast(Inputs, [draft]))  # a one-item list, never a mix
    source_docs, skipped = to_documents(sources)
    draft_doc = _distinct_name(draft_doc, {d.source for d in source_docs})
    report = compare(
        [draft_doc, *source_docs],
        nlp=nlp,
        model=model,
        config=_names_count(config),
        progress=progress,
        cache=cache,
    )
    findings = check_findings(report, draft_doc.source, config)
    return attrs.evolve(report, findings=tuple(findings), skipped=tuple(skipped))


def _distinct_name(draft: Document, taken: set[str]) -> Document:
    name = draft.source if draft.path else DRAFT
    while name in taken:
        name = f"{name} (draft)"
    return attrs.evolve(draft, source=name)


def _names_count(config: Config) -> Config:
    """Every name of the draft is judged, so a name of any kind that one source gives is a finding."""
    return attrs.evolve(
        config,
        unique_entity_labels=config.unique_entity_labels | frozenset(ENTITY_KINDS),
        report_entity_agreements=True,
    )


def check_findings(report: Report, draft: str, config: Config = DEFAULT_CONFIG) -> list[Finding]:
    """The findings of a compared set that involve ``draft``, re-judged from the draft's side."""
    total = len([s for s in report.sources if s != draft])
    out = [
        # a reversed cause or a broader claim is already told from both sides
        finding
        if finding.status in (Status.ORDER, Status.SCOPE)
        else _from_draft(finding, draft, total, _names_count(config))
        for finding in report.findings
        if draft in finding.sources and not _title_of_others(finding, draft)
    ]
    return sorted(out, key=lambda f: (f.status.severity, min(c.start for c in f.claims if c.source == draft)))


def _title_of_others(finding: Finding, draft: str) -> bool:
    """A dispute over a person's title in which the draft gives the person no title."""
    return finding.subject.startswith(_ROLE) and not any(c.role for c in finding.claims if c.source == draft)


def _pair_status(
    finding: Finding, draft_claims: Sequence[Claim], theirs: Sequence[Claim], config: Config
) -> Status | None:
    """How one source reads what the draft says: the verdict on the two of them alone.

    None when the source says nothing on the point (no title, in a dispute over titles).
    """
    role = finding.subject.startswith(_ROLE)
    if role and not any(c.role for c in theirs):
        return None
    group = Group(kind=finding.kind, subject=finding.subject.removeprefix(_ROLE), claims=(*draft_claims, *theirs))
    for verdict in judge(group, 2, config):
        if verdict.subject.startswith(_ROLE) == role:
            return verdict.status
    return Status.AGREE  # an entity pair that is neither a variant nor a role conflict


def _from_draft(finding: Finding, draft: str, total: int, config: Config) -> Finding:
    mine = [c for c in finding.claims if c.source == draft]
    others = sorted({c.source for c in finding.claims} - {draft})
    said = _quote(mine[0])
    where = f"line {mine[0].line}"
    if not others:
        return _judged(finding, Support.UNSTATED, 0, total, f"No source states the draft's {said} ({where}).")
    by_source = {s: [c for c in finding.claims if c.source == s] for s in others}
    status = {s: _pair_status(finding, mine, cs, config) for s, cs in by_source.items()}
    others = [s for s in others if status[s] is not None]
    if not others:
        return _judged(finding, Support.UNSTATED, 0, total, f"No source states the draft's {said} ({where}).")
    backing = [s for s in others if status[s] in (Status.AGREE, Status.COMPATIBLE)]
    against = [s for s in others if status[s] is Status.CONFLICT]
    spelled = [s for s in others if status[s] is Status.VARIANT]
    theirs = "; ".join(f"{s} says {_quote(by_source[s][0])}" for s in (*against, *spelled))
    if against and len(against) >= len(backing):
        lead = "Contradicted by the majority" if len(against) > len(backing) else "Disputed: the sources are split"
        backed = f"; {', '.join(backing)} agree{'s' if len(backing) == 1 else ''}" if backing else ""
        return _judged(
            finding,
            Support.CONTRADICTED,
            len(backing),
            total,
            f"{lead}: the draft says {said} ({where}); {theirs}{backed}.",
        )
    if spelled and len(spelled) >= len(backing):
        lead = "Spelled differently" if len(spelled) > len(backing) else "Spelled two ways by the sources"
        backed = f"; {', '.join(backing)} write{'s' if len(backing) == 1 else ''} it so too" if backing else ""
        return _judged(
            finding,
            Support.SPELLED_DIFFERENTLY,
            len(backing),
            total,
            f"{lead}: the draft writes {said} ({where}); {theirs}{backed}.",
        )
    exact = all(status[s] is Status.AGREE for s in backing)
    dissent = f"; but {theirs}" if theirs else ""
    return _judged(
        finding,
        Support.SUPPORTED,
        len(backing),
        total,
        f"Supported by {len(backing)} of {total} sources ({', '.join(backing)}): the draft's {said} "
        f"({where}){dissent}.",
        status=Status.AGREE if exact and not theirs else Status.COMPATIBLE,
    )


def _judged(
    finding: Finding, support: Support, k: int, total: int, explanation: str, status: Status | None = None
) -> Finding:
    return attrs.evolve(
        finding,
        status=status or _STATUS[support],
        explanation=explanation,
        support=k,
        total_sources=total,
    )


def _quote(claim: Claim) -> str:
    return f"“{claim.shown}”"
