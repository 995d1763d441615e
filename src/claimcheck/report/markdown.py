"""Report -> Markdown: an editor's brief for a pull request comment or a newsroom ticket."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimcheck.escape import clean
from claimcheck.models import DISCREPANCIES, Claim, ClaimKind, Finding, Status
from claimcheck.readings import FactSheet, fact_sheet, natural_key
from claimcheck.report.evidence import split_evidence
from claimcheck.report.order import canonical, grouped
from claimcheck.report.wording import (
    HEADINGS,
    SELF_HEADING,
    copies_line,
    entity_name,
    fact_lines,
    self_contradictions,
    single_line,
    sources_phrase,
    summary_line,
)

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = ["to_markdown"]

# Backslash-escaping these keeps article text literal: emphasis, code, links, HTML,
# tables, strikethrough, entities and GitHub's $math$.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def _md(text: str) -> str:
    """Article text made inert in Markdown: one line, significant characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", single_line(text))


def _md_quote(claim: Claim) -> str:
    parts = split_evidence(claim)
    if parts is None:
        sentence = _md(claim.sentence.strip())
        shown = f"**{_md(claim.shown)}**"
        return f"{shown} — “{sentence}”" if sentence else shown
    before, match, after = parts
    before, after = before.lstrip(), after.rstrip()
    # Spaces inside the bold markers stop Markdown from rendering them bold.
    core = match.strip() or match
    lead = " " if match[:1].isspace() else ""
    trail = " " if match[-1:].isspace() else ""
    return f"“{_md(before)}{lead}**{_md(core)}**{trail}{_md(after)}”"


def _md_evidence(claim: Claim, report: Report) -> str:
    where = report.path_of(claim.source)
    location = f" ({_md(where)}, line {claim.line})" if where else ""
    return f"  - *{_md(claim.source)}*{location}: {_md_quote(claim)}"


def _md_cell(text: str) -> str:
    return _md(text) if text else ""


def _md_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table without the columns no row fills (no Interval column for names)."""
    keep = [i for i in range(len(headers)) if i == 0 or any(row[i] for row in rows)]
    out = ["| " + " | ".join(headers[i] for i in keep) + " |", "|" + " --- |" * len(keep)]
    out += ["| " + " | ".join(row[i] for i in keep) + " |" for row in rows]
    return out


def _md_reading_rows(sheet: FactSheet, report: Report) -> list[str]:
    """The readings table of one fact: a row per claim, the source's standing reading first."""
    rows = []
    for reading in sheet.readings:
        claims = [reading.claim] + [
            c for c in sheet.finding.claims if c.source == reading.source and c is not reading.claim
        ]
        for n, claim in enumerate(claims):
            where = report.path_of(claim.source)
            location = f" ({_md(where)}, line {claim.line})" if where else f" (line {claim.line})"
            source = _md(reading.source) if n == 0 else "″"
            if n == 0 and reading.copy_of:
                source += f" (copy of {_md(reading.copy_of)})"
            shown = _md(claim.shown) + (f" ≈ {_md(reading.converted)}" if n == 0 and reading.converted else "")
            interval = _md(claim.quantity.describe()) if claim.quantity else ""
            first = n == 0
            rows.append([
                source, shown, interval,
                _md_cell(reading.attribution or "") if first else "",
                _md_cell(reading.published or "") if first else "",
                _md_quote(claim) + location,
            ])  # fmt: skip
    return _md_table(["Source", "Reading", "Interval", "Attribution", "Published", "Evidence"], rows)


def to_markdown(report: Report) -> str:
    """The report as an editor's brief, for a pull request comment or a newsroom ticket.

    Facts to check come first (conflicts, developing figures), each with every source's
    reading and evidence in a table; then spelling variants; then the rest summarised:
    compatible estimates and agreements in short tables (names agreed on one line each,
    with a count) and the claims only one source makes.
    """
    report = canonical(report)
    lines = ["## claimcheck report", "", f"**{summary_line(report)}**", ""]
    if report.sources:
        lines += ["Sources: " + ", ".join(_md(s) for s in sorted(report.sources, key=natural_key)), ""]
    if report.copies:
        lines += [f"Copies (counted as one voice): {_md(copies_line(report))}.", ""]
    contradictions = self_contradictions(report)
    for status, findings in [*grouped(report), (None, [])]:
        if contradictions and (status is None or status not in DISCREPANCIES):
            lines += [f"### {SELF_HEADING} ({len(contradictions)})", ""]
            lines += [f"- ⚠ {_md(c)}" for c in contradictions] + [""]
            contradictions = []
        if status is None:
            break
        lines += [f"### {HEADINGS[status]} ({len(findings)})", ""]
        if status in DISCREPANCIES:
            lines += _md_discrepancies(findings, report)
        elif status is Status.AGREE:
            lines += _md_agreements(findings, report)
        else:
            lines += _md_summary_table(findings, report)
    if report.skipped:
        lines += [f"### Skipped inputs ({len(report.skipped)})", ""]
        lines += [f"- {_md(s.path)}: {_md(s.reason)}" for s in report.skipped]
        lines.append("")
    return clean("\n".join(lines).rstrip() + "\n")


def _md_discrepancies(findings: list[Finding], report: Report) -> list[str]:
    """Each fact to check: what, why, the fact lines and notes, then every reading in a table."""
    lines: list[str] = []
    for finding in findings:
        sheet = fact_sheet(finding, report)
        subject = _md(sheet.subject) or "(no subject)"
        lines.append(
            f"- **{subject}** ({finding.kind.value}, {sources_phrase(finding)}, "
            f"score {finding.score:.2f}): {_md(finding.explanation)}"
        )
        lines += [f"  - {_md(line)}" for line in fact_lines(sheet)]
        lines += [f"  - note: {_md(n)}" for n in finding.notes]
        lines.append("")
        lines += _md_reading_rows(sheet, report)
        lines.append("")
    return lines


def _md_agreements(findings: list[Finding], report: Report) -> list[str]:
    """Agreed facts in a short table; names agreed on in one line, each with its count."""
    lines: list[str] = []
    names = [f for f in findings if f.kind is ClaimKind.ENTITY]
    others = [f for f in findings if f.kind is not ClaimKind.ENTITY]
    if others:
        lines += ["| Fact | Reading | Sources |", "| --- | --- | --- |"]
        for finding in others:
            sheet = fact_sheet(finding, report)
            reading = sheet.readings[0].text if sheet.readings else ""
            lines.append(
                f"| {_md_cell(sheet.subject)} | {_md_cell(reading)} | {_md(sheet.coverage())}: "
                f"{_md(', '.join(sorted(finding.sources, key=natural_key)))} |"
            )
        lines.append("")
    if names:
        listed = ", ".join(
            f"{_md(entity_name(f))} ({len(f.sources)})"
            for f in sorted(names, key=lambda f: (-len(f.sources), natural_key(entity_name(f))))
        )
        lines += [f"Names the sources agree on (sources naming each): {listed}.", ""]
    return lines


def _md_summary_table(findings: list[Finding], report: Report) -> list[str]:
    """Any other status (compatible, unique): one table row per finding."""
    lines = ["| Subject | Kind | Sources | Claims |", "| --- | --- | --- | --- |"]
    for finding in findings:
        sheet = fact_sheet(finding, report)
        claims = "; ".join(f"{_md(c.source)}: {_md(c.shown)}" for c in finding.claims)
        lines.append(
            f"| {_md_cell(sheet.subject)} | {finding.kind.value} | {_md(', '.join(finding.sources))} | {claims} |"
        )
    lines.append("")
    return lines
