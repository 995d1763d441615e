"""Writes docs/cli.md from the commands' own --help, so the reference never drifts.

python docs/cli_reference.py          # rewrite docs/cli.md
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from claimcheck.cli import main

OUT = Path(__file__).with_name("cli.md")
COMMANDS = ((), ("compare",), ("check",), ("extract",), ("baseline",))

INTRO = """# Command-line reference

`claimcheck` (or `python -m claimcheck`) has four commands. This page is generated from
their `--help` by `python docs/cli_reference.py`; a test fails when the two differ.

Exit codes: **0** when no finding reaches `--fail-on`, **1** when some do, **2** on usage
errors, unreadable settings or baselines, outputs that cannot be written, and when no
input is usable (one `Error:` line naming the file; `--debug` adds the traceback). Options left out
on the command line come from `claimcheck.toml` or `[tool.claimcheck]` in
`pyproject.toml` (see [quickstart.md](quickstart.md)).
"""


def help_text(command: tuple[str, ...]) -> str:
    """The --help of one command at a fixed width, as a user at a terminal sees it."""
    result = CliRunner().invoke(main, [*command, "--help"], prog_name="claimcheck", terminal_width=88)
    assert result.exit_code == 0, result.output
    return result.output.rstrip() + "\n"


def render() -> str:
    """The whole reference page."""
    parts = [INTRO]
    for command in COMMANDS:
        title = " ".join(("claimcheck", *command))
        parts.append(f"\n## `{title}`\n\n```text\n{help_text(command)}```\n")
    return "".join(parts)


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
