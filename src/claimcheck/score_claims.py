"""Scores and records as claims: "won 27-17", "improved to 8-4", "a 3-11 record", "7-of-12".

A score or a record is an ordered pair, never a range: it is its own kind of claim
(:attr:`ClaimKind.SCORE`), read by :func:`claimcheck.scores.find_scores`, aligned by whose
it is and what the sentence tells (:func:`align_scores`), and judged by comparing the
pairs themselves (:func:`judge_score`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from spacy.tokens import Doc

from claimcheck.lexicon import PREDICATE_CLASSES, predicate_class
from claimcheck.models import Claim, ClaimKind
from claimcheck.scores import ScoreKind, find_scores
from claimcheck.wordfiles import alternation, entries

__all__ = ["FINAL_EVENTS", "align_scores", "common_pair", "game_clock", "pair_key", "score_claims"]

#: Event classes whose score is the final result of a game or a bout: "beat Drake 65-53".
FINAL_EVENTS = frozenset({"win", "lose"})


def score_claims(
    doc: Doc,
    text: str,
    sentence_of: Callable[[Doc, int, int], str],
    line_of: Callable[[Doc, int], int],
    predicate_of: Callable[[Doc, int, int], str | None],
    holder_of: Callable[[Doc, int, int], str | None],
) -> Iterator[Claim]:
    """Every score, record and made-attempted tally of a Doc (whose text is ``text``: a Doc
    builds its text anew on each call) as a claim; the callables give the sentence, line,
    event verb and holder of a character span (they belong to the claim reader)."""
    for m in find_scores(text):
        pair = (m.first, m.second) if m.third is None else (m.first, m.second, m.third)
        yield Claim(
            kind=ClaimKind.SCORE,
            source="",
            text=text[m.start : m.end],
            start=m.start,
            end=m.end,
            sentence=sentence_of(doc, m.start, m.end),
            display=text[m.start : m.end],
            label=m.kind.value,
            predicate=predicate_of(doc, m.start, m.end),
            agent=holder_of(doc, m.start, m.end),
            pair=pair,
            line=line_of(doc, m.start),
        )


def pair_key(claim: Claim) -> tuple[int, ...]:
    """The pair as compared: a game score in either order is one result (65-53 = 53-65);
    a record or a made-attempted tally keeps its order (8-4 is not 4-8)."""
    pair = claim.pair or ()
    if claim.label == ScoreKind.SCORE.value:
        return tuple(sorted(pair, reverse=True))
    return tuple(pair)


def align_scores(claims: Sequence[Claim], cluster: Callable[[list[Claim]], list[list[Claim]]]) -> list[list[Claim]]:
    """Group scores that state one result.

    A final result (its verb says who won or lost) and a record, each of a named holder,
    are compared across sources whatever the pair says, within sentences that tell the
    same game or season (``cluster``); any other score (a running score, "made it 45-35")
    is grouped only with the same pair in a like sentence, so two moments of a game are
    never called a conflict. Running scores that sources state at one game clock ("with
    13:41 to go"), each alone in its sentence, are one moment: their pairs are compared.
    """
    facts: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    moments: dict[tuple[str, tuple[int, ...]], list[Claim]] = defaultdict(list)
    clocked: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    per_sentence = Counter((c.source, c.sentence) for c in claims)
    for claim in claims:
        event = predicate_class(claim.predicate) or ""
        event = event if event in PREDICATE_CLASSES else ""
        holder = (claim.agent or "").lower()
        clock = game_clock(claim.sentence) if per_sentence[(claim.source, claim.sentence)] == 1 else None
        if holder and (claim.label == ScoreKind.RECORD.value or event in FINAL_EVENTS):
            facts[(claim.label or "", holder.rsplit(" ", 1)[-1], event)].append(claim)
        elif clock and claim.label == ScoreKind.SCORE.value:
            # "45-35 with 13:41 to go" / "a 45-36 lead with 13:41 to play": one moment, two readings
            clocked[(claim.label, clock)].append(claim)
        else:
            moments[(claim.label or "", pair_key(claim))].append(claim)
    for key, members in list(clocked.items()):
        if len({c.source for c in members}) < 2 or len({pair_key(c) for c in members}) < 2:
            # no other source tells the moment, or all tell one pair: keyed by the pair as before
            for claim in clocked.pop(key):
                moments[(key[0], pair_key(claim))].append(claim)
    groups: list[list[Claim]] = list(clocked.values())
    for members in [*facts.values(), *moments.values()]:
        # one team's result or one coach's record is still told of several games or seasons:
        # only sentences telling the same one are compared
        groups.extend(cluster(members))
    return groups


@cache
def _clock_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(\d{{1,2}}:[0-5]\d)\s+(?:{alternation(entries('game_clock.txt'))})\b", re.IGNORECASE)


def game_clock(sentence: str) -> str | None:
    """The one game clock a sentence states ("with 13:41 to go" -> "13:41"), or None when
    it states none or several (a score's moment is then unknown)."""
    found = set(_clock_pattern().findall(sentence))
    return found.pop() if len(found) == 1 else None


def common_pair(claims: Sequence[Claim]) -> tuple[int, ...]:
    """The pair a source gives most often (ties: the first stated)."""
    counts = Counter(pair_key(c) for c in claims)
    return max(counts, key=lambda p: (counts[p], -min(c.start for c in claims if pair_key(c) == p)))
