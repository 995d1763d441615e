"""The word lists shipped with the package, read one way, and regex alternations of their
phrases: every rule reads its vocabulary through here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources

__all__ = ["alternation", "ascii_letters", "cued_matches", "entries", "openings", "rows"]


def entries(name: str, folder: str = "wordlists") -> list[str]:
    """The entries of a list in ``claimcheck/<folder>``: one a line, blank lines and ``#``
    comments left out."""
    raw = resources.files("claimcheck").joinpath(folder, name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def rows(name: str, folder: str = "wordlists") -> list[list[str]]:
    """The tab-separated rows of a list in ``claimcheck/<folder>``."""
    return [line.split("\t") for line in entries(name, folder)]


def alternation(phrases: Iterable[str], gap: str = r"\s+") -> str:
    """A regex alternation of literal phrases, longest first, a space matching ``gap``."""
    return "|".join(re.escape(p).replace(r"\ ", gap) for p in sorted(phrases, key=len, reverse=True))


def cued_matches(cue: re.Pattern[str], pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts where ``cue`` does,
    ``pattern`` tried only there: a pattern that opens with a lookbehind or an alternation is
    otherwise tried at each character of the text, and a cue that opens with a digit or a
    literal is searched for at once."""
    end = 0
    for found in cue.finditer(text):
        if found.start() >= end and (match := pattern.match(text, found.start())) is not None:
            yield match
            end = match.end()


def openings(phrases: Iterable[str]) -> str:
    """A regex alternation of how the phrases open, to three characters ("thi" for "thirty",
    "a[\\s\\-]" for "a few"), for a lookahead before their :func:`alternation`: a scan tries
    the whole alternation only where this matches, and passes over most words at once. A
    space in a phrase is any space or hyphen here (a ``gap`` of an alternation opens with one),
    and nothing after it is tested."""
    tails: dict[str, set[str]] = {}
    for phrase in phrases:
        head = phrase[1:3].split(" ", 1)  # a gap may be several characters: the test ends at one
        tail = re.escape(head[0]) + (r"[\s\-]" if len(head) > 1 else "")
        tails.setdefault(re.escape(phrase[0]), set()).add(tail)
    return "|".join(f"{first}(?:{'|'.join(sorted(rest))})" for first, rest in sorted(tails.items()))


#: Letters a case-insensitive pattern takes for ASCII ones: the dotted and dotless i, the
#: Kelvin sign and the long s ("12 kmſ" matches "km", but "kmſ" is no key of the unit list).
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})
_FOLDED = re.compile("[\u0130\u0131\u212a\u017f]")


def ascii_letters(text: str) -> str:
    """``text`` with those letters made the ASCII ones they match, one character for one, so
    every offset holds and every matched word is a key of its word list once lower-cased
    (a text without them, as most are, is returned as it is, without a character-by-character copy)."""
    if text.isascii() or _FOLDED.search(text) is None:
        return text
    return text.translate(_ASCII_FOLD)
