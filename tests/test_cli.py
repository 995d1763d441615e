"""The command line: formats, exit codes, baselines and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from conftest import DATA

DEMO = str(DATA / "belarus")


@pytest.fixture()
def run(nlp):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("conflict", 1), ("variant", 1), ("any", 1), ("none", 0)],
)
def test_fail_on_levels_on_the_demo(run, fail_on, code):
    result = run("compare", DEMO, "--format", "json", "--fail-on", fail_on, "--quiet")
    assert result.exit_code == code


def test_json_output_carries_versions_and_findings(run):
    result = run("compare", DEMO, "--format", "json", "--fail-on", "none", "-q")
    data = json.loads(result.stdout)
    assert data["model"]["name"].startswith("en_core_web_sm")
    assert data["claimcheck_version"]
    statuses = [f["status"] for f in data["findings"]]
    assert statuses[0] == "conflict" and "variant" in statuses
    claim = data["findings"][0]["claims"][0]
    assert {"source", "text", "sentence", "start", "end", "noun", "predicate", "quantity"} <= set(claim)


def test_output_file_and_markdown(run, tmp_path):
    out = tmp_path / "report.md"
    result = run("compare", DEMO, "--format", "markdown", "--output", str(out), "--fail-on", "none", "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert "Lukashenka" in out.read_text(encoding="utf-8")


def test_baseline_accepts_known_findings_but_not_new_ones(run, tmp_path):
    base = tmp_path / "baseline.json"
    assert run("baseline", DEMO, "-o", str(base), "-q").exit_code == 0
    assert run("compare", DEMO, "--baseline", str(base), "--fail-on", "any", "-q", "--format", "json").exit_code == 0
    # a new outlet with a different count makes a new conflict group membership
    articles = tmp_path / "set"
    articles.mkdir()
    for f in (DATA / "belarus").glob("*.txt"):
        (articles / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (articles / "radio.txt").write_text(
        "Radio report\n\nOpposition groups say nearly 900 political prisoners remain behind bars.\n",
        encoding="utf-8",
    )
    result = run("compare", str(articles), "--baseline", str(base), "--fail-on", "conflict", "-q", "--format", "json")
    assert result.exit_code == 1


def test_no_usable_input_exits_2_naming_the_file(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(empty)])
    assert result.exit_code == 2
    assert "empty.txt" in result.output


def test_one_bad_file_does_not_lose_the_others(run, tmp_path):
    for f in (DATA / "belarus").glob("*.txt"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = run("compare", str(tmp_path), "--format", "json", "--fail-on", "none", "-q")
    data = json.loads(result.stdout)
    assert sorted(data["sources"]) == ["blog", "daily", "wire"]
    assert [s["path"].endswith("broken.txt") for s in data["skipped"]] == [True]


def test_unknown_option_is_a_usage_error():
    assert CliRunner().invoke(main, ["compare", DEMO, "--fail-on", "sometimes"]).exit_code == 2


def test_extract_prints_json_lines(run):
    result = run("extract", str(DATA / "belarus" / "blog.txt"), "-q")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = (DATA / "belarus" / "blog.txt").read_text(encoding="utf-8")
    assert any(r["text"] == "54" and r["predicate"] == "release" for r in rows)
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_python_dash_m():
    out = subprocess.run([sys.executable, "-m", "claimcheck", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "compare" in out.stdout


def test_settings_file_sets_defaults_and_ignores(nlp, tmp_path, monkeypatch):
    (tmp_path / "claimcheck.toml").write_text(
        'fail-on = "none"\nformat = "json"\nignore = ["prisoners (release)"]\n\n[tolerances]\nnearly = 0.05\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["compare", DEMO, "-q"], catch_exceptions=False)
    assert result.exit_code == 0  # fail-on none from the file
    data = json.loads(result.stdout)  # format json from the file
    assert "conflict" not in [f["status"] for f in data["findings"]]  # the conflict is ignored
    nearly = [c["quantity"] for f in data["findings"] for c in f["claims"] if c["text"] == "nearly 1,200"]
    assert nearly and nearly[0]["low"] == 1140  # nearly = 5% from the file
    # the command line wins over the file
    assert CliRunner().invoke(main, ["compare", DEMO, "-q", "--fail-on", "variant"]).exit_code == 1


def test_bad_settings_file_is_exit_2_naming_it(tmp_path, monkeypatch):
    (tmp_path / "claimcheck.toml").write_text("tolerances = {aboutt = 1}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["compare", DEMO, "-q"])
    assert result.exit_code == 2
    assert "claimcheck.toml" in result.output and "aboutt" in result.output


def test_github_annotations_point_at_article_lines(run):
    result = run("compare", DEMO, "--format", "github", "-q", "--fail-on", "none")
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert errors and all("file=" in e and "line=" in e for e in errors)
    assert any("blog.txt" in e and "line=3" in e for e in errors)


def test_parse_cache_flags(run, tmp_path):
    cache = tmp_path / "cache"
    first = run("compare", DEMO, "--format", "json", "--fail-on", "none", "-q", "--cache", str(cache))
    assert list(cache.rglob("*.spacy"))  # one entry per article
    again = run("compare", DEMO, "--format", "json", "--fail-on", "none", "-q", "--cache", str(cache))
    assert json.loads(again.stdout) == json.loads(first.stdout)
    other = tmp_path / "other"
    run("compare", DEMO, "--format", "json", "--fail-on", "none", "-q", "--cache", str(other), "--no-cache")
    assert not other.exists()
