"""align_relations.py: relation claims grouped by predicate class and argument, part-of
links bringing a broader argument's group next to a narrower one's, causal pairs."""

from __future__ import annotations

import pytest
from claim_factory import rclaim
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind
from claimcheck.align_relations import align_relations, cluster_patients, whole_map


def _patients(groups):
    return sorted(
        tuple(sorted({c.relation.patient for c in g.claims if c.relation.event != "part_of"})) for g in groups
    )


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("the U.S.", "the United States", "GPE"),
        ("Lukashenka", "Lukashenko", "PERSON"),
        ("Alexander Lukashenka", "Lukashenko", "PERSON"),
        ("prisoner", "prisoner", None),
    ],
)
def test_one_argument_written_two_ways_is_one_group(a, b, label):
    claims = [rclaim("x", "release", a, label=label), rclaim("y", "release", b, label=label, start=5)]
    assert len(cluster_patients(claims)) == 1


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [("Moldova", "Armenia", "GPE"), ("Navalny", "Navalnaya", "PERSON"), ("prisoner", "journalist", None)],
)
def test_different_arguments_stay_apart(a, b, label):
    claims = [rclaim("x", "release", a, label=label), rclaim("y", "release", b, label=label, start=5)]
    assert len(cluster_patients(claims)) == 2


def test_eased_and_lifted_are_one_event_but_imposed_is_another():
    claims = [
        rclaim("x", "sanctions_lifted", "Moldova", predicate="lift"),
        rclaim("y", "sanctions_lifted", "Moldova", predicate="ease", start=3),
        rclaim("z", "sanctions_imposed", "Moldova", predicate="impose", start=6),
    ]
    groups = align_relations(claims)
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert all(g.kind is ClaimKind.RELATION for g in groups)


def test_convicted_and_acquitted_share_the_verdict_frame():
    claims = [
        rclaim("x", "convict", "Tom Baker", label="PERSON"),
        rclaim("y", "acquit", "Tom Baker", label="PERSON", start=4),
    ]
    [group] = align_relations(claims)
    assert group.subject.startswith("verdict")


def test_whole_map_is_transitive_and_folded():
    links = [
        rclaim("x", "part_of", "Moldova", agent="Aerolux"),
        rclaim("x", "part_of", "Europe", agent="Moldova", start=9),
    ]
    wholes = whole_map(links)
    assert wholes["aerolux"] == {"moldova", "europe"}


def test_a_scope_group_joins_the_broad_claim_the_narrow_only_source_and_the_link():
    claims = [
        rclaim("wire", "sanctions_lifted", "Aerolux"),
        rclaim("wire", "part_of", "Moldova", agent="Aerolux", start=40),
        rclaim("blog", "sanctions_lifted", "Moldova"),
        rclaim("blog", "sanctions_lifted", "Aerolux", start=60),
    ]
    groups = align_relations(claims)
    [scope] = [g for g in groups if any(c.relation.event == "part_of" for c in g.claims)]
    broad = [c for c in scope.claims if c.relation.patient == "Moldova" and c.relation.event != "part_of"]
    narrow = [c for c in scope.claims if c.relation.patient == "Aerolux" and c.relation.event != "part_of"]
    assert [c.source for c in broad] == ["blog"]
    assert [c.source for c in narrow] == ["wire"]  # blog also names Aerolux, but it said the whole too


def test_no_scope_group_when_every_source_states_the_whole():
    claims = [
        rclaim("wire", "sanctions_lifted", "Moldova"),
        rclaim("wire", "part_of", "Moldova", agent="Aerolux", start=40),
        rclaim("blog", "sanctions_lifted", "Moldova"),
        rclaim("blog", "sanctions_lifted", "Aerolux", start=60),
    ]
    assert not any(any(c.relation.event == "part_of" for c in g.claims) for g in align_relations(claims))


def test_causal_links_group_by_the_pair_whichever_way_round():
    claims = [
        rclaim("a", "cause", None, predicate="prompt", cause="release", effect="sanctions_lifted"),
        rclaim("b", "cause", None, predicate="facilitate", cause="sanctions_lifted", effect="release"),
        rclaim("c", "cause", None, predicate="after", cause="arrest", effect="attack"),
    ]
    groups = align_relations(claims)
    assert sorted(len(g.claims) for g in groups) == [1, 2]


_NAMES = st.sampled_from(["Moldova", "Armenia", "the U.S.", "the United States", "Aerolux"])


@given(st.lists(st.tuples(st.sampled_from("abc"), _NAMES), min_size=1, max_size=8), st.randoms())
def test_grouping_does_not_depend_on_input_order(items, rnd):
    claims = [rclaim(src, "sanctions_lifted", name, start=i) for i, (src, name) in enumerate(items)]
    claims.append(rclaim("a", "part_of", "Moldova", agent="Aerolux", start=99))
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    key = lambda gs: sorted((g.subject, tuple(sorted((c.source, c.start) for c in g.claims))) for g in gs)  # noqa: E731
    assert key(align_relations(claims)) == key(align_relations(shuffled))
    # every event claim lands in exactly one plain (non-scope) group
    plain = [g for g in align_relations(claims) if not any(c.relation.event == "part_of" for c in g.claims)]
    assert sorted(c.start for g in plain for c in g.claims) == list(range(len(items)))
