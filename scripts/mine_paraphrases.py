"""List candidate measure paraphrases from article sets, for review before they enter the lexicon.

Two outlets that give the same distinctive figure ("2,116", "$1,099", "13") about one
event are most likely stating one fact; when they word it with different counted nouns
("shots" / "bullets") or different verbs ("freed" / "released"), those words are
candidate synonyms. This script reads each folder of articles (one event per folder),
pairs figures of equal value and unit across sources, and prints the word pairs that
recur, with how many events and figures back each one and an example::

    python scripts/mine_paraphrases.py ../shared/corpus/ecbplus            # every cluster
    python scripts/mine_paraphrases.py FOLDER --min-events 2 --limit 40

Nothing is added to ``data/measures.json`` automatically: a person reads the list and
adds the pairs that are true synonyms (many are not: "points" / "rebounds" can share
a value by chance).
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path

from claimcheck.extract import extract_documents
from claimcheck.lexicon import predicate_class
from claimcheck.measure import load_measures, measure_of
from claimcheck.models import Claim, Document
from claimcheck.nlp import load_pipeline


def distinctive(claim: Claim) -> bool:
    """Whether a figure's value is unlikely to be shared by chance: exact, not a year,
    and either 13 or more and not a multiple of ten, or written with three digits or more."""
    q = claim.quantity
    if q is None or q.value is None or q.low != q.high or not math.isfinite(q.value):
        return False
    value = q.value
    if 1900 <= value <= 2100 and value == int(value) and not q.unit:
        return False  # most likely a year
    return (value >= 13 and value % 10 != 0) or value >= 100


def _words(claim: Claim) -> tuple[str, str]:
    return (claim.noun_lemma or "").lower(), predicate_class(claim.predicate) or ""


def _known(kind: str, x: str, y: str) -> bool:
    """Whether the lexicon already makes two nouns one measure or one counted thing."""
    if kind != "noun":
        return predicate_class(x) == predicate_class(y)
    a, b = measure_of(x, None), measure_of(y, None)
    return a is not None and a == b


def candidate_pairs(claims: Iterable[Claim]) -> dict[tuple[str, str, str], list[tuple[Claim, Claim]]]:
    """(kind, word a, word b) -> the figure pairs that word it both ways, for one event."""
    by_value: dict[tuple[float, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if distinctive(claim):
            by_value[(claim.quantity.value, claim.quantity.unit or "")].append(claim)  # type: ignore[union-attr]
    found: dict[tuple[str, str, str], list[tuple[Claim, Claim]]] = defaultdict(list)
    light = load_measures().light_verbs  # "is", "has", "said" word every fact
    for same in by_value.values():
        for a, b in combinations(same, 2):
            if a.source == b.source:
                continue
            (noun_a, verb_a), (noun_b, verb_b) = _words(a), _words(b)
            for kind, x, y in (("noun", noun_a, noun_b), ("verb", verb_a, verb_b)):
                if x and y and x != y and not {x, y} & light and not _known(kind, x, y):
                    first, second = sorted((x, y))
                    found[(kind, first, second)].append((a, b))
    return found


def mine(folders: Sequence[Path]) -> list[tuple[tuple[str, str, str], int, int, tuple[Claim, Claim]]]:
    """Candidate pairs over every folder: (pair, events, figure pairs, an example), most backed first."""
    nlp = load_pipeline()
    events: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    backing: dict[tuple[str, str, str], list[tuple[Claim, Claim]]] = defaultdict(list)
    for folder in folders:
        docs = [
            Document(text=p.read_text(encoding="utf-8"), source=f"{folder.name}/{p.stem}")
            for p in sorted(folder.glob("*.txt"))
        ]
        claims = [c for _, found in extract_documents(docs, nlp) for c in found]
        for pair, figures in candidate_pairs(claims).items():
            events[pair].add(folder.name)
            backing[pair].extend(figures)
    ranked = sorted(backing, key=lambda p: (-len(events[p]), -len(backing[p]), p))
    return [(p, len(events[p]), len(backing[p]), backing[p][0]) for p in ranked]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .txt articles, or of such folders (one per event)")
    parser.add_argument("--min-events", type=int, default=1, help="only pairs seen in this many events")
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()
    subfolders = sorted(p for p in args.folder.iterdir() if p.is_dir())
    rows = mine(subfolders or [args.folder])
    shown = 0
    for (kind, x, y), n_events, n_figures, (a, b) in rows:
        if n_events < args.min_events or shown >= args.limit:
            continue
        shown += 1
        print(
            f"{kind:4} {x!r} ~ {y!r}: {n_events} event(s), {n_figures} figure pair(s); "
            f"e.g. {a.source} {a.text!r} / {b.source} {b.text!r}"
        )
    if not shown:
        print("no candidate pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
