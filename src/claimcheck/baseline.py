"""Baselines: findings a team has already looked at and accepted, so CI flags only new ones.

A finding is accepted by its *fact*: status, kind, subject and the readings in dispute
(the figures, spellings, titles or dates the sources give), never by the list of its
sources, so an article that repeats an accepted reading does not re-fail the run while
one with a new reading does. The key is a JSON list, so no name can make two facts
collide. Baselines of the first layout (keyed by sources) and full JSON reports are read
too; see docs/ci.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from claimcheck.escape import printable_name
from claimcheck.models import AGREEMENTS, DISCREPANCIES, Claim, ClaimKind, Finding, Status, finding_key
from claimcheck.outputs import write_atomic
from claimcheck.report import Report, canonical, finding_sort_key, from_dict

__all__ = [
    "BASELINE_FORMAT",
    "FAIL_ON",
    "Baseline",
    "BaselineError",
    "fact_key",
    "failing",
    "load_baseline",
    "new_findings",
    "to_baseline_dict",
    "write_baseline",
]

#: Marker and version of the dedicated baseline layout.
BASELINE_FORMAT = "claimcheck-baseline/2"
#: The first layout, keyed by the sources of each finding; still read.
_FORMAT_1 = "claimcheck-baseline/1"

#: Which statuses make ``--fail-on LEVEL`` fail.
FAIL_ON: dict[str, frozenset[Status]] = {
    "conflict": frozenset({Status.CONFLICT}),
    "variant": DISCREPANCIES,
    "any": frozenset(Status) - AGREEMENTS,
    "none": frozenset(),
}


class BaselineError(ValueError):
    """A baseline file that is missing, unreadable or not a baseline."""


def _reading(claim: Claim, subject: str) -> str:
    """What one claim says, in a form that does not depend on wording or offsets."""
    if subject.startswith("role of ") and claim.role:
        return claim.role.lower()
    q = claim.quantity
    if claim.kind is ClaimKind.QUANTITY and q is not None:
        return (
            f"{'[' if q.low_inclusive else '('}{_number(q.low)}, {_number(q.high)}"
            f"{']' if q.high_inclusive else ')'}{' ' + q.unit if q.unit else ''}"
        )
    return claim.entity or claim.text


def _number(x: float) -> str:
    """1080 and 1080.0 alike (a report read back from JSON may give either)."""
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)


def _fact(status: str, kind: str, subject: str, readings: Iterable[str]) -> str:
    return json.dumps([status, kind, subject, sorted(set(readings))], ensure_ascii=False)


def fact_key(finding: Finding) -> str:
    """A finding's identity in a baseline: status, kind, subject and the distinct readings
    in dispute, as a JSON list (sources are left out on purpose)."""
    readings = [_reading(c, finding.subject) for c in finding.claims]
    return _fact(finding.status.value, finding.kind.value, finding.subject, readings)


@attrs.frozen
class Baseline:
    """The findings a baseline accepts: fact keys, and keys of the first layout."""

    facts: frozenset[str] = frozenset()
    legacy: frozenset[str] = frozenset()

    def accepts(self, finding: Finding) -> bool:
        """Whether ``finding`` was accepted (by its fact, or by its sources in an old baseline)."""
        if fact_key(finding) in self.facts:
            return True
        return bool(self.legacy) and finding.key in self.legacy

    def __len__(self) -> int:
        return len(self.facts) + len(self.legacy)


def to_baseline_dict(report: Report) -> dict[str, Any]:
    """The baseline data for a report: every finding that is not an agreement."""
    accepted = [f for f in canonical(report).findings if f.status not in AGREEMENTS]
    return {
        "format": BASELINE_FORMAT,
        "claimcheck_version": report.claimcheck_version,
        "findings": [
            {
                "status": f.status.value,
                "kind": f.kind.value,
                "subject": f.subject,
                "readings": json.loads(fact_key(f))[3],
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


def _read_json(path: str | os.PathLike[str], name: str) -> Any:
    """The JSON in a baseline file; BaselineError when it is missing, unreadable or not JSON."""
    from claimcheck.sources import InputError, read_regular_file

    if not os.path.lexists(path):
        raise BaselineError(f"baseline {name} does not exist; create it with `claimcheck baseline ARTICLES -o {name}`")
    try:
        text = read_regular_file(path).decode("utf-8")
    except InputError as exc:
        raise BaselineError(f"cannot read baseline {name}: {exc.reason}") from None
    except UnicodeDecodeError as exc:
        raise BaselineError(f"cannot read baseline {name}: not UTF-8 ({exc.reason})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline {name} is not valid JSON: {exc}") from exc


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """What a baseline file (or a JSON report) accepts.

    Raises BaselineError, naming the file, when it is missing or not usable.
    """
    name = printable_name(os.fspath(path))
    data = _read_json(path, name)
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(f"baseline {name} is neither a claimcheck baseline nor a claimcheck JSON report")
    fmt = data.get("format")
    if fmt is not None and fmt not in (BASELINE_FORMAT, _FORMAT_1):
        raise BaselineError(
            f"baseline {name} has unsupported format {fmt!r} (this claimcheck reads "
            f"{BASELINE_FORMAT} and {_FORMAT_1}); write a new one with `claimcheck baseline ARTICLES -o {name}`"
        )
    if fmt is None:  # a full JSON report: its findings carry their claims
        try:
            report = from_dict(data)
        except (ValueError, TypeError, KeyError) as exc:
            raise BaselineError(f"baseline {name} is not a readable claimcheck JSON report ({exc})") from None
        return Baseline(facts=frozenset(fact_key(f) for f in report.findings))
    facts, legacy = set(), set()
    for i, item in enumerate(data["findings"]):
        try:
            if fmt == BASELINE_FORMAT:
                readings = item["readings"]
                if not isinstance(readings, list) or not all(isinstance(r, str) for r in readings):
                    raise TypeError("readings must be a list of strings")
                facts.add(_fact(item["status"], item["kind"], item["subject"], readings))
            else:
                legacy.add(finding_key(item["status"], item["kind"], item["subject"], item["sources"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BaselineError(f"baseline {name}: finding #{i + 1} is malformed ({exc!r})") from exc
    return Baseline(facts=frozenset(facts), legacy=frozenset(legacy))


def new_findings(report: Report, baseline: Baseline) -> list[Finding]:
    """Findings of ``report`` the baseline does not accept, in canonical order.

    Agreements are never "new": they are not stored in baselines and never fail a run.
    """
    fresh = (f for f in report.findings if f.status not in AGREEMENTS and not baseline.accepts(f))
    return sorted(fresh, key=finding_sort_key)


def failing(findings: Iterable[Finding], fail_on: str) -> list[Finding]:
    """The findings that reach the ``--fail-on`` level (conflict, variant, any, none)."""
    try:
        statuses = FAIL_ON[fail_on]
    except KeyError:
        raise ValueError(f"unknown --fail-on level {fail_on!r}; choose from {', '.join(FAIL_ON)}") from None
    return [f for f in findings if f.status in statuses]
