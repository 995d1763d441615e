"""Whom someone meant to hit, as each source tells it: one attacker, two different targets.

"Kessler was aiming at rival gang members" and "Kessler was aiming at a neighbour he had
argued with" give one shooter two intended targets: a VARIANT an editor checks. Read from
"aim at / for X", "target X" and shots "intended / meant for X"; the attacker is the
subject (a pronoun read by :class:`~claimcheck.readers.people.People`), the owner of the shots
("his rounds were meant for X") or the subject of the verb the shots are the object of
("fired shots meant for X"). Only a named person is an attacker, so "a campaign targeting
voters" says nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.entities import person_groups
from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.relations import phrase_end, relation_claim
from claimcheck.tally import longest, say, shortest, sides

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group
    from claimcheck.readers.people import People

__all__ = ["TARGET", "judge_targets", "target_claims", "target_groups"]

TARGET = "target"
#: Verbs whose "at" / "for" object is the intended target.
_AIM_VERBS = frozenset({"aim"})
#: Verbs whose object is the intended target.
_TARGET_VERBS = frozenset({"target"})
#: Verbs that, in the passive, say shots were meant for a target: "intended for", "meant for".
_MEANT_VERBS = frozenset({"intend", "mean"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "appos", "cc", "conj"})
_WORD = re.compile(r"[a-z0-9]+")
_FILLER = frozenset({"a", "an", "the", "of", "his", "her", "their", "some", "several", "from"})


def target_claims(doc: Doc, text: str, people: People, taken: Iterable[tuple[int, int]] = ()) -> Iterator[Claim]:
    """A claim for each named attacker's intended target (``taken``: spans other relation
    claims hold already, left alone)."""
    if not doc.has_annotation("DEP"):
        return
    ids = _lemma_ids()
    seen = set(taken)
    for i in doc_arrays(doc).where(LEMMA, ids):
        if doc[i].pos_ != "VERB" or any(c.dep_ == "neg" for c in doc[i].children):
            continue
        found = _read(doc[i], people)
        if found is None:
            continue
        attacker, target, span = found
        if (span.start_char, span.end_char) not in seen:
            seen.add((span.start_char, span.end_char))
            yield _claim(doc[i], text, attacker, target, span)


@lru_cache(maxsize=1)
def _lemma_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _AIM_VERBS | _TARGET_VERBS | _MEANT_VERBS)


def _read(verb: Token, people: People) -> tuple[str, Token, Span] | None:
    """(attacker, target noun, span) of one verb, or None."""
    lemma = verb.lemma_
    if lemma in _MEANT_VERBS:
        target = _object_of(verb, ("for",))
        shots = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "acl":  # "fired the shots meant for X"
            shots = verb.head
        if target is None or shots is None:
            return None
        owner = next((c for c in shots.children if c.dep_ == "poss"), None)
        subject = owner if owner is not None else _subject(shots.head) if shots.dep_ == "dobj" else None
    elif lemma in _AIM_VERBS:
        target = _object_of(verb, ("at", "for"))
        subject = _subject(verb)
    else:
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject = _subject(verb)
    if target is None or subject is None or target.pos_ not in {"NOUN", "PROPN"}:
        return None
    attacker = people.name_of(subject)
    if not attacker:
        return None
    doc = verb.doc
    start = min(subject.i, verb.i) if subject.sent == verb.sent else verb.i
    return attacker, target, doc[start : phrase_end(target, _CLAUSE_DEPS) + 1]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _object_of(verb: Token, preps: Sequence[str]) -> Token | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _claim(verb: Token, text: str, attacker: str, target: Token, span: Span) -> Claim:
    last = target.doc[phrase_end(target, _CLAUSE_DEPS)]
    aimed = text[target.left_edge.idx : last.idx + len(last)]
    relation = Relation(event=TARGET, predicate=verb.lemma_, agent=attacker, patient=aimed)
    return relation_claim(verb, text, span, relation)


# ---------------------------------------------------------------- groups and verdicts


def target_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Target claims grouped by attacker, allowing the spelling variants of people."""
    return person_groups(sorted(claims, key=lambda c: (c.source, c.start)), _attacker)


def _attacker(claim: Claim) -> str:
    """The attacker a target claim names."""
    return claim.relation.agent or ""  # type: ignore[union-attr]


def _content(target: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in _WORD.findall(target.lower()) if w not in _FILLER)


def judge_targets(group: Group, total: int) -> list[Finding]:
    """VARIANT when two sources give one attacker targets that share no word; else AGREE;
    nothing for one source."""
    by_source = claims_by_source(group.claims)
    if len(by_source) < 2:
        return []
    attacker = longest(c.relation.agent or "" for c in group.claims)  # type: ignore[union-attr]
    said = {s: [" ".join((c.relation.patient or "").split()) for c in cs] for s, cs in sorted(by_source.items())}  # type: ignore[union-attr]
    parted = sides(said, lambda source: _content(said[source][0]), lambda side, own: not side.isdisjoint(own))
    if len(parted) < 2:
        return [group_finding(Status.AGREE, group, total, f"The sources agree on whom {attacker} was aiming at.")]
    parts = []
    for n, (_, srcs) in enumerate(parted):
        target = shortest(t for s in srcs for t in said[s][:1])
        parts.append(f"{say(srcs)} {attacker + ' was aiming ' if n == 0 else ''}at “{target}”")
    return [group_finding(Status.VARIANT, group, total, "; ".join(parts) + ".")]
