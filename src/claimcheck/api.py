"""Inputs -> Report: the one entry point that reads articles, parses them and compares them.

Reading files and texts, loading the spaCy pipeline and the parse cache live here, so
that :mod:`claimcheck.compare` only decides verdicts on claims already extracted.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from spacy.language import Language

from claimcheck.cache import ParseCache
from claimcheck.compare import build_report
from claimcheck.component import require_component
from claimcheck.config import DEFAULT_CONFIG, Config, reading_limits
from claimcheck.copies import find_copies
from claimcheck.extract import extract_documents
from claimcheck.models import Claim, Document, SkippedInput
from claimcheck.nlp import load_pipeline, model_info
from claimcheck.report import Report
from claimcheck.sources import InputError, normalize_newlines, read_inputs
from claimcheck.sources.published import dated

__all__ = ["Inputs", "compare", "to_documents"]

#: What :func:`compare` takes: documents, a {source: text} dict, paths and folders, or texts.
Inputs = Sequence[Document] | Mapping[str, str] | str | os.PathLike | Sequence[str | os.PathLike]


def compare(
    inputs: Inputs,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    config: Config = DEFAULT_CONFIG,
    batch_size: int = 32,
    n_process: int = 1,
    progress: Callable[[Document], None] | None = None,
    cache: ParseCache | None = None,
    as_of: str | None = None,
) -> Report:
    """Cross-check a set of articles: documents, a {source: text} dict, files and folders, or texts.

    A string that is no existing path (and does not look like one) is an article text;
    nothing usable at all is an :class:`~claimcheck.sources.InputError`, never an empty report.

    ``cache`` (a :class:`~claimcheck.cache.ParseCache`) skips parsing texts seen before;
    ``progress`` is called once per document as it is done. ``as_of`` (a date or time)
    leaves out articles published after it.
    """
    documents, skipped = to_documents(inputs)
    documents, late = dated(documents, as_of)
    skipped = [*skipped, *late]
    nlp = (
        require_component(nlp)
        if nlp is not None
        else load_pipeline(model, config.quantity_rules, reading_limits(config), config.lexicon)
    )
    claims: list[Claim] = []
    for document, found in extract_documents(documents, nlp, batch_size=batch_size, n_process=n_process, cache=cache):
        claims.extend(found)
        if progress is not None:
            progress(document)
    name, version = model_info(nlp)
    return build_report(
        claims,
        sources=[d.source for d in documents],
        config=config,
        skipped=skipped,
        paths=[(d.source, d.path) for d in documents if d.path],
        model=(name, version),
        published=[(d.source, d.published) for d in documents if d.published],
        copies=find_copies(documents),
    )


def to_documents(inputs: Inputs) -> tuple[list[Document], list[SkippedInput]]:
    """Documents from what ``compare`` was given; a string that is no existing path is a text.

    Raises :class:`~claimcheck.sources.InputError` when nothing usable is left, so a
    report is never silently empty.
    """
    skipped: list[SkippedInput] = []
    if isinstance(inputs, Mapping):
        documents = [Document(text=t, source=str(s)) for s, t in inputs.items()]
    else:
        items = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
        if any(isinstance(i, Document) for i in items):
            if not all(isinstance(i, Document) for i in items):
                raise TypeError("compare() takes documents, or paths and texts, not a mix of both")
            documents = [i for i in items if isinstance(i, Document)]
        else:
            documents, skipped = _paths_and_texts(items)
    if not documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped) or "no articles given"
        raise InputError("compare()", f"no usable input ({reasons})")
    return documents, skipped


def _paths_and_texts(items: Sequence[Any]) -> tuple[list[Document], list[SkippedInput]]:
    """Existing paths are read; other strings are article texts named "text1", "text2", ..."""
    documents: list[Document] = []
    skipped: list[SkippedInput] = []
    texts = 0
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"compare() takes paths or texts, not {type(item).__name__}")
        if isinstance(item, str) and _is_text(item):
            texts += 1
            documents.append(Document(text=normalize_newlines(item), source=f"text{texts}"))
            continue
        read = read_inputs([item])
        documents.extend(read.documents)
        skipped.extend(read.skipped)
    return documents, skipped


def _is_text(item: str) -> bool:
    """A string is an article text when it is no existing path and does not look like one.

    "articles/wire.txt" that does not exist stays a path (and is reported missing); a
    sentence, or anything with a line break, is a text.
    """
    if "\n" in item or not item.strip():
        return bool(item.strip())
    if item == "-":  # standard input, for the readers that take it
        return False
    try:
        if os.path.exists(item):
            return False
    except (OSError, ValueError):  # too long or otherwise impossible as a path
        return True
    looks_like_path = " " not in item.strip() and (os.sep in item or "/" in item or "." in item[-6:])
    return not looks_like_path
