"""Write every report format for a fixed set of article sets, or diff against an earlier snapshot.

The safety net for refactoring: the reports on the 12 corpus clusters, the demo sets
in ``data/`` and the shared seeds must stay byte-identical while code moves.

    python scripts/snapshot_reports.py OUT            # write a snapshot into OUT/
    python scripts/snapshot_reports.py OUT --diff OLD # write OUT/, exit 1 on any byte difference from OLD/

Run with ``PYTHONPATH=src`` from the repository root (or with claimcheck installed).
"""

from __future__ import annotations

import argparse
import filecmp
import io
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "ecbplus"
SEEDS = ROOT.parent / "shared" / "seeds"


def _article_sets() -> Iterator[tuple[str, dict[str, str]]]:
    """(name, {source: text}) for each corpus cluster and each demo set, in a fixed order."""
    if CORPUS.is_dir():
        for cluster in sorted((p for p in CORPUS.iterdir() if p.is_dir()), key=lambda p: int(p.name)):
            texts = {f"{cluster.name}/{p.stem}": p.read_text(encoding="utf-8") for p in sorted(cluster.glob("*.txt"))}
            yield f"ecbplus-{cluster.name}", texts
    else:
        print(f"warning: {CORPUS} not found; corpus clusters skipped", file=sys.stderr)
    yield "belarus", {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "data/belarus").glob("*.txt"))}
    yield (
        "desk-wires",
        {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "data/desk/wires").glob("*.txt"))},
    )


def _terminal(report, *, colour: bool) -> str:
    """The terminal view at a fixed width, plain or with ANSI colours."""
    from rich.console import Console

    from claimcheck import report as formats

    buffer = io.StringIO()
    if colour:
        console = Console(file=buffer, width=120, force_terminal=True, color_system="truecolor")
    else:
        console = Console(file=buffer, width=120, no_color=True)
    formats.render_table(report, console)
    return buffer.getvalue()


def _formats(report) -> dict[str, Callable[[], str]]:
    """File name -> the text of one output of ``report``."""
    from claimcheck import report as formats
    from claimcheck.baseline import to_baseline_dict
    from claimcheck.sarif import to_sarif

    out: dict[str, Callable[[], str]] = {
        "report.json": report.to_json,
        "report.compact.json": lambda: report.to_json(indent=None),
        "roundtrip.json": lambda: type(report).from_dict(json.loads(report.to_json())).to_json(),
        "report.md": report.to_markdown,
        "report.html": report.to_html,
        "fragment.html": report._repr_html_,
        "terminal.txt": lambda: _terminal(report, colour=False),
        "terminal.ansi": lambda: _terminal(report, colour=True),
        "github.txt": lambda: formats.to_github(report),
        "github-notices.txt": lambda: formats.to_github(report, notices=True, summary=False),
        "report.sarif": lambda: to_sarif(report),
        "baseline.json": lambda: json.dumps(to_baseline_dict(report), indent=2, ensure_ascii=False),
        "summary.txt": lambda: f"{formats.summary_line(report)}\n{report!r}\n",
        # the order findings come in from the API, before any format sorts them
        "findings-order.txt": lambda: "".join(f"{f.key}\n" for f in report.findings),
        "facts.txt": lambda: "".join(f"{sheet!r}\n" for sheet in report.facts()),
    }
    try:
        import pandas  # noqa: F401
    except ImportError:
        pass
    else:
        out["pandas.csv"] = lambda: report.to_pandas().to_csv(index=False)
    return out


def _write_report(folder: Path, report) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in _formats(report).items():
        (folder / name).write_text(make(), encoding="utf-8")


def _cli(folder: Path, args: list[str]) -> None:
    """The command line's own outputs for one invocation, every --format."""
    from click.testing import CliRunner

    from claimcheck.cli import FORMATS, main

    folder.mkdir(parents=True, exist_ok=True)
    runner = CliRunner()
    for fmt in FORMATS:
        target = folder / f"cli.{fmt}"
        result = runner.invoke(main, [*args, "--no-cache", "--quiet", "--format", fmt, "--output", str(target)])
        (folder / f"cli.{fmt}.exit").write_text(f"{result.exit_code}\n{result.output}", encoding="utf-8")


def snapshot(out: Path) -> None:
    """Write every format of every article set into ``out``."""
    import claimcheck

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = claimcheck.load_pipeline()
        for name, texts in _article_sets():
            _write_report(out / name, claimcheck.compare(texts, nlp=nlp))
        if SEEDS.is_dir():
            _write_report(out / "seeds", claimcheck.compare(claimcheck.load_documents(SEEDS), nlp=nlp))
        wires = sorted(str(p) for p in (ROOT / "data/desk/wires").glob("*.txt"))
        _write_report(out / "desk-check", claimcheck.check(str(ROOT / "data/desk/draft.txt"), wires, nlp=nlp))
    cwd = os.getcwd()
    os.chdir(ROOT)  # paths in the CLI's reports are relative, as a user would type them
    try:
        _cli(out / "cli-compare-belarus", ["compare", "data/belarus", "--fail-on", "none"])
        _cli(out / "cli-check-desk", ["check", "data/desk/draft.txt", "--against", "data/desk/wires"])
    finally:
        os.chdir(cwd)


def diff(new: Path, old: Path) -> list[str]:
    """Relative paths that differ, or exist on one side only."""
    differences = []
    names = {p.relative_to(new) for p in new.rglob("*") if p.is_file()}
    names |= {p.relative_to(old) for p in old.rglob("*") if p.is_file()}
    for name in sorted(names):
        a, b = new / name, old / name
        if not (a.is_file() and b.is_file() and filecmp.cmp(a, b, shallow=False)):
            differences.append(str(name))
    return differences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the snapshot into")
    parser.add_argument("--diff", type=Path, metavar="OLD", help="an earlier snapshot to compare with")
    args = parser.parse_args(argv)
    snapshot(args.out)
    if args.diff is None:
        print(f"snapshot written to {args.out}")
        return 0
    differences = diff(args.out, args.diff)
    for name in differences:
        print(f"differs: {name}")
    total = sum(1 for p in args.out.rglob("*") if p.is_file())
    print(f"{total} files, {len(differences)} differ from {args.diff}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
