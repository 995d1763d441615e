"""Where a claim stands: its source, its column on its line and its offset in its sentence.

A claim read from a whole article is complete as read: the reader knows the article's
text, and :func:`reading` tells it the source, so no second copy of every claim has to be
made to place it (a claim is a frozen record of some thirty fields, and an article holds
dozens). A claim read from part of an article, or from a text that was repaired, is
placed again in the original by :mod:`claimcheck.extract`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["placed", "reading", "sentence_offset"]

_SOURCE: ContextVar[str] = ContextVar("claimcheck_reading_source", default="")


@contextmanager
def reading(source: str) -> Iterator[None]:
    """Inside the block, the claims read are of ``source``."""
    token = _SOURCE.set(source)
    try:
        yield
    finally:
        _SOURCE.reset(token)


def placed(text: str, start: int, end: int, sentence: str) -> tuple[str, int, int | None]:
    """The source, the 1-based column and the sentence offset of a claim over
    ``text[start:end]`` that quotes ``sentence``."""
    return _SOURCE.get(), start - text.rfind("\n", 0, start), sentence_offset(text, start, end, sentence)


def sentence_offset(text: str, start: int, end: int, sentence: str) -> int | None:
    """Where a claim over ``text[start:end]`` starts inside its quoted ``sentence``: the one
    place the sentence covers the claim (None when it does not, or is empty)."""
    if not sentence:
        return None
    at = text.find(sentence, max(0, end - len(sentence)), start + len(sentence))
    return start - at if at >= 0 else None
