"""What a figure measures: the lexicon's nouns, events, synonyms and exceptions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.measure import Cue, Measure, MeasureLexicon, load_measures, measure_of

READINGS = [
    # noun lemma, event class, verb, measure
    ("shot", "fire", "fire", Measure("shots")),
    ("bullet", "spray", "spray", Measure("shots")),
    ("round", "fire", "fire", Measure("shots")),  # rounds fired are shots ...
    ("round", "intend", "intend", Measure("shots")),  # ... and rounds intended for a target ...
    ("round", "win", "win", Measure("round", "win")),  # ... rounds of a fight are not
    ("shot", "block", "block", Measure("shot", "block")),  # a blocked shot in a game is no gunfire
    ("toll", "rise", "rise", Measure("killed")),
    ("death", "", "", Measure("killed")),
    ("people", "kill", "kill", Measure("killed")),  # a generic noun leaves the event to say
    (None, "kill", "die", Measure("killed")),
    ("people", "evacuate", "flee", Measure("evacuated")),
    ("people", "gather", "gather", Measure("crowd size")),  # people gathered are a crowd
    ("people", "arrest", "arrest", Measure("arrested")),
    ("soldier", "kill", "kill", Measure("soldier", "kill")),  # a group of people is no synonym of "people"
    ("inmate", "release", "free", Measure("prisoners", "release")),  # synonyms keep their event
    ("prisoner", "remain", "languish", Measure("prisoners", "remain")),
    ("depth", "strike", "strike", Measure("depth")),
    ("N-year-old", "arrest", "arrest", Measure("age")),
    ("price", "start", "start", Measure("price")),
    ("term", "receive", "receive", Measure("years in prison")),  # "received a nine-year term"
    ("term", "sentence", "sentence", Measure("years in prison")),
    ("term", "win", "win", Measure("term", "win")),  # "won a four-year term" in office
    ("man", "charge", "charge", Measure("people", "charge")),  # "11 men charged" counts people charged
    (None, "pay", "cost", Measure("price")),  # "it costs $199"
    (None, "price", "price", Measure("price")),  # "priced at $249"
    ("defendant", "charge", "charge", Measure("people", "charge")),
    ("ill", "", "", Measure("sickened")),
    (None, "sicken", "sicken", Measure("sickened")),  # "fell ill" is read "sicken"
    (None, "consume", "consume", Measure("area burned")),  # "the blaze consumed 70 square miles"
    ("snow", "dump", "dump", Measure("snowfall")),
    ("vote", "vote", "elect", Measure("votes won")),  # "was elected with 12,400 votes"
    ("ballot", "take", "take", Measure("votes won")),
    (None, None, None, None),
]


@pytest.mark.parametrize(("noun", "event", "verb", "expected"), READINGS)
def test_what_a_figure_measures(noun, event, verb, expected):
    assert measure_of(noun, event, verb) == expected


def test_the_lexicon_is_data_a_user_can_extend():
    lexicon = load_measures().extended(
        {"measures": {"goals conceded": {"nouns": ["concession"]}}, "counted": {"prisoners": ["hostage"]}}
    )
    assert measure_of("concession", "", "", lexicon) == Measure("goals conceded")
    assert measure_of("hostage", "release", "release", lexicon) == Measure("prisoners", "release")
    assert measure_of("hostage", "release", "release") == Measure("hostage", "release")  # the default is untouched


def test_modifiers_that_never_describe_one_amount_are_exclusive_like_nouns():
    packaged = load_measures()
    assert frozenset({"man", "woman"}) in packaged.exclusive
    assert any({"net", "operating"} <= group for group in packaged.exclusive)
    more = packaged.extended({"exclusive_modifiers": [["Nominal", "Real"]]})
    assert frozenset({"nominal", "real"}) in more.exclusive  # kept lower-cased, as claims are read


def test_lexicon_entries_are_unique_across_kinds():
    """A noun names one measure, or is a synonym of one counted thing, or is generic: never two."""
    import json
    from importlib import resources

    data = json.loads(resources.files("claimcheck").joinpath("data/measures.json").read_text("utf-8"))
    seen: dict[str, str] = {}
    for name, entry in data["measures"].items():
        for noun in entry.get("nouns", ()):
            assert seen.setdefault(noun, name) == name, noun
    for name, nouns in data["counted"].items():
        for noun in nouns:
            assert seen.setdefault(noun, name) == name, noun
    for noun in data["generic_nouns"]:
        assert noun not in seen, noun


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", max_size=12), st.text(alphabet="abcdefghij", max_size=8))
def test_an_unknown_noun_keeps_its_event(noun, event):
    lexicon = MeasureLexicon.from_dict({})
    found = measure_of(noun, event, event, lexicon)
    if noun or event:
        assert found == Measure(noun, event)
    else:
        assert found is None


def test_the_sentence_a_defendant_faces_is_its_own_measure():
    import attrs
    from claim_factory import qclaim

    from claimcheck.align import align_quantities
    from claimcheck.readers.quantities import parse_quantity

    def said(source, amount, verb):
        claim = qclaim(source, amount, None, verb, agent="Dale Brenner")
        return attrs.evolve(claim, quantity=parse_quantity(amount, measures=True))

    faces = [said("a", "up to 25 years", "face"), said("b", "20 years", "face")]
    sentenced = said("c", "12 years", "sentence")
    groups = align_quantities([*faces, sentenced])
    measures = sorted({c.measure for g in groups for c in g.claims if len(g.claims) == 2})
    assert measures == ["possible sentence"]  # the two maxima together, the sentence apart


def test_a_longer_cue_is_tried_before_a_shorter_one_it_ends_with():
    """ "estimated to sell for" is an estimate, though it ends with the price cue "sell for"."""
    lexicon = MeasureLexicon.from_dict(
        {"cues": {"before": {"sell for": {"measure": "price"}, "estimated to sell for": {"measure": "estimate"}}}}
    )
    assert next(iter(lexicon.cues_before)) == "estimated to sell for"
    extended = lexicon.extended({"cues": {"before": {"expected to sell for": {"measure": "estimate"}}}})
    assert [len(c) for c in extended.cues_before] == sorted((len(c) for c in extended.cues_before), reverse=True)


@pytest.mark.parametrize(
    ("cue_dimension", "dimension", "holds"),
    [
        ("", "", True),
        ("", "length", True),
        ("length", "length", True),
        ("length", "area", False),
        ("currency", "currency:USD", True),  # any money
        ("currency", "currency:EUR", True),
        ("currency", "", False),  # not a count
        ("currency", "duration", False),
    ],
)
def test_a_cue_holds_for_its_dimension_only(cue_dimension, dimension, holds):
    assert Cue("price", dimension=cue_dimension).holds_for(dimension) is holds
