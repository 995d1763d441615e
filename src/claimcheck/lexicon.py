"""Small word lists the rules rely on, kept as data in ``data/lexicon.json`` and documented there.

Predicate classes say when two reports describe the same event in different words
("freed" / "released", "languish" / "remain"); titles mark the role before a name. Each
list is loaded once, as a frozenset (or a dict for the classes), under the name below.
The lists that alignment and verdicts use also travel as one :class:`Lexicon` value in a
run's ``Config``, so a run can add words to them without editing the package.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

__all__ = [
    "AGE_UNITS",
    "DENY_VERBS",
    "ENTITY_LABELS",
    "EVENT_NOUNS",
    "GROUP_NOUNS",
    "INCREMENT_WORDS",
    "INFLECTIONS",
    "INTERVAL_WORDS",
    "NICKNAME_CUES",
    "OFFICES",
    "ORG_NOUNS",
    "PACKAGED",
    "PARENT_NOUNS",
    "PART_WORDS",
    "PERIOD_NOUNS",
    "PERIOD_WORDS",
    "PLACE_UNITS",
    "PREDICATE_CLASSES",
    "SAY_VERBS",
    "STAGE_NOUNS",
    "STOP_WORDS",
    "STRETCH_WORDS",
    "TALLY_NOUNS",
    "TITLE_WORDS",
    "WEAK_PREDICATES",
    "WHOLE_MARKERS",
    "Lexicon",
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
GROUP_NOUNS = _words("group_nouns")
NICKNAME_CUES = _words("nickname_cues")
STAGE_NOUNS = _words("stage_nouns")
INTERVAL_WORDS = _words("interval_words")


def predicate_class(lemma: str | None) -> str | None:
    """The event class of a predicate lemma ("freed" -> "release"), or the lemma itself."""
    return PACKAGED.predicate_class(lemma)


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


def _frozen_classes(classes: Mapping[str, Iterable[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(members)) for name, members in classes.items())


@attrs.frozen
class Lexicon:
    """The word lists alignment and verdicts read, as one frozen value a ``Config`` carries.

    ``Lexicon.packaged()`` is ``data/lexicon.json``; :meth:`extended` adds words (and event
    classes) for one run: ``Config(lexicon=PACKAGED.extended(weak_predicates=["hold"]))``.
    The claim readers keep the packaged lists, which the parse cache is keyed on.
    """

    #: event classes, in file order: every lemma of a class is read as its name
    predicate_classes: tuple[tuple[str, tuple[str, ...]], ...]
    weak_predicates: frozenset[str]
    stretch_words: frozenset[str]
    whole_markers: frozenset[str]
    place_units: frozenset[str]
    offices: frozenset[str]
    _class_of: dict[str, str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        class_of: dict[str, str] = {}
        for name, members in self.predicate_classes:
            for lemma in members:
                class_of.setdefault(lemma, name)  # the first class that lists a lemma wins
        object.__setattr__(self, "_class_of", class_of)

    @classmethod
    def packaged(cls) -> Lexicon:
        """The lists shipped in ``data/lexicon.json``."""
        return cls(
            predicate_classes=_frozen_classes(PREDICATE_CLASSES),
            weak_predicates=WEAK_PREDICATES,
            stretch_words=STRETCH_WORDS,
            whole_markers=WHOLE_MARKERS,
            place_units=PLACE_UNITS,
            offices=OFFICES,
        )

    def extended(self, predicate_classes: Mapping[str, Iterable[str]] | None = None, **words: Iterable[str]) -> Lexicon:
        """This lexicon with words added: ``words`` by list name, ``predicate_classes`` by
        class name (new classes come last); an unknown list name is an error."""
        known = {f.name for f in attrs.fields(Lexicon) if f.init and f.name != "predicate_classes"}
        unknown = sorted(set(words) - known)
        if unknown:
            raise ValueError(f"unknown word list(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        classes = {name: list(members) for name, members in self.predicate_classes}
        for name, members in (predicate_classes or {}).items():
            classes.setdefault(name, [])
            classes[name] += [m.lower() for m in members if m.lower() not in classes[name]]
        lists = {name: getattr(self, name) | {w.lower() for w in extra} for name, extra in words.items()}
        return attrs.evolve(self, predicate_classes=_frozen_classes(classes), **lists)

    @property
    def classes(self) -> frozenset[str]:
        """The names of the event classes."""
        return frozenset(name for name, _ in self.predicate_classes)

    def predicate_class(self, lemma: str | None) -> str | None:
        """The event class of a predicate lemma ("freed" -> "release"), or the lemma itself."""
        if not lemma:
            return None
        lemma = lemma.lower()
        return self._class_of.get(lemma, lemma)


#: The packaged lexicon, which a ``Config`` without its own uses.
PACKAGED = Lexicon.packaged()
