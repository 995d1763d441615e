"""Write hostile article sets to a folder: file names that are not UTF-8 or carry escape
sequences, texts with control characters, terminal and HTML payloads, special files.

Used by ``tests/test_hostile.py`` with names and texts drawn by hypothesis, and from the
command line to get a sample set for trying claimcheck by hand:

    python tests/hostile/corpus.py /tmp/hostile && claimcheck compare /tmp/hostile
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["SAMPLE_NAMES", "SAMPLE_TEXTS", "write_corpus"]

#: A fixed sample of the names and texts the hypothesis strategies draw from.
SAMPLE_NAMES: tuple[bytes, ...] = (
    b"caf\xe9",
    b"\x1b[2Jclear",
    b"\x1b]0;forged title\x07",
    b"link\x1b]8;;https://example.invalid/\x1b\\",
    b"<img src=x onerror=alert(1)>",
    b"\x9bc1",
    b"plain",
)
SAMPLE_TEXTS: tuple[str, ...] = (
    "The ministry said 52 prisoners were freed.\x1b[2J\x1b[H Police said 40 people were hurt.",
    "President Anna Kowalczyk said 61 prisoners were freed. <script>alert(1)</script>",
    'Officials said 52 prisoners were freed. <img src=x onerror="alert(1)"> \x00\x07\x9b31m',
    "::error::forged annotation\nThe ministry said 70 prisoners were freed.\r\n%0A::error::x",
    "\x1b]8;;https://example.invalid/\x1b\\click here\x1b]8;;\x1b\\ 12 journalists were detained.",
    "Lone \ud800 surrogate: 52 prisoners were freed. \u202egnp.exe",
)


def write_corpus(
    folder: str | os.PathLike[str],
    articles: Iterable[tuple[bytes, str]],
    specials: bool = True,
    secret: str | os.PathLike[str] = "/etc/hostname",
) -> list[bytes]:
    """Write each (name, text) as ``name.txt`` in ``folder`` (names are raw bytes, as a
    Linux file system keeps them); with ``specials`` add a FIFO, a dangling link, a link
    to ``secret`` (out of the folder) and a link loop. Returns the paths written, as bytes."""
    root = os.fsencode(os.fspath(folder))
    os.makedirs(root, exist_ok=True)
    written = []
    taken: set[bytes] = set()
    for i, (name, text) in enumerate(articles):
        name = name.replace(b"/", b"_").replace(b"\x00", b"_") or b"_"
        stem = name if name not in taken else name + b"-%d" % i
        taken.add(stem)
        path = os.path.join(root, stem + b".txt")
        with open(path, "wb") as handle:
            handle.write(text.encode("utf-8", "surrogatepass"))
        written.append(path)
    if specials:
        _specials(root, os.fsencode(os.fspath(secret)))
    return written


def _specials(root: bytes, secret: bytes) -> None:
    """The special files a pull request could add."""
    fifo = os.path.join(root, b"pipe\x1b[31m.txt")
    if not os.path.exists(fifo) and hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
    links: Sequence[tuple[bytes, bytes]] = (
        (b"dangling.txt", b"nowhere/at/all.txt"),
        (b"secret.txt", secret),
        (b"loop.txt", b"loop.txt"),
    )
    for name, target in links:
        path = os.path.join(root, name)
        if not os.path.lexists(path):
            os.symlink(target, path)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: corpus.py FOLDER", file=sys.stderr)
        return 2
    write_corpus(Path(argv[0]), zip(SAMPLE_NAMES, SAMPLE_TEXTS, strict=False))
    print(f"wrote a hostile article set to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
