"""Line numbers and line bounds of offsets in one text, from one scan for its newlines:
what a report's "line 12" and a headline's extent are read from."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

__all__ = ["LineIndex", "line_of"]

_NEWLINE = re.compile("\n")


class LineIndex:
    """A text's newlines, found once on first use; lookups by bisection, not by scanning."""

    __slots__ = ("_newlines", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines: list[int] | None = None

    @property
    def newlines(self) -> list[int]:
        """The offsets of the text's newlines, in order."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        return self._newlines

    def line(self, offset: int) -> int:
        """The 1-based line holding ``offset``."""
        return bisect_right(self.newlines, offset - 1) + 1

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start and end offsets of the line(s) holding text[start:end], without the newlines."""
        newlines = self.newlines
        before = bisect_left(newlines, start)
        after = bisect_left(newlines, end)
        return (newlines[before - 1] + 1 if before else 0), (
            newlines[after] if after < len(newlines) else len(self.text)
        )


@lru_cache(maxsize=4)
def _index_of(text: str) -> LineIndex:
    # a str caches its hash, so a text seen before is found without a scan
    return LineIndex(text)


def line_of(text: str, offset: int) -> int:
    """The 1-based line of ``offset`` in ``text``: one newline scan per text, however many
    claims of it ask (the readers of one article ask hundreds of times)."""
    return _index_of(text).line(offset)
