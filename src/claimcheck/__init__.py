"""claimcheck: cross-check numeric and entity claims between news sources.

    >>> import claimcheck
    >>> report = claimcheck.compare({"a": "Police arrested 12 people.", "b": "Police arrested 15 people."})
    >>> [f.status.value for f in report.discrepancies]
    ['conflict']

Nothing heavy happens at import: the spaCy pipeline is loaded on first use.
"""

from claimcheck.__about__ import __version__
from claimcheck.align import Group, align
from claimcheck.api import compare
from claimcheck.check import check
from claimcheck.compare import build_report
from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.copies import find_copies
from claimcheck.extract import extract, extract_documents
from claimcheck.models import (
    Claim,
    ClaimKind,
    Document,
    Finding,
    Quantity,
    Relation,
    Report,
    SkippedInput,
    Status,
)
from claimcheck.nlp import load_pipeline, resolve_model
from claimcheck.readers.quantities import find_quantities, parse_quantity
from claimcheck.readings import FactSheet, Reading, fact_sheet
from claimcheck.render import render
from claimcheck.sources import InputError, load_documents, read_inputs
from claimcheck.sources.published import find_published

__all__ = [
    "DEFAULT_CONFIG",
    "Claim",
    "ClaimKind",
    "Config",
    "Document",
    "FactSheet",
    "Finding",
    "Group",
    "InputError",
    "Quantity",
    "Reading",
    "Relation",
    "Report",
    "SkippedInput",
    "Status",
    "__version__",
    "align",
    "build_report",
    "check",
    "compare",
    "extract",
    "extract_documents",
    "fact_sheet",
    "find_copies",
    "find_published",
    "find_quantities",
    "load_documents",
    "load_pipeline",
    "parse_quantity",
    "read_inputs",
    "render",
    "resolve_model",
]
