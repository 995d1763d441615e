"""Near-duplicate articles: a wire story and its reprints are one voice, not several.

Two articles are copies when most of the shorter one's paragraphs (by length) reappear,
nearly word for word, in the other. Paragraphs are compared normalised (case, spacing
and punctuation folded) with rapidfuzz, so a changed headline, a house style for quotes
or a trimmed last paragraph do not hide a copy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from claimcheck.disjoint import DisjointSets
from claimcheck.models import Document
from claimcheck.sources.published import sort_key

__all__ = ["COPY_SHARE", "PARAGRAPH_SIMILARITY", "find_copies", "paragraphs"]

#: How alike (0-100) two normalised paragraphs must be to count as the same paragraph.
PARAGRAPH_SIMILARITY = 90.0
#: Share of the shorter article's text that must reappear in the other for a copy.
COPY_SHARE = 0.8
#: Words at each end of a paragraph that index it for finding candidate pairs.
_KEY_WORDS = 6
#: Paragraphs shorter than this (bylines, "Advertisement") say nothing about copying.
_MIN_PARAGRAPH = 40


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs worth comparing, normalised (blank lines or lines split them)."""
    parts = re.split(r"\n\s*\n", text) if "\n\n" in text.replace("\r", "") else text.splitlines()
    return [p for p in (_normalise(p) for p in parts) if len(p) >= _MIN_PARAGRAPH]


def _shared(shorter: list[str], longer: list[str]) -> float:
    """The share of ``shorter``'s text that has a near-identical paragraph in ``longer``."""
    if not shorter or not longer:
        return 0.0
    scores = process.cdist(shorter, longer, scorer=fuzz.ratio, score_cutoff=PARAGRAPH_SIMILARITY)
    matched = sum(len(p) for p, row in zip(shorter, scores, strict=False) if row.max() > 0)
    return matched / sum(len(p) for p in shorter)


def _candidates(paras: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Pairs of articles worth comparing: they share a paragraph's first or last words.

    Two near-identical paragraphs differ little, so almost always at one end only; the
    inverted index makes the search grow with the shared openings, not with all pairs.
    """
    index: dict[str, set[str]] = {}
    for source, parts in paras.items():
        for paragraph in parts:
            words = paragraph.split()
            for key in (" ".join(words[:_KEY_WORDS]), " ".join(words[-_KEY_WORDS:])):
                index.setdefault(key, set()).add(source)
    pairs = {(a, b) for group in index.values() if len(group) > 1 for a in group for b in group if a < b}
    return sorted(pairs)


def find_copies(documents: Sequence[Document]) -> tuple[tuple[str, str], ...]:
    """(copy, original) for every article that copies another, sorted.

    Copies are grouped transitively; the original of a group is its earliest published
    article, else its longest, else the first by name. An article never copies itself.
    """
    paras = {d.source: paragraphs(d.text) for d in documents}
    sets = DisjointSets(sorted(paras))
    for a, b in _candidates(paras):
        if sets.find(a) != sets.find(b):
            pa, pb = paras[a], paras[b]
            shorter, longer = (pa, pb) if sum(map(len, pa)) <= sum(map(len, pb)) else (pb, pa)
            if _shared(shorter, longer) >= COPY_SHARE:
                sets.union(a, b)
    by_source = {d.source: d for d in documents}
    groups = sets.groups()
    pairs = []
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(
            members,
            key=lambda s: (sort_key(by_source[s].published), -len(by_source[s].text), s),
        )
        pairs += [(s, original) for s in members if s != original]
    return tuple(sorted(pairs))
