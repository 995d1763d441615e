"""Whose a figure is: names, pronouns and clauses that share a subject (people.py)."""

from __future__ import annotations

import pytest
import spacy
from claim_factory import read_figure
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from claimcheck import extract
from claimcheck.models import ClaimKind
from claimcheck.readers.claims import read_claims
from claimcheck.readers.people import People


def _figure(nlp, text: str, figure: str):
    return read_figure(nlp, text, figure)


# ---------------------------------------------------------------- he, she, his, her

PRONOUNS = [
    # text, figure, agent
    ("Maria Lopez opened the scoring early. She finished with 19 points.", "19", "Maria Lopez"),
    ("Tom Hale started at guard. His 12 rebounds led all players.", "12", "Tom Hale"),
    ("Tom Hale started at guard. He hit a jumper. He finished with 12 points.", "12", "Tom Hale"),
    # several people named, but only one in the main clause, as its subject
    (
        "While the defence crowded Oscar Ortiz near the basket, Daniel Reyes found space. "
        "He ended the night with 21 points.",
        "21",
        "Daniel Reyes",
    ),
    # within its own sentence, the one person named before the pronoun
    ("Daniel Reyes scored nine of his 17 points in overtime.", "17", "Daniel Reyes"),
    # two people in the main clause: nobody is guessed
    ("Adams passed to Baker for the winning basket. He finished with 15 points.", "15", None),
    ("Lee scored 10 points and Kim scored 12. He also had 7 assists.", "7", None),
    # another person is the subject of a clause: nobody is guessed
    ("Mary Horton was hit by a stray bullet as Lopez fired at rivals. He fired 13 shots in all.", "13", None),
    # a common noun as a subject before the pronoun may be whom it means
    ("Mary Horton died on Friday. A gang member was convicted because he fired 13 shots.", "13", None),
    # a paragraph break, or a name too many sentences back, ends the reach of a name
    ("Maria Lopez opened the scoring early.\n\nShe finished with 19 points.", "19", None),
    (
        "Tom Hale started at guard. The crowd was loud. The band played on. The lights went out. "
        "He finished with 12 points.",
        "12",
        None,
    ),
    # a pronoun before a name is a mention too: the middle sentence is about two people
    (
        "Tom Hale sat out the first half. The coach benched him to rest Jon Park. He finished with 12 points.",
        "12",
        None,
    ),
    # with nobody in view, a pronoun before the main clause's named subject is that subject
    ("Though he was hurt, Tom Hale stayed in the game, where his 12 points led the team.", "12", "Tom Hale"),
    # after a paragraph break nobody is in view, unless the article is about one person
    (
        "Tom Hale retired on Friday. Tom Hale coached for years. Fans loved Tom Hale. Jon Park wept."
        "\n\nHe scored 12 points in his last game.",
        "12",
        "Tom Hale",
    ),
    (
        "Tom Hale retired on Friday. Jon Park coached for years. Fans loved Tom Hale."
        "\n\nHe scored 12 points in his last game.",
        "12",
        None,
    ),
    # a short quoted name is no quotation: "he" still reads
    ('Tom Hale, known as "the Hammer," started. He scored 12 points.', "12", "Tom Hale"),
    # ... but short words with a pronoun are somebody's: their "he" is not read
    ('Tom Hale started. "He scored 12," Park said.', "12", None),
    # a quotation's "he" is the speaker's, not the writer's, over all the sentences it runs
    ('Tom Hale started at guard. "He gave us 12 points off the bench," the coach said.', "12", None),
    (
        "Tom Hale started at guard. \u201cWe needed energy. He scored 12 points. That was big,\u201d the coach said.",
        "12",
        None,
    ),
]


@pytest.mark.parametrize(("text", "figure", "agent"), PRONOUNS)
@pytest.mark.model
def test_a_pronoun_takes_the_person_named_before_it(nlp, text, figure, agent):
    assert _figure(nlp, text, figure).agent == agent


# ---------------------------------------------------------------- subjects shared by clauses

SHARED_SUBJECTS = [
    ("Daniel Reyes drove to the basket, scoring six straight points.", "six", "Daniel Reyes"),
    ("Daniel Reyes scored 17 points and grabbed 9 rebounds.", "9", "Daniel Reyes"),
    ("Daniel Reyes helped the Tigers by scoring 17 points.", "17", "Daniel Reyes"),
    ("The Tigers were led by Daniel Reyes, who scored 17 points.", "17", "Daniel Reyes"),
    # a surname the model tags as an organisation is a person the article names in full
    ("Daniel Reyes started the game. Reyes scored 11 points.", "11", "Reyes"),
    # the person asked to score is the object, not the subject: nobody is guessed
    ("The coach asked Daniel Reyes to score 20 points.", "20", None),
]


@pytest.mark.parametrize(("text", "figure", "agent"), SHARED_SUBJECTS)
@pytest.mark.model
def test_a_clause_without_a_subject_shares_its_neighbours(nlp, text, figure, agent):
    assert _figure(nlp, text, figure).agent == agent


def test_a_name_the_article_tags_as_an_organisation_is_not_a_person():
    # "Drake" twice tagged ORG, then as an untagged subject: the team, not a scorer
    words = ["Drake", "beat", "Iowa", ".", "Iowa", "lost", "to", "Drake", ".", "Drake", "scored", "20", "points", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 1, 5, 5, 5, 6, 5, 10, 10, 12, 10, 10],
        deps=[
            "nsubj",
            "ROOT",
            "dobj",
            "punct",
            "nsubj",
            "ROOT",
            "prep",
            "pobj",
            "punct",
            "nsubj",
            "ROOT",
            "nummod",
            "dobj",
            "punct",
        ],
        pos=[
            "PROPN",
            "VERB",
            "PROPN",
            "PUNCT",
            "PROPN",
            "VERB",
            "ADP",
            "PROPN",
            "PUNCT",
            "PROPN",
            "VERB",
            "NUM",
            "NOUN",
            "PUNCT",
        ],
        ents=["B-ORG", "O", "B-GPE", "O", "B-GPE", "O", "O", "B-ORG", "O", "O", "O", "B-CARDINAL", "O", "O"],
        lemmas=[w.lower() for w in words],
    )
    [claim] = [c for c in read_claims(doc) if c.quantity is not None]
    assert (claim.noun, claim.agent) == ("points", None)


@pytest.mark.parametrize(
    ("text", "start", "end", "name"),
    [
        ("Born Vincenzo, he was called Chin.", 0, 2, "Vincenzo"),  # a participle opening the sentence
        ("The State Department's spokesman spoke.", 0, 4, "State Department"),
        ("Ruth Nadler spoke.", 0, 2, "Ruth Nadler"),
        ("The court handed Lena Ruiz 10 years behind bars.", 3, 7, "Lena Ruiz"),  # a count glued on
        ("Apollo 11 landed.", 0, 2, "Apollo 11"),  # a number that is part of the name stays
    ],
)
@pytest.mark.model
def test_a_name_is_trimmed_of_what_is_no_part_of_it(nlp, text, start, end, name):
    from claimcheck.readers.people import trim_name

    trimmed = trim_name(nlp(text)[start:end])
    assert trimmed is not None and trimmed.text == name


# ---------------------------------------------------------------- how far back a pronoun looks

REACH = [
    # sentences between the name and the pronoun, reach, whether the pronoun is read
    (0, 1, True),
    (1, 1, False),
    (1, 2, True),
    (3, 3, False),
    (3, 4, True),
]


@pytest.mark.parametrize(("between", "reach", "read"), REACH)
@pytest.mark.model
def test_the_pronoun_reach_is_the_readers_setting(nlp, between, reach, read):
    from claimcheck.config import ReadingLimits

    fillers = ["The crowd was loud.", "The band played on.", "The lights went out."][:between]
    text = " ".join(["Tom Hale started at guard.", *fillers, "He finished with 12 points."])
    with nlp.select_pipes(disable=["claimcheck_claims"]):
        doc = nlp(text)
    claims = [c for c in read_claims(doc, limits=ReadingLimits(pronoun_reach=reach)) if c.text == "12"]
    assert [c.agent for c in claims] == (["Tom Hale"] if read else [None])


@pytest.mark.parametrize(
    ("subject", "label", "agent"),
    [
        ("Valdez", "B-DATE", "Valdez"),  # a surname the model took for a date is still a name
        ("Valdez", "B-CARDINAL", "Valdez"),
        ("Valdez", "B-PERSON", "Valdez"),
        ("March", "B-DATE", None),  # a month is no one's name
        ("Sunday", "B-DATE", None),
    ],
)
def test_a_name_the_model_labels_as_a_figure_is_still_a_name(subject, label, agent):
    words = [subject, "scored", "27", "points", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
        pos=["PROPN", "VERB", "NUM", "NOUN", "PUNCT"],
        ents=[label, "O", "B-CARDINAL", "O", "O"],
        lemmas=[subject, "score", "27", "point", "."],
    )
    [claim] = [c for c in read_claims(doc) if c.quantity is not None]
    assert (claim.noun, claim.agent) == ("points", agent)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Turnout was 3.2 million voters, officials said.",
        "Attendance was 5,000 people at the opening.",
    ],
)
def test_a_measure_noun_opening_a_sentence_is_no_person(nlp, text):
    # the small model may call a capitalised "Turnout" a person: it holds no figure and is no name
    claims = extract(text, nlp=nlp)
    assert not [c for c in claims if c.kind is ClaimKind.ENTITY and c.label == "PERSON"]
    assert all(c.agent is None for c in claims if c.kind is ClaimKind.QUANTITY)


# ---------------------------------------------------------------- main clause


def _main_by_walking(heads: list[int], deps: list[str]) -> list[bool]:
    """The plain definition: no token on the way up to the root opens a subordinate clause."""
    out = []
    for i in range(len(heads)):
        node, main = i, True
        while True:
            if deps[node] in {"advcl", "relcl", "acl"}:
                main = False
                break
            if heads[node] == node:
                break
            node = heads[node]
        out.append(main)
    return out


@st.composite
def _trees(draw):
    size = draw(st.integers(1, 25))
    heads = [0] + [draw(st.integers(0, i - 1)) for i in range(1, size)]
    deps = [draw(st.sampled_from(["ROOT", "advcl"]))] + [
        draw(st.sampled_from(["nsubj", "dobj", "advcl", "relcl", "acl", "prep"])) for _ in range(1, size)
    ]
    return heads, deps


@given(_trees())
def test_main_clause_flags_match_the_walk_up_to_the_root(tree):
    heads, deps = tree
    doc = Doc(spacy.blank("en").vocab, words=[f"w{i}" for i in range(len(heads))], heads=heads, deps=deps)
    assert People._main_clause(doc) == _main_by_walking(heads, deps)
