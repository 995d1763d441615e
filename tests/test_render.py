"""Tests for the displaCy view of one Doc's claims."""

from __future__ import annotations

import warnings
from html.parser import HTMLParser

import pytest
import spacy
from spacy.tokens import Doc, Span, SpanGroup

from claimcheck.render import COLOURS, SPANS_KEY, render

TEXT = "Officials said nearly 1,200 people died in Eastbrook on March 4, Mayor Katrin Oswald said."


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _doc(nlp, text: str, spans: list[tuple[str, str]]) -> Doc:
    """A Doc with claim spans for the given (surface, label) pairs, as the extractor makes them."""
    doc = nlp(text)
    group = []
    for surface, label in spans:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        group.append(span)
    doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=group)
    return doc


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.chunks.append(data)

    @property
    def words(self) -> list[str]:
        return " ".join(self.chunks).split()


def _parse(markup: str) -> _Text:
    parser = _Text()
    parser.feed(markup)
    return parser


def test_claims_drawn_with_label_colours(nlp):
    doc = _doc(nlp, TEXT, [("nearly 1,200", "QUANTITY"), ("March 4", "DATE"), ("Katrin Oswald", "ENTITY")])
    markup = render(doc, jupyter=False)
    words = _parse(markup).words
    for label in ("QUANTITY", "DATE", "ENTITY"):
        assert words.count(label) == 1
        assert f"background: {COLOURS[label]}" in markup
    assert "1,200" in words and "Oswald" in words


def test_colour_override_keeps_other_defaults(nlp):
    doc = _doc(nlp, TEXT, [("nearly 1,200", "QUANTITY"), ("March 4", "DATE")])
    markup = render(doc, jupyter=False, colors={"DATE": "#123456"})
    assert "background: #123456" in markup
    assert f"background: {COLOURS['QUANTITY']}" in markup
    assert COLOURS["DATE"] not in markup


def test_article_markup_is_escaped(nlp):
    text = "Police said <script>alert(1)</script> 12 people & <b>more</b> were hurt."
    doc = _doc(nlp, text, [("12", "QUANTITY")])
    markup = render(doc, jupyter=False)
    assert "<script>" not in markup and "<b>" not in markup
    tags = _parse(markup).tags
    assert "script" not in tags and "b" not in tags
    assert "&lt;" in markup and "&amp;" in markup


def test_other_spans_key(nlp):
    doc = _doc(nlp, TEXT, [("March 4", "DATE")])
    doc.spans["mine"] = SpanGroup(doc, name="mine", spans=[Span(doc, 0, 1, label="ENTITY")])
    markup = render(doc, jupyter=False, spans_key="mine")
    words = _parse(markup).words
    assert "ENTITY" in words and "DATE" not in words


def test_doc_without_claims_is_plain_text_without_warning(nlp):
    doc = nlp("Nothing to check here.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        markup = render(doc, jupyter=False)
    assert _parse(markup).words == ["Nothing", "to", "check", "here", "."]


def test_full_page(nlp):
    doc = _doc(nlp, TEXT, [("March 4", "DATE")])
    markup = render(doc, jupyter=False, page=True)
    assert "html" in _parse(markup).tags
