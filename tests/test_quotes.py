"""quotes.py: quotations read from the text, and one saying quoted two ways across sources."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare
from claimcheck.quotes import QUOTE, quote_claims, quoted_alike, words_of


def test_quotations_are_read_with_their_marks():
    text = 'The mayor said, "We will rebuild the bridge." Then: “Nobody was hurt tonight,” she added.'
    claims = list(quote_claims(text))
    assert [c.relation.extra for c in claims] == ["We will rebuild the bridge.", "Nobody was hurt tonight,"]
    for c in claims:
        assert c.relation.event == QUOTE and text[c.start : c.end] == c.text
        assert c.text[0] in '"“'


def test_short_quotations_are_no_sayings():
    assert list(quote_claims('The club calls it "the Barn" and the "old lady".')) == []


# a, b, one saying quoted differently?
PAIRS = [
    ("We are at ease", "We are ease", True),
    ("The storm took everything we had", "The storm took everything we owned", True),
    ("We will rebuild the bridge", "We will rebuild the bridge.", False),  # punctuation only
    ("we will rebuild the bridge", "We Will Rebuild The Bridge", False),  # case only
    ("rebuild the bridge", "We will rebuild the bridge by spring", False),  # a partial quotation
    ("We will … the bridge", "We will rebuild the bridge", False),  # cut with an ellipsis
    ("We will rebuild the bridge", "They never paid for the tunnel", False),  # another saying
]


@pytest.mark.parametrize(("a", "b", "alike"), PAIRS)
def test_quoted_alike(a, b, alike):
    assert quoted_alike(a, b) is alike
    assert quoted_alike(b, a) is alike


def test_a_misquotation_is_a_variant(nlp):
    report = compare(
        {
            "east": 'After the verdict the captain said "we are at ease with it" and left.',
            "west": 'After the verdict the captain said "we are ease with it" and left.',
            "north": 'The captain said "we are at ease with it" after the verdict.',
        },
        nlp=nlp,
    )
    [finding] = [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("quotation")]
    assert finding.status is Status.VARIANT
    assert "east, north “we are at ease with it”" in finding.explanation
    assert "west “we are ease with it”" in finding.explanation


def test_the_same_quotation_everywhere_is_no_finding(nlp):
    text = 'The captain said "we are at ease with it" and left.'
    report = compare({"east": text, "west": text}, nlp=nlp)
    assert not [f for f in report.findings if f.subject.startswith("quotation")]


_QUOTE = st.lists(st.sampled_from(["we", "are", "at", "ease", "with", "it", "all"]), min_size=1, max_size=8).map(
    " ".join
)


@given(_QUOTE, _QUOTE)
def test_quoted_alike_is_symmetric(a, b):
    assert quoted_alike(a, b) is quoted_alike(b, a)


@given(_QUOTE)
def test_a_quotation_is_not_a_variant_of_itself(a):
    assert not quoted_alike(a, a.upper())
    assert words_of(a) == words_of(a.upper())
