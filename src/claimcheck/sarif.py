"""Kept so that ``claimcheck.sarif`` imports keep working: the format is :mod:`claimcheck.report.sarif`."""

from claimcheck.report.sarif import SARIF_SCHEMA, SARIF_VERSION, to_sarif, to_sarif_dict

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "to_sarif", "to_sarif_dict"]
