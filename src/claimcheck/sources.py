"""Read articles from files and directories into Documents, skipping what cannot be used.

Every bad input becomes a SkippedInput with a reason instead of an exception, so one broken
file never stops a run. Text is decoded and newline-normalized here but otherwise left as
written: mojibake is repaired later by :mod:`claimcheck.textfix`, with offsets kept.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Union

import attrs

from claimcheck.models import Document, SkippedInput
from claimcheck.published import published_from_soup

__all__ = [
    "ARTICLE_SUFFIXES",
    "HtmlPage",
    "InputError",
    "InputWarning",
    "Inputs",
    "document_from_text",
    "html_to_text",
    "iter_inputs",
    "load_documents",
    "normalize_newlines",
    "read_inputs",
]

PathArg = Union[str, "os.PathLike[str]"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: Suffixes read when a directory is scanned; other files there are listed as skipped.
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_SNIFF = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")
#: Files that describe a folder rather than report news; skipped when a folder is scanned.
_FOLDER_NOTES = re.compile(r"^(readme|license|licence|changelog|contributing|notice)(\.|$)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class InputError(ValueError):
    """No usable input: ``path`` names the file (or files), ``reason`` says what was wrong."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputWarning(UserWarning):
    """An input was skipped or read with a fallback encoding."""


@attrs.frozen(slots=True)
class Inputs:
    """What reading produced: usable documents and the inputs left out, with reasons."""

    documents: tuple[Document, ...] = ()
    skipped: tuple[SkippedInput, ...] = ()


class _Skip(Exception):
    """Internal: this input cannot be used, for ``reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --------------------------------------------------------------------------- decoding


def normalize_newlines(text: str) -> str:
    """Turn Windows (CRLF) and old Mac (CR) line endings into "\\n"."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes or many control bytes in the first few KB mean it is not text."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls / len(sample) > 0.05


def _bom_encoding(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _warn(path: str, message: str) -> None:
    warnings.warn(f"{path}: {message}", InputWarning, stacklevel=4)


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes sit in every other position, as in
    BOM-less UTF-16 of mostly Latin text; None otherwise."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few KB, if Python knows it."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def _decode(data: bytes, path: str, html: bool = False) -> str:
    """Decode file bytes: BOM-marked UTF-8/16/32, else UTF-8, else (for HTML) the declared
    charset, else cp1252 or latin-1 with a warning. Binary data raises ``_Skip``.
    Newlines are normalized to "\\n"."""
    encoding = _bom_encoding(data[:4])
    if encoding is None and b"\x00" in data[:_SNIFF]:
        encoding = _utf16_without_bom(data[:_SNIFF])
        if encoding is None:
            raise _Skip("binary file")
        _warn(path, f"no byte-order mark; decoded as {encoding.upper()}")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise _Skip(f"invalid {encoding.upper()} text ({exc.reason})") from None
    else:
        if _looks_binary(data[:_SNIFF]) or b"\x00" in data:
            raise _Skip("binary file")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_declared(data) if html else None
            if text is None:
                text = _decode_legacy(data, path)
    if "\x00" in text or len(_CONTROL_CHARS.findall(text, 0, _SNIFF)) > 0.05 * min(
        len(text), _SNIFF
    ):
        raise _Skip("binary file")
    return normalize_newlines(text)


def _decode_declared(data: bytes) -> str | None:
    charset = _declared_charset(data)
    if charset is None or charset == "utf-8":
        return None
    if charset in ("latin-1", "iso8859-1", "ascii"):
        charset = "cp1252"  # what browsers do with these labels
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        return None


def _legacy_text(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes as cp1252, or latin-1 when cp1252 has no character for a byte."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _decode_legacy(data: bytes, path: str) -> str:
    text, encoding = _legacy_text(data)
    _warn(path, f"not valid UTF-8; decoded as {encoding}")
    return text


# --------------------------------------------------------------------------- HTML

#: Elements whose content is never article text.
_INVISIBLE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
     "embed", "canvas", "video", "audio", "map", "select", "option", "button", "textarea"}
)
#: Elements that start a new line or paragraph in the rendered page.
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
     "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
     "tfoot", "tr", "caption", "figure", "figcaption", "form", "fieldset", "address",
     "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body", "html"}
)
_CELL_TAGS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@attrs.frozen(slots=True)
class HtmlPage:
    """The visible text of an HTML page and the metadata found in its head."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


def html_to_text(markup: str) -> HtmlPage:
    """Visible text only: scripts, styles, head and hidden elements dropped; block elements
    become paragraph breaks and <br> a line break, so sentences never run together."""
    from bs4 import BeautifulSoup
    from bs4.element import CData, NavigableString, Tag

    soup = BeautifulSoup(markup, "html.parser")
    title = _meta(soup, "og:title") or (
        soup.title.get_text(" ", strip=True) if soup.title else None
    )
    published = _meta(soup, "article:published_time") or _meta(soup, "date") or published_from_soup(soup)
    url = _meta(soup, "og:url")
    canonical = soup.find("link", rel="canonical")
    if url is None and isinstance(canonical, Tag) and canonical.get("href"):
        url = str(canonical["href"])

    out: list[str] = []

    def brk(kind: str) -> None:
        # "\n" for a line break, "\n\n" for a paragraph; collapse repeats
        if not out:
            return
        if kind == "\n\n" and out[-1] == "\n":
            out[-1] = "\n\n"
        elif out[-1] not in ("\n", "\n\n"):
            out.append(kind)

    def text_piece(child: NavigableString, pre: bool) -> None:
        if type(child) is not NavigableString and not isinstance(child, CData):
            return  # comments, doctype, declarations, processing instructions
        piece = str(child) if pre else _HTML_SPACE.sub(" ", str(child))
        if out and out[-1] in ("\n", "\n\n", "\t"):
            piece = piece.lstrip(" ")
        if piece:
            out.append(piece)

    # An explicit stack instead of recursion: pages can nest thousands of levels deep.
    stack: list[tuple[Any, bool, str | None]] = [(soup, False, None)]
    while stack:
        node, pre, closing = stack.pop()
        if closing is not None:  # leaving an element
            if closing == "cell":
                out.append("\t")
            else:
                brk(closing)
            continue
        if not isinstance(node, Tag):
            if isinstance(node, NavigableString):
                text_piece(node, pre)
            continue
        name = (node.name or "").lower()
        if node is not soup and (name in _INVISIBLE_TAGS or _hidden(node)):
            continue
        if name == "br":
            brk("\n")
            continue
        after = None
        if name in _BLOCK_TAGS:
            after = "\n" if name in ("li", "tr", "dt", "dd") else "\n\n"
            brk(after)
        elif name in _CELL_TAGS:
            after = "cell"
        if after is not None:
            stack.append((None, pre, after))
        inner = pre or name == "pre"
        stack.extend((child, inner, None) for child in reversed(node.contents))

    lines = [ln.rstrip(" \t") for ln in "".join(out).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).lstrip(" \t\n").rstrip("\n")
    return HtmlPage(text=normalize_newlines(text), title=title, published=published, url=url)


def _hidden(tag: Any) -> bool:
    attrs_ = tag.attrs or {}
    if "hidden" in attrs_ or str(attrs_.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(attrs_.get("style", ""))))


def _meta(soup: Any, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    content = tag.get("content") if tag is not None else None
    return str(content).strip() or None if content else None


# --------------------------------------------------------------------------- documents


def document_from_text(text: str, source: str, **meta: Any) -> Document:
    """Build a Document from text already in memory (e.g. a dict or a dataframe row).

    Newlines are normalized; ``meta`` may hold title, published, url and path.
    Raises ValueError when the text is not a non-blank string.
    """
    if not isinstance(text, str):
        raise ValueError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise ValueError("text is empty")
    unknown = set(meta) - {"title", "published", "url", "path"}
    if unknown:
        raise TypeError(f"unknown document fields: {', '.join(sorted(unknown))}")
    fields = {k: _opt_str(v) for k, v in meta.items()}
    return Document(text=normalize_newlines(text), source=str(source), **fields)


def _opt_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value)


def _text_document(path: str, text: str, suffix: str) -> Document:
    if not text.strip():
        raise _Skip("empty file" if not text else "only whitespace")
    title = None
    if suffix in (".md", ".markdown"):
        first = text.lstrip().split("\n", 1)[0]
        if first.startswith("# "):
            title = first[2:].strip() or None
    return Document(text=text, source=Path(path).stem, title=title, path=path)


def _html_document(path: str, text: str) -> Document:
    from claimcheck.webpage import article_page  # the article body when the web extra is installed

    page = article_page(text)
    if not page.text.strip():
        raise _Skip("no visible text in HTML")
    return Document(
        text=page.text,
        source=Path(path).stem,
        title=page.title,
        published=page.published,
        url=page.url,
        path=path,
    )


def _record_document(path: str, line: int, record: Any) -> Document:
    if not isinstance(record, dict):
        raise _Skip(f"line is JSON {type(record).__name__}, not an object")
    if "text" not in record:
        raise _Skip('record has no "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise _Skip(f'"text" is {type(text).__name__}, not a string')
    if not text.strip():
        raise _Skip('"text" is empty')
    source = record.get("source")
    if not isinstance(source, (str, int)) or not str(source).strip():
        source = f"{Path(path).stem}:{line}"
    return Document(
        text=normalize_newlines(text),
        source=str(source).strip(),
        title=_opt_str(record.get("title")),
        published=_opt_str(record.get("published") or record.get("date")),
        url=_opt_str(record.get("url")),
        path=f"{path}:{line}",
    )


# --------------------------------------------------------------------------- files


def _iter_jsonl(path: str) -> Iterator[Document | SkippedInput]:
    """Stream a JSONL file one line at a time; bad lines become SkippedInput("file:line")."""
    with open(path, "rb") as raw:
        head = raw.read(_SNIFF)
        encoding = _bom_encoding(head[:4])
        if encoding is None and _looks_binary(head):
            yield SkippedInput(path, "binary file")
            return
        raw.seek(0)
        if encoding is not None and encoding != "utf-8-sig":
            # UTF-16/32 cannot be split on b"\n"; let a text stream do the decoding
            stream: IO[str] = io.TextIOWrapper(raw, encoding=encoding, errors="replace")
            lines: Iterator[tuple[int, str | bytes]] = enumerate(stream, 1)
        else:
            lines = enumerate(raw, 1)
        warned = False
        nonblank = 0
        for number, line in lines:
            where = f"{path}:{number}"
            if isinstance(line, bytes):
                if number == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[len(codecs.BOM_UTF8):]
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError:
                    line, legacy = _legacy_text(line)
                    if not warned:
                        _warn(path, f"line {number} is not valid UTF-8; decoded as {legacy}")
                        warned = True
            if not line.strip():
                continue
            nonblank += 1
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                reason = getattr(exc, "msg", "nested too deeply")
                yield SkippedInput(where, f"invalid JSON ({reason})")
                continue
            try:
                yield _record_document(path, number, record)
            except _Skip as skip:
                yield SkippedInput(where, skip.reason)
        if not nonblank:
            yield SkippedInput(path, "empty file")


def _read_file(path: str, explicit: bool) -> Iterator[Document | SkippedInput]:
    """Read one file; anything unexpected becomes a SkippedInput rather than an exception."""
    try:
        yield from _read_file_unguarded(path, explicit)
    except OSError as exc:
        yield SkippedInput(path, f"cannot read file ({exc.strerror or exc})")
    except (RecursionError, MemoryError) as exc:
        yield SkippedInput(path, f"cannot read file ({type(exc).__name__})")


def _read_file_unguarded(path: str, explicit: bool) -> Iterator[Document | SkippedInput]:
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl(path)
        return
    if not explicit and suffix not in ARTICLE_SUFFIXES:
        yield SkippedInput(path, f"not an article file type ({suffix})")
        return
    if not explicit and _FOLDER_NOTES.match(Path(path).name):
        yield SkippedInput(path, "a folder's notes (README, LICENSE, ...), not an article")
        return
    data = Path(path).read_bytes()
    try:
        if not data:
            raise _Skip("empty file")
        text = _decode(data, path, html=suffix in HTML_SUFFIXES)
        if suffix in HTML_SUFFIXES:
            yield _html_document(path, text)
        else:
            yield _text_document(path, text, suffix)
    except _Skip as skip:
        yield SkippedInput(path, skip.reason)


def _walk(directory: str, seen: set[str] | None = None) -> Iterator[str]:
    """Files under a directory, depth-first in sorted order, hidden entries left out.
    Each directory is entered once, so symlink loops end."""
    seen = set() if seen is None else seen
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = os.path.join(directory, entry.name)
        try:
            if entry.is_dir():
                yield from _walk(child, seen)
            elif entry.is_file():
                yield child
        except OSError:
            continue


def _as_paths(paths: PathArg | Iterable[PathArg]) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    if isinstance(paths, bytes):
        return [os.fsdecode(paths)]
    return [os.fsdecode(os.fspath(p)) if not isinstance(p, str) else p for p in paths]


class _Namer:
    """Give repeated source names a stable suffix: "reuters", "reuters#2", "reuters#3"."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, doc: Document) -> Document:
        name = doc.source
        n = 1
        while name in self.used:
            n += 1
            name = f"{doc.source}#{n}"
        self.used.add(name)
        return doc if name == doc.source else attrs.evolve(doc, source=name)


def iter_inputs(paths: PathArg | Iterable[PathArg]) -> Iterator[Document | SkippedInput]:
    """Yield a Document or SkippedInput per input, streaming: JSONL is read line by line."""
    namer = _Namer()
    seen: set[str] = set()
    for given in _as_paths(paths):
        if os.path.isdir(given):
            files = list(_walk(given))
            if not files:
                yield SkippedInput(given, "directory has no files")
            explicit = False
        elif os.path.exists(given):
            files, explicit = [given], True
        else:
            yield SkippedInput(given, "no such file or directory")
            continue
        for path in files:
            key = os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            for item in _read_file(path, explicit):
                yield namer(item) if isinstance(item, Document) else item


def read_inputs(paths: PathArg | Iterable[PathArg]) -> Inputs:
    """Read everything; never raises for bad files (they are listed in ``skipped``)."""
    documents: list[Document] = []
    skipped: list[SkippedInput] = []
    for item in iter_inputs(paths):
        (documents if isinstance(item, Document) else skipped).append(item)
    return Inputs(tuple(documents), tuple(skipped))


def load_documents(paths: PathArg | Iterable[PathArg]) -> list[Document]:
    """Read documents, warning about each skipped input; raise InputError if none is usable."""
    given = _as_paths(paths)
    inputs = read_inputs(given)
    if not inputs.documents:
        if len(inputs.skipped) == 1:
            only = inputs.skipped[0]
            raise InputError(only.path, only.reason)
        where = ", ".join(given) if given else "<no paths>"
        if not inputs.skipped:
            raise InputError(where, "no input files given")
        details = "; ".join(f"{s.path}: {s.reason}" for s in inputs.skipped)
        raise InputError(where, f"no usable input ({details})")
    for s in inputs.skipped:
        warnings.warn(f"{s.path}: skipped: {s.reason}", InputWarning, stacklevel=2)
    return list(inputs.documents)
