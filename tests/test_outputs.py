"""Atomic output files: links written through, special files refused, leftovers cleaned."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from claimcheck import outputs
from claimcheck.outputs import OutputError, write_atomic


def test_writes_and_replaces_keeping_permissions(tmp_path):
    target = tmp_path / "report.md"
    write_atomic(target, "one\n")
    target.chmod(0o640)
    write_atomic(target, "two\n")
    assert target.read_text() == "two\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_a_symlink_is_written_through_to_its_target(tmp_path):
    real = tmp_path / "real" / "report.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"


@pytest.mark.parametrize("special", ["fifo", "folder", "device"])
def test_special_targets_are_refused_and_left_alone(tmp_path, special):
    if special == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif special == "folder":
        target = tmp_path / "dir"
        target.mkdir()
    else:
        target = tmp_path / "null"
        target.symlink_to(os.devnull)  # through a link, as `-o /dev/stdout` would be
    before = os.lstat(target)
    with pytest.raises(OutputError, match="not a regular file"):
        write_atomic(target, "x")
    after = os.lstat(target)
    assert (before.st_mode, before.st_ino) == (after.st_mode, after.st_ino)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_errors_name_the_target_and_the_cause(tmp_path):
    with pytest.raises(OutputError, match=r"cannot write .*nope/r\.md: directory .*nope does not exist"):
        write_atomic(tmp_path / "nope" / "r.md", "x")
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(OutputError, match=r"cannot write .*locked/r\.md: Permission denied"):
            write_atomic(locked / "r.md", "x")


def test_a_full_disk_leaves_no_temporary_file(tmp_path, monkeypatch):
    real_fsync = os.fsync

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(tmp_path / "r.json", "x" * 1000)
    monkeypatch.setattr(outputs.os, "fsync", real_fsync)
    assert list(tmp_path.iterdir()) == []


def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(tmp_path):
    # A process that dies between creating its temporary file and the rename.
    code = (
        "import os, sys, tempfile\n"
        "fd, name = tempfile.mkstemp(dir=sys.argv[1], prefix=f'.r.json.{os.getpid()}.', suffix='.tmp')\n"
        "os.write(fd, b'half'); os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=False)
    [leftover] = list(tmp_path.iterdir())
    # One of a writer still running (this process) is left alone.
    mine = tmp_path / f".r.json.{os.getpid()}.x.tmp"
    mine.write_text("busy")
    write_atomic(tmp_path / "r.json", "done")
    assert not leftover.exists() and mine.exists()
    assert (tmp_path / "r.json").read_text() == "done"


def test_unencodable_text_is_written_as_valid_utf8(tmp_path):
    target = write_atomic(tmp_path / "r.txt", "lone \ud800 surrogate")
    target.read_bytes().decode("utf-8")
