"""Report -> HTML: one self-contained page (or a notebook fragment), nothing fetched."""

from __future__ import annotations

import html
from collections import defaultdict
from typing import TYPE_CHECKING

from claimcheck.escape import clean
from claimcheck.models import DISCREPANCIES, Claim, ClaimKind, Finding, Status
from claimcheck.readings import FactSheet, fact_sheet, natural_key
from claimcheck.report.evidence import evidence_span, split_evidence
from claimcheck.report.json import to_json
from claimcheck.report.order import canonical, claim_order, grouped
from claimcheck.report.wording import (
    HEADINGS,
    SELF_HEADING,
    fact_lines,
    plural,
    self_contradictions,
    single_line,
    sources_phrase,
    summary_line,
)

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = ["to_html", "to_html_fragment"]

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
                ident = claim_order(claim)
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
    parts = split_evidence(claim)
    if parts is None:
        sentence = f' <span class="meta">{_e(single_line(claim.sentence))}</span>' if claim.sentence else ""
        return f'<mark class="{status}">{_e(single_line(claim.shown))}</mark>{sentence}'
    before, match, after = parts
    return f'{_e(single_line(before))}<mark class="{status}">{_e(single_line(match))}</mark>{_e(single_line(after))}'


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
                f'<tr><th colspan="{len(head)}">“{_e(single_line(group.label))}” — '
                f"{plural(len(group.sources), 'source', 'sources')}{_e(voices)}</th></tr>"
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
            shown = _e(single_line(reading.text)) + (f" ≈ {_e(reading.converted)}" if reading.converted else "")
            cells = [
                f'<a href="#{anchors.claims[claim_order(reading.claim)]}">{_e(source)}</a>{copy}',
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


def _html_finding(finding: Finding, anchors: _Anchors, report: Report) -> str:
    status = finding.status.value
    sheet = fact_sheet(finding, report)
    notes = "".join(f'<li class="note">{_e(n)}</li>' for n in finding.notes)
    facts = [f"<li>{_e(line)}</li>" for line in fact_lines(sheet) if not line.startswith("⚠")]
    facts += [f'<li class="warn">{_e(c)}</li>' for c in sheet.self_contradictions]
    if finding.status in DISCREPANCIES:
        body = _html_readings(sheet, anchors, report)
    else:  # summarised on one line: who says what, each linked to its claim
        claims = sorted(finding.claims, key=lambda c: (natural_key(c.source), c.start))
        if finding.kind is ClaimKind.ENTITY and finding.status is Status.AGREE:
            said = ", ".join(f'<a href="#{anchors.claims[claim_order(c)]}">{_e(c.source)}</a>' for c in claims)
            body = f'<p class="inline">Named by {said}.</p>'
        else:
            said = "; ".join(
                f'<a href="#{anchors.claims[claim_order(c)]}">{_e(c.source)}</a>: <q>{_e(single_line(c.shown))}</q>'
                for c in claims
            )
            body = f'<p class="inline">{said}</p>'
        facts = [f"<li>{_e(sheet.coverage())}.</li>", *facts[1:]]
    return (
        f'<li class="finding {status}" id="{anchors.findings[id(finding)]}">'
        f'<span class="badge">{_e(status)}</span> <strong>{_e(sheet.subject or "(no subject)")}</strong> '
        f'<span class="meta">{_e(finding.kind.value)} · {_e(sources_phrase(finding))} · '
        f"score {finding.score:.2f}</span>"
        f'<p>{_e(finding.explanation)}</p><ul class="facts">{"".join(facts)}{notes}</ul>{body}</li>'
    )


def _html_mark(claim: Claim, surface: str, anchors: _Anchors) -> str:
    ident = claim_order(claim)
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
            shown: list[tuple[int, int, Claim]] = []
            rest: list[tuple[int, int, Claim]] = []
            end = -1
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
    contradictions = self_contradictions(report)
    for status, findings in [*grouped(report), (None, [])]:
        if contradictions and (status is None or status not in DISCREPANCIES):
            parts.append(f'<h3 class="conflict">{_e(SELF_HEADING)} ({len(contradictions)})</h3><ul class="self">')
            parts += [f'<li class="warn">⚠ {_e(c)}</li>' for c in contradictions]
            parts.append("</ul>")
            contradictions = []
        if status is None:
            break
        parts.append(f'<h3 class="{status.value}">{_e(HEADINGS[status])} ({len(findings)})</h3>')
        parts.append('<ol class="findings">')
        parts += [_html_finding(f, anchors, report) for f in findings]
        parts.append("</ol>")
    if not report.findings:
        parts.append('<p class="meta">No comparable claims.</p>')
    parts.append("</section>")
    claims_by_source: dict[str, dict[tuple, Claim]] = {s: {} for s in anchors.columns}
    for finding in report.findings:
        for claim in finding.claims:
            claims_by_source[claim.source].setdefault(claim_order(claim), claim)
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
