"""Shared fixtures: the pipelines (loaded once per session) and the optional shared folders."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from hypothesis import settings

# One hypothesis profile for the whole suite, so no test sets its own deadline.
# Parsing a generated text can take longer than hypothesis' default 200 ms on a busy
# machine, so there is no deadline. "ci" (chosen with HYPOTHESIS_PROFILE=ci, or when
# $CI is set) is derandomized: the same examples every run, so a red CI run is a real
# one and can be replayed. "dev" draws new examples each run to find new cases.
_COMMON = {"deadline": None}
settings.register_profile("dev", **_COMMON)
settings.register_profile("ci", derandomize=True, print_blob=True, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def nlp():
    """The trained English pipeline with the claim extractor (skips when none is installed)."""
    from claimcheck.nlp import BLANK, load_pipeline, resolve_model

    if resolve_model() == BLANK:
        pytest.skip("no trained English pipeline installed")
    return load_pipeline()


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank English pipeline prepared the way claimcheck falls back to it."""
    import spacy

    from claimcheck.nlp import prepare_pipeline

    return prepare_pipeline(spacy.blank("en"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not present")
    return path


@pytest.fixture(scope="session")
def seed_report(nlp, seeds_dir):
    from claimcheck import compare, load_documents

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = load_documents(seeds_dir)  # the folder's README is skipped
    return compare(docs, nlp=nlp)
