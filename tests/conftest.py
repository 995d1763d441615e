"""Shared fixtures: the pipelines (loaded once per session) and the optional shared folders."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

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
