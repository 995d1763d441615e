"""lists.py: lists read from the parse; one list given with more or other items elsewhere."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare
from claimcheck.lists import LIST, list_claims, members_of


def _items(nlp, text):
    return [c.relation.extra.split(" | ") for c in list_claims(nlp(text), text)]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("The fund owns shares in Acme, Zenith and Orbital.", ["Acme", "Zenith", "Orbital"]),
        ("He was charged with arson, burglary and fraud.", ["arson", "burglary", "fraud"]),
        (
            "Mara Lind retained her WBC, WBO, ABF & IBO middleweight world titles with a win over Ada Roe.",
            ["WBC", "WBO", "ABF", "IBO"],
        ),
    ],
)
def test_lists_are_read(nlp, text, items):
    assert items in _items(nlp, text)


def test_a_pair_is_no_list(nlp):
    assert _items(nlp, "He was charged with arson and fraud.") == []


def test_list_claims_keep_offsets(nlp):
    text = "The fund owns shares in Acme, Zenith and Orbital."
    [claim] = list_claims(nlp(text), text)
    assert claim.relation.event == LIST and text[claim.start : claim.end] == claim.text
    assert members_of(claim) == ("acme", "zenith", "orbital")


def _list_findings(nlp, east, west):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("list")]


# east, west, the status of the list finding (None: none)
CASES = [
    (
        "Lena Marsh was charged with arson, burglary, fraud and perjury after the fire.",
        "Lena Marsh was charged with arson, burglary and fraud after the fire.",
        Status.SCOPE,
    ),
    (
        "Lena Marsh was charged with arson, burglary and fraud after the fire.",
        "Lena Marsh was charged with arson, burglary and extortion after the fire.",
        Status.VARIANT,
    ),
    (
        "Lena Marsh was charged with arson, burglary and fraud after the fire.",
        "Lena Marsh was charged with fraud, arson and burglary after the fire.",
        None,
    ),  # the same items
    (
        "Lena Marsh was charged with arson, burglary and fraud after the fire.",
        "Coach Dale Ruiz praised arson investigators, burglary detectives and the mayor.",
        None,
    ),  # another story
]


@pytest.mark.parametrize(("east", "west", "status"), CASES)
def test_list_findings(nlp, east, west, status):
    found = _list_findings(nlp, east, west)
    assert [f.status for f in found] == ([status] if status else [])


def test_a_longer_list_names_what_it_adds(nlp):
    [finding] = _list_findings(
        nlp,
        "Lena Marsh was charged with arson, burglary, fraud and perjury after the fire.",
        "Lena Marsh was charged with arson, burglary and fraud after the fire.",
    )
    assert "the longer list adds “perjury”" in finding.explanation
    assert finding.explanation.startswith("east lists")
