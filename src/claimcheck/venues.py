"""Where a case was heard, as each source tells it: one case, two places.

"A Dayton jury convicted Moreau" and "the sentencing at the county court in Xenia" put one
case's proceedings in two towns. A trial and a later hearing may really be held apart, so
this is a VARIANT an editor checks, never a conflict. A venue is a place written with a
noun that names a proceeding or the body hearing it (``wordlists/venue_nouns.txt``): before
it ("a Dayton jury", "the Dayton courtroom") or after "in" / "at" ("the hearing in Xenia").
Only the opening of an article (:data:`LEAD_SENTENCES`) is read: the proceeding it
reports is placed there. Left out: proceedings of another kind (``wordlists/venue_other_courts.txt``: an appeals court,
a grand jury), plural nouns ("Ohio trials"), a sentence that names a year (an earlier case:
"in 2007 a Utah jury found him guilty"), title-case headlines and denials. Places the
articles name as holding another place ("Xenia, Ohio") are regions, which agree with any
town inside them, so they are dropped before the venues are compared (see
:func:`claimcheck.align_relations.align_relations`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.entities import canonical, same_entity
from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.partof import entity_at
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import and_list, shortest, sides
from claimcheck.wordfiles import entries

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group

__all__ = ["VENUE", "judge_venues", "venue_claims", "venue_groups", "venue_key"]

VENUE = "venue"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: The sentences (headline and dateline lines among them) that open an article: the
#: proceeding it reports is placed there; a venue further down is mostly background, an
#: earlier hearing or another defendant's trial.
LEAD_SENTENCES = 8


@cache
def _nouns() -> frozenset[str]:
    return frozenset(entries("venue_nouns.txt"))


@cache
def _other_courts() -> frozenset[str]:
    return frozenset(entries("venue_other_courts.txt"))


@cache
def _noun_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _nouns())


def venue_claims(
    doc: Doc, text: str, lowered: str, headline: Callable[[Span], bool], ents: Sequence[Span] = ()
) -> Iterator[Claim]:
    """A claim for each proceeding written with the place it was held in (``lowered`` is
    ``text.lower()``, probed first so an article naming no proceeding costs nothing;
    ``ents`` the Doc's entities)."""
    if not any(word in lowered for word in _nouns()) or not doc.has_annotation("DEP"):
        return
    named: list[frozenset[str]] = []

    def places() -> frozenset[str]:
        if not named:
            named.append(frozenset(e.text for e in ents if e.label_ in _PLACE_LABELS))
        return named[0]

    arrays = doc_arrays(doc)
    starts = numpy.flatnonzero(arrays.array(SENT_START) == 1)
    lead_end = int(starts[LEAD_SENTENCES]) if len(starts) > LEAD_SENTENCES else len(doc)
    lead = arrays.column(LOWER)[:lead_end]
    hits = _noun_ids().intersection(lead)
    for i in (n for n, word in enumerate(lead) if word in hits) if hits else ():
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or any(c.lower_ in _other_courts() for c in noun.children):
            continue
        place = _place_of(noun, places)
        if place is None:
            continue
        sent = noun.sent
        if _YEAR.search(text, sent.start_char, sent.end_char) or headline(sent) or _denied(noun):
            continue
        span = doc[min(noun.left_edge.i, place.start) : max(noun.i + 1, place.end)]
        relation = Relation(
            event=VENUE,
            predicate=noun.lower_,
            patient=place.text,
            patient_label=place.root.ent_type_,
            extra=noun.lower_,
        )
        yield relation_claim(noun, text, span, relation)


def _place_of(noun: Token, places: Callable[[], frozenset[str]]) -> Span | None:
    """The place a venue noun is written with: a name before it or after "in" / "at". A
    name before it the model takes for an organisation ("an Akron jury") is a place when
    the article writes it as one elsewhere (``places``: the place names it tags)."""
    for child in noun.children:
        if child.dep_ in _PLACE_DEPS and child.i < noun.i and child.ent_type_:
            name = entity_at(child)
            if name is not None and (child.ent_type_ in _PLACE_LABELS or name.text in places()):
                return name
        if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in _PLACE_LABELS:
                return entity_at(obj)
    return None


def _denied(noun: Token) -> bool:
    head = noun.head
    return any(c.dep_ == "neg" for c in (*noun.children, *head.children))


# ---------------------------------------------------------------- groups and verdicts


def _place(claim: Claim) -> str:
    """The place of a venue claim, as written."""
    return claim.relation.patient or ""  # type: ignore[union-attr]


def venue_key(claim: Claim) -> str:
    """The place of a venue claim, folded: "the Bronx" and "Bronx" are one."""
    return canonical(_place(claim))


def venue_groups(claims: Sequence[Claim], regions: frozenset[str]) -> list[list[Claim]]:
    """The venue claims of one comparison, as one group, leaving out the ``regions``
    (folded names the articles say hold another place: a state is no rival of its town)."""
    kept = [c for c in claims if venue_key(c) not in regions]
    return [sorted(kept, key=lambda c: (c.source, c.start))] if kept else []


def judge_venues(group: Group, total: int) -> list[Finding]:
    """VARIANT when sources put the case's proceedings in places that are not one name
    written two ways; else AGREE; nothing for one source."""
    by_source = claims_by_source(group.claims)
    if len(by_source) < 2:
        return []
    parted = sides(group.claims, _place, lambda side, own: same_entity(own, side, "GPE"))
    held = {
        source: {n for n, (_, cs) in enumerate(parted) if any(c.source == source for c in cs)} for source in by_source
    }
    if not any(not (held[a] & held[b]) for a in held for b in held if a < b):
        return [group_finding(Status.AGREE, group, total, "The sources agree on where the case was heard.")]
    parts = []
    for _, claims in parted:
        sources = sorted({c.source for c in claims})
        quoted = and_list(f"“{shortest(c.shown for c in claims if c.source == s)}”" for s in sources)
        parts.append(f"{shortest(c.relation.patient or '' for c in claims)} ({and_list(sources)}: {quoted})")  # type: ignore[union-attr]
    explanation = (
        f"The sources place the proceedings in different places: {'; '.join(parts)}. "
        "A trial and a later hearing may be held apart; check which."
    )
    return [group_finding(Status.VARIANT, group, total, explanation)]
