"""CPU time of claimcheck's extraction next to bare spaCy, and of claim reading alone.

Wall time on a shared machine varies more than the differences worth measuring, so this
prints CPU seconds (``time.process_time``), best of ``--repeats``: bare ``nlp.pipe`` and
``extract_documents`` run alternately over the same articles (each round in the other
order), then the claim component alone over the same articles parsed beforehand. With
three rounds or more it prints the median of each round's ratio too, and the middle half
of them: on a shared machine single rounds stray by a few hundredths. Run it for two versions of the code in
alternation to compare them.

    .venv/bin/python benchmarks/bench_cpu.py               # the 60 articles of bench_speed --quick
    .venv/bin/python benchmarks/bench_cpu.py -n 300 --repeats 2
    .venv/bin/python benchmarks/bench_cpu.py -n 300 --news   # as many figures per word as news
    .venv/bin/python benchmarks/bench_cpu.py --corpus ../shared/corpus   # every *.txt under a folder

The generated articles state a figure every ten words or so, several times as many as
wire copy does, so they weigh claim reading more heavily than real news; ``--news``
mixes in sentences without figures to the density of real news, and ``--corpus``
measures on a folder of real articles instead.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import NEWS_PROSE, corpus, folder


def _cpu(step) -> float:
    start = time.process_time()
    step()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=60, help="articles (default: 60)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each, best kept (default: 3)")
    parser.add_argument("--corpus", type=Path, help="read every *.txt under this folder instead of generated articles")
    parser.add_argument("--news", action="store_true", help="generated articles with the figure density of news")
    args = parser.parse_args(argv)

    from claimcheck.extract import extract_documents
    from claimcheck.nlp import COMPONENT, load_pipeline

    nlp = load_pipeline()
    documents = folder(args.corpus) if args.corpus else corpus(args.n, prose=NEWS_PROSE if args.news else 0.0)
    texts = [d.text for d in documents]

    def bare() -> None:
        with nlp.select_pipes(disable=[COMPONENT]):
            for _ in nlp.pipe(texts, batch_size=32):
                pass

    def extract() -> None:
        for _ in extract_documents(documents, nlp, batch_size=32):
            pass

    extract()  # warm up
    bare_runs, extract_runs = [], []
    for k in range(args.repeats):
        # each round in the other order, so a drift of the machine's speed favours neither side
        order = ((bare_runs, bare), (extract_runs, extract))
        for runs, step in order if k % 2 == 0 else reversed(order):
            runs.append(_cpu(step))
    bare_s, extract_s = min(bare_runs), min(extract_runs)
    ratios = sorted(b / e for b, e in zip(bare_runs, extract_runs, strict=True))

    with nlp.select_pipes(disable=[COMPONENT]):
        parsed = list(nlp.pipe(texts, batch_size=32))
    component = nlp.get_pipe(COMPONENT)
    reading_s = min(_cpu(lambda: [component(doc) for doc in parsed]) for _ in range(args.repeats))

    print(f"{len(documents)} articles, CPU seconds, best of {args.repeats}:")
    print(f"  bare nlp.pipe        {bare_s:6.2f} s")
    print(f"  claimcheck extract   {extract_s:6.2f} s  (ratio {bare_s / extract_s:.2f}x bare spaCy)")
    print(f"  claim reading alone  {reading_s:6.3f} s  (on the same articles, parsed beforehand)")
    if len(ratios) >= 3:
        low, high = ratios[len(ratios) // 4], ratios[-1 - len(ratios) // 4]
        median = statistics.median(ratios)
        print(f"  ratio of each round  median {median:.3f}x, middle half {low:.3f}x-{high:.3f}x ({len(ratios)} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
