"""The most frequent of some values: how a group of claims is named after what most say,
how a few names are said in one sentence, and which sources side with which."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["and_list", "longest", "most_common", "say", "shortest", "sides"]

T = TypeVar("T")
K = TypeVar("K")


def most_common(values: Iterable[str | None], *, shortest: bool = True) -> str:
    """The most frequent non-empty value, "" when there is none. Ties go to the shortest
    value (``shortest``: "shots" before "gunshots"), then to the first in alphabetical order."""
    said = [v for v in values if v]
    if not said:
        return ""
    first = said[0]
    if said.count(first) == len(said):
        return first  # one value, however often: most groups are of one wording
    counts = Counter(said)
    if shortest:
        return min(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def longest(values: Iterable[str]) -> str:
    """The longest value ("" when there is none), the first in alphabetical order among
    equals: the same whatever order the values came in."""
    return min(values, key=lambda v: (-len(v), v), default="")


def shortest(values: Iterable[str]) -> str:
    """The shortest value ("" when there is none), the first in alphabetical order among equals."""
    return min(values, key=lambda v: (len(v), v), default="")


def and_list(items: Iterable[str]) -> str:
    """The items in the order given, as a sentence lists them: "a", "a and b", "a, b and c"."""
    said = list(items)
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def say(sources: Iterable[str]) -> str:
    """Sources in alphabetical order with the verb that agrees: "a says", "a and b say"."""
    names = sorted(sources)
    return f"{and_list(names)} {'says' if len(names) == 1 else 'say'}"


def sides(items: Iterable[T], key: Callable[[T], K], meets: Callable[[K, K], bool]) -> list[tuple[K, list[T]]]:
    """Items in the sides they take, in order: each joins the first side whose key (its
    first item's) ``meets`` its own, ``meets(side_key, own_key)``, or opens a side of its own."""
    found: list[tuple[K, list[T]]] = []
    for item in items:
        own = key(item)
        side = next((s for s in found if meets(s[0], own)), None)
        if side is None:
            found.append((own, [item]))
        else:
            side[1].append(item)
    return found
