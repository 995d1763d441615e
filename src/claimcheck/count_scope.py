"""One figure given for a wider group in one source than in another: SCOPE findings on counts.

"more than 400 women and children" in one report and "more than 400 children" in another
give the same figure to different groups: an editor checks which group the figure counts.
Read from the words right after each figure, so it needs no parse.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import attrs

from claimcheck.models import Claim, ClaimKind, Finding, Status

__all__ = ["WidenedCount", "count_scope_findings", "widened"]

#: "women and children", "men or women": a counted noun joined to another by and/or.
_JOINED = re.compile(r"\s*([a-z][a-z-]*)\s+(?:and|or)\s+([a-z][a-z-]*)\b", re.IGNORECASE)
_FIRST = re.compile(r"\s*([a-z][a-z-]*)\b(?:\s+(?:and|or)\s+([a-z][a-z-]*))?", re.IGNORECASE)
#: A figure this small is too common to tie two sentences to one fact.
MIN_VALUE = 10


@attrs.frozen
class WidenedCount:
    """Two sources give one figure: ``wide`` to two groups joined, ``narrow`` to one of them."""

    wide: Claim
    narrow: Claim
    joined: str
    alone: str


def _after(claim: Claim) -> str:
    """The words right after the figure in its sentence ("" when its place is unknown)."""
    if claim.sentence_offset is None:
        return ""
    return claim.sentence[claim.sentence_offset + len(claim.shown) :][:60]


def _plain(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def widened(a: Claim, b: Claim) -> WidenedCount | None:
    """Whether ``a`` gives the figure to "X and Y" and ``b`` the same figure to Y alone.

    Only the second noun is matched: in "14 points and Seth ..." the word after "and"
    starts a new clause, and without the parse "X" alone cannot tell the two apart.
    """
    joined = _JOINED.match(_after(a))
    alone = _FIRST.match(_after(b))
    if joined is None or alone is None:
        return None
    x, y = _plain(joined.group(1)), _plain(joined.group(2))
    one = _plain(alone.group(1))
    if x == y or one != y or _plain(alone.group(2) or "") == x:
        return None  # "children and women" names the same wider group
    return WidenedCount(wide=a, narrow=b, joined=joined.group(0).strip(), alone=alone.group(1))


def _key(claim: Claim) -> tuple | None:
    q = claim.quantity
    if q is None or q.unit or max(abs(q.low), abs(q.high) if q.high != float("inf") else 0) < MIN_VALUE:
        return None
    return (q.low, q.high, q.low_inclusive, q.high_inclusive)


def count_scope_findings(claims: Iterable[Claim], total: int) -> list[Finding]:
    """SCOPE findings for figures one source gives to a wider group than another source.

    Figures are paired only through the index of (value, noun after the figure), so the
    cost stays near-linear in the number of claims.
    """
    by_value: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind is ClaimKind.QUANTITY and (key := _key(claim)) is not None:
            by_value[key].append(claim)
    findings: list[Finding] = []
    for members in by_value.values():
        by_first: dict[str, list[Claim]] = defaultdict(list)  # the one noun right after the figure
        for claim in members:
            alone = _FIRST.match(_after(claim))
            if alone is not None:
                by_first[_plain(alone.group(1))].append(claim)
        for wide in members:
            joined = _JOINED.match(_after(wide))
            if joined is None:
                continue
            candidates = by_first.get(_plain(joined.group(2)), [])
            pairs = [w for b in candidates if b.source != wide.source and (w := widened(wide, b)) is not None]
            if pairs:
                findings.append(_finding(pairs, total))
    return findings


def _finding(pairs: list[WidenedCount], total: int) -> Finding:
    """One finding per widened figure, naming every source that gives it to the narrower group."""
    wide = pairs[0].wide
    narrow: dict[str, Claim] = {}
    for pair in pairs:
        narrow.setdefault(pair.narrow.source, pair.narrow)
    listed = ", ".join(sorted(narrow))
    explanation = (
        f"{wide.source} gives “{wide.shown}” for “{pairs[0].joined}”; {listed} "
        f"give{'s' if len(narrow) == 1 else ''} “{pairs[0].narrow.shown}” for “{pairs[0].alone}” "
        "only: the same figure for a wider group."
    )
    claims = (wide, *sorted(narrow.values(), key=lambda c: (c.source, c.start)))
    return Finding(
        status=Status.SCOPE,
        kind=ClaimKind.QUANTITY,
        claims=claims,
        sources=tuple(sorted({c.source for c in claims})),
        score=1.0,
        explanation=explanation,
        subject=f"{pairs[0].joined} / {pairs[0].alone}",
        support=len(claims),
        total_sources=total,
    )
