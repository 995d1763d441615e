"""Where someone was born, as each source tells it: one person, two birthplaces.

"Kessler was born in Dayton", "Kessler, a native of Dayton,", "the Dayton native" and
"his native Dayton" each give Kessler a birthplace. Two sources that give one person
different places are a VARIANT an editor checks: one place may lie inside the other
("born in Brooklyn" / "a native of New York"), which the text does not always say, so
it is never called a conflict. The person is the subject of "born" (a pronoun read by
:class:`~claimcheck.readers.people.People`), the name "native" is in apposition with or
said of, the owner of "his native X", or the one person the sentence is about.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.entities import canonical, same_entity
from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import longest

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group
    from claimcheck.readers.people import People

__all__ = ["BIRTHPLACE", "birthplace_claims", "judge_birthplaces"]

BIRTHPLACE = "birthplace"
#: Entity labels of a place one can be born in.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def birthplace_claims(doc: Doc, text: str, people: People) -> Iterator[Claim]:
    """A claim for each "born in X", "a native of X", "the X native" and "his native X",
    once for each stretch of text (two cue words may give one)."""
    if not doc.has_annotation("DEP"):
        return
    seen: set[tuple[int, int]] = set()
    ids = _word_ids()
    for i in doc_arrays(doc).where(LOWER, ids):
        tok = doc[i]
        lower = tok.lower_
        if lower == "born" and tok.pos_ in {"VERB", "AUX"}:
            found = _born_in(tok, people)
        elif lower == "native":
            found = _native(tok, people)
        else:
            continue
        if found is None:
            continue
        person, place, span = found
        if (span.start_char, span.end_char) not in seen:
            seen.add((span.start_char, span.end_char))
            relation = Relation(event=BIRTHPLACE, predicate=lower, patient=person, patient_label="PERSON", extra=place)
            yield relation_claim(tok, text, span, relation)


@cache
def _word_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in ("born", "native"))


def _place(tok: Token) -> str | None:
    """The place a noun names, as written ("the Bronx" -> "Bronx"), or None."""
    if tok.ent_type_ not in _PLACE_LABELS:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = [t.text for t in ent if t.lower_ != "the"] if ent is not None else []
    return " ".join(words) or None


def _born_in(born: Token, people: People) -> tuple[str, str, Span] | None:
    """ "X was born in Y", "X, born in Y,", "Born in Y, X ...": (person, place, span)."""
    places = [
        (obj, place)
        for prep in born.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj" and (place := _place(obj))
    ]
    if not places:
        return None
    obj, place = places[0]
    subject = next((c for c in born.children if c.dep_ in _SUBJECTS), None)
    if subject is None and born.dep_ == "acl":
        subject = born.head  # "Kessler, born in Dayton, ..."
    elif subject is None and born.dep_ == "advcl":
        subject = next((c for c in born.head.children if c.dep_ in _SUBJECTS), None)  # "Born in Dayton, Kessler ..."
    person = people.name_of(subject) if subject is not None else None
    if not person:
        return None
    doc = born.doc
    start = subject.left_edge.i if subject is not None and subject.i < born.i else born.i
    return person, place, doc[start : obj.i + 1]


def _native(native: Token, people: People) -> tuple[str, str, Span] | None:
    """ "a native of Y", "the Y native", "his native Y": (person, place, span)."""
    doc = native.doc
    if native.pos_ == "ADJ" or native.dep_ == "amod":
        place = _place(native.head)  # "his native Greenwich Village"
        owner = next((c for c in native.head.children if c.dep_ == "poss"), None)
        if place is None or owner is None:
            return None
        person = people.name_of(owner)
        return (person, place, doc[owner.i : native.head.i + 1]) if person else None
    named = [
        obj
        for prep in native.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ] or [c for c in native.children if c.dep_ == "compound"]
    place = _place(named[0]) if named else None
    if place is None:
        return None
    person = _whose(native, people)
    if not person:
        return None
    first, last = min(native.i, named[0].i), max(native.i, named[0].i)
    return person, place, doc[first : last + 1]


def _whose(native: Token, people: People) -> str | None:
    """The person a "native" noun describes: the name it is in apposition with, the subject
    it is said of ("Kessler is a native of"), or the one person its sentence is about."""
    if native.dep_ in {"appos", "compound"}:  # "Kessler, a native of Dayton", "the Dayton native Kessler"
        return people.name_of(native.head)
    if native.dep_ == "attr":
        subject = next((c for c in native.head.children if c.dep_ in _SUBJECTS), None)
        return people.name_of(subject) if subject is not None else None
    return people.about(native)


# ---------------------------------------------------------------- verdicts


def judge_birthplaces(group: Group, total: int) -> list[Finding]:
    """VARIANT when two sources give one person birthplaces that are not one place, AGREE
    when every source names one place; nothing for one source."""
    by_source = claims_by_source(group.claims)
    if len(by_source) < 2:
        return []
    person = longest(c.relation.patient or "" for c in group.claims)  # type: ignore[union-attr]
    places = {s: [c.relation.extra or "" for c in cs] for s, cs in sorted(by_source.items())}  # type: ignore[union-attr]
    sources = list(places)
    apart = any(
        not any(_one_place(x, y) for x in places[a] for y in places[b])
        for i, a in enumerate(sources)
        for b in sources[i + 1 :]
    )
    subject = f"birthplace: {person}"
    if not apart:
        said = f"{len(places)} of {total} sources give {person} one birthplace."
        return [group_finding(Status.AGREE, group, total, said, subject=subject)]
    said = (
        f"The sources give {person} different places of birth or origin: {_listed(group.claims)}. "
        "One may lie inside the other."
    )
    return [group_finding(Status.VARIANT, group, total, said, subject=subject)]


def _listed(claims: Iterable[Claim]) -> str:
    """ "Bronx (a, b); Naples (c)": each place as first written, with the sources giving it,
    the most told first."""
    places: list[tuple[str, list[str]]] = []
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        place = claim.relation.extra or ""  # type: ignore[union-attr]
        known = next((p for p in places if _one_place(p[0], place)), None)
        if known is None:
            places.append((place, [claim.source]))
        elif claim.source not in known[1]:
            known[1].append(claim.source)
    places.sort(key=lambda p: (-len(p[1]), p[0]))
    return "; ".join(f"{place} ({', '.join(sources)})" for place, sources in places)


def _one_place(a: str, b: str) -> bool:
    """Whether two written places are one ("Bronx" / "the Bronx", "Dayton, Ohio" / "Dayton")."""
    ca, cb = canonical(a), canonical(b)
    return same_entity(a, b, "GPE") or bool(ca and cb and (ca in cb or cb in ca))
