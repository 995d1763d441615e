"""judge_roles.py: one person given different titles: VARIANT when worded so each says
something the other does not, CONFLICT only for titles that exclude each other."""

from __future__ import annotations

import pytest
from claim_factory import eclaim
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


# ---------------------------------------------------------------- many sources

_TITLES = ["state District Judge", "federal District Judge", "Judge", "judge in the case", "chief judge"]


def _pairwise(fullest, written, words):
    """Every pair of sources compared, as the titles of one person were before sources that
    write the same titles were compared once."""
    from claimcheck.judge_roles import _writes

    involved, kinds = set(), set()
    for s in fullest:
        for t in fullest:
            if s < t and not (_writes(written[s], fullest[t][1], words) or _writes(written[t], fullest[s][1], words)):
                diff = compare_titles(fullest[s][1], fullest[t][1], words)
                if diff is not None:
                    involved |= {s, t}
                    kinds.add(diff)
    return involved, kinds


@given(st.lists(st.lists(st.sampled_from(_TITLES), min_size=1, max_size=3), min_size=2, max_size=12))
def test_sources_that_write_the_same_titles_are_judged_alike(said):
    from claimcheck.judge_roles import _differences, role_words

    words = role_words()
    written = {f"s{i:02d}": frozenset(read_title(t) for t in titles) for i, titles in enumerate(said)}
    fullest = {s: (None, max(sorted(ts, key=lambda t: t.text), key=lambda t: t.size)) for s, ts in written.items()}
    assert _differences(fullest, written, words) == _pairwise(fullest, written, words)


def test_one_person_in_many_sources_costs_one_comparison_per_way_of_titling_him(monkeypatch):
    import claimcheck.judge_roles as roles
    from claimcheck.align import Group

    calls = []
    real = roles.compare_titles
    monkeypatch.setattr(roles, "compare_titles", lambda a, b, words=None: calls.append(1) or real(a, b, words))
    claims = [
        eclaim(f"s{i:03d}", "Mara Feld", role="state District Judge" if i % 2 else "federal District Judge")
        for i in range(200)
    ]
    [finding] = roles.judge_titles(Group(ClaimKind.ENTITY, "title: Mara Feld", tuple(claims)), 200)
    assert finding.status is Status.CONFLICT and len(finding.sources) == 200
    assert len(calls) < 20
