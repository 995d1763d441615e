"""Who found a victim, as each source tells it: one victim, two finders.

"Reyes's body was discovered by neighbours" and "a jogger who found the wounded officer"
give one victim two finders: a VARIANT an editor checks (both may be true: one found him,
another called for help), never a conflict. Read from "find" and "discover" with the
finder as the subject (the noun a "who" clause hangs from: "a jogger who found ...") or
the "by" object of the passive. The one found is a person the sentence names (a pronoun
read by :class:`~claimcheck.readers.people.People`), the owner of a found body ("Reyes's
body"), or a description of the victim ("the body", "the wounded officer"), taken for the
one named person the article's relation claims say was killed or injured. "Found guilty"
and other findings of a jury are not about finding anyone. Finders are compared by kind
(``wordlists/finder_nouns.tsv``: "police" and "deputies" are one kind of finder).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimcheck.entities import person_groups, same_entity
from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import longest, say, shortest, sides
from claimcheck.wordfiles import entries, rows

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group
    from claimcheck.readers.people import People

__all__ = ["FOUND_BY", "finder_claims", "finder_groups", "judge_finders"]

FOUND_BY = "found_by"
_VERBS = frozenset({"find", "discover"})
#: Complements that make "found" a judgement, not a discovery: "found guilty", "found true".
_JUDGED = frozenset({"guilty", "innocent", "liable", "responsible", "true", "competent", "fit", "unfit", "insane"})
#: Words on a noun that describe someone as the victim: "the wounded officer".
_HURT = frozenset({"wounded", "injured", "slain", "dead", "dying", "bleeding", "unconscious", "lifeless"})
#: Relation events whose patient is a victim.
_CASUALTY_EVENTS = frozenset({"killed", "injured"})
_WORD = re.compile(r"[a-z]+")


@cache
def _kinds() -> dict[str, str]:
    return {row[1]: row[0] for row in rows("finder_nouns.tsv")}


@cache
def _victim_nouns() -> frozenset[str]:
    return frozenset(entries("found_victim_nouns.txt"))


@cache
def _verb_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _VERBS)


def finder_claims(doc: Doc, text: str, lowered: str, people: People, before: Sequence[Claim] = ()) -> Iterator[Claim]:
    """A claim for each person (or victim's body) found by someone the sentence names
    (``lowered`` is ``text.lower()``, probed first; ``before`` are the claims read before,
    whose casualties are the victim a description stands for)."""
    if not ("found" in lowered or "discover" in lowered) or not doc.has_annotation("DEP"):
        return
    victim: str | None = None
    victims_read = False
    for i in doc_arrays(doc).where(LEMMA, _verb_ids()):
        verb = doc[i]
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" or c.lower_ in _JUDGED for c in verb.children):
            continue
        read = _finder_and_found(verb)
        if read is None:
            continue
        finder, found = read
        person = _named_found(found, people)
        if person is None and _describes_victim(found):
            if not victims_read:
                victim, victims_read = _one_casualty(before), True
            person = victim
        if not person:
            continue
        span = doc[min(finder.left_edge.i, found.left_edge.i, verb.i) : max(finder.i, found.i, verb.i) + 1]
        relation = Relation(
            event=FOUND_BY,
            predicate=verb.lemma_,
            agent=_finder_text(finder),
            patient=person,
            patient_label="PERSON",
            passive=finder.head.dep_ == "agent",
        )
        yield relation_claim(verb, text, span, relation)


def _finder_and_found(verb: Token) -> tuple[Token, Token] | None:
    """(finder, found) of one verb: active subject and object, or passive "by" object and subject."""
    finder = found = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            finder = verb.head if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else child
        elif child.dep_ in {"dobj", "nsubjpass"}:
            found = child
        elif child.dep_ == "agent":
            finder = next((o for o in child.children if o.dep_ == "pobj"), None)
    if finder is None or found is None or finder.pos_ not in {"NOUN", "PROPN"}:
        return None
    return finder, found


def _named_found(found: Token, people: People) -> str | None:
    if found.lemma_ in _victim_nouns():
        owner = next((c for c in found.children if c.dep_ == "poss"), None)
        return people.name_of(owner) if owner is not None else None
    return people.name_of(found)


def _describes_victim(found: Token) -> bool:
    if found.pos_ != "NOUN":
        return False
    if found.lemma_ in _victim_nouns() and not any(c.dep_ == "poss" for c in found.children):
        return True
    return any(c.dep_ == "amod" and c.lower_ in _HURT for c in found.children)


def _one_casualty(claims: Sequence[Claim]) -> str | None:
    """The one named person the claims read before say was killed or injured, or None."""
    named: list[str] = []
    for claim in claims:
        rel = claim.relation
        if rel is None or rel.event not in _CASUALTY_EVENTS or rel.patient_label != "PERSON" or not rel.patient:
            continue
        if not any(same_entity(rel.patient, n, "PERSON") for n in named):
            named.append(rel.patient)
    return named[0] if len(named) == 1 else None


def _finder_text(finder: Token) -> str:
    """The finder as written, without the clause after it: "A passer-by who found ..." -> "A passer-by"."""
    doc = finder.doc
    end = finder.i + 1
    while end < len(doc) and (doc[end].text == "-" or (doc[end].dep_ == "prt" and doc[end].head.i == finder.i)):
        end += 1
    return doc[finder.left_edge.i : end].text


# ---------------------------------------------------------------- groups and verdicts


def finder_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Finder claims grouped by the one found, allowing the spelling variants of people."""
    return person_groups(sorted(claims, key=lambda c: (c.source, c.start)), _found)


def _found(claim: Claim) -> str:
    """The one a finder claim says was found."""
    return claim.relation.patient or ""  # type: ignore[union-attr]


def _singular(word: str) -> str:
    """ "deputies" -> "deputy", "neighbors" -> "neighbor"; short words stand ("bus")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _kind_words(finder: str) -> frozenset[str]:
    """A finder's kinds and words: "A passer-by" -> {"passer-by", "passer", "by"}."""
    words = [_singular(w) for w in _WORD.findall(finder.lower())]
    kinds = _kinds()
    return frozenset(w for w in words if w not in {"a", "an", "the", "some", "two", "several", "his", "her"}) | {
        kinds[w] for w in words if w in kinds
    }


def judge_finders(group: Group, total: int) -> list[Finding]:
    """VARIANT when two sources' finders of one person share no kind and no word; else
    AGREE; nothing for one source."""
    by_source = claims_by_source(group.claims)
    if len(by_source) < 2:
        return []
    person = longest(c.relation.patient or "" for c in group.claims)  # type: ignore[union-attr]
    firsts = [claims[0] for claims in by_source.values()]
    parted = sides(firsts, lambda c: _kind_words(c.relation.agent or ""), lambda side, own: not side.isdisjoint(own))  # type: ignore[union-attr]
    if len(parted) < 2:
        return [group_finding(Status.AGREE, group, total, f"The sources agree on who found {person}.")]
    parts = []
    for _, claims in parted:
        finder = shortest(c.relation.agent or "" for c in claims)  # type: ignore[union-attr]
        parts.append(f"{say({c.source for c in claims})} {finder.lower()} (“{shortest(c.shown for c in claims)}”)")
    explanation = f"The sources name different finders of {person}: " + "; ".join(parts) + "."
    return [group_finding(Status.VARIANT, group, total, explanation, subject=f"who found {person}")]
