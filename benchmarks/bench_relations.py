"""What reading relation claims costs, next to the parse it reads them from.

Relation claims are read from the dependency parse the pipeline already made, so their
cost is a walk over trigger words. This prints CPU seconds (not wall time, which other
processes on a shared machine disturb) of bare ``nlp.pipe`` and of ``relation_claims``
over the same Docs, and their ratio.

    .venv/bin/python benchmarks/bench_relations.py            # 200 generated articles
    .venv/bin/python benchmarks/bench_relations.py --quick    # 40
    .venv/bin/python benchmarks/bench_relations.py --folder ../shared/corpus/ecbplus
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small corpus")
    parser.add_argument("--folder", type=Path, help="read every .txt under this folder instead")
    args = parser.parse_args(argv)

    from claimcheck.nlp import COMPONENT, load_pipeline
    from claimcheck.readers.relations import relation_claims

    if args.folder:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.rglob("*.txt"))]
    else:
        texts = [d.text for d in corpus(40 if args.quick else 200)]
    nlp = load_pipeline()
    with nlp.select_pipes(disable=[COMPONENT]):
        start = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse = time.process_time() - start
    pairs = [(doc, doc.text) for doc in docs]  # the claim reader gets the text it already has
    start = time.process_time()
    found = sum(len(list(relation_claims(doc, text))) for doc, text in pairs)
    relations = time.process_time() - start
    tokens = sum(len(doc) for doc in docs)
    print(f"{len(docs)} articles, {tokens:,} tokens, {found:,} relation claims")
    print(f"  bare nlp.pipe       {parse:7.2f} s CPU")
    print(f"  relation_claims     {relations:7.2f} s CPU  ({relations / parse:.1%} of the parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
