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

from claimcheck.models import (
    AGREEMENTS,
    DISCREPANCIES,
    Claim,
    ClaimKind,
    Finding,
    Quantity,
    Report,
    SkippedInput,
    Status,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from rich.console import Console

#: Version of the JSON layout; the major part changes only on incompatible edits.
SCHEMA_VERSION = "1.0"

__all__ = [
    "SCHEMA_VERSION",
    "canonical",
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
    )


def _grouped(report: Report) -> Iterator[tuple[Status, list[Finding]]]:
    """(status, findings) for every status that has findings, most severe first."""
    by_status: dict[Status, list[Finding]] = defaultdict(list)
    for finding in canonical(report).findings:
        by_status[finding.status].append(finding)
    for status in Status:
        if by_status[status]:
            yield status, by_status[status]


# --------------------------------------------------------------------------- summary

_NOUNS = {
    Status.CONFLICT: ("conflict", "conflicts"),
    Status.VARIANT: ("variant", "variants"),
    Status.COMPATIBLE: ("compatible estimate", "compatible estimates"),
    Status.AGREE: ("agreement", "agreements"),
    Status.UNIQUE: ("unique claim", "unique claims"),
}

_HEADINGS = {
    Status.CONFLICT: "Conflicts",
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


def _finite_or_none(x: float | None) -> float | None:
    return None if x is None or math.isinf(x) else float(x)


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

_unstructure_finding_fields = cattrs.gen.make_dict_unstructure_fn(Finding, _converter)


def _unstructure_finding(finding: Finding) -> dict[str, Any]:
    data = _unstructure_finding_fields(finding)
    data["key"] = finding.key  # derived, written for people and baselines; ignored on read
    return data


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
        "skipped": _converter.unstructure(list(report.skipped)),
        "summary": {status.value: n for status, n in report.counts().items()},
        "findings": _converter.unstructure(list(report.findings)),
    }
    return _sorted_keys(data)


def to_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text: sorted keys, canonical order, UTF-8 kept readable."""
    return json.dumps(to_dict(report), indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False)


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
    model = data.get("model") or {}
    return Report(
        findings=findings,
        sources=sources,
        skipped=skipped,
        paths=tuple(sorted(paths.items())),
        claimcheck_version=str(data.get("claimcheck_version", "")),
        model_name=str(model.get("name", "")),
        model_version=str(model.get("version", "")),
    )


def _structure(value: Any, type_: Any, field: str) -> Any:
    """cattrs structuring with its nested errors flattened into one readable ValueError."""
    try:
        return _converter.structure(value, type_)
    except (cattrs.errors.ClassValidationError, cattrs.errors.IterableValidationError) as exc:
        problems = "; ".join(cattrs.transform_error(exc, path=f"$.{field}"))
        raise ValueError(f"not a valid claimcheck report: {problems}") from exc
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise ValueError(f"not a valid claimcheck report: $.{field}: {exc}") from exc


def from_json(text: str) -> Report:
    """Read back a report from JSON text."""
    return from_dict(json.loads(text))


# --------------------------------------------------------------------------- evidence


def _split_evidence(claim: Claim) -> tuple[str, str, str] | None:
    """The claim's sentence cut into (before, claim, after), or None when not found in it."""
    sentence = claim.sentence
    for needle in (claim.text, claim.display):
        if needle:
            at = sentence.find(needle)
            if at >= 0:
                return sentence[:at], needle, sentence[at + len(needle) :]
    return None


def _one_line(text: str) -> str:
    """Runs of whitespace, line breaks included, become one space (edges kept)."""
    return re.sub(r"\s+", " ", text)


def _sources_phrase(finding: Finding) -> str:
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


def to_markdown(report: Report) -> str:
    """The report as Markdown for a pull request comment or a newsroom ticket.

    Discrepancies get one entry each with quotes from every source; agreements and
    one-source claims are summarised in tables.
    """
    report = canonical(report)
    lines = ["## claimcheck report", "", f"**{summary_line(report)}**", ""]
    if report.sources:
        lines += ["Sources: " + ", ".join(_md(s) for s in report.sources), ""]
    for status, findings in _grouped(report):
        lines += [f"### {_HEADINGS[status]} ({len(findings)})", ""]
        if status in DISCREPANCIES:
            for finding in findings:
                subject = _md(finding.subject) or "(no subject)"
                lines.append(
                    f"- **{subject}** ({finding.kind.value}, {_sources_phrase(finding)}, "
                    f"score {finding.score:.2f}): {_md(finding.explanation)}"
                )
                lines += [_md_evidence(c, report) for c in finding.claims]
                lines += [f"  - note: {_md(n)}" for n in finding.notes]
            lines.append("")
        else:
            lines += ["| Subject | Kind | Sources | Claims |", "| --- | --- | --- | --- |"]
            for finding in findings:
                claims = "; ".join(f"{_md(c.source)}: {_md(c.shown)}" for c in finding.claims)
                lines.append(
                    f"| {_md_cell(finding.subject)} | {finding.kind.value} "
                    f"| {_md(', '.join(finding.sources))} | {claims} |"
                )
            lines.append("")
    if report.skipped:
        lines += [f"### Skipped inputs ({len(report.skipped)})", ""]
        lines += [f"- {_md(s.path)}: {_md(s.reason)}" for s in report.skipped]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
