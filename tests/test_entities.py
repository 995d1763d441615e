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


# ------------------------------------------------ names completed within one article


def _people(*names: str) -> list:
    from claim_factory import eclaim

    return [eclaim("a", n, start=i * 40) for i, n in enumerate(names)]


@pytest.mark.parametrize(
    ("names", "completed"),
    [
        # a surname alone takes the one full name the article gives it
        (("Marta Quillan", "Quillan"), ["Marta Quillan", "Marta Quillan"]),
        # a shorter form of the same person takes the fuller one
        (("Tomas R. Vell", "Tomas Vell"), ["Tomas R. Vell", "Tomas R. Vell"]),
        # a father and a son: each keeps his own first name; the surname alone is the one
        # the article introduces first, however often it names the other in full
        (("Dale Brenner", "Dalton Brenner", "Brenner"), ["Dale Brenner", "Dalton Brenner", "Dale Brenner"]),
        (
            ("Dale Brenner", "Dalton Brenner", "Dalton Brenner", "Brenner"),
            ["Dale Brenner", "Dalton Brenner", "Dalton Brenner", "Dale Brenner"],
        ),
        # a title is no first name
        (("Ivy Osgood", "Mrs Osgood", "Osgood"), ["Ivy Osgood", "Ivy Osgood", "Ivy Osgood"]),
        # nor a participle that opens the sentence
        (("Ivy Osgood", "Following Osgood"), ["Ivy Osgood", "Ivy Osgood"]),
    ],
)
def test_complete_names_never_gives_one_relative_anothers_first_name(names, completed):
    from claimcheck.entities import complete_names

    assert [c.entity for c in complete_names(_people(*names))] == completed


def test_two_first_names_one_article_writes_with_one_surname_are_two_people():
    from claim_factory import eclaim

    from claimcheck.align import align_entities

    claims = [
        eclaim("a", "Dale Brenner"),
        eclaim("a", "Dalen Brenner", start=40),  # close enough to read as a spelling elsewhere
        eclaim("b", "Dale Brenner"),
        eclaim("c", "Dalen Brenner"),
    ]
    groups = sorted(sorted({c.entity for c in g.claims}) for g in align_entities(claims))
    assert groups == [["Dale Brenner"], ["Dalen Brenner"]]
    # without the article that writes both, the two spellings are one person
    assert len(align_entities([c for c in claims if c.source != "a"])) == 1


def test_a_surname_the_model_tagged_otherwise_still_takes_the_full_name():
    from claim_factory import eclaim

    from claimcheck.entities import complete_names

    claims = [eclaim("a", "Ivy Osgood"), eclaim("a", "Osgood", "ORG", start=40), eclaim("a", "Dover", "GPE", start=80)]
    assert [c.entity for c in complete_names(claims)] == ["Ivy Osgood", "Ivy Osgood", "Dover"]


@pytest.mark.parametrize(
    ("titles", "completed"),
    [
        (None, ["Commissar Tarn", "Ivo Tarn", "Commissar Tarn"]),  # "Commissar" read as a first name
        (frozenset({"commissar"}), ["Ivo Tarn", "Ivo Tarn", "Ivo Tarn"]),  # a title the run added
    ],
)
def test_a_title_word_a_run_adds_is_no_first_name(titles, completed):
    from claimcheck.entities import complete_names

    assert [c.entity for c in complete_names(_people("Commissar Tarn", "Ivo Tarn", "Tarn"), titles)] == completed


@pytest.mark.parametrize(
    ("names", "lines", "completed"),
    [
        # the body calls someone "Quillan" before any full name: a later "Ana Quillan" is a relative
        (("Quillan", "Quillan", "Ana Quillan"), (4, 6, 9), ["Quillan", "Quillan", "Ana Quillan"]),
        # a headline may use the surname before the body's first full name
        (("Quillan", "Ana Quillan", "Quillan"), (1, 3, 6), ["Ana Quillan", "Ana Quillan", "Ana Quillan"]),
    ],
)
def test_a_surname_the_body_uses_alone_first_is_not_a_later_full_name(names, lines, completed):
    import attrs

    from claimcheck.entities import complete_names

    claims = [attrs.evolve(c, line=n) for c, n in zip(_people(*names), lines, strict=True)]
    assert [c.entity for c in complete_names(claims)] == completed


def test_claims_are_grouped_by_the_person_they_name_whatever_the_spelling():
    from claim_factory import eclaim

    from claimcheck.entities import person_groups

    claims = [eclaim("a", "Alexander Lukashenko"), eclaim("a", "Ann Cole"), eclaim("b", "Alexander Lukashenka")]
    groups = person_groups(claims, lambda c: c.entity or "")
    assert [[c.source for c in g] for g in groups] == [["a", "b"], ["a"]]
    assert [g[0].entity for g in groups] == ["Alexander Lukashenko", "Ann Cole"]
