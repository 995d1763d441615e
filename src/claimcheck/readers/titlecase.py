"""Whether a sentence or line of a Doc is written in title case ("US Lifts Sanctions on Belarus").

The claim readers ask this for many spans of one Doc; running totals over its tokens,
made in one pass, answer each span with two subtractions instead of a walk over its tokens.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ENT_TYPE, IDX, IS_ALPHA, LENGTH, SENT_START
from spacy.tokens import Doc

from claimcheck.config import HEADLINE_TOKENS
from claimcheck.readers.doc_arrays import doc_arrays

__all__ = ["TitleCase"]


class TitleCase:
    """Running counts of a Doc's long words (alphabetic, over three letters) and of those
    that are capitalised, with and without names and sentence-initial words."""

    __slots__ = ("_counts", "_longest")

    def __init__(self, doc: Doc, text: str, longest: int = HEADLINE_TOKENS) -> None:
        """``text`` is ``doc.text``: a word's first letter is read at its offset there;
        a line of more than ``longest`` tokens is never a headline."""
        self._longest = longest
        rows = doc_arrays(doc).arrays([IS_ALPHA, LENGTH, IDX, ENT_TYPE, SENT_START])
        long = (rows[:, 0] == 1) & (rows[:, 1] > 3)
        capital = numpy.zeros(len(rows), dtype=bool)
        at = numpy.flatnonzero(long)
        capital[at] = [text[idx].isupper() for idx in rows[at, 2].tolist()]
        # neither a name nor a sentence's first word (SENT_START is 1 there)
        plain = long & (rows[:, 3] == 0) & (rows[:, 4] != 1)
        # before each position: long words, capitalised ones, plain ones, capitalised plain ones
        flags = numpy.stack([long, capital & long, plain, capital & plain], axis=1)
        counts = numpy.zeros((4, len(rows) + 1), dtype=numpy.int64)
        numpy.cumsum(flags.T, axis=1, dtype=numpy.int64, out=counts[:, 1:])
        # four flat lists: a list per token (``counts.tolist()`` on rows) cost more to build
        # than all the tests asked of them
        self._counts = counts.tolist()

    def headline(self, start: int, end: int) -> bool:
        """Tokens ``start:end`` are a headline: at least four long words, 70% of them capitalised
        (a line over ``longest`` tokens, :data:`HEADLINE_TOKENS` by default, is body text)."""
        if end - start > self._longest:
            return False
        long, capital = self._counts[0], self._counts[1]
        words = long[end] - long[start]
        return words >= 4 and (capital[end] - capital[start]) / words >= 0.7

    def title_case(self, start: int, end: int) -> bool:
        """Tokens ``start:end`` are in title case: at least three long words that are neither
        names nor sentence-initial, 70% of them capitalised."""
        plain, capital = self._counts[2], self._counts[3]
        words = plain[end] - plain[start]
        return words >= 3 and (capital[end] - capital[start]) / words >= 0.7
