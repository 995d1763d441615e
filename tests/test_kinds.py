"""Every claim kind registers its reading, grouping and verdict steps in one place."""

from __future__ import annotations

import pytest

from claimcheck.kinds import aligner, extractors, judge_of, register_aligner, register_judge, registered_kinds
from claimcheck.models import ClaimKind


@pytest.mark.parametrize("kind", list(ClaimKind))
def test_every_kind_has_all_three_steps(kind):
    assert aligner(kind) is not None
    assert callable(judge_of(kind))
    assert any(k is kind for k, _, _ in extractors())


def test_kinds_are_grouped_in_the_order_of_the_enum():
    assert registered_kinds() == tuple(ClaimKind)


def test_a_second_different_step_for_one_kind_is_refused():
    with pytest.raises(ValueError, match="already registered"):
        register_aligner(ClaimKind.QUANTITY, lambda claims, config: [])
    with pytest.raises(ValueError, match="already registered"):
        register_judge(ClaimKind.DATE, lambda group, total, config: [])


def test_registering_the_same_step_again_changes_nothing():
    step = aligner(ClaimKind.ENTITY)
    assert register_aligner(ClaimKind.ENTITY, step) is step
    assert aligner(ClaimKind.ENTITY) is step


def test_entity_and_score_reading_wait_for_the_annotations_they_need():
    needs = {k: n for k, n, _ in extractors()}
    assert needs[ClaimKind.ENTITY] == ("ENT_IOB",)
    assert needs[ClaimKind.SCORE] == ("DEP",)
    assert needs[ClaimKind.QUANTITY] == ()
