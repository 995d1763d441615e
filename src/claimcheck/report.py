"""Every output format of a Report: JSON data, Markdown, terminal, HTML, GitHub, pandas.

All formats share one canonical ordering (``canonical``) and one summary line
(``summary_line``) so that they say the same thing in the same order.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_unstructure_fn

from claimcheck.escape import clean, clean_report, json_text
from claimcheck.models import (
    DISCREPANCIES,
    Claim,
    ClaimKind,
    Finding,
    Quantity,
    Report,
    SkippedInput,
    Status,
)
from claimcheck.readings import FactSheet, fact_sheet, natural_key

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from rich.console import Console
    from rich.text import Text

#: Version of the JSON layout; the major part changes only on incompatible edits.
SCHEMA_VERSION = "1.1"

__all__ = [
    "SCHEMA_VERSION",
    "canonical",
    "claim_to_dict",
    "evidence_span",
    "finding_sort_key",
    "from_dict",
    "from_json",
    "render_table",
    "summary_line",
    "to_dict",
    "to_github",
    "to_html",
    "to_html_fragment",
    "to_json",
    "to_markdown",
    "to_pandas",
]


# --------------------------------------------------------------------------- ordering


def _claim_order(claim: Claim) -> tuple:
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
            (attrs.evolve(f, claims=tuple(sorted(f.claims, key=_claim_order))) for f in report.findings),
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


def _grouped(report: Report) -> Iterator[tuple[Status, list[Finding]]]:
    """(status, findings) for every status that has findings, most severe first.

    Expects a canonical report, and yields its very Finding objects.
    """
    by_status: dict[Status, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_status[finding.status].append(finding)
    for status in Status:
        if by_status[status]:
            yield status, by_status[status]


# --------------------------------------------------------------------------- summary

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

_HEADINGS = {
    Status.CONFLICT: "Conflicts",
    Status.DEVELOPING: "Developing figures",
    Status.ORDER: "Cause and effect reversed",
    Status.SCOPE: "Broader or narrower claims",
    Status.VARIANT: "Spelling variants",
    Status.COMPATIBLE: "Compatible estimates",
    Status.AGREE: "Agreements",
    Status.UNIQUE: "Claims made by one source only",
}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_line(report: Report) -> str:
    """One line with the counts, e.g. "3 conflicts, 2 variants, 14 agreements across 4 sources"."""
    counts = report.counts()
    parts = [_plural(counts[s], *_NOUNS[s]) for s in Status if counts[s]]
    what = ", ".join(parts) if parts else "no comparable claims"
    line = f"{what} across {_plural(len(report.sources), 'source', 'sources')}"
    if report.skipped:
        line += f" ({_plural(len(report.skipped), 'input', 'inputs')} skipped)"
    return line


# --------------------------------------------------------------------------- JSON data

_converter = cattrs.Converter(forbid_extra_keys=False)


def _clean(x: float) -> float:
    """A float without binary noise: 220.00000000000003 is written 220.0 (15 significant digits)."""
    return float(f"{x:.15g}") if math.isfinite(x) else x


def _finite_or_none(x: float | None) -> float | None:
    return None if x is None or math.isinf(x) else _clean(float(x))


def _unstructure_quantity(q: Quantity) -> dict[str, Any]:
    # JSON has no infinity: an open end ("more than 1,000") is written as null.
    return {
        "low": _finite_or_none(q.low),
        "high": _finite_or_none(q.high),
        "low_inclusive": q.low_inclusive,
        "high_inclusive": q.high_inclusive,
        "value": _finite_or_none(q.value),
        "qualifier": q.qualifier,
        "unit": q.unit,
        "text": q.text,
    }


def _structure_quantity(data: dict[str, Any], _: type) -> Quantity:
    low, high = data.get("low"), data.get("high")
    return Quantity(
        low=-math.inf if low is None else float(low),
        high=math.inf if high is None else float(high),
        low_inclusive=bool(data.get("low_inclusive", True)),
        high_inclusive=bool(data.get("high_inclusive", True)),
        value=None if data.get("value") is None else float(data["value"]),
        qualifier=data.get("qualifier"),
        unit=data.get("unit"),
        text=data.get("text", ""),
    )


_converter.register_unstructure_hook(Quantity, _unstructure_quantity)
_converter.register_structure_hook(Quantity, _structure_quantity)

_unstructure_finding_fields = make_dict_unstructure_fn(Finding, _converter)


def _unstructure_finding(finding: Finding) -> dict[str, Any]:
    data = _unstructure_finding_fields(finding)
    data["key"] = finding.key  # derived, written for people and baselines; ignored on read
    data["score"] = _clean(float(finding.score))
    return data


def _fact_dict(sheet: FactSheet) -> dict[str, Any]:
    """The derived, editor-facing view of a finding (written for readers, ignored on read)."""
    return {
        "title": sheet.subject,
        "coverage": sheet.coverage(),
        "stated": sheet.stated,
        "silent": sheet.silent,
        "voices": sheet.voices,
        "majority": list(sheet.majority),
        "outliers": list(sheet.outliers),
        "gaps": list(sheet.gaps),
        "self_contradictions": list(sheet.self_contradictions),
        "readings": [
            {
                "source": r.source,
                "text": r.text,
                "interval": r.interval,
                "attribution": r.attribution,
                "published": r.published,
                "copy_of": r.copy_of,
                "converted": r.converted,
            }
            for r in sheet.readings
        ],
    }


_converter.register_unstructure_hook(Finding, _unstructure_finding)


def _sorted_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted_keys(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted_keys(v) for v in value]
    return value


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data in canonical order (docs/report.schema.json)."""
    report = canonical(report)
    data = {
        "schema_version": SCHEMA_VERSION,
        "claimcheck_version": report.claimcheck_version,
        "model": {"name": report.model_name, "version": report.model_version},
        "sources": list(report.sources),
        "paths": dict(report.paths),
        "published": dict(report.published),
        "copies": dict(report.copies),
        "skipped": _converter.unstructure(list(report.skipped)),
        "summary": {status.value: n for status, n in report.counts().items()},
        "findings": [
            {**_converter.unstructure(f), "fact": _fact_dict(fact_sheet(f, report))} for f in report.findings
        ],
    }
    return _sorted_keys(data)


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """One claim as JSON-ready data, laid out as inside a report's findings."""
    return _sorted_keys(_converter.unstructure(claim))


def to_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text: sorted keys, canonical order, UTF-8 kept readable."""
    return json_text(json.dumps(to_dict(report), indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False))


def from_dict(data: dict[str, Any]) -> Report:
    """Read back a report written by ``to_dict``/``to_json``.

    Raises ValueError, listing what is wrong, for data that is not such a report.
    """
    if not isinstance(data, dict) or "findings" not in data:
        raise ValueError("not a claimcheck report: expected an object with 'findings'")
    version = str(data.get("schema_version", ""))
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ValueError(
            f"unsupported report schema_version {version!r}; this claimcheck reads {SCHEMA_VERSION}"
        )
    findings = _structure(data["findings"], tuple[Finding, ...], "findings")
    skipped = _structure(data.get("skipped", []), tuple[SkippedInput, ...], "skipped")
    sources = _structure(data.get("sources", []), tuple[str, ...], "sources")
    paths = _structure(data.get("paths", {}), dict[str, str], "paths")
    published = _structure(data.get("published", {}), dict[str, str], "published")
    copies = _structure(data.get("copies", {}), dict[str, str], "copies")
    model = data.get("model") if isinstance(data.get("model"), dict) else {}
    return Report(
        findings=findings,
        sources=sources,
        skipped=skipped,
        paths=tuple(sorted(paths.items())),
        published=tuple(sorted(published.items())),
        copies=tuple(sorted(copies.items())),
        claimcheck_version=str(data.get("claimcheck_version", "")),
        model_name=str(model.get("name", "")),
        model_version=str(model.get("version", "")),
    )


def _structure(value: Any, type_: Any, field: str) -> Any:
    """cattrs structuring with its nested errors flattened into one readable ValueError."""
    try:
        return _converter.structure(value, type_)
    except (ClassValidationError, IterableValidationError) as exc:
        problems = "; ".join(cattrs.transform_error(exc, path=f"$.{field}"))
        raise ValueError(f"not a valid claimcheck report: {problems}") from exc
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise ValueError(f"not a valid claimcheck report: $.{field}: {exc}") from exc


def from_json(text: str) -> Report:
    """Read back a report from JSON text."""
    return from_dict(json.loads(text))


# --------------------------------------------------------------------------- evidence


def evidence_span(claim: Claim) -> tuple[int, int] | None:
    """Where the claim sits in its sentence, as (start, end), or None when it is not in it.

    The claim's own offset decides (``sentence_offset``); without one (reports from
    older versions) a whole-word occurrence is preferred over one inside a longer
    number, so a "6 miles" claim never lights up the "6" of "16 houses".
    """
    sentence = claim.sentence
    offset = claim.sentence_offset
    for needle in (claim.display, claim.text):
        if needle and offset is not None and sentence[offset : offset + len(needle)] == needle:
            return offset, offset + len(needle)
    for needle in (claim.display, claim.text):
        if not needle:
            continue
        whole = re.search(rf"(?<![\w.,]){re.escape(needle)}(?![\w]|[.,]\d)", sentence)
        if whole:
            return whole.start(), whole.end()
        at = sentence.find(needle)
        if at >= 0:
            return at, at + len(needle)
    return None


def _split_evidence(claim: Claim) -> tuple[str, str, str] | None:
    """The claim's sentence cut into (before, claim, after), or None when not found in it."""
    span = evidence_span(claim)
    if span is None:
        return None
    sentence = claim.sentence
    return sentence[: span[0]], sentence[span[0] : span[1]], sentence[span[1] :]


def _one_line(text: str) -> str:
    """Runs of whitespace, line breaks included, become one space (edges kept)."""
    return re.sub(r"\s+", " ", text)


def _sources_phrase(finding: Finding) -> str:
    """How many sources back the leading reading (the coverage line says how many state it)."""
    if finding.total_sources and finding.status in (Status.CONFLICT, Status.DEVELOPING):
        lead = "the latest reading" if finding.status is Status.DEVELOPING else "the leading reading"
        return f"{finding.support} of {finding.total_sources} sources give {lead}"
    if finding.total_sources:
        return f"{finding.support} of {finding.total_sources} sources"
    return _plural(len(finding.sources), "source", "sources")


# --------------------------------------------------------------------------- Markdown

# Backslash-escaping these keeps article text literal: emphasis, code, links, HTML,
# tables, strikethrough, entities and GitHub's $math$.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def _md(text: str) -> str:
    """Article text made inert in Markdown: one line, significant characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _one_line(text))


def _md_quote(claim: Claim) -> str:
    parts = _split_evidence(claim)
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


def _fact_lines(sheet: FactSheet) -> list[str]:
    """Coverage, majority and outliers, gaps, self-contradictions: one line each."""
    lines = [sheet.coverage() + "."]
    if sheet.finding.status is Status.DEVELOPING and sheet.timeline():
        lines.append(
            "Timeline: " + " → ".join(f"{r.published} “{r.text}” ({r.source})" for r in sheet.timeline()) + "."
        )
    if sheet.majority:
        said = {r.source: r.text for r in sheet.readings}
        lines.append(
            "Majority: " + ", ".join(f"{s} “{said[s]}”" for s in sheet.majority)
            + "; outliers: " + ", ".join(f"{s} “{said[s]}”" for s in sheet.outliers) + "."
        )
    lines += list(sheet.gaps)
    if sheet.elsewhere:
        lines.append(
            f"Other findings on {sheet.subject}: " + "; ".join(f"{s} “{t}”" for s, t in sheet.elsewhere) + "."
        )
    lines += [f"⚠ {c}" for c in sheet.self_contradictions]
    return lines


def _copies_line(report: Report) -> str:
    by_original: dict[str, list[str]] = defaultdict(list)
    for copy, original in report.copies:
        by_original[original].append(copy)
    return "; ".join(
        f"{', '.join(sorted(copies, key=natural_key))} {'copies' if len(copies) == 1 else 'copy'} {original}"
        for original, copies in sorted(by_original.items(), key=lambda kv: natural_key(kv[0]))
    )


def _contradictions(report: Report) -> list[str]:
    """Every source that contradicts itself (headline vs body), each said once."""
    seen: dict[str, None] = {}
    for finding in report.findings:
        for line in fact_sheet(finding, report).self_contradictions:
            seen.setdefault(line)
    return list(seen)


_SELF = "Sources that contradict themselves"


def _entity_name(finding: Finding) -> str:
    return finding.subject.split(" (")[0] if finding.subject else finding.kind.value


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
        lines += [f"Copies (counted as one voice): {_md(_copies_line(report))}.", ""]
    contradictions = _contradictions(report)
    for status, findings in [*_grouped(report), (None, [])]:
        if contradictions and (status is None or status not in DISCREPANCIES):
            lines += [f"### {_SELF} ({len(contradictions)})", ""]
            lines += [f"- ⚠ {_md(c)}" for c in contradictions] + [""]
            contradictions = []
        if status is None:
            break
        lines += [f"### {_HEADINGS[status]} ({len(findings)})", ""]
        if status in DISCREPANCIES:
            for finding in findings:
                sheet = fact_sheet(finding, report)
                subject = _md(sheet.subject) or "(no subject)"
                lines.append(
                    f"- **{subject}** ({finding.kind.value}, {_sources_phrase(finding)}, "
                    f"score {finding.score:.2f}): {_md(finding.explanation)}"
                )
                lines += [f"  - {_md(line)}" for line in _fact_lines(sheet)]
                lines += [f"  - note: {_md(n)}" for n in finding.notes]
                lines.append("")
                lines += _md_reading_rows(sheet, report)
                lines.append("")
        elif status is Status.AGREE:
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
                    f"{_md(_entity_name(f))} ({len(f.sources)})"
                    for f in sorted(names, key=lambda f: (-len(f.sources), natural_key(_entity_name(f))))
                )
                lines += [f"Names the sources agree on (sources naming each): {listed}.", ""]
        else:
            lines += ["| Subject | Kind | Sources | Claims |", "| --- | --- | --- | --- |"]
            for finding in findings:
                sheet = fact_sheet(finding, report)
                claims = "; ".join(f"{_md(c.source)}: {_md(c.shown)}" for c in finding.claims)
                lines.append(
                    f"| {_md_cell(sheet.subject)} | {finding.kind.value} "
                    f"| {_md(', '.join(finding.sources))} | {claims} |"
                )
            lines.append("")
    if report.skipped:
        lines += [f"### Skipped inputs ({len(report.skipped)})", ""]
        lines += [f"- {_md(s.path)}: {_md(s.reason)}" for s in report.skipped]
        lines.append("")
    return clean("\n".join(lines).rstrip() + "\n")


# --------------------------------------------------------------------------- terminal (rich)

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
    parts = _split_evidence(claim) if full else None
    if parts is None:
        line.append(_one_line(claim.shown), style=f"bold {colour}")
        if full and claim.sentence:
            line.append(" — " + _one_line(claim.sentence).strip(), style="dim")
        return line
    before, match, after = parts
    line.append(_one_line(before).lstrip())
    line.append(_one_line(match), style=f"bold reverse {colour}")
    line.append(_one_line(after).rstrip())
    return line


def _rich_fact(finding: Finding, sheet: FactSheet, colour: str) -> Group:
    """One discrepancy as an editor's brief: what, why, who says what, with evidence."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    head = Text()
    head.append(sheet.subject or "(no subject)", style=f"bold {colour}")
    head.append(f"  {finding.status.value} · {finding.kind.value} · {_sources_phrase(finding)}", style="dim")
    lines: list[Any] = [head, Text(_one_line(finding.explanation).strip())]
    lines += [Text(_one_line(line), style="italic") for line in _fact_lines(sheet)]
    lines += [Text("note: " + _one_line(n).strip(), style="italic") for n in finding.notes]
    for reading in sheet.readings:
        row = Text("  ")
        row.append(reading.source, style="bold")
        if reading.copy_of:
            row.append(f" (copy of {reading.copy_of})", style="dim")
        row.append(" · ")
        row.append(_one_line(reading.text), style=f"bold {colour}")
        if reading.converted:
            row.append(f" ≈ {reading.converted}")
        if reading.interval:
            row.append(f" {reading.interval}", style="dim")
        for extra in (reading.attribution, reading.published):
            if extra:
                row.append(f" · {_one_line(extra)}")
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
        console.print(Text(f"Copies (counted as one voice): {_copies_line(report)}.", style="dim"))
    contradictions = _contradictions(report)
    for status, findings in [*_grouped(report), (None, [])]:
        if contradictions and (status is None or status not in DISCREPANCIES):
            console.print()
            console.rule(Text(f"{_SELF} ({len(contradictions)})", style="bold red"), align="left", style="red")
            for line in contradictions:
                console.print(Text("⚠ " + _one_line(line)))
            contradictions = []
        if status is None:
            break
        colour = _COLOURS[status]
        title = Text(f"{_HEADINGS[status]} ({len(findings)})", style=f"bold {colour}")
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
            said = Text("; ".join(f"{r.source}: {_one_line(r.text)}" for r in sheet.readings))
            said.append(f"  ({sheet.coverage()})", style="dim")
            table.add_row(head, said)
        if names:
            listed = ", ".join(
                f"{_entity_name(f)} ({len(f.sources)})"
                for f in sorted(names, key=lambda f: (-len(f.sources), natural_key(_entity_name(f))))
            )
            table.add_row(Text("names agreed on", style=f"bold {colour}"), Text(listed))
        console.print()
        console.print(table)
    for item in report.skipped:
        console.print(Text(f"skipped {item.path}: {item.reason}", style="yellow"))
    console.print(Text(summary_line(report), style="bold"))


# --------------------------------------------------------------------------- GitHub annotations

_LEVELS = {
    Status.CONFLICT: "error",
    Status.DEVELOPING: "warning",
    Status.ORDER: "warning",
    Status.SCOPE: "warning",
    Status.VARIANT: "warning",
    Status.UNIQUE: "notice",
}


def _gh_data(text: str) -> str:
    """Escape a workflow-command message (the part after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    """Escape a workflow-command property value (file=, title=)."""
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(
    report: Report,
    notices: bool = False,
    accepted: Iterable[str] = (),
    summary: bool = True,
    failing: Iterable[str] = (),
) -> str:
    """GitHub workflow annotations, one per claim of each discrepancy.

    ``::error`` for conflicts, ``::warning`` for variants and, with ``notices``,
    ``::notice`` for claims only one source makes. Findings whose key is in
    ``accepted`` (a baseline) are demoted to ``::notice`` and say so. Claims from a
    file point at its line; sources without a path get no location. With
    ``summary`` a last ``::notice`` carries the summary line. A finding whose key is in
    ``failing`` (it fails the run, say under ``--fail-on any``) is never quieter than
    ``::warning``, so a red run always shows why.
    """
    accepted = frozenset(accepted)
    failing = frozenset(failing)
    lines = []
    for finding in canonical(report).findings:
        level = _LEVELS.get(finding.status)
        if finding.key in failing and level in (None, "notice"):
            level = "warning"
        elif level is None or (finding.status is Status.UNIQUE and not notices):
            continue
        title = f"claimcheck {finding.status.value}: {finding.subject or finding.kind.value}"
        if finding.key in accepted:
            level, title = "notice", f"{title} (accepted in baseline)"
        for claim in finding.claims:
            props = []
            path = report.path_of(claim.source)
            if path:
                props += [f"file={_gh_property(path)}", f"line={int(claim.line)}"]
                if claim.column > 0 and "\n" not in claim.text:  # the figure's own columns
                    props += [f"col={int(claim.column)}", f"endColumn={int(claim.column) + len(claim.text)}"]
            props.append(f"title={_gh_property(title)}")
            others = [f"{c.source}: {c.shown}" for c in finding.claims if c is not claim]
            message = f"{claim.source} says “{claim.shown}”. {finding.explanation}"
            if others:
                message += "\nOther sources: " + "; ".join(others)
            lines.append(f"::{level} {','.join(props)}::{_gh_data(message)}")
    if summary:
        lines.append(f"::notice title=claimcheck::{_gh_data(summary_line(report))}")
    return clean("".join(line + "\n" for line in lines))


# --------------------------------------------------------------------------- pandas

_PANDAS_COLUMNS = [
    "key", "status", "kind", "subject", "title", "score", "support", "total_sources", "explanation",
    "source", "path", "published", "copy_of", "line", "start", "end", "text", "display", "sentence",
    "noun", "predicate", "entity", "label", "attribution", "scope", "agent", "negated",
    "low", "high", "low_inclusive", "high_inclusive", "value", "qualifier", "unit",
]  # fmt: skip


def _pandas_rows(report: Report) -> Iterator[dict[str, Any]]:
    report = canonical(report)
    published, copies = dict(report.published), dict(report.copies)
    for finding in report.findings:
        title = fact_sheet(finding, report).subject
        for claim in finding.claims:
            q = claim.quantity
            yield {
                "key": finding.key,
                "status": finding.status.value,
                "kind": finding.kind.value,
                "subject": finding.subject,
                "title": title,
                "score": finding.score,
                "support": finding.support,
                "total_sources": finding.total_sources,
                "explanation": finding.explanation,
                "source": claim.source,
                "path": report.path_of(claim.source),
                "published": published.get(claim.source),
                "copy_of": copies.get(claim.source),
                "line": claim.line,
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "display": claim.display,
                "sentence": claim.sentence,
                "noun": claim.noun,
                "predicate": claim.predicate,
                "entity": claim.entity,
                "label": claim.label,
                "attribution": claim.attribution,
                "scope": claim.scope,
                "agent": claim.agent,
                "negated": claim.negated,
                "low": q.low if q else None,
                "high": q.high if q else None,
                "low_inclusive": q.low_inclusive if q else None,
                "high_inclusive": q.high_inclusive if q else None,
                "value": q.value if q else None,
                "qualifier": q.qualifier if q else None,
                "unit": q.unit if q else None,
            }


def to_pandas(report: Report) -> pandas.DataFrame:
    """One row per claim per finding, in canonical order; needs the pandas extra.

    ``status`` is an ordered categorical, most severe first, so ``sort_values("status")``
    and ``frame[frame.status <= "variant"]`` work; ``published`` is a timestamp (NaT when
    the source is undated).
    """
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "Report.to_pandas needs pandas, which is not installed: "
            "pip install pandas (or the 'pandas' extra of claimcheck-news)"
        ) from exc
    frame = pandas.DataFrame(list(_pandas_rows(report)), columns=_PANDAS_COLUMNS)
    frame["status"] = pandas.Categorical(frame["status"], categories=[s.value for s in Status], ordered=True)
    frame["kind"] = pandas.Categorical(frame["kind"], categories=[k.value for k in ClaimKind])
    frame["published"] = pandas.to_datetime(frame["published"].str.rstrip("Z"), errors="coerce", format="ISO8601")
    return frame


# --------------------------------------------------------------------------- HTML

_CSS = """
.claimcheck-report{--fg:#1d1d1f;--muted:#5f6368;--line:#d0d0d0;--bg:#fff;--panel:#f6f7f9;--mark:22%;
 font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);max-width:100%;padding:.5em}
@media (prefers-color-scheme: dark){.claimcheck-report{--fg:#e8e8ea;--muted:#a0a4ab;--line:#3a3d42;--bg:#16181b;--panel:#202328;--mark:38%}}
.claimcheck-report h1{font-size:1.4em;margin:.2em 0}
.claimcheck-report h2{font-size:1.2em;border-bottom:1px solid var(--line);margin-top:1.2em}
.claimcheck-report h3{font-size:1.05em;margin:.8em 0 .3em}
.claimcheck-report a{color:inherit}
.claimcheck-report .summary{font-weight:600}
.claimcheck-report .meta{color:var(--muted);font-size:.9em}
.claimcheck-report ol.findings{padding-left:1.4em}
.claimcheck-report li.finding{margin:.6em 0;padding:.3em .6em;border-left:4px solid var(--c);background:var(--panel)}
.claimcheck-report .badge{display:inline-block;padding:0 .4em;border-radius:3px;color:#fff;background:var(--c);font-size:.8em;text-transform:uppercase}
.claimcheck-report .facts{margin:.3em 0;padding-left:1.2em}
.claimcheck-report .warn{font-weight:600}
.claimcheck-report table.readings{border-collapse:collapse;width:100%;margin:.3em 0 .6em;font-size:.93em}
.claimcheck-report table.readings th,.claimcheck-report table.readings td{border-top:1px solid var(--line);padding:.2em .4em;text-align:left;vertical-align:top}
.claimcheck-report table.readings tbody.value th{background:color-mix(in srgb,var(--c) 12%,var(--bg));font-weight:600}
.claimcheck-report td.evidence{width:55%}
.claimcheck-report .columns{display:grid;gap:1em;overflow-x:auto}
.claimcheck-report .source{border:1px solid var(--line);border-radius:4px;padding:.5em;min-width:14em}
.claimcheck-report .source h3{margin-top:0}
.claimcheck-report p.sentence{margin:.4em 0}
.claimcheck-report mark{color:inherit;background:color-mix(in srgb,var(--c) var(--mark),var(--bg));border-bottom:2px solid var(--c);padding:0 .1em}
.claimcheck-report mark a{color:inherit;text-decoration:none}
.claimcheck-report :target{outline:2px solid var(--fg)}
.claimcheck-report .conflict{--c:#c62828}
.claimcheck-report .developing{--c:#8e24aa}
.claimcheck-report .order{--c:#ad1457}
.claimcheck-report .scope{--c:#b28704}
.claimcheck-report .variant{--c:#e67700}
.claimcheck-report .compatible{--c:#1565c0}
.claimcheck-report .agree{--c:#2e7d32}
.claimcheck-report .unique{--c:#757575}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _claim_identity(claim: Claim) -> tuple:
    return (claim.source, claim.start, claim.end, claim.kind.value, claim.text)


class _Anchors:
    """Stable, unique element ids for findings and claims within one rendering."""

    def __init__(self, report: Report, prefix: str) -> None:
        self.prefix = prefix
        sources = dict.fromkeys([*report.sources, *(c.source for f in report.findings for c in f.claims)])
        self.columns = sorted(sources, key=natural_key)  # outlet2 before outlet10
        self.findings: dict[int, str] = {}
        self.claims: dict[tuple, str] = {}
        #: For each claim: the findings it belongs to, most severe first.
        self.owners: dict[tuple, list[tuple[Finding, str]]] = defaultdict(list)
        used: set[str] = set()
        for n, finding in enumerate(report.findings, start=1):
            fid = f"finding-{prefix}{n}"
            self.findings[id(finding)] = fid
            for claim in finding.claims:
                ident = _claim_identity(claim)
                if ident not in self.claims:
                    base = f"claim-{prefix}{self.columns.index(claim.source)}-{claim.start}-{claim.end}"
                    cid, k = base, 1
                    while cid in used:
                        k += 1
                        cid = f"{base}-{k}"
                    used.add(cid)
                    self.claims[ident] = cid
                self.owners[ident].append((finding, fid))


def _html_evidence(claim: Claim, status: str) -> str:
    """The claim's sentence with the claim marked at its own offset (no id: ids live in
    the source columns)."""
    parts = _split_evidence(claim)
    if parts is None:
        sentence = f' <span class="meta">{_e(_one_line(claim.sentence))}</span>' if claim.sentence else ""
        return f'<mark class="{status}">{_e(_one_line(claim.shown))}</mark>{sentence}'
    before, match, after = parts
    return f'{_e(_one_line(before))}<mark class="{status}">{_e(_one_line(match))}</mark>{_e(_one_line(after))}'


def _html_readings(sheet: FactSheet, anchors: _Anchors, report: Report) -> str:
    """Every source's reading beside its evidence, grouped by value (largest group first)."""
    status = sheet.finding.status.value
    by_source = {r.source: r for r in sheet.readings}
    order = {r.source: n for n, r in enumerate(sheet.readings)}
    show_interval = any(r.interval for r in sheet.readings)
    show_attr = any(r.attribution for r in sheet.readings)
    show_date = any(r.published for r in sheet.readings)
    head = ["Source", "Reading"] + (["Interval"] if show_interval else []) + (["Attribution"] if show_attr else [])
    head += (["Published"] if show_date else []) + ["Evidence"]
    parts = ['<table class="readings"><thead><tr>' + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>"]
    grouped = len(sheet.values) > 1
    for group in sheet.values:
        parts.append('<tbody class="value">' if grouped else "<tbody>")
        if grouped:
            voices = f", {group.voices} independent" if group.voices < len(group.sources) else ""
            parts.append(
                f'<tr><th colspan="{len(head)}">“{_e(_one_line(group.label))}” — '
                f"{_plural(len(group.sources), 'source', 'sources')}{_e(voices)}</th></tr>"
            )
        for source in sorted(group.sources, key=lambda s: order[s]):
            reading = by_source[source]
            claims = [reading.claim] + [
                c for c in sheet.finding.claims if c.source == source and c is not reading.claim
            ]
            evidence = "<br>".join(_html_evidence(c, status) for c in claims)
            where = report.path_of(source)
            location = f' <span class="meta">({_e(where)}, line {reading.claim.line})</span>' if where else ""
            copy = f' <span class="meta">copy of {_e(reading.copy_of)}</span>' if reading.copy_of else ""
            shown = _e(_one_line(reading.text)) + (f" ≈ {_e(reading.converted)}" if reading.converted else "")
            cells = [
                f'<a href="#{anchors.claims[_claim_identity(reading.claim)]}">{_e(source)}</a>{copy}',
                f"<strong>{shown}</strong>",
            ]
            cells += [_e(reading.interval)] if show_interval else []
            cells += [_e(reading.attribution or "")] if show_attr else []
            cells += [_e(reading.published or "")] if show_date else []
            cells.append(f'<td class="evidence">{evidence}{location}')
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells[:-1]) + cells[-1] + "</td></tr>")
        parts.append("</tbody>")
    parts.append("</table>")
    return "".join(parts)


def _html_finding(finding: Finding, anchors: _Anchors, report: Report | None = None) -> str:
    status = finding.status.value
    report = report if report is not None else Report(findings=(finding,), sources=finding.sources)
    sheet = fact_sheet(finding, report)
    notes = "".join(f'<li class="note">{_e(n)}</li>' for n in finding.notes)
    facts = [f"<li>{_e(line)}</li>" for line in _fact_lines(sheet) if not line.startswith("⚠")]
    facts += [f'<li class="warn">{_e(c)}</li>' for c in sheet.self_contradictions]
    if finding.status in DISCREPANCIES:
        body = _html_readings(sheet, anchors, report)
    else:  # summarised on one line: who says what, each linked to its claim
        claims = sorted(finding.claims, key=lambda c: (natural_key(c.source), c.start))
        if finding.kind is ClaimKind.ENTITY and finding.status is Status.AGREE:
            said = ", ".join(f'<a href="#{anchors.claims[_claim_identity(c)]}">{_e(c.source)}</a>' for c in claims)
            body = f'<p class="inline">Named by {said}.</p>'
        else:
            said = "; ".join(
                f'<a href="#{anchors.claims[_claim_identity(c)]}">{_e(c.source)}</a>: <q>{_e(_one_line(c.shown))}</q>'
                for c in claims
            )
            body = f'<p class="inline">{said}</p>'
        facts = [f"<li>{_e(sheet.coverage())}.</li>"] + facts[1:]
    return (
        f'<li class="finding {status}" id="{anchors.findings[id(finding)]}">'
        f'<span class="badge">{_e(status)}</span> <strong>{_e(sheet.subject or "(no subject)")}</strong> '
        f'<span class="meta">{_e(finding.kind.value)} · {_e(_sources_phrase(finding))} · '
        f"score {finding.score:.2f}</span>"
        f'<p>{_e(finding.explanation)}</p><ul class="facts">{"".join(facts)}{notes}</ul>{body}</li>'
    )


def _html_mark(claim: Claim, surface: str, anchors: _Anchors) -> str:
    ident = _claim_identity(claim)
    owners = anchors.owners[ident]
    finding, fid = min(owners, key=lambda o: o[0].status.severity)
    title = "; ".join(f"{f.status.value}: {f.subject}" for f, _ in owners)
    return (
        f'<mark class="claim {finding.status.value}" id="{anchors.claims[ident]}" title="{_e(title)}">'
        f'<a href="#{fid}">{_e(surface)}</a></mark>'
    )


def _locate(claims: list[Claim]) -> tuple[list[tuple[int, int, Claim]], list[Claim]]:
    """Where each claim sits in its shared sentence; returns (located spans, claims that
    could not be found). Claims without their own offset are placed by their document
    offset relative to a claim that has one, then by ``evidence_span``."""
    located, missing = [], []
    base = None  # document offset of the sentence
    for claim in claims:
        span = evidence_span(claim)
        if span is not None and claim.sentence_offset == span[0]:
            base = claim.start - span[0]
            break
    for claim in claims:
        span = evidence_span(claim)
        needle = claim.display or claim.text
        if claim.sentence_offset is None and base is not None and claim.start >= base and needle:
            at = claim.start - base
            if claim.sentence[at : at + len(needle)] == needle:
                span = (at, at + len(needle))
        if span is None:
            missing.append(claim)
        else:
            located.append((span[0], span[1], claim))
            if base is None:
                base = claim.start - span[0]
    return located, missing


def _html_sentence(sentence: str, spans: list[tuple[int, int, Claim]], anchors: _Anchors) -> str:
    out, pos = [], 0
    for start, end, claim in spans:
        out.append(_e(sentence[pos:start]))
        out.append(_html_mark(claim, sentence[start:end], anchors))
        pos = end
    out.append(_e(sentence[pos:]))
    return '<p class="sentence">' + "".join(out) + "</p>"


def _html_source(source: str, claims: list[Claim], report: Report, anchors: _Anchors) -> str:
    parts = [f'<div class="source"><h3>{_e(source)}</h3>']
    path = report.path_of(source)
    if path:
        parts.append(f'<p class="meta">{_e(path)}</p>')
    by_sentence: dict[str, list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        by_sentence[claim.sentence].append(claim)
    for sentence, group in by_sentence.items():
        located, missing = _locate(group)
        located.sort(key=lambda s: (s[0], s[1]))
        while located:  # overlapping claims are shown again in a repeat of the sentence
            shown, rest, end = [], [], -1
            for span in located:
                (shown if span[0] >= end else rest).append(span)
                if span[0] >= end:
                    end = span[1]
            parts.append(_html_sentence(sentence, shown, anchors))
            located = rest
        for claim in missing:
            context = f' <span class="meta">{_e(sentence)}</span>' if sentence else ""
            parts.append(f'<p class="sentence">{_html_mark(claim, claim.shown, anchors)}{context}</p>')
    if not claims:
        parts.append('<p class="meta">No claims.</p>')
    parts.append("</div>")
    return "".join(parts)


def _html_body(report: Report, prefix: str = "") -> str:
    report = canonical(report)
    anchors = _Anchors(report, prefix)
    parts = [
        '<div class="claimcheck-report">',
        f"<style>{_CSS}</style>",
        "<h1>claimcheck report</h1>",
        f'<p class="summary">{_e(summary_line(report))}</p>',
    ]
    meta = [f"claimcheck {report.claimcheck_version}" if report.claimcheck_version else ""]
    if report.model_name:
        meta.append(f"model {report.model_name} {report.model_version}".strip())
    if any(meta):
        parts.append(f'<p class="meta">{_e(" · ".join(m for m in meta if m))}</p>')
    parts.append('<section class="findings"><h2>Findings</h2>')
    contradictions = _contradictions(report)
    for status, findings in [*_grouped(report), (None, [])]:
        if contradictions and (status is None or status not in DISCREPANCIES):
            parts.append(f'<h3 class="conflict">{_e(_SELF)} ({len(contradictions)})</h3><ul class="self">')
            parts += [f'<li class="warn">⚠ {_e(c)}</li>' for c in contradictions]
            parts.append("</ul>")
            contradictions = []
        if status is None:
            break
        parts.append(f'<h3 class="{status.value}">{_e(_HEADINGS[status])} ({len(findings)})</h3>')
        parts.append('<ol class="findings">')
        parts += [_html_finding(f, anchors, report) for f in findings]
        parts.append("</ol>")
    if not report.findings:
        parts.append('<p class="meta">No comparable claims.</p>')
    parts.append("</section>")
    claims_by_source: dict[str, dict[tuple, Claim]] = {s: {} for s in anchors.columns}
    for finding in report.findings:
        for claim in finding.claims:
            claims_by_source[claim.source].setdefault(_claim_identity(claim), claim)
    parts.append(
        '<section class="sources"><h2>Sources</h2>'
        f'<div class="columns" style="grid-template-columns:repeat({max(len(anchors.columns), 1)},minmax(14em,1fr))">'
    )
    parts += [_html_source(s, list(claims_by_source[s].values()), report, anchors) for s in anchors.columns]
    parts.append("</div></section>")
    if report.skipped:
        parts.append('<section class="skipped"><h2>Skipped inputs</h2><ul>')
        parts += [f"<li>{_e(s.path)}: {_e(s.reason)}</li>" for s in report.skipped]
        parts.append("</ul></section>")
    parts.append("</div>")
    return clean("\n".join(parts))


def to_html_fragment(report: Report) -> str:
    """The report as an HTML fragment (no page wrapper), e.g. for Jupyter.

    Element ids carry a short digest of the report so two reports shown in one
    notebook do not share anchors.
    """
    import hashlib

    digest = hashlib.sha1(to_json(report, indent=None).encode("utf-8")).hexdigest()[:6]
    return _html_body(report, prefix=f"{digest}-")


def to_html(report: Report) -> str:
    """The report as one self-contained HTML page: inline CSS, nothing fetched."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>claimcheck: {_e(summary_line(report))}</title>\n</head>\n<body>\n"
        f"{_html_body(report)}\n</body>\n</html>\n"
    )
