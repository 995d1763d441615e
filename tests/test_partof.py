"""partof.py: part-of and located-in links the text states, and the names of arguments."""

from __future__ import annotations

import pytest

from claimcheck.readers.partof import LOCATED_IN, PART_OF, name_of, part_of_claims

pytestmark = pytest.mark.model


# text, part, whole, kind
LINKS = [
    ("Sanctions hit Aerolux, Moldova's state-owned airline, in May.", "Aerolux", "Moldova", PART_OF),
    ("Officials praised Moldova's national airline, Aerolux, on Monday.", "Aerolux", "Moldova", PART_OF),
    ("Vantor, the Ohio-based company, hired Lee Park.", "Vantor", "Ohio", LOCATED_IN),
    ("Police arrested Jan Novak in Brno, Czech Republic.", "Brno", "Czech Republic", LOCATED_IN),
]


@pytest.mark.parametrize(("text", "part", "whole", "kind"), LINKS)
def test_links_from_appositions_possessives_and_places(nlp, text, part, whole, kind):
    links = list(part_of_claims(nlp(text)))
    assert [(c.relation.agent, c.relation.patient, c.relation.predicate) for c in links] == [(part, whole, kind)]
    link = links[0]
    assert link.relation.event == PART_OF
    assert text[link.start : link.end] == link.text
    assert part in link.text and whole in link.text


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania, Poland, France and Britain welcomed the move.",  # a list, not a place in a place
        "The airline said its fleet was ageing.",  # no name, no owner
        "Moldova's president met Ana Ruiz.",  # a possessive without a name beside it
    ],
)
def test_no_link_where_the_text_states_none(nlp, text):
    assert list(part_of_claims(nlp(text))) == []


@pytest.mark.parametrize(
    ("text", "word", "name", "label"),
    [
        ("Officials praised the airline, Aerolux, on Monday.", "airline", "Aerolux", None),
        ("The United States lifted sanctions.", "States", "United States", "GPE"),
        ("The prisoners were freed.", "prisoners", "prisoner", None),
        ("They were freed.", "They", None, None),
    ],
)
def test_argument_names(nlp, text, word, name, label):
    doc = nlp(text)
    [tok] = [t for t in doc if t.text == word]
    got, got_label, span = name_of(tok)
    assert got == name
    if label is not None:
        assert got_label == label
    if name is not None:
        assert span is not None and (name in span.text or tok.text in span.text)
