"""The ``claimcheck`` command: compare article sets, extract claims, write baselines.

Exit codes: 0 when no finding reaches ``--fail-on``, 1 when some do, 2 on any error
(usage, settings, input, output): one line on stderr naming the file and the cause,
with the traceback only under ``--debug``. Everything printed to the terminal has its
control characters made visible (see :mod:`claimcheck.escape`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import traceback
from collections import Counter
from collections.abc import Sequence

import attrs
import click

from claimcheck import baseline as baselines
from claimcheck.__about__ import __version__
from claimcheck.baseline import FAIL_ON, BaselineError, failing, load_baseline, new_findings
from claimcheck.check_cli import check as check_command
from claimcheck.cli_shared import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    FORMATS,
    InputFailure,
    batch_option,
    cache_dir_option,
    config_option,
    debug_option,
    follow_option,
    max_bytes_option,
    model_option,
    n_process_option,
    no_cache_option,
    parse_cache,
    paths_argument,
    pipeline,
    progress,
    quiet_option,
    read_articles,
    run_settings,
    write_report,
)
from claimcheck.escape import one_line, printable_name
from claimcheck.outputs import OutputError
from claimcheck.report import Report
from claimcheck.settings import Settings, drop_ignored
from claimcheck.sources import DEFAULT_MAX_BYTES

__all__ = ["main", "run_compare"]


def _fail(message: str) -> int:
    """Print one error line on stderr and give the error exit code."""
    with contextlib.suppress(OSError):  # stderr is gone too: the exit code is all that is left
        click.echo(f"Error: {one_line(message)}", err=True)
    return EXIT_ERROR


def _detach_stdout() -> None:
    """After stdout failed (full disk, closed pipe), point it at /dev/null so that the
    interpreter's last flush does not fail a second time with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _os_message(exc: OSError) -> str:
    if isinstance(exc, OutputError):
        return str(exc)
    if exc.filename is not None:
        return f"{printable_name(os.fsdecode(exc.filename))}: {exc.strerror or exc}"
    return exc.strerror or str(exc)


class _Main(click.Group):
    """The command group, run so that every error exits 2 with one clear line."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        argv = list(sys.argv[1:] if args is None else args)
        debug = "--debug" in argv or bool(os.environ.get("CLAIMCHECK_DEBUG"))
        sys.exit(self._run(argv, prog_name, complete_var, debug, **extra))

    def _run(self, argv, prog_name, complete_var, debug: bool, **extra) -> int:  # noqa: PLR0912 - one branch per kind of failure
        try:
            try:
                code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
            finally:
                sys.stdout.flush()
            return code if isinstance(code, int) else EXIT_OK
        except SystemExit as exc:
            if isinstance(exc.code, int) or exc.code is None:
                return exc.code or EXIT_OK
            return _fail(str(exc.code))
        except click.UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError" and exc.ctx is not None:  # bare `claimcheck`
                click.echo(exc.ctx.get_help(), err=True)
                return EXIT_ERROR
            if exc.ctx is not None:
                click.echo(exc.ctx.get_usage(), err=True)
                click.echo(f"Try '{exc.ctx.command_path} {exc.ctx.help_option_names[0]}' for help.", err=True)
            return _fail(exc.format_message())
        except click.ClickException as exc:
            return _fail(exc.format_message())
        except (click.Abort, KeyboardInterrupt):
            return _fail("interrupted")
        except OSError as exc:
            if debug:
                traceback.print_exc()
            if exc.filename is None and not isinstance(exc, OutputError):
                _detach_stdout()
                return _fail(f"cannot write the output: {_os_message(exc)}")
            return _fail(_os_message(exc))
        except Exception as exc:  # noqa: BLE001 - one line, not a traceback, unless --debug
            if debug:
                traceback.print_exc()
                return EXIT_ERROR
            return _fail(f"internal error ({type(exc).__name__}: {exc}); run with --debug for the traceback")


def run_compare(
    paths: Sequence[str],
    *,
    model: str | None,
    quiet: bool,
    settings: Settings,
    n_process: int = 1,
    batch_size: int = 32,
    cache=None,
    as_of: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_symlinks: bool = False,
) -> Report:
    """Read, extract and compare with progress on stderr; shared by compare and baseline."""
    from claimcheck.api import compare as compare_documents

    documents, skipped = read_articles(paths, quiet, max_bytes, follow_symlinks)
    nlp = pipeline(model, settings)
    with progress(len(documents), quiet) as bar:
        task = bar.add_task("reading articles", total=len(documents)) if bar else None
        report = compare_documents(
            documents,
            nlp=nlp,
            config=settings.config,
            batch_size=batch_size,
            n_process=n_process,
            cache=cache,
            progress=(lambda _document: bar.advance(task)) if bar is not None else None,
            as_of=as_of,
        )
    return attrs.evolve(report, skipped=(*skipped, *report.skipped), findings=drop_ignored(report.findings, settings))


def _first_or_load_baseline(path: str, quiet: bool) -> baselines.Baseline:
    """The baseline at ``path``; on a first run, when no file is there yet, one that accepts
    nothing (said on stderr), so a new CI check fails only on what it finds."""
    if os.path.lexists(path):
        return load_baseline(path)
    if not quiet:
        name = printable_name(path)
        click.echo(
            f"claimcheck: baseline {name} does not exist yet: no finding is accepted; accept the "
            f"current ones with `claimcheck baseline ARTICLES -o {name}`",
            err=True,
        )
    return baselines.Baseline()


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
@debug_option
def main() -> None:
    """Cross-check numbers, names and dates between news reports of one event."""


def _format_and_level(settings: Settings, fmt: str | None, fail_on: str | None) -> tuple[str, str]:
    """The output format and --fail-on level: the option, else the settings file, else the default."""
    fmt = fmt or settings.format or "table"
    fail_on = fail_on or settings.fail_on or "conflict"
    if fmt not in FORMATS:
        raise InputFailure(f"{settings.path}: format = {fmt!r} is not allowed; it must be one of {', '.join(FORMATS)}")
    if fail_on not in FAIL_ON:
        raise InputFailure(
            f"{settings.path}: fail-on = {fail_on!r} is not allowed; it must be one of {', '.join(FAIL_ON)}"
        )
    return fmt, fail_on


@main.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format.  [default: table]")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE (atomically) instead of stdout."
)
@model_option
@click.option(
    "--fail-on",
    type=click.Choice(list(FAIL_ON)),
    default=None,
    help=(
        "Exit 1 when a finding of this level or worse is found: conflict; variant (conflicts, reversed "
        "causes, scope differences and variants); any (also unique claims); none.  [default: conflict]"
    ),
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Earlier report or baseline: only findings not in it can fail the run.",
)
@click.option(
    "--write-baseline", type=click.Path(dir_okay=False), help="Also write the findings of this run as a baseline FILE."
)
@quiet_option
@config_option
@n_process_option
@batch_option
@cache_dir_option
@no_cache_option
@click.option(
    "--as-of",
    metavar="MOMENT",
    help="Compare only articles published up to MOMENT (2025-03-04 or 2025-03-04T18:00); undated articles are kept.",
)
@max_bytes_option
@follow_option
@debug_option
def compare(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    model: str | None,
    fail_on: str | None,
    baseline: str | None,
    write_baseline: str | None,
    quiet: bool,
    config_file: str | None,
    n_process: int,
    batch_size: int,
    cache_dir: str | None,
    no_cache: bool,
    as_of: str | None,
    max_bytes: int,
    follow_symlinks: bool,
) -> None:
    """Compare the articles in PATHS (files or directories) and print a consistency report."""
    from claimcheck.sources.published import normalise

    if as_of is not None and normalise(as_of) is None:
        raise InputFailure(f"--as-of: {as_of!r} is not a date or time (try 2025-03-04 or 2025-03-04T18:00)")
    settings = run_settings(config_file)
    fmt, fail_on = _format_and_level(settings, fmt, fail_on)
    try:
        accepted = _first_or_load_baseline(baseline, quiet) if baseline else None
    except BaselineError as exc:
        raise InputFailure(str(exc)) from exc
    report = run_compare(
        paths,
        model=model,
        quiet=quiet,
        settings=settings,
        n_process=n_process,
        batch_size=batch_size,
        cache=parse_cache(cache_dir, no_cache),
        as_of=as_of,
        max_bytes=max_bytes,
        follow_symlinks=follow_symlinks,
    )
    considered = new_findings(report, accepted) if accepted is not None else list(report.findings)
    red = failing(considered, fail_on)
    # Report formats name accepted and failing findings by their Finding.key.
    write_report(
        report,
        fmt,
        output,
        frozenset(f.key for f in report.findings if accepted and accepted.accepts(f)),
        frozenset(f.key for f in red),
    )
    if write_baseline:
        baselines.write_baseline(report, write_baseline)
    if red:
        # the reason for a red run, even with --quiet: exit code 1 alone says nothing
        counts = Counter(f.status.value for f in red)
        listed = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        click.echo(f"claimcheck: {len(red)} finding(s) reach --fail-on {fail_on}: {listed}", err=True)
        sys.exit(EXIT_FINDINGS)


@main.command()
@paths_argument
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="Baseline file to write.")
@model_option
@quiet_option
@config_option
@cache_dir_option
@no_cache_option
@max_bytes_option
@follow_option
@debug_option
def baseline(
    paths: tuple[str, ...],
    output: str,
    model: str | None,
    quiet: bool,
    config_file: str | None,
    cache_dir: str | None,
    no_cache: bool,
    max_bytes: int,
    follow_symlinks: bool,
) -> None:
    """Write a baseline of the current findings in PATHS, to accept them in later runs."""
    report = run_compare(
        paths,
        model=model,
        quiet=quiet,
        settings=run_settings(config_file),
        max_bytes=max_bytes,
        follow_symlinks=follow_symlinks,
        cache=parse_cache(cache_dir, no_cache),
    )
    baselines.write_baseline(report, output)
    if not quiet:
        click.echo(f"wrote {one_line(printable_name(output))}", err=True)


@main.command()
@paths_argument
@model_option
@quiet_option
@config_option
@max_bytes_option
@follow_option
@debug_option
def extract(
    paths: tuple[str, ...],
    model: str | None,
    quiet: bool,
    config_file: str | None,
    max_bytes: int,
    follow_symlinks: bool,
) -> None:
    """Print every claim in PATHS as one JSON object a line."""
    from claimcheck.escape import json_text
    from claimcheck.extract import extract_documents
    from claimcheck.report import claim_to_dict

    documents, _skipped = read_articles(paths, quiet, max_bytes, follow_symlinks)
    nlp = pipeline(model, run_settings(config_file))
    for _document, claims in extract_documents(documents, nlp):
        for claim in claims:
            click.echo(json_text(json.dumps(claim_to_dict(claim), ensure_ascii=False, sort_keys=True)))


main.add_command(check_command)

if __name__ == "__main__":  # pragma: no cover
    main()
