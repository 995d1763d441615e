"""The documentation's runnable parts run, and its examples say what the code does."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT


def test_walkthrough_runs_and_writes_html(nlp, tmp_path):
    out = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "walkthrough.py"), str(ROOT / "data" / "belarus"), "--html", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Lukashenka" in result.stdout and "[1,080, 1,200)" in result.stdout
    HTMLParser().feed(out.read_text(encoding="utf-8"))


def test_quickstart_example(nlp):
    import claimcheck

    report = claimcheck.compare(
        {
            "wire": "Police arrested 12 people after the match, a spokesman said.",
            "daily": "Police detained 15 people after the match.",
        },
        nlp=nlp,
    )
    [finding] = report.discrepancies
    assert finding.status is claimcheck.Status.CONFLICT
    assert "12" in finding.explanation and "15" in finding.explanation


def test_cli_reference_matches_help():
    import importlib.util

    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "docs" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == module.render(), "docs/cli.md is stale: run python docs/cli_reference.py"
    for option in ("--fail-on", "--baseline", "--write-baseline", "--no-cache", "--format"):
        assert option in written


@pytest.mark.model
def test_relations_doc_example(nlp):
    import doctest

    text = (ROOT / "docs" / "relations.md").read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, "relations.md", "docs/relations.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
    assert runner.summarize(verbose=False).attempted >= 3


def test_the_readme_layout_names_every_module():
    """README's Layout names each module of the package, so a new one gets its line there."""
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") :]
    missing = [
        str(path.relative_to(root / "src"))
        for path in sorted((root / "src" / "claimcheck").rglob("*.py"))
        if path.name != "__init__.py" and path.stem not in layout
    ]
    assert not missing, f"not named in README's Layout: {missing}"


def test_every_word_list_is_documented_with_who_reads_it():
    """concepts.md tables every list a run can add words to, in the readers' table or alignment's."""
    from claimcheck.lexicon import READER_LISTS, WORD_LISTS

    text = (ROOT / "docs" / "concepts.md").read_text(encoding="utf-8")
    readers, alignment = text.split("## Word lists", 1)[1].split("Lists only **alignment", 1)
    for name in sorted(WORD_LISTS | {"predicate_classes"}):
        assert f"| `{name}` |" in (readers if name in READER_LISTS else alignment), name
