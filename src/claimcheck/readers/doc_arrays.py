"""A Doc's token attributes as arrays, read off the Doc once for all the readers of one
claims pass: each reader scans a Doc for its few cue words, and a ``Doc.to_array`` call
of its own for each of them cost more than the one call for all.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc

__all__ = ["DocArrays", "doc_arrays", "kept", "kept_for"]

#: The attributes the readers read off a Doc's arrays.
ATTRS = (LEMMA, LOWER, DEP, HEAD, ORTH, SENT_START, POS, ENT_TYPE, IS_ALPHA, LENGTH, IDX)
_AT = {attr: k for k, attr in enumerate(ATTRS)}


class DocArrays:
    """The values ``doc.to_array`` gives for :data:`ATTRS`, one column per attribute,
    and each column as a list of ints (made on first use); and ``memo``, where readers keep
    what they work out about the Doc for the rest of its claims pass."""

    __slots__ = ("_array", "_columns", "_heads", "_values", "memo")

    def __init__(self, doc: Doc) -> None:
        self._array = doc.to_array(list(ATTRS))
        self._columns: dict[int, list[int]] = {}
        self._values: dict[int, frozenset[int]] = {}
        self._heads: list[int] | None = None
        self.memo: dict[Hashable, Any] = {}

    def array(self, attr: int) -> numpy.ndarray:
        """``doc.to_array(attr)``: one attribute's values, in token order."""
        return self._array[:, _AT[attr]]

    def arrays(self, attrs: list[int]) -> numpy.ndarray:
        """``doc.to_array(attrs)``: a row per token, a column per attribute."""
        return self._array[:, [_AT[attr] for attr in attrs]]

    def column(self, attr: int) -> list[int]:
        """``doc.to_array(attr).tolist()``, made once."""
        found = self._columns.get(attr)
        if found is None:
            found = self._columns[attr] = self.array(attr).tolist()
        return found

    def heads(self) -> list[int]:
        """Each token's head index, made once, without a Token: the HEAD column holds a head
        as an offset from its token, written as an unsigned 64-bit number."""
        if self._heads is None:
            offsets = self.array(HEAD).astype(numpy.int64)
            self._heads = (numpy.arange(len(offsets)) + offsets).tolist()
        return self._heads

    def head(self, i: int) -> int:
        """The index of token ``i``'s head (see :meth:`heads`)."""
        return self.heads()[i]

    def where(self, attr: int, ids: frozenset[int]) -> list[int]:
        """The tokens whose ``attr`` is one of ``ids``, in order: most words are none of a
        reader's cue words, and a Doc that has none of them is passed over at once."""
        values = self._values.get(attr)
        if values is None:
            values = self._values[attr] = frozenset(self.column(attr))
        hits = values & ids
        if not hits:
            return []
        return numpy.flatnonzero(self.mask(attr, hits)).tolist()

    def mask(self, attr: int, ids: Iterable[int]) -> numpy.ndarray:
        """For each token, whether its ``attr`` is one of ``ids``: a comparison per id, on
        the array (a walk over every token in Python costs more than most readers' scans)."""
        array = self.array(attr)
        found = numpy.zeros(len(array), dtype=bool)
        for value in ids:
            found |= array == value
        return found


_KEPT: dict[int, DocArrays] = {}


def doc_arrays(doc: Doc) -> DocArrays:
    """The Doc's arrays: those kept while its claims are read, or read off it now."""
    found = _KEPT.get(id(doc))
    return found if found is not None else DocArrays(doc)


def kept(doc: Doc) -> DocArrays | None:
    """The Doc's arrays while its claims are read (inside :func:`kept_for`), else None."""
    return _KEPT.get(id(doc))


@contextmanager
def kept_for(doc: Doc) -> Iterator[DocArrays]:
    """Keep the Doc's arrays for every reader inside the block (the Doc is not changed there)."""
    arrays = _KEPT[id(doc)] = DocArrays(doc)
    try:
        yield arrays
    finally:
        _KEPT.pop(id(doc), None)
