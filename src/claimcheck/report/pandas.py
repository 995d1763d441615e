"""Report -> pandas DataFrame: one row per claim per finding (needs the pandas extra)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from claimcheck.models import ClaimKind, Status
from claimcheck.readings import fact_sheet
from claimcheck.report.order import canonical

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from claimcheck.report.model import Report

__all__ = ["to_pandas"]

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
