"""Tests for published.py: an article's publication moment from its text or markup."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import Document
from claimcheck.sources.published import (
    dated,
    find_published,
    is_publication_line,
    normalise,
    published_from_html,
    sort_key,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T10:30:00", "2025-03-04T10:30"),
        ("2025-03-04T10:30:00Z", "2025-03-04T10:30Z"),
        ("2025-03-04T12:30:00+02:00", "2025-03-04T10:30Z"),
        ("March 4, 2025", "2025-03-04"),
        ("4 March 2025", "2025-03-04"),
        ("Mar. 4, 2025 at 6:05 pm", "2025-03-04T18:05"),
        ("March 4, 2025 10:30 GMT", "2025-03-04T10:30Z"),
        ("12 Sept 2024, 9.15am", "2024-09-12T09:15"),
        ("Tuesday, Dec. 20 2005 12:00 a.m. MST", "2005-12-20T07:00Z"),
        ("Posted Oct 26, 2011 8:57 AM CDT", "2011-10-26T13:57Z"),
        ("Published on Friday, 27 September 2013", "2013-09-27"),
        ("22:07 GMT, 7 July 2012", "2012-07-07T22:07Z"),
        ("Posted 9.15 am Monday, March 4, 2025", "2025-03-04"),  # a weekday between: not one moment
        ("February 30, 2025", None),  # no such day
        ("last Tuesday", None),
        ("", None),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("Storm kills three\nPublished: March 4, 2025 08:15\n\nThree people died.", "2025-03-04T08:15"),
        ("Storm\nUpdated: 2025-03-05T09:00\nPublished: 2025-03-04T07:00\nText.", "2025-03-04T07:00"),
        ("Storm\nUpdated: 2025-03-05T09:00\nText.", "2025-03-05T09:00"),
        ("Storm toll rises\n\nHARBOURTON, March 4, 2025 (Courier) - Nine people died.", "2025-03-04"),
        ("Storm\n2025-03-04T11:00Z\n\nA body.", "2025-03-04T11:00Z"),
        ("Storm\n\nSeptember 13, 2025\n\nNine people died.", "2025-09-13"),
        ("Storm\nTuesday, 4 March 2025 10:30\nText.", "2025-03-04T10:30"),
        # A date inside the story is the event's, not the article's.
        ("Storm\n\nThe storm of March 1, 2025 killed nine people.", None),
        # A dateline without a year cannot be placed.
        ("HARBOURTON, March 4 (Courier) - Nine people died.", None),
    ],
)
def test_find_published(article, expected):
    assert find_published(article) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: March 4, 2025 06:10 UTC", True),
        ("Updated 2025-03-04T09:00", True),
        ("September 13, 2025", True),
        ("Published: nothing to see", False),
        ("Two people were killed on March 4, 2025.", False),
        ("Posted by the newsdesk", False),
    ],
)
def test_is_publication_line(line, expected):
    assert is_publication_line(line) is expected


def test_published_from_html_meta_then_time():
    meta = '<html><head><meta property="article:published_time" content="2025-03-04T06:00:00Z"></head></html>'
    assert published_from_html(meta) == "2025-03-04T06:00Z"
    time = '<p>Posted <time datetime="2025-03-04T07:45">this morning</time></p>'
    assert published_from_html(time) == "2025-03-04T07:45"
    assert published_from_html("<p>No date here.</p>") is None


def test_dated_reads_text_and_as_of_sets_later_articles_aside():
    docs = [
        Document(text="A\nPublished: 2025-03-04T08:00\nBody.", source="early"),
        Document(text="B\nPublished: 2025-03-04T20:00\nBody.", source="late", path="late.txt"),
        Document(text="C\nBody.", source="undated"),
        Document(text="D", source="given", published="March 5, 2025"),
    ]
    kept, skipped = dated(docs)
    assert [d.published for d in kept] == ["2025-03-04T08:00", "2025-03-04T20:00", None, "2025-03-05"]
    assert skipped == []
    kept, skipped = dated(docs, as_of="2025-03-04T12:00")
    assert [d.source for d in kept] == ["early", "undated"]
    assert [s.path for s in skipped] == ["late.txt", "given"]
    assert "after --as-of 2025-03-04T12:00" in skipped[0].reason
    # A day as the limit covers the whole of that day.
    kept, _ = dated(docs, as_of="2025-03-04")
    assert [d.source for d in kept] == ["early", "late", "undated"]
    with pytest.raises(ValueError, match="not a date"):
        dated(docs, as_of="soon")


@given(st.datetimes(), st.datetimes())
def test_sort_key_orders_like_time(a, b):
    ka = sort_key(normalise(a.isoformat(timespec="minutes")))
    kb = sort_key(normalise(b.isoformat(timespec="minutes")))
    a, b = a.replace(second=0, microsecond=0), b.replace(second=0, microsecond=0)
    if a.year >= 1900 and b.year >= 1900 and a.year < 2100 and b.year < 2100:
        assert (ka < kb) == (a < b)


def test_undated_sorts_last():
    assert sorted([None, "2025-03-04T10:00", "2025-03-04"], key=sort_key) == ["2025-03-04", "2025-03-04T10:00", None]


def test_sources_read_jsonl_date_and_html_time(tmp_path):
    from claimcheck.sources import read_inputs

    (tmp_path / "feed.jsonl").write_text(
        '{"source": "a", "text": "Nine people died.", "date": "2025-03-04T10:00:00Z"}\n'
        '{"source": "b", "text": "Ten people died.", "published": "March 5, 2025"}\n',
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_text(
        '<html><body><p>Posted <time datetime="2025-03-06T08:30">this morning</time>.</p>'
        "<p>Eleven people died in the storm.</p></body></html>",
        encoding="utf-8",
    )
    read = read_inputs([str(tmp_path / "feed.jsonl"), str(tmp_path / "page.html")])
    kept, _ = dated(read.documents)
    assert {d.source: d.published for d in kept} == {
        "a": "2025-03-04T10:00Z", "b": "2025-03-05", "page": "2025-03-06T08:30",
    }  # fmt: skip


def test_nothing_but_the_date_is_read_from_a_publication_line(nlp):
    from claimcheck import ClaimKind
    from claimcheck.extract import extract

    claims = extract("Storm hits coast\nPublished: March 4, 2025 06:10 UTC\n\nTwo people died, police said.", nlp=nlp)
    on_line = [c for c in claims if c.line == 2]
    assert all(c.kind is ClaimKind.DATE for c in on_line)
    assert any(c.quantity is not None and c.quantity.value == 2 for c in claims)
