"""Sweep the alignment thresholds of ``Config`` on the annotated dev gold and print the scores.

Each cluster is parsed once; every setting then re-aligns and re-judges the same claims,
and the gold's own scorer (``../shared/eval/score_gold.py``) scores the reports, so the
numbers are the ones that scorer prints. Run from the repository with the shared folder
beside it::

    python benchmarks/calibrate_gold.py            # the default sweep
    python benchmarks/calibrate_gold.py --quick    # one value either side of each default

The defaults in ``Config`` are the best trade-off this sweep found: see
docs/concepts.md ("Thresholds").
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from pathlib import Path

import attrs

import claimcheck
from claimcheck.api import compare as full_compare
from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.extract import extract_documents
from claimcheck.models import Document
from claimcheck.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

#: Config field -> values to try (the default is always tried too).
SWEEP: dict[str, tuple[float, ...]] = {
    "max_rival_ratio": (2.0, 3.0, 4.0, 6.0, 10.0),
    "noun_similarity": (80.0, 85.0, 90.0, 95.0),
    "vague_slack": (1.0, 1.25, 1.5, 2.0),
}
_SUMMARY = re.compile(r"gold-dev: (.*)")


def _claims_by_texts(corpus: Path) -> dict[tuple[str, ...], tuple[list, list[str]]]:
    """Each cluster's claims, keyed by its texts, extracted once."""
    nlp = load_pipeline()
    out = {}
    for folder in sorted((p for p in corpus.iterdir() if p.is_dir()), key=lambda p: p.name):
        docs = [
            Document(text=p.read_text(encoding="utf-8"), source=f"{folder.name}/{p.stem}")
            for p in sorted(folder.glob("*.txt"))
        ]
        claims = [c for _, found in extract_documents(docs, nlp) for c in found]
        out[tuple(d.text for d in docs)] = (claims, [d.source for d in docs])
    return out


def _score(scorer, cached, config: Config) -> str:
    """The scorer's summary line for reports built with ``config`` from the cached claims."""

    def compare(texts, **kwargs):
        claims, sources = cached.get(tuple(texts.values()), (None, None))
        if claims is None:  # not a corpus cluster: parse it for real
            return full_compare(texts, config=config, **kwargs)
        return claimcheck.build_report(claims, sources=sources, config=config)

    saved = claimcheck.compare
    claimcheck.compare = compare
    try:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            sys.argv = ["score_gold.py"]
            scorer.main()
    finally:
        claimcheck.compare = saved
    found = _SUMMARY.search(out.getvalue())
    return found.group(1) if found else out.getvalue().strip().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one value either side of each default")
    args = parser.parse_args()
    if not (EVAL / "score_gold.py").exists():
        print(f"no gold scorer at {EVAL}: put the shared folder beside the repository", file=sys.stderr)
        return 2
    sys.path.insert(0, str(EVAL))
    import score_gold

    cached = _claims_by_texts(score_gold.CORPUS)
    print(f"default: {_score(score_gold, cached, DEFAULT_CONFIG)}")
    for field, values in SWEEP.items():
        default = getattr(DEFAULT_CONFIG, field)
        if args.quick:
            lower = [v for v in values if v < default][-1:]
            higher = [v for v in values if v > default][:1]
            values = (*lower, *higher)
        for value in values:
            if value == default:
                continue
            config = attrs.evolve(DEFAULT_CONFIG, **{field: value})
            print(f"{field}={value:g}: {_score(score_gold, cached, config)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
