"""The value classes claims and findings are made of."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st
from strategies import claims

from claimcheck.models import CLAIM_FIELDS, claim_index, claim_values, with_changes

_CHANGES = {
    "source": st.text(min_size=1, max_size=5),
    "agent": st.none() | st.text(max_size=5),
    "measure": st.none() | st.sampled_from(["killed", "depth", "magnitude"]),
    "label": st.none() | st.sampled_from(["GPE", "PERSON"]),
    "start": st.integers(0, 1000),
    "negated": st.booleans(),
}


@given(claims(), st.data())
def test_a_claim_copied_with_changes_is_the_one_evolve_makes(claim, data):
    names = data.draw(st.sets(st.sampled_from(sorted(_CHANGES))))
    changes = {name: data.draw(_CHANGES[name]) for name in names}
    assert with_changes(claim, **changes) == attrs.evolve(claim, **changes)


@given(claims())
def test_a_claims_values_stand_where_their_fields_do(claim):
    values = claim_values(claim)
    assert len(values) == len(CLAIM_FIELDS)
    for name in CLAIM_FIELDS:
        assert values[claim_index(name)] == getattr(claim, name)
