"""The words every format shares: the summary line, headings, coverage and fact lines."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from claimcheck.models import Finding, Status
from claimcheck.readings import FactSheet, fact_sheet, natural_key

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = [
    "HEADINGS",
    "SELF_HEADING",
    "copies_line",
    "entity_name",
    "fact_lines",
    "plural",
    "self_contradictions",
    "single_line",
    "sources_phrase",
    "summary_line",
]

_NOUNS = {
    Status.CONFLICT: ("conflict", "conflicts"),
    Status.DEVELOPING: ("developing figure", "developing figures"),
    Status.ORDER: ("reversed cause", "reversed causes"),
    Status.SCOPE: ("scope difference", "scope differences"),
    Status.VARIANT: ("variant", "variants"),
    Status.COMPATIBLE: ("compatible estimate", "compatible estimates"),
    Status.AGREE: ("agreement", "agreements"),
    Status.UNIQUE: ("unique claim", "unique claims"),
}

HEADINGS = {
    Status.CONFLICT: "Conflicts",
    Status.DEVELOPING: "Developing figures",
    Status.ORDER: "Cause and effect reversed",
    Status.SCOPE: "Broader or narrower claims",
    Status.VARIANT: "Spelling variants",
    Status.COMPATIBLE: "Compatible estimates",
    Status.AGREE: "Agreements",
    Status.UNIQUE: "Claims made by one source only",
}


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_line(report: Report) -> str:
    """One line with the counts, e.g. "3 conflicts, 2 variants, 14 agreements across 4 sources"."""
    counts = report.counts()
    parts = [plural(counts[s], *_NOUNS[s]) for s in Status if counts[s]]
    what = ", ".join(parts) if parts else "no comparable claims"
    line = f"{what} across {plural(len(report.sources), 'source', 'sources')}"
    if report.skipped:
        line += f" ({plural(len(report.skipped), 'input', 'inputs')} skipped)"
    return line


def single_line(text: str) -> str:
    """Runs of whitespace, line breaks included, become one space (edges kept)."""
    return re.sub(r"\s+", " ", text)


def sources_phrase(finding: Finding) -> str:
    """How many sources back the leading reading (the coverage line says how many state it)."""
    if finding.total_sources and finding.status in (Status.CONFLICT, Status.DEVELOPING):
        lead = "the latest reading" if finding.status is Status.DEVELOPING else "the leading reading"
        return f"{finding.support} of {finding.total_sources} sources give {lead}"
    if finding.total_sources:
        return f"{finding.support} of {finding.total_sources} sources"
    return plural(len(finding.sources), "source", "sources")


def fact_lines(sheet: FactSheet) -> list[str]:
    """Coverage, majority and outliers, gaps, self-contradictions: one line each."""
    lines = [sheet.coverage() + "."]
    if sheet.finding.status is Status.DEVELOPING and sheet.timeline():
        lines.append(
            "Timeline: " + " → ".join(f"{r.published} “{r.text}” ({r.source})" for r in sheet.timeline()) + "."
        )
    if sheet.majority:
        said = {r.source: r.text for r in sheet.readings}
        lines.append(
            "Majority: "
            + ", ".join(f"{s} “{said[s]}”" for s in sheet.majority)
            + "; outliers: "
            + ", ".join(f"{s} “{said[s]}”" for s in sheet.outliers)
            + "."
        )
    lines += list(sheet.gaps)
    if sheet.elsewhere:
        lines.append(f"Other findings on {sheet.subject}: " + "; ".join(f"{s} “{t}”" for s, t in sheet.elsewhere) + ".")
    lines += [f"⚠ {c}" for c in sheet.self_contradictions]
    return lines


def copies_line(report: Report) -> str:
    by_original: dict[str, list[str]] = defaultdict(list)
    for copy, original in report.copies:
        by_original[original].append(copy)
    return "; ".join(
        f"{', '.join(sorted(copies, key=natural_key))} {'copies' if len(copies) == 1 else 'copy'} {original}"
        for original, copies in sorted(by_original.items(), key=lambda kv: natural_key(kv[0]))
    )


def self_contradictions(report: Report) -> list[str]:
    """Every source that contradicts itself (headline vs body), each said once."""
    seen: dict[str, None] = {}
    for finding in report.findings:
        for line in fact_sheet(finding, report).self_contradictions:
            seen.setdefault(line)
    return list(seen)


SELF_HEADING = "Sources that contradict themselves"


def entity_name(finding: Finding) -> str:
    return finding.subject.split(" (")[0] if finding.subject else finding.kind.value
