"""Report <-> JSON data: the layout of docs/report.schema.json, written in canonical order."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_unstructure_fn

from claimcheck.escape import json_text
from claimcheck.models import Claim, Finding, Quantity, SkippedInput
from claimcheck.readings import FactSheet, fact_sheet
from claimcheck.report.order import canonical

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.report.model import Report

__all__ = ["SCHEMA_VERSION", "claim_to_dict", "report_fields", "to_dict", "to_json"]

#: Version of the JSON layout; the major part changes only on incompatible edits.
SCHEMA_VERSION = "1.3"

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
        "findings": [{**_converter.unstructure(f), "fact": _fact_dict(fact_sheet(f, report))} for f in report.findings],
    }
    return _sorted_keys(data)


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """One claim as JSON-ready data, laid out as inside a report's findings."""
    return _sorted_keys(_converter.unstructure(claim))


def to_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text: sorted keys, canonical order, UTF-8 kept readable."""
    return json_text(json.dumps(to_dict(report), indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False))


def report_fields(data: dict[str, Any]) -> dict[str, Any]:
    """The fields of a report written by ``to_dict``/``to_json``, ready for ``Report(**fields)``.

    Raises ValueError, listing what is wrong, for data that is not such a report.
    """
    if not isinstance(data, dict) or "findings" not in data:
        raise ValueError("not a claimcheck report: expected an object with 'findings'")
    version = str(data.get("schema_version", ""))
    if version.split(".", maxsplit=1)[0] != SCHEMA_VERSION.split(".", maxsplit=1)[0]:
        raise ValueError(f"unsupported report schema_version {version!r}; this claimcheck reads {SCHEMA_VERSION}")
    findings = _structure(data["findings"], tuple[Finding, ...], "findings")
    skipped = _structure(data.get("skipped", []), tuple[SkippedInput, ...], "skipped")
    sources = _structure(data.get("sources", []), tuple[str, ...], "sources")
    paths = _structure(data.get("paths", {}), dict[str, str], "paths")
    published = _structure(data.get("published", {}), dict[str, str], "published")
    copies = _structure(data.get("copies", {}), dict[str, str], "copies")
    model = data.get("model")
    if not isinstance(model, dict):
        model = {}
    return dict(
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
