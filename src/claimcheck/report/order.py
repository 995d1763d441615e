"""The one order of findings and claims that every report format (and build_report) uses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from claimcheck.models import Claim, Finding, Status

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = ["canonical", "claim_order", "finding_sort_key", "grouped"]


def claim_order(claim: Claim) -> tuple:
    """Claims by source and offset; also the identity of a claim within one rendering."""
    return (claim.source, claim.start, claim.end, claim.kind.value, claim.text)


def finding_sort_key(finding: Finding) -> tuple:
    """Canonical order of findings: severity, subject, sources (then kind, explanation)."""
    return (
        finding.status.severity,
        finding.subject,
        finding.sources,
        finding.kind.value,
        finding.explanation,
    )


def canonical(report: Report) -> Report:
    """The same report in the one order every format uses.

    Findings go by severity, then subject, then sources; claims inside a finding by
    source and offset; skipped inputs by path; paths by source. ``report.sources``
    keeps its input order (it decides the column order of the HTML view).
    """
    findings = tuple(
        sorted(
            (attrs.evolve(f, claims=tuple(sorted(f.claims, key=claim_order))) for f in report.findings),
            key=finding_sort_key,
        )
    )
    return attrs.evolve(
        report,
        findings=findings,
        skipped=tuple(sorted(report.skipped, key=lambda s: (s.path, s.reason))),
        paths=tuple(sorted(report.paths)),
        published=tuple(sorted(report.published)),
        copies=tuple(sorted(report.copies)),
    )


def grouped(report: Report) -> Iterator[tuple[Status, list[Finding]]]:
    """(status, findings) for every status that has findings, most severe first.

    Expects a canonical report, and yields its very Finding objects.
    """
    by_status: dict[Status, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_status[finding.status].append(finding)
    for status in Status:
        if by_status[status]:
            yield status, by_status[status]
