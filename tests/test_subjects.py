"""Tests for subjects.py: what a fact is about, in words an editor uses."""

from __future__ import annotations

import attrs
import pytest

from claimcheck.measure import INTERVAL
from claimcheck.models import Claim, ClaimKind, Quantity
from claimcheck.subjects import participle, readable_subject


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("kill", "killed"), ("free", "freed"), ("pay", "paid"), ("carry", "carried"), ("stop", "stopped"),
     ("fire", "fired"), ("injure", "injured"), ("win", "won"), ("shoot", "shot"), ("evacuate", "evacuated"),
     ("obtain", "obtained"), ("hide", "hidden"), ("sit", "sat"), ("admit", "admitted"), ("", "")],
)  # fmt: skip
def test_participle(lemma, expected):
    assert participle(lemma) == expected


def _claim(noun=None, predicate=None, unit=None, scope=None, agent=None, passive=False) -> Claim:
    return Claim(
        kind=ClaimKind.QUANTITY,
        source="a",
        text="5",
        start=0,
        end=1,
        noun=noun,
        predicate=predicate,
        quantity=Quantity(low=5, high=5, value=5, unit=unit, text="5"),
        scope=scope,
        agent=agent,
        passive=passive,
    )


class _Measured:
    """A claim carrying ``measure``/``holder`` (fields claims gain with the numeric alignment work)."""

    def __init__(self, claim: Claim, measure=None, holder=None):
        self._claim, self.measure, self.holder = claim, measure, holder

    def __getattr__(self, name):
        return getattr(self._claim, name)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([_claim("people", "kill")], "people killed"),
        ([_claim("people", "dead")], "people killed"),
        (
            [_claim("prisoners", "release"), _claim("prisoners", "free"), _claim("prisoners", "release")],
            "prisoners released",
        ),
        ([_claim("voters", "back", unit="%")], "share of voters backed"),
        ([_claim("fine", "pay", unit="USD")], "fine in USD paid"),
        ([_claim(None, "hit")], "number hit"),
        ([_claim("points", "score", scope="second half")], "points scored in the second half"),
        ([_claim("points", "score", scope="the past 24 hours")], "points scored in the past 24 hours"),
        ([_claim("points", "score", agent="McDermott")], "points scored by McDermott"),
        ([_claim("block", "shoot", agent="Rhee", passive=True)], "block (Rhee was shot)"),
        ([_claim("men", "await", scope="added")], "men awaited, added to another figure"),
        ([_claim("payments", "expect", agent="Rhee", passive=True)], "payments (Rhee)"),
        ([_claim("games", "have", agent="Rhee")], "games of Rhee"),
        ([_Measured(_claim("metres", "reach"), measure="depth", holder="the quake")], "depth of the quake"),
        ([_Measured(_claim("people", "kill"), measure="killed")], "people killed"),
        # a noun that names the measure itself ("some 300 hurt", "the death toll") counts people
        ([_Measured(_claim("hurt", "rise"), measure="injured")], "people injured"),
        ([_Measured(_claim("death toll", "climb"), measure="killed")], "people killed"),
        ([_Measured(_claim("miners", "kill"), measure="killed")], "miners killed"),
        # a time of day: "time", never the unit "clock"; of a known incident, "time of the quake"
        ([_claim(None, "arrest", unit="clock")], "time arrested"),
        ([_claim(None, "quake", unit="clock:local")], "time of the quake"),
        # a share something rose or fell by is its change, not a share of it
        ([_claim("shares", "fall", unit="%")], "percent change in shares"),
        ([_claim("standoff", "last", unit="h")], "duration of the standoff"),
        ([_claim("voters", "back", unit="%")], "share of voters backed"),
        ([_Measured(_claim("shots", "fire"), measure="fired", holder="officers")], "shots fired by officers"),
        ([_Measured(_claim(None, "marry", unit="wk"), measure=INTERVAL)], "time since married"),
        ([_Measured(_claim(None, "arrest", unit="d"), measure=INTERVAL, holder="Rhee")], "time since arrested by Rhee"),
        # a rate is said once, before any other limit on the figure
        ([_claim("points", "score", scope="last season, per game")], "points scored per game last season"),
        ([_claim("water", "pour", unit="gal", scope="per minute")], "water in gal poured per minute"),
        (
            [_Measured(_claim(None, "pay", unit="USD", scope="per share"), measure="amount per share")],
            "amount per share",
        ),
    ],
)
def test_readable_subject(claims, expected):
    assert readable_subject(claims) == expected


def test_never_a_lemma_in_brackets():
    for noun in (None, "people", "USD"):
        for predicate in (None, "kill", "hit", "be"):
            subject = readable_subject([_claim(noun, predicate)])
            assert "(" not in subject and subject


def test_entities_keep_their_subject():
    name = Claim(kind=ClaimKind.ENTITY, source="a", text="Oswald", start=0, end=6, entity="Oswald")
    assert readable_subject([name], fallback="Oswald (person)") == "Oswald (person)"


@pytest.mark.parametrize(
    ("noun", "unit", "expected"),
    [
        ("public outrage", "yr", "years of public outrage"),
        ("silence", "min", "minutes of silence"),
        ("rain", "h", "hours of rain"),
        ("depth", "km", "depth in km"),
        ("voters", "%", "share of voters"),
        (None, "yr", "yr"),
    ],
)
def test_a_span_of_time_reads_as_units_of_its_noun(noun, unit, expected):
    assert readable_subject([_claim(noun=noun, unit=unit)]) == expected


def _said(noun: str, sentence: str) -> Claim:
    return attrs.evolve(_claim(noun=noun, predicate="charge"), sentence=sentence)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Eleven other FLDS men were charged."], "other FLDS men charged"),
        (["Eleven other FLDS men were charged.", "Twelve other FLDS men were charged too."], "other FLDS men charged"),
        # one source writes it in lower case: the word is no acronym to all of them
        (["Eleven other FLDS men were charged.", "Twelve other flds men were charged."], "other flds men charged"),
        # a headline all in capitals says nothing of how a word is written
        (["ELEVEN OTHER FLDS MEN CHARGED"], "other flds men charged"),
        # shouted words are no acronyms; two capitals in a row may be ("PM EST")
        (["Chants of ONE OTHER FLDS MEN! as eleven other FLDS men were charged."], "other FLDS men charged"),
        (["He left to chants of OTHER FLDS MEN!"], "other flds men charged"),
        # a word inside a longer one is not the word ("FLDSX")
        (["Eleven other FLDSX men, flds men, were charged."], "other flds men charged"),
    ],
)
def test_acronyms_keep_the_capitals_the_sources_write(sentences, expected):
    claims = [_said("other flds men", s) for s in sentences]
    assert readable_subject(claims) == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("pm est", "time"),
        ("a.m. fire", "time of fire"),
        ("PM PDT", "time"),
        ("pm et", "time"),
        ("local time", "time"),
        ("kickoff", "time of kickoff"),
    ],
)
def test_a_clock_time_is_not_the_time_of_its_meridiem_or_zone(noun, expected):
    assert readable_subject([_claim(noun=noun, unit="clock:local")]) == expected
