"""Relation claims -> Groups: the same event about the same argument, across sources.

Events are blocked by predicate class (convicted and acquitted share the "verdict"
frame), then clustered by their patient with the entity folding of ``entities`` ("the
U.S." / "the United States", "Lukashenka" / "Lukashenko"). Part-of links stated in any
article make a broader argument's group meet a narrower one's (Belarus / Belavia);
causal links are grouped by the pair of events they join, whichever way round.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from claimcheck.align import Group
from claimcheck.availability import AVAILABLE, availability_key
from claimcheck.entities import canonical, same_entity
from claimcheck.finders import FOUND_BY, finder_groups
from claimcheck.lists import LIST, list_groups, list_subject
from claimcheck.models import Claim, ClaimKind
from claimcheck.parents import PARENT_TRADE, parent_trade_groups
from claimcheck.quotes import QUOTE, quote_subject, quote_variants
from claimcheck.reached_roles import REACHED_ROLE, reached_role_groups
from claimcheck.readers.partof import PART_OF
from claimcheck.readers.roles import TITLE
from claimcheck.relexicon import lexicon
from claimcheck.targets import TARGET, target_groups
from claimcheck.venues import VENUE, venue_groups
from claimcheck.wounds import WOUND, wound_groups

__all__ = ["CAUSE", "align_relations", "cluster_patients", "patient_key", "whole_map"]

CAUSE = "cause"


def align_relations(claims: Sequence[Claim]) -> list[Group]:
    """Groups of relation claims: events by frame and patient, scope pairs, causal pairs."""
    relational = [c for c in claims if c.relation is not None]
    links = [c for c in relational if c.relation.event == PART_OF]  # type: ignore[union-attr]
    causal = [c for c in relational if c.relation.event == CAUSE]  # type: ignore[union-attr]
    titles = [c for c in relational if c.relation.event == TITLE]  # type: ignore[union-attr]
    quotes = [c for c in relational if c.relation.event == QUOTE]  # type: ignore[union-attr]
    lists = [c for c in relational if c.relation.event == LIST]  # type: ignore[union-attr]
    targets = [c for c in relational if c.relation.event == TARGET]  # type: ignore[union-attr]
    launches = [c for c in relational if c.relation.event == AVAILABLE]  # type: ignore[union-attr]
    wounds = [c for c in relational if c.relation.event == WOUND]  # type: ignore[union-attr]
    own_groups = {CAUSE, PART_OF, TITLE, QUOTE, LIST, TARGET, AVAILABLE, WOUND, *_READ_APART}  # grouped below
    events = [c for c in relational if c.relation.event not in own_groups and c.relation.patient]  # type: ignore[union-attr]
    lex = lexicon()
    groups: list[Group] = []
    by_frame: dict[str, list[Claim]] = defaultdict(list)
    for claim in events:
        by_frame[lex.frame_of(claim.relation.event)].append(claim)  # type: ignore[union-attr]
    wholes = whole_map(links)
    for frame, members in sorted(by_frame.items()):
        clusters = cluster_patients(members)
        for cluster in clusters:
            groups.append(Group(ClaimKind.RELATION, _subject(frame, cluster), tuple(cluster)))
        groups.extend(_scope_groups(frame, clusters, links, wholes))
    by_pair: dict[frozenset[str], list[Claim]] = defaultdict(list)
    for claim in causal:
        rel = claim.relation
        by_pair[frozenset({rel.cause, rel.effect})].append(claim)  # type: ignore[union-attr, arg-type]
    for pair, members in sorted(by_pair.items(), key=lambda kv: sorted(kv[0])):
        names = " / ".join(sorted(lex.describe(e) for e in pair))
        groups.append(Group(ClaimKind.RELATION, f"cause and effect: {names}", tuple(members)))
    for person in _cluster_people(titles):
        groups.append(Group(ClaimKind.RELATION, f"title: {_fullest_agent(person)}", tuple(person)))
    for saying in quote_variants(quotes):
        groups.append(Group(ClaimKind.RELATION, quote_subject(saying), tuple(saying)))
    for listed in list_groups(lists):
        groups.append(Group(ClaimKind.RELATION, list_subject(listed), tuple(listed)))
    for victim in wound_groups(wounds):
        groups.append(Group(ClaimKind.RELATION, f"wounds of {victim[0].relation.patient}", tuple(victim)))  # type: ignore[union-attr]
    for aimed in target_groups(targets):
        groups.append(Group(ClaimKind.RELATION, f"target of {_fullest_agent(aimed)}", tuple(aimed)))
    groups.extend(_read_apart_groups(relational, wholes))
    by_product: dict[str, list[Claim]] = defaultdict(list)
    for claim in launches:
        by_product[availability_key(claim)].append(claim)
    for product in by_product.values():
        groups.append(Group(ClaimKind.RELATION, f"on sale: {product[0].relation.patient}", tuple(product)))  # type: ignore[union-attr]
    return groups


#: Events a reader of their own gives, each grouped by that reader's rule.
_READ_APART = (VENUE, REACHED_ROLE, FOUND_BY, PARENT_TRADE)


def _read_apart_groups(relational: Sequence[Claim], wholes: dict[str, set[str]]) -> list[Group]:
    """The groups of the events read apart (:data:`_READ_APART`), each by its reader's
    rule. A place the articles say holds another is a region, never a rival venue of a
    town inside it."""
    of: dict[str, list[Claim]] = defaultdict(list)
    for claim in relational:
        if claim.relation.event in _READ_APART:  # type: ignore[union-attr]
            of[claim.relation.event].append(claim)  # type: ignore[union-attr]
    regions = frozenset(whole for held in wholes.values() for whole in held)
    groups = [Group(ClaimKind.RELATION, "where the case was heard", tuple(g)) for g in venue_groups(of[VENUE], regions)]
    for held in reached_role_groups(of[REACHED_ROLE]):
        groups.append(Group(ClaimKind.RELATION, f"role reached: {held[0].relation.extra}", tuple(held)))  # type: ignore[union-attr]
    for person in finder_groups(of[FOUND_BY]):
        groups.append(Group(ClaimKind.RELATION, f"who found {person[0].relation.patient}", tuple(person)))  # type: ignore[union-attr]
    for child in parent_trade_groups(of[PARENT_TRADE]):
        groups.append(Group(ClaimKind.RELATION, f"parents of {_fullest_agent(child)}", tuple(child)))
    return groups


def _cluster_people(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Title claims grouped by the person they are about, allowing spelling variants."""
    clusters: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        name = claim.relation.agent or ""  # type: ignore[union-attr]
        for cluster in clusters:
            if all(same_entity(name, c.relation.agent or "", "PERSON") for c in cluster):  # type: ignore[union-attr]
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    return clusters


def _fullest_agent(claims: Sequence[Claim]) -> str:
    return max((c.relation.agent or "" for c in claims), key=lambda n: (len(n.split()), n))  # type: ignore[union-attr]


def patient_key(claim: Claim) -> str:
    """The folded patient name ("united states"), or a common noun's lemma."""
    return canonical(claim.relation.patient or "")  # type: ignore[union-attr]


def cluster_patients(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims whose patients name one entity, allowing the spelling variants of people."""
    clusters: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        rel = claim.relation
        for cluster in clusters:
            other = cluster[0].relation
            label = "PERSON" if "PERSON" in {rel.patient_label, other.patient_label} else rel.patient_label  # type: ignore[union-attr]
            if same_entity(rel.patient, other.patient, label):  # type: ignore[union-attr, arg-type]
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    return clusters


def whole_map(links: Iterable[Claim]) -> dict[str, set[str]]:
    """Every folded name -> the folded names it is part of or located in (transitively)."""
    direct: dict[str, set[str]] = defaultdict(set)
    for link in links:
        rel = link.relation
        direct[canonical(rel.agent or "")].add(canonical(rel.patient or ""))  # type: ignore[union-attr]
    closed: dict[str, set[str]] = {}
    for part, wholes_of in direct.items():
        seen: set[str] = set()
        todo = list(wholes_of)
        while todo:
            whole = todo.pop()
            if whole not in seen and whole != part:
                seen.add(whole)
                todo.extend(direct.get(whole, ()))
        closed[part] = seen
    return closed


def _scope_groups(
    frame: str, clusters: list[list[Claim]], links: Sequence[Claim], wholes: dict[str, set[str]]
) -> list[Group]:
    """A group where some sources state the event for a whole and others only for a part."""
    out: list[Group] = []
    for narrow in clusters:
        nkey = patient_key(narrow[0])
        for broad in clusters:
            bkey = patient_key(broad[0])
            if broad is narrow or bkey not in wholes.get(nkey, set()):
                continue
            broad_sources = {c.source for c in broad}
            only_narrow = [c for c in narrow if c.source not in broad_sources]
            if not only_narrow:
                continue
            evidence = [
                link
                for link in links
                if canonical(link.relation.agent or "") == nkey  # type: ignore[union-attr]
                and canonical(link.relation.patient or "") in wholes.get(nkey, set()) | {bkey}  # type: ignore[union-attr]
            ]
            # Prefer the link the narrow source wrote itself.
            own = [link for link in evidence if link.source in {c.source for c in only_narrow}]
            chosen = own[:1] or evidence[:1]
            subject = f"{lexicon().describe(frame)}: {broad[0].relation.patient} / {narrow[0].relation.patient}"  # type: ignore[union-attr]
            out.append(Group(ClaimKind.RELATION, subject, tuple(broad + only_narrow + chosen)))
    return out


def _subject(frame: str, cluster: Sequence[Claim]) -> str:
    names = sorted((c.relation.patient or "" for c in cluster), key=lambda n: (-len(n), n))  # type: ignore[union-attr]
    return f"{lexicon().describe(frame)}: {names[0]}"
