"""Report -> SARIF 2.1.0, the format code-scanning dashboards read.

One rule per status (conflict, variant, unique); one result per finding, located at the
first claim that has a file and line, with every other claim as a related location. A
finding accepted in a baseline is kept with an external suppression, so dashboards show
it as reviewed instead of dropping it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimcheck.models import Claim, Finding, Status

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "to_sarif", "to_sarif_dict"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

#: Statuses that become results, with their SARIF level and rule text.
_RULES: dict[Status, tuple[str, str, str]] = {
    Status.CONFLICT: ("error", "Sources conflict", "Sources give figures, dates or titles that cannot all be true."),
    Status.ORDER: ("warning", "Cause and effect reversed", "One source says A led to B, another that B led to A."),
    Status.SCOPE: (
        "warning",
        "Broader or narrower claim",
        "Sources state one relation for a broader and a narrower argument.",
    ),
    Status.VARIANT: ("warning", "Name spelled differently", "Sources spell one name in different ways."),
    Status.UNIQUE: ("note", "Claim made by one source only", "Only one source makes this claim."),
}
_RECORD_PATH = re.compile(r"(.+\.(?:jsonl|ndjson)):(\d+)", re.I)


def _rule_id(status: Status) -> str:
    return f"claimcheck/{status.value}"


def _uri(path: str) -> str:
    """A relative or absolute file path as a URI reference (forward slashes, percent-escaped)."""
    posix = PurePath(path).as_posix()
    if re.match(r"^[A-Za-z]:/", posix):  # a Windows drive
        return "file:///" + quote(posix)
    return ("file://" if posix.startswith("/") else "") + quote(posix)


def _location(claim: Claim, report: Report) -> dict[str, Any]:
    """Where a claim is: its file and line when it came from a file, its source name otherwise."""
    path = report.path_of(claim.source)
    logical = [{"name": claim.source, "kind": "module"}]
    if not path:
        return {"logicalLocations": logical}
    line = int(claim.line)
    record = _RECORD_PATH.fullmatch(path)
    if record:  # a JSONL record: the line of the record in its file
        path, line = record.group(1), int(record.group(2))
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path)},
            "region": {"startLine": max(1, line), "snippet": {"text": claim.text}, **_columns(claim)},
        },
        "logicalLocations": logical,
    }


def _fingerprint(finding: Finding) -> str:
    return hashlib.sha256(finding.key.encode("utf-8")).hexdigest()[:32]


def _result(finding: Finding, report: Report, rule_index: int, accepted: frozenset[str]) -> dict[str, Any]:
    level = _RULES[finding.status][0]
    claims = sorted(finding.claims, key=lambda c: (report.path_of(c.source) is None, c.source, c.start))
    located = [_location(c, report) for c in claims]
    result: dict[str, Any] = {
        "ruleId": _rule_id(finding.status),
        "ruleIndex": rule_index,
        "level": level,
        "message": {"text": finding.explanation},
        "locations": located[:1],
        "partialFingerprints": {"claimcheckFinding/v1": _fingerprint(finding)},
        "properties": {
            "subject": finding.subject,
            "kind": finding.kind.value,
            "sources": list(finding.sources),
            "support": finding.support,
            "totalSources": finding.total_sources,
            "notes": list(finding.notes),
        },
    }
    related = [
        {"id": n, **loc, "message": {"text": f"{c.source} says “{c.shown}”"}}
        for n, (c, loc) in enumerate(zip(claims, located, strict=True))
        if n > 0
    ]
    if related:
        result["relatedLocations"] = related
    if finding.key in accepted:
        result["suppressions"] = [{"kind": "external", "justification": "accepted in the claimcheck baseline"}]
        result["baselineState"] = "unchanged"
    elif accepted:
        result["baselineState"] = "new"
    return result


def to_sarif_dict(report: Report, accepted: Iterable[str] = ()) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log: conflicts are errors, variants warnings, unique claims notes.

    ``accepted`` holds the keys of findings in a baseline; they are marked suppressed.
    """
    accepted = frozenset(accepted)
    statuses = list(_RULES)
    rules = [
        {
            "id": _rule_id(status),
            "name": status.value.capitalize(),
            "shortDescription": {"text": short},
            "fullDescription": {"text": full},
            "defaultConfiguration": {"level": level},
        }
        for status, (level, short, full) in _RULES.items()
    ]
    results = [_result(f, report, statuses.index(f.status), accepted) for f in report.findings if f.status in _RULES]
    driver: dict[str, Any] = {"name": "claimcheck", "rules": rules}
    if report.claimcheck_version:
        driver["version"] = report.claimcheck_version
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {"sources": list(report.sources), "skipped": [s.path for s in report.skipped]},
    }
    if report.model_name:
        run["properties"]["model"] = f"{report.model_name} {report.model_version}".strip()
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def to_sarif(report: Report, accepted: Iterable[str] = ()) -> str:
    """The SARIF log as JSON text (UTF-8, stable key order)."""
    return json.dumps(to_sarif_dict(report, accepted), ensure_ascii=False, indent=2, sort_keys=True)


def _columns(claim: Claim) -> dict[str, int]:
    """startColumn/endColumn of a claim on its line, when known (SARIF counts from 1, end exclusive)."""
    if claim.column <= 0 or "\n" in claim.text:
        return {}
    return {"startColumn": claim.column, "endColumn": claim.column + len(claim.text)}
