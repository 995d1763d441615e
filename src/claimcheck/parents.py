"""What someone's parents did for a living, as each source tells it.

"His father was a tailor" and "one of three sons of Aldo Moreau, a baker, and Ines Moreau, a
nurse" give one person's father two trades: a VARIANT an editor checks (a parent may have
had two trades over a life), never a conflict. Read from a parent noun
(``wordlists/parent_nouns.tsv``) owned by a person ("his father", "Moreau's mother") that is
the subject of "was a ..." or has a trade in apposition ("his father, a tailor,"), and from
"son / daughter / child of" a trade ("the son of a tailor") or of named parents each with a
trade in apposition. "Son of" does not say which parent, so such a trade is a parent's, and
agrees with either a father's or a mother's that shares a word with it. The child is the
owner of the parent noun or the subject the "son of" phrase describes (a pronoun read by
:class:`~claimcheck.readers.people.People`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.entities import person_groups
from claimcheck.kinds import by_source as claims_by_source
from claimcheck.kinds import group_finding
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.relations import relation_claim
from claimcheck.tally import and_list, longest
from claimcheck.wordfiles import rows

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group
    from claimcheck.readers.people import People

__all__ = ["PARENT_TRADE", "judge_parent_trades", "parent_trade_claims", "parent_trade_groups"]

PARENT_TRADE = "parent_trade"
#: The parent a "son of" phrase names without saying which.
PARENT = "parent"
_CHILD = "child"
_WORD = re.compile(r"[a-z]+")
#: What the text must hold, lower-cased, for a parent noun of ``wordlists/parent_nouns.tsv``
#: to be read ("son" alone is in "season", so "son of" is what is probed).
_PROBES = ("father", "mother", "parent", "son of", "sons of", "daughter", "child", "dad", "mom", "mum")
_FILLER = frozenset({"a", "an", "the", "of", "and", "small", "local"})


@cache
def _parent_nouns() -> dict[str, str]:
    return {row[0]: row[1] for row in rows("parent_nouns.tsv")}


@cache
def _noun_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _parent_nouns())


def parent_trade_claims(
    doc: Doc, text: str, lowered: str, people: People, taken: Iterable[tuple[int, int]] = ()
) -> Iterator[Claim]:
    """A claim for each trade a source gives someone's parent (``lowered`` is
    ``text.lower()``, probed first; ``taken`` are spans other relation claims hold)."""
    if not any(w in lowered for w in _PROBES) or not doc.has_annotation("DEP"):
        return
    seen = set(taken)
    nouns = _parent_nouns()
    owners: dict[int, str] = {}  # sentence start -> the child "his" named there first
    for i in doc_arrays(doc).where(LEMMA, _noun_ids()):
        noun = doc[i]
        if noun.pos_ != "NOUN":
            continue
        role = nouns[noun.lemma_]
        found = _child_of(noun, people) if role == _CHILD else _parent_of(noun, role, people, owners)
        for child, parent, trade, span in found:
            if (span.start_char, span.end_char) in seen:
                continue
            seen.add((span.start_char, span.end_char))
            relation = Relation(
                event=PARENT_TRADE,
                predicate=parent,
                agent=child,
                patient=child,
                patient_label="PERSON",
                extra=trade.text,
            )
            yield relation_claim(noun, text, span, relation)


def _trade_of(noun: Token) -> Token | None:
    """A trade said of a noun: "X was a tailor" (the noun the subject) or "X, a tailor,"."""
    appos = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if appos is not None:
        return appos
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return None


def _parent_of(noun: Token, role: str, people: People, owners: dict[int, str]) -> list[tuple[str, str, Span, Span]]:
    """ "His father was a tailor", "Moreau's mother, a nurse,": (child, parent, trade, span).
    A second "his" in a sentence ("his father was ..., and his mother was ...") is the
    person the first one was (``owners``), which the pronoun reader, seeing "father" as a
    subject before it, leaves unread."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    trade = _trade_of(noun)
    if owner is None or trade is None or trade.ent_type_:
        return []
    child = people.name_of(owner)
    if owner.pos_ == "PRON":
        child = child or owners.get(noun.sent.start)
        if child:
            owners.setdefault(noun.sent.start, child)
    if not child:
        return []
    doc = noun.doc
    span = doc[min(owner.i, noun.i) : trade.right_edge.i + 1]
    return [(child, role, _trade_words(trade), span)]


def _child_of(noun: Token, people: People) -> list[tuple[str, str, Span, Span]]:
    """ "the son of a tailor", "one of five sons of Aldo Moreau, a baker, and Ines Moreau,
    a nurse": (child, parent, trade, span) for each parent with a trade."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if first is None:
        return []
    child = _described(noun, people)
    if not child:
        return []
    parents = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"})]
    out = []
    doc = noun.doc
    for parent in parents:
        trade = parent if parent.pos_ == "NOUN" and parent.ent_type_ == "" else _trade_of(parent)
        if trade is None or trade.ent_type_ or trade.lemma_ in _parent_nouns():
            continue
        start = noun.i if parent is first else parent.left_edge.i - (doc[parent.left_edge.i - 1].dep_ == "cc")
        out.append((child, PARENT, _trade_words(trade), doc[start : trade.i + 1]))
    return out


def _trade_words(trade: Token) -> Span:
    """A trade without its determiner: "a jewelry engraver" -> "jewelry engraver"."""
    start = trade.left_edge.i
    while start < trade.i and trade.doc[start].pos_ == "DET":
        start += 1
    return trade.doc[start : trade.i + 1]


def _described(noun: Token, people: People) -> str | None:
    """Whose "son of" this is: the subject of "was (one of the) sons of", or the name the
    phrase is in apposition with ("Moreau, the son of a baker")."""
    node = noun
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.lemma_ == "one":
        node = node.head.head  # "one of five sons of"
    if node.dep_ == "appos":
        return people.name_of(node.head)
    if node.dep_ == "attr" and node.head.lemma_ == "be":
        subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        return people.name_of(subject) if subject is not None else None
    return None


# ---------------------------------------------------------------- groups and verdicts


def parent_trade_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Parent trade claims grouped by the child, allowing the spelling variants of people."""
    return person_groups(sorted(claims, key=lambda c: (c.source, c.start)), _child)


def _child(claim: Claim) -> str:
    """The child whose parent a trade claim is of."""
    return claim.relation.agent or ""  # type: ignore[union-attr]


def _words(trade: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(trade.lower()) if w not in _FILLER)


def _meets(parent: str, trade: str, claims: Sequence[Claim]) -> bool:
    """Whether a source's trades for ``parent`` (or for a parent it does not name) share a
    word with ``trade``: a father's trade against the trades a "son of" phrase gives."""
    words = _words(trade)
    return any(
        c.relation.predicate in {parent, PARENT} or parent == PARENT  # type: ignore[union-attr]
        for c in claims
        if words & _words(c.relation.extra or "")  # type: ignore[union-attr]
    )


def judge_parent_trades(group: Group, total: int) -> list[Finding]:
    """VARIANT when a source gives a parent a trade that shares no word with any trade
    another source gives that parent (or a parent it does not name); else AGREE."""
    by_source = claims_by_source(group.claims)
    if len(by_source) < 2:
        return []
    child = longest(c.relation.agent or "" for c in group.claims)  # type: ignore[union-attr]
    # a named parent's trade first: it says more than a "son of" phrase does
    ordered = sorted(group.claims, key=lambda c: (c.relation.predicate == PARENT, c.source, c.start))  # type: ignore[union-attr]
    for claim in ordered:
        source, parent, trade = claim.source, claim.relation.predicate, claim.relation.extra or ""  # type: ignore[union-attr]
        for other, theirs in by_source.items():
            comparable = [c for c in theirs if parent == PARENT or c.relation.predicate in {parent, PARENT}]  # type: ignore[union-attr]
            if other == source or not comparable or _meets(parent, trade, theirs):
                continue
            given = and_list(f"a {c.relation.extra}" for c in comparable)  # type: ignore[union-attr]
            whose = "a parent" if parent == PARENT else f"{child}'s {parent}"
            named = all(c.relation.predicate == PARENT for c in comparable)  # type: ignore[union-attr]
            trades = (
                "the parents' trades" if named else f"the {parent}'s trade" if len(comparable) == 1 else "their trades"
            )
            explanation = (
                f"{source} says {whose} was a {trade} (“{claim.shown}”); "
                f"{other} gives {trades} as {given} (“{comparable[0].shown}”)."
            )
            return [group_finding(Status.VARIANT, group, total, explanation, subject=f"parents of {child}")]
    return [group_finding(Status.AGREE, group, total, f"The sources agree on the trades of {child}'s parents.")]
