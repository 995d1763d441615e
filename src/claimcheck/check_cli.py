"""``claimcheck check DRAFT --against SOURCES...``: the draft's claims judged against the sources.

Same formats, ``--fail-on`` levels and exit codes as ``compare``: exit 1 when a claim of
the draft reaches the level (contradicted: conflict; spelled differently: variant;
stated by no source: any), 2 when the draft or every source is unusable.
"""

from __future__ import annotations

import sys

import attrs
import click

from claimcheck import cli
from claimcheck.baseline import FAIL_ON, failing
from claimcheck.settings import drop_ignored


@click.command()
@click.argument("draft", type=click.Path())
@click.argument("more_sources", nargs=-1, type=click.Path(), metavar="[SOURCES]...")
@click.option(
    "--against",
    "against",
    multiple=True,
    type=click.Path(),
    metavar="SOURCE",
    help="Source articles (files or directories) to check the draft against; "
    "further paths after the first may follow without repeating the option.",
)
@click.option("--format", "fmt", type=click.Choice(cli.FORMATS), default=None, help="Output format.  [default: table]")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE (atomically) instead of stdout."
)
@cli._model
@click.option(
    "--fail-on",
    type=click.Choice(list(FAIL_ON)),
    default=None,
    help="Exit 1 when a claim of the draft reaches this level: conflict (contradicted); variant "
    "(also names spelled differently); any (also claims no source states); none.  [default: conflict]",
)
@cli._quiet
@cli._config
@cli._cache_dir
@cli._no_cache
def check(
    draft: str,
    more_sources: tuple[str, ...],
    against: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    model: str | None,
    fail_on: str | None,
    quiet: bool,
    config_file: str | None,
    cache_dir: str | None,
    no_cache: bool,
) -> None:
    """Check every figure, name and date in DRAFT against the articles given with --against."""
    from claimcheck.check import check as check_draft

    sources = [*against, *more_sources]
    if not against:
        raise click.UsageError("give the source articles with --against SOURCE...")
    settings = cli._settings(config_file)
    fmt = fmt or settings.format or "table"
    fail_on = fail_on or settings.fail_on or "conflict"
    if fmt not in cli.FORMATS or fail_on not in FAIL_ON:
        raise cli.InputFailure(
            f"{settings.path}: format must be one of {', '.join(cli.FORMATS)}; fail-on one of {', '.join(FAIL_ON)}"
        )
    [draft_doc], _ = cli._read([draft], quiet)
    source_docs, skipped = cli._read(sources, quiet)
    nlp = cli._pipeline(model, settings)
    report = check_draft(draft_doc, source_docs, nlp=nlp, config=settings.config, cache=cli._cache(cache_dir, no_cache))
    report = attrs.evolve(report, skipped=tuple(skipped), findings=drop_ignored(report.findings, settings))
    cli._format(report, fmt, output)
    if failing(report.findings, fail_on):
        sys.exit(cli.EXIT_FINDINGS)
