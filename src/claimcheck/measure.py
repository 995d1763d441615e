"""What a figure measures: the normalised measure named by its counted noun or its event.

"13 shots", "13 bullets" and "a dozen rounds fired" all measure *shots*; "the death toll
rose to 9", "nine dead" and "killed nine people" all measure *killed*. A measure noun names
the fact whatever the verb of its clause is ("got away with jewels worth $4m" is a price,
not earnings); a generic noun ("people", "men") or no noun at all leaves the event to say
what is counted. The word lists are data (``data/measures.json``), extendable through
:class:`MeasureLexicon`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import attrs

__all__ = [
    "INTERVAL",
    "Cue",
    "Measure",
    "MeasureLexicon",
    "load_measures",
    "measure_of",
]


#: The measure of a span that dates its event ("married two weeks ago", "died two days
#: after the crash"): like a clock time, one value per event, so two readings are rivals.
INTERVAL = "time since"


@attrs.frozen
class Cue:
    """What words beside a figure say it measures: the ``measure``, the ``unit`` it gives a
    bare figure (or ""), and whether the clause's subject holds the figure ("the Bulldogs
    went scoreless for seven minutes") or not ("the Jays kept Drake off the scoreboard")."""

    measure: str
    unit: str = ""
    subject_holds: bool = True
    #: The dimension a figure's unit must have for the cue to hold ("" for any): "35 km
    #: [from] Tarsk" is a distance, "$5m from investors" is not; "currency" is any money.
    dimension: str = ""

    def holds_for(self, dimension: str) -> bool:
        """Whether the cue holds for a figure of ``dimension`` ("" for a bare count)."""
        return self.dimension in {"", dimension} or (self.dimension == "currency" and dimension.startswith("currency:"))


def _longest_first(item: tuple[str, Any]) -> tuple[int, str]:
    return -len(item[0]), item[0]


def _cue(entry: Mapping[str, Any]) -> Cue:
    return Cue(entry["measure"], entry.get("unit", ""), entry.get("subject_holds", True), entry.get("dimension", ""))


@attrs.frozen
class Measure:
    """A claim's measure: ``name`` ("killed", "age", or a counted noun's lemma) and
    ``event`` (the event class, kept only when the noun alone does not name the fact)."""

    name: str
    event: str = ""

    @property
    def specific(self) -> bool:
        """Whether the measure is named by the lexicon, not merely a noun or a verb."""
        return not self.event


@attrs.frozen(eq=False)
class MeasureLexicon:
    """Measure names with the nouns and events that state them, and the generic nouns."""

    #: noun lemma -> measure
    nouns: Mapping[str, str]
    #: event lemma or event class -> measure (used when the noun is generic or missing)
    events: Mapping[str, str]
    #: noun lemma -> (events that make it the measure, measure): "rounds" fired are shots
    conditional: Mapping[str, tuple[frozenset[str], str]]
    generic: frozenset[str]
    #: noun lemma -> events after which it is not the measure ("blocked two shots")
    exceptions: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    #: noun lemma -> the canonical counted noun ("inmate" -> "prisoners"); the event still counts
    counted: Mapping[str, str] = attrs.field(factory=dict)
    #: measures that only mean something for a holder: an age, a weight, a salary
    per_holder: frozenset[str] = frozenset()
    #: per-holder measures a holder has one value of (an age, a number of children): two
    #: readings of one holder's, even in one source, are one fact
    one_valued: frozenset[str] = frozenset()
    #: measures a period's figure states, as the jobless rate of a month: "rose to 7.9% in
    #: May" is May's rate, though a running total's month ("the toll rose to 54") is not its own
    per_period: frozenset[str] = frozenset()
    #: every measure name the lexicon defines
    measure_names: frozenset[str] = frozenset()
    #: verbs that never say what a specific counted noun counts ("expect", "include")
    light_verbs: frozenset[str] = frozenset()
    #: counted groups that name everyone an event befell ("protesters" arrested, "mourners"
    #: at a funeral): the one such group an event's figures name is that event's "people"
    crowd_groups: frozenset[str] = frozenset()
    #: sets of nouns of one counted thing that never count the same members ("man", "woman"),
    #: and of modifiers that never describe the same ones ("net", "operating" profit)
    exclusive: frozenset[frozenset[str]] = frozenset()
    #: words right before a figure -> what they say it measures: "home to 80,000 people"
    cues_before: Mapping[str, Cue] = attrs.field(factory=dict)
    #: words right after a figure -> what they say it measures: "11 km deep", "6.1 on the Richter scale"
    cues_after: Mapping[str, Cue] = attrs.field(factory=dict)
    #: measures and counted things an organisation holds: revenue, funding, its shares
    org_held: frozenset[str] = frozenset()

    @classmethod
    def from_dict(cls, data: Mapping) -> MeasureLexicon:
        """Build a lexicon from the shape of ``data/measures.json``."""
        nouns: dict[str, str] = {}
        events: dict[str, str] = {}
        conditional: dict[str, tuple[frozenset[str], str]] = {}
        exceptions: dict[str, frozenset[str]] = {}
        for name, entry in data.get("measures", {}).items():
            for noun in entry.get("nouns", ()):
                nouns.setdefault(noun.lower(), name)
            for noun, unless in entry.get("nouns_except_events", {}).items():
                nouns.setdefault(noun.lower(), name)
                exceptions[noun.lower()] = frozenset(e.lower() for e in unless)
            for event in entry.get("events", ()):
                events.setdefault(event.lower(), name)
            for noun, needed in entry.get("nouns_with_events", {}).items():
                conditional[noun.lower()] = (frozenset(e.lower() for e in needed), name)
        generic = frozenset(w.lower() for w in data.get("generic_nouns", ()))
        counted = {noun.lower(): name for name, members in data.get("counted", {}).items() for noun in members}
        cues = data.get("cues", {})
        # longest first: "estimated to sell for" is tried before "sell for"
        before = {k.lower(): _cue(v) for k, v in sorted(cues.get("before", {}).items(), key=_longest_first)}
        after = {k.lower(): _cue(v) for k, v in sorted(cues.get("after", {}).items(), key=_longest_first)}
        # a cue names its fact as a measure noun does ("off the scoreboard for" seven minutes)
        names = frozenset(data.get("measures", {})) | {cue.measure for cue in (*before.values(), *after.values())}
        per_holder = frozenset(n for n, e in data.get("measures", {}).items() if e.get("per_holder"))
        one_valued = frozenset(n for n, e in data.get("measures", {}).items() if e.get("one_value"))
        per_period = frozenset(n for n, e in data.get("measures", {}).items() if e.get("per_period"))
        org_held = frozenset(n for n, e in data.get("measures", {}).items() if e.get("org_held")) | frozenset(
            data.get("org_held_counted", ())
        )
        light = frozenset(w.lower() for w in data.get("light_verbs", ()))
        crowd_groups = frozenset(data.get("crowd_groups", ()))
        exclusive = frozenset(
            frozenset(w.lower() for w in group)
            for group in (*data.get("exclusive_nouns", ()), *data.get("exclusive_modifiers", ()))
        )
        return cls(
            crowd_groups=crowd_groups,
            exclusive=exclusive,
            cues_before=before,
            cues_after=after,
            nouns=nouns,
            events=events,
            conditional=conditional,
            generic=generic,
            exceptions=exceptions,
            counted=counted,
            per_holder=per_holder,
            one_valued=one_valued,
            per_period=per_period,
            org_held=org_held,
            measure_names=names,
            light_verbs=light,
        )

    def extended(self, data: Mapping) -> MeasureLexicon:
        """This lexicon with the entries of ``data`` (same shape) added; added entries win."""
        more = MeasureLexicon.from_dict(data)
        return MeasureLexicon(
            nouns={**self.nouns, **more.nouns},
            events={**self.events, **more.events},
            conditional={**self.conditional, **more.conditional},
            exceptions={**self.exceptions, **more.exceptions},
            counted={**self.counted, **more.counted},
            per_holder=self.per_holder | more.per_holder,
            one_valued=self.one_valued | more.one_valued,
            per_period=self.per_period | more.per_period,
            org_held=self.org_held | more.org_held,
            generic=self.generic | more.generic,
            measure_names=self.measure_names | more.measure_names,
            light_verbs=self.light_verbs | more.light_verbs,
            exclusive=self.exclusive | more.exclusive,
            crowd_groups=self.crowd_groups | more.crowd_groups,
            cues_before=dict(sorted({**self.cues_before, **more.cues_before}.items(), key=_longest_first)),
            cues_after=dict(sorted({**self.cues_after, **more.cues_after}.items(), key=_longest_first)),
        )


def _data_text() -> str:
    return resources.files("claimcheck").joinpath("data/measures.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_measures() -> MeasureLexicon:
    """The packaged lexicon (read once)."""
    return MeasureLexicon.from_dict(json.loads(_data_text()))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def measure_of(
    noun_lemma: str | None,
    event: str | None,
    predicate: str | None = None,
    lexicon: MeasureLexicon | None = None,
    extra_events: Iterable[str] = (),
) -> Measure | None:
    """The measure of a figure from its counted noun's lemma, its event class and its verb.

    ``extra_events`` are other event words of the sentence (a headline's "Storm kills 12"
    has no parse to give its verb). Returns None when nothing says what is counted.
    """
    lex = lexicon or load_measures()
    noun = (noun_lemma or "").lower()
    verbs = {v for v in (event, predicate) if v}
    if noun:
        for form in (noun, _singular(noun)):
            if form in lex.nouns:
                if verbs & lex.exceptions.get(form, frozenset()):
                    return Measure(noun, event or "")
                return Measure(lex.nouns[form])
            if form in lex.conditional:
                needed, name = lex.conditional[form]
                if verbs & needed:
                    return Measure(name)
        for form in (noun, _singular(noun)):
            if form in lex.counted:
                return Measure(lex.counted[form], event or "")
        if noun not in lex.generic and _singular(noun) not in lex.generic:
            return Measure(noun, event or "")
    for verb in (*sorted(verbs), *extra_events):
        if verb in lex.events:
            return Measure(lex.events[verb])
    if not noun and not event:
        return None
    return Measure(noun, event or "")
