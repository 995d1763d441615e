"""Quotations: the words between quotation marks, and one saying quoted two ways.

"I am at peace" in one report and "I am peace" in another is one saying quoted
differently, which an editor checks against the record. A fragment of a longer
quotation ("at peace"), a quotation cut with an ellipsis, and a quotation that differs
only in case or punctuation are the same words, not a variant.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from claimcheck.disjoint import DisjointSets
from claimcheck.kinds import group_finding, relation_claim_at
from claimcheck.models import Claim, Finding, Relation, Status

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group

__all__ = ["QUOTE", "judge_quotes", "quote_claims", "quote_subject", "quote_variants", "quoted_alike"]

QUOTE = "quote"
#: A quotation: curly or straight double quotes around one line of text.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{6,400}?)[\"”]")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_ELLIPSIS = re.compile(r"\.\.\.|…")
#: Fewer words than this and a quotation is a phrase or a name, not a saying to check.
MIN_WORDS = 3
#: How many words (per ten) two quotations of one saying may differ by.
MAX_CHANGED_PER_TEN = 2


def quote_claims(text: str) -> Iterator[Claim]:
    """One claim per quotation of at least :data:`MIN_WORDS` words, marks included."""
    for match in _QUOTED.finditer(text):
        inner = match.group(1)
        if len(words_of(inner)) < MIN_WORDS:
            continue
        start, end = match.span()
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
        yield relation_claim_at(text, start, end, line, Relation(event=QUOTE, predicate=QUOTE, extra=inner.strip()))


def words_of(quote: str) -> tuple[str, ...]:
    """A quotation's words, lower-cased, curly apostrophes straightened."""
    return tuple(_WORD.findall(quote.lower().replace("’", "'")))


def _contiguous(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def _subsequence(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    it = iter(long_)
    return all(w in it for w in short)


def quoted_alike(a: str, b: str) -> bool:
    """Whether two quotations are one saying with some words changed, added or dropped.

    Not when they are the same words, when one is a stretch of the other (a partial
    quotation), or when one marks its cuts with an ellipsis and keeps the other's order.
    """
    wa, wb = words_of(a), words_of(b)
    if wa == wb or min(len(wa), len(wb)) < MIN_WORDS:
        return False
    (short, short_text), (long_, _) = sorted(((wa, a), (wb, b)), key=lambda p: len(p[0]))
    if _contiguous(short, long_):
        return False
    if _ELLIPSIS.search(short_text) and _subsequence(short, long_):
        return False
    changed = Levenshtein.distance(wa, wb)
    shared = len(long_) - changed
    return changed <= max(1, MAX_CHANGED_PER_TEN * len(long_) // 10) and shared >= MIN_WORDS - 1


def quote_variants(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Quotation claims grouped into sayings quoted differently by different sources.

    Quotations are compared within blocks of their first or last word, so the cost grows
    with look-alike quotations, not with all pairs; a group is kept only when two of its
    sources quote it differently.
    """
    quotes = [c for c in claims if c.relation is not None and c.relation.event == QUOTE]
    keys = [words_of(c.relation.extra or "") for c in quotes]  # type: ignore[union-attr]
    sets = DisjointSets(range(len(quotes)))
    blocks: dict[str, list[int]] = {}
    for i, words in enumerate(keys):
        for key in {"<" + words[0], words[-1] + ">"}:
            blocks.setdefault(key, []).append(i)
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if quotes[i].source == quotes[j].source or sets.find(i) == sets.find(j):
                    continue
                if abs(len(keys[i]) - len(keys[j])) > 2 + max(len(keys[i]), len(keys[j])) // 5:
                    continue
                if keys[i] == keys[j] or quoted_alike(quotes[i].relation.extra or "", quotes[j].relation.extra or ""):  # type: ignore[union-attr]
                    sets.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        groups.setdefault(sets.find(i), []).append(i)
    out = []
    for members in groups.values():
        forms = {keys[i] for i in members}
        if len(forms) > 1 and len({quotes[i].source for i in members}) > 1:
            out.append(sorted((quotes[i] for i in members), key=lambda c: (c.source, c.start)))
    return out


def quote_subject(claims: Sequence[Claim]) -> str:
    """A group's subject: its most quoted form as written, cut to a few words."""
    forms: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        forms[words_of(claim.relation.extra or "")].append(claim)  # type: ignore[union-attr]
    top = min(forms.values(), key=lambda cs: (-len(cs), cs[0].source, cs[0].start))
    words = (top[0].relation.extra or "").rstrip(" ,.;:").split()  # type: ignore[union-attr]
    shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    return f"quotation: “{shown}”"


def judge_quotes(group: Group, total: int) -> list[Finding]:
    """A VARIANT finding listing each way the saying is quoted, with the sources using it."""
    forms: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in group.claims:
        forms[words_of(claim.relation.extra or "")].append(claim)  # type: ignore[union-attr]
    listed = "; ".join(
        f"{', '.join(sorted({c.source for c in cs}))} “{cs[0].relation.extra}”"  # type: ignore[union-attr]
        for _, cs in sorted(forms.items(), key=lambda kv: (-len({c.source for c in kv[1]}), kv[0]))
    )
    return [group_finding(Status.VARIANT, group, total, f"The sources quote the same words differently: {listed}.")]
