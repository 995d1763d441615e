"""Web pages: the article body (trafilatura, optional) as exact slices of the visible text, with fallback."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.sources import html_to_text, load_documents
from claimcheck.sources.webpage import article_page, body_paragraphs

PAGE = """<!DOCTYPE html>
<html><head><title>Ferry fire | The Island Post</title>
<meta property="og:title" content="Ferry fire off Kessley">
<meta property="article:published_time" content="2031-05-04T10:00:00Z">
<link rel="canonical" href="https://post.example/ferry-fire"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Top 10 beaches</li></ul></nav>
<div class="cookie-banner">We and our 846 partners use cookies. <button>Accept</button></div>
<main><article>
<h1>Ferry fire off Kessley</h1>
<p class="byline">By a staff reporter</p>
<p>A fire broke out on the ferry Northern Lark on Saturday, forcing the evacuation of all
<b>214</b> passengers. Coastguard boats and fishing vessels brought the passengers ashore
within two hours.</p>
<p>Twelve people were injured, the operator said, and 42 crew members remained on board to
fight the blaze, which started in the engine room of the vessel.</p>
<p>Mayor Ingrid Halvorson thanked the islanders who opened their doors to the travellers
&amp; their families.</p>
</article></main>
<aside class="most-read"><h2>Most read</h2><ol><li>7 ways to save on energy</li>
<li>Harbour team wins 3-0 in the derby</li><li>House prices up 9% this year</li></ol></aside>
<section id="comments" class="comments"><h2>Comments (27)</h2>
<div class="comment"><p>I was there and I counted 300 passengers, not 214!</p></div></section>
<footer><p>© 2031 The Island Post. 55 Harbour Road.</p></footer>
</body></html>"""

NOISE = ["846 partners", "Top 10", "7 ways", "3-0", "9%", "Comments (27)", "300 passengers", "55 Harbour"]


@pytest.fixture
def no_trafilatura(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises ImportError


def test_the_body_leaves_out_navigation_banners_lists_and_comments():
    pytest.importorskip("trafilatura")
    page = article_page(PAGE)
    for noise in NOISE:
        assert noise not in page.text, noise
    assert "all\n214 passengers" in page.text or "all 214 passengers" in page.text
    assert "Twelve people were injured" in page.text and "Mayor Ingrid Halvorson" in page.text


def test_the_body_is_made_of_exact_slices_of_the_visible_text():
    pytest.importorskip("trafilatura")
    visible = html_to_text(PAGE).text
    page = article_page(PAGE)
    position = 0
    for part in page.text.split("\n\n"):
        found = visible.find(part, position)
        assert found >= 0, part
        position = found + len(part)


def test_title_and_date_from_the_page_metadata():
    pytest.importorskip("trafilatura")
    page = article_page(PAGE)
    assert page.title == "Ferry fire off Kessley"
    assert page.published.startswith("2031-05-04")
    assert page.url == "https://post.example/ferry-fire"


def test_without_trafilatura_the_whole_visible_text_is_read(no_trafilatura):
    page = article_page(PAGE)
    assert page == html_to_text(PAGE)
    assert "846 partners" in page.text


def test_a_failing_extractor_falls_back(monkeypatch):
    trafilatura = pytest.importorskip("trafilatura")

    def broken(*args, **kwargs):
        raise ValueError("cannot parse")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    assert article_page(PAGE) == html_to_text(PAGE)


def test_a_page_without_a_body_falls_back():
    page = article_page("<html><body><p>Short note: 3 items.</p></body></html>")
    assert page.text == "Short note: 3 items."


def test_html_files_are_read_through_the_body_reader(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "post.html"
    path.write_text(PAGE, encoding="utf-8")
    [document] = load_documents(path)
    assert document.title == "Ferry fire off Kessley"
    assert not any(noise in document.text for noise in NOISE)


def test_claims_keep_exact_offsets_into_the_body(blank_nlp, tmp_path):
    pytest.importorskip("trafilatura")
    from claimcheck import compare

    (tmp_path / "post.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(
        "All 214 passengers were evacuated. Twelve people were injured.", encoding="utf-8"
    )
    [document] = load_documents(tmp_path / "post.html")
    report = compare(tmp_path, nlp=blank_nlp)
    post = [c for f in report.findings for c in f.claims if c.source == "post"]
    assert post and all(document.text[c.start : c.end] == c.text for c in post)
    assert not any(c.text in ("846", "300", "27", "9%") for c in post)


@pytest.mark.parametrize(
    ("visible", "body", "expected"),
    [
        (
            "Home\n\nStorm hits\n\nOfficials said 1,200 people left.\n\nMost read",
            "Storm hits\nOfficials said 1,200 people left.",
            ["Storm hits\n\nOfficials said 1,200 people left."],
        ),
        ("A b\n\nAd 99\n\nC d", "A b\nC d", ["A b", "C d"]),
        (
            "Officials said 1,200\npeople left.",
            "Officials said 1,200 people left.",
            ["Officials said 1,200\npeople left."],
        ),
        ("Visible only", "Enable 5555 scripts", []),
    ],
)
def test_body_paragraphs(visible, body, expected):
    assert body_paragraphs(visible, body) == expected


_WORDS = st.text(alphabet="abcdefgh0123456789,.", min_size=1, max_size=8)


@given(st.lists(st.lists(_WORDS, min_size=1, max_size=5), min_size=1, max_size=8), st.data())
@settings(max_examples=80)
def test_body_paragraphs_are_slices_in_order(lines, data):
    visible = "\n\n".join(" ".join(words) for words in lines)
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    body = "\n".join(" ".join(words) for words, k in zip(lines, keep, strict=False) if k)
    position = 0
    for part in body_paragraphs(visible, body):
        found = visible.find(part, position)
        assert found >= 0
        position = found + len(part)
    joined = " ".join(" ".join(body_paragraphs(visible, body)).split())
    assert joined == " ".join(body.split())
