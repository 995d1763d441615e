"""The command line: formats, exit codes, baselines and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import DATA

from claimcheck.cli import main

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
    out = subprocess.run([sys.executable, "-m", "claimcheck", "--help"], capture_output=True, text=True, check=False)
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


# ---------------------------------------------------------------- errors exit 2, one line

STORY = "Officials said 52 prisoners were freed on Monday.\n"


def _claimcheck(*args, stdout=None, timeout=60):
    """Run the command and give (returncode, stdout, stderr) as bytes, never hanging.

    In this process through click's runner; in a child process when ``stdout`` is a
    real file (such as /dev/full), which the runner cannot stand in for.
    """
    if stdout is not None:
        return subprocess.run(
            [sys.executable, "-m", "claimcheck", *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
        )
    import signal
    import types

    def hung(*_args):
        raise TimeoutError(f"claimcheck {' '.join(args)} blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(timeout)
    try:
        result = CliRunner().invoke(main, list(args), prog_name="claimcheck")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return types.SimpleNamespace(returncode=result.exit_code, stdout=result.stdout_bytes, stderr=result.stderr_bytes)


def _articles(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(STORY)
    (folder / "b.txt").write_text("Officials said 61 prisoners were freed on Monday.\n")
    return folder


def _one_error_line(stderr: bytes) -> str:
    lines = [ln for ln in stderr.decode("utf-8").splitlines() if not ln.startswith("warning: ")]
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    assert "Traceback" not in stderr.decode("utf-8")
    return lines[0]


@pytest.mark.parametrize("where", ["missing-folder", "read-only-folder", "device"])
def test_output_errors_exit_2_naming_the_file(tmp_path, where):
    import os

    articles = _articles(tmp_path / "set")
    if where == "missing-folder":
        out = tmp_path / "nope" / "r.json"
    elif where == "read-only-folder":
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only folders")
        (tmp_path / "ro").mkdir(mode=0o500)
        out = tmp_path / "ro" / "r.json"
    else:
        out = tmp_path / "null.json"
        out.symlink_to(os.devnull)
    for command in (
        ["compare", str(articles), "--fail-on", "none", "-o", str(out)],
        ["compare", str(articles), "--fail-on", "none", "--write-baseline", str(out)],
        ["baseline", str(articles), "-o", str(out)],
    ):
        result = _claimcheck(*command, "--model", "blank:en", "--no-cache")
        assert result.returncode == 2
        assert f"cannot write {out}" in _one_error_line(result.stderr)


def test_a_full_disk_on_stdout_exits_2_with_one_line(tmp_path):
    articles = _articles(tmp_path / "set")
    with open("/dev/full", "wb") as full:
        result = _claimcheck(
            "compare",
            str(articles),
            "--fail-on",
            "none",
            "--format",
            "json",
            "--model",
            "blank:en",
            "--no-cache",
            stdout=full,
        )
    assert result.returncode == 2
    assert "No space left on device" in _one_error_line(result.stderr)


def test_debug_shows_the_traceback(tmp_path):
    articles = _articles(tmp_path / "set")
    out = tmp_path / "nope" / "r.json"
    result = _claimcheck("compare", str(articles), "-o", str(out), "--model", "blank:en", "--no-cache", "--debug")
    assert result.returncode == 2
    assert "Traceback" in result.stderr.decode() and "OutputError" in result.stderr.decode()


@pytest.mark.parametrize("option", ["paths", "--baseline", "--config"])
def test_a_fifo_on_the_command_line_never_hangs(tmp_path, option):
    import os

    articles = _articles(tmp_path / "set")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    args = {
        "paths": [str(fifo)],
        "--baseline": [str(articles), "--baseline", str(fifo)],
        "--config": [str(articles), "--config", str(fifo)],
    }[option]
    result = _claimcheck("compare", *args, "--model", "blank:en", "--no-cache", timeout=60)
    assert result.returncode == 2
    assert "named pipe (FIFO), not a regular file" in _one_error_line(result.stderr)


def test_dash_reads_stdin(tmp_path):
    articles = _articles(tmp_path / "set")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimcheck",
            "compare",
            str(articles),
            "-",
            "--format",
            "json",
            "--fail-on",
            "none",
            "--model",
            "blank:en",
            "--no-cache",
        ],
        input=STORY.replace("52", "70").encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "stdin" in json.loads(result.stdout)["sources"]


def test_non_utf8_names_and_escapes_give_valid_safe_output(tmp_path):
    import os

    folder = tmp_path / "set"
    folder.mkdir()
    base = os.fsencode(str(folder))
    for name, text in (
        (b"/caf\xe9.txt", STORY),
        (b"/e\x1b]0;T\x07v.txt", "Officials said 61 prisoners\x1b[2J were freed."),
    ):
        with open(base + name, "wb") as handle:
            handle.write(text.encode())
    (folder / "bad\x1b[31m.bin").write_bytes(b"\x00\x01")
    for fmt in ("table", "json", "markdown", "html", "github"):
        result = _claimcheck(
            "compare",
            str(folder),
            base.decode("utf-8", "surrogateescape") + "/bad\x1b[31m.bin",
            "--format",
            fmt,
            "--fail-on",
            "none",
            "--model",
            "blank:en",
            "--no-cache",
        )
        assert result.returncode == 0, result.stderr
        for stream in (result.stdout, result.stderr):
            text = stream.decode("utf-8")  # valid UTF-8
            assert "\x1b" not in text and "\x07" not in text
        if fmt == "json":
            assert "caf\\xe9" in json.loads(result.stdout)["sources"]
    out = tmp_path / f"caf{chr(0xDCE9)}.json"
    result = _claimcheck("baseline", str(folder), "-o", str(out), "--model", "blank:en", "--no-cache")
    assert result.returncode == 0, result.stderr
    json.loads(out.read_bytes().decode("utf-8"))


def test_warnings_on_stderr_show_escape_sequences_as_symbols(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "e\x1b]0;T\x07.txt").write_bytes("Caf\xe9 owners said 52 people came.".encode("latin-1"))
    result = CliRunner().invoke(
        main, ["compare", str(folder), "--format", "json", "--fail-on", "none", "--model", "blank:en", "--no-cache"]
    )
    assert result.exit_code == 0
    assert "warning: " in result.stderr and "e\\x1b]0;T\\x07.txt: not valid UTF-8" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_an_unexpected_error_is_one_line_and_exit_2(tmp_path, monkeypatch):
    import importlib

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom\x1b[2J")

    monkeypatch.setattr(importlib.import_module("claimcheck.api"), "compare", broken)
    args = ["compare", str(_articles(tmp_path / "set")), "--model", "blank:en", "--no-cache"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: internal error (RuntimeError: boom\u241b[2J); run with --debug for the traceback"
    )
    assert "Traceback" not in result.stderr
    debug = CliRunner().invoke(main, [*args, "--debug"])
    assert debug.exit_code == 2 and "Traceback" in debug.stderr and "RuntimeError: boom" in debug.stderr


@pytest.mark.parametrize(
    ("args", "code", "start"),
    [
        ([], 2, "Usage: claimcheck [OPTIONS] COMMAND"),
        (["--version"], 0, "claimcheck, version"),
        (["compare", "--config", "missing\x1b[2J.toml", "x"], 2, "Usage: claimcheck compare"),
    ],
)
def test_usage_and_help_keep_their_layout(args, code, start):
    result = CliRunner().invoke(main, args, prog_name="claimcheck")
    assert result.exit_code == code
    assert (result.stdout + result.stderr).startswith(start)
    assert "\x1b" not in result.stdout + result.stderr


def test_a_red_run_says_why_on_stderr_and_in_annotations(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Officials said the storm killed 12 people on the coast on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Officials said the storm killed 12 people on the coast on Monday, and "
        "that 40 homes were destroyed by the wind.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["compare", str(tmp_path), "--format", "github", "--fail-on", "any", "-q"])
    assert result.exit_code == 1
    assert "reach --fail-on any: 1 unique" in result.stderr
    # the one-source claim that fails the run is annotated, not left to a notice
    assert any(line.startswith("::warning file=") and "40" in line for line in result.stdout.splitlines())
