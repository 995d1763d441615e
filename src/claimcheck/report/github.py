"""Report -> GitHub workflow annotations, one per claim of each discrepancy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimcheck.escape import clean
from claimcheck.models import Status
from claimcheck.report.order import canonical
from claimcheck.report.wording import summary_line

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = ["to_github"]

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
