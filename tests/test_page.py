"""The per-Doc lookups claim reading makes once (``_Page``) answer as spaCy does."""

from __future__ import annotations

import pytest

from claimcheck.readers.claims import _Page

TEXT = (
    "Club Fires Coach Jo Roe\n"
    "Police said 40 protesters were not detained on Monday. Nearly 1,200 people remain in custody, "
    "according to the ministry.\n\nThree more men were held. No one was hurt."
)


@pytest.mark.model
def test_sentences_lines_and_word_arrays_are_spacys(nlp):
    doc = nlp(TEXT)
    page = _Page(doc.text)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            span = doc[start:end]
            assert page.sentence(span) == span.sent
            line = page.line_span(doc, span.start_char, span.end_char)
            assert line == doc.char_span(*page.line_bounds(span.start_char, span.end_char), alignment_mode="expand")
    assert page.lowers(doc) == [t.lower for t in doc]
    assert page.negated_heads(doc) == {t.i for t in doc if any(c.dep_ == "neg" for c in t.children)}
    assert page.has_sents(doc) == doc.has_annotation("SENT_START")
    assert [doc[i].text for i in page.according(doc)] == ["according"]


def test_a_sentence_hook_is_left_to_spacy(blank_nlp):
    doc = blank_nlp("One. Two three.")
    doc.user_span_hooks["sent"] = lambda span: span.doc[:]
    assert _Page(doc.text).sentence(doc[3:4]) == doc[:]
