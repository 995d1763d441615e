"""Whether a sentence or line of a Doc is written in title case ("US Lifts Sanctions on Belarus").

The claim readers ask this for many spans of one Doc; running totals over its tokens,
made in one pass, answer each span with two subtractions instead of a walk over its tokens.
"""

from __future__ import annotations

from itertools import accumulate

from spacy.attrs import ENT_TYPE, IDX, IS_ALPHA, LENGTH, SENT_START
from spacy.tokens import Doc

#: Lines longer than this many tokens are never headlines.
HEADLINE_TOKENS = 40


class TitleCase:
    """Running counts of a Doc's long words (alphabetic, over three letters) and of those
    that are capitalised, with and without names and sentence-initial words."""

    __slots__ = ("_capitals", "_plain", "_plain_capitals", "_words")

    def __init__(self, doc: Doc, text: str) -> None:
        """``text`` is ``doc.text``: a word's first letter is read at its offset there."""
        rows = doc.to_array([IS_ALPHA, LENGTH, IDX, ENT_TYPE, SENT_START]).tolist()
        long = [alpha and length > 3 for alpha, length, _, _, _ in rows]
        capital = [w and text[idx].isupper() for w, (_, _, idx, _, _) in zip(long, rows, strict=True)]
        # neither a name nor a sentence's first word (SENT_START is 1 there)
        plain = [w and not ent and start != 1 for w, (_, _, _, ent, start) in zip(long, rows, strict=True)]
        self._words = [0, *accumulate(long)]
        self._capitals = [0, *accumulate(capital)]
        self._plain = [0, *accumulate(plain)]
        self._plain_capitals = [0, *accumulate(p and c for p, c in zip(plain, capital, strict=True))]

    def headline(self, start: int, end: int) -> bool:
        """Tokens ``start:end`` are a headline: at least four long words, 70% of them capitalised
        (a line over :data:`HEADLINE_TOKENS` tokens is body text)."""
        if end - start > HEADLINE_TOKENS:
            return False
        words = self._words[end] - self._words[start]
        return words >= 4 and (self._capitals[end] - self._capitals[start]) / words >= 0.7

    def title_case(self, start: int, end: int) -> bool:
        """Tokens ``start:end`` are in title case: at least three long words that are neither
        names nor sentence-initial, 70% of them capitalised."""
        words = self._plain[end] - self._plain[start]
        return words >= 3 and (self._plain_capitals[end] - self._plain_capitals[start]) / words >= 0.7
