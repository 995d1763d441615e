"""A notebook-style walk through claimcheck, runnable as a script.

    python docs/walkthrough.py [ARTICLE_DIR] [--html report.html]

Without ARTICLE_DIR it uses the reference seeds in ../shared/seeds when they are
present, else the demo set in data/belarus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import claimcheck

ROOT = Path(__file__).resolve().parents[1]


def default_articles() -> Path:
    seeds = ROOT.parent / "shared" / "seeds"
    return seeds if seeds.is_dir() else ROOT / "data" / "belarus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=None)
    parser.add_argument("--html", type=Path, help="also write the HTML report here")
    args = parser.parse_args(argv)
    folder = args.articles or default_articles()

    # 1. Read the articles. Bad files are skipped with a reason, never fatal.
    documents = claimcheck.load_documents(folder)
    print(f"# {len(documents)} articles from {folder}\n")

    # 2. One figure, read as an interval.
    q = claimcheck.parse_quantity("nearly 1,200")
    print(f"'nearly 1,200' allows {q.describe()}\n")

    # 3. The claims of the first article: text, what is counted, the event.
    for claim in claimcheck.extract(documents[0])[:8]:
        print(f"- {claim.kind.value:8} {claim.shown!r:32} noun={claim.noun!r} predicate={claim.predicate!r}")
    print()

    # 4. Cross-check all articles and read the verdicts, discrepancies first.
    report = claimcheck.compare(documents)
    print(report.to_markdown())

    # 5. The same report for a browser (and, in a notebook, just `report`).
    if args.html:
        args.html.write_text(report.to_html(), encoding="utf-8")
        print(f"\nHTML report written to {args.html}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
