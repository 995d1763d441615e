"""Read scores, win-loss records and made-attempted tallies as ordered pairs.

"won 27-17", "improved to 8-4", "a 3-11 record", "7-of-12 shooting": two numbers joined
by a dash that are not a range. ``find_quantities`` leaves them out (a range "50-60"
would be read upwards); ``find_scores`` reads them with their offsets and a kind, so
they can be compared as pairs ("8-4" and "7-4" conflict, "27-17" and "17-27" too).
The words that make a pair a score or a record are read around it, in a bounded
window, so the scan stays linear in the length of the text.
"""

from __future__ import annotations

import enum
import re

import attrs

__all__ = ["ScoreKind", "ScoreMention", "find_scores"]


class ScoreKind(str, enum.Enum):
    """What an ordered pair counts."""

    SCORE = "score"  #: points, goals or runs of two sides: "won 27-17"
    RECORD = "record"  #: wins and losses (and ties) so far: "improved to 8-4", "a 3-11 record"
    MADE_ATTEMPTED = "made-attempted"  #: "7-of-12 shooting", "went 3-for-4"


@attrs.frozen
class ScoreMention:
    """One ordered pair in a text: ``text[start:end] == self.text``."""

    start: int
    end: int
    first: int
    second: int
    kind: ScoreKind
    text: str
    third: int | None = None  #: ties of a record ("8-4-1")

    @property
    def pair(self) -> tuple[int, int]:
        """The pair as written: (first, second)."""
        return self.first, self.second


_DASH = r"\s?[-\u2013\u2014]\s?"
_N = r"\d{1,3}"
_PAIR = re.compile(
    rf"""
    (?<![\w.,/:\u2013\u2014-])
    (?:
        (?P<a>{_N})(?P<sep>{_DASH}|\s+to\s+)(?P<b>{_N})(?:{_DASH}(?P<c>{_N}))?
      | (?P<made>{_N})(?:-of-|\s+of\s+|-for-|\s+for\s+)(?P<tried>{_N})
    )
    (?![\w.,/:]\d|\d|-\d|%)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SCORE_LEFT = re.compile(
    r"\b(?:won|wins?|winning|beat|beats|beating|defeated|defeats|downed|edged|edges|routed"
    r"|thrashed|crushed|blanked|lost|loses|losing|fell|drew|draws?|tied|ties|led|leads|leading"
    r"|trailed|trails|trailing|scored?|score\s+was|final|victory|defeat|win|loss|lead"
    r"|outscored|outscores|outrebounded|outrebounds|outshot|outshoots)\b"
    r"[^.;!?\d]{0,30}$",
    re.IGNORECASE,
)
_SCORE_RIGHT = re.compile(
    r"\s*(?:(?:home|road|away|overtime|extra-time|penalty)\s+)?"
    r"(?:win|wins|victory|victories|defeat|defeats|loss|losses|lead|triumph|rout|drubbing"
    r"|thrashing|scoreline|draw|tie|decision|shutout|final|margin|run|spurt|burst|edge)\b",
    re.IGNORECASE,
)
_RECORD_LEFT = re.compile(
    r"\b(?:improved?|improves|improving|fell|falls|falling|dropped|drops|moved|moves|slipped"
    r"|slips|evened|evens|climbed|climbs|are|is|now"
    r"|(?:record|mark)\s+(?:of|at|to|is|was|stands\s+at)"
    r"|went|go|going|finished|finish)\s+(?:to\s+|at\s+)?$",
    re.IGNORECASE,
)
_RECORD_RIGHT = re.compile(
    r"\s*(?:\w+\s+)?(?:record|mark|season|start|campaign|overall|on\s+the\s+season"
    r"|in\s+(?:the\s+)?(?:league|conference|division|group|season))\b",
    re.IGNORECASE,
)
_MADE_RIGHT = re.compile(
    r"\s*(?:shooting|from\s+the\s+(?:field|floor|line|arc)|from\s+three|from\s+(?:3|three)-point"
    r"|from\s+beyond|on\s+(?:field\s+goals|free\s+throws|three-pointers|3-pointers|shots|penalties"
    r"|attempts|passes|kicks)|passing|with\s+\d|at\s+the\s+plate|on\s+the\s+day)\b",
    re.IGNORECASE,
)
_MADE_LEFT = re.compile(
    r"\b(?:went|was|were|shot|shooting|finished|hit|made|completed|going)\s+$", re.IGNORECASE
)


def _kind(text: str, m: re.Match) -> ScoreKind | None:
    """Which kind of pair the words around a match make it, or None (a range, a date)."""
    start, end = m.start(), m.end()
    before = text[max(0, start - 40) : start]
    if m.group("made") is not None:
        glued = "-" in m.group()
        if glued or _MADE_RIGHT.match(text, end) or _MADE_LEFT.search(before):
            return ScoreKind.MADE_ATTEMPTED
        return None
    if m.group("sep").strip().lower() == "to" and not _SCORE_LEFT.search(before):
        return None  # "20 to 30" is a range unless a result is named before it
    if _RECORD_RIGHT.match(text, end) or (m.group("c") and not _SCORE_RIGHT.match(text, end)):
        return ScoreKind.RECORD
    if _RECORD_LEFT.search(before) and not _SCORE_RIGHT.match(text, end):
        return ScoreKind.RECORD
    if _SCORE_RIGHT.match(text, end) or _SCORE_LEFT.search(before):
        return ScoreKind.SCORE
    if before.rstrip().endswith("(") and text[end : end + 1] == ")":
        return ScoreKind.RECORD  # "the Jets (8-4)"
    return None


def find_scores(text: str) -> list[ScoreMention]:
    """Every score, win-loss record and made-attempted tally in a text, left to right."""
    found = []
    for m in _PAIR.finditer(text or ""):
        kind = _kind(text, m)
        if kind is None:
            continue
        if m.group("made") is not None:
            first, second, third = int(m.group("made")), int(m.group("tried")), None
            if first > second:
                continue  # "12 of 7" made cannot exceed attempted
        else:
            first, second = int(m.group("a")), int(m.group("b"))
            third = int(m.group("c")) if m.group("c") else None
            if third is not None and kind is not ScoreKind.RECORD:
                continue  # three numbers are a record (wins-losses-ties), not a score
        found.append(ScoreMention(m.start(), m.end(), first, second, kind, m.group(), third))
    return found
