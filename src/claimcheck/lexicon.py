"""Small word lists the rules rely on, kept as data in ``data/lexicon.json`` and documented there.

Predicate classes say when two reports describe the same event in different words
("freed" / "released", "languish" / "remain"); titles mark the role before a name. Each
list is loaded once, as a frozenset (or a dict for the classes), under the name below.
All of them also travel as one :class:`Lexicon` value in a run's ``Config``, so a run can
add words to them without editing the package: the claim readers get the additions to
their lists through the claim component's ``words`` config, alignment through the ``Config``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

__all__ = [
    "AGE_UNITS",
    "ATTEND",
    "CAPACITY_VERBS",
    "CHANGE_VERBS",
    "CHARGE_NOUNS",
    "COLLECTIVE_NOUNS",
    "DEATH_PLACES",
    "DENY_VERBS",
    "ENTITY_LABELS",
    "ESTIMATE_VERBS",
    "EVENT_NOUNS",
    "FALLING_VERBS",
    "GROUP_NOUNS",
    "INCREMENT_WORDS",
    "INFLECTIONS",
    "INTERVAL_WORDS",
    "KIN_NOUNS",
    "LASTING_VERBS",
    "LEMMA_FIXES",
    "LEVEL_VERBS",
    "LINKING_VERBS",
    "MARGIN_VERBS",
    "MEMBER_NOUNS",
    "NICKNAME_CUES",
    "OCCURRENCE_VERBS",
    "OFFICES",
    "ONCE_EVENTS",
    "ORG_NOUNS",
    "PACKAGED",
    "PARENT_NOUNS",
    "PART_WORDS",
    "PERIOD_NOUNS",
    "PERIOD_WORDS",
    "PHRASAL_VERBS",
    "PLACE_UNITS",
    "PORTION_NOUNS",
    "PREDICATE_CLASSES",
    "RATE_PERIODS",
    "READER_LISTS",
    "RESULT_VERBS",
    "SAY_VERBS",
    "STAGE_NOUNS",
    "STOP_WORDS",
    "STRETCH_WORDS",
    "TALLY_NOUNS",
    "TALLY_VERBS",
    "TERM_VERBS",
    "TITLE_WORDS",
    "UNDERGOER_VERBS",
    "VENUE_SCOPES",
    "WEAK_PREDICATES",
    "WHOLE_MARKERS",
    "WORD_LISTS",
    "Lexicon",
    "predicate_class",
    "reader_lexicon",
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
#: Where the dead or hurt were counted, and the place each phrase names ("in hospital" -> "hospital").
DEATH_PLACES: dict[str, str] = dict(_LISTS["death_places"]["forms"])
#: Where a team's figures were made, and the venue each phrase names ("on the road" -> "away").
VENUE_SCOPES: dict[str, str] = dict(_LISTS["venue_scopes"]["forms"])
GROUP_NOUNS = _words("group_nouns")
NICKNAME_CUES = _words("nickname_cues")
STAGE_NOUNS = _words("stage_nouns")
ONCE_EVENTS = _words("once_events")
INTERVAL_WORDS = _words("interval_words")
KIN_NOUNS = _words("kin_nouns")
MEMBER_NOUNS = _words("member_nouns")
OCCURRENCE_VERBS = _words("occurrence_verbs")
PORTION_NOUNS = _words("portion_nouns")
#: The event class of verbs of a crowd ("attended the funeral", "the rally drew 10,000").
ATTEND = "attend"
CHANGE_VERBS = _words("change_verbs")
FALLING_VERBS = _words("falling_verbs")
LEVEL_VERBS = _words("level_verbs")
ESTIMATE_VERBS = _words("estimate_verbs")
TALLY_VERBS = _words("tally_verbs")
LINKING_VERBS = _words("linking_verbs")
COLLECTIVE_NOUNS = _words("collective_nouns")
CHARGE_NOUNS = _words("charge_nouns")
TERM_VERBS = _words("term_verbs")
UNDERGOER_VERBS = _words("undergoer_verbs")
CAPACITY_VERBS = _words("capacity_verbs")
RATE_PERIODS = _words("rate_periods")
MARGIN_VERBS = _words("margin_verbs")
LASTING_VERBS = _words("lasting_verbs")
#: Verbs that tell the state their object is left in, and their past forms ("leave" -> "left").
RESULT_VERBS: dict[str, str] = dict(_LISTS["result_verbs"]["forms"])
#: Written forms the model lemmatises wrongly, and their lemmas ("fined" -> "fine", not "fin").
LEMMA_FIXES: dict[str, str] = dict(_LISTS["lemma_fixes"]["forms"])
#: Verb and particle -> the lemma the phrase means ("make off" -> "steal"; ``phrasal_verbs``).
PHRASAL_VERBS: dict[str, str] = dict(_LISTS["phrasal_verbs"]["forms"])


def predicate_class(lemma: str | None) -> str | None:
    """The event class of a predicate lemma ("freed" -> "release"), or the lemma itself."""
    return PACKAGED.predicate_class(lemma)


def _inflections() -> dict[str, str]:
    """Inflected forms of the predicate lemmas, for pipelines without a lemmatizer."""
    forms: dict[str, str] = dict(_LISTS["irregular_forms"]["forms"])
    for members in PREDICATE_CLASSES.values():
        for lemma in members:
            forms.setdefault(lemma, lemma)
            stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
            for suffix in ("s", "es", "ed", "ing"):
                forms.setdefault(stem + suffix if suffix != "s" else lemma + "s", lemma)
            forms.setdefault(lemma + "d", lemma)
            if lemma.endswith("ie"):
                forms.setdefault(lemma[:-2] + "ying", lemma)  # "die" -> "dying"
            if _DOUBLES.fullmatch(lemma):
                for suffix in ("ed", "ing"):  # "drop" -> "dropped", "win" -> "winning"
                    forms.setdefault(lemma + lemma[-1] + suffix, lemma)
    return forms


#: A short verb that doubles its last consonant before "-ed" and "-ing": one vowel, then
#: one consonant that is not w, x or y ("drop", "win", "cut"; not "vote", "keep", "pay").
_DOUBLES = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


INFLECTIONS: dict[str, str] = _inflections()


def _frozen_classes(
    classes: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Event classes as nested tuples, in order: from a mapping or from (name, members) pairs."""
    return tuple((name, tuple(members)) for name, members in dict(classes).items())


def _words_field(data: str, reader: bool, fold: Callable[[str], str] = str.lower) -> Any:
    """A word list of :class:`Lexicon`: the packaged list ``data`` by default, ``reader`` when
    the claim readers read it (so additions to it travel into the claim component's config),
    ``fold`` the case its words are kept in."""
    return attrs.field(default=_words(data), converter=frozenset, metadata={"reader": reader, "fold": fold})


@attrs.frozen(cache_hash=True)
class Lexicon:
    """Every word list the rules read, as one frozen value a ``Config`` carries.

    ``Lexicon.packaged()`` is ``data/lexicon.json``; :meth:`extended` adds words (and event
    classes) for one run: ``Config(lexicon=PACKAGED.extended(title_words=["commissar"]))``.
    Additions to the lists the claim readers read (:data:`READER_LISTS`) go into the claim
    component's config, so the parse cache keys on them; the rest only change alignment.
    """

    #: event classes, in file order: every lemma of a class is read as its name
    predicate_classes: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(
        default=_frozen_classes(PREDICATE_CLASSES), converter=_frozen_classes
    )
    # the first five, in this order, as before: read by alignment and verdicts
    weak_predicates: frozenset[str] = _words_field("weak_predicates", reader=False)
    #: also read by the claim readers: "the first eight points" keeps "first" with its noun
    stretch_words: frozenset[str] = _words_field("stretch_words", reader=True)
    whole_markers: frozenset[str] = _words_field("whole_markers", reader=False)
    place_units: frozenset[str] = _words_field("place_units", reader=False)
    offices: frozenset[str] = _words_field("offices", reader=False)
    stage_nouns: frozenset[str] = _words_field("stage_nouns", reader=False)
    once_events: frozenset[str] = _words_field("once_events", reader=False)
    # read by the claim readers (say_verbs and interval_words by alignment too)
    interval_words: frozenset[str] = _words_field("interval_words", reader=True)
    say_verbs: frozenset[str] = _words_field("say_verbs", reader=True)
    deny_verbs: frozenset[str] = _words_field("deny_verbs", reader=True)
    title_words: frozenset[str] = _words_field("title_words", reader=True)
    event_nouns: frozenset[str] = _words_field("event_nouns", reader=True)
    period_nouns: frozenset[str] = _words_field("period_nouns", reader=True)
    period_words: frozenset[str] = _words_field("period_words", reader=True)
    part_words: frozenset[str] = _words_field("part_words", reader=True)
    increment_words: frozenset[str] = _words_field("increment_words", reader=True)
    parent_nouns: frozenset[str] = _words_field("parent_nouns", reader=True)
    age_units: frozenset[str] = _words_field("age_units", reader=True)
    tally_nouns: frozenset[str] = _words_field("tally_nouns", reader=True)
    org_nouns: frozenset[str] = _words_field("org_nouns", reader=True)
    group_nouns: frozenset[str] = _words_field("group_nouns", reader=True)
    nickname_cues: frozenset[str] = _words_field("nickname_cues", reader=True)
    stop_words: frozenset[str] = _words_field("stop_words", reader=True)
    kin_nouns: frozenset[str] = _words_field("kin_nouns", reader=True)
    member_nouns: frozenset[str] = _words_field("member_nouns", reader=True)
    occurrence_verbs: frozenset[str] = _words_field("occurrence_verbs", reader=True)
    portion_nouns: frozenset[str] = _words_field("portion_nouns", reader=True)
    change_verbs: frozenset[str] = _words_field("change_verbs", reader=True)
    falling_verbs: frozenset[str] = _words_field("falling_verbs", reader=True)
    lasting_verbs: frozenset[str] = _words_field("lasting_verbs", reader=True)
    level_verbs: frozenset[str] = _words_field("level_verbs", reader=True)
    estimate_verbs: frozenset[str] = _words_field("estimate_verbs", reader=True)
    tally_verbs: frozenset[str] = _words_field("tally_verbs", reader=True)
    linking_verbs: frozenset[str] = _words_field("linking_verbs", reader=True)
    collective_nouns: frozenset[str] = _words_field("collective_nouns", reader=True)
    charge_nouns: frozenset[str] = _words_field("charge_nouns", reader=True)
    term_verbs: frozenset[str] = _words_field("term_verbs", reader=True)
    undergoer_verbs: frozenset[str] = _words_field("undergoer_verbs", reader=True)
    capacity_verbs: frozenset[str] = _words_field("capacity_verbs", reader=True)
    rate_periods: frozenset[str] = _words_field("rate_periods", reader=True)
    margin_verbs: frozenset[str] = _words_field("margin_verbs", reader=True)
    entity_labels: frozenset[str] = _words_field("entity_labels", reader=True, fold=str.upper)
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
        return cls()

    def extended(self, predicate_classes: Mapping[str, Iterable[str]] | None = None, **words: Iterable[str]) -> Lexicon:
        """This lexicon with words added: ``words`` by list name, ``predicate_classes`` by
        class name (new classes come last); an unknown list name or an empty word is an error."""
        unknown = sorted(set(words) - WORD_LISTS)
        if unknown:
            raise ValueError(f"unknown word list(s) {', '.join(unknown)}; known: {', '.join(sorted(WORD_LISTS))}")
        classes = {name: list(members) for name, members in self.predicate_classes}
        for name, members in (predicate_classes or {}).items():
            classes.setdefault(name, [])
            classes[name] += [m for m in _clean("predicate_classes", members) if m not in classes[name]]
        lists = {name: getattr(self, name).union(_clean(name, extra)) for name, extra in words.items()}
        return attrs.evolve(self, predicate_classes=classes, **lists)

    def reader_additions(self) -> dict[str, list[str]]:
        """The words this lexicon adds to the packaged lists the claim readers read, by list
        name, sorted (lists it adds nothing to left out): the claim component's ``words``."""
        added = {name: sorted(getattr(self, name) - getattr(PACKAGED, name)) for name in sorted(READER_LISTS)}
        return {name: words for name, words in added.items() if words}

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


_FIELDS = {f.name: f for f in attrs.fields(Lexicon) if f.init and f.name != "predicate_classes"}
#: The names of the word lists :meth:`Lexicon.extended` adds to (``predicate_classes`` aside).
WORD_LISTS = frozenset(_FIELDS)
#: The lists the claim readers read: additions to them change what a parse reads.
READER_LISTS = frozenset(name for name, f in _FIELDS.items() if f.metadata["reader"])


def _clean(name: str, words: Iterable[str]) -> list[str]:
    """Words for list ``name``, stripped, in its case, each once and in the order given;
    a bare string or an empty word is an error."""
    if isinstance(words, str):
        raise ValueError(f"{name}: expected a list of words, got the string {words!r}")
    fold = _FIELDS[name].metadata["fold"] if name in _FIELDS else str.lower
    cleaned = list(dict.fromkeys(fold(w.strip()) for w in words))
    if "" in cleaned:
        raise ValueError(f"{name}: an empty word cannot be added")
    return cleaned


def reader_lexicon(words: Mapping[str, Iterable[str]]) -> Lexicon:
    """The packaged lexicon with words added to lists the claim readers read (the claim
    component's ``words`` config); a list they do not read is an error naming those they do."""
    other = sorted(set(words) - READER_LISTS)
    if other:
        raise ValueError(
            f"word list(s) {', '.join(other)} are not read by the claim readers (add them to Config.lexicon); "
            f"the readers read: {', '.join(sorted(READER_LISTS))}"
        )
    return PACKAGED.extended(None, **words) if any(words.values()) else PACKAGED


#: The packaged lexicon, which a ``Config`` without its own uses.
PACKAGED = Lexicon.packaged()
