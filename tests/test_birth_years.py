"""birth_years.py: a person's age against the year another source says they were born."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, compare


def _ages(nlp, north: str, south: str) -> list:
    report = compare({"north": north, "south": south}, nlp=nlp)
    return [f for f in report.findings if f.subject.startswith("age of") and f.status is Status.CONFLICT]


DATED = "May 4, 2019\n"
BORN = "Anna Moreau was born in 1950 in Lyon and trained as a nurse."

# north, south, whether a CONFLICT on the age is expected
CASES = [
    (DATED + "Anna Moreau, 64, opened the new wing on Friday.", BORN, True),  # 68 or 69
    (DATED + "Anna Moreau, 68, opened the new wing on Friday.", BORN, False),
    (DATED + "Anna Moreau, 69, opened the new wing on Friday.", BORN, False),  # her birthday had passed
    (DATED + "Anna Moreau, 68, opened the new wing.", "Moreau was born on March 3, 1950, in Lyon.", True),  # 69
    (DATED + "Anna Moreau, 69, opened the new wing.", "Moreau was born on March 3, 1950, in Lyon.", False),
    (DATED + "Moreau, who was 24 at the time, fled to Paris.", BORN, False),  # an age at another time
    (DATED + "In 1990, Anna Moreau, 37, fled to Paris.", BORN, False),  # an age in another year
    (DATED + "Anna Moreau, 24, fled to Paris.", BORN, False),  # too far off: two times of one life
    (DATED + "The 64-year-old Moreau opened the wing.", "She was born in 1950 in Lyon.", False),  # no name
    (DATED + "Anna Moreau, 64, opened the new wing.", "Paul Girard was born in 1950 in Lyon.", False),  # another man
    ("Anna Moreau, 64, opened the new wing on Friday.", BORN, False),  # no publication date
]


@pytest.mark.parametrize(("north", "south", "expected"), CASES)
def test_an_age_against_a_birth_year(nlp, north, south, expected):
    found = _ages(nlp, north, south)
    assert bool(found) is expected
    for f in found:
        assert f.kind is ClaimKind.QUANTITY and f.sources == ("north", "south")


def test_the_explanation_does_the_arithmetic(nlp):
    [finding] = _ages(nlp, DATED + "Anna Moreau, 64, opened the new wing on Friday.", BORN)
    assert "north gives “64” on 2019-05-04" in finding.explanation
    assert "south says Anna Moreau was born 1950, so 68 or 69 on that day" in finding.explanation


@given(born=st.integers(1900, 2010), month=st.integers(1, 12), day=st.integers(1, 28), year=st.integers(2011, 2030))
def test_a_known_birthday_gives_one_age_a_year_two(born, month, day, year):
    from claimcheck.birth_years import Born, age_window

    moment = f"{year}-{month:02}-{day:02}"
    low, high = age_window(Born(born), moment)
    assert (low, high) == (year - born - 1, year - born)
    exact = age_window(Born(born, 6, 15), moment)
    assert exact is not None and exact[0] == exact[1] and low <= exact[0] <= high


def test_no_age_without_a_publication_day():
    from claimcheck.birth_years import Born, age_window

    assert age_window(Born(1950), "") is None
