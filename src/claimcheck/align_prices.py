"""Prices grouped by the product variant they are for (``Claim.variant``).

One variant at one tier has one price: every reading of it, in any article, is one fact
(two that differ are a conflict, even within one article). Prices of different variants
(another size, line or tier) are never one fact. A price whose line is not stated takes
the one line the articles give that spec and tier, and stands alone when they give
several; prices that name a line but no spec are one fact only when they agree, since
the line's starting price and one model's are easily taken for each other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import attrs

from claimcheck.models import Claim
from claimcheck.readers.variants import fold_line, variant_name
from claimcheck.tally import most_common

__all__ = ["PRICE", "align_prices", "price_subject"]

#: The measure lexicon's name for what a product costs.
PRICE = "price"

_Key = tuple[str, str, str, str]


def align_prices(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Prices with a variant, as groups of one fact each (measure set to ``price``)."""
    claims = [attrs.evolve(c, measure=PRICE, agent=None) for c in claims if c.variant is not None]
    lines = _canonical_lines(claims)
    placed = [(c, _key(c, lines)) for c in claims]
    owners = _lines_by_spec(k for _, k in placed)
    groups: dict[_Key, list[Claim]] = defaultdict(list)
    alone: list[list[Claim]] = []
    for claim, key in placed:
        line, spec, tier, unit = key
        if not line:
            found = owners.get((spec, tier, unit), set())
            if len(found) > 1:
                alone.append([claim])  # "the 13-inch model": of which line, when two have one?
                continue
            line = next(iter(found), "")
        groups[(line, spec, tier, unit)].append(claim)
    shown = _spellings(claims, lines)
    out = [
        [attrs.evolve(c, variant=(shown.get(key[0], key[0]), key[1], key[2])) for c in part]
        for key, members in sorted(groups.items())
        for part in _facts(key, members)
    ]
    return out + alone


def _spellings(claims: Sequence[Claim], lines: dict[str, str]) -> dict[str, str]:
    """Each line as the articles most often write its fullest name ("MacBook Air", not "Air")."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        name = claim.variant[0] if claim.variant else ""
        if name and lines.get(fold_line(name), fold_line(name)) == fold_line(name):
            written[fold_line(name)][name] += 1
    return {line: min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] for line, counts in written.items()}


def _key(claim: Claim, lines: dict[str, str]) -> _Key:
    line, spec, tier = claim.variant or ("", "", "")
    unit = claim.quantity.unit if claim.quantity else None
    return (lines.get(fold_line(line), fold_line(line)), spec, tier, unit or "")


def _canonical_lines(claims: Sequence[Claim]) -> dict[str, str]:
    """Each line name -> the one fuller name that ends with it ("Air" -> "MacBook Air"),
    when there is just one."""
    names = {fold_line(c.variant[0]) for c in claims if c.variant and c.variant[0]}
    out = {}
    for name in names:
        fuller = [n for n in names if n != name and n.endswith(" " + name)]
        out[name] = fuller[0] if len(fuller) == 1 else name
    return out


def _lines_by_spec(keys: Iterable[_Key]) -> dict[tuple[str, str, str], set[str]]:
    """(spec, tier, unit) -> the lines priced with that spec and tier."""
    owners: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for line, spec, tier, unit in keys:
        if line and spec:
            owners[(spec, tier, unit)].add(line)
    return owners


def _facts(key: _Key, members: list[Claim]) -> list[list[Claim]]:
    """One variant's prices as facts: all of them when a spec names the variant; else
    those of one value each (a line's price with no spec is compared only when equal)."""
    _line, spec, _tier, _unit = key
    if spec:
        return [members]
    by_value: dict[tuple[float, float], list[Claim]] = defaultdict(list)
    for claim in members:
        q = claim.quantity
        by_value[(q.low, q.high) if q else (0.0, 0.0)].append(claim)
    return [by_value[v] for v in sorted(by_value)]


def price_subject(claims: Sequence[Claim]) -> str:
    """What a group of prices is about: "USD price of the 13-inch MacBook Pro (starting)", so
    that only findings on one variant are told as other findings on the same thing."""
    unit = most_common(c.quantity.unit or "" for c in claims if c.quantity)
    variants = {c.variant for c in claims if c.variant}
    what = variant_name(variants.pop()) if len(variants) == 1 else "product"
    return " ".join(filter(None, (unit, f"price of the {what}")))
