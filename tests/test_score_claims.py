"""Scores and records as claims: read with their holder, grouped by result, judged as pairs."""

from __future__ import annotations

import pytest
from claim_factory import shared_statuses
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare
from claimcheck.models import Claim
from claimcheck.score_claims import _BEAT, _LOST_TO, _side_after, game_clock, pair_key

SETS = [
    # a, b, status of the finding holding both scores (None: never one finding)
    (
        "The Hawks beat the Owls 65-53 on Saturday, the league said.",
        "The Hawks beat the Owls 65-55 on Saturday, the league said.",
        Status.CONFLICT,
    ),
    (
        "The Hawks beat the Owls 65-53 on Saturday, the league said.",
        "The Hawks defeated the Owls 65-53 on Saturday night.",
        Status.AGREE,
    ),
    # a record is an ordered pair of one holder
    (
        "Marta Kiel (31-2) won the title fight, her promoter said.",
        "Marta Kiel (30-2) won the title fight, her promoter said.",
        Status.CONFLICT,
    ),
    # two moments of one game are two facts, never a conflict
    (
        "A free throw by Dane Ruiz made it 45-35 with 13 minutes left.",
        "A layup by Omar Bell made it 54-46 with six minutes left.",
        None,
    ),
    # one game clock is one moment: two readings of the score then are rivals
    (
        "A free throw by Dane Ruiz made it 45-35 with 13:41 to go.",
        "Dane Ruiz hit a jumper to open a 45-37 lead with 13:41 left in the game.",
        Status.CONFLICT,
    ),
    (
        "A free throw by Dane Ruiz made it 45-35 with 13:41 to go.",
        "Omar Bell scored to cut the lead to 45-41 with 9:02 remaining.",
        None,
    ),
    # a result line ("Hawks 71, Owls 6") is the final result of its winner against its loser
    (
        "Hawks 71, Owls 6\nThe visitors never led after the opening minutes.",
        "The Hawks beat the Owls 71-60 on Saturday night, the league said.",
        Status.CONFLICT,
    ),
    (
        "Hawks 71, Owls 60\nThe visitors never led after the opening minutes.",
        "The Hawks beat the Owls 71-60 on Saturday night, the league said.",
        Status.AGREE,
    ),
    (
        "Hawks 71, Bears 60\nThe visitors never led after the opening minutes.",
        "The Hawks beat the Owls 71-62 on Saturday night, the league said.",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "status"), SETS)
@pytest.mark.model
def test_scores_are_compared_as_pairs(nlp, a, b, status):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = shared_statuses(report, "score")
    assert both == ([status] if status else []), [(f.subject, f.explanation) for f in report.findings]


@pytest.mark.parametrize(
    ("label", "pair", "key"),
    [
        ("score", (53, 65), (65, 53)),  # a game score in either order is one result
        ("record", (4, 8), (4, 8)),  # a record keeps its order
        ("made-attempted", (7, 12), (7, 12)),
    ],
)
def test_pair_key(label, pair, key):
    claim = Claim(kind=ClaimKind.SCORE, source="a", text="x", start=0, end=1, label=label, pair=pair)
    assert pair_key(claim) == key


@pytest.mark.parametrize(
    ("sentence", "clock"),
    [
        ("Her basket made it 30-28 with 4:05 to play.", "4:05"),
        ("They led 61-50 with 0:48 remaining in the half.", "0:48"),
        ("The lead was nine with 12:30 left.", "12:30"),
        ("The bout was stopped at 2:56 of the sixth round.", None),  # a stoppage time, not a clock left
        ("The game began at 7:30 on Friday.", None),
        ("It was 40-40 with 5:10 to go and 50-44 with 2:01 to go.", None),  # two moments: neither is known
    ],
)
def test_game_clock(sentence, clock):
    assert game_clock(sentence) == clock


@given(st.integers(0, 19), st.integers(0, 59), st.sampled_from(["to go", "to play", "left", "remaining"]))
def test_game_clock_reads_any_clock_left(minutes, seconds, words):
    clock = f"{minutes}:{seconds:02d}"
    assert game_clock(f"Kim made it 20-18 with {clock} {words}.") == clock


@pytest.mark.parametrize(
    ("pattern", "sentence", "side"),
    [
        (_LOST_TO, "The Jets lost 24-14 to the Giants on Sunday.", "giants"),
        (_LOST_TO, "Drake lost to No. 1 Creighton.", "creighton"),
        (_LOST_TO, "The Jets lost their first game.", None),
        (_BEAT, "The Giants beat the Jets 24-17.", "jets"),
        (_BEAT, "Creighton defeated No. 9 Drake Bulldogs.", "bulldogs"),
        (_BEAT, "The Giants won 24-17 over the New York Jets.", "jets"),
        (_BEAT, "The Giants beat the Jets and the Eagles beat the Bears.", None),  # two games
    ],
)
def test_the_other_side_of_a_result_is_read_from_its_sentence(pattern, sentence, side):
    assert _side_after(pattern, sentence) == side


@pytest.mark.model
@pytest.mark.parametrize(
    ("a", "b", "statuses"),
    [
        # one game told by its winner and by its loser
        ("The Giants beat the Jets 24-17.", "The Jets lost 24-14 to the Giants.", [Status.CONFLICT]),
        ("The Giants beat the Jets 24-17.", "The Giants won 24-14.", [Status.CONFLICT]),
        # one side's two games
        ("The Giants beat the Jets 24-17.", "The Giants beat the Eagles 30-20.", []),
        ("The Giants beat the Jets 24-17.", "The Eagles lost 30-20 to the Giants.", []),
    ],
)
def test_a_final_score_is_one_game_of_its_two_sides(nlp, a, b, statuses):
    report = compare({"a": a, "b": b}, nlp=nlp)
    assert [
        f.status for f in report.findings if f.kind is ClaimKind.SCORE and f.status is not Status.UNIQUE
    ] == statuses
