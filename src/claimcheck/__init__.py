"""claimcheck: cross-check numeric and entity claims between news sources."""

from claimcheck.__about__ import __version__
from claimcheck.models import (
    Claim,
    ClaimKind,
    Document,
    Finding,
    Quantity,
    Report,
    SkippedInput,
    Status,
)

__all__ = [
    "Claim",
    "ClaimKind",
    "Document",
    "Finding",
    "Quantity",
    "Report",
    "SkippedInput",
    "Status",
    "__version__",
]
