"""orgspans.py: organisation names the entity recogniser cut short are made whole."""

from __future__ import annotations

import itertools

import pytest

from claimcheck.readers.claims import entity_claims
from claimcheck.readers.orgspans import whole_organisation


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        (
            "He led the Reformed Brotherhood of the Silver Lantern Keepers for years.",
            "Reformed Brotherhood",
            "Reformed Brotherhood of the Silver Lantern Keepers",
        ),
        ("She works for Acme Corp. in the city.", "Acme Corp.", "Acme Corp."),
    ],
)
def test_whole_organisation(nlp, text, name, whole):
    doc = nlp(text)
    [ent] = [e for e in doc.ents if e.text.endswith(name) or e.text == name] or [None]
    if ent is None or ent.label_ != "ORG":
        pytest.skip("the model does not tag this name as an organisation")
    assert doc[ent.start : whole_organisation(ent)].text.endswith(whole)


def test_a_continuation_never_crosses_a_place(nlp):
    doc = nlp("The Harbor Council of Brindle met on Monday.")
    for ent in doc.ents:
        if ent.label_ == "ORG":
            span = doc[ent.start : whole_organisation(ent)]
            assert not any(t.ent_type_ == "GPE" for t in span[len(ent) :])


def test_entity_claims_do_not_overlap(nlp):
    doc = nlp("Members of the Reformed Brotherhood of the Silver Lantern Keepers met in Ohio.")
    claims = sorted(entity_claims(doc), key=lambda c: c.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))
