"""Ages listed for a group, matched to the group's members: "two sons, ages 6 and 16"
against "17-year-old Jeremy Ortiz, one of the deputy's sons"; "his two half-brothers, 17
and 22" against "his half-brother, Jonathan Carrasquillo, 24".

A listed age is some member's, not a named one's. Within one block of ages it goes to the
named member of its group (``Claim.group``) it can only be: first to a member another
source gives that very age, then, among the values left, to the one member left within
the ratio of a misreport. A value no member takes is the group's n-th youngest of a list
of that length, so two lists of one group compare value by value ("girls age 6 and 8"
against "8- and 10-year-old girls").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claimcheck.models import Claim
from claimcheck.tally import and_list

__all__ = ["listed_note", "place_listed", "plural"]

#: Plurals no suffix rule gives, for the group nouns of ``data/lexicon.json``.
_IRREGULAR = {
    "child": "children",
    "man": "men",
    "woman": "women",
    "stepchild": "stepchildren",
    "grandchild": "grandchildren",
}


def plural(noun: str) -> str:
    """The plural of a group noun ("girl" -> "girls", "child" -> "children")."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def listed_note(claims: Sequence[Claim]) -> str | None:
    """Say how a finding read ages from a list that says whose none is, or None: "16/5
    gives the ages of sons without saying whose each is; the one nearest Jeremy Ortiz's
    is read as Jeremy Ortiz's." """
    listed = list(dict.fromkeys(c.source for c in claims if c.group and not c.agent))
    if not listed:
        return None
    group = next(c.group for c in claims if c.group and not c.agent)
    holders = sorted({c.agent for c in claims if c.agent})
    who = and_list(listed)
    verb = "give" if len(listed) > 1 else "gives"
    said = f"{who} {verb} the ages of {plural(group or '')} without saying whose each is"
    if len(holders) == 1:
        return f"{said}; the one nearest {holders[0]}'s is read as {holders[0]}'s."
    return f"{said}; they are compared youngest with youngest."


def _value(claim: Claim) -> float | None:
    q = claim.quantity
    if q is None:
        return None
    return q.value if q.value is not None else (q.low + q.high) / 2


def _within(x: float, y: float, ratio: float) -> bool:
    return x > 0 and y > 0 and max(x, y) / min(x, y) <= ratio


def place_listed(buckets: dict[str | None, list[Claim]], ratio: float) -> None:
    """Move the listed ages of a block's buckets (holder key -> claims) to the named member
    each can only be, or to a bucket of its rank in its list ("group:girl:1/2"), in place."""
    lists = _take_lists(buckets)
    if not lists:
        return
    members: dict[str, set[str]] = defaultdict(set)  # group -> person keys
    for key, claims in buckets.items():
        if key and key.startswith("person:"):
            members_of = {c.group for c in claims if c.group}
            for group in members_of:
                members[group].add(key)
    for (source, _sentence, group), listed in sorted(lists.items(), key=lambda kv: kv[0]):
        listed.sort(key=lambda c: (_value(c), c.start))
        rank = {id(c): k for k, c in enumerate(listed, 1)}
        free = {m for m in members.get(group, ()) if all(c.source != source for c in buckets[m])}
        for claim in _placed_on_members(listed, free, buckets, ratio):
            buckets.setdefault(f"group:{group}:{rank[id(claim)]}/{len(listed)}", []).append(claim)


def _take_lists(buckets: dict[str | None, list[Claim]]) -> dict[tuple[str, str, str], list[Claim]]:
    """Take the listed ages out of the buckets, by source, sentence and group."""
    lists: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for key in list(buckets):
        for claim in list(buckets[key]):
            if claim.group and not claim.agent and _value(claim) is not None:
                buckets[key].remove(claim)
                lists[(claim.source, claim.sentence, claim.group)].append(claim)
        if not buckets[key]:
            del buckets[key]
    return lists


def _placed_on_members(
    listed: list[Claim], free: set[str], buckets: dict[str | None, list[Claim]], ratio: float
) -> list[Claim]:
    """Give a list's values to the members they can only be, and return those left."""
    left = list(listed)

    def values(member: str) -> list[float]:
        return [v for v in map(_value, buckets[member]) if v is not None]

    for claim in list(left):  # a value another source gives a member is that member's
        same = [m for m in free if _value(claim) in values(m)]
        if len(same) == 1:
            buckets[same[0]].append(claim)
            free.discard(same[0])
            left.remove(claim)
    for claim in list(left):  # else the one member left within a misreport of it
        x = _value(claim) or 0.0
        near = [m for m in free if any(_within(x, v, ratio) for v in values(m))]
        if len(near) != 1:
            continue
        rivals = [c for c in left if any(_within(_value(c) or 0.0, v, ratio) for v in values(near[0]))]
        if rivals == [claim]:
            buckets[near[0]].append(claim)
            free.discard(near[0])
            left.remove(claim)
    return left
