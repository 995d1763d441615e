"""Ages of a group's members: which group a listed or named age is read with
(``readers/members.py``), and how listed ages meet the group's named members across
sources (``align_members.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import Status
from claimcheck.align_members import listed_note, place_listed, plural
from claimcheck.extract import extract
from claimcheck.models import Claim, ClaimKind, Quantity
from claimcheck.readers.quantities import find_quantities


def _groups(nlp, text: str) -> dict[str, str | None]:
    return {c.text: c.group for c in extract(text, nlp=nlp) if c.quantity is not None and c.text[0].isdigit()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is survived by his wife and two sons, ages 6 and 16.", {"6": "son", "16": "son"}),
        ("Police also arrested his two half-brothers, 17 and 22, on Friday.", {"17": "brother", "22": "brother"}),
        ("The victims, aged 19, 20 and 23, died at the scene.", {"19": "victim", "20": "victim", "23": "victim"}),
        ("Two of her children, girls age 6 and 8, looked on.", {"6": "girl", "8": "girl"}),
        ("She saw two 8- and 10-year-old girls run.", {"8": "girl", "10": "girl"}),
        ("The witnesses were two sisters-8-and 10-year-old girls - who testified.", {"8": "girl", "10": "girl"}),
        ("The 9- or 12-year-old boys were unhurt.", {"9": "boy", "12": "boy"}),
        # one age is one person's, not one of a group's
        ("An 11-year-old girl was wounded in the arm.", {"11": None}),
        ("The boy, age 12, was taken to hospital.", {"12": None}),
        # a list of other things after a noun of people is no list of ages
        ("The two teams, 3 and 4 in the table, drew.", {"3": None, "4": None}),
    ],
)
def test_a_listed_age_is_read_with_the_group_it_is_one_of(nlp, text, expected):
    assert _groups(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "group"),
    [
        ("His half-brother, Jonathan Carrasquillo, 24, is also on trial.", "Jonathan Carrasquillo", "brother"),
        (
            "He fired on the orders of his brother Jonathan Carrasquillo, 24, police said.",
            "Jonathan Carrasquillo",
            "brother",
        ),
        ('"I am relieved," said 17-year-old Jeremy Ortiz, one of the deputy\'s sons.', "Jeremy Ortiz", "son"),
        ("Her daughter, Maria Lopez, 31, was not hurt.", "Maria Lopez", "daughter"),
        # "half-brothers A and B" are brothers of each other, not of someone the text names
        ("The trial of half-brothers Andrew Lopez, 20, and Jonathan Carrasquillo, 24, began.", "Andrew Lopez", None),
        ("Jonathan Carrasquillo, 24, a neighbour, was arrested.", "Jonathan Carrasquillo", None),
    ],
)
def test_a_named_age_is_one_of_a_group_only_when_the_name_is_a_relative(nlp, text, name, group):
    ages = [c for c in extract(text, nlp=nlp) if c.quantity is not None and c.agent == name]
    assert [c.group for c in ages] == [group]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("two sisters-8-and 10-year-old girls", ["8", "10"]),
        ("the sisters-8 and 10 others", ["10"]),  # no suspended compound: "sisters-8" is a name-like code
        ("the F-16- and F-35 jets", []),
        ("Covid-19 and 20-year-old", ["20"]),
    ],
)
def test_a_number_glued_to_a_word_is_read_only_when_it_opens_a_suspended_compound(text, read):
    assert [m.quantity.text for m in find_quantities(text) if m.quantity.text[0].isdigit()] == read


def _age(source: str, value: int, *, agent: str | None = None, group: str | None = None, sentence: str = "") -> Claim:
    text = str(value)
    q = Quantity(low=value, high=value, value=value, text=text)
    return Claim(
        ClaimKind.QUANTITY,
        source,
        text,
        0,
        len(text),
        sentence or f"{source} lists ages.",
        text,
        q,
        noun="age",
        noun_lemma="age",
        agent=agent,
        group=group,
    )


def _placed(buckets) -> dict[str, list[tuple[str, int]]]:
    return {k: sorted((c.source, int(c.quantity.value)) for c in v) for k, v in buckets.items()}


def test_a_listed_age_goes_to_the_member_another_source_gives_it_then_to_the_one_left_near_it():
    buckets = {
        "person:kristian": [_age("b", 17, agent="Kristian", group="brother")],
        "person:jonathan carrasquillo": [_age("c", 24, agent="Jonathan Carrasquillo", group="brother")],
        None: [_age("a", 17, group="brother"), _age("a", 22, group="brother")],
    }
    place_listed(buckets, 1.1)
    assert _placed(buckets) == {
        "person:kristian": [("a", 17), ("b", 17)],
        "person:jonathan carrasquillo": [("a", 22), ("c", 24)],
    }


def test_a_listed_age_near_two_members_is_nobody_s_and_keeps_its_rank():
    buckets = {
        "person:ann": [_age("b", 20, agent="Ann", group="sister")],
        "person:bea": [_age("c", 24, agent="Bea", group="sister")],
        None: [_age("a", 22, group="sister"), _age("a", 40, group="sister")],
    }
    place_listed(buckets, 1.1)
    assert _placed(buckets) == {
        "person:ann": [("b", 20)],
        "person:bea": [("c", 24)],
        "group:sister:1/2": [("a", 22)],
        "group:sister:2/2": [("a", 40)],
    }


def test_a_member_whose_age_the_listing_source_gives_takes_nothing_from_its_list():
    buckets = {
        "person:jeremy": [_age("a", 17, agent="Jeremy", group="son"), _age("b", 17, agent="Jeremy", group="son")],
        None: [_age("a", 6, group="son"), _age("a", 16, group="son")],
    }
    place_listed(buckets, 1.1)
    assert _placed(buckets)["person:jeremy"] == [("a", 17), ("b", 17)]


def test_members_of_another_group_take_nothing():
    buckets = {
        "person:jeremy": [_age("b", 17, agent="Jeremy", group="nephew")],
        None: [_age("a", 6, group="son"), _age("a", 16, group="son")],
    }
    place_listed(buckets, 1.1)
    assert _placed(buckets) == {
        "person:jeremy": [("b", 17)],
        "group:son:1/2": [("a", 6)],
        "group:son:2/2": [("a", 16)],
    }


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("girl", "girls"), ("child", "children"), ("baby", "babies"), ("boy", "boys"), ("witness", "witnesses")],
)
def test_plural(noun, expected):
    assert plural(noun) == expected


def test_the_note_says_how_a_list_was_read():
    claims = [_age("a", 16, group="son"), _age("b", 17, agent="Jeremy Ortiz", group="son")]
    assert listed_note(claims) == (
        "a gives the ages of sons without saying whose each is; "
        "the one nearest Jeremy Ortiz's is read as Jeremy Ortiz's."
    )
    assert listed_note([_age("a", 6, group="girl"), _age("b", 8, group="girl")]) == (
        "a and b give the ages of girls without saying whose each is; they are compared youngest with youngest."
    )
    assert listed_note([_age("a", 6, agent="Ann")]) is None


_NAMES = ["Jeremy Ortiz", "Daniel Ortiz"]


def _conflicting_pairs(report) -> set[frozenset[tuple[str, str]]]:
    return {
        frozenset((c.source, c.text) for c in f.claims)
        for f in report.findings
        if f.status is Status.CONFLICT and f.kind.value == "quantity"
    }


@settings(max_examples=8, deadline=None)
@given(
    ages=st.lists(st.integers(2, 60), min_size=2, max_size=3, unique=True),
    order=st.randoms(use_true_random=False),
)
def test_two_lists_of_one_group_in_any_order_agree(ages, order):
    shuffled = list(ages)
    order.shuffle(shuffled)
    said = ", ".join(str(a) for a in ages[:-1]) + f" and {ages[-1]}"
    resaid = ", ".join(str(a) for a in shuffled[:-1]) + f" and {shuffled[-1]}"
    report = claimcheck.compare(
        {
            "a": f"The deputy was killed on Friday. He is survived by {len(ages)} sons, ages {said}.",
            "b": f"A deputy died on Friday. He leaves {len(ages)} sons, ages {resaid}.",
        }
    )
    assert not _conflicting_pairs(report)


@settings(max_examples=6, deadline=None)
@given(young=st.integers(3, 9), old=st.integers(20, 40), shift=st.sampled_from([-1, 1]))
def test_a_misread_age_of_a_listed_group_conflicts_at_its_rank_only(young, old, shift):
    report = claimcheck.compare(
        {
            "a": f"Two girls, ages {young} and {old}, saw the shooting on Friday.",
            "b": f"The shooting on Friday was seen by two {young}- and {old + shift}-year-old girls.",
        }
    )
    assert _conflicting_pairs(report) == {frozenset({("a", str(old)), ("b", str(old + shift))})}


_FAMILY = {
    "a": "The deputy was killed on Friday. He is survived by his wife and two sons, ages 6 and 16.",
    "b": "The slain deputy leaves two sons, ages 16 and 6.",
    "c": '"We miss him," said 17-year-old Jeremy Ortiz, one of the deputy\'s sons.',
}


def _verdicts(report) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted(
        (f.status.value, sorted((c.source, c.text) for c in f.claims))
        for f in report.findings
        if f.kind.value == "quantity"
    )


@settings(max_examples=6, deadline=None)
@given(order=st.permutations(sorted(_FAMILY)), unrelated=st.booleans())
def test_list_findings_depend_neither_on_article_order_nor_on_an_unrelated_article(order, unrelated):
    texts = {name: _FAMILY[name] for name in order}
    if unrelated:
        texts["z"] = "The council approved a budget of $3 million for the new bridge on Tuesday."
    found = [v for v in _verdicts(claimcheck.compare(texts)) if all(s != "z" for s, _ in v[1])]
    assert found == _verdicts(claimcheck.compare(_FAMILY))
    assert ("conflict", [("a", "16"), ("b", "16"), ("c", "17")]) in found
