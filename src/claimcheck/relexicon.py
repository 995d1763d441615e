"""The predicate lexicon of relation claims, read once from ``data/relations.json``.

Which verbs and event nouns name one event class ("lift", "ease", "relax" sanctions), which
classes exclude each other (convicted / acquitted), and how cause and effect are written.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import attrs
from spacy.strings import get_string_id

__all__ = ["EventClass", "Lexicon", "lexicon"]


@attrs.frozen
class EventClass:
    """One class of events: the words that name it and what it needs to be read."""

    name: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    #: Object nouns the class needs ("sanction" for lift/ease); empty when any object will do.
    theme: frozenset[str] = frozenset()
    #: Prepositions whose object is the charge, role or price ("with", "as", "for").
    extra: tuple[str, ...] = ()
    #: Exclusive classes share a frame and differ in outcome (verdict: guilty / acquitted).
    frame: str | None = None
    outcome: str | None = None
    #: Whether two different extras (charge, role) are a conflict; a price is not (the
    #: quantity alignment judges it).
    compare_extra: bool = False
    #: Whether two different extras are two relations (two charges may both have been
    #: brought): the sources then neither agree nor conflict on one.
    distinct_extras: bool = False
    #: Whether two different named agents are a conflict: one company was bought by one
    #: buyer ("AMD acquired SeaMicro" / "Intel acquired SeaMicro").
    compare_agent: bool = False
    #: Objects that make the verb mean something else ("release a video" is no release).
    not_patients: frozenset[str] = frozenset()
    describe: str = ""
    #: How an explanation states the event: "{patient} was {not}released".
    said: str = ""
    #: Verbs whose subject is the patient ("X died").
    intransitive: frozenset[str] = frozenset()
    #: Verbs read as the class only with one of their phrases after them ("burned down").
    phrase_verbs: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def phrases_of(self, verb: str) -> tuple[str, ...] | None:
        """The phrases a verb needs after it to name this class, or None when it needs none."""
        return next((phrases for v, phrases in self.phrase_verbs if v == verb), None)


@attrs.frozen
class Lexicon:
    """Every list the relation reader needs, indexed for lookup by lemma."""

    classes: dict[str, EventClass]
    by_verb: dict[str, tuple[EventClass, ...]]
    by_noun: dict[str, tuple[EventClass, ...]]
    verdict_words: dict[str, str]
    cause_verbs: frozenset[str]
    cause_particles: dict[str, str]
    effect_after: tuple[tuple[str, ...], ...]
    modal_verbs: frozenset[str]
    modal_aux: frozenset[str]
    negating_verbs: frozenset[str]
    #: Adverbs that say an event fell short ("nearly destroyed"): it did not happen.
    near_words: frozenset[str] = frozenset()
    #: Lemmas that can start a relation claim or a causal link (a quick filter per sentence).
    trigger_lemmas: frozenset[str] = frozenset()
    #: First words of the "B after A" phrases.
    trigger_words: frozenset[str] = frozenset()

    @property
    def effect_after_ids(self) -> dict[int, tuple[tuple[tuple[int, ...], tuple[str, ...]], ...]]:
        """The "B after A" phrases by the id of their first word, each as (word ids, words)."""
        return _phrase_ids(self.effect_after)

    @property
    def trigger_lemma_ids(self) -> frozenset[int]:
        """The trigger lemmas as spaCy string ids, compared without decoding each token."""
        return _ids(self.trigger_lemmas)

    @property
    def trigger_word_ids(self) -> frozenset[int]:
        return _ids(self.trigger_words)

    def frame_of(self, event: str) -> str:
        """The frame an event class is judged in: its own name unless it shares a frame."""
        cls = self.classes.get(event)
        return cls.frame if cls is not None and cls.frame else event

    def state(self, event: str, patient: str, negated: bool = False) -> str:
        """The event stated about its patient: "sanctions on Belarus were lifted"."""
        cls = self.classes.get(event)
        template = cls.said if cls is not None and cls.said else "{patient}: {not}" + event.replace("_", " ")
        return template.format(patient=patient, **{"not": "not " if negated else ""})

    def describe(self, event: str) -> str:
        """How an editor names the event class ("lifting of sanctions")."""
        cls = self.classes.get(event)
        return cls.describe if cls is not None and cls.describe else event.replace("_", " ")


@lru_cache(maxsize=8)
def _ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


@lru_cache(maxsize=2)
def _phrase_ids(phrases: tuple[tuple[str, ...], ...]) -> dict[int, tuple[tuple[tuple[int, ...], tuple[str, ...]], ...]]:
    out: dict[int, list[tuple[tuple[int, ...], tuple[str, ...]]]] = {}
    for phrase in phrases:
        ids = tuple(get_string_id(w) for w in phrase)
        out.setdefault(ids[0], []).append((ids, phrase))
    return {k: tuple(v) for k, v in out.items()}


def _measure_verbs(measures: dict, name: str | None) -> frozenset[str]:
    """The verbs of one measure of the quantity lexicon ("arrested": arrest, detain, ...)."""
    if not name:
        return frozenset()
    return frozenset(measures.get(name, {}).get("events", ()))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon shipped with claimcheck (read on first use, then kept)."""
    data = resources.files("claimcheck.data")
    raw = json.loads(data.joinpath("relations.json").read_text("utf-8"))
    measures = json.loads(data.joinpath("measures.json").read_text("utf-8")).get("measures", {})
    classes: dict[str, EventClass] = {}
    by_verb: dict[str, list[EventClass]] = {}
    by_noun: dict[str, list[EventClass]] = {}
    for name, spec in raw["events"].items():
        cls = EventClass(
            name=name,
            verbs=frozenset(spec.get("verbs", ())) | _measure_verbs(measures, spec.get("measure")),
            intransitive=frozenset(spec.get("intransitive", ())),
            nouns=frozenset(spec.get("nouns", ())),
            theme=frozenset(spec.get("theme", ())),
            extra=tuple(spec.get("extra", ())),
            frame=spec.get("frame"),
            outcome=spec.get("outcome"),
            compare_extra=bool(spec.get("compare_extra", False)),
            distinct_extras=bool(spec.get("distinct_extras", False)),
            compare_agent=bool(spec.get("compare_agent", False)),
            not_patients=frozenset(spec.get("not_patients", ())),
            describe=spec.get("describe", ""),
            said=spec.get("said", ""),
            phrase_verbs=tuple((v, tuple(p)) for v, p in sorted(spec.get("phrase_verbs", {}).items())),
        )
        classes[name] = cls
        for verb in cls.verbs | cls.intransitive | {v for v, _ in cls.phrase_verbs}:
            by_verb.setdefault(verb, []).append(cls)
        for noun in cls.nouns:
            by_noun.setdefault(noun, []).append(cls)
    # Themed classes first: "lift sanctions" is the sanctions class before any plain "lift".
    order = lambda c: (not c.theme, c.name)  # noqa: E731
    causal = raw["causal"]
    effect_after = tuple(tuple(p.split()) for p in causal["effect_after"])
    triggers = set(by_verb) | set(by_noun) | set(causal["cause_verbs"]) | {"find"}
    triggers |= {v for c in classes.values() for v in c.intransitive}
    return Lexicon(
        classes=classes,
        by_verb={k: tuple(sorted(v, key=order)) for k, v in by_verb.items()},
        by_noun={k: tuple(sorted(v, key=order)) for k, v in by_noun.items()},
        verdict_words=dict(raw.get("verdict_words", {})),
        cause_verbs=frozenset(causal["cause_verbs"]),
        cause_particles=dict(causal.get("cause_particles", {})),
        effect_after=effect_after,
        modal_verbs=frozenset(raw["modal_verbs"]),
        modal_aux=frozenset(raw["modal_aux"]),
        negating_verbs=frozenset(raw.get("negating_verbs", ())),
        near_words=frozenset(raw.get("near_words", ())),
        trigger_lemmas=frozenset(triggers),
        trigger_words=frozenset(p[0] for p in effect_after),
    )
