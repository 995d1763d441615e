"""How fast claimcheck reads articles, next to the spaCy pipeline it runs on.

Prints words/second of bare ``nlp.pipe`` and of claimcheck's extraction (and their
ratio, in wall time and in CPU time) on generated articles with the figure density of news, on the figure-dense
generated articles (a stress case: a figure every ten words, about three times what
news has) and, with ``--articles``, on a folder of real articles; where pipeline time
goes per component; end-to-end ``compare`` time and peak memory at several corpus
sizes, each in a fresh process; and the parse cache's cold, warm and one-new-article
runs. Each throughput line says how many numeric claims per 1,000 words its input has,
since claim reading costs per figure.

    .venv/bin/python benchmarks/bench_speed.py            # full run, a few minutes
    .venv/bin/python benchmarks/bench_speed.py --quick    # small sizes, under two minutes
    .venv/bin/python benchmarks/bench_speed.py --articles ../shared/corpus   # and real articles
    .venv/bin/python benchmarks/bench_speed.py --memory   # only the long-article memory line
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import NEWS_PROSE, corpus, folder, words

BATCH = 32


def _pipeline():
    from claimcheck.nlp import load_pipeline

    return load_pipeline()


def _bare_pass(nlp, texts: list[str]) -> None:
    """The same model over the same texts, without claimcheck's component."""
    from claimcheck.nlp import COMPONENT

    with nlp.select_pipes(disable=[COMPONENT]):
        for _ in nlp.pipe(texts, batch_size=BATCH):
            pass


def _bare(nlp, texts: list[str]) -> float:
    """Seconds of :func:`_bare_pass`."""
    start = time.perf_counter()
    _bare_pass(nlp, texts)
    return time.perf_counter() - start


def _extract_all(nlp, docs, cache=None) -> int:
    """claimcheck's extraction of ``docs``; the number of numeric claims it found."""
    from claimcheck.extract import extract_documents
    from claimcheck.models import ClaimKind

    return sum(
        1
        for _, claims in extract_documents(docs, nlp, batch_size=BATCH, cache=cache)
        for c in claims
        if c.kind is ClaimKind.QUANTITY
    )


def throughput(nlp, docs: list, repeats: int) -> dict:
    """Best-of-``repeats`` words/second for bare spaCy and for claimcheck, in wall and in
    CPU time, the two run alternately and each round in the other order (so a drift of
    the machine's speed favours neither)."""
    texts = [d.text for d in docs]
    _extract_all(nlp, docs[:16])  # warm up both paths
    wall: dict[str, list[float]] = {"bare": [], "claimcheck": []}
    cpu: dict[str, list[float]] = {"bare": [], "claimcheck": []}
    figures = 0
    steps = [("bare", lambda: _bare_pass(nlp, texts)), ("claimcheck", lambda: _extract_all(nlp, docs))]
    for k in range(repeats):
        for name, step in steps if k % 2 == 0 else steps[::-1]:
            began, began_cpu = time.perf_counter(), time.process_time()
            found = step()
            wall[name].append(time.perf_counter() - began)
            cpu[name].append(time.process_time() - began_cpu)
            figures = found or figures
    w = words(docs)
    return {
        "articles": len(docs),
        "words": w,
        "figures_per_1000_words": 1000 * figures / w,
        "bare_s": min(wall["bare"]),
        "claimcheck_s": min(wall["claimcheck"]),
        "bare_wps": w / min(wall["bare"]),
        "claimcheck_wps": w / min(wall["claimcheck"]),
        "ratio": min(wall["bare"]) / min(wall["claimcheck"]),
        "bare_cpu_s": min(cpu["bare"]),
        "claimcheck_cpu_s": min(cpu["claimcheck"]),
        "cpu_ratio": min(cpu["bare"]) / min(cpu["claimcheck"]),
    }


def _throughput_lines(nlp, n: int, repeats: int, articles: Path | None) -> dict[str, dict]:
    """Print the throughput table: news-like generated articles (the target's input), the
    figure-dense stress case, and a folder of real articles when given. The verdict reads
    the CPU-time ratio: the pipeline runs in this one process, and on a shared machine wall
    time also counts what other processes do (single wall-time rounds stray by a tenth)."""
    inputs = {
        "generated, news density": corpus(n, prose=NEWS_PROSE),
        "generated, figure-dense": corpus(n),
    }
    if articles is not None:
        inputs[f"real articles ({articles.name})"] = folder(articles)
    rows = {name: throughput(nlp, docs, repeats) for name, docs in inputs.items()}
    print(
        f"\nThroughput, best of {repeats} rounds, bare and claimcheck alternately "
        "(words/s in wall time; figures = numeric claims per 1,000 words):"
    )
    print(
        f"  {'input':<28} {'articles':>8} {'words':>8} {'figures':>8} {'bare':>8} {'claimcheck':>10} "
        f"{'ratio':>7} {'CPU ratio':>10}"
    )
    for name, r in rows.items():
        print(
            f"  {name:<28} {r['articles']:>8} {r['words']:>8,} {r['figures_per_1000_words']:>8.1f} "
            f"{r['bare_wps']:>8,.0f} {r['claimcheck_wps']:>10,.0f} {r['ratio']:>6.2f}x {r['cpu_ratio']:>9.2f}x"
        )
    dense = rows["generated, figure-dense"]
    news = [r["cpu_ratio"] for name, r in rows.items() if r is not dense]
    verdict = "meets" if min(news) >= 0.9 else "MISSES"
    print(
        f"  news-like inputs: at least {min(news):.2f}x bare spaCy in CPU time ({verdict} the 0.9x target); "
        f"figure-dense stress case: {dense['cpu_ratio']:.2f}x"
    )
    return rows


def components(n: int) -> dict[str, float]:
    """Seconds per pipeline component over ``n`` articles (tokenizer included)."""
    nlp = _pipeline()
    texts = [d.text for d in corpus(n)]
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    out = {"tokenizer": time.perf_counter() - start}
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.perf_counter() - start
    return out


def child(n: int) -> dict:
    """One corpus size in this (fresh) process: compare, bare parse, cache runs, peak memory."""
    from claimcheck.cache import ParseCache
    from claimcheck.compare import build_report, compare
    from claimcheck.extract import extract_documents
    from claimcheck.nlp import model_info

    nlp = _pipeline()
    docs = corpus(n)
    _extract_all(nlp, corpus(8, seed=99))  # warm-up on other texts
    start = time.perf_counter()
    report = compare(docs, nlp=nlp, batch_size=BATCH)
    compare_s = time.perf_counter() - start
    rss_compare = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bare_s = _bare(nlp, [d.text for d in docs])

    def cached_compare(documents, cache) -> float:
        begin = time.perf_counter()
        claims = [c for _, found in extract_documents(documents, nlp, batch_size=BATCH, cache=cache) for c in found]
        build_report(claims, sources=[d.source for d in documents], model=model_info(nlp))
        return time.perf_counter() - begin

    with tempfile.TemporaryDirectory() as tmp:
        cache = ParseCache(tmp)
        cold_s = cached_compare(docs, cache)
        warm_s = cached_compare(docs, cache)
        one_new_s = cached_compare(docs + corpus(1, seed=7), cache)
    return {
        "articles": n,
        "words": words(docs),
        "findings": len(report.findings),
        "compare_s": compare_s,
        "bare_s": bare_s,
        "peak_rss_mb": rss_compare,
        "cache_cold_s": cold_s,
        "cache_one_new_s": one_new_s,
        "cache_warm_s": warm_s,
        "peak_rss_all_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def long_articles(n: int, size: int) -> list:
    """``n`` generated articles of about ``size`` characters each (many short ones joined)."""
    from claimcheck.models import Document

    pool = corpus(40 * n, seed=11)
    out = []
    for i in range(n):
        parts, total, k = [], 0, i
        while total < size:
            text = pool[k % len(pool)].text
            parts.append(text)
            total += len(text) + 2
            k += n
        out.append(Document(text="\n\n".join(parts)[:size], source=f"long{i}"))
    return out


def memory_child(n: int, size: int, batch_chars: int | None) -> dict:
    """Peak memory of extract + compare over ``n`` articles of ``size`` characters, this process."""
    from claimcheck.compare import build_report
    from claimcheck.extract import BATCH_CHARS, extract_documents

    nlp = _pipeline()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    docs = long_articles(n, size)
    start = time.perf_counter()
    claims = [
        c
        for _, found in extract_documents(docs, nlp, batch_size=BATCH, batch_chars=batch_chars or BATCH_CHARS)
        for c in found
    ]
    report = build_report(claims, sources=[d.source for d in docs])
    return {
        "articles": n,
        "chars": sum(len(d.text) for d in docs),
        "claims": len(claims),
        "findings": len(report.findings),
        "seconds": time.perf_counter() - start,
        "model_mb": before,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "batch_chars": batch_chars or BATCH_CHARS,
    }


def _in_subprocess(n: int, *extra: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(n), *extra], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def memory_line(n: int = 20, size: int = 100_000, batch_chars: int | None = None) -> dict:
    """Print the peak-memory line for long articles (measured in a fresh process)."""
    extra = ["--memory-size", str(size)] + (["--batch-chars", str(batch_chars)] if batch_chars else [])
    r = _in_subprocess(n, "--memory-child", *extra)
    verdict = "meets" if r["peak_rss_mb"] < 1024 else "MISSES"
    print(
        f"\nLong articles: {r['articles']} of {size // 1000} KB ({r['chars']:,} characters), batch size {BATCH}, "
        f"batch_chars {r['batch_chars']:,}:"
    )
    print(
        f"  peak memory {r['peak_rss_mb']:,.0f} MB (pipeline loaded: {r['model_mb']:,.0f} MB), "
        f"{r['seconds']:.0f} s, {r['claims']:,} claims ({verdict} the 1 GB target)"
    )
    return r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a check in under two minutes")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--memory", action="store_true", help="only the peak-memory line for long articles")
    parser.add_argument("--articles", type=Path, help="also measure throughput on every *.txt under this folder")
    parser.add_argument("--batch-chars", type=int, help="characters per parsing batch (default: claimcheck's)")
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--memory-size", type=int, default=100_000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child and args.memory_child:
        print(json.dumps(memory_child(args.child, args.memory_size, args.batch_chars)))
        return 0
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    if args.memory:
        memory_line(batch_chars=args.batch_chars)
        return 0

    sizes = (10, 50) if args.quick else (10, 100, 1000)
    # single rounds stray by a tenth on a shared machine: even the quick check takes the best of 3
    tp_n, repeats = (60, 3) if args.quick else (300, 3)
    began = time.perf_counter()
    nlp = _pipeline()
    from claimcheck.nlp import model_info

    name, version = model_info(nlp)
    print(f"claimcheck speed benchmark: {name} {version}, {os.cpu_count()} cores, batch size {BATCH}, one process")

    tp = _throughput_lines(nlp, tp_n, repeats, args.articles)

    comp = components(min(tp_n, 100))
    total = sum(comp.values())
    print(f"\nWhere the time goes ({min(tp_n, 100)} articles, {total:.2f} s):")
    for stage, seconds in comp.items():
        print(f"  {stage:<18} {seconds:6.2f} s  {100 * seconds / total:5.1f}%")

    rows = [_in_subprocess(n) for n in sizes]
    print("\nEnd to end, one fresh process per size (compare = parse + claims + align + judge):")
    print(
        f"  {'articles':>8} {'words':>9} {'bare s':>8} {'compare s':>10} {'x bare':>7} "
        f"{'ms/article':>10} {'peak MB':>8}"
    )
    for r in rows:
        print(
            f"  {r['articles']:>8} {r['words']:>9,} {r['bare_s']:>8.2f} {r['compare_s']:>10.2f} "
            f"{r['compare_s'] / r['bare_s']:>7.2f} {1000 * r['compare_s'] / r['articles']:>10.1f} "
            f"{r['peak_rss_mb']:>8.0f}"
        )
    print("\nParse cache (extract + report; cold = empty cache, +1 new = warm set plus one new article):")
    print(f"  {'articles':>8} {'cold s':>8} {'+1 new s':>9} {'warm s':>8} {'warm/cold':>10}")
    for r in rows:
        print(
            f"  {r['articles']:>8} {r['cache_cold_s']:>8.2f} {r['cache_one_new_s']:>9.2f} "
            f"{r['cache_warm_s']:>8.2f} {r['cache_warm_s'] / r['cache_cold_s']:>9.1%}"
        )
    memory = memory_line(*((5, 100_000) if args.quick else (20, 100_000)))
    print(f"\nBenchmark took {time.perf_counter() - began:.0f} s.")
    if args.json:
        args.json.write_text(
            json.dumps({"throughput": tp, "components": comp, "sizes": rows, "memory": memory}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
