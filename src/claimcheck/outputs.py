"""Writing output files so that an interrupted run never leaves a half-written one.

The text goes to a temporary file next to the target, is flushed to disk, and then
replaces the target in one step; readers see either the old file or the new one.
A symbolic link is written through (its target is replaced, the link stays); a device,
FIFO or folder is never replaced. A temporary file left by a killed run is removed
by the next write to the same target.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from pathlib import Path

from claimcheck.escape import printable_name

__all__ = ["OutputError", "write_atomic"]


class OutputError(OSError):
    """An output that cannot be written; the message names the file and the cause."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"cannot write {printable_name(self.path)}: {reason}")

    def __str__(self) -> str:
        return str(self.args[0])


def _new_file_mode() -> int:
    """The permissions a plainly created file would get (0666 minus the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _target(path: Path) -> Path:
    """Where the bytes go: the final target of a symbolic link, else the path itself.

    Raises OutputError for an existing target that is not a regular file.
    """
    target = Path(os.path.realpath(path)) if os.path.islink(path) else path
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise OutputError(path, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device, FIFO or socket"
        raise OutputError(path, f"it is {kind}, not a regular file; only regular files are replaced")
    return target


def _tmp_prefix(name: str) -> str:
    return f".{name}."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process: it exists
        return True
    return True


def _remove_stale(directory: Path, name: str) -> None:
    """Delete temporary files of earlier writes to ``name`` whose process is gone."""
    pattern = os.path.join(glob.escape(str(directory)), glob.escape(_tmp_prefix(name)) + "*.tmp")
    for leftover in glob.glob(pattern):
        pid = Path(leftover).name[len(_tmp_prefix(name)) :].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(leftover)


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes, encoding: str = "utf-8", *, durable: bool = True
) -> Path:
    """Write ``data`` to ``path`` atomically and return the path written.

    The parent directory must exist. An existing file keeps its permissions. Text is
    encoded with unencodable characters replaced, so the file is always valid
    ``encoding``. ``durable`` flushes the file and the rename to disk. Every failure
    raises :class:`OutputError` naming ``path`` and the cause.
    """
    target = _target(Path(path))
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(path, f"directory {printable_name(str(directory))} does not exist")
    payload = data.encode(encoding, "replace") if isinstance(data, str) else data
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = _new_file_mode()
    _remove_stale(directory, target.name)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=directory, prefix=f"{_tmp_prefix(target.name)}{os.getpid()}.", suffix=".tmp"
        )
    except OSError as exc:
        raise OutputError(path, exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise OutputError(path, exc.strerror or str(exc)) from None
        raise
    if durable:
        _sync_directory(directory)
    return target


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX)."""
    if os.name != "posix":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
