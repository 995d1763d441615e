"""Baselines: findings a team has already looked at and accepted, so CI flags only new ones.

A baseline file is small JSON listing finding keys (``Finding.key``). A full report
JSON written by ``--format json`` is accepted as a baseline too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck.escape import printable_name
from claimcheck.models import AGREEMENTS, DISCREPANCIES, Finding, Report, Status
from claimcheck.outputs import write_atomic

__all__ = [
    "BASELINE_FORMAT",
    "BaselineError",
    "FAIL_ON",
    "failing",
    "load_baseline",
    "new_findings",
    "to_baseline_dict",
    "write_baseline",
]

#: Marker and version of the dedicated baseline layout.
BASELINE_FORMAT = "claimcheck-baseline/1"

#: Which statuses make ``--fail-on LEVEL`` fail.
FAIL_ON: dict[str, frozenset[Status]] = {
    "conflict": frozenset({Status.CONFLICT}),
    "variant": DISCREPANCIES,
    "any": frozenset(Status) - AGREEMENTS,
    "none": frozenset(),
}


class BaselineError(ValueError):
    """A baseline file that is missing, unreadable or not a baseline."""


def _key(status: str, kind: str, subject: str, sources: Iterable[str]) -> str:
    # Must stay identical to Finding.key, which is what reports are compared with.
    return "|".join([status, kind, subject, ",".join(sources)])


def to_baseline_dict(report: Report) -> dict[str, Any]:
    """The baseline data for a report: every finding that is not an agreement."""
    from claimcheck.report import canonical

    accepted = [f for f in canonical(report).findings if f.status not in AGREEMENTS]
    return {
        "format": BASELINE_FORMAT,
        "claimcheck_version": report.claimcheck_version,
        "findings": [
            {
                "key": f.key,
                "status": f.status.value,
                "kind": f.kind.value,
                "subject": f.subject,
                "sources": list(f.sources),
                "explanation": f.explanation,
            }
            for f in accepted
        ],
    }


def write_baseline(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the baseline for ``report`` to ``path`` atomically."""
    text = json.dumps(to_baseline_dict(report), indent=2, sort_keys=True, ensure_ascii=False)
    return write_atomic(path, text + "\n")


def load_baseline(path: str | os.PathLike[str]) -> frozenset[str]:
    """The accepted finding keys in a baseline file or in a report JSON.

    Raises BaselineError, naming the file, when it is missing or not usable.
    """
    from claimcheck.sources import InputError, read_regular_file

    name = printable_name(os.fspath(path))
    if not os.path.lexists(path):
        raise BaselineError(
            f"baseline {name} does not exist; create it with "
            f"`claimcheck baseline ARTICLES -o {name}`"
        )
    try:
        text = read_regular_file(path).decode("utf-8")
    except InputError as exc:
        raise BaselineError(f"cannot read baseline {name}: {exc.reason}") from None
    except UnicodeDecodeError as exc:
        raise BaselineError(f"cannot read baseline {name}: not UTF-8 ({exc.reason})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline {name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(
            f"baseline {name} is neither a claimcheck baseline nor a claimcheck JSON report"
        )
    fmt = data.get("format")
    if fmt is not None and fmt != BASELINE_FORMAT:
        raise BaselineError(f"baseline {name} has unsupported format {fmt!r}")
    keys = set()
    for i, item in enumerate(data["findings"]):
        try:
            keys.add(_key(item["status"], item["kind"], item["subject"], item["sources"]))
        except (KeyError, TypeError) as exc:
            raise BaselineError(f"baseline {name}: finding #{i + 1} is malformed ({exc!r})") from exc
    return frozenset(keys)


def new_findings(report: Report, baseline_keys: Iterable[str]) -> list[Finding]:
    """Findings of ``report`` not in the baseline, in canonical order.

    Agreements are never "new": they are not stored in baselines and never fail a run.
    """
    from claimcheck.report import finding_sort_key

    accepted = frozenset(baseline_keys)
    fresh = (f for f in report.findings if f.key not in accepted and f.status not in AGREEMENTS)
    return sorted(fresh, key=finding_sort_key)


def failing(findings: Iterable[Finding], fail_on: str) -> list[Finding]:
    """The findings that reach the ``--fail-on`` level (conflict, variant, any, none)."""
    try:
        statuses = FAIL_ON[fail_on]
    except KeyError:
        raise ValueError(f"unknown --fail-on level {fail_on!r}; choose from {', '.join(FAIL_ON)}") from None
    return [f for f in findings if f.status in statuses]
