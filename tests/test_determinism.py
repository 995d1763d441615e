"""A report is the same from one run to the next: no set or dict order, and no hash seed,
reaches a finding, its subject or its wording."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import SHARED

CORPUS = SHARED / "corpus" / "ecbplus"

_SCRIPT = """
import sys, pathlib, claimcheck
folder = pathlib.Path(sys.argv[1])
texts = {f"{folder.name}/{p.stem}": p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
sys.stdout.write(claimcheck.compare(texts).to_markdown())
"""


def _report(folder, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(folder)], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.model
@pytest.mark.parametrize("cluster", ["26", "36"])
def test_a_report_does_not_depend_on_the_hash_seed(cluster):
    folder = CORPUS / cluster
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not present")
    first = _report(folder, "1")
    assert first
    assert _report(folder, "2") == first
