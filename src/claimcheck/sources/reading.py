"""Read articles from files and directories into Documents, skipping what cannot be used.

Every bad input becomes a SkippedInput with a reason instead of an exception, so one broken
file never stops a run. Text is decoded and newline-normalized here but otherwise left as
written: mojibake is repaired later by :mod:`claimcheck.sources.textfix`, with offsets kept.
"""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import re
import stat
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Union

import attrs

from claimcheck.escape import printable_name
from claimcheck.models import Document, SkippedInput
from claimcheck.sources.published import published_from_soup

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "STDIN",
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
    "read_regular_file",
]

PathArg = Union[str, "os.PathLike[str]"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: Suffixes read when a directory is scanned; other files there are listed as skipped.
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_SNIFF = 8192
#: Largest article read (bytes of a file, or of one JSONL line); ``--max-bytes`` changes it.
#: A long news article is 10-100 KB: ten megabytes is far beyond any, and bounds what
#: one hostile file can cost in memory and parsing time.
DEFAULT_MAX_BYTES = 10_000_000
#: The path that stands for standard input.
STDIN = "-"
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
    warnings.warn(f"{printable_name(path)}: {message}", InputWarning, stacklevel=4)


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NUL bytes sit in every other position, as in
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
            declared = _decode_declared(data) if html else None
            text = declared if declared is not None else _decode_legacy(data, path)
    if "\x00" in text or len(_CONTROL_CHARS.findall(text, 0, _SNIFF)) > 0.05 * min(len(text), _SNIFF):
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
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "select",
        "option",
        "button",
        "textarea",
    }
)
#: Elements that start a new line or paragraph in the rendered page.
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "address",
        "details",
        "summary",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "body",
        "html",
    }
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

    soup = BeautifulSoup(markup, "html.parser")
    title, published, url = _page_meta(soup)
    lines = [ln.rstrip(" \t") for ln in _visible_text(soup).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).lstrip(" \t\n").rstrip("\n")
    return HtmlPage(text=normalize_newlines(text), title=title, published=published, url=url)


def _page_meta(soup: Any) -> tuple[str | None, str | None, str | None]:
    """(title, publication moment, URL) from a page's meta tags, title and canonical link."""
    from bs4.element import Tag

    title = _meta(soup, "og:title") or (soup.title.get_text(" ", strip=True) if soup.title else None)
    published = _meta(soup, "article:published_time") or _meta(soup, "date") or published_from_soup(soup)
    url = _meta(soup, "og:url")
    canonical = soup.find("link", rel="canonical")
    if url is None and isinstance(canonical, Tag) and canonical.get("href"):
        url = str(canonical["href"])
    return title, published, url


class _TextOut:
    """The visible text of a page as it is written out, with line and paragraph breaks collapsed."""

    __slots__ = ("out",)

    def __init__(self) -> None:
        self.out: list[str] = []

    def brk(self, kind: str) -> None:
        """A line break ("\n") or a paragraph break ("\n\n"); repeats collapse."""
        out = self.out
        if not out:
            return
        if kind == "\n\n" and out[-1] == "\n":
            out[-1] = "\n\n"
        elif out[-1] not in ("\n", "\n\n"):
            out.append(kind)

    def text(self, child: Any, pre: bool) -> None:
        """A text node: spaces collapsed outside <pre>; comments and declarations skipped."""
        from bs4.element import CData, NavigableString

        if type(child) is not NavigableString and not isinstance(child, CData):
            return  # comments, doctype, declarations, processing instructions
        piece = str(child) if pre else _HTML_SPACE.sub(" ", str(child))
        if self.out and self.out[-1] in ("\n", "\n\n", "\t"):
            piece = piece.lstrip(" ")
        if piece:
            self.out.append(piece)


def _visible_text(soup: Any) -> str:
    """The text a reader sees, walked with an explicit stack: pages can nest thousands of levels deep."""
    from bs4.element import NavigableString, Tag

    out = _TextOut()
    stack: list[tuple[Any, bool, str | None]] = [(soup, False, None)]
    while stack:
        node, pre, closing = stack.pop()
        if closing is not None:  # leaving an element
            if closing == "cell":
                out.out.append("\t")
            else:
                out.brk(closing)
            continue
        if not isinstance(node, Tag):
            if isinstance(node, NavigableString):
                out.text(node, pre)
            continue
        name = (node.name or "").lower()
        if node is not soup and (name in _INVISIBLE_TAGS or _hidden(node)):
            continue
        if name == "br":
            out.brk("\n")
            continue
        after = None
        if name in _BLOCK_TAGS:
            after = "\n" if name in ("li", "tr", "dt", "dd") else "\n\n"
            out.brk(after)
        elif name in _CELL_TAGS:
            after = "cell"
        if after is not None:
            stack.append((None, pre, after))
        inner = pre or name == "pre"
        stack.extend((child, inner, None) for child in reversed(node.contents))
    return "".join(out.out)


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
    from claimcheck.sources.webpage import article_page  # the article body when the web extra is installed

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


def _iter_jsonl(path: str, raw: IO[bytes], max_bytes: int) -> Iterator[Document | SkippedInput]:
    """Stream a JSONL file one line at a time; bad lines become SkippedInput("file:line")."""
    head = raw.read(_SNIFF)
    encoding = _bom_encoding(head[:4])
    if encoding is None and _looks_binary(head):
        yield SkippedInput(path, "binary file")
        return
    raw.seek(0)
    if encoding is not None and encoding != "utf-8-sig":
        # UTF-16/32 cannot be split on b"\n"; let a text stream do the decoding
        stream: IO[str] = io.TextIOWrapper(raw, encoding=encoding, errors="replace")
        lines: Iterator[tuple[int, str | bytes]] = enumerate(_bounded_lines(stream, max_bytes), 1)
    else:
        lines = enumerate(_bounded_lines(raw, max_bytes), 1)
    warned = False
    nonblank = 0
    for number, line in lines:
        if line is None:
            nonblank += 1
            yield SkippedInput(f"{path}:{number}", f"line longer than the limit of {max_bytes:,} bytes (--max-bytes)")
            continue
        if isinstance(line, bytes):
            line, legacy = _line_text(line, first=number == 1)
            if legacy and not warned:
                _warn(path, f"line {number} is not valid UTF-8; decoded as {legacy}")
                warned = True
        if not line.strip():
            continue
        nonblank += 1
        yield _jsonl_record(path, number, line)
    if not nonblank:
        yield SkippedInput(path, "empty file")


def _line_text(line: bytes, *, first: bool) -> tuple[str, str | None]:
    """One JSONL line as text, and the legacy encoding used when it was not UTF-8 (else None)."""
    if first and line.startswith(codecs.BOM_UTF8):
        line = line[len(codecs.BOM_UTF8) :]
    try:
        return line.decode("utf-8"), None
    except UnicodeDecodeError:
        return _legacy_text(line)


def _jsonl_record(path: str, number: int, line: str) -> Document | SkippedInput:
    """The document in one JSONL line, or why it was skipped."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return SkippedInput(f"{path}:{number}", f"invalid JSON ({getattr(exc, 'msg', 'nested too deeply')})")
    try:
        return _record_document(path, number, record)
    except _Skip as skip:
        return SkippedInput(f"{path}:{number}", skip.reason)


def _bounded_lines(stream: IO[Any], max_bytes: int) -> Iterator[Any]:
    """The lines of a stream, each read with at most ``max_bytes`` (+1) in memory;
    a longer line is consumed and given as None."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes:
            while line and not line.endswith(("\n", b"\n") if isinstance(line, str) else b"\n"):
                line = stream.readline(max_bytes + 1)
            yield None
            continue
        yield line


def _read_file(path: str, explicit: bool, max_bytes: int) -> Iterator[Document | SkippedInput]:
    """Read one file; anything unexpected becomes a SkippedInput rather than an exception."""
    try:
        yield from _read_file_unguarded(path, explicit, max_bytes)
    except OSError as exc:
        yield SkippedInput(path, f"cannot read file ({exc.strerror or exc})")
    except (RecursionError, MemoryError) as exc:
        yield SkippedInput(path, f"cannot read file ({type(exc).__name__})")


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is never opened, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{kind}, not a regular file; only regular files (or - for stdin) are read"


def _open_regular(path: str, max_bytes: int) -> IO[bytes]:
    """Open a regular file for reading, never blocking on a FIFO or touching a device.

    The file's kind is checked before it is opened, and again on the open handle (in
    case it was swapped in between); files over ``max_bytes`` are refused unread.
    """
    reason = _not_regular(os.stat(path).st_mode)
    if reason:
        raise _Skip(reason)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        reason = _not_regular(info.st_mode)
        if reason:
            raise _Skip(reason)
        if info.st_size > max_bytes:
            raise _Skip(f"{info.st_size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bounded(handle: IO[bytes], max_bytes: int) -> bytes:
    """The whole content, sniffed first: binary data is refused after its first few KB."""
    head = handle.read(_SNIFF)
    if _bom_encoding(head[:4]) is None and b"\x00" in head and _utf16_without_bom(head) is None:
        raise _Skip("binary file")
    if _bom_encoding(head[:4]) is None and b"\x00" not in head and _looks_binary(head):
        raise _Skip("binary file")
    rest = handle.read(max_bytes + 1 - len(head)) if len(head) == _SNIFF else b""
    data = head + rest
    if len(data) > max_bytes:
        raise _Skip(f"over the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def _read_file_unguarded(path: str, explicit: bool, max_bytes: int) -> Iterator[Document | SkippedInput]:
    suffix = Path(path).suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            # The size limit holds per line (per article) in a JSONL file.
            with _open_regular(path, sys.maxsize) as raw:
                yield from _iter_jsonl(path, raw, max_bytes)
            return
        if not explicit and suffix not in ARTICLE_SUFFIXES:
            yield SkippedInput(path, f"not an article file type ({suffix})")
            return
        if not explicit and _FOLDER_NOTES.match(Path(path).name):
            yield SkippedInput(path, "a folder's notes (README, LICENSE, ...), not an article")
            return
        with _open_regular(path, max_bytes) as handle:
            data = _read_bounded(handle, max_bytes)
        if not data:
            raise _Skip("empty file")
        text = _decode(data, path, html=suffix in HTML_SUFFIXES)
        if suffix in HTML_SUFFIXES:
            yield _html_document(path, text)
        else:
            yield _text_document(path, text, suffix)
    except _Skip as skip:
        yield SkippedInput(path, skip.reason)


def read_regular_file(path: PathArg, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (settings, baselines).

    Raises InputError naming the file for a FIFO, device or folder (never opened, so
    nothing blocks), a file that is too large or one that cannot be read.
    """
    name = os.fsdecode(os.fspath(path))
    try:
        with _open_regular(name, max_bytes) as handle:
            data = handle.read(max_bytes + 1)
    except _Skip as skip:
        raise InputError(printable_name(name), skip.reason) from None
    except OSError as exc:
        raise InputError(printable_name(name), exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise InputError(printable_name(name), f"over the limit of {max_bytes:,} bytes")
    return data


def _read_stdin(max_bytes: int) -> Iterator[Document | SkippedInput]:
    """One article from standard input (the path ``-``), named "stdin"."""
    try:
        data = _read_bounded(sys.stdin.buffer, max_bytes)
        if not data:
            raise _Skip("empty input")
        text = _decode(data, "stdin")
        yield attrs.evolve(_text_document("stdin", text, ".txt"), path=None)
    except _Skip as skip:
        yield SkippedInput("stdin", skip.reason)
    except OSError as exc:
        yield SkippedInput("stdin", f"cannot read ({exc.strerror or exc})")


def _link_problem(path: str, root: str | None, follow: bool) -> str | None:
    """Why a symbolic link found while scanning ``root`` is not read (None: read it).

    Dangling links and loops are never read; a link that leads out of the scanned
    folder only with ``follow`` (``--follow-symlinks``): a pull request that adds
    ``b.txt -> /etc/secret`` must not get that file quoted in the report.
    """
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"dangling symbolic link (to {os.readlink(path)})" if os.path.islink(path) else None
    if follow or root is None:
        return None
    target = os.path.realpath(path)
    if os.path.commonpath([target, root]) != root:
        return f"symbolic link out of the folder (to {target}); --follow-symlinks reads it"
    return None


def _walk(
    directory: str, follow: bool = False, seen: set[str] | None = None, root: str | None = None
) -> Iterator[str | SkippedInput]:
    """Files under a directory, depth-first in sorted order, hidden entries left out.

    Each directory is entered once, so symlink loops end; links that dangle, loop or
    leave the folder are given as SkippedInput with the reason.
    """
    seen = set() if seen is None else seen
    real = os.path.realpath(directory)
    root = real if root is None else root
    if real in seen:
        yield SkippedInput(directory, "symbolic link loop (folder already read)")
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
            if entry.is_symlink():
                problem = _link_problem(child, root, follow)
                if problem:
                    yield SkippedInput(child, problem)
                    continue
            if entry.is_dir():
                yield from _walk(child, follow, seen, root)
            else:
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


def iter_inputs(
    paths: PathArg | Iterable[PathArg], *, max_bytes: int = DEFAULT_MAX_BYTES, follow_symlinks: bool = False
) -> Iterator[Document | SkippedInput]:
    """Yield a Document or SkippedInput per input, streaming: JSONL is read line by line.

    Only regular files are opened (``-`` reads standard input), files over ``max_bytes``
    are skipped, and links found in a folder are read only when they stay inside it
    (or with ``follow_symlinks``). Source names and paths are printable UTF-8.
    """
    namer = _Namer()
    for item in _iter_raw(_as_paths(paths), max_bytes, follow_symlinks):
        if isinstance(item, Document):
            item = attrs.evolve(
                item,
                source=printable_name(item.source),
                path=printable_name(item.path) if item.path is not None else None,
            )
            yield namer(item)
        else:
            yield SkippedInput(printable_name(item.path), printable_name(item.reason))


def _iter_raw(given_paths: list[str], max_bytes: int, follow: bool) -> Iterator[Document | SkippedInput]:
    seen: set[str] = set()
    for given in given_paths:
        if given == STDIN:
            yield from _read_stdin(max_bytes)
            continue
        if os.path.islink(given) and (problem := _link_problem(given, None, True)):
            yield SkippedInput(given, problem)
            continue
        if os.path.isdir(given):
            files = list(_walk(given, follow))
            if not files:
                yield SkippedInput(given, "directory has no files")
            explicit = False
        elif os.path.lexists(given):
            files, explicit = [given], True
        else:
            yield SkippedInput(given, "no such file or directory")
            continue
        for path in files:
            if isinstance(path, SkippedInput):
                yield path
                continue
            key = os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            yield from _read_file(path, explicit, max_bytes)


def read_inputs(
    paths: PathArg | Iterable[PathArg], *, max_bytes: int = DEFAULT_MAX_BYTES, follow_symlinks: bool = False
) -> Inputs:
    """Read everything; never raises for bad files (they are listed in ``skipped``)."""
    documents: list[Document] = []
    skipped: list[SkippedInput] = []
    for item in iter_inputs(paths, max_bytes=max_bytes, follow_symlinks=follow_symlinks):
        if isinstance(item, Document):
            documents.append(item)
        else:
            skipped.append(item)
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
