"""Where articles come from: files, folders, JSONL and web pages read into Documents
(:mod:`.reading`, :mod:`.webpage`), their publication moment (:mod:`.published`) and
the repair of broken characters with offsets kept (:mod:`.textfix`)."""

from __future__ import annotations

from claimcheck.sources.reading import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    STDIN,
    HtmlPage,
    InputError,
    Inputs,
    InputWarning,
    document_from_text,
    html_to_text,
    iter_inputs,
    load_documents,
    normalize_newlines,
    read_inputs,
    read_regular_file,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "HtmlPage",
    "InputError",
    "InputWarning",
    "Inputs",
    "document_from_text",
    "html_to_text",
    "iter_inputs",
    "load_documents",
    "normalize_newlines",
    "read_inputs",
    "read_regular_file",
]
