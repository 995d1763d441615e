"""Article text and file names made safe to print: no control character reaches an output.

Articles and file names are untrusted. An escape sequence in either could clear an
editor's terminal, forge its title or a hyperlink; a NUL or a lone surrogate makes an
output invalid UTF-8. Every control is replaced one character for one (so offsets into
a sentence still hold) by a visible stand-in: the Unicode "control picture" (␛ for
ESC) for C0 controls and DEL, U+FFFD for C1 controls, lone surrogates and bidi overrides.
"""

from __future__ import annotations

import os
import re
from typing import Any, TypeVar

import attrs

__all__ = ["clean", "clean_report", "json_text", "one_line", "printable_name"]

T = TypeVar("T")

#: C0 controls but tab and newline, DEL, C1 controls, lone surrogates, and the bidi
#: embedding/override/isolate marks that reorder what a terminal shows.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
#: The same, with tab and newline too (for one-line messages).
_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
#: What JSON output escapes as \\uXXXX beyond what ``json.dumps`` escapes itself.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def clean(text: str) -> str:
    """``text`` with every unsafe character replaced by a visible stand-in; tab and newline kept."""
    return _UNSAFE.sub(_picture, text) if _UNSAFE.search(text) else text


def one_line(text: str) -> str:
    """``text`` safe for one line of a terminal: newlines and tabs shown as ␊ and ␉ too."""
    return _UNSAFE_LINE.sub(_picture, text) if _UNSAFE_LINE.search(text) else text


def json_text(text: str) -> str:
    """JSON text with C1 controls, DEL, lone surrogates and bidi marks written as \\uXXXX.

    The data stays exactly the same once parsed; only the bytes printed change, so a
    report piped to a terminal cannot drive it, and the output is always valid UTF-8. (A
    high surrogate right before a low one is read back as the one character the pair
    encodes: JSON writes both alike. Articles and file names read from disk never hold a
    high surrogate.)
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def printable_name(name: str) -> str:
    """A file or source name as valid, printable UTF-8: undecodable bytes and controls
    become backslash escapes (``café`` in Latin-1 is shown as ``caf\\xe9``)."""
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that did not come from the file system
        raw = name.encode("utf-8", "surrogatepass")
    text = raw.decode("utf-8", "backslashreplace")
    return _UNSAFE_LINE.sub(lambda m: _escape_char(m.group()), text)


def _escape_char(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def clean_report(report: T) -> T:
    """A copy of a report (or any attrs value) with :func:`clean` applied to every string in it."""
    return _clean_value(report)


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, tuple):
        cleaned = tuple(_clean_value(v) for v in value)
        return value if all(a is b for a, b in zip(cleaned, value, strict=False)) else cleaned
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(type(value)):
            if not field.init:
                continue
            current = getattr(value, field.name)
            new = _clean_value(current)
            if new is not current:
                changes[field.alias or field.name] = new
        return attrs.evolve(value, **changes) if changes else value
    return value
