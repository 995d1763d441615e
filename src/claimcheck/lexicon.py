"""Small word lists the rules rely on, kept as data in ``data/lexicon.json`` and documented there.

Predicate classes say when two reports describe the same event in different words
("freed" / "released", "languish" / "remain"); titles mark the role before a name. Each
list is loaded once, as a frozenset (or a dict for the classes), under the name below.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = [
    "AGE_UNITS",
    "DENY_VERBS",
    "ENTITY_LABELS",
    "EVENT_NOUNS",
    "INCREMENT_WORDS",
    "INFLECTIONS",
    "INTERVAL_WORDS",
    "OFFICES",
    "ORG_NOUNS",
    "PARENT_NOUNS",
    "PART_WORDS",
    "PERIOD_NOUNS",
    "PERIOD_WORDS",
    "PLACE_UNITS",
    "PREDICATE_CLASSES",
    "SAY_VERBS",
    "STOP_WORDS",
    "STRETCH_WORDS",
    "TALLY_NOUNS",
    "TITLE_WORDS",
    "WEAK_PREDICATES",
    "WHOLE_MARKERS",
    "predicate_class",
]


def _data() -> dict[str, Any]:
    text = resources.files("claimcheck").joinpath("data", "lexicon.json").read_text(encoding="utf-8")
    return json.loads(text)


_LISTS = _data()

#: Event classes: every lemma on the right is read as the class on the left.
PREDICATE_CLASSES: dict[str, tuple[str, ...]] = {
    name: tuple(members) for name, members in _LISTS["predicate_classes"]["classes"].items()
}


def _words(name: str) -> frozenset[str]:
    return frozenset(_LISTS[name]["words"])


WEAK_PREDICATES = _words("weak_predicates")
EVENT_NOUNS = _words("event_nouns")
PERIOD_NOUNS = _words("period_nouns")
PERIOD_WORDS = _words("period_words")
STRETCH_WORDS = _words("stretch_words")
PART_WORDS = _words("part_words")
INCREMENT_WORDS = _words("increment_words")
PARENT_NOUNS = _words("parent_nouns")
AGE_UNITS = _words("age_units")
SAY_VERBS = _words("say_verbs")
ENTITY_LABELS = _words("entity_labels")
DENY_VERBS = _words("deny_verbs")
TALLY_NOUNS = _words("tally_nouns")
ORG_NOUNS = _words("org_nouns")
TITLE_WORDS = _words("title_words")
OFFICES = _words("offices")
STOP_WORDS = _words("stop_words")
WHOLE_MARKERS = _words("whole_markers")
PLACE_UNITS = _words("place_units")
INTERVAL_WORDS = _words("interval_words")


def predicate_class(lemma: str | None) -> str | None:
    """The event class of a predicate lemma ("freed" -> "release"), or the lemma itself."""
    if not lemma:
        return None
    lemma = lemma.lower()
    for name, members in PREDICATE_CLASSES.items():
        if lemma in members:
            return name
    return lemma


def _inflections() -> dict[str, str]:
    """Inflected forms of the predicate lemmas, for pipelines without a lemmatizer."""
    forms: dict[str, str] = dict(_LISTS["irregular_forms"]["forms"])
    for members in PREDICATE_CLASSES.values():
        for lemma in members:
            forms.setdefault(lemma, lemma)
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            for suffix in ("s", "es", "ed", "ing"):
                forms.setdefault(stem + suffix if suffix != "s" else lemma + "s", lemma)
            forms.setdefault(lemma + "d", lemma)
    return forms


INFLECTIONS: dict[str, str] = _inflections()
