"""Alignment and comparison over whole article sets: time, peak memory, and quality.

For 10, 100 and 1,000 sources of about 40 claims each (made by ``synthetic.py``), prints
how long ``build_report`` takes on one core and its peak traced memory, then precision
and recall of CONFLICT and VARIANT findings against the generator's ground truth.

    .venv/bin/python benchmarks/bench_alignment.py [--sizes 10 100 1000] [--seeds 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic

from claimcheck import build_report

#: Targets: 1,000 sources of about 40 claims aligned and judged under 2 s; conflict
#: precision and recall >= 0.95.
TIME_TARGET_1000 = 2.0
QUALITY_TARGET = 0.95


def measure(n_sources: int, seed: int) -> dict[str, float]:
    """One run: seconds and peak MiB of building the report, and its quality scores."""
    data = synthetic.generate(n_sources, seed)
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    report = build_report(data.claims, sources=data.sources)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Timing without tracemalloc's overhead, which slows allocation-heavy code.
    gc.collect()
    start = time.perf_counter()
    build_report(data.claims, sources=data.sources)
    plain = time.perf_counter() - start
    conflict = synthetic.score(data, report, "conflict")
    variant = synthetic.score(data, report, "variant")
    return {
        "claims": len(data.claims),
        "seconds": plain,
        "traced_seconds": seconds,
        "peak_mib": peak / 2**20,
        "findings": len(report.findings),
        "c_found": conflict.found,
        "c_correct": conflict.correct,
        "c_expected": conflict.expected,
        "c_detected": conflict.detected,
        "v_found": variant.found,
        "v_correct": variant.correct,
        "v_expected": variant.expected,
        "v_detected": variant.detected,
    }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--seeds", type=int, default=3, help="article sets per size (seeds 0..n-1)")
    args = parser.parse_args(argv)

    print(
        f"{'sources':>7} {'seed':>4} {'claims':>7} {'time s':>7} {'peak MiB':>8} {'findings':>8}"
        f"  {'conflict P/R (found/expected)':>30}  {'variant P/R (found/expected)':>29}"
    )
    totals = {
        "c_found": 0,
        "c_correct": 0,
        "c_expected": 0,
        "c_detected": 0,
        "v_found": 0,
        "v_correct": 0,
        "v_expected": 0,
        "v_detected": 0,
    }
    slowest_1000 = 0.0
    for n in args.sizes:
        for seed in range(args.seeds):
            row = measure(n, seed)
            for key in totals:
                totals[key] += int(row[key])
            if n == 1000:
                slowest_1000 = max(slowest_1000, row["seconds"])
            cp, cr = _ratio(row["c_correct"], row["c_found"]), _ratio(row["c_detected"], row["c_expected"])
            vp, vr = _ratio(row["v_correct"], row["v_found"]), _ratio(row["v_detected"], row["v_expected"])
            print(
                f"{n:>7} {seed:>4} {row['claims']:>7} {row['seconds']:>7.2f} {row['peak_mib']:>8.1f}"
                f" {row['findings']:>8}  {cp:>6.2f}/{cr:.2f} ({row['c_found']:>3}/{row['c_expected']:>3})"
                f"{'':>12}  {vp:>6.2f}/{vr:.2f} ({row['v_found']:>3}/{row['v_expected']:>3})"
            )
            sys.stdout.flush()

    cp = _ratio(totals["c_correct"], totals["c_found"])
    cr = _ratio(totals["c_detected"], totals["c_expected"])
    vp = _ratio(totals["v_correct"], totals["v_found"])
    vr = _ratio(totals["v_detected"], totals["v_expected"])
    print(
        f"\nall runs: conflict precision {cp:.3f} recall {cr:.3f} "
        f"({totals['c_correct']}/{totals['c_found']} correct, {totals['c_detected']}/{totals['c_expected']} found); "
        f"variant precision {vp:.3f} recall {vr:.3f} "
        f"({totals['v_correct']}/{totals['v_found']} correct, {totals['v_detected']}/{totals['v_expected']} found)"
    )
    ok = cp >= QUALITY_TARGET and cr >= QUALITY_TARGET
    if 1000 in args.sizes:
        ok = ok and slowest_1000 < TIME_TARGET_1000
        print(f"1,000 sources: slowest {slowest_1000:.2f} s (target < {TIME_TARGET_1000:.0f} s)")
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
