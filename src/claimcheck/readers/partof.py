"""Part-of and located-in links the text itself states, and the names of arguments.

"Belavia, Belarus's state-owned airline" says Belavia is part of Belarus; "the Ohio-based
company Acme" says Acme is in Ohio; "Minsk, Belarus" says Minsk is in Belarus. With these
an argument can be found narrower or broader than another source's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from claimcheck.kinds import relation_claim_at
from claimcheck.models import Claim, Relation
from claimcheck.readers.doc_arrays import doc_arrays

__all__ = ["LOCATED_IN", "PART_OF", "WHOLE_LABELS", "entity_at", "name_of", "noun_start", "part_of_claims"]

#: Dependencies whose token and head may be the two sides of a link: "Belavia, the airline".
_SIDE_DEPS = frozenset({get_string_id("appos"), get_string_id("npadvmod")})
_BASED_IDS = frozenset({get_string_id("based")})

#: Entity labels that can contain something else.
WHOLE_LABELS = frozenset({"GPE", "ORG", "LOC", "FAC"})
PART_OF = "part_of"
LOCATED_IN = "located_in"


def name_of(tok: Token) -> tuple[str | None, str | None, Span | None]:
    """An argument's name, entity label and span: the entity it belongs to, the name in
    apposition to a common noun ("the airline, Belavia"), or a common noun's lemma."""
    if tok.pos_ == "PRON":
        return None, None, None
    if tok.pos_ == "NOUN":
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                name, label, span = name_of(child)
                if name:
                    return name, label, tok.doc[min(tok.left_edge.i, span.start) : span.end]  # type: ignore[union-attr]
    ent = entity_at(tok)
    if ent is not None:
        return ent.text, tok.ent_type_, ent
    if tok.pos_ == "PROPN":
        start = tok.i
        while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = tok.doc[start : tok.i + 1]
        return span.text, None, span
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower(), None, tok.doc[noun_start(tok) : tok.i + 1]
    return None, None, None


def noun_start(tok: Token) -> int:
    """Where a noun's phrase starts, its determiner, numbers and adjectives included."""
    first = tok.i
    for child in tok.lefts:
        if child.dep_ in {"det", "amod", "compound", "nummod", "poss", "quantmod"}:
            first = min(first, child.left_edge.i)
    return first


def entity_at(tok: Token) -> Span | None:
    """The named entity a token belongs to, or None."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    span = doc[start:end]
    if span and span[0].lower_ == "the":
        span = doc[start + 1 : end]
    return span if len(span) else None


def part_of_claims(doc: Doc, text: str | None = None) -> Iterator[Claim]:
    """Every part-of / located-in link in a parsed Doc, as a relation claim (event "part_of").

    ``text`` is ``doc.text`` when the caller has it already (spaCy rebuilds it on each access).
    """
    if not doc.has_annotation("DEP"):
        return
    text = doc.text if text is None else text
    seen: set[tuple[str, str]] = set()
    for i in _candidates(doc):
        for link in _links(doc[i]):
            part, whole, kind, span = link
            if (part, whole) in seen or part.lower() == whole.lower():
                continue
            seen.add((part, whole))
            sentence = span.sent.text.strip() if doc.has_annotation("SENT_START") else span.text
            relation = Relation(event=PART_OF, predicate=kind, agent=part, patient=whole)
            yield relation_claim_at(text, span.start_char, span.end_char, sentence, relation)


def _candidates(doc: Doc) -> list[int]:
    """Tokens that can start a link, found on the Doc's arrays without building a Token
    for every word: both sides of an apposition, "based", a place beside a place."""
    arrays = doc_arrays(doc)
    sides = arrays.where(DEP, _SIDE_DEPS)
    picked = {*sides, *(arrays.head(i) for i in sides), *arrays.where(LOWER, _BASED_IDS)}
    return sorted(picked)


def _links(tok: Token) -> Iterator[tuple[str, str, str, Span]]:
    doc = tok.doc
    # "Belavia, Belarus's airline" / "Belarus' national airline, Belavia" / "the airline of Belarus"
    if tok.pos == NOUN:
        named = _named_beside(tok)
        whole = _owner(tok) if named is not None else None
        if whole is not None and named is not None:
            wname, _, wspan = name_of(whole)
            pname, _, pspan = name_of(named)
            if wname and pname and wspan is not None and pspan is not None:
                lo, hi = min(wspan.start, pspan.start, tok.i), max(wspan.end, pspan.end, tok.i + 1)
                yield pname, wname, PART_OF, doc[lo:hi]
    # "the Ohio-based company Acme", "Ohio-based Acme"
    if tok.lower_ == "based" and tok.dep_ == "amod":
        places = [c for c in tok.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.ent_type_ in WHOLE_LABELS]
        noun = tok.head
        named = noun if noun.pos_ == "PROPN" else _named_beside(noun)
        if places and named is not None:
            wname, _, wspan = name_of(places[0])
            pname, _, pspan = name_of(named)
            if wname and pname and wspan is not None and pspan is not None:
                lo, hi = min(wspan.start, pspan.start, noun.i), max(wspan.end, pspan.end, noun.i + 1)
                yield pname, wname, LOCATED_IN, doc[lo:hi]
    # "Minsk, Belarus"
    if tok.ent_type_ == "GPE" and tok.dep_ in {"appos", "npadvmod"} and tok.head.ent_type_ == "GPE":
        head, ent = tok.head, entity_at(tok)
        first = ent.start if ent is not None else tok.i
        if first > 0 and doc[first - 1].text == "," and head.i < first and entity_at(head) != ent:
            pname, _, pspan = name_of(head)
            wname, _, wspan = name_of(tok)
            if pname and wname and pspan is not None and wspan is not None:
                yield pname, wname, LOCATED_IN, doc[pspan.start : wspan.end]


def _owner(noun: Token) -> Token | None:
    """The entity a common noun belongs to: "Belarus's airline", "the airline of Belarus"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in WHOLE_LABELS:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in WHOLE_LABELS:
                    return obj
    return None


def _named_beside(noun: Token) -> Token | None:
    """The name a common noun stands in apposition to, either side: "Belavia, the airline"."""
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return None
