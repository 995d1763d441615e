"""roles.py: the titles written beside a person's name, read from the parse."""

from __future__ import annotations

import pytest

from claimcheck.readers.roles import TITLE, role_words, title_claims


def _titles(nlp, text):
    return [(c.relation.agent, c.role) for c in title_claims(nlp(text), text)]


# a sentence, the (person, title) it must give
TITLES = [
    ("The case went to county Circuit Judge Mara Feld on Tuesday.", ("Mara Feld", "county Circuit Judge")),
    (
        "Officials said Tom Reyes, an inspector with the regional harbor authority, was on site.",
        ("Tom Reyes", "inspector with the regional harbor authority"),
    ),
    (
        "The vote was called by Harbor Board chairman Lee Dunn after a long debate.",
        ("Lee Dunn", "Harbor Board chairman"),
    ),
    ("Maria Lopez, the mayor of Brindle, opened the bridge on Monday.", ("Maria Lopez", "mayor of Brindle")),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_titles_are_read(nlp, text, expected):
    assert expected in _titles(nlp, text)


def test_a_title_claim_spans_the_title_and_the_name(nlp):
    text = "Officials said Tom Reyes, an inspector with the regional harbor authority, was on site."
    [claim] = [c for c in title_claims(nlp(text), text) if c.relation.agent == "Tom Reyes"]
    assert claim.relation.event == TITLE
    assert text[claim.start : claim.end] == claim.text
    assert claim.text.startswith("Tom Reyes") and claim.text.endswith("authority")


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Board Names New Chairman Lee Dunn\nThe board met on Monday.",  # a headline
        "Lee Dunn said the vote would wait.",  # no title
    ],
)
def test_no_title_where_none_is_written(nlp, text):
    assert not [t for t in _titles(nlp, text) if t[0] == "Lee Dunn"]


def test_a_surname_stands_for_the_full_name(nlp):
    text = "Mara Feld presided. Later, county Circuit Judge Feld read the verdict."
    assert ("Mara Feld", "county Circuit Judge") in _titles(nlp, text)


def test_role_words_are_loaded_once():
    assert role_words() is role_words()
    assert role_words().is_role("inspector") and role_words().is_role("judge")


@pytest.mark.parametrize(
    ("text", "titles", "expected"),
    [
        ("The letter was signed by registrar Martin Hale.", ["registrar"], ("Martin Hale", "registrar")),
        ("Steward Ivo Tarn backed the plan on Monday.", ["steward"], ("Ivo Tarn", "Steward")),
    ],
)
def test_an_added_title_word_is_read_as_a_title(nlp, text, titles, expected):
    from claimcheck.lexicon import PACKAGED

    doc = nlp(text)
    assert expected not in [(c.relation.agent, c.role) for c in title_claims(doc, text)]
    grown = PACKAGED.extended(title_words=titles).title_words
    assert expected in [(c.relation.agent, c.role) for c in title_claims(doc, text, titles=grown)]


def test_role_words_are_made_once_per_list_of_titles():
    from claimcheck.lexicon import PACKAGED

    grown = PACKAGED.extended(title_words=["commissar"]).title_words
    assert role_words(grown) is role_words(grown)
    assert role_words(grown).is_role("commissar") and not role_words().is_role("commissar")
