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
from collections.abc import Iterator

import attrs

from claimcheck.wordfiles import cued_matches

__all__ = ["ScoreKind", "ScoreMention", "find_scores", "result_sides"]


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
    r"|out(?:scor|rebound|shoot|shot|last|duel|play|gunn|muscl|hustl|work)\w*"
    r"|dominated|dominating|made\s+it|make\s+it|making\s+it|makes\s+it|ahead|behind"
    r"|closed|closing|cut|cutting|pulled|trimmed|narrowed|extended|stretched|hiked|tying)\b"
    r"[^.;!?\d]{0,30}$|\bup\s+$",
    re.IGNORECASE,
)
_SCORE_RIGHT = re.compile(
    r"\s*(?:(?:home|road|away|overtime|extra-time|penalty)\s+)?"
    r"(?:\w+\s+)?"  # "a 33-26 halftime lead", "a 44-26 rebounding edge"
    r"(?:win|wins|victory|victories|defeat|defeats|loss|losses|lead|triumph|rout|drubbing"
    r"|thrashing|scoreline|draw|tie|decision|shutout|final|margin|run|spurt|burst|edge|game)\b",
    re.IGNORECASE,
)
_RECORD_LEFT = re.compile(
    r"\b(?:improved?|improves|improving|fell|falls|falling|dropped|drops|moved|moves|slipped"
    r"|slips|evened|evens|climbed|climbs|are|is|now"
    r"|(?:record|mark)\s+(?:of|at|to|is|was|stands\s+at)"
    r"|went|go|going|finished|finish)\s+(?:to\s+|at\s+)?$"
    # "improved the Bluejays to 25-7", "ending its season 15-17"
    r"|\b(?:improved?|improves|improving|dropped|drops|moved|moves|lifted|lifts|pushed|pushes)"
    r"\s+(?:the\s+)?[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*)?\s+to\s+$"
    r"|\b(?:end(?:ed|ing|s)?|finish(?:ed|ing|es)?|clos(?:ed|ing|es)|wrap(?:ped|ping|s)\s+up)"
    r"\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?(?:season|campaign|year)\s+(?:at\s+)?$",
    re.IGNORECASE,
)
#: A pair in apposition to a name: "Klitschko, 58-3 with 51 knockouts," is his record.
_APPOSITION_LEFT = re.compile(r"\b[A-Z][\w.'\u2019-]*,\s?$")
_APPOSITION_RIGHT = re.compile(r"\s*(?:,|\)|with\s+\d)")
_RECORD_RIGHT = re.compile(
    r"\s*(?:\w+\s+)?(?:record|mark|season|start|campaign|overall|all-time|on\s+the\s+season"
    r"|in\s+(?:the\s+)?(?:league|conference|division|group|season))\b",
    re.IGNORECASE,
)
_MADE_RIGHT = re.compile(
    r"\s*(?:shooting|from\s+the\s+(?:field|floor|line|arc)|from\s+three|from\s+(?:3|three)-point"
    r"|from\s+beyond|on\s+(?:field\s+goals|free\s+throws|three-pointers|3-pointers|shots|penalties"
    r"|attempts|passes|kicks)|passing|with\s+\d|at\s+the\s+plate|on\s+the\s+day)\b",
    re.IGNORECASE,
)
_MADE_LEFT = re.compile(r"\b(?:went|was|were|shot|shooting|finished|hit|made|completed|going)\s+$", re.IGNORECASE)


#: A result line: "Creighton 65, Drake 53", "No. 1 Creighton Bluejays 65, No. 9 Drake Bulldogs 53";
#: it starts a line or a sentence and ends one, or runs into the next capitalised sentence.
_SIDE = r"(?:No\.\s?\d{1,2}\s+)?[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}"
_RESULT_LINE = re.compile(
    rf"(?:^|(?<=[.:!?\u2014]\s)|(?<=\n))(?P<one>{_SIDE})\s(?P<a>\d{{1,3}}),\s(?P<two>{_SIDE})\s(?P<b>\d{{1,3}})"
    r"(?=\s*$|\s*[.;)\u2014]|\s+[A-Z])",
    re.MULTILINE,
)
#: What every result line holds; texts without it are not scanned for result lines at all.
_RESULT_HINT = re.compile(r" \d{1,3}, (?:No\.\s?\d{1,2}\s+)?[A-Z]")
_CALENDAR_SIDE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.IGNORECASE
)


def _result_lines(text: str) -> list[ScoreMention]:
    """Result lines naming both sides with their points: "Creighton 65, Drake 53"."""
    found = []
    for m in _RESULT_LINE.finditer(text):
        if _CALENDAR_SIDE.match(m.group("one").split()[-1]) or _CALENDAR_SIDE.match(m.group("two").split()[-1]):
            continue  # "March 8, April 9" are dates
        first, second = int(m.group("a")), int(m.group("b"))
        found.append(ScoreMention(m.start(), m.end(), first, second, ScoreKind.SCORE, m.group()))
    return found


def result_sides(text: str) -> tuple[str, str] | None:
    """The (winner, loser) a result line names ("Creighton 65, Drake 53" -> ("Creighton",
    "Drake")), or None when ``text`` is no result line or a tie."""
    m = _RESULT_LINE.fullmatch(text.strip())
    if m is None or m.group("a") == m.group("b"):
        return None
    sides = [re.sub(r"^No\.\s?\d{1,2}\s+", "", m.group(k)) for k in ("one", "two")]
    winner, loser = sides if int(m.group("a")) > int(m.group("b")) else sides[::-1]
    return winner, loser


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
    if before.rstrip().endswith("(") and text[end : end + 1] in {")", ","}:
        return ScoreKind.RECORD  # "the Jets (8-4)", "Klitschko (58-3, 51 KO)"
    if _APPOSITION_LEFT.search(before) and _APPOSITION_RIGHT.match(text, end):
        return ScoreKind.RECORD
    return None


_DIGITS = re.compile(r"\d+")


def _pairs(text: str) -> Iterator[re.Match[str]]:
    """``_PAIR.finditer(text)``, tried only where a run of digits starts: every pair opens
    with a number after no word character (inside a run, a digit follows one)."""
    return cued_matches(_DIGITS, _PAIR, text)


def find_scores(text: str) -> list[ScoreMention]:
    """Every score, win-loss record and made-attempted tally in a text, left to right."""
    found = []
    for m in _pairs(text or ""):
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
    if text and _RESULT_HINT.search(text):
        found.extend(s for s in _result_lines(text) if not any(s.start < f.end and f.start < s.end for f in found))
        found.sort(key=lambda s: s.start)
    return found
