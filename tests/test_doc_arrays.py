"""Tests for readers/doc_arrays.py: a Doc's attributes read once, as the Tokens give them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.attrs import DEP, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimcheck.readers.doc_arrays import DocArrays, kept, kept_for


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


@pytest.mark.parametrize(
    ("words", "heads", "deps"),
    [
        # heads before and after their tokens, and a root that is its own head
        (["Belavia", ",", "the", "airline", "flies"], [4, 0, 3, 0, 4], ["nsubj", "punct", "det", "appos", "ROOT"]),
        (["fire", "broke", "out"], [1, 1, 1], ["nsubj", "ROOT", "prt"]),
        (["one"], [0], ["ROOT"]),
    ],
)
def test_head_is_the_index_of_each_tokens_head(words, heads, deps):
    doc = _doc(words, heads, deps)
    arrays = DocArrays(doc)
    assert [arrays.head(i) for i in range(len(doc))] == [tok.head.i for tok in doc] == heads
    assert arrays.heads() == heads


@pytest.mark.model
def test_head_agrees_with_the_parse_on_every_token(nlp):
    doc = nlp("Four prisoners broke out of the jail on Sunday, police said, and two were caught.")
    arrays = DocArrays(doc)
    assert [arrays.head(i) for i in range(len(doc))] == [tok.head.i for tok in doc]


def test_where_finds_the_tokens_of_the_ids_in_order():
    doc = _doc(["a", "b", "a", "c"], [0, 0, 0, 0], ["ROOT", "dep", "dep", "dep"])
    arrays = DocArrays(doc)
    ids = frozenset({doc.vocab.strings["a"]})
    assert arrays.where(ORTH, ids) == [0, 2]
    assert arrays.where(DEP, frozenset({doc.vocab.strings.add("nsubj")})) == []


_WORDS = ["a", "b", "c", "d", "e"]


@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30),
    wanted=st.sets(st.sampled_from([*_WORDS, "zzz"]), max_size=4),
)
def test_where_is_a_scan_of_the_column_for_any_ids(words, wanted):
    doc = Doc(Vocab(), words=words)
    ids = frozenset(doc.vocab.strings.add(w) for w in wanted)
    expected = [i for i, w in enumerate(words) if w in wanted]
    arrays = DocArrays(doc)
    assert arrays.where(ORTH, ids) == expected
    assert arrays.where(ORTH, ids) == expected  # a second ask reads the kept values


def test_kept_gives_the_pass_arrays_only_inside_the_block():
    doc = _doc(["fire", "broke", "out"], [1, 1, 1], ["nsubj", "ROOT", "prt"])
    assert kept(doc) is None
    with kept_for(doc) as arrays:
        assert kept(doc) is arrays
        arrays.memo["x"] = 1
    assert kept(doc) is None
    with kept_for(doc) as arrays:
        assert arrays.memo == {}  # nothing carried from one pass to the next
