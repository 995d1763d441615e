"""``claimcheck check DRAFT --against SOURCES...``: the draft's claims judged against the sources.

Same formats, ``--fail-on`` levels and exit codes as ``compare``: exit 1 when a claim of
the draft reaches the level (contradicted: conflict; spelled differently: variant;
stated by no source: any), 2 when the draft or every source is unusable.
"""

from __future__ import annotations

import sys

import attrs
import click

from claimcheck import cli_shared as cli
from claimcheck.baseline import FAIL_ON, failing
from claimcheck.settings import drop_ignored

__all__ = ["check"]


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
@cli.model_option
@click.option(
    "--fail-on",
    type=click.Choice(list(FAIL_ON)),
    default=None,
    help="Exit 1 when a claim of the draft reaches this level: conflict (contradicted); variant "
    "(also names spelled differently); any (also claims no source states); none.  [default: conflict]",
)
@cli.quiet_option
@cli.config_option
@cli.cache_dir_option
@cli.no_cache_option
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
    settings = cli.run_settings(config_file)
    fmt = fmt or settings.format or "table"
    fail_on = fail_on or settings.fail_on or "conflict"
    if fmt not in cli.FORMATS or fail_on not in FAIL_ON:
        raise cli.InputFailure(
            f"{settings.path}: format must be one of {', '.join(cli.FORMATS)}; fail-on one of {', '.join(FAIL_ON)}"
        )
    [draft_doc], _ = cli.read_articles([draft], quiet)
    source_docs, skipped = cli.read_articles(sources, quiet)
    nlp = cli.pipeline(model, settings)
    report = check_draft(
        draft_doc, source_docs, nlp=nlp, config=settings.config, cache=cli.parse_cache(cache_dir, no_cache)
    )
    report = attrs.evolve(report, skipped=tuple(skipped), findings=drop_ignored(report.findings, settings))
    cli.write_report(report, fmt, output)
    if failing(report.findings, fail_on):
        sys.exit(cli.EXIT_FINDINGS)
