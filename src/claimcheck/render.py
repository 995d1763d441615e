"""Kept so that ``claimcheck.render`` imports keep working: the view is :mod:`claimcheck.report.displacy`."""

from claimcheck.report.displacy import COLOURS, SPANS_KEY, render

__all__ = ["COLOURS", "SPANS_KEY", "render"]
