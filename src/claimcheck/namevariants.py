"""Names of places and organisations that one outlet writes differently from another.

"Berne" / "Bern" and "Trail Blazers" / "Trailblazers" are one name spelled two ways;
"Central Election Commission of Elbonia" / "Central Commission for Elections" is one name
worded two ways. "Iran" / "Iraq", "Utah Supreme Court" / "Supreme Court" and "Ohio State"
/ "Ohio State University" are left apart: a letter, a word in front or words after a name
may make another thing, and the words alone cannot tell.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from claimcheck.entities import canonical

__all__ = [
    "NameRelation",
    "how_they_differ",
    "relation",
    "spelled_alike",
    "variant_pairs",
    "vowels_apart",
    "written_forms",
]

#: Words that do not tell one organisation's name from another's.
_GLUE = frozenset({"of", "the", "for", "and", "in", "on", "at", "a", "an", "to"})
_VOWELS = frozenset("aeiouy")
#: A one-letter change is a spelling only in a word this long or longer.
_MIN_SPELLED = 4
#: Words that differ only in vowels are one word spelled two ways from this length.
_MIN_SKELETON = 3


class NameRelation(enum.Enum):
    """How two names of one entity differ."""

    SAME = "same"
    #: one letter, a space or a doubled letter apart: "Berne" / "Bern", "Sea Micro" / "SeaMicro";
    #: or one word of a longer name in other vowels: "Young Guns" / "Young Goon"
    SPELLING = "spelling"
    #: the same words in another order or form, or words added inside a long name:
    #: "Election Commission" / "Commission for Elections"
    WORDING = "wording"


@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    return tuple(canonical(name).split())


def _stem(word: str) -> str:
    """A content word's plain form: "elections" -> "election", "referenda" -> "referendum"."""
    if word.endswith("a") and len(word) > 6:  # referenda, criteria
        return word[:-1] + "um"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _content(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(_stem(w) for w in words if w not in _GLUE)


def spelled_alike(a: str, b: str) -> bool:
    """Whether two words are one spelling apart: a vowel for a vowel, or one letter more
    that is a vowel or doubles its neighbour ("Berne" / "Bern", "Hickock" / "Hickok").

    A consonant for a consonant ("Iran" / "Iraq") is another word, not a spelling.
    """
    if a == b:
        return True
    if min(len(a), len(b)) < _MIN_SPELLED or a[0] != b[0]:
        return False
    ops = list(Levenshtein.editops(a, b))
    if len(ops) != 1:
        return False
    tag, src_pos, dest_pos = ops[0].tag, ops[0].src_pos, ops[0].dest_pos
    if tag == "replace":
        return a[src_pos] in _VOWELS and b[dest_pos] in _VOWELS
    longer, pos = (a, src_pos) if tag == "delete" else (b, dest_pos)
    letter = longer[pos]
    doubled = (pos > 0 and longer[pos - 1] == letter) or (pos + 1 < len(longer) and longer[pos + 1] == letter)
    return letter in _VOWELS or doubled


def vowels_apart(a: str, b: str) -> bool:
    """Whether two words differ only in their vowels ("Guns" / "Goon", "Maclean" / "McLean"):
    the same first letter and the same consonants in order, once a plural "s" is dropped.

    Said of one word of a longer name whose other words agree ("Young Guns" / "Young
    Goon"); two one-word names so alike ("Bart" / "Bert") are often two names.
    """
    a, b = _stem(a), _stem(b)
    if a == b or min(len(a), len(b)) < _MIN_SKELETON or a[0] != b[0]:
        return False
    return _skeleton(a) == _skeleton(b)


def _skeleton(word: str) -> str:
    return "".join(ch for ch in word if ch not in _VOWELS)


def relation(a: str, b: str) -> NameRelation | None:
    """How two names of a place or organisation relate, or None when they are two names."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return None
    if wa == wb:
        return NameRelation.SAME
    if "".join(wa) == "".join(wb):
        return NameRelation.SPELLING
    if len(wa) == len(wb):
        differ = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y]
        if len(differ) == 1 and (spelled_alike(*differ[0]) or (len(wa) > 1 and vowels_apart(*differ[0]))):
            return NameRelation.SPELLING
    ca, cb = _content(wa), _content(wb)
    if ca == cb and len(ca) > 1:
        return NameRelation.SAME  # "Fire & Rescue" / "Fire and Rescue"
    if len(ca) < 2 or len(cb) < 2 or ca[0] != cb[0]:
        return None  # "Supreme Court" / "Utah Supreme Court": a word in front names another body
    if set(ca) == set(cb):
        return NameRelation.WORDING
    short, long_ = (ca, cb) if len(ca) < len(cb) else (cb, ca)
    if len(short) < 3 or not set(short) < set(long_) or long_[: len(short)] == short:
        # "Ohio State" / "Ohio State University", "Missouri Valley Conference" / "... Tournament":
        # words added after a name make a style or another thing, which the words cannot tell apart
        return None
    in_order = [w for w in long_ if w in short] == list(short)
    # words added inside a long name keep its first and last words ("Church of [Jesus Christ of]
    # Latter Day Saints"); the same words reordered are one name worded two ways
    return NameRelation.WORDING if not in_order or short[-1] == long_[-1] else None


def variant_pairs(
    names: Iterable[str], sources: Mapping[str, frozenset[str]], labels: Mapping[str, str]
) -> list[tuple[str, str]]:
    """Pairs of names (of places or organisations) that are one name written two ways.

    Only names of one kind pair ("New York" the place is not "New York Times"). Names are
    compared within blocks of the same first three letters, so the cost grows with
    look-alike names, not with all pairs. A one-letter spelling joins two names only when
    no source writes both (an article that writes "Mali" and "Male" means two places).
    """
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in sorted(set(names)):
        words = _words(name)
        if words:
            blocks[words[0][:3]].append(name)
    pairs: list[tuple[str, str]] = []
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if labels.get(a) != labels.get(b):
                    continue
                rel = relation(a, b)
                if rel is None or rel is NameRelation.SAME:
                    continue
                if (
                    rel is NameRelation.SPELLING
                    and "".join(_words(a)) != "".join(_words(b))
                    and (sources.get(a, frozenset()) & sources.get(b, frozenset()))
                ):
                    continue
                pairs.append((a, b))
    return pairs


def spelling_variant(a: str, b: str) -> bool:
    """Whether two names differ by spelling (not by wording or style)."""
    return relation(a, b) is NameRelation.SPELLING


def written_forms(forms_by_source: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """The ways sources write one name, each with the sources using it; a short form a
    source also writes in full ("Crowley" beside "Crowley Petroleum") is that source's
    style, not another name, and is left out."""
    out: dict[str, set[str]] = defaultdict(set)
    for source, forms in forms_by_source.items():
        unique = {canonical(f): f for f in sorted(set(forms))}
        for key, form in unique.items():
            if any(
                other != key and relation(form, full) is NameRelation.WORDING and len(_words(full)) > len(_words(form))
                for other, full in unique.items()
            ):
                continue
            out[form].add(source)
    # forms that differ only in case, punctuation or joining words are one form
    merged: dict[str, set[str]] = {}
    for form in sorted(out, key=lambda f: (-len(out[f]), f)):
        same = next((m for m in merged if relation(m, form) is NameRelation.SAME), None)
        merged.setdefault(same or form, set()).update(out[form])
    return {form: sorted(srcs) for form, srcs in merged.items()}


def how_they_differ(forms: Iterable[str]) -> NameRelation:
    """SPELLING when every two forms are spelling variants, else WORDING."""
    forms = list(forms)
    if all(relation(a, b) in (NameRelation.SPELLING, NameRelation.SAME) for a in forms for b in forms):
        return NameRelation.SPELLING
    return NameRelation.WORDING
