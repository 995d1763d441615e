"""Where someone was wounded, as each source tells it: one victim, wounds in other places.

"Armstead was shot in the left arm", "Horton died from a shot in the face and chest",
"Cheanne McKnight is recovering from a graze wound to her cheek" each give a victim the
parts of the body a wound is in (``wordlists/body_parts.tsv``). A part lies in a larger
one (a cheek in the face), so "grazed in the cheek" and "a wound on her face" tell one
wound. Two sources that tell one victim's wounds alike AGREE; one that names a wound the
others do not is a SCOPE difference ("33/10 says Horton was hit in the face and chest;
33/4 in the chest only"); two that each name a wound the other does not are a VARIANT an
editor checks. The victim is the subject of a passive wound verb or the object of an
active one, or the subject of the verb a wound noun hangs from ("died from a shot",
"survived an injury"); an unnamed victim described by age ("the 34-year-old mother") is
the named victim of that age the sources give, when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimcheck.entities import person_groups, same_entity
from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, ClaimKind, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.members import AGE_LEMMAS
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import and_list
from claimcheck.wordfiles import rows

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group
    from claimcheck.readers.people import People

__all__ = ["WOUND", "judge_wounds", "named_ages", "wound_claims", "wound_groups"]

WOUND = "wound"
#: Verbs that wound a victim in a part of the body: "shot in the arm", "grazed in the cheek".
_WOUND_VERBS = frozenset(
    {"shoot", "strike", "hit", "wound", "graze", "stab", "injure", "hurt", "slash", "cut", "pierce"}
)
#: Nouns of a wound in a part of the body: "a shot in the face", "a graze wound to her cheek".
_WOUND_NOUNS = frozenset({"wound", "injury", "shot", "gunshot", "bullet", "graze", "laceration", "cut", "stab"})
#: Prepositions that put a wound in a part: "in the chest", "to her cheek", "on her arm".
_INTO = frozenset({"in", "to", "on", "into", "through"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Verbs that tell a belief, not a fact: "I thought she was shot in the head".
_BELIEF_VERBS = frozenset({"think", "believe", "fear", "assume", "suppose", "guess", "imagine", "suspect"})
#: Words before a name that are no part of it, for naming the victim: "Mrs Horton".
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})
_AGED = re.compile(r"\b(\d{1,3})[\s-]+years?[\s-]+old\b", re.IGNORECASE)


@cache
def _parts() -> dict[str, str]:
    """Each part of the body -> the larger part it lies in ("" for none)."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in rows("body_parts.tsv")}


@cache
def _part_ids() -> frozenset[int]:
    return frozenset(get_string_id(part) for part in _parts())


def _regions(part: str) -> tuple[str, ...]:
    """A part and every larger part it lies in: "cheek" -> ("cheek", "face", "head")."""
    found = [part]
    while (whole := _parts().get(found[-1], "")) and whole not in found:
        found.append(whole)
    return tuple(found)


def wound_claims(doc: Doc, text: str, people: People, before: Sequence[Claim] = ()) -> Iterator[Claim]:
    """A claim for each victim a sentence wounds in named parts of the body, with the parts
    in the order written ("face, chest") and the age the article gives the victim.

    ``before`` are the claims read before: their ages of named people, and the spans of
    their relation claims (a claim over the same characters would share its span)."""
    if not doc.has_annotation("DEP"):
        return
    ids = _part_ids()
    found: dict[tuple[int, int], tuple[Token, Token, list[Token]]] = {}  # (sentence, victim) -> word, victim, parts
    for i in doc_arrays(doc).where(LEMMA, ids):
        part = doc[i]
        if part.pos_ != "NOUN":
            continue
        wounded = _wounded(part)
        if wounded is None:
            continue
        word, victim = wounded
        if _believed(word):
            continue  # "I thought she was shot in the head": a belief, not a wound
        key = (part.sent.start, victim.i)
        if key in found:
            found[key][2].append(part)
        else:
            found[key] = (word, victim, [part])
    if not found:
        return
    ages = named_ages(c for c in before if c.kind is ClaimKind.QUANTITY)
    seen = {(c.start, c.end) for c in before if c.kind is ClaimKind.RELATION}
    for word, victim, parts in found.values():
        claim = _claim(doc, text, people, ages, word, victim, parts)
        if claim is not None and (claim.start, claim.end) not in seen:
            seen.add((claim.start, claim.end))
            yield claim


def _wounded(part: Token) -> tuple[Token, Token] | None:
    """The wound word and the victim a body part is the place of a wound of, or None."""
    while part.dep_ == "conj" and part.head.pos_ == "NOUN":
        part = part.head  # "the face and [chest]"
    prep = part.head
    if part.dep_ != "pobj" or prep.lower_ not in _INTO:
        return None
    word = prep.head
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB" and lemma in _WOUND_VERBS:
        passive = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
        victim = passive or next((c for c in word.children if c.dep_ == "dobj"), None)
        return (word, victim) if victim is not None else None
    if word.pos_ == "VERB":  # "survived an injury [on his hand]": the place hung on the verb
        wound = next((c for c in word.children if c.dep_ == "dobj" and c.lemma_.lower() in _WOUND_NOUNS), None)
        if wound is None or wound.i > prep.i:
            return None
        subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
        return (wound, subject) if subject is not None else None
    if word.pos_ != "NOUN" or lemma not in _WOUND_NOUNS:
        return None
    verb = word.head  # "died from a shot", "survived an injury", "is recovering from a wound"
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ == "ROOT":
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return (word, subject) if subject is not None else None


def _believed(word: Token) -> bool:
    """Whether a wound is told as somebody's belief ("thought she was shot") or as possible
    ("may have been hit"), not as a fact."""
    if any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in word.children):
        return True
    return any(a.lemma_.lower() in _BELIEF_VERBS and a.pos_ == "VERB" for a in word.ancestors)


def named_ages(claims: Iterable[Claim]) -> dict[str, int]:
    """The ages the claim readers gave named people ("Horton, 34,", "34-year-old Zurana
    Horton"), the first for each name: the age of a victim named in another sentence."""
    ages: dict[str, int] = {}
    for claim in claims:
        q = claim.quantity
        if claim.agent and claim.noun_lemma in AGE_LEMMAS and q is not None and q.value is not None:
            ages.setdefault(claim.agent, int(q.value))
    return ages


def _claim(
    doc: Doc, text: str, people: People, ages: dict[str, int], word: Token, victim: Token, parts: list[Token]
) -> Claim | None:
    """The claim for one victim's wounds in one sentence, or None when the victim is no one
    the text names or describes by age."""
    named = next((c for c in victim.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    name = people.name_of(named if named is not None else victim)
    described = _AGED.search(doc[victim.left_edge.i : victim.i + 1].text)
    age = int(described.group(1)) if described else None
    if name is None:
        if age is None:
            return None
        patient = f"{age}-year-old {victim.lemma_.lower()}"
    else:
        patient = name
        age = age if age is not None else _age_of(name, ages)
    parts = [_whole_named(p) for p in sorted(parts, key=lambda t: t.i)]
    places = list(dict.fromkeys(p.lemma_.lower() for p in parts))
    start = min(victim.left_edge.i, word.i)
    end = max(p.i for p in parts) + 1
    relation = Relation(
        event=WOUND,
        predicate=word.lemma_.lower(),
        patient=patient,
        patient_label="PERSON" if name is not None else None,
        extra=", ".join(places),
        patient_age=age,
    )
    return relation_claim(word, text, doc[start:end], relation)


def _whole_named(part: Token) -> Token:
    """The part a wound is in when its place is given as part of another: "the back of
    the head" is the head, "the side of the face" the face."""
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is not None and whole.lemma_.lower() in _parts():
        return whole
    return part


def _age_of(name: str, ages: dict[str, int]) -> int | None:
    """The age a Doc gives a name, under that name or a fuller or shorter one of it."""
    if name in ages:
        return ages[name]
    found = {a for n, a in ages.items() if same_entity(n, name, "PERSON")}
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------- grouping


def wound_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Wound claims grouped by victim, allowing the spelling variants of people; a victim
    described by age joins the one named victim the sources give that age."""
    read = [c for c in sorted(claims, key=lambda c: (c.source, c.start)) if c.relation is not None]
    described = [c for c in read if c.relation.patient_label != "PERSON"]  # type: ignore[union-attr]
    named = person_groups((c for c in read if c.relation.patient_label == "PERSON"), _named_victim)  # type: ignore[union-attr]
    others: dict[str, list[Claim]] = {}
    for claim in described:
        age = claim.relation.patient_age  # type: ignore[union-attr]
        of_age = [g for g in named if any(c.relation.patient_age == age for c in g)]  # type: ignore[union-attr]
        if len(of_age) == 1:
            of_age[0].append(claim)
        else:
            others.setdefault(claim.relation.patient or "", []).append(claim)  # type: ignore[union-attr]
    return named + list(others.values())


def _named_victim(claim: Claim) -> str:
    """The victim a wound claim names."""
    return claim.relation.patient or ""  # type: ignore[union-attr]


# ---------------------------------------------------------------- verdicts


def _covers(parts: Iterable[str], part: str) -> bool:
    """Whether a source's wounds include one in ``part``: the part itself, a part it lies
    in ("a wound on her face" covers "grazed in the cheek") or a part inside it."""
    return any(p in _regions(part) or part in _regions(p) for p in parts)


def judge_wounds(group: Group, total: int) -> list[Finding]:
    """AGREE when the sources name the same wounds, SCOPE when one names wounds the
    others do not, VARIANT when two sources each name a wound the other does not;
    nothing for one source."""
    by_source = claims_by_source(group.claims)
    if len(by_source) < 2:
        return []
    victim = _victim(group.claims)
    told = {
        s: list(dict.fromkeys(p for c in cs if c.relation for p in (c.relation.extra or "").split(", ") if p))
        for s, cs in by_source.items()
    }
    extra = {
        s: [p for p in parts if not all(_covers(other, p) for o, other in told.items() if o != s)]
        for s, parts in told.items()
    }
    adding = sorted(s for s, parts in extra.items() if parts)
    subject = f"wounds: {victim}"
    notes = _described_notes(group.claims, victim)
    if not adding:
        said = f"The sources agree on where {victim} was wounded: in the {and_list(next(iter(told.values())))}."
        return [group_finding(Status.AGREE, group, total, said, notes, subject=subject)]
    rest = sorted(s for s in told if s not in adding)
    if len(adding) == 1:
        wide = adding[0]
        said = (
            f"{wide} says {victim} was wounded in the {and_list(told[wide])}; "
            + "; ".join(f"{s} in the {and_list(told[s])} only" for s in rest)
            + "."
        )
        return [group_finding(Status.SCOPE, group, total, said, notes, subject=subject)]
    said = (
        "The sources name different wounds of "
        + f"{victim}: "
        + "; ".join(f"{s} in the {and_list(told[s])}" for s in sorted(told))
        + "."
    )
    return [group_finding(Status.VARIANT, group, total, said, notes, subject=subject)]


def _described_notes(claims: Sequence[Claim], victim: str) -> list[str]:
    """Say which sources name the victim only by an age, read as the named victim's."""
    if not any(c.relation and c.relation.patient_label == "PERSON" for c in claims):
        return []
    unnamed = {c.source: c.relation.patient for c in claims if c.relation and c.relation.patient_label != "PERSON"}
    return [
        f"{source} names no one: its {described} is read as {victim}, the one victim of that age the sources name."
        for source, described in sorted(unnamed.items())
    ]


def _victim(claims: Sequence[Claim]) -> str:
    names = [c.relation.patient or "" for c in claims if c.relation and c.relation.patient_label == "PERSON"]
    if names:  # the fullest name, titles aside: "Zurana Horton" over "Mrs Horton"
        return max(names, key=lambda n: (sum(w.lower() not in _HONORIFICS for w in n.split()), len(n), n))
    return "the " + min(c.relation.patient or "" for c in claims if c.relation)
