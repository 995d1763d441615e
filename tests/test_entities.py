"""Names: folding, aliases, transliteration variants, and people who must stay apart."""

from __future__ import annotations

import pytest

from claimcheck.entities import canonical, fold, same_entity, same_person


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("U.S.", "us"),
        ("Nausėda", "nauseda"),
        ("The State Department's", "state department"),
        ("  Alexander   LUKASHENKO ", "alexander lukashenko"),
        ("Zelenskyy’s", "zelenskyy"),
    ],
)
def test_fold(name, folded):
    assert fold(name) == folded


@pytest.mark.parametrize(
    ("a", "b"),
    [("US", "United States"), ("U.S.", "the United States"), ("UK", "Britain"), ("EU", "European Union")],
)
def test_aliases_share_a_canonical_form(a, b):
    assert canonical(a) == canonical(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Alexander Lukashenka", "Alexander Lukashenko", True),
        ("Lukashenka", "Alexander Lukashenko", True),
        ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya", True),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Gitanas Nausėda", "Gitanas Nauseda", True),
        ("Alexei Navalny", "Yulia Navalnaya", False),
        ("Navalny", "Navalnaya", False),
        ("Ivanov", "Ivanova", False),
        ("Donald Trump", "Donald Tusk", False),
        ("Alexander Lukashenko", "Alexander Lukashevich", False),
        ("John Smith", "Jane Smith", False),
    ],
)
def test_same_person(a, b, same):
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_places_merge_by_alias_not_by_similarity():
    assert same_entity("US", "United States", "GPE")
    assert not same_entity("Austria", "Australia", "GPE")
