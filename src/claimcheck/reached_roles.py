"""A role someone reached or only hoped for, as each source tells it.

"Reyes had made the rank of sergeant" and "Reyes had hoped to become a sergeant" disagree
on whether one person held a role: a VARIANT an editor checks (the later report may know
more), never a conflict. A role is read after "become", "be promoted to" and "make the rank
of"; it is only hoped for when that verb hangs from a verb of wishing
(``wordlists/hope_verbs.txt``: "had hoped to become", "wanted to become") and reached when
the verb is stated plainly in the past ("became", "had made", "was promoted to"). A role
that is to come ("will become"), denied, or the purpose of another verb ("scored 23 points
to become the leader") is neither. The person is the subject (a pronoun read by
:class:`~claimcheck.readers.people.People`; "Reyes, who had hoped to ..." is Reyes); a
person the text leaves unnamed ("the veteran, who learned he had made the rank of ...")
is taken for the one named person the other sources give that role to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimcheck.entities import person_groups
from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import longest, say, shortest
from claimcheck.wordfiles import entries

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group
    from claimcheck.readers.people import People

__all__ = ["HOPED", "REACHED_ROLE", "judge_reached_roles", "reached_role_claims", "reached_role_groups"]

REACHED_ROLE = "reached_role"
#: The modality of a role only wished for.
HOPED = "hoped"
_VERBS = frozenset({"become", "make", "promote"})
#: Nouns a role is the "of" object of: "made the rank of detective".
_RANK_NOUNS = frozenset({"rank", "grade"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_DONE = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must", "can"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


@cache
def _hope_words() -> frozenset[str]:
    return frozenset(entries("hope_verbs.txt"))


@cache
def _verb_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _VERBS)


def reached_role_claims(doc: Doc, text: str, lowered: str, people: People) -> Iterator[Claim]:
    """A claim for each role a person is said to have reached or hoped to reach
    (``lowered`` is ``text.lower()``, probed first for the verbs)."""
    if not any(w in lowered for w in ("becom", "became", "made the", "promot")) or not doc.has_annotation("DEP"):
        return
    for i in doc_arrays(doc).where(LEMMA, _verb_ids()):
        verb = doc[i]
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        role = _role_of(verb)
        if role is None:
            continue
        hoped = verb.dep_ == "xcomp" and verb.head.lower_ in _hope_words()
        if not hoped and (verb.dep_ == "xcomp" or verb.tag_ not in _PAST_TAGS or _not_done(verb)):
            continue
        holder = verb.head if hoped else verb
        if any(c.dep_ == "neg" for c in holder.children) or _not_done(holder):
            continue
        subjects = _subjects(holder)
        if not subjects:
            continue
        named = [(s, n) for s in subjects if (n := people.name_of(s))]
        subject, person = named[0] if named else (subjects[0], None)
        start = min(subject.i, holder.i) if subject.sent == verb.sent else holder.i
        span = doc[start : role.i + 1]
        relation = Relation(
            event=REACHED_ROLE,
            predicate=verb.lemma_,
            patient=person,
            patient_label="PERSON" if person else None,
            extra=role.lemma_.lower(),
            modality=HOPED if hoped else None,
        )
        yield relation_claim(verb, text, span, relation)


def _role_of(verb: Token) -> Token | None:
    """The role noun after "become", "promoted to" or "made the rank of"."""
    for child in verb.children:
        if verb.lemma_ == "become" and child.dep_ in {"attr", "oprd"} and child.pos_ == "NOUN":
            return child
        if verb.lemma_ == "promote" and child.dep_ == "prep" and child.lower_ == "to":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            return _unranked(obj) if obj is not None and obj.pos_ == "NOUN" else None
        if verb.lemma_ == "make" and child.dep_ == "dobj" and child.lemma_ in _RANK_NOUNS:
            return _unranked(child)
    return None


def _unranked(noun: Token) -> Token | None:
    """ "the rank of detective" -> "detective"; other nouns stand for themselves."""
    if noun.lemma_ not in _RANK_NOUNS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None and obj.pos_ == "NOUN" else None


def _not_done(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb ("A veteran, Reyes had hoped ..." has two); "Reyes, who had
    hoped to ..." is about Reyes."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if verb.dep_ == "relcl" and any(s.tag_ in {"WP", "WDT"} for s in subjects):
        return [verb.head]
    return subjects


# ---------------------------------------------------------------- groups and verdicts


def reached_role_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped by role and person; an unnamed person joins the one named person
    the other claims of that role are about."""
    by_role: dict[str, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        by_role.setdefault(claim.relation.extra or "", []).append(claim)  # type: ignore[union-attr]
    groups: list[list[Claim]] = []
    for members in by_role.values():
        unnamed = [c for c in members if not c.relation.patient]  # type: ignore[union-attr]
        people = person_groups((c for c in members if c.relation.patient), _holder)  # type: ignore[union-attr]
        if len(people) == 1:
            people[0].extend(unnamed)
        groups.extend(sorted(p, key=lambda c: (c.source, c.start)) for p in people)
    return groups


def _holder(claim: Claim) -> str:
    """The one a role claim says reached, or hoped for, the role."""
    return claim.relation.patient or ""  # type: ignore[union-attr]


def judge_reached_roles(group: Group, total: int) -> list[Finding]:
    """VARIANT when one source says a person reached a role another says they only hoped
    for; AGREE when all say the same; nothing for one source."""
    if len(claims_by_source(group.claims)) < 2:
        return []
    person = longest(c.relation.patient or "" for c in group.claims)  # type: ignore[union-attr]
    role = group.claims[0].relation.extra or ""  # type: ignore[union-attr]
    hoped = [c for c in group.claims if c.relation.modality == HOPED]  # type: ignore[union-attr]
    reached = [c for c in group.claims if c.relation.modality != HOPED]  # type: ignore[union-attr]
    hoped_only = sorted({c.source for c in hoped} - {c.source for c in reached})
    reached_sources = sorted({c.source for c in reached})
    if not hoped_only or not reached_sources:
        return [group_finding(Status.AGREE, group, total, f"The sources agree on whether {person} became a {role}.")]
    said = shortest(c.shown for c in reached)
    wished = shortest(c.shown for c in hoped if c.source in hoped_only)
    explanation = (
        f"{say(reached_sources)} {person} reached the role of {role} (“{said}”); "
        f"{say(hoped_only)} {person} only hoped to (“{wished}”)."
    )
    return [group_finding(Status.VARIANT, group, total, explanation, subject=f"role reached: {person}")]
