"""Where a Doc says "according to": found once on its word ids, not by walking every sentence.

Claims name their source by "according to X"; the readers ask for it once per claim, and
a walk over the sentence's tokens builds a Token for every word.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from claimcheck.readers.doc_arrays import doc_arrays

__all__ = ["according_object", "according_to_at"]

_ACCORDING = get_string_id("according")
_TO = get_string_id("to")


def according_to_at(doc: Doc, lowers: list[int] | None = None) -> list[int]:
    """The indices of the tokens "according" (any case) followed by "to", in order;
    ``lowers`` is the Doc's LOWER column when the caller has it already."""
    if lowers is None:
        lowers = doc_arrays(doc).column(LOWER)
    return [i for i in range(len(lowers) - 1) if lowers[i] == _ACCORDING and lowers[i + 1] == _TO]


def according_object(doc: Doc, at: list[int], start: int, end: int) -> Span | None:
    """The phrase after the first "according to" among tokens ``start:end`` whose "to"
    has an object: "according to [the opposition]"."""
    for i in at[bisect_left(at, start) : bisect_left(at, end)]:
        for obj in doc[i + 1].children:
            if obj.dep_ == "pobj":
                return doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None
