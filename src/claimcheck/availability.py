"""When a named product goes on sale, as each source tells it: one launch given two months.

"The Vexa 3 is expected to be available in June" against "buyers can expect the Vexa 3
to become available later in May" date one launch to two months: a CONFLICT an editor
checks (the plan may have changed between the reports). Read from "available" (after
"be" or "become", the product its subject or the object of "expect ... to become"),
"ships", "launches" and "arrives" used without an object, with a month beside them.
Pre-orders and registrations ("available for pre-order") are another event and are left
out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.entities import canonical
from claimcheck.event_dates import EventDate, parse_when
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.partof import entity_at
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import longest

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group

__all__ = ["AVAILABLE", "availability_claims", "availability_key", "judge_availability"]

AVAILABLE = "available"
_VERBS = frozenset({"ship", "launch", "arrive"})
#: What a product is "available for" that is not the product itself on sale.
_NOT_SALE = frozenset({"preorder", "pre-order", "order", "registration", "reservation", "download", "testing"})
#: Prepositions before a date that bound it rather than name it: "by June", "until May".
_BOUNDS = frozenset({"by", "until", "before", "after", "since", "through"})
_LIFT_DEPS = frozenset({"xcomp", "ccomp", "conj"})


def availability_claims(doc: Doc, text: str, taken: Iterable[tuple[int, int]] = ()) -> Iterator[Claim]:
    """A claim for each named product said to go on sale in a given month."""
    if not doc.has_annotation("DEP"):
        return
    ids = _lemma_ids()
    seen = set(taken)
    for i in doc_arrays(doc).where(LEMMA, ids):
        found = _read(doc[i])
        if found is not None:
            product, when, span = found
            if (span.start_char, span.end_char) not in seen:
                seen.add((span.start_char, span.end_char))
                yield _claim(doc[i], text, product, when, span)


@lru_cache(maxsize=1)
def _lemma_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _VERBS | {AVAILABLE})


def _read(tok: Token) -> tuple[Span, Span, Span] | None:
    """(product, date, span) of one trigger word, or None."""
    if tok.lemma_ == AVAILABLE and tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        verb = tok.head
    elif tok.lemma_ in _VERBS and tok.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in tok.children):
        verb = tok
    else:
        return None
    if any(c.dep_ == "neg" for c in verb.children) or _for_something_else(tok):
        return None
    when = _month_beside(tok) or _month_beside(verb)
    product = _product(verb)
    if when is None or product is None:
        return None
    doc = tok.doc
    return product, when, doc[min(product.start, tok.i) : max(when.end, tok.i + 1)]


def _for_something_else(tok: Token) -> bool:
    """ "available for pre-order": not the product on sale."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in _NOT_SALE for o in c.children)
        for c in tok.children
    )


def _month_beside(tok: Token) -> Span | None:
    """A date naming a month among a word's prepositions: "in June", "later on in May"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ not in _BOUNDS:
            for obj in child.children:
                if (
                    obj.dep_ == "pobj"
                    and obj.ent_type_ == "DATE"
                    and _month(obj.doc[child.i : obj.right_edge.i + 1].text)
                ):
                    return obj.doc[child.i : obj.right_edge.i + 1]
        if child.dep_ == "advmod":  # "later on in May"
            found = _month_beside(child)
            if found is not None:
                return found
    return None


def _month(text: str) -> EventDate | None:
    date = parse_when(text)
    return date if date is not None and date.month is not None else None


def _product(verb: Token) -> Span | None:
    """The named product: the subject, climbing "is expected to be" and "expect X to become"."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and node is verb:
            return _named(subject)
        if node.dep_ not in _LIFT_DEPS or node.head.i == node.i:
            return _named(subject) if subject is not None else None
        head = node.head
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:  # "can expect the Vexa 3 to become available"
            return _named(obj)
        node = head
    return None


def _named(tok: Token) -> Span | None:
    """A product's name: the entity the word belongs to, or its proper-noun compound."""
    if tok.ent_type_ in {"PRODUCT", "ORG", "WORK_OF_ART"}:
        return entity_at(tok)
    if tok.pos_ != "PROPN":
        return None
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start : tok.i + 1]


def _claim(tok: Token, text: str, product: Span, when: Span, span: Span) -> Claim:
    relation = Relation(
        event=AVAILABLE,
        predicate=tok.lemma_,
        patient=product.text,
        patient_label=product.root.ent_type_ or None,
        when=when.text,
    )
    return relation_claim(tok, text, span, relation)


# ---------------------------------------------------------------- verdicts


def judge_availability(group: Group, total: int) -> list[Finding]:
    """CONFLICT when two sources put one product's launch in different months (of one
    year, or years unsaid); else AGREE; nothing for one source."""
    dated = [(c, d) for c in group.claims if (d := _month(c.relation.when or "")) is not None]  # type: ignore[union-attr]
    if len({c.source for c, _ in dated}) < 2:
        return []
    product = longest(c.relation.patient or "" for c in group.claims)  # type: ignore[union-attr]
    clash = any(a.source != b.source and da.clashes(db) for a, da in dated for b, db in dated)
    if not clash:
        return [group_finding(Status.AGREE, group, total, f"The sources agree on when {product} goes on sale.")]
    listed = "; ".join(
        f"{c.source} says “{' '.join(c.shown.split())}”" for c, _ in sorted(dated, key=lambda x: x[0].source)
    )
    explanation = f"The sources give different months for when {product} goes on sale: {listed}."
    notes = ("a plan may change between reports: read them in publication order",)
    return [group_finding(Status.CONFLICT, group, total, explanation, notes)]


def availability_key(claim: Claim) -> str:
    """The product a claim is about, folded: "the Vexa 3" and "Vexa 3" are one."""
    return canonical(claim.relation.patient or "")  # type: ignore[union-attr]
