"""Repair mojibake and invisible characters while keeping exact offsets to the original.

Encoding damage is local to words, so the text is repaired one ASCII-whitespace-delimited
token at a time. Tokens that come out unchanged map one-to-one; inside a changed token the
before/after strings are aligned so that untouched characters (quotes, commas) still map
exactly and only the damaged run ("Ä—" -> "ė") becomes one indivisible segment.

``repair(text).text`` is what the pipeline parses; ``span_to_original`` turns a span in it
back into the span of the original surface, so claims always quote the source verbatim.
"""

from __future__ import annotations

import contextlib
import difflib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache, partial

import attrs
import ftfy

__all__ = ["RepairedText", "repair", "repair_token"]

#: Characters that carry no visible text and split words for a tokenizer: soft hyphen,
#: zero-width space, word joiner, zero-width no-break space (a stray BOM) and the
#: bidirectional formatting controls. ZWJ/ZWNJ stay: they matter in emoji and some scripts.
INVISIBLE = frozenset(
    "\u00ad\u200b\u2060\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # "&amp;" in an article is the article's business, not damage
    uncurl_quotes=False,  # curly quotes are legitimate and spaCy reads them fine
    fix_line_breaks=False,
    explain=False,
)

_TOKEN = re.compile(r"[^ \t\n\r\f\v]+")
_LONG_TOKEN = 64  # tokens longer than this are cut into pieces before fixing
_HARD_CUT = 256


def _mojibake_bytes() -> dict[str, int]:
    """Characters that a UTF-8 byte 0x80-0xFF turns into under cp1252 or latin-1 decoding."""
    table: dict[str, int] = {}
    for b in range(0x80, 0x100):
        table[chr(b)] = b  # latin-1 reading, including the C1 controls
        with contextlib.suppress(UnicodeDecodeError):  # five bytes cp1252 leaves undefined
            table[bytes([b]).decode("cp1252")] = b
    return table


_BYTE_OF = _mojibake_bytes()
_RUN = re.compile("[" + re.escape("".join(sorted(_BYTE_OF))) + "]{2,}")
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})


#: Punctuation that legitimately follows a capital letter ("CAFÉ”"), so a two-character
#: run ending in one is only taken for mojibake when it sits inside a word.
_PUNCT = frozenset("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u2039\u203a«»¡¿")


def _recode_run(token: str, m: re.Match[str]) -> str:
    """Undo one layer of UTF-8-read-as-cp1252/latin-1 on a run; unchanged if it is not that."""
    run = m.group()
    try:
        decoded = bytes(_BYTE_OF[c] for c in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return run
    if len(decoded) >= len(run):
        return run
    if any(unicodedata.category(c) in _BAD_CATEGORIES for c in decoded):
        return run
    if len(run) == 2 and run[1] in _PUNCT:
        before = token[m.start() - 1] if m.start() > 0 else ""
        after = token[m.end()] if m.end() < len(token) else ""
        inside_word = before.isalpha() and after.isalpha() and decoded.isalpha()
        if not inside_word or decoded.islower() not in (before.islower(), after.islower()):
            return run
    return decoded


def _recode_mojibake(token: str) -> str:
    """Fix runs ftfy judges too short to be sure of, such as the "Ä—" in "NausÄ—da"."""
    for _ in range(3):  # text can be mis-decoded more than once
        fixed = _RUN.sub(partial(_recode_run, token), token)
        if fixed == token:
            break
        token = fixed
    return token


def _is_lone_surrogate(c: str) -> bool:
    return "\ud800" <= c <= "\udfff"


@lru_cache(maxsize=65536)
def repair_token(token: str) -> str:
    """Repair one token: invisible characters, lone surrogates, mojibake, NFC."""
    if token.isascii():
        return token
    cleaned = "".join("\ufffd" if _is_lone_surrogate(c) else c for c in token if c not in INVISIBLE)
    try:
        fixed = ftfy.fix_text(cleaned, _FTFY_CONFIG)
    except Exception:  # noqa: BLE001  # pragma: no cover - a repair must never break reading
        fixed = cleaned
    fixed = _recode_mojibake(fixed)
    if any(_is_lone_surrogate(c) for c in fixed):  # pragma: no cover - defensive
        fixed = "".join("\ufffd" if _is_lone_surrogate(c) else c for c in fixed)
    return fixed


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the non-ASCII tokens worth repairing, long ones cut into pieces."""
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if text[start:end].isascii():
            continue
        while end - start > _LONG_TOKEN:
            cut = start + _LONG_TOKEN
            limit = min(end, start + _HARD_CUT)
            # cut where a character cannot belong to a mojibake run
            while cut < limit and (text[cut] in _BYTE_OF or text[cut - 1] in _BYTE_OF):
                cut += 1
            yield start, cut
            start = cut
        yield start, end


@attrs.frozen(slots=True)
class _Segment:
    """A stretch where the repaired text differs: text[t0:t1] replaces original[o0:o1]."""

    t0: int
    t1: int
    o0: int
    o1: int


@attrs.frozen(slots=True, eq=False)
class RepairedText:
    """Repaired text plus the map back to the original; identity when nothing changed."""

    text: str
    original: str
    _t_starts: tuple[int, ...] = attrs.field(default=(), repr=False)
    _t_ends: tuple[int, ...] = attrs.field(default=(), repr=False)
    _o_starts: tuple[int, ...] = attrs.field(default=(), repr=False)
    _o_ends: tuple[int, ...] = attrs.field(default=(), repr=False)

    @property
    def changed(self) -> bool:
        """Whether repair changed anything at all."""
        return self.text != self.original

    @property
    def segments(self) -> list[tuple[int, int, int, int]]:
        """The changed stretches as (text_start, text_end, original_start, original_end)."""
        return list(zip(self._t_starts, self._t_ends, self._o_starts, self._o_ends, strict=True))

    def _clamp(self, i: int) -> int:
        return 0 if i < 0 else min(int(i), len(self.text))

    def _start(self, i: int) -> int:
        """Map a span start: inside a changed stretch, snap to where it begins."""
        k = bisect_right(self._t_starts, i) - 1
        if k < 0:
            return i
        if i < self._t_ends[k]:
            return self._o_starts[k]
        return self._o_ends[k] + (i - self._t_ends[k])

    def _end(self, i: int) -> int:
        """Map a span end: inside a changed stretch, snap to where it ends."""
        k = bisect_left(self._t_ends, i)
        if k == len(self._t_ends):
            if not self._t_ends:
                return i
            return self._o_ends[-1] + (i - self._t_ends[-1])
        if self._t_starts[k] < i:
            return self._o_ends[k]
        return self._o_starts[k] - (self._t_starts[k] - i)

    def to_original(self, i: int) -> int:
        """Map an offset in ``text`` to ``original``; offsets inside a repaired stretch
        map to its start, and out-of-range offsets are clamped."""
        if not self._t_starts:
            return self._clamp(i)
        return self._start(self._clamp(i))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the span of its surface in ``original``.

        A span touching part of a repaired stretch widens to all of it, so
        ``original[s:e]`` always shows the whole damaged word as written.
        """
        start, end = self._clamp(start), self._clamp(end)
        if end < start:
            start, end = end, start
        if not self._t_starts:
            return start, end
        s = self._start(start)
        if end == start:
            return s, s
        return s, max(s, self._end(end))


@lru_cache(maxsize=65536)
def _repair_piece(token: str) -> tuple[str, tuple[tuple[int, int, int, int], ...]]:
    """A token's repair and its changed stretches as (orig_start, orig_end, fixed_start,
    fixed_end) relative to the token; cached, as damaged names tend to repeat."""
    fixed = repair_token(token)
    if fixed == token:
        return token, ()
    return fixed, _align(token, fixed)


def _align(orig: str, fixed: str) -> tuple[tuple[int, int, int, int], ...]:
    """The changed stretches between one original token and its repair.

    A bare deletion or insertion of visible characters (the "Ã‚Â" that a doubly damaged
    "£" leaves behind) is joined to the neighbouring character, so the damaged run and the
    character it belongs to map as one piece. Removed invisible characters stay bare.
    """
    opcodes = difflib.SequenceMatcher(None, orig, fixed, autojunk=False).get_opcodes()
    tags = [tag for tag, *_ in opcodes]
    spans = [[i0, i1, j0, j1] for _, i0, i1, j0, j1 in opcodes]  # edited in place below
    for k, tag in enumerate(tags):
        if tag not in ("delete", "insert"):
            continue
        span = spans[k]
        if tag == "delete" and all(c in INVISIBLE for c in orig[span[0] : span[1]]):
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) and tags[k + 1] == "equal" else None
        prev = spans[k - 1] if k > 0 and tags[k - 1] == "equal" else None
        if nxt is not None and nxt[1] > nxt[0]:  # take the next unchanged character along
            span[1] += 1
            span[3] += 1
            nxt[0] += 1
            nxt[2] += 1
        elif prev is not None and prev[1] > prev[0]:  # or the previous one
            span[0] -= 1
            span[2] -= 1
            prev[1] -= 1
            prev[3] -= 1
        tags[k] = "replace"
    return tuple((i0, i1, j0, j1) for tag, (i0, i1, j0, j1) in zip(tags, spans, strict=True) if tag != "equal")


def repair(original: str) -> RepairedText:
    """Repair mojibake, invisible characters and odd Unicode in ``original``, keeping a map
    back to it. Never raises; ASCII text is returned as an identity mapping."""
    if not isinstance(original, str):
        raise TypeError(f"repair() needs str, not {type(original).__name__}")
    if original.isascii():
        return RepairedText(original, original)
    parts: list[str] = []
    segments: list[_Segment] = []
    o_pos = 0  # how far original has been copied
    t_len = 0  # length of the repaired text so far
    for start, end in _pieces(original):
        fixed, changes = _repair_piece(original[start:end])
        if not changes:
            continue
        parts.append(original[o_pos:start])
        t_len += start - o_pos
        segments.extend(_Segment(t_len + j0, t_len + j1, start + i0, start + i1) for i0, i1, j0, j1 in changes)
        parts.append(fixed)
        t_len += len(fixed)
        o_pos = end
    if not segments:
        return RepairedText(original, original)
    parts.append(original[o_pos:])
    return RepairedText(
        "".join(parts),
        original,
        tuple(s.t0 for s in segments),
        tuple(s.t1 for s in segments),
        tuple(s.o0 for s in segments),
        tuple(s.o1 for s in segments),
    )
