"""Disjoint sets (union-find): the one implementation behind every "these belong together"
in claimcheck (near-identical nouns, spellings of one name, copies of one article)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

__all__ = ["DisjointSets"]

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Items joined into groups; a group's root is its smallest item, so the grouping and
    its roots never depend on the order of the unions."""

    __slots__ = ("_parent",)

    def __init__(self, items: Iterable[T]) -> None:
        self._parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        """The root of the item's group (with path halving)."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> None:
        """Join the groups of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the items are ordered (names, indices): the smaller root wins
            low, high = (ra, rb) if ra < rb else (rb, ra)  # type: ignore[operator]
            self._parent[high] = low

    def groups(self) -> dict[T, list[T]]:
        """Root -> the group's items, in the order they were given."""
        out: dict[T, list[T]] = {}
        for item in self._parent:
            out.setdefault(self.find(item), []).append(item)
        return out
