"""Settings files: every value checked (type, range, finiteness), errors name key and value."""

from __future__ import annotations

import math

import pytest

from claimcheck.config import DEFAULT_CONFIG
from claimcheck.settings import SettingsError, find_settings_file, load_settings


def _load(tmp_path, body: str):
    path = tmp_path / "claimcheck.toml"
    path.write_text(body, encoding="utf-8")
    return load_settings(path)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('fail-on = ["any"]', "fail-on = ['any'] is not allowed; it must be a string"),
        ("thresholds = 5", "thresholds = 5 is not allowed; it must be a table"),
        ("tolerances = [1, 2]", "tolerances = [1, 2] is not allowed; it must be a table"),
        ("[tolerances]\nplural = [3]", "tolerances.plural = [3] is not allowed; it must be two finite numbers"),
        ("[tolerances]\nplural = [10, 2]", "tolerances.plural = [10, 2] is not allowed"),
        ('[tolerances]\nplural = ["a", "b"]', "tolerances.plural = ['a', 'b'] is not allowed"),
        (
            "[thresholds]\nname_similarity = -50",
            "thresholds.name_similarity = -50 is not allowed; it must be a score from 0 to 100",
        ),
        ("[thresholds]\nname_similarity = 101", "thresholds.name_similarity = 101 is not allowed"),
        (
            "[thresholds]\nmax_rival_ratio = 0",
            "thresholds.max_rival_ratio = 0 is not allowed; it must be a factor greater than 1",
        ),
        (
            "[thresholds]\nvague_slack = 0.5",
            "thresholds.vague_slack = 0.5 is not allowed; it must be a factor of at least 1",
        ),
        ("[tolerances]\nabout = nan", "tolerances.about = nan is not allowed; it must be a fraction"),
        ("[tolerances]\nnearly = inf", "tolerances.nearly = inf is not allowed"),
        (
            "[tolerances]\nabout = 2.0",
            "tolerances.about = 2.0 is not allowed; it must be a fraction from 0 up to (not including) 1",
        ),
        ("[tolerances]\nfloor = -1", "tolerances.floor = -1 is not allowed; it must be a number of at least 0"),
        ("[tolerances]\nabout = true", "tolerances.about = True is not allowed"),
        ('[tolerances]\nabout = "0.2"', "tolerances.about = '0.2' is not allowed"),
        (
            '[thresholds]\nreport_entity_agreements = "false"',
            "thresholds.report_entity_agreements = 'false' is not allowed; it must be true or false",
        ),
        (
            '[thresholds]\nunique_entity_labels = "PERSON"',
            "thresholds.unique_entity_labels = 'PERSON' is not allowed; it must be a list of strings",
        ),
        ("[thresholds]\nunique_entity_labels = [1]", "thresholds.unique_entity_labels = [1] is not allowed"),
        (
            "[thresholds]\nquantity_rules = 1",
            "thresholds.quantity_rules = 1 is not allowed; it must be one of the known thresholds",
        ),
        ("[thresholds]\nbogus = 1", "thresholds.bogus = 1 is not allowed; it must be one of the known thresholds"),
        (
            "[thresholds]\npronoun_reach = 1.5",
            "thresholds.pronoun_reach = 1.5 is not allowed; it must be a whole number of sentences",
        ),
        ("[thresholds]\nheadline_tokens = 0", "thresholds.headline_tokens = 0 is not allowed; it must be a whole"),
        ('[words]\nverbs = ["hold"]', "words.verbs = ['hold'] is not allowed; it must be one of the known word lists"),
        ('[words]\nweak_predicates = "hold"', "words.weak_predicates = 'hold' is not allowed; it must be a list"),
        ("[words]\npredicate_classes = 3", "words.predicate_classes = 3 is not allowed; it must be a table"),
        ("[words.predicate_classes]\nrelease = [1]", "words.predicate_classes.release = [1] is not allowed"),
        ('ignore = "Belavia"', "ignore = 'Belavia' is not allowed; it must be a list of strings"),
        ("model = 3", "model = 3 is not allowed; it must be a string"),
        ("colour = 1", "unknown setting(s) colour"),
        ("[thresholds\n", "cannot read settings"),
    ],
)
def test_bad_values_name_the_file_key_value_and_what_is_allowed(tmp_path, body, message):
    with pytest.raises(SettingsError) as info:
        _load(tmp_path, body)
    assert str(info.value).startswith(str(tmp_path / "claimcheck.toml") + ": ")
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("[tolerances]\nabout = 0.2", lambda s: s.rules.about == 0.2),
        ("[tolerances]\nplural = [2, 12]", lambda s: s.rules.plural == (2.0, 12.0)),
        ("[thresholds]\nname-similarity = 70", lambda s: s.config.name_similarity == 70.0),
        ("[thresholds]\nreport_entity_agreements = false", lambda s: s.config.report_entity_agreements is False),
        (
            '[thresholds]\nunique_entity_labels = ["PERSON", "ORG"]',
            lambda s: s.config.unique_entity_labels == frozenset({"PERSON", "ORG"}),
        ),
        ("[thresholds]\nmax_rival_ratio = 2", lambda s: s.config.max_rival_ratio == 2.0 and math.isfinite(2.0)),
        (
            "[thresholds]\npronoun_reach = 2",
            lambda s: s.config.pronoun_reach == 2 and type(s.config.pronoun_reach) is int,
        ),
        ('[words]\nweak_predicates = ["Hold"]', lambda s: "hold" in s.config.lexicon.weak_predicates),
        (
            '[words.predicate_classes]\nrelease = ["spring"]\nvote = ["ballot"]',
            lambda s: (
                (s.config.lexicon.predicate_class("spring"), s.config.lexicon.predicate_class("ballot"))
                == ("release", "vote")
            ),
        ),
        ("", lambda s: s.config.lexicon == DEFAULT_CONFIG.lexicon),
    ],
)
def test_good_values_are_read(tmp_path, body, check):
    assert check(_load(tmp_path, body))


def test_a_broken_unrelated_pyproject_above_does_not_stop_a_run(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project\nname = 'other'\n")
    work = tmp_path / "articles"
    work.mkdir()
    assert find_settings_file(work) is None
    assert load_settings(start=work).config == load_settings(start=work).config


def test_a_broken_pyproject_meant_for_claimcheck_is_an_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nfail-on = \n")
    with pytest.raises(SettingsError, match=r"pyproject\.toml: cannot read settings"):
        find_settings_file(tmp_path)


def test_a_fifo_as_settings_file_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "claimcheck.toml"
    os.mkfifo(fifo)
    with pytest.raises(SettingsError, match="named pipe"):
        load_settings(fifo)


def test_words_of_a_settings_file_reach_the_claim_readers(tmp_path):
    """``[words]`` additions to a reader's list travel into the claim component a run loads."""
    import warnings

    from claimcheck.cli_shared import pipeline

    settings = _load(tmp_path, 'model = "blank:en"\n[words]\nstop_words = ["stray"]\nweak_predicates = ["hold"]')
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = pipeline(None, settings)
    assert nlp.get_pipe_config("claimcheck_claims")["words"] == {"stop_words": ["stray"]}
    assert [c.noun for c in nlp("Police counted 40 stray dogs near the dam.")._.claimcheck_claims] == [None]
