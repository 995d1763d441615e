"""Read a few thousand generated expressions and report, per form family, the share read exactly.

Usage: .venv/bin/python benchmarks/numbers_generated.py [--n 300] [--seed 14] [--verbose]

Expressions come from ``tests/number_renderers.py`` (num2words and our own renderers of
every digit grouping, scale, abbreviation, hedge, range, fraction and zero form), each in
a sentence. "Read exactly" means ``find_quantities`` returns exactly that expression
with the expected interval and unit, or nothing for ordinals, years and addresses; for
ranks, that ``find_ordinals`` returns exactly the expression with its place. The
seed is fixed, so the numbers are reproducible. Targets: 99% overall, 95% per family.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from number_renderers import (
    FAMILIES,
    MEASURE_FAMILIES,
    RANK_FAMILIES,
    Rendered,
    address,
    read_exactly,
    read_rank_exactly,
)

from claimcheck.readers.ordinals import find_ordinals
from claimcheck.readers.quantities import find_quantities


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="expressions per family")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--verbose", "-v", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    families = dict(FAMILIES)
    families["address, phone, code"] = lambda r: Rendered(f"Contact {address(r)} today.", "")
    families.update(MEASURE_FAMILIES)
    families.update(RANK_FAMILIES)
    total = good = 0
    worst = 1.0
    print(f"{'family':28} {'read exactly':>14}")
    for name, render in families.items():
        ok = 0
        for _ in range(args.n):
            r = render(rng)
            rank = name in RANK_FAMILIES
            measures = name in MEASURE_FAMILIES
            mentions = find_ordinals(r.sentence) if rank else find_quantities(r.sentence, measures=measures)
            if (read_rank_exactly if rank else read_exactly)(r, mentions):
                ok += 1
            elif args.verbose:
                got = [
                    (m.text, m.value) if rank else (m.quantity.text, m.quantity.describe(), m.quantity.unit)
                    for m in mentions
                ]
                print(f"  MISS {name}: {r.sentence!r} want {r.expression!r} [{r.low}, {r.high}] {r.unit} got {got}")
        share = ok / args.n
        worst = min(worst, share)
        total += args.n
        good += ok
        print(f"{name:28} {100 * share:6.1f}% ({ok}/{args.n})")
    print(f"{'overall':28} {100 * good / total:6.1f}% ({good}/{total}); worst family {100 * worst:.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
