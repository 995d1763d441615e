"""Lists: "A, B and C" read from the parse, and one list given with other items by another source.

"his WBA, IBF and WBO titles" in one report and "his IBF, WBO, WBA and IBO titles" in
another list the same things but for one item: a SCOPE finding (one list adds to the
other). Lists that share items but each has some the other lacks ("arson, theft and
gambling" / "arson, fraud and gambling") are a VARIANT. Lists only match when their
sentences tell of the same thing, so two box scores naming some of the same players
stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.disjoint import DisjointSets
from claimcheck.entities import fold
from claimcheck.kinds import relation_claim_at
from claimcheck.models import Claim, Finding, Relation, Status
from claimcheck.readers.doc_arrays import doc_arrays

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.align import Group

__all__ = ["LIST", "SEPARATOR", "judge_lists", "list_claims", "list_groups", "list_subject", "members_of"]

LIST = "list"
#: How a list claim's items are joined in ``Relation.extra``.
SEPARATOR = " | "
#: A list has at least this many items (two are a pair, which says little about scope).
MIN_ITEMS = 3
#: The longest item read, in tokens: anything longer is a clause.
_MAX_ITEM_TOKENS = 8
_ITEM_POS = frozenset({"NOUN", "PROPN"})
_SKIP_DEPS = frozenset({"cc", "punct", "conj", "det", "preconj", "appos"})
_CONJ = frozenset({get_string_id("conj")})
#: How alike two lists' sentences must be, the listed items left out (0-100).
CONTEXT_SIMILARITY = 60.0


def list_claims(doc: Doc, text: str) -> Iterator[Claim]:
    """One claim per list of at least :data:`MIN_ITEMS` nouns or names (needs a dependency parse)."""
    if not doc.has_annotation("DEP"):
        return
    # only words something is joined to can start a list: find them on the Doc's arrays
    arrays = doc_arrays(doc)
    conjoined = arrays.where(DEP, _CONJ)
    if not conjoined:
        return
    joined = {arrays.head(i) for i in conjoined}
    joined |= {doc[i].head.i for i in joined if _listed_apposition(doc[i])}  # "IBF, WBO, WBA & IBO"
    for i in sorted(joined):
        tok = doc[i]
        if tok.dep_ == "conj" or _listed_apposition(tok) or tok.pos_ not in _ITEM_POS:
            continue
        items = _items(tok)
        if len(items) < MIN_ITEMS or any(t.pos_ not in _ITEM_POS and t.tag_ != "VBG" for t in items):
            continue
        spans = [_item(t) for t in items]
        if any(s is None for s in spans):
            continue
        if all(len(s) == 1 and t.pos_ == "PROPN" for s, t in zip(spans[:-1], items[:-1], strict=False)):  # type: ignore[arg-type]
            # "WBC, WBO & IBO world titles": the nouns after the last name are the list's, not its own
            last = spans[-1]
            names = next((k for k, t in enumerate(last) if t.pos_ != "PROPN"), len(last))  # type: ignore[arg-type]
            spans[-1] = last[:names] if names else last  # type: ignore[index]
        start = min(s.start_char for s in spans)  # type: ignore[union-attr]
        end = max(s.end_char for s in spans)  # type: ignore[union-attr]
        if "\n" in text[start:end]:
            continue
        listed = SEPARATOR.join(s.text for s in spans)  # type: ignore[union-attr]
        yield relation_claim_at(
            text, start, end, tok.sent.text.strip(), Relation(event=LIST, predicate=LIST, extra=listed)
        )


def _listed_apposition(tok: Token) -> bool:
    """A name the parser hangs as an apposition off the first item of a list ("IBF, WBO, WBA & IBO")."""
    return tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and any(c.dep_ == "conj" for c in tok.children)


def _items(tok: Token) -> list[Token]:
    """The first item and the items joined to it, through a listed apposition too."""
    items = [tok, *tok.conjuncts]
    for child in tok.children:
        if child.pos_ == "PROPN" and _listed_apposition(child):
            items.extend([child, *child.conjuncts])
    return sorted(set(items), key=lambda t: t.i)


def _item(tok: Token) -> Span | None:
    """One item: the token and its own words, without the list's other items."""
    own = [t.i for t in tok.subtree if not _under_skipped(t, tok)]
    start, end = tok.i, tok.i + 1
    while start - 1 in own:
        start -= 1
    while end in own:
        end += 1
    while start < tok.i and tok.doc[start].pos_ == "PRON":  # "his WBA"
        start += 1
    span = tok.doc[start:end]
    return span if 0 < len(span) <= _MAX_ITEM_TOKENS else None


def _under_skipped(t: Token, top: Token) -> bool:
    """Whether ``t`` hangs (below ``top``) from a conjunct, a conjunction or punctuation."""
    while t.i != top.i:
        if t.dep_ in _SKIP_DEPS:
            return True
        t = t.head
    return False


def members_of(claim: Claim) -> tuple[str, ...]:
    """A list claim's items, folded ("the WBO" -> "wbo"), in the order written."""
    items = (claim.relation.extra or "").split(SEPARATOR)  # type: ignore[union-attr]
    return tuple(_key(i) for i in items)


def _key(item: str) -> str:
    words = fold(item).split()
    words = [w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w for w in words]
    return " ".join(words)


def _context(claim: Claim) -> str:
    """The sentence with the list itself left out, lower-cased."""
    sentence = claim.sentence.lower()
    return sentence.replace(claim.text.lower(), " ")


def _match(a: Claim, b: Claim) -> bool:
    ma, mb = set(members_of(a)), set(members_of(b))
    shared = len(ma & mb)
    if shared < 2 or shared * 2 < min(len(ma), len(mb)):
        return False
    return fuzz.token_set_ratio(_context(a), _context(b)) >= CONTEXT_SIMILARITY


def list_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """List claims grouped across sources when they share items and their sentences match;
    only groups whose sources list different items are kept."""
    lists = [c for c in claims if c.relation is not None and c.relation.event == LIST]
    by_item: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(lists):
        for item in set(members_of(claim)):
            by_item[item].append(i)
    sets = DisjointSets(range(len(lists)))
    seen: set[tuple[int, int]] = set()
    for members in by_item.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen or lists[i].source == lists[j].source:
                    continue
                seen.add((i, j))
                if _match(lists[i], lists[j]):
                    sets.union(i, j)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, claim in enumerate(lists):
        groups[sets.find(i)].append(claim)
    out = []
    for group in groups.values():
        if len({c.source for c in group}) > 1 and len({frozenset(members_of(c)) for c in group}) > 1:
            out.append(sorted(group, key=lambda c: (c.source, c.start)))
    return out


def _shown(claim: Claim) -> str:
    return f"“{claim.shown}”"


def judge_lists(group: Group, total: int) -> list[Finding]:
    """SCOPE when every source's list holds or is held by every other's, else VARIANT."""
    first: dict[str, Claim] = {}
    for claim in group.claims:
        first.setdefault(claim.source, claim)
    by_items: dict[frozenset[str], list[str]] = defaultdict(list)
    for source, claim in sorted(first.items()):
        by_items[frozenset(members_of(claim))].append(source)
    if len(by_items) < 2:
        return []
    item_sets = sorted(by_items, key=len)
    nested = all(a <= b for a, b in pairwise(item_sets))
    shown = {items: first[srcs[0]] for items, srcs in by_items.items()}
    if nested:
        widest = item_sets[-1]
        narrow = [s for items in item_sets[:-1] for s in by_items[items]]
        added = _items_as_written(shown[widest], widest - item_sets[0])
        explanation = (
            f"{', '.join(by_items[widest])} list{'s' if len(by_items[widest]) == 1 else ''} "
            f"{_shown(shown[widest])}; {', '.join(narrow)} list{'s' if len(narrow) == 1 else ''} fewer "
            f"({_shown(shown[item_sets[0]])}): the longer list adds {added}."
        )
        status = Status.SCOPE
    else:
        parts = []
        for items, srcs in by_items.items():
            others = frozenset().union(*(o for o in by_items if o != items))
            only = _items_as_written(shown[items], items - others)
            parts.append(f"{', '.join(srcs)} {_shown(shown[items])}" + (f" (only here: {only})" if only else ""))
        explanation = "The sources list different items: " + "; ".join(parts) + "."
        status = Status.VARIANT
    sources = tuple(sorted(first))
    return [
        Finding(
            status=status,
            kind=group.kind,
            claims=tuple(first[s] for s in sources),
            sources=sources,
            score=1.0,
            explanation=explanation,
            subject=group.subject,
            support=len(sources),
            total_sources=total,
        )
    ]


def _items_as_written(claim: Claim, keys: frozenset[str]) -> str:
    """The items of ``claim`` whose keys are in ``keys``, as the source writes them."""
    items = (claim.relation.extra or "").split(SEPARATOR)  # type: ignore[union-attr]
    return ", ".join(f"“{i}”" for i in items if _key(i) in keys)


def list_subject(claims: Sequence[Claim]) -> str:
    """A group's subject: the items every source lists, or the first list's items."""
    common = frozenset.intersection(*(frozenset(members_of(c)) for c in claims))
    items = (claims[0].relation.extra or "").split(SEPARATOR)  # type: ignore[union-attr]
    kept = [i for i in items if _key(i) in common] or items
    return "list: " + ", ".join(kept[:4])
