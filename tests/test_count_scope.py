"""count_scope.py: one figure given to a wider group in one source than in another."""

from __future__ import annotations

import pytest

from claimcheck import ClaimKind, Status, compare


def _scopes(nlp, east, west):
    report = compare({"east": east, "west": west}, nlp=nlp)
    return [f for f in report.findings if f.kind is ClaimKind.QUANTITY and f.status is Status.SCOPE]


# east, west, whether a SCOPE finding is expected
CASES = [
    (
        "Rescuers moved more than 300 women and children to the shelter.",
        "Rescuers moved more than 300 children to the shelter.",
        True,
    ),
    ("The storm left 250 cats and dogs without owners.", "The storm left 250 dogs without owners.", True),
    (
        "Rescuers moved more than 300 children to the shelter.",
        "Rescuers moved more than 300 children to the shelter.",
        False,
    ),  # the same group
    (
        "Rescuers moved more than 300 children and women to the shelter.",
        "Rescuers moved more than 300 women and children to the shelter.",
        False,
    ),  # the same group, reordered
    ("Lund scored 24 points and grabbed nine rebounds.", "Lund scored 24 points in the win.", False),  # a new clause
    ("Rescuers moved 3 women and children.", "Rescuers moved 3 children.", False),  # too small a figure
]


@pytest.mark.parametrize(("east", "west", "expected"), CASES)
def test_widened_counts(nlp, east, west, expected):
    found = _scopes(nlp, east, west)
    assert bool(found) is expected
    for f in found:
        assert f.sources == ("east", "west")
        assert "wider group" in f.explanation


def test_the_explanation_names_both_groups(nlp):
    [finding] = _scopes(
        nlp, "The storm left 250 cats and dogs without owners.", "The storm left 250 dogs without owners."
    )
    assert "east gives “250” for “cats and dogs”" in finding.explanation
    assert "west gives “250” for “dogs” only" in finding.explanation


def test_figures_of_one_value_are_paired_through_the_index_not_each_with_each(monkeypatch):
    # 300 sources giving "40 children" and one giving "40 women and children": only the
    # one widened figure is checked against the others, never every figure against all
    import attrs
    from claim_factory import qclaim

    from claimcheck import count_scope as module

    def said(source, words):
        sentence = f"They rescued 40 {words}."
        return attrs.evolve(qclaim(source, "40", "children", "rescue", sentence=sentence), sentence_offset=13)

    claims = [said(f"s{i:03}", "children") for i in range(300)] + [said("wide", "women and children")]
    calls = []
    real = module.widened
    monkeypatch.setattr(module, "widened", lambda a, b: calls.append(1) or real(a, b))
    findings = module.count_scope_findings(claims, len(claims))
    assert len(findings) == 1 and findings[0].claims[0].source == "wide"
    assert len(calls) <= len(claims)
