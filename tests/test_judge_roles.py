"""judge_roles.py: one person given different titles: VARIANT when worded so each says
something the other does not, CONFLICT only for titles that exclude each other."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare
from claimcheck.judge_roles import TitleDifference, compare_titles, read_title

# title a, title b, how they differ
PAIRS = [
    ("federal District Judge", "state District Judge", TitleDifference.CONFLICT),
    ("U.S. District Judge", "county District Judge", TitleDifference.CONFLICT),
    ("Regional Fire Marshal", "inspector with the Regional Fire Marshal's Office", TitleDifference.VARIANT),
    ("Harbor Board chairman", "chairman of Dunmore Holdings, the board's owner", TitleDifference.VARIANT),
    ("manager of Acme's retail division", "manager of Acme's Global Services Units", TitleDifference.VARIANT),
    ("Judge", "state District Judge", None),
    ("brother", "half-brother", TitleDifference.NARROWER),
    ("his sister", "stepsister", TitleDifference.NARROWER),
    ("half-brother", "His half-brother", None),
    ("president", "general manager", None),  # two posts one person may hold
    ("Deputy Sheriff", "Sheriff Deputy", None),
    ("judge in the case", "U.S. District Judge", None),
    ("former head coach of the Harbor Hawks", "Valley Owls coach", None),
    ("Acme CEO", "chief executive of Acme", None),
    ("senior vice president", "vice president", None),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_compare_titles(a, b, expected):
    assert compare_titles(read_title(a), read_title(b)) is expected
    assert compare_titles(read_title(b), read_title(a)) is expected


def test_read_title_finds_heads_and_qualifiers():
    title = read_title("senior vice president and general manager of Acme's sales unit")
    assert title.heads == {"president", "manager"}
    assert {"acme", "unit"} <= title.qualifiers and "senior" not in title.qualifiers


# east, west, the status of the title finding (None: no title finding)
REPORTS = [
    (
        "The appeal was heard by federal District Judge Mara Feld on Monday.",
        "The appeal was heard by state District Judge Mara Feld on Monday.",
        Status.CONFLICT,
    ),
    (
        "The fire was examined by Regional Fire Marshal Tom Reyes on Monday.",
        "Tom Reyes, an inspector with the Regional Fire Marshal's Office, examined the fire.",
        Status.VARIANT,
    ),
    (
        "The appeal was heard by Judge Mara Feld on Monday.",
        "The appeal was heard by state District Judge Mara Feld on Monday.",
        None,
    ),
]


@pytest.mark.parametrize(("east", "west", "status"), REPORTS)
def test_title_findings(nlp, east, west, status):
    report = compare({"east": east, "west": west}, nlp=nlp)
    found = [f for f in report.findings if f.kind is ClaimKind.RELATION and f.subject.startswith("title:")]
    assert [f.status for f in found] == ([status] if status else [])
    for f in found:
        assert "east" in f.explanation and "west" in f.explanation


_WORDS = st.lists(
    st.sampled_from(["judge", "state", "federal", "chief", "of", "acme", "sales", "manager", "and"]),
    min_size=1,
    max_size=6,
).map(" ".join)


@given(_WORDS, _WORDS)
def test_compare_titles_is_symmetric(a, b):
    assert compare_titles(read_title(a), read_title(b)) is compare_titles(read_title(b), read_title(a))


@given(_WORDS)
def test_a_title_never_differs_from_itself(a):
    assert compare_titles(read_title(a), read_title(a)) is None
