"""Scores and records as claims: "won 27-17", "improved to 8-4", "a 3-11 record", "7-of-12".

A score or a record is an ordered pair, never a range: it is its own kind of claim
(:attr:`ClaimKind.SCORE`), read by :func:`claimcheck.readers.scores.find_scores`, aligned by whose
it is and what the sentence tells (:func:`align_scores`), and judged by comparing the
pairs themselves (:func:`judge_score`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from spacy.tokens import Doc

from claimcheck.lexicon import PACKAGED, Lexicon
from claimcheck.models import Claim, ClaimKind
from claimcheck.placement import placed
from claimcheck.readers.scores import ScoreKind, find_scores, result_sides
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
        quote = sentence_of(doc, m.start, m.end)
        source, column, offset = placed(text, m.start, m.end, quote)
        yield Claim(
            kind=ClaimKind.SCORE,
            source=source,
            text=text[m.start : m.end],
            start=m.start,
            end=m.end,
            sentence=quote,
            display=text[m.start : m.end],
            label=m.kind.value,
            predicate=predicate_of(doc, m.start, m.end),
            agent=holder_of(doc, m.start, m.end),
            pair=pair,
            line=line_of(doc, m.start),
            column=column,
            sentence_offset=offset,
        )


def pair_key(claim: Claim) -> tuple[int, ...]:
    """The pair as compared: a game score in either order is one result (65-53 = 53-65);
    a record or a made-attempted tally keeps its order (8-4 is not 4-8)."""
    pair = claim.pair or ()
    if claim.label == ScoreKind.SCORE.value:
        return tuple(sorted(pair, reverse=True))
    return tuple(pair)


def align_scores(
    claims: Sequence[Claim], cluster: Callable[[list[Claim]], list[list[Claim]]], words: Lexicon = PACKAGED
) -> list[list[Claim]]:
    """Group scores that state one result.

    A final result (its verb says who won or lost) and a record, each of a named holder,
    are compared across sources whatever the pair says, within sentences that tell the
    same game or season (``cluster``); any other score (a running score, "made it 45-35")
    is grouped only with the same pair in a like sentence, so two moments of a game are
    never called a conflict. Running scores that sources state at one game clock ("with
    13:41 to go"), each alone in its sentence, are one moment: their pairs are compared.
    ``words`` gives the event classes of the verbs.
    """
    buckets: dict[str, dict[tuple, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    per_sentence = Counter((c.source, c.sentence) for c in claims)
    for claim in claims:
        bucket, key = _bucket(claim, per_sentence[(claim.source, claim.sentence)] == 1, words)
        buckets[bucket][key].append(claim)
    facts, moments, clocked, lines = (buckets[b] for b in ("fact", "moment", "clock", "line"))
    _join_unnamed_opponents(facts)
    for key in [k for k, members in clocked.items() if not _rival_readings(members)]:
        # no other source tells the moment, or all tell one pair: keyed by the pair as before
        for claim in clocked.pop(key):
            moments[(key[0], pair_key(claim))].append(claim)
    groups: list[list[Claim]] = list(clocked.values())
    results: dict[str, list[list[Claim]]] = defaultdict(list)  # a winner's final results, game by game
    for (label, holder, event, _), members in facts.items():
        # one team's result or one coach's record is still told of several games or seasons:
        # only sentences telling the same one are compared
        found = cluster(members)
        groups.extend(found)
        if label == ScoreKind.SCORE.value and event == "win":
            results[holder].extend(found)
    for members in moments.values():
        groups.extend(cluster(members))
    for (winner, loser), told in lines.items():
        game = _main_game(results, winner, loser)
        if game is None:
            groups.append(told)
        else:
            game.extend(told)
    return groups


def _join_unnamed_opponents(facts: dict[tuple, list[Claim]]) -> None:
    """A result told without its opponent ("the Giants won 24-14") joins the one game of its
    side whose opponent other sentences name; with several such games it stays apart."""
    for key in [k for k in facts if not k[3]]:
        named = [k for k in facts if k[:3] == key[:3] and k[3]]
        if len(named) == 1:
            facts[named[0]].extend(facts.pop(key))


def _bucket(claim: Claim, alone: bool, words: Lexicon) -> tuple[str, tuple]:
    """Where a score is aligned, and under which key: a result line of its winner and loser,
    a final result or record of its holder, a running score at a game clock (``alone``: the
    only score of its sentence), or a moment of its pair."""
    event = words.predicate_class(claim.predicate) or ""
    event = event if event in words.classes else ""
    holder = (claim.agent or "").lower()
    sides = result_sides(claim.text) if claim.label == ScoreKind.SCORE.value else None
    if sides:  # "Creighton 65, Drake 53": the final result of its winner
        return "line", (sides[0].lower(), sides[1].lower())
    if holder and claim.label == ScoreKind.SCORE.value and event == "lose":
        winner = _side_after(_LOST_TO, claim.sentence)
        if winner:  # "the Jets lost 24-14 to the Giants": the Giants' win, told from the other side
            return "fact", (claim.label, winner, "win", holder.rsplit(" ", 1)[-1])
    if holder and (claim.label == ScoreKind.RECORD.value or event in FINAL_EVENTS):
        # "the Giants beat the Jets 24-17": the loser, when the sentence names one, tells the game
        loser = _side_after(_BEAT, claim.sentence) if claim.label == ScoreKind.SCORE.value and event == "win" else ""
        return "fact", (claim.label or "", holder.rsplit(" ", 1)[-1], event, loser or "")
    clock = game_clock(claim.sentence) if alone and claim.label == ScoreKind.SCORE.value else None
    if clock:  # "45-35 with 13:41 to go" / "a 45-36 lead with 13:41 to play": one moment, two readings
        return "clock", (claim.label, clock)
    return "moment", (claim.label or "", pair_key(claim))


#: "lost 24-14 to the Giants", "lost to No. 3 Kansas": the side a loss was to.
_LOST_TO = re.compile(
    r"\b(?:lost|loses|lose|losing|dropped|drops)\b(?:\s+\d+\s*[-\u2013]\s*\d+)?\s+to\s+(?:the\s+)?"
    r"(?:No\.\s*\d+\s+)?((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*)*)"
)


#: "beat the Jets", "defeated No. 9 Drake", "won 24-17 over the Jets": the side that lost.
_BEAT = re.compile(
    r"\b(?:beat|beats|defeated|defeats|downed|edged|routed|topped|won(?:\s+\d+\s*[-\u2013]\s*\d+)?\s+"
    r"(?:over|against))\s+(?:the\s+)?(?:No\.\s*\d+\s+)?((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*)*)"
)


def _side_after(pattern: re.Pattern[str], sentence: str) -> str | None:
    """The other side of a result a sentence names, by the last word of its name, lower-cased,
    when it names one: "the Jets lost 24-14 to the Giants" -> "giants" (``_LOST_TO``), "the
    Giants beat the Jets" -> "jets" (``_BEAT``)."""
    found = {m.group(1).rstrip(".").rsplit(" ", 1)[-1].lower() for m in pattern.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def _rival_readings(claims: Sequence[Claim]) -> bool:
    """Whether several sources give several pairs: readings of one moment worth comparing."""
    return len({c.source for c in claims}) > 1 and len({pair_key(c) for c in claims}) > 1


def _main_game(results: dict[str, list[list[Claim]]], winner: str, loser: str) -> list[Claim] | None:
    """The game a result line ("Creighton 65, Drake 53", often a headline) tells: the most
    widely told final result of its winner whose sentences name its loser (None: no such
    game, or two told as widely)."""
    games = [g for w in winner.split() for g in results.get(w, []) if any(_names(c.sentence, loser) for c in g)]
    reach = sorted((len({c.source for c in g}) for g in games), reverse=True)
    if not reach or (len(reach) > 1 and reach[0] == reach[1]):
        return None
    return max(games, key=lambda g: len({c.source for c in g}))


def _names(sentence: str, side: str) -> bool:
    """Whether a sentence names a side by any word of its name ("Drake" of "Drake Bulldogs")."""
    return any(re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE) for word in side.split())


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
