"""Ordinals and ranks as claims: "stopped him in the sixth round", "the 21st head coach".

A rank names a place, not an amount, so it is its own kind of claim (:attr:`ClaimKind.RANK`)
and never meets a count: "the sixth round" and "six rounds" are two facts. Ranks are
grouped only with the same place of the same noun in like sentences (:func:`align_ranks`),
so a report shows who agrees on a place but never calls two places a conflict: "the fifth
round" and "the sixth round" of one fight are most often two moments of it. One place
given to two exclusive stages of one game ("second semifinal" / "second quarterfinal"
between the same teams) is a conflict (:func:`stage_groups`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Token

from claimcheck.models import Claim, ClaimKind, Quantity, Status
from claimcheck.placement import placed
from claimcheck.readers.ordinals import find_ordinals
from claimcheck.tally import and_list

__all__ = ["align_ranks", "judge_rank", "rank_claims", "rank_noun", "rank_subject", "stage_groups"]

_NOUNS = frozenset({"NOUN", "PROPN"})


def rank_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a rank ranks: "the sixth [round]", "the fourth-highest win [total]", "10th in
    MVC history" (none); from the parse when there is one, else the next word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[-1]
    if doc.has_annotation("DEP"):
        node = tok
        for _ in range(3):
            if node.head.i == node.i or node.head.i < tok.i:
                break
            node = node.head
            if node.pos_ in _NOUNS:
                return node
    for nxt in doc[span.end : span.end + 3]:
        if nxt.is_punct and nxt.text not in {"-", "\u2010", "\u2011"}:
            break
        if nxt.pos_ in _NOUNS or (not doc.has_annotation("TAG") and nxt.is_alpha):
            return nxt
    return None


def rank_claims(
    doc: Doc,
    text: str,
    taken: Sequence[tuple[int, int]],
    sentence_of: Callable[[Doc, int, int], str],
    line_of: Callable[[Doc, int], int],
    predicate_of: Callable[[Doc, int, int], str | None],
) -> Iterator[Claim]:
    """Every rank of a Doc (whose text is ``text``) that no other claim already reads
    (``taken``: spans of fractions, dates and scores) as a claim."""
    spans = sorted(taken)
    for m in find_ordinals(text):
        if any(s < m.end and m.start < e for s, e in spans):
            continue
        noun = rank_noun(doc, m.start, m.end)
        value = float(m.value)
        quote = sentence_of(doc, m.start, m.end)
        source, column, offset = placed(text, m.start, m.end, quote)
        yield Claim(
            kind=ClaimKind.RANK,
            source=source,
            text=text[m.start : m.end],
            start=m.start,
            end=m.end,
            sentence=quote,
            display=text[m.start : m.end],
            quantity=Quantity(low=value, high=value, value=value, text=m.text),
            noun=noun.lower_ if noun is not None else None,
            noun_lemma=noun.lemma_.lower() if noun is not None else None,
            predicate=predicate_of(doc, m.start, m.end),
            line=line_of(doc, m.start),
            column=column,
            sentence_offset=offset,
        )


def align_ranks(claims: Sequence[Claim], cluster: Callable[[list[Claim]], list[list[Claim]]]) -> list[list[Claim]]:
    """Group ranks that state one place of one noun, within like sentences (``cluster``)."""
    same: dict[tuple[str, float], list[Claim]] = defaultdict(list)
    for claim in claims:
        value = claim.quantity.low if claim.quantity is not None else 0.0
        same[(claim.noun_lemma or "", value)].append(claim)
    groups: list[list[Claim]] = []
    for members in same.values():
        groups.extend(cluster(members))
    return groups


def stage_groups(
    claims: Sequence[Claim], stages: frozenset[str], names_in: Callable[[str], frozenset[str]], min_names: int = 2
) -> list[list[Claim]]:
    """Ranks of one place given to two exclusive stages ("second semifinal" / "second
    quarterfinal") in sentences that share at least ``min_names`` names (the two teams):
    one game named two ways. Only groups that hold two stages from two sources are kept."""
    by_value: dict[float, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.noun_lemma in stages and claim.quantity is not None:
            by_value[claim.quantity.low or 0.0].append(claim)
    groups: list[list[Claim]] = []
    for members in by_value.values():
        named = [(c, names_in(c.sentence)) for c in members]
        clusters: list[list[tuple[Claim, frozenset[str]]]] = []
        for item in named:
            home = next((k for k in clusters if any(len(item[1] & other) >= min_names for _, other in k)), None)
            if home is None:
                clusters.append([item])
            else:
                home.append(item)
        for cluster in clusters:
            found = [c for c, _ in cluster]
            if len({c.noun_lemma for c in found}) > 1 and len({c.source for c in found}) > 1:
                groups.append(found)
    return groups


def rank_subject(claims: Sequence[Claim]) -> str:
    """ "rank (round)", "rank"."""
    nouns = sorted({c.noun_lemma for c in claims if c.noun_lemma})
    return f"rank ({nouns[0]})" if nouns else "rank"


def judge_rank(claims: Sequence[Claim], sources: Sequence[str], total: int) -> tuple[Status, str, int]:
    """A group of one place: agreed by every source giving it, or one source's alone
    (status, explanation, support)."""
    what = rank_subject(claims)
    shown = f"\u201c{min(claims, key=lambda c: (c.source, c.start)).shown}\u201d"
    missing = total - len(sources)
    absent = f"; {missing} other source{'s do' if missing != 1 else ' does'} not mention it" if missing > 0 else ""
    nouns = {c.noun_lemma for c in claims if c.noun_lemma}
    if len(nouns) > 1:  # one game, two stages (stage_groups)
        by_noun: dict[str, list[Claim]] = defaultdict(list)
        for claim in sorted(claims, key=lambda c: (c.source, c.start)):
            by_noun[claim.noun_lemma or ""].append(claim)
        parts = []
        for said in sorted(by_noun.values(), key=lambda cs: cs[0].source):
            srcs = sorted({c.source for c in said})
            listed = and_list(srcs)
            verb = "calls" if len(srcs) == 1 else "call"
            parts.append(f"{listed} {verb} it the \u201c{said[0].shown} {said[0].noun}\u201d")
        explanation = "; ".join(parts) + ": one game named as two stages of the tournament."
        return Status.CONFLICT, explanation, len(sources)
    if len(sources) == 1:
        return Status.UNIQUE, f"Only {sources[0]} gives {shown} for {what}{absent}.", 1
    return Status.AGREE, f"{len(sources)} of {total} sources agree on {shown} for {what}{absent}.", len(sources)
