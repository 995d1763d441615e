"""Alignment of quantity claims: which figures are told as one fact, and which are two."""

from __future__ import annotations

import itertools

import attrs
import pytest
from claim_factory import dclaim, qclaim
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Status, build_report
from claimcheck.align import (
    _extents,
    _from_named_place,
    _in_named_place,
    _overlaps_any,
    _value_clusters,
    _years,
    align_quantities,
)


def _claims(*said, noun=None, predicate="cost"):
    """One claim per (source, amount), each at its own offset."""
    return [qclaim(src, amount, noun, predicate, start=10 * i) for i, (src, amount) in enumerate(said)]


def _groups(claims):
    """The groups as sets of (source, amount), independent of order."""
    return {frozenset((c.source, c.text) for c in g.claims) for g in align_quantities(claims)}


def _together(claims, a, b):
    return any({a, b} <= {c.text for c in g.claims} for g in align_quantities(claims))


# ------------------------------------------------ one-sided bounds do not bridge figures


@pytest.mark.parametrize("noun", [None, "laptops"])
@pytest.mark.parametrize(
    ("said", "apart"),
    [
        # ecbplus/40: "Mountain Lion ... will cost $19.99"; "The 11-inch Air will cost from $999
        # up to $1099": prices of two products
        pytest.param(
            [("11", "$19.99"), ("9", "from $999"), ("9", "up to $1,099")], ("$19.99", "$999"), id="ecbplus-40"
        ),
        pytest.param([("a", "$19.99"), ("b", "$999"), ("c", "up to $1,099")], ("$19.99", "$999"), id="up-to"),
        pytest.param([("a", "5"), ("b", "45"), ("c", "fewer than 50")], ("5", "45"), id="fewer-than"),
        pytest.param([("a", "1,100"), ("b", "5,000"), ("c", "more than 1,000")], ("1,100", "5,000"), id="more-than"),
        pytest.param([("a", "1,100"), ("b", "5,000"), ("c", "over 1,000")], ("1,100", "5,000"), id="over"),
        pytest.param([("a", "2"), ("b", "30"), ("c", "at least one")], ("2", "30"), id="at-least"),
    ],
)
def test_a_one_sided_bound_does_not_glue_far_apart_figures(said, apart, noun):
    claims = _claims(*said, noun=noun)
    assert not _together(claims, *apart)
    report = build_report(claims, sources=sorted({s for s, _ in said}))
    statuses = {f.status for f in report.findings}
    assert Status.CONFLICT not in statuses, [f.explanation for f in report.findings]


def test_the_bound_joins_the_figure_near_what_it_states():
    claims = _claims(("11", "$19.99"), ("9", "$999"), ("9", "up to $1,099"))
    assert _groups(claims) == {
        frozenset({("11", "$19.99")}),
        frozenset({("9", "$999"), ("9", "up to $1,099")}),
    }


@pytest.mark.parametrize(
    ("bound", "figure"),
    [
        ("more than two dozen", "911"),  # ecbplus/13: "called 911" is no count of fire units
        ("at least one", "6"),  # ecbplus/16
        ("up to $1,099", "$19.99"),
        ("more than 1,000", "50,000"),
    ],
)
def test_a_bound_far_from_the_only_figure_it_allows_is_another_fact(bound, figure):
    claims = _claims(("x", bound), ("y", figure), noun="units")
    assert len(align_quantities(claims)) == 2


def test_a_bound_still_links_the_rival_readings_it_allows():
    # a says "87" and "more than 50"; b "87"; c "53": the bound must not take c's 53 away
    # from the 87 it contradicts, whichever figure it lies nearest.
    claims = _claims(("a", "87"), ("a", "more than 50"), ("b", "87"), ("c", "53"), noun="employees", predicate="injure")
    [finding] = build_report(claims, sources=["a", "b", "c"]).findings
    assert finding.status is Status.CONFLICT and finding.sources == ("a", "b", "c")
    assert "c says “53”" in finding.explanation


# ------------------------------------------------ what still belongs together


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ([("x", "nearly 1,200"), ("y", "more than 1,000")], Status.COMPATIBLE),
        ([("x", "nearly 1,200"), ("y", "more than 1,000"), ("z", "over 1,000")], Status.COMPATIBLE),
        ([("x", "up to 700"), ("y", "650")], Status.COMPATIBLE),
        ([("x", "more than 400"), ("y", "401")], Status.COMPATIBLE),
        ([("x", "under 4.5"), ("y", "2.38")], Status.COMPATIBLE),
        ([("x", "at least 52"), ("y", "at least 52")], Status.AGREE),
        ([("x", "more than 10"), ("y", "more than 12")], Status.COMPATIBLE),
        ([("x", "52"), ("y", "54")], Status.CONFLICT),
        ([("x", "52"), ("y", "54"), ("z", "up to 60")], Status.CONFLICT),
        ([("x", "fewer than 50"), ("y", "52")], Status.CONFLICT),
        ([("x", "more than 1,000"), ("y", "800")], Status.CONFLICT),
    ],
)
def test_figures_of_one_fact_stay_one_group(said, status):
    claims = _claims(*said, noun="prisoners", predicate="release")
    report = build_report(claims, sources=sorted({s for s, _ in said}))
    assert [f.status for f in report.findings] == [status], [f.explanation for f in report.findings]
    assert report.findings[0].sources == tuple(sorted({s for s, _ in said}))


# ------------------------------------------------ properties

_AMOUNTS = st.sampled_from(["", "about ", "up to ", "more than ", "fewer than ", "at least ", "nearly "])
_SAID = st.lists(
    st.tuples(st.sampled_from("abcd"), _AMOUNTS, st.integers(min_value=1, max_value=3000)),
    min_size=1,
    max_size=12,
)


def _build(said):
    return _claims(*[(src, f"{hedge}{n:,}") for src, hedge, n in said])


@settings(max_examples=60)
@given(_SAID, st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_order(said, rnd):
    claims = _build(said)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert _groups(shuffled) == _groups(claims)
    assert build_report(shuffled, sources=list("dcba")) == build_report(claims, sources=list("abcd"))


@settings(max_examples=80)
@given(
    st.lists(st.tuples(st.sampled_from("abc"), st.integers(min_value=1, max_value=3000)), min_size=1, max_size=10),
    st.sampled_from(["up to ", "more than ", "fewer than ", "at least ", "over "]),
    st.integers(min_value=1, max_value=3000),
)
def test_a_bound_links_only_figures_within_the_rival_ratio_of_what_it_states(points, hedge, n):
    figures = _claims(*[(src, f"{k:,}") for src, k in points])
    bound = qclaim("z", f"{hedge}{n:,}", None, "cost", start=999)
    clusters = _value_clusters([*figures, bound])
    [with_bound] = [cl for cl in clusters if bound in cl]
    assert all(max(c.quantity.value, n) / min(c.quantity.value, n) <= 4 for c in with_bound)
    # the figures it does not link are clustered as if the bound were not there
    rest = {frozenset(map(id, cl)) for cl in clusters if bound not in cl}
    assert rest <= {frozenset(map(id, cl)) for cl in _value_clusters(figures)}


@settings(max_examples=60)
@given(_SAID, _AMOUNTS, st.integers(min_value=1, max_value=3000))
def test_extents_cover_exactly_the_values_a_block_allows(said, hedge, n):
    claims = _build(said)
    q = qclaim("e", f"{hedge}{n:,}", None, "cost").quantity
    extents = _extents(claims)
    assert extents == sorted(extents)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(extents))  # disjoint
    assert _overlaps_any(extents, q) == any(q.overlaps(c.quantity) for c in claims)


# ---------------------------------------------------------------- rival readings


def _statuses(*claims):
    report = build_report(claims, sources=sorted({c.source for c in claims}))
    return [f.status for f in report.findings]


def test_figures_without_a_counted_noun_are_not_rivals_of_each_other():
    # "stretched the lead to 50" / "to 62": a block joined only through its event
    statuses = _statuses(
        qclaim("a", "3", "point plays", "stretch", start=0),
        qclaim("a", "50", None, "stretch", start=40),
        qclaim("b", "62", None, "stretch"),
    )
    assert Status.CONFLICT not in statuses


def test_a_figure_without_a_noun_still_rivals_one_with_a_noun():
    statuses = _statuses(qclaim("a", "52", "political prisoners", "release"), qclaim("b", "54", None, "release"))
    assert Status.CONFLICT in statuses


def test_figures_that_fit_no_block_of_their_noun_are_one_block_of_their_own():
    # two copies of "a case stemming from two young followers" read without a verb: their
    # sentence names an event ("arrested") no block of followers is told of, so they join
    # none, and they are still one fact between them, not two lone figures
    said = "Police arrested him in a case stemming from two young followers."
    groups = align_quantities(
        [
            qclaim("a", "10,000", "followers", "live"),
            qclaim("b", "10,000", "followers", "live"),
            qclaim("c", "two", "young followers", None, sentence=said),
            qclaim("d", "two", "young followers", None, sentence=said),
        ]
    )
    assert sorted(sorted(c.source for c in g.claims) for g in groups) == [["a", "b"], ["c", "d"]]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (("14", "points"), ("4", "straight points"), False),
        (("23", "points"), ("8", "first points"), False),
        (("6", "last points"), ("4", "points"), False),
        (("5", "first points"), ("17", "first points"), False),  # two windows, not two readings
        (("4", "straight points"), ("6", "straight points"), True),  # two readings of one run
        (("14", "points"), ("12", "points"), True),
    ],
)
def test_a_run_is_part_of_a_total_not_a_reading_of_it(a, b, conflict):
    statuses = _statuses(
        qclaim("x", a[0], a[1], "score", agent="Tom Hale"), qclaim("y", b[0], b[1], "score", agent="Hale")
    )
    assert (Status.CONFLICT in statuses) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ((("2", "deciding run")), ("6", None), False),  # part of the game against the game
        ((("2", "second half")), ("6", "first half"), False),  # two parts
        ((("2", "second half")), ("3", "second half"), True),  # two readings of one part
        ((("52", None)), ("54", None), True),
    ],
)
def test_a_figure_for_part_of_the_event_is_not_a_reading_of_the_whole(a, b, conflict):
    statuses = _statuses(
        qclaim("x", a[0], "shots", "block", scope=a[1]), qclaim("y", b[0], "shots", "block", scope=b[1])
    )
    assert (Status.CONFLICT in statuses) is conflict


def test_a_group_of_one_part_names_it():
    groups = align_quantities(
        [
            qclaim("x", "2", "shots", "block", scope="second half"),
            qclaim("y", "2", "shots", "block", scope="second half"),
        ]
    )
    assert [g.subject for g in groups] == ["shots (block), second half"]


@pytest.mark.parametrize(
    ("label", "a", "b"),
    [
        ("ORG", "SeaMicro", "Sea Micro"),
        ("ORG", "Portland Trail Blazers", "Portland Trailblazers"),
        ("PERSON", "Tom DelGiudice", "Tom Del Giudice"),
    ],
)
def test_a_space_inside_a_name_is_a_spelling(label, a, b):
    from claimcheck.align import align_entities
    from claimcheck.models import Claim, ClaimKind

    claims = [
        Claim(kind=ClaimKind.ENTITY, source=s, text=n, start=0, end=len(n), entity=n, label=label)
        for s, n in (("x", a), ("y", b))
    ]
    assert [len(g.claims) for g in align_entities(claims)] == [2]


# ------------------------------------------------ a light verb says nothing of what is counted


@pytest.mark.parametrize(("verb_a", "verb_b"), [("expect", "get"), ("feature", "offer"), ("be", "have")])
def test_a_specific_count_is_one_fact_whatever_light_verb_states_it(verb_a, verb_b):
    # "24 instalments are expected" / "buyers get 20 instalments": one count of instalments
    statuses = _statuses(
        qclaim("a", "24", "monthly instalments", verb_a), qclaim("b", "20", "monthly instalments", verb_b)
    )
    assert Status.CONFLICT in statuses


@pytest.mark.parametrize(("verb_a", "verb_b"), [("sell", "return"), ("build", "recall")])
def test_a_verb_of_its_own_still_tells_two_counts_apart(verb_a, verb_b):
    # "sold 24 cars" / "recalled 20 cars" are two facts about cars
    statuses = _statuses(qclaim("a", "24", "cars", verb_a), qclaim("b", "20", "cars", verb_b))
    assert Status.CONFLICT not in statuses


@pytest.mark.parametrize("noun", ["display", "pounds", "miles"])
def test_a_number_before_a_singular_or_unit_noun_is_no_count_of_it(noun):
    # "a 1200 x 800 display" describes one display; "4.4 pounds" is a weight of something
    statuses = _statuses(qclaim("a", "800", noun, "feature"), qclaim("b", "900", noun, "offer"))
    assert Status.CONFLICT not in statuses


# ------------------------------------------------ a figure told without its noun joins its holder's


def _held(amount):
    return [
        qclaim("a", "2,116", "points", "break", agent="Paula Venner", start=0),
        qclaim("a", "12", "rebounds", "break", agent="Lena Ortmann", start=40),
        qclaim("b", amount, None, "break", agent="Paula Venner"),
    ]


def test_a_figure_without_its_noun_joins_the_block_of_its_holder():
    assert Status.CONFLICT in _statuses(*_held("2,106"))


def test_a_figure_far_from_its_holders_is_another_fact():
    # "broke Venner's mark in 6 minutes" is no reading of her 2,116 points
    assert Status.CONFLICT not in _statuses(*_held("60"))


# ------------------------------------------------ days, months and street words name no one


@pytest.mark.parametrize(
    ("where_a", "where_b", "conflict"),
    [
        ("on Friday", "on Elm Street", True),  # no name on either side
        ("in March", "on Monday", True),
        ("in Dover", "in Exeter", False),  # two places: two facts
    ],
)
def test_only_names_of_holders_keep_two_figures_apart(where_a, where_b, conflict):
    a = qclaim("a", "five", "houses", "search", sentence=f"Police searched five houses {where_a}.")
    b = qclaim("b", "three", "houses", "search", sentence=f"Police searched three houses {where_b}.")
    assert (Status.CONFLICT in _statuses(a, b)) is conflict


@pytest.mark.parametrize(("duration", "unit"), [("three weeks", "wk"), ("two hours", "h"), ("10 minutes", "min")])
def test_a_time_is_no_count_of_the_event_it_dates(duration, unit):
    # "was killed three weeks after his wedding" counts no one killed
    timed = qclaim("a", duration, None, "kill")
    timed = attrs.evolve(timed, quantity=attrs.evolve(timed.quantity, unit=unit))
    claims = [timed, qclaim("b", "3", None, "kill", start=30)]
    assert not _together(claims, duration, "3")
    assert all(c.measure != "killed" for g in align_quantities(claims) for c in g.claims if c.text == duration)


# ------------------------------------------------ the name threshold is the run's


@pytest.mark.parametrize(("similarity", "one_person"), [(80.0, False), (75.0, True)])
def test_config_name_similarity_decides_spelling_variants_both_ways(similarity, one_person):
    from claim_factory import eclaim

    from claimcheck.align import align_entities
    from claimcheck.config import Config

    claims = [eclaim("a", "Ilse Marten"), eclaim("b", "Ilse Martins")]  # surnames score about 77
    groups = align_entities(claims, Config(name_similarity=similarity))
    assert (len(groups) == 1) is one_person


def test_times_count_the_event_of_their_verb_even_a_light_one():
    # "reached the final twice" / "rebuffed him three times": two events, not two readings
    statuses = _statuses(qclaim("a", "two", "times", "reach"), qclaim("b", "three", "times", "rebuff"))
    assert Status.CONFLICT not in statuses


# ------------------------------------------------ a part of the territory and the whole


@pytest.mark.parametrize(
    ("where_a", "where_b", "conflict"),
    [
        ("in Marsh province", "nationwide", False),  # a province's toll and the country's
        ("in one district", "in total", False),
        ("in two villages", "overall", False),
        ("in Marsh province", "in Marsh province", True),  # one place: rival readings
        ("on Friday", "nationwide", True),  # no part named: the total, read two ways
    ],
)
def test_a_figure_for_a_part_of_the_territory_is_no_reading_of_the_total(where_a, where_b, conflict):
    a = qclaim("a", "40", "people", "kill", sentence=f"The floods killed 40 people {where_a}.")
    b = qclaim("b", "65", "people", "kill", sentence=f"The floods killed 65 people {where_b}.")
    assert (Status.CONFLICT in _statuses(a, b)) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("2.5", "25", True),  # a misplaced point
        ("120", "1,200", True),  # a dropped zero
        ("12", "2,106", False),  # far apart: two facts
        ("3", "45", False),
    ],
)
def test_a_decimal_slip_is_a_reading_far_figures_are_not(a, b, conflict):
    claims = (qclaim("a", a, "passengers", "carry"), qclaim("b", b, "passengers", "carry"))
    assert (Status.CONFLICT in _statuses(*claims)) is conflict


@pytest.mark.parametrize(("noun", "conflict"), [("wounded", True), ("tents", False)])
def test_none_against_some_is_a_reading_only_of_a_lexicon_measure(noun, conflict):
    # "no wounded" / "three wounded" disagree; "no tents" / "three tents" may be two things
    claims = (qclaim("a", "0", noun, "report"), qclaim("b", "three", noun, "report"))
    assert (Status.CONFLICT in _statuses(*claims)) is conflict


@pytest.mark.parametrize(
    ("vague", "figure", "noun", "conflict"),
    [
        ("dozens", "5", "wounded", True),  # a headline's "dozens injured" against five
        ("several", "40", "wounded", True),
        ("several", "8", "wounded", False),  # within the wording's looseness
        ("thousands", "768", "cores", False),  # no lexicon measure: maybe two things
    ],
)
def test_a_vague_amount_rivals_a_figure_it_nearly_reaches(vague, figure, noun, conflict):
    claims = (qclaim("a", vague, noun, "report"), qclaim("b", figure, noun, "report"))
    assert (Status.CONFLICT in _statuses(*claims)) is conflict


# ------------------------------------------------ words around a figure that say what it measures


def _said(source, amount, sentence, noun=None, predicate="hit"):
    claim = qclaim(source, amount, noun, predicate, sentence=sentence)
    return attrs.evolve(claim, sentence_offset=sentence.index(amount))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("The storm hit Avel, home to 80,000 people.", "80,000", "people"),
         ("The storm hit Avel, a town of 92,000 inhabitants.", "92,000", "inhabitants")),
        (("The shock came 11 deep below Avel.", "11", None), ("The shock came 8 deep below Avel.", "8", None)),
        (("It measured 6.1 on the Richter scale.", "6.1", None),
         ("It measured 5.8 on the Richter scale.", "5.8", None)),
        (("Olsen won, with turnout at 58 percent.", "58", None),
         ("Turnout was 61 percent, officials said.", "61", None)),
    ],
)  # fmt: skip
def test_words_around_a_figure_name_its_measure_whatever_its_verb(a, b):
    claims = (_said("a", a[1], a[0], noun=a[2]), _said("b", b[1], b[0], noun=b[2]))
    assert Status.CONFLICT in _statuses(*claims)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("The Owls went without scoring for nearly six minutes.", "nearly six minutes", "go"),
         ("Rivals kept the Owls off the scoreboard for almost nine minutes.", "almost nine minutes", "keep")),
        (("They did not score again for 4 minutes.", "4 minutes", "score"),
         ("The visitors went 7 minutes without a field goal.", "7 minutes", "go")),
    ],
)  # fmt: skip
def test_a_scoreless_stretch_is_one_measure_in_any_words(a, b):
    claims = [attrs.evolve(_said(src, amount, sentence, predicate=verb), quantity=_minutes(amount))
              for src, (sentence, amount, verb) in (("a", a), ("b", b))]  # fmt: skip
    assert Status.CONFLICT in _statuses(*claims)


def _minutes(amount):
    quantity = qclaim("x", amount.split(" minutes")[0], None, "go").quantity
    return attrs.evolve(quantity, unit="min")


def test_a_turnout_is_no_candidates_figure():
    held = attrs.evolve(_said("a", "58", "Olsen won, with turnout at 58 percent.", predicate="win"), agent="Olsen")
    assert [c.agent for g in align_quantities([held]) for c in g.claims] == [None]


def test_who_keeps_a_side_off_the_scoreboard_does_not_hold_the_stretch():
    held = attrs.evolve(
        _said("a", "five minutes", "The Owls kept the Hawks off the scoreboard for five minutes.", predicate="keep"),
        agent="Owls",
        quantity=_minutes("five minutes"),
    )
    groups = align_quantities([held])
    assert [c.agent for g in groups for c in g.claims] == [None]


def test_a_cue_elsewhere_in_the_sentence_says_nothing():
    claims = (
        _said("a", "12", "12 people died when a deep crater opened.", noun="people", predicate="die"),
        _said("b", "15", "15 people were rescued from the deep crater.", noun="people", predicate="rescue"),
    )
    assert Status.CONFLICT not in _statuses(*claims)


@pytest.mark.parametrize(
    ("noun_a", "noun_b", "conflict"),
    [
        ("men", "defendants", True),  # "11 other men charged" / "12 other defendants charged"
        ("members", "men", True),
        ("women", "men", False),  # two groups, though both are people
    ],
)
def test_people_counted_with_other_words_are_one_count_unless_they_exclude_each_other(noun_a, noun_b, conflict):
    lemma = {"men": "man", "women": "woman", "defendants": "defendant", "members": "member"}
    a = attrs.evolve(qclaim("a", "11", noun_a, "charge"), noun_lemma=lemma[noun_a])
    b = attrs.evolve(qclaim("b", "12", noun_b, "charge"), noun_lemma=lemma[noun_b])
    assert (Status.CONFLICT in _statuses(a, b)) is conflict


def test_nouns_a_user_makes_exclusive_are_kept_apart_in_that_run():
    from claimcheck.config import Config
    from claimcheck.measure import load_measures

    crew = {"counted": {"crew": ["pilot", "driver"]}}
    claims = [qclaim("a", "11", "pilots", "charge"), qclaim("b", "12", "drivers", "charge")]
    together = Config(measures=load_measures().extended(crew))
    apart = Config(measures=load_measures().extended({**crew, "exclusive_nouns": [["pilot", "driver"]]}))
    assert any(len(g.claims) == 2 for g in align_quantities(claims, together))
    assert all(len(g.claims) == 1 for g in align_quantities(claims, apart))


# ------------------------------------------------ one holder's one-valued figure at two times


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("27", "29", True),  # two readings of one age
        ("54", "55", True),
        ("17", "77", False),  # "age 17" and "77": two times of one life
        ("29", "77", False),
    ],
)
def test_far_apart_ages_of_one_person_are_two_times_of_life(a, b, conflict):
    claims = [qclaim("x", a, "age", "be", agent="Tom Hale"), qclaim("y", b, "age", "be", agent="Hale")]
    assert (Status.CONFLICT in _statuses(*claims)) is conflict


@pytest.mark.parametrize(("ratio", "together"), [(1.5, False), (3.0, True)])
def test_config_one_value_ratio_decides_when_two_ages_are_two_times(ratio, together):
    from claimcheck.config import Config

    claims = [qclaim("x", "29", "age", "be", agent="Tom Hale"), qclaim("y", "77", "age", "be", agent="Hale")]
    groups = align_quantities(claims, Config(one_value_ratio=ratio))
    assert any(len(g.claims) == 2 for g in groups) is together


@given(st.integers(1, 90), st.floats(1.01, 3.0))
def test_one_holders_readings_within_the_ratio_stay_one_fact(age, ratio):
    from claimcheck.config import Config

    other = int(age * ratio)
    claims = [qclaim("x", str(age), "age", "be", agent="Tom Hale"), qclaim("y", str(other), "age", "be", agent="Hale")]
    groups = align_quantities(claims, Config(one_value_ratio=ratio))
    assert len(groups) == 1


# ------------------------------------------------ an unnamed holder's age taken for a named person's


def _age(source, value, agent=None, thing="nurse", start=0):
    if agent:
        return qclaim(source, value, "age", "be", agent=agent, start=start)
    claim = qclaim(source, value, f"year-old {thing}", "hurt", start=start)
    return attrs.evolve(claim, noun_lemma="N-year-old")


def _armstead_set(*extra):
    return [_age("x", "32", "Ann Hale"), _age("y", "32", "Hale"), *extra]


@pytest.mark.parametrize(
    ("extra", "conflict"),
    [
        ([_age("z", "31")], True),  # "a 31-year-old nurse" is the one named person she can be
        ([_age("z", "31"), _age("z", "32", "Hale", start=40)], False),  # z gives Hale's age: someone else
        ([_age("z", "31"), _age("w", "30", "Bo Ross")], False),  # two people she can be
        ([_age("z", "31"), _age("w", "31", thing="mother")], False),  # two sources tell of her unnamed
        ([_age("z", "36")], False),  # too far from Hale's age to be a misreading of it
    ],
)
def test_an_unnamed_age_is_the_one_named_person_it_can_be(extra, conflict):
    assert (Status.CONFLICT in _statuses(*_armstead_set(*extra))) is conflict


@pytest.mark.parametrize(("ratio", "conflict"), [(1.0, False), (1.1, True)])
def test_config_unnamed_match_ratio_decides_how_near_an_unnamed_age_must_be(ratio, conflict):
    from claimcheck.config import Config

    claims = _armstead_set(_age("z", "31"))
    report = build_report(claims, sources=["x", "y", "z"], config=Config(unnamed_match_ratio=ratio))
    assert (Status.CONFLICT in [f.status for f in report.findings]) is conflict


@pytest.mark.parametrize(
    ("other_kind", "article", "conflict"),
    [
        ("girl", "the", True),  # "a 12-year-old girl", then "the 11-year-old girl": one girl read twice
        ("girl", "an", False),  # "an 11-year-old girl" introduces a second girl
        ("boy", "the", False),  # a 12-year-old boy is someone else: the 11-year-old girl is another fact
    ],
)
def test_a_definite_rereading_of_the_same_kind_of_holder_may_be_a_rival(other_kind, article, conflict):
    def thing(source, value, kind, event, start=0, article="a"):
        sentence = f"Police said {article} {value}-year-old {kind} was {event}ed."
        claim = qclaim(source, value, f"year-old {kind}", event, start=start, sentence=sentence)
        return attrs.evolve(claim, noun_lemma="N-year-old", sentence_offset=sentence.index(value))

    claims = [
        thing("x", "12", other_kind, "take"),
        thing("x", "11", "girl", "assault", start=50, article=article),
        thing("y", "12", "girl", "assault"),
        thing("z", "12", "girl", "assault"),
    ]
    assert (Status.CONFLICT in _statuses(*claims)) is conflict


# ------------------------------------------------ names in a sentence and spans without a noun


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Police said Dana Hale was held in Tarn.", {"Dana", "Hale", "Tarn"}),
        ('Police said the man dubbed the "Ghost" was held.', set()),  # a nickname tells no one apart
        ("Police said the man dubbed the \u201cGhost\u201d was held by Hale.", {"Hale"}),
    ],
)
def test_a_quoted_nickname_names_no_holder(sentence, names):
    from claimcheck.align import _names_in

    assert _names_in(sentence) == names


def _span(source, years, noun, predicate, *, agent=None, start=0):
    claim = qclaim(source, years, noun, predicate, agent=agent, start=start)
    return attrs.evolve(claim, quantity=attrs.evolve(claim.quantity, unit="yr"))


@pytest.mark.parametrize(("predicate", "conflict"), [("admit", True), ("serve", False)])
def test_a_span_without_a_noun_joins_the_span_a_noun_names_for_its_event(predicate, conflict):
    # "a quarter-century of public craziness" admitted / "more than three decades", admitted
    claims = [
        _span("x", "25", "public craziness", "admit"),
        _span("y", "25", "public craziness", "admit"),
        _span("z", "more than 30", None, predicate, agent="Ray Tell"),
    ]
    assert (Status.CONFLICT in _statuses(*claims)) is conflict


# ---------------------------------------------------------------- a noun that names the measure


@pytest.mark.model
@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # "a five-year sentence" describes the sentence itself: no holder "sentence" to keep apart
        ("He was sentenced to seven years in prison.", "He received a five-year sentence.", Status.CONFLICT),
        ("Lena Voss was sentenced to 12 years in prison.", "Lena Voss got a 12-year prison term.", Status.AGREE),
    ],
)
def test_a_sentence_of_n_years_is_the_years_in_prison(nlp, a, b, status):
    from claimcheck import compare

    report = compare({"a": a, "b": b}, nlp=nlp)
    both = [f for f in report.findings if f.status is not Status.UNIQUE and f.kind.name == "QUANTITY"]
    assert [f.status for f in both] == [status]


# ---------------------------------------------------------------- the day a count is told for


@pytest.mark.model
@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # two days' counts are two facts
        ("Police arrested 23 protesters on Monday.", "Police arrested 40 protesters on Tuesday.", None),
        ("On Monday, 10,000 people marched in the capital.", "On Tuesday, 5,000 people marched in the capital.", None),
        ("Police arrested 23 protesters on March 3.", "Police arrested 40 protesters on 4 March.", None),
        # a weekday and a date may be one day: still rivals
        ("Police arrested 23 protesters on March 3.", "Police arrested 40 protesters on Tuesday.", Status.CONFLICT),
        # a figure that names no day is no other day's: still a rival
        ("Police arrested 23 protesters on Monday.", "Police arrested 40 protesters.", Status.CONFLICT),
        ("Police arrested 23 protesters on Monday.", "Police detained 40 protesters on Monday.", Status.CONFLICT),
        # a running total of a later day revises the earlier one
        ("The death toll rose to 40 on Monday.", "The death toll rose to 54 on Tuesday.", Status.CONFLICT),
        # the day of the telling, or of another verb, is not the figure's
        ("Police said Monday that 23 were arrested.", "Police said on Tuesday that 40 were arrested.", Status.CONFLICT),
        (
            "Police said Lena Voss, 34, was arrested on Monday.",
            "Lena Voss, 36, appeared in court on Tuesday.",
            Status.CONFLICT,
        ),
    ],
)
def test_counts_told_for_two_days_are_two_facts(nlp, a, b, status):
    from claimcheck import compare

    report = compare({"a": a, "b": b}, nlp=nlp)
    shared = [f.status for f in report.findings if f.kind.name == "QUANTITY" and f.status is not Status.UNIQUE]
    assert shared == ([status] if status else [])


# ---------------------------------------------------------------- the run's lexicon


@pytest.mark.model
def test_an_event_class_added_for_a_run_groups_its_verbs(nlp):
    """Words added to the run's lexicon take part in alignment: "nabbed" read as an arrest."""
    from claimcheck import compare
    from claimcheck.config import Config
    from claimcheck.lexicon import PACKAGED

    texts = {"a": "Police nabbed 12 protesters near the square on Monday.",
             "b": "Police detained 15 protesters near the square on Monday."}  # fmt: skip
    plain = compare(texts, nlp=nlp)
    grown = compare(texts, nlp=nlp, config=Config(lexicon=PACKAGED.extended(predicate_classes={"arrest": ["nab"]})))
    assert not any(f.status is Status.CONFLICT for f in plain.findings)
    assert [f.subject for f in grown.findings if f.status is Status.CONFLICT] == ["protesters (arrest), on Monday"]


@pytest.mark.parametrize(("stem", "groups"), [(4, 1), (7, 1), (8, 2)])
def test_two_spellings_of_a_counted_noun_share_a_stem_as_long_as_config_says(stem, groups):
    from claimcheck.config import Config

    claims = [qclaim("a", "12", "neighbours", "evacuate"), qclaim("b", "15", "neighbors", "evacuate")]
    found = align_quantities(claims, Config(head_stem_letters=stem))
    assert len(found) == groups


# ------------------------------------------------ dates of one event


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        # told in other words, but both name the town: one indictment
        ("In 1969, he was indicted in Ohio on a charge of conspiring to bribe the whole Elmdale police force.",
         "In 1970, he was indicted for bribing every officer of Elmdale, a small town near the lake.", True),
        # as far apart in wording, and nothing named in common: maybe two indictments
        ("In 1969, he was indicted in Ohio on a charge of conspiring to bribe the whole police force.",
         "In 1970, he was indicted for bribing every officer of a small town near the lake.", False),
    ],
)  # fmt: skip
def test_dates_whose_sentences_name_one_thing_need_less_alike_wording(a, b, together):
    from claimcheck.align import align_dates

    groups = align_dates([dclaim("a", "1969", a, "indict"), dclaim("b", "1970", b, "indict")])
    assert (len(groups) == 1) is together


@pytest.mark.parametrize(
    ("holders", "groups"),
    [
        (("Beta", "Beta"), 1),  # one founding, however the two sentences are worded
        (("Beta", "Gamma"), 2),  # two companies
        (("John Gotti", "Gotti"), 1),  # a surname and the full name it stands for
        (("John Gotti", "Peter Gotti"), 2),  # two people of one surname
    ],
)
def test_a_once_only_event_of_one_holder_is_one_fact_however_told(holders, groups):
    import attrs

    from claimcheck.align import align_dates

    a = attrs.evolve(dclaim("a", "2004", "Beta, founded in 2004, has 1,200 staff.", "found"), agent=holders[0])
    b = attrs.evolve(dclaim("b", "2005", "It was founded in 2005 by two engineers.", "found"), agent=holders[1])
    assert len(align_dates([a, b])) == groups


# ------------------------------------------------ a figure told for a named place is a part


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("The storm killed 9 people in Texas.", "9", "texas"),
        ("Floods killed 40 in northern Kessley.", "40", "north kessley"),  # a part of Kessley
        ("Floods killed 40 in south-western Kessley.", "40", "southwest kessley"),
        ("Floods killed 40 people in the north.", "40", "north"),
        ("Floods killed 40 people in the north-east of the country.", "40", "northeast"),
        ("Floods killed 40 people in the northern hills.", "40", ""),  # no name, no compass point alone
        ("Police arrested 12 in Paris's suburbs.", "12", "paris"),
        ("The storm killed 9 people in March.", "9", ""),  # a month is no place
        ("The storm killed 9 people in Monday's floods.", "9", ""),
        ("The storm killed 9 people, officials in Texas said.", "9", ""),  # another clause
        ("The storm killed 9 people.", "9", ""),
    ],
)
def test_a_figure_told_in_a_named_place_is_a_part(sentence, figure, place):
    told = qclaim("a", figure, "people", "kill")
    claim = attrs.evolve(told, sentence=sentence, sentence_offset=sentence.index(figure))
    assert _in_named_place(claim) == place


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("The quake struck 35 km east of the city of Tarsk.", "35 km", "tarsk"),
        ("The quake struck 30 km from Tarsk.", "30 km", "tarsk"),
        ("The ship sank 5 miles off the coast.", "5 miles", ""),
        ("Investors put in 40 km from nowhere.", "40 km", ""),  # no name
    ],
)
def test_a_distance_is_told_from_a_named_place(sentence, figure, place):
    told = qclaim("a", figure, None, "strike")
    q = attrs.evolve(told.quantity, unit="km" if "km" in figure else "mi")
    claim = attrs.evolve(told, quantity=q, sentence=sentence, sentence_offset=sentence.index(figure))
    assert _from_named_place(claim) == place


@pytest.mark.parametrize(
    ("sentence", "predicate", "years"),
    [
        ("Arden, founded in 2009, reported revenue of $180 million.", "report", set()),
        ("The mill, built in early 1935, employed 40 people in 1960.", "employ", {"1960"}),
        ("52 people were killed in 2009.", "kill", {"2009"}),  # the figure's own verb
        ("Gigante was sentenced in 1997 to 12 years.", "sentence", {"1997"}),
        ("In 2012 the firm had 400 staff.", "have", {"2012"}),
        ("Arden, founded in 2009, had 400 staff.", None, {"2009"}),  # no verb read: every year kept
    ],
)
def test_a_year_another_verb_takes_is_not_the_figures(sentence, predicate, years):
    claim = attrs.evolve(qclaim("a", "40", "people", predicate), sentence=sentence)
    assert _years(claim) == years


def test_figures_read_without_their_verbs_are_apart_when_their_sentences_tell_two_events():
    # the parse found no verb for any of them; a wide figure must not join the two events'
    said = [
        ("a", "2,277", "The ministry said 2,277 workers were displaced."),
        ("b", "2,277", "2,277 workers were evacuated."),
        ("c", "at least 2,000", "At least 2,000 workers were displaced."),
        ("d", "3,270", "Officials said 3,270 workers were killed."),
        ("e", "3,270", "3,270 workers died."),
    ]
    claims = [qclaim(src, amount, "workers", None, start=10 * i, sentence=s) for i, (src, amount, s) in enumerate(said)]
    assert not _together(claims, "2,277", "3,270")
    assert _together(claims, "2,277", "at least 2,000")


def test_people_an_event_befell_join_the_one_crowd_it_names():
    """ "60 people arrested" and "50 rioters arrested" are one count (crowd_groups)."""
    groups = align_quantities([qclaim("a", "60", "people", "arrest"), qclaim("b", "50", "rioters", "arrest")])
    assert [len(g.claims) for g in groups] == [2]


def test_people_stay_apart_when_the_event_names_two_crowds():
    """With protesters and refugees both arrested, "60 people" may be either: three facts."""
    claims = [
        qclaim("a", "60", "people", "arrest"),
        qclaim("b", "50", "protesters", "arrest"),
        qclaim("c", "12", "refugees", "arrest"),
    ]
    assert sorted(len(g.claims) for g in align_quantities(claims)) == [1, 1, 1]
