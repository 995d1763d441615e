"""Every output of a Report, one module per format, and the Report itself.

``model`` (the Report), ``order`` (the one canonical order), ``wording`` (summary line
and shared phrases), ``evidence`` (a claim inside its sentence), then the formats:
``json``, ``markdown``, ``html``, ``terminal``, ``github``, ``sarif``, ``pandas``, and
``displacy`` (claims drawn on a spaCy Doc). All formats share ``canonical`` and
``summary_line``, so they say the same thing in the same order.
"""

from __future__ import annotations

from claimcheck.report.displacy import render
from claimcheck.report.evidence import evidence_span
from claimcheck.report.github import to_github
from claimcheck.report.html import to_html, to_html_fragment
from claimcheck.report.json import SCHEMA_VERSION, claim_to_dict, to_dict, to_json
from claimcheck.report.markdown import to_markdown
from claimcheck.report.model import Report, from_dict, from_json
from claimcheck.report.order import canonical, finding_sort_key
from claimcheck.report.pandas import to_pandas
from claimcheck.report.sarif import SARIF_SCHEMA, SARIF_VERSION, to_sarif, to_sarif_dict
from claimcheck.report.terminal import render_table
from claimcheck.report.wording import summary_line

__all__ = [
    "SARIF_SCHEMA",
    "SARIF_VERSION",
    "SCHEMA_VERSION",
    "Report",
    "canonical",
    "claim_to_dict",
    "evidence_span",
    "finding_sort_key",
    "from_dict",
    "from_json",
    "render",
    "render_table",
    "summary_line",
    "to_dict",
    "to_github",
    "to_html",
    "to_html_fragment",
    "to_json",
    "to_markdown",
    "to_pandas",
    "to_sarif",
    "to_sarif_dict",
]
