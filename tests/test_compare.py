"""Verdicts on aligned claims: agree, compatible, conflict, variant, unique — and what is never paired."""

from __future__ import annotations

import attrs
import pytest
from claim_factory import eclaim, qclaim
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import ClaimKind, Status, build_report, compare


def _report(*claims, sources=None):
    return build_report(claims, sources=sources or sorted({c.source for c in claims}))


def _only(report, kind=ClaimKind.QUANTITY):
    found = [f for f in report.findings if f.kind is kind]
    assert len(found) == 1, [f.explanation for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("52", "52", Status.AGREE),
        ("at least 52", "at least 52", Status.AGREE),
        ("nearly 1,200", "more than 1,000", Status.COMPATIBLE),
        ("about 300", "310", Status.COMPATIBLE),
        ("dozens", "52", Status.COMPATIBLE),
        ("52", "54", Status.CONFLICT),
        ("more than 1,000", "800", Status.CONFLICT),
        ("fewer than 50", "52", Status.CONFLICT),
        ("between 50 and 60", "55", Status.COMPATIBLE),
        ("nearly 1,200", "1,200", Status.CONFLICT),
        # shares are percentages, whichever way they are written
        ("a quarter of", "25%", Status.AGREE),
        ("one in five", "20 per cent", Status.AGREE),
        ("about half of", "52%", Status.COMPATIBLE),
        ("a third of", "40%", Status.CONFLICT),
        ("about 50-60", "65", Status.CONFLICT),
        # a vague word is read loosely before it is called a conflict
        ("several", "11", Status.COMPATIBLE),
        ("hundreds", "1,200", Status.COMPATIBLE),
        ("a few", "12", Status.CONFLICT),
        # a stated percentage is rounded
        ("a third of", "33%", Status.COMPATIBLE),
        ("52%", "52.4%", Status.COMPATIBLE),
        ("52.4%", "52.6%", Status.CONFLICT),
        ("52%", "53%", Status.CONFLICT),
    ],
)
def test_verdict_on_two_sources(a, b, status):
    finding = _only(_report(qclaim("x", a, "prisoners", "release"), qclaim("y", b, "prisoners", "free")))
    assert finding.status is status
    assert finding.sources == ("x", "y")


def test_a_share_is_named_as_a_percentage_of_what_is_counted():
    finding = _only(_report(qclaim("x", "a quarter of", "voters", "back"), qclaim("y", "25%", "voters", "back")))
    assert finding.subject == "% of voters (back)"


def test_conflict_names_the_majority_and_the_gap():
    report = _report(
        qclaim("a", "52", "prisoners", "release"),
        qclaim("b", "52", "political prisoners", "free"),
        qclaim("c", "54", "prisoners", "release"),
        qclaim("d", "3", "journalists", "arrest"),
    )
    finding = next(f for f in report.findings if f.status is Status.CONFLICT)
    assert finding.support == 2 and finding.total_sources == 4
    assert "2 of 4 sources (a, b)" in finding.explanation
    assert "c says “54”" in finding.explanation and "2 apart" in finding.explanation
    assert "1 other source does not mention it" in finding.explanation
    assert any("political prisoners" in note for note in finding.notes)


def test_same_number_about_different_things_is_never_paired():
    report = _report(qclaim("a", "52", "prisoners", "release"), qclaim("b", "52", "years", "rule"))
    assert [f.status for f in report.findings] == [Status.UNIQUE, Status.UNIQUE]


def test_two_claims_of_one_source_are_not_an_agreement():
    report = _report(qclaim("a", "52", "prisoners", "release"), qclaim("a", "52", "prisoners", "free", start=40))
    finding = _only(report)
    assert finding.status is Status.UNIQUE and finding.sources == ("a",)


def test_a_source_giving_two_figures_of_one_kind_does_not_make_a_conflict():
    # "16 prisoners released in June, 52 now": two facts, not two readings of one.
    report = _report(
        qclaim("a", "16", "prisoners", "release"),
        qclaim("a", "52", "prisoners", "release", start=50),
        qclaim("b", "52", "prisoners", "release"),
    )
    statuses = sorted(f.status.value for f in report.findings)
    assert statuses == ["agree", "unique"]


def test_different_years_are_different_facts():
    report = _report(
        qclaim("a", "300", "people", "kill", sentence="In 2010 a quake killed 300 people."),
        qclaim("b", "2", "people", "kill", sentence="The 2024 quake killed 2 people."),
    )
    assert Status.CONFLICT not in {f.status for f in report.findings}


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("Alexander Lukashenka", "Alexander Lukashenko", Status.VARIANT),
        ("Gitanas Nausėda", "Gitanas Nauseda", Status.VARIANT),
        ("Donald Trump", "Trump", Status.AGREE),
        ("John Coale", "John Coale", Status.AGREE),
    ],
)
def test_person_names(a, b, status):
    finding = _only(_report(eclaim("x", a), eclaim("y", b)), ClaimKind.ENTITY)
    assert finding.status is status


def test_similar_names_of_different_people_stay_apart():
    report = _report(eclaim("x", "Alexei Navalny"), eclaim("y", "Yulia Navalnaya"))
    assert sorted(f.status.value for f in report.findings) == ["unique", "unique"]


def test_aliases_are_not_spelling_variants():
    report = _report(eclaim("x", "US", "GPE"), eclaim("y", "United States", "GPE"))
    assert _only(report, ClaimKind.ENTITY).status is Status.AGREE


def test_titles_held_together_are_not_a_conflict():
    both = attrs.evolve(eclaim("z", "Billy King"), sentence="Billy King took over as president and general manager.")
    report = _report(
        eclaim("x", "Billy King", role="president"), eclaim("y", "Billy King", role="general manager"), both
    )
    assert not [f for f in report.findings if f.status is Status.CONFLICT]
    alone = _report(eclaim("x", "Billy King", role="president"), eclaim("y", "Billy King", role="general manager"))
    [conflict] = [f for f in alone.findings if f.status is Status.CONFLICT]
    assert conflict.subject.startswith("role of Billy King")


def test_a_loose_vague_reading_can_be_turned_off():
    from claimcheck import Config

    claims = (qclaim("x", "several", "men", "charge"), qclaim("y", "11", "men", "charge"))
    strict = build_report(claims, sources=["x", "y"], config=Config(vague_slack=1.0))
    assert _only(strict).status is Status.CONFLICT


def test_different_offices_for_one_person_are_flagged():
    report = _report(
        eclaim("x", "Gitanas Nausėda", role="Lithuanian President"),
        eclaim("y", "Gitanas Nausėda", role="Prime Minister"),
    )
    [role] = [f for f in report.findings if f.status is Status.CONFLICT]
    assert role.subject.startswith("role of")
    assert "President" in role.explanation and "Prime Minister" in role.explanation


_CLAIMS = [
    qclaim("a", "52", "prisoners", "release"),
    qclaim("b", "52", "political prisoners", "free"),
    qclaim("c", "54", "prisoners", "release"),
    qclaim("a", "nearly 1,200", "political prisoners", "remain", start=100),
    qclaim("b", "more than 1,000", "political prisoners", "languish", start=100),
    qclaim("c", "14", "foreign nationals", "include", start=60),
    eclaim("a", "Alexander Lukashenka", start=200),
    eclaim("b", "Alexander Lukashenko", start=200),
    eclaim("c", "Alexander Lukashenko", start=200),
]


@settings(max_examples=40)
@given(st.permutations(_CLAIMS), st.permutations(["a", "b", "c"]))
def test_report_does_not_depend_on_order(claims, sources):
    assert build_report(claims, sources=sources) == build_report(_CLAIMS, sources=["a", "b", "c"])


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("Jim O'Brien", "O'Brien", Status.AGREE),
        ("Jim O'Brien", "Jim O’Brian", Status.VARIANT),
        ("Jean-Luc Picard", "Picard", Status.AGREE),
    ],
)
def test_names_with_apostrophes_and_hyphens(a, b, status):
    finding = _only(_report(eclaim("x", a), eclaim("y", b)), ClaimKind.ENTITY)
    assert finding.status is status


def test_figures_credited_to_different_people_are_different_facts():
    report = _report(
        qclaim("a", "23", "points", "score", agent="Doug McDermott"),
        qclaim("b", "8", "points", "score", agent="Grant Gibbs"),
    )
    assert Status.CONFLICT not in {f.status for f in report.findings}
    # the same person's figure told two ways is still a conflict
    report = _report(
        qclaim("a", "23", "points", "score", agent="Doug McDermott"),
        qclaim("b", "21", "points", "score", agent="McDermott"),
    )
    assert Status.CONFLICT in {f.status for f in report.findings}


# ------------------------------------------------------------------ what compare() is given


@pytest.mark.parametrize(
    ("item", "is_text"),
    [
        ("Police arrested 12 people.", True),
        ("Police arrested\n12 people", True),
        ("bulletin", True),
        ("articles/wire.txt", False),
        ("wire.txt", False),
        ("missing-folder/", False),
        ("   ", False),
        ("-", False),
    ],
)
def test_strings_that_are_not_paths_are_texts(item, is_text):
    from claimcheck.api import _is_text

    assert _is_text(item) is is_text


def test_an_existing_path_is_read_even_if_it_reads_like_a_sentence(tmp_path, monkeypatch):
    from claimcheck.api import to_documents

    monkeypatch.chdir(tmp_path)
    (tmp_path / "the wire story").write_text("Police arrested 12 people.", encoding="utf-8")
    documents, skipped = to_documents(["the wire story", "Police detained 15 people."])
    assert [(d.source, d.path) for d in documents] == [("the wire story", "the wire story"), ("text1", None)]
    assert not skipped


def test_compare_takes_a_list_of_texts(blank_nlp):
    from claimcheck import compare

    report = compare(["Police arrested 12 people.", "Police arrested 15 people."], nlp=blank_nlp)
    assert report.sources == ("text1", "text2")
    assert [f.status for f in report.discrepancies] == [Status.CONFLICT]


def test_texts_and_paths_mix(blank_nlp, tmp_path):
    from claimcheck import compare

    path = tmp_path / "wire.txt"
    path.write_text("Police arrested 12 people.", encoding="utf-8")
    report = compare([str(path), "Police arrested 12 people."], nlp=blank_nlp)
    assert report.sources == ("text1", "wire")
    assert [f.status for f in report.findings] == [Status.AGREE]


@pytest.mark.parametrize("inputs", [[], {}, ["no/such/file.txt"], ["   "]])
def test_nothing_usable_is_an_error_not_an_empty_report(blank_nlp, inputs):
    from claimcheck import InputError, compare

    with pytest.raises(InputError, match="no usable input"):
        compare(inputs, nlp=blank_nlp)


@given(st.lists(st.sampled_from(["Police", "arrested", "12", "people", "fans", "15"]), min_size=2, max_size=8))
@settings(max_examples=30)
def test_any_sentence_is_read_as_a_text(words):
    from claimcheck.api import _is_text

    assert _is_text(" ".join(words) + ".")


@pytest.mark.parametrize("label", ["ORG", "PERSON", "PRODUCT"])
def test_the_plural_of_a_name_is_no_spelling_variant(label):
    from claim_factory import eclaim

    claims = [eclaim("a", "Zephyr Pad", label), eclaim("b", "Zephyr Pads", label), eclaim("c", "zephyr pads", label)]
    report = build_report(claims, sources=["a", "b", "c"])
    assert Status.VARIANT not in {f.status for f in report.findings}


def test_a_real_misspelling_is_still_a_variant():
    from claim_factory import eclaim

    claims = [eclaim("a", "Zephyr Pad", "ORG"), eclaim("b", "Zephir Pad", "ORG")]
    report = build_report(claims, sources=["a", "b"])
    assert Status.VARIANT in {f.status for f in report.findings}


@pytest.mark.model
@pytest.mark.parametrize(
    ("a", "b", "status", "words"),
    [
        # figures in two units are compared in one, and told in the unit the articles wrote
        ("Winds reached 120 mph.", "Winds reached 190 km/h.", Status.COMPATIBLE, "[185, 195] km/h"),
        ("The car was going 100 mph.", "The car was going 100 km/h.", Status.CONFLICT, "47.89 km/h apart"),
        # one unit: the gap is told in it
        ("The quake had a depth of 10 km.", "The quake had a depth of 25 km.", Status.CONFLICT, "15 kilometres apart"),
        ("The standoff lasted four hours.", "The standoff lasted five hours.", Status.CONFLICT, "1 hour apart"),
    ],
)
def test_figures_in_two_units_are_told_in_a_unit_the_articles_wrote(nlp, a, b, status, words):
    [finding] = [f for f in compare({"a": a, "b": b}, nlp=nlp).findings if f.kind is ClaimKind.QUANTITY]
    assert finding.status is status
    assert words in finding.explanation and "m/s" not in finding.explanation
