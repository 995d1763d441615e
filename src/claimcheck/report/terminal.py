"""Report -> terminal: the editor's brief printed with rich (plain text off a terminal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimcheck.escape import clean_report
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
    from rich.console import Console, Group
    from rich.text import Text

    from claimcheck.report.model import Report

__all__ = ["render_table"]

_COLOURS = {
    Status.CONFLICT: "red",
    Status.DEVELOPING: "magenta",
    Status.ORDER: "bright_magenta",
    Status.SCOPE: "yellow",
    Status.VARIANT: "dark_orange",
    Status.COMPATIBLE: "blue",
    Status.AGREE: "green",
    Status.UNIQUE: "bright_black",
}


def _rich_evidence(claim: Claim, colour: str, full: bool, with_source: bool = True) -> Text:
    from rich.text import Text

    line = Text()
    if with_source:
        line.append(claim.source, style="bold")
        line.append(": ")
    parts = split_evidence(claim) if full else None
    if parts is None:
        line.append(single_line(claim.shown), style=f"bold {colour}")
        if full and claim.sentence:
            line.append(" — " + single_line(claim.sentence).strip(), style="dim")
        return line
    before, match, after = parts
    line.append(single_line(before).lstrip())
    line.append(single_line(match), style=f"bold reverse {colour}")
    line.append(single_line(after).rstrip())
    return line


def _rich_fact(finding: Finding, sheet: FactSheet, colour: str) -> Group:
    """One discrepancy as an editor's brief: what, why, who says what, with evidence."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    head = Text()
    head.append(sheet.subject or "(no subject)", style=f"bold {colour}")
    head.append(f"  {finding.status.value} · {finding.kind.value} · {sources_phrase(finding)}", style="dim")
    lines: list[Any] = [head, Text(single_line(finding.explanation).strip())]
    lines += [Text(single_line(line), style="italic") for line in fact_lines(sheet)]
    lines += [Text("note: " + single_line(n).strip(), style="italic") for n in finding.notes]
    for reading in sheet.readings:
        row = Text("  ")
        row.append(reading.source, style="bold")
        if reading.copy_of:
            row.append(f" (copy of {reading.copy_of})", style="dim")
        row.append(" · ")
        row.append(single_line(reading.text), style=f"bold {colour}")
        if reading.converted:
            row.append(f" ≈ {reading.converted}")
        if reading.interval:
            row.append(f" {reading.interval}", style="dim")
        for extra in (reading.attribution, reading.published):
            if extra:
                row.append(f" · {single_line(extra)}")
        evidence = Text("“")
        evidence.append_text(_rich_evidence(reading.claim, colour, True, with_source=False))
        evidence.append("”")
        lines += [row, Padding(evidence, (0, 0, 0, 6))]
    return Group(*lines, Text(""))


def render_table(report: Report, console: Console | None = None) -> None:
    """Print the report to a terminal as an editor's brief: facts to check first, each
    with every source's reading beside its evidence; then variants; then the rest summarised.

    Article text is printed as plain text (never parsed as rich markup). On a
    non-terminal output rich leaves out colours, so the result is plain text.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    report = clean_report(canonical(report))
    console.print(Text(summary_line(report), style="bold"))
    if report.copies:
        console.print(Text(f"Copies (counted as one voice): {copies_line(report)}.", style="dim"))
    contradictions = self_contradictions(report)
    for status, findings in [*grouped(report), (None, [])]:
        if contradictions and (status is None or status not in DISCREPANCIES):
            console.print()
            console.rule(Text(f"{SELF_HEADING} ({len(contradictions)})", style="bold red"), align="left", style="red")
            for line in contradictions:
                console.print(Text("⚠ " + single_line(line)))
            contradictions = []
        if status is None:
            break
        colour = _COLOURS[status]
        title = Text(f"{HEADINGS[status]} ({len(findings)})", style=f"bold {colour}")
        if status in DISCREPANCIES:
            console.print()
            console.rule(title, align="left", style=colour)
            for finding in findings:
                console.print(_rich_fact(finding, fact_sheet(finding, report), colour))
            continue
        table = Table(title=title, title_justify="left", expand=True, show_lines=False)
        table.add_column("Finding", ratio=3)
        table.add_column("Sources", ratio=5)
        names = [f for f in findings if status is Status.AGREE and f.kind is ClaimKind.ENTITY]
        for finding in findings:
            if finding in names:
                continue
            sheet = fact_sheet(finding, report)
            head = Text(sheet.subject or "(no subject)", style=f"bold {colour}")
            said = Text("; ".join(f"{r.source}: {single_line(r.text)}" for r in sheet.readings))
            said.append(f"  ({sheet.coverage()})", style="dim")
            table.add_row(head, said)
        if names:
            listed = ", ".join(
                f"{entity_name(f)} ({len(f.sources)})"
                for f in sorted(names, key=lambda f: (-len(f.sources), natural_key(entity_name(f))))
            )
            table.add_row(Text("names agreed on", style=f"bold {colour}"), Text(listed))
        console.print()
        console.print(table)
    for item in report.skipped:
        console.print(Text(f"skipped {item.path}: {item.reason}", style="yellow"))
    console.print(Text(summary_line(report), style="bold"))
