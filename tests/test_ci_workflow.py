"""The CI workflow of docs/ci.md, end to end in a temporary git repository."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _documented_command() -> list[str]:
    """The `Compare sources` step of the workflow in docs/ci.md, as an argument list."""
    page = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    step = re.search(r"- name: Compare sources\n\s+run: >\n((?:\s{10}\S.*\n)+)", page)
    assert step, "docs/ci.md lost its Compare sources step"
    args = shlex.split(" ".join(line.strip() for line in step.group(1).splitlines()))
    assert args[0] == "claimcheck"
    return [sys.executable, "-m", "claimcheck", *args[1:]]


def _run(repo, *args):
    return subprocess.run(args, cwd=repo, capture_output=True, text=True, timeout=300, check=False)


def _git(repo, *args):
    out = _run(repo, "git", "-c", "user.name=desk", "-c", "user.email=desk@example.org", *args)
    assert out.returncode == 0, out.stderr


def _article(repo, name, killed):
    path = repo / "articles" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        f"Ferry sinks off the coast\n\nCoast guard officials said {killed} people were killed "
        "when the ferry sank on Monday near the harbour.\n",
        encoding="utf-8",
    )
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", f"add {name}")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_documented_workflow_in_a_git_repository(tmp_path, nlp):
    repo = tmp_path / "desk"
    repo.mkdir()
    _git(repo, "init", "-q")
    command = _documented_command()

    _article(repo, "wire.txt", 12)
    _article(repo, "daily.txt", 12)
    first = _run(repo, *command)  # no baseline committed yet: a clean first run
    assert first.returncode == 0, first.stderr
    assert "does not exist yet" in first.stderr

    _article(repo, "blog.txt", 15)  # a disagreeing article fails the check
    failed = _run(repo, *command)
    assert failed.returncode == 1, failed.stderr
    assert "::error" in failed.stdout and "file=articles/blog.txt" in failed.stdout

    accept = _run(
        repo, sys.executable, "-m", "claimcheck", "baseline", "articles/", "-o", "claimcheck-baseline.json", "-q"
    )
    assert accept.returncode == 0, accept.stderr
    _git(repo, "add", "claimcheck-baseline.json")
    _git(repo, "commit", "-qm", "accept the checked conflict")
    assert _run(repo, *command).returncode == 0

    _article(repo, "radio.txt", 12)  # another outlet agreeing with the majority: still accepted
    assert _run(repo, *command).returncode == 0

    _article(repo, "paper.txt", 19)  # a new reading in dispute: fails again
    assert _run(repo, *command).returncode == 1
