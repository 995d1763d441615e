"""Nicknames and group names the entity recogniser misses, read from the words that cue them."""

from __future__ import annotations

import pytest

from claimcheck import Status, compare


def _names(nlp, text: str) -> dict[str, str]:
    from claimcheck.extract import extract

    return {c.entity: c.label for c in extract(text, nlp=nlp) if c.entity}  # type: ignore[misc]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ('Police said the man is known by the nickname "Tooky."', "Tooky", "NICKNAME"),
        ("Detectives said he goes by the street moniker of Bandit.", "Bandit", "NICKNAME"),
        ("The fighter, known as Iron Mike, retired in May.", "Iron Mike", "NICKNAME"),
        ("Police said the man, known on the street as Bandit, was arrested.", "Bandit", "NICKNAME"),
        ("Officers said he belonged to the Larkin Boys gang.", "Larkin Boys", "ORG"),
        ("She will run the firm's new “cloud storage” business.", "cloud storage", "ORG"),
    ],
)
def test_a_cued_name_is_read(nlp, text, name, label):
    assert _names(nlp, text).get(name) == label


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The gang fled before police arrived.",  # no name before the noun
        "Police said the nickname stuck.",  # no name after the cue
        "She will run the firm's new storage business.",  # plain words, no quotes
        "Police arrested a 9 Lanes gang member.",  # only the end of a name with a number
        "Police arrested a Venetian Gardens gang member.",  # only the end of a longer name
    ],
)
def test_a_cue_without_a_name_reads_none(nlp, text):
    assert _names(nlp, text) == {}


@pytest.mark.model
def test_known_as_reads_no_nickname_across_a_comma(nlp):
    # "as" past a comma starts another clause, not a name
    assert "NICKNAME" not in _names(nlp, "The area is known for farms, as Dover residents say.").values()


@pytest.mark.model
def test_one_nickname_spelled_two_ways_is_a_variant(nlp):
    report = compare(
        {
            "a": 'Police said the suspect, 24, goes by the street moniker "Tooky."',
            "b": "The suspect, who goes by the nickname Tookey, was arrested on Friday.",
        },
        nlp=nlp,
    )
    [finding] = [f for f in report.findings if f.subject.endswith("(nickname)")]
    assert finding.status is Status.VARIANT
    assert {c.text for c in finding.claims} == {"Tooky", "Tookey"}


@pytest.mark.model
def test_a_group_name_in_other_vowels_is_a_variant(nlp):
    report = compare(
        {
            "a": "Police said the shooter was aiming at members of the rival Crescent Kings gang.",
            "b": "The shooter was targeting the Crescent Kongs gang, police said.",
        },
        nlp=nlp,
    )
    [finding] = [f for f in report.findings if "Crescent" in f.subject]
    assert finding.status is Status.VARIANT


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lists", "name"),
    [
        ("Police said members of the Red Hand fraternity ran the port.", {"group_nouns": ["fraternity"]}, "Red Hand"),
        ("He went by the sobriquet Whisper among dealers.", {"nickname_cues": ["sobriquet"]}, "Whisper"),
    ],
)
def test_an_added_cue_word_reads_a_name_it_did_not_before(nlp, text, lists, name):
    from claimcheck.lexicon import PACKAGED
    from claimcheck.readers.cued_names import cued_names

    with nlp.select_pipes(disable=["claimcheck_claims"]):
        doc = nlp(text)
    grown = PACKAGED.extended(**lists)
    assert name not in [doc[start:end].text for start, end, _ in cued_names(doc)]
    found = cued_names(doc, grown.nickname_cues, grown.group_nouns)
    assert name in [doc[start:end].text for start, end, _ in found]
