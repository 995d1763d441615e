"""Why someone died, as each source tells it: a cause given against a cause said to be unknown.

"Kessler died of a heart attack" names a cause; "the cause of his death was not known" and
"officials did not give the cause of death" say there is none yet. One source naming a
cause the others call unknown is a VARIANT an editor checks (the cause may be a guess, or
news the others lacked); two different causes ("of cancer" / "of a heart attack") are a
CONFLICT. The person is the subject of "died", the owner of "death" ("his death", a
pronoun read by :class:`~claimcheck.readers.people.People`), or the one person the sentence is
about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.people import surname
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import longest, say

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group
    from claimcheck.readers.people import People

__all__ = ["DEATH_CAUSE", "UNKNOWN", "death_cause_claims", "judge_death_causes"]

DEATH_CAUSE = "death_cause"
#: The ``extra`` of a claim that says the cause is not known.
UNKNOWN = "unknown"
#: Words that say a cause is not known: "the cause was unknown", "remains unclear".
_UNKNOWN_WORDS = frozenset({"unknown", "unclear", "undetermined", "uncertain", "unannounced", "unreleased"})
#: Verbs that, negated, say a cause is not known or not given: "was not known", "did not provide".
_GIVE_VERBS = frozenset(
    {"know", "determine", "announce", "release", "disclose", "give", "provide", "reveal", "establish", "confirm"}
)
_WORD = re.compile(r"[a-z]+")
#: Words that say nothing about which cause: "apparent heart disease" is "heart disease".
_HEDGES = frozenset({"a", "an", "the", "his", "her", "apparent", "apparently", "of", "suspected", "possible"})


def death_cause_claims(doc: Doc, text: str, people: People, taken: Iterable[tuple[int, int]] = ()) -> Iterator[Claim]:
    """A claim for each "X died of Y" and each "the cause of (X's) death was Y / unknown".

    ``taken`` are the character spans of relation claims read before: a claim over the
    same characters would share their span in the spaCy component, so it is left out."""
    if not doc.has_annotation("DEP"):
        return
    ids = _lemma_ids()
    at = doc_arrays(doc).where(LEMMA, ids)
    dying = [doc[i] for i in at if doc[i].lemma_ == "die" and doc[i].pos_ == "VERB"]
    dead = {name for verb in dying if (name := _subject_name(verb, people))}
    seen: set[tuple[int, int]] = set(taken)
    for i in at:
        tok = doc[i]
        if tok.lemma_ == "die" and tok.pos_ == "VERB":
            found = _died_of(tok, people)
        elif tok.lemma_ == "cause" and tok.pos_ == "NOUN":
            found = _cause_of_death(tok, people, dead)
        else:
            continue
        if found is not None and (found[2].start_char, found[2].end_char) not in seen:
            seen.add((found[2].start_char, found[2].end_char))
            yield _claim(tok, text, *found)


def _subject_name(verb: Token, people: People) -> str | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return people.name_of(subject) if subject is not None else None


@lru_cache(maxsize=1)
def _lemma_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in ("die", "cause"))


def _died_of(verb: Token, people: People) -> tuple[str, str, Span] | None:
    """ "Kessler died of a heart attack": (person, cause, span)."""
    # the cause hangs from the verb or from a date beside it ("died early Monday of ...")
    holders = [verb, *(c for c in verb.children if c.dep_ in {"npadvmod", "tmod"})]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}]
    cause = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if cause is None or subject is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    person = people.name_of(subject)
    if not person:
        return None
    doc = verb.doc
    named = doc[cause.left_edge.i : cause.i + 1]  # "apparent heart disease", not "... at the hospital"
    return person, named.text, doc[min(subject.left_edge.i, verb.i) : cause.i + 1]


def _cause_of_death(cause: Token, people: People, dead: set[str]) -> tuple[str, str, Span] | None:
    """ "The cause of his death was unknown", "did not give the cause of death": (person,
    cause or :data:`UNKNOWN`, span). A death nobody owns is that of the one person the
    article says died, or else of the one person the sentence is about."""
    death = next(
        (o for c in cause.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.lemma_ == "death"),
        None,
    )
    if death is None:
        return None
    owner = next((c for c in death.children if c.dep_ == "poss"), None)
    person = (people.name_of(owner) if owner is not None else None) or _whose(cause, people, dead)
    if not person:
        return None
    verb = cause.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    doc = cause.doc
    if cause.dep_ == "dobj" and negated and verb.lemma_ in _GIVE_VERBS:  # "did not give the cause of death"
        return person, UNKNOWN, doc[verb.i : death.right_edge.i + 1]
    if cause.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    start = cause.i  # "cause of death was ...": not the determiner, which another claim may start at
    if verb.lemma_ in _GIVE_VERBS and negated:  # "the cause of death was not announced"
        return person, UNKNOWN, doc[start : verb.i + 1]
    for child in verb.children:
        if child.dep_ in {"acomp", "attr"}:
            end = child.right_edge.i + 1
            if child.lower_ in _UNKNOWN_WORDS or (child.lemma_ in _GIVE_VERBS and negated):
                return person, UNKNOWN, doc[start:end]  # "was unknown", "was not immediately known"
            if child.dep_ == "attr" and not negated and child.pos_ == "NOUN":
                return person, doc[child.left_edge.i : end].text, doc[start:end]  # "was a heart attack"
    return None


def _whose(cause: Token, people: People, dead: set[str]) -> str | None:
    """Whose death a sentence means that does not say: the one person the article says died
    who is named in the sentence, else the one the article says died, else the one person
    the sentence is about ("The cause of death was unknown, but Kessler had been ill")."""
    named = {surname(n): n for t in cause.sent if t.pos_ == "PROPN" and (n := people.name_of(t))}
    dying: dict[str, str] = {}
    for n in sorted(dead):  # one name a surname, the same whatever order the set holds them in
        dying.setdefault(surname(n), n)
    here = [dying[k] for k in dying if k in named]
    if len(here) == 1:
        return here[0]
    if len(dying) == 1 and not here:
        return next(iter(dying.values()))
    return people.about(cause)


def _claim(tok: Token, text: str, person: str, cause: str, span: Span) -> Claim:
    relation = Relation(event=DEATH_CAUSE, predicate=tok.lemma_, patient=person, patient_label="PERSON", extra=cause)
    return relation_claim(tok, text, span, relation)


# ---------------------------------------------------------------- verdicts


def _content(cause: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(cause.lower()) if w not in _HEDGES)


def judge_death_causes(group: Group, total: int) -> list[Finding]:
    """VARIANT when one source names a cause others call unknown, CONFLICT for two causes
    that share no word, AGREE when the sources tell it alike; nothing for one source."""
    by_source = claims_by_source(group.claims)
    if len(by_source) < 2:
        return []
    person = longest(c.relation.patient or "" for c in group.claims)  # type: ignore[union-attr]
    known = {s: [c for c in cs if c.relation.extra != UNKNOWN] for s, cs in by_source.items()}  # type: ignore[union-attr]
    named = {s: cs for s, cs in known.items() if cs}
    unknown = sorted(s for s, cs in known.items() if not cs)
    causes = [(s, _content(cs[0].relation.extra or "")) for s, cs in sorted(named.items())]  # type: ignore[union-attr]
    clash = next(((a, b) for i, (a, x) in enumerate(causes) for b, y in causes[i + 1 :] if not x & y), None)
    if clash is not None:
        a, b = clash
        said = f"{a} says {person} died of {_q(named[a][0])}; {b} says of {_q(named[b][0])}."
        return [_finding(Status.CONFLICT, group, total, said)]
    if named and unknown:
        first = sorted(named)[0]
        said = f"{say(named)} {person} died of {_q(named[first][0])}; {say(unknown)} the cause of death was not known."
        return [_finding(Status.VARIANT, group, total, said)]
    return [_finding(Status.AGREE, group, total, f"The sources agree on the cause of death of {person}.")]


def _q(claim: Claim) -> str:
    return f"“{' '.join((claim.relation.extra or '').split())}”"  # type: ignore[union-attr]


def _finding(status: Status, group: Group, total: int, explanation: str) -> Finding:
    subject = f"cause of death: {longest(c.relation.patient or '' for c in group.claims)}"  # type: ignore[union-attr]
    return group_finding(status, group, total, explanation, subject=subject)
