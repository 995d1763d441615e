"""Score find_quantities on the shared number-reading development set.

Usage: .venv/bin/python benchmarks/numbers_eval.py [--verbose]

Reports precision and recall of mention spans (strict = same start and end,
lenient = overlapping), interval accuracy on matched spans, and false quantities
on the negative cases (lines whose ``expected`` is empty).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimcheck.readers.quantities import DEFAULT_RULES, find_quantities

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DEV = EVAL_DIR / "numbers-dev.jsonl"


def _close(a: float, b: float) -> bool:
    return a == b or math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _expected_interval(e: dict) -> tuple | None:
    """(low, high, low_inclusive, high_inclusive) with None for an open end."""
    if "lower" in e or "upper" in e:
        return e.get("lower"), e.get("upper"), e.get("lower_inclusive"), e.get("upper_inclusive")
    if e.get("value") is None:
        return None  # e.g. a bare "%" with no number: nothing to compare
    return e["value"], e["value"], True, True


def interval_ok(q, e: dict) -> bool | None:
    """Whether a predicted quantity has the expected bounds and inclusivity.

    An open end (null in the file) matches an infinite bound, or for the lower end the
    rules' floor, which is where "up to X" starts by default. The upper inclusivity of
    a two-sided range is not compared (the suite writes "20-30" as [20, 30)).
    """
    exp = _expected_interval(e)
    if exp is None:
        return None
    lo, hi, lo_inc, hi_inc = exp
    if lo is None:
        if not (math.isinf(q.low) or q.low == DEFAULT_RULES.floor):
            return False
    elif not (_close(q.low, lo) and q.low_inclusive == bool(lo_inc)):
        return False
    if hi is None:
        return math.isinf(q.high)
    if not _close(q.high, hi):
        return False
    two_sided = lo is not None and lo != hi
    return two_sided or q.high_inclusive == bool(hi_inc)


def _match(pred, exp, strict: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (pred index, expected index) by span."""
    pairs, used = [], set()
    for i, m in enumerate(pred):
        for j, e in enumerate(exp):
            if j in used:
                continue
            same = m.start == e["start"] and m.end == e["end"]
            overlap = m.start < e["end"] and e["start"] < m.end
            if same or (not strict and overlap):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    if not DEV.exists():
        print(f"No development set at {DEV}; nothing to score.")
        return 0
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    n_pred = n_exp = 0
    hits = {True: 0, False: 0}
    judged = correct = 0
    negatives = false_on_negative = 0
    for case in cases:
        text, exp = case["text"], case["expected"]
        pred = find_quantities(text)
        n_pred += len(pred)
        n_exp += len(exp)
        if not exp:
            negatives += 1
            if pred:
                false_on_negative += 1
                print(f"FALSE QUANTITY  {text!r}: {[m.quantity.text for m in pred]}")
            continue
        for strict in (True, False):
            hits[strict] += len(_match(pred, exp, strict))
        for i, j in _match(pred, exp, strict=False):
            ok = interval_ok(pred[i].quantity, exp[j])
            if ok is None:
                continue
            judged += 1
            correct += ok
            if not ok and verbose:
                print(
                    f"INTERVAL  {text!r}: got {pred[i].quantity.text!r} "
                    f"{pred[i].quantity.describe()}, expected {exp[j]}"
                )
        if verbose and len(_match(pred, exp, strict=False)) < len(exp):
            print(f"MISSED  {text!r}: got {[m.quantity.text for m in pred]}")

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "  n/a"

    print(f"\nnumbers-dev: {len(cases)} cases, {n_exp} expected quantities, {n_pred} found")
    for strict, name in ((True, "strict (same span)"), (False, "lenient (overlapping)")):
        print(f"  {name:24} precision {pct(hits[strict], n_pred)}  recall {pct(hits[strict], n_exp)}")
    print(f"  interval accuracy        {pct(correct, judged)} of lenient matches with bounds")
    print("    (upper inclusivity of two-sided ranges not compared; an open lower end")
    print(f"     matches -inf or the rules' floor {DEFAULT_RULES.floor:g})")
    print(f"  false quantities on negative cases: {false_on_negative} of {negatives}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
