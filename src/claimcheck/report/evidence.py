"""Where a claim sits in its sentence, so every format highlights that very figure."""

from __future__ import annotations

import re

from claimcheck.models import Claim

__all__ = ["evidence_span", "split_evidence"]


def evidence_span(claim: Claim) -> tuple[int, int] | None:
    """Where the claim sits in its sentence, as (start, end), or None when it is not in it.

    The claim's own offset decides (``sentence_offset``); without one (reports from
    older versions) a whole-word occurrence is preferred over one inside a longer
    number, so a "6 miles" claim never lights up the "6" of "16 houses".
    """
    sentence = claim.sentence
    offset = claim.sentence_offset
    for needle in (claim.display, claim.text):
        if needle and offset is not None and sentence[offset : offset + len(needle)] == needle:
            return offset, offset + len(needle)
    for needle in (claim.display, claim.text):
        if not needle:
            continue
        whole = re.search(rf"(?<![\w.,]){re.escape(needle)}(?![\w]|[.,]\d)", sentence)
        if whole:
            return whole.start(), whole.end()
        at = sentence.find(needle)
        if at >= 0:
            return at, at + len(needle)
    return None


def split_evidence(claim: Claim) -> tuple[str, str, str] | None:
    """The claim's sentence cut into (before, claim, after), or None when not found in it."""
    span = evidence_span(claim)
    if span is None:
        return None
    sentence = claim.sentence
    return sentence[: span[0]], sentence[span[0] : span[1]], sentence[span[1] :]
