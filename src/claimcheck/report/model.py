"""The Report: the findings on one article set, with every output format one call away.

It lives beside the formats so that ``Report.to_*`` are thin wrappers over them while
the formats depend only on :mod:`claimcheck.models`, never the other way round.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs

from claimcheck.models import AGREEMENTS, DISCREPANCIES, Finding, SkippedInput, Status
from claimcheck.readings import FactSheet, fact_sheet
from claimcheck.report import html as _html
from claimcheck.report import json as _json
from claimcheck.report import markdown as _markdown
from claimcheck.report import pandas as _pandas
from claimcheck.report.wording import summary_line

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Report", "from_dict", "from_json"]


@attrs.frozen
class Report:
    """The consistency report for one article set."""

    findings: tuple[Finding, ...]
    sources: tuple[str, ...]
    skipped: tuple[SkippedInput, ...] = ()
    #: (source, path) pairs, so formats can point at the file a claim came from.
    paths: tuple[tuple[str, str], ...] = ()
    claimcheck_version: str = ""
    model_name: str = ""
    model_version: str = ""
    #: (source, ISO 8601 moment) for each source whose publication date is known.
    published: tuple[tuple[str, str], ...] = ()
    #: (copy, original) for each source that is a near-duplicate of another (a wire copy).
    copies: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:
        return f"<Report: {summary_line(self)}>"

    def __rich__(self) -> str:
        return summary_line(self)

    @property
    def agreements(self) -> list[Finding]:
        """Findings where the sources agree or are compatible."""
        return [f for f in self.findings if f.status in AGREEMENTS]

    @property
    def discrepancies(self) -> list[Finding]:
        """Findings an editor must look at: conflicts, developing figures and spelling variants."""
        return [f for f in self.findings if f.status in DISCREPANCIES]

    @property
    def unique(self) -> list[Finding]:
        """Claims only one source makes (uncorroborated)."""
        return [f for f in self.findings if f.status is Status.UNIQUE]

    def facts(self) -> list[FactSheet]:
        """Every finding as an editor reads it: each source's reading, majority, gaps (see readings.py)."""
        return [fact_sheet(f, self) for f in self.findings]

    def path_of(self, source: str) -> str | None:
        """The file a source was read from, when it came from a file."""
        return dict(self.paths).get(source)

    def counts(self) -> dict[Status, int]:
        """How many findings there are of each status."""
        out = {s: 0 for s in Status}
        for f in self.findings:
            out[f.status] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (see docs/report.schema.json)."""
        return _json.to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The report as JSON text with stable ordering."""
        return _json.to_json(self, indent=indent)

    def to_markdown(self) -> str:
        """The report as Markdown for a pull request or a newsroom ticket."""
        return _markdown.to_markdown(self)

    def to_html(self) -> str:
        """The report as one self-contained HTML page."""
        return _html.to_html(self)

    def _repr_html_(self) -> str:
        return _html.to_html_fragment(self)

    def to_pandas(self) -> pandas.DataFrame:
        """One row per claim per finding; needs the optional pandas extra."""
        return _pandas.to_pandas(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Read back a report written by ``to_dict``/``to_json``; ValueError says what is wrong."""
        return cls(**_json.report_fields(data))


def from_dict(data: dict[str, Any]) -> Report:
    """Read back a report written by ``to_dict``/``to_json``; ValueError says what is wrong."""
    return Report.from_dict(data)


def from_json(text: str) -> Report:
    """Read back a report from JSON text."""
    return from_dict(json.loads(text))
