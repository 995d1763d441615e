"""Run every benchmark in this folder, one after the other (what ``make bench`` does).

Scripts that are missing are skipped; ``--quick`` is passed on to the scripts that take
it. The exit code is 1 if any benchmark failed, so a CI job notices.

    .venv/bin/python benchmarks/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("numbers_eval.py", "bench_speed.py", "bench_alignment.py", "bench_relations.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small runs, where a script supports it")
    args = parser.parse_args(argv)
    failed: list[str] = []
    for name in SCRIPTS:
        script = HERE / name
        if not script.is_file():
            print(f"== {name}: not present, skipped\n", flush=True)
            continue
        command = [sys.executable, str(script)]
        if args.quick and '"--quick"' in script.read_text(encoding="utf-8"):
            command.append("--quick")
        print(f"== {name}", flush=True)
        began = time.perf_counter()
        code = subprocess.call(command, cwd=HERE.parent)
        took = time.perf_counter() - began
        print(f"== {name}: {'ok' if code == 0 else f'FAILED (exit {code})'} in {took:.0f} s\n", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
