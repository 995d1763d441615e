"""The paraphrase miner pairs the words two outlets use for one distinctive figure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from claim_factory import qclaim

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from mine_paraphrases import candidate_pairs, distinctive


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("2,116", True),
        ("13", True),
        ("347", True),
        ("20", False),
        ("7", False),
        ("2009", False),
        ("about 300", False),
        ("more than 1,000", False),
    ],
)
def test_only_figures_unlikely_to_match_by_chance_are_distinctive(amount, expected):
    assert distinctive(qclaim("a", amount, "cars", "sell")) is expected


def test_two_outlets_wording_one_figure_differently_give_a_candidate_pair():
    claims = [
        qclaim("a", "2,116", "hammers", "sell"),
        qclaim("b", "2,116", "mallets", "sell"),
        qclaim("b", "2,116", "anvils", "sell", start=50),  # a second outlet-b figure: pairs with a only
        qclaim("a", "20", "tongs", "buy", start=80),  # not distinctive
    ]
    pairs = candidate_pairs(claims)
    assert set(pairs) == {("noun", "hammer", "mallet"), ("noun", "anvil", "hammer")}


def test_words_the_lexicon_already_joins_are_no_candidates():
    claims = [
        qclaim("a", "13", "shots", "fire"),
        qclaim("b", "13", "bullets", "fire"),
        qclaim("a", "347", "prisoners", "free", start=40),
        qclaim("b", "347", "prisoners", "release", start=40),
    ]
    assert candidate_pairs(claims) == {}
