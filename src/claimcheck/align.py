"""Claims -> Groups: which claims, across all sources at once, speak about the same thing.

Quantities are blocked by what is counted and by the event (so cost grows with the
number of claims, not its square), then split where values or years show that two
figures are about different things. Entities are clustered by canonical name and by
spelling closeness. Dates are compared only with dates of the same event.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, lru_cache

import attrs
import numpy as np
from rapidfuzz import fuzz, process

from claimcheck.align_members import place_listed
from claimcheck.align_prices import PRICE, align_prices, price_subject
from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.dates import MONTHS, WEEKDAYS, YEAR, is_time_frame
from claimcheck.disjoint import DisjointSets
from claimcheck.entities import VARIANT_SIMILARITY, canonical, fold, same_entity, translit_key
from claimcheck.incidents import INCIDENTS
from claimcheck.kinds import aligner, register_aligner, registered_kinds
from claimcheck.lexicon import ATTEND, DEATH_PLACES, INFLECTIONS, PACKAGED, Lexicon
from claimcheck.measure import INTERVAL, Cue, Measure, MeasureLexicon, load_measures, measure_of
from claimcheck.models import Claim, ClaimKind, Quantity, with_changes
from claimcheck.namevariants import variant_pairs
from claimcheck.rank_claims import align_ranks, stage_groups
from claimcheck.rank_claims import rank_subject as _rank_subject
from claimcheck.readers.cued_names import NICKNAME
from claimcheck.readers.margins import MARGIN
from claimcheck.readers.quantities import is_vague
from claimcheck.readers.rates import rate_in
from claimcheck.readers.scores import result_sides
from claimcheck.score_claims import FINAL_EVENTS, align_scores
from claimcheck.tally import longest, most_common
from claimcheck.units import MAGNITUDE, dimension, noun_units, to_base
from claimcheck.wordfiles import alternation, entries

__all__ = [
    "ENTITY_KINDS",
    "Group",
    "align",
    "align_entities",
    "align_quantities",
    "fullest_name",
    "high_key",
    "in_base_units",
    "low_key",
]

_NUMBER = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[a-z]+")


@attrs.frozen
class Group:
    """Claims judged to speak about one thing; ``subject`` names it for people."""

    kind: ClaimKind
    subject: str
    claims: tuple[Claim, ...]
    score: float = 1.0

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({c.source for c in self.claims}))


def align(claims: Iterable[Claim], config: Config = DEFAULT_CONFIG) -> list[Group]:
    """Group claims of every kind across sources with each kind's registered step
    (:mod:`claimcheck.kinds`); each group is judged on its own later."""
    by_kind: dict[ClaimKind, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_kind[claim.kind].append(claim)
    groups: list[Group] = []
    for kind in registered_kinds():
        step = aligner(kind)
        assert step is not None
        groups.extend(step(by_kind[kind], config))
    return sorted(groups, key=lambda g: (g.kind.value, g.subject, g.sources))


def _align_score_claims(claims: Sequence[Claim], config: Config = DEFAULT_CONFIG) -> list[Group]:
    """Scores and records: pairs of one game or season, clustered by their sentences."""
    clusters = align_scores(claims, lambda cs: _context_clusters(cs, config.date_context_similarity), config.lexicon)
    return [Group(ClaimKind.SCORE, _score_subject(cluster, config.lexicon), tuple(cluster)) for cluster in clusters]


def _align_rank_claims(claims: Sequence[Claim], config: Config = DEFAULT_CONFIG) -> list[Group]:
    """Ranks: one place of one noun, within sentences that tell the same thing."""
    clusters = align_ranks(claims, lambda cs: _context_clusters(cs, config.date_context_similarity))
    groups = [Group(ClaimKind.RANK, _rank_subject(cluster), tuple(cluster)) for cluster in clusters]
    # "second semifinal" / "second quarterfinal"
    for staged in stage_groups(claims, config.lexicon.stage_nouns, _names_in):
        groups.append(Group(ClaimKind.RANK, "stage of one game", tuple(staged)))
    return groups


def _align_relations(claims: Sequence[Claim], config: Config = DEFAULT_CONFIG) -> list[Group]:
    from claimcheck.align_relations import align_relations  # it builds on this module's Group

    return align_relations(claims)


# ---------------------------------------------------------------- quantities


def mask_numbers(text: str) -> str:
    """Numbers replaced by one placeholder, so "52 freed" and "53 freed" read alike to fuzzy matching."""
    return _NUMBER.sub("#", text)


def _merge_heads(
    heads: Sequence[str], threshold: float, stem: int = DEFAULT_CONFIG.head_stem_letters
) -> dict[str, str]:
    """Map near-identical head lemmas ("prisoner"/"prisoners") onto one, using one cdist call."""
    if len(heads) < 2:
        return {h: h for h in heads}
    scores = process.cdist(heads, heads, scorer=fuzz.ratio, dtype=np.uint8, workers=1)
    sets = DisjointSets(range(len(heads)))
    rows, cols = np.nonzero(scores >= threshold)
    for i, j in zip(rows.tolist(), cols.tolist(), strict=False):
        # Only words sharing a stem are merged; words no longer than the stem must match exactly.
        if i < j and min(len(heads[i]), len(heads[j])) > stem and heads[i][:stem] == heads[j][:stem]:
            sets.union(i, j)
    canon: dict[int, str] = {}
    for i in sorted(range(len(heads)), key=lambda k: (len(heads[k]), heads[k])):
        canon.setdefault(sets.find(i), heads[i])
    return {h: canon[sets.find(i)] for i, h in enumerate(heads)}


def align_quantities(claims: Sequence[Claim], config: Config = DEFAULT_CONFIG) -> list[Group]:  # noqa: PLR0912, PLR0915  (one pass over the blocks: blocking, orphans and splitting read best together)
    """Block numeric claims by (counted noun head, event class, unit); split blocks by value."""
    # a price of a known product variant is one fact with every price of that variant alone
    groups: list[Group] = [
        Group(ClaimKind.QUANTITY, price_subject(part), tuple(part))
        for part in align_prices([c for c in claims if c.variant is not None and c.quantity is not None])
    ]
    claims = [c for c in claims if c.variant is None]
    usable = [c for c in claims if c.quantity is not None and (c.noun_lemma or c.predicate or _self_measured(c))]
    head_map = _merge_heads(
        sorted({c.noun_lemma for c in usable if c.noun_lemma}), config.noun_similarity, config.head_stem_letters
    )
    words = config.lexicon
    keyed: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    singles: list[Claim] = []
    for claim in usable:
        cued = _cued(claim, _lexicon(config))
        if cued is not None:  # "home to 80,000 people", "11 km deep", "6.1 on the Richter scale"
            if cued.unit and claim.quantity is not None and claim.quantity.unit is None:
                claim = with_changes(claim, quantity=attrs.evolve(claim.quantity, unit=cued.unit))
            if not cued.subject_holds:
                claim = with_changes(claim, agent=None)
            measure: Measure | None = Measure(cued.measure)
        else:
            measure = _block_measure(claim, head_map.get(claim.noun_lemma or "", ""), config)
        if measure is None:
            singles.append(claim)  # "at 3:30 a.m.", "for three hours": of no known event
            continue
        if measure.name == MAGNITUDE and claim.quantity is not None and claim.quantity.unit is None:
            # "the magnitude was 5.8": a magnitude is on its own scale, like "magnitude-5.8"
            claim = with_changes(claim, quantity=attrs.evolve(claim.quantity, unit=MAGNITUDE))
        named_measure = _is_lexicon_measure(measure.name, config) or measure.name in SELF_MEASURED | {INTERVAL}
        claim = with_changes(claim, measure=measure.name if named_measure else None)
        unit = claim.quantity.unit  # type: ignore[union-attr]
        # km and miles are one block: figures are compared in one unit (see _in_one_unit)
        keyed[(measure.name, measure.event, dimension(unit) or unit or "")].append(claim)

    _join_crowd(keyed, config)
    # A claim missing its noun or its event joins the one full block that matches what it
    # has; when several match, the one whose figures its own figure overlaps. A block is
    # full when a lexicon measure names it, or when it has both a noun and an event.
    named = {k for k in keyed if k[0] and not k[1] and _is_lexicon_measure(k[0], config)}
    # (a named person's figure is full too: "McDermott has 106 games")
    full = [k for k in keyed if k[0] and (k[1] or k in named or all(c.agent for c in keyed[k]))]
    by_head: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    by_pred: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for k in full:
        by_head[(k[0], k[2])].append(k)
        if _names_a_kind(k[0]):
            continue
        events = {k[1]} if k[1] else {words.predicate_class(c.predicate) for c in keyed[k]} - {None, ""}
        for event in events - words.weak_predicates:
            by_pred[(event, k[2])].append(k)  # type: ignore[index]
    extents = {k: _extents(keyed[k]) for k in full}
    orphans: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    # claims that fit none of the full blocks: like a block no full one matches, their own
    unfit: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for key in [k for k in keyed if k not in full]:
        head, pred, unit = key
        matches = [k for k in (by_head[(head, unit)] if head else by_pred[(pred, unit)]) if k != key]
        if not matches:
            continue  # a block of its own
        for claim in keyed.pop(key):
            fits = matches
            if words.predicate_class(claim.predicate) in _lexicon(config).light_verbs:
                # "the farm had 500 cows": a light verb's figure counts them all, not those
                # a known event befell ("the flood killed 200 cows", "lost 20 containers")
                fits = [k for k in fits if k[1] not in words.classes]
            said = _sentence_classes(claim.sentence, words) if not pred else frozenset()
            if said:  # the event word may still be in the sentence: it must not say another event
                fits = [k for k in fits if (k[1] in said if k[1] else _block_events(keyed[k], words) & said)]
            if len(fits) > 1 and claim.agent:
                # "broke Smith's record of 2,106": the block that holds Smith's figures
                # with a figure near its own ("stops Smith in 6" is no reading of Smith's age, 36)
                held = [
                    k
                    for k in fits
                    if any(_same_holder(claim, c) and _near(c, claim, config.max_rival_ratio) for c in keyed[k])
                ]
                fits = held or fits
            if len(fits) > 1:
                fits = [k for k in fits if _overlaps_any(extents[k], claim.quantity)]
            if len(fits) == 1:
                keyed[fits[0]].append(claim)
            elif fits:
                orphans[key].append(claim)
            else:
                unfit[key].append(claim)
    keyed.update(unfit)

    for key, members in keyed.items():
        head, pred, _unit = key
        # Without a counted noun, or with an empty verb ("have", "be"), two figures are
        # not known to be about one thing: they are never made rival readings, unless a
        # lexicon measure names what they count ("killed 12", "13 bullets").
        # the time of a known event ("arrested at 3 a.m.") names its fact like a lexicon measure
        timed = (key[2] == "time of day" and (pred in words.classes or pred in INCIDENTS)) or head == INTERVAL
        weak = pred in words.weak_predicates
        rivals = key in named or timed or (bool(head) and not weak and any(c.noun for c in members))
        unnamed_ratio = config.unnamed_match_ratio if head in _one_valued(config) else None
        holders = _by_holder(members, key in named, _holder_bound(head, config), unnamed_ratio, words)
        # "23 arrested on Monday" / "40 arrested on Tuesday": two days' counts, two facts
        holders = [(holder, part) for holder, bucket in holders for part in _day_scopes(bucket)]
        if not pred:  # "children were displaced" / "children were killed", read without their verbs
            holders = [(holder, part) for holder, bucket in holders for part in _told_apart(bucket, words)]
        # "joined the club two years ago" / "joined the army five years ago": two events;
        # "tickets cost $45" / "parking costs $10": two things' prices; "three counts of
        # murder" / "five counts of robbery": counts of two offences; the crowds of two gatherings;
        # the magnitudes of a quake and of its aftershock
        if timed or head in {PRICE, MAGNITUDE} or any(_told_of_a_kind(c, words) for c in members):
            holders = [(holder, part) for holder, bucket in holders for part in _by_theme(bucket)]
        for holder, bucket in holders:
            if holder is None and _holder_bound(head, config):
                # an age or a player's points with no holder is no known fact: each stands alone
                groups.extend(Group(ClaimKind.QUANTITY, _quantity_subject([c], pred), (c,)) for c in bucket)
                continue
            if holder is not None and holder.startswith(("person:", "group:")) and head in _one_valued(config):
                # one person has one age: every reading of it is one fact, even two readings
                # in one source (a headline and a body that disagree); so has the n-th
                # youngest of a listed group ("group:girl:1/2")
                for scope in sorted({_scope_key(c) for c in bucket}):
                    scoped = [c for c in bucket if _scope_key(c) == scope]
                    for part in _times_of(scoped, config.one_value_ratio):
                        groups.append(Group(ClaimKind.QUANTITY, _quantity_subject(part, pred), tuple(part)))
                continue
            mine = {id(c) for c in bucket}
            others = [c for c in members if id(c) not in mine and not c.agent and c.quantity and c.quantity.is_exact]
            if holder is not None and holder.startswith("thing:") and head in _one_valued(config):
                others = _without_own_rereadings(others, bucket, holder, words)
            known = key in named or timed

            def split(b: list[Claim], o: list[Claim], rivals: bool = rivals, known: bool = known) -> list[list[Claim]]:
                return _split_block(
                    b, rivals, config.max_rival_ratio, known, o, config.vague_slack, _lexicon(config).exclusive, words
                )

            for part in _in_one_unit(bucket, others, split):
                groups.append(Group(ClaimKind.QUANTITY, _quantity_subject(part, pred), tuple(part)))
    # a time of no known event ("4:43 pm" under a headline, "for three hours") is no known
    # fact: like sentences around two clock times are no sign of one event
    groups.extend(Group(ClaimKind.QUANTITY, _quantity_subject([c], ""), (c,)) for c in singles)
    # A claim that could belong to several blocks is unsure: it is reported on its own.
    for (_head, pred, _unit), members in orphans.items():
        for claim in members:
            groups.append(Group(ClaimKind.QUANTITY, _quantity_subject([claim], pred), (claim,)))
    return groups


DURATION = "duration"
#: Event classes whose duration is a lexicon measure: "sentenced to seven years", and the
#: sentence a defendant faces ("faces up to 25 years", "could face 20 years").
DURATION_EVENTS = {"sentence": "years in prison", "face": "possible sentence"}

#: Dimensions whose unit alone says what a figure is: "magnitude 5.8", "160 km/h", "6:12 a.m."
SELF_MEASURED = frozenset({"magnitude", "speed", "temperature"})
#: Dimensions of when and how long: compared only within one event, never across the article.
TIMES = frozenset({"time of day", "duration"})


def _self_measured(claim: Claim) -> bool:
    return claim.quantity is not None and dimension(claim.quantity.unit) in SELF_MEASURED | TIMES


def _in_one_unit(
    bucket: list[Claim], others: list[Claim], split: Callable[[list[Claim], list[Claim]], list[list[Claim]]]
) -> list[list[Claim]]:
    """Split a bucket whose figures are stated in several units ("12 km", "7.5 miles") on
    their values in the dimension's base unit, and hand back the claims as stated."""
    if not _mixed_units(bucket):
        return split(bucket, others)
    based = in_base_units(bucket)
    stated = {id(b): c for b, c in zip(based, bucket, strict=False)}
    return [[stated[id(b)] for b in part] for part in split(based, in_base_units(others, always=True))]


def _times_of(claims: Sequence[Claim], ratio: float) -> list[list[Claim]]:
    """One holder's readings of a one-valued figure split where two figures lie further
    apart than ``ratio``: "age 17" and "77" of one man are two times of his life, while
    27 and 29 are two readings of one age."""
    ranked = sorted(claims, key=lambda c: (_point(c.quantity) or 0.0) if c.quantity else 0.0)
    parts: list[list[Claim]] = []
    for claim in ranked:
        x = _point(claim.quantity) if claim.quantity else None
        first = _point(parts[-1][0].quantity) if parts and parts[-1][0].quantity else None
        if parts and (x is None or first is None or x <= first * ratio):
            parts[-1].append(claim)
        else:
            parts.append([claim])
    return parts


def _mixed_units(claims: Sequence[Claim]) -> bool:
    return len({c.quantity.unit for c in claims if c.quantity}) > 1


def in_base_units(claims: Sequence[Claim], always: bool = False) -> list[Claim]:
    """Claims whose figures are stated in several units ("12 km", "7.5 miles"), restated in
    their dimension's base unit with the rounding a conversion allows; others as they are
    (``always``: restate them whatever the units)."""
    if not always and not _mixed_units(claims):
        return list(claims)
    return [with_changes(c, quantity=to_base(c.quantity)) if c.quantity else c for c in claims]


def _block_measure(claim: Claim, head: str, config: Config) -> Measure | None:
    """What a figure measures, for blocking; None for a time or duration of no known event."""
    words = config.lexicon
    dim = dimension(claim.quantity.unit if claim.quantity else None)
    measure = _measure(head, claim.predicate or "", bool(claim.agent), config)
    stated = _margin_or_rate(claim, measure, head, dim, config)
    if stated is not None:
        return stated
    if dim == DURATION and _dates_its_event(claim, words.interval_words):
        # "married two weeks ago", "married three weeks before he was killed": when its event
        # was; "said two days ago" dates a statement, of which there are many
        event = words.predicate_class(claim.predicate) or ""
        return Measure(INTERVAL, event) if event and event not in words.weak_predicates | words.say_verbs else None
    if dim in TIMES and _counted_by_event(measure, head, config):
        # "killed three weeks after his wedding": a time is no count of the killed
        measure = Measure("", words.predicate_class(claim.predicate) or "")
    if _is_lexicon_measure(measure.name, config):
        return measure
    if _names_a_kind(head) and claim.noun and " " in claim.noun:
        # "a five-year sentence", "a 20-year term": the thing the measure describes may be
        # a measure itself
        # the verb still counts: "received a nine-year term" is a prison term, "a four-year term" in office is not
        event = words.predicate_class(claim.predicate) or ""
        described = measure_of(claim.noun.rsplit(" ", 1)[-1], event, claim.predicate or "", config.measures)
        if described is not None and _is_lexicon_measure(described.name, config):
            return described
    if dim == DURATION and words.predicate_class(claim.predicate) in DURATION_EVENTS:
        return Measure(DURATION_EVENTS[words.predicate_class(claim.predicate) or ""])  # "sentenced to seven years"
    if dim in SELF_MEASURED:
        return Measure(dim or "")  # a magnitude or a speed names its fact
    lexicon = _lexicon(config)
    if (
        measure.event
        and measure.name == head
        and _counts_noun(claim)
        and not _names_a_kind(head)
        and measure.event in lexicon.light_verbs
        and head not in lexicon.generic
    ):
        # "24 monthly payments are expected" / "gets 20 monthly payments": a specific counted
        # noun names the fact; a light verb adds nothing to it
        return Measure(measure.name)
    if dim in TIMES:
        event = words.predicate_class(claim.predicate) or ""
        if not claim.agent and event not in words.classes and event not in INCIDENTS and not claim.noun:
            return None
        if dim == DURATION and not measure.name and event:
            # "more than three decades" of admitting, no noun: it joins the one span of that
            # event a noun names ("a quarter-century of craziness" admitted), if there is one
            return Measure("", event)
        return Measure(f"{dim}: {measure.name}" if measure.name else dim or "", event)
    return measure


_CUE_WORDS = re.compile(r"[a-z]+")


def _cued(claim: Claim, lexicon: MeasureLexicon) -> Cue | None:
    """What the words right before or after a figure say it measures, if anything
    (``cues`` in the measure lexicon): "home to 80,000", "11 km deep"."""
    if claim.sentence_offset is None or not (lexicon.cues_before or lexicon.cues_after):
        return None
    start = claim.sentence_offset
    end = start + len(claim.shown)
    before = _CUE_WORDS.findall(claim.sentence[max(0, start - 40) : start].lower())
    after = _CUE_WORDS.findall(claim.sentence[end : end + 40].lower())
    if claim.noun_lemma and claim.noun_lemma in lexicon.nouns:
        return None  # the noun names the measure: "dropped 10 inches of [rain]" is rainfall, not a fall
    dim = dimension(claim.quantity.unit if claim.quantity else None) or ""
    longest = _cue_words(lexicon)
    return _cue_in(before, lexicon.cues_before, dim, longest, opening=False) or _cue_in(
        after, lexicon.cues_after, dim, longest, opening=True
    )


def _cue_in(words: list[str], cues: Mapping[str, Cue], dim: str, longest: int, *, opening: bool) -> Cue | None:
    """The longest cue that ``words`` end with (or, ``opening``, start with) and that holds
    for a figure of dimension ``dim``: looked up, a longer one first (it holds a shorter)."""
    for n in range(min(len(words), longest), 0, -1):
        found = cues.get(" ".join(words[:n] if opening else words[-n:]))
        if found is not None and found.holds_for(dim):
            return found
    return None


@lru_cache(maxsize=8)
def _cue_words(lexicon: MeasureLexicon) -> int:
    """The most words a cue of the lexicon has."""
    return max((len(cue.split()) for cue in (*lexicon.cues_before, *lexicon.cues_after)), default=0)


def _dates_its_event(claim: Claim, intervals: frozenset[str]) -> bool:
    """Whether a span is followed by a word of ``intervals`` that makes it the time between
    its event and another or now: "two weeks [ago]", "three weeks [before] the shooting"."""
    if claim.sentence_offset is None:
        return False
    after = claim.sentence[claim.sentence_offset + len(claim.shown) :].split(maxsplit=1)
    return bool(after) and after[0].lower().strip(",.;:") in intervals


def _counted_by_event(measure: Measure, head: str, config: Config) -> bool:
    """Whether a lexicon measure was named by the event alone ("killed 12"), not by a noun."""
    lexicon = _lexicon(config)
    return measure.name in set(lexicon.events.values()) and lexicon.nouns.get(head.lower()) != measure.name


def _counts_noun(claim: Claim) -> bool:
    """Whether a unitless figure counts the things its noun names: "24 payments", not the
    "900" of "a 1440 x 900 display" (a number before a singular noun describes it)."""
    q = claim.quantity
    if q is None or q.unit is not None or not claim.noun or not claim.noun_lemma:
        return False
    if claim.noun_lemma.lower() in noun_units():
        return False  # "4.46 pounds" is a weight, not a count
    return q.value == 1 or claim.noun.rsplit(" ", 1)[-1].lower() != claim.noun_lemma.lower()


def _join_crowd(keyed: dict[tuple[str, str, str], list[Claim]], config: Config) -> None:
    """Figures of "people" an event befell join the one crowd the event's other figures
    name ("60 people arrested" / "50 rioters arrested"; ``crowd_groups`` in the measure
    lexicon). With two crowds of one event ("protesters" and "refugees"), the people may be
    either, and stay apart. A block a lexicon measure names keeps its name."""
    lex, words = _lexicon(config), config.lexicon
    crowds: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in keyed:
        if key[0] in lex.crowd_groups and key[1]:
            crowds[(key[1], key[2])].append(key)
    if not crowds:
        return
    for key in [k for k in keyed if k[0] not in lex.crowd_groups]:
        members = keyed[key]
        if not all((c.noun_lemma or "").lower() in _PEOPLE_NOUNS for c in members):
            continue
        events = {words.predicate_class(c.predicate) or "" for c in members} - {""}
        found = crowds.get((events.pop(), key[2]), []) if len(events) == 1 else []
        if len(found) != 1 or found[0] not in keyed:
            continue
        crowd = found[0]
        if _is_lexicon_measure(key[0], config):  # "arrested": the crowd's figures join the named block
            keyed[key].extend(keyed.pop(crowd))
            crowds[(crowd[1], crowd[2])] = [key]
        else:
            keyed[crowd].extend(keyed.pop(key))


#: The nouns of "people" in general, whom a crowd may be.
_PEOPLE_NOUNS = frozenset({"people", "person", "individual"})


def _lexicon(config: Config) -> MeasureLexicon:
    """The measure lexicon of a run: the configured one, else the packaged one."""
    return config.measures or load_measures()


def _one_valued(config: Config) -> frozenset[str]:
    return _lexicon(config).one_valued


def _holder_key(claim: Claim, words: Lexicon = PACKAGED) -> str | None:
    """Whose figure a claim is, for blocking: the person's name, else the thing an age or
    a kind describes ("girl" in "an 11-year-old girl"), else None."""
    if claim.agent:
        return "person:" + _fold(claim.agent)
    if claim.noun_lemma and claim.noun_lemma.startswith("N-") and claim.noun and " " in claim.noun:
        thing = claim.noun.rsplit(" ", 1)[-1].lower()
        if claim.measure and _names_measure(thing, claim.measure, claim.predicate or ""):
            return None  # "a five-year sentence": the sentence is the fact itself, nobody's
        if claim.measure and claim.measure not in load_measures().per_holder:
            return None  # "the 6.4-magnitude earthquake": a magnitude is the event's, no thing's
        # a thing is no name: "an 11-year-old girl" is one girl only within one event; a verb
        # of being or saying tells no event ("the shooter was 20 years old, police said")
        event = words.predicate_class(claim.predicate) or ""
        if event in words.weak_predicates or event in words.say_verbs:
            event = ""
        return f"thing:{thing}:{event}"
    return None


def _names_measure(noun: str, measure: str, predicate: str) -> bool:
    """Whether a noun described by a figure names the figure's measure ("a five-year
    [sentence]", "a 12-year [term]" handed down: years in prison) rather than a holder of it."""
    lexicon = load_measures()
    if lexicon.nouns.get(noun) == measure:
        return True
    events, named = lexicon.conditional.get(noun, (frozenset(), ""))
    return named == measure and PACKAGED.predicate_class(predicate) in events | {predicate}


def _without_own_rereadings(
    others: list[Claim], bucket: list[Claim], holder: str, words: Lexicon = PACKAGED
) -> list[Claim]:
    """The context of an unnamed holder's one-valued figures without the figures a source
    may have read twice: "a 12-year-old girl" taken, then "[the] 11-year-old girl"
    assaulted refers back to a girl already told of, so the source's 12 proves no second
    girl. An indefinite "a 14-year-old boy" beside "a 16-year-old boy" is two boys."""
    kind = f"thing:{holder.split(':')[1]}:"
    rereading = {c.source for c in bucket if _definite(c)}
    return [c for c in others if not (c.source in rereading and (_holder_key(c, words) or "").startswith(kind))]


def _definite(claim: Claim) -> bool:
    """Whether a figure is read in a definite description ("the 11-year-old girl")."""
    if claim.sentence_offset is None:
        return False
    before = claim.sentence[: claim.sentence_offset].split()
    return bool(before) and before[-1].lower() == "the"


def _by_holder(
    members: list[Claim], named: bool, bound: bool, unnamed_ratio: float | None = None, words: Lexicon = PACKAGED
) -> list[tuple[str | None, list[Claim]]]:
    """A lexicon measure's block split by holder: one person's age is not another's.

    Figures with no holder join the one person the block names, unless the measure is
    bound to a holder (an age, a player's points): "a mother of 12" and "Horton's 12
    children" are one fact when Horton is the only mother named.
    """
    if not named:
        return [(None, members)]
    buckets: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in members:
        buckets[_holder_key(claim, words)].append(claim)
    # "Ortiz" is "Jerry Ortiz" when he is the only Ortiz named in full; with "Jerry Ortiz"
    # and "Jeremy Ortiz" both named, a bare "Ortiz" is nobody's for sure
    # (an organisation is also named by its first word: "Norvane" is "Norvane Motors")
    full, firsts = defaultdict(list), defaultdict(list)
    for key in buckets:
        if key and key.startswith("person:") and " " in key:
            full[key.rsplit(" ", 1)[-1]].append(key)
            firsts[key[len("person:") :].split(" ", 1)[0]].append(key)
    for key in [k for k in buckets if k and k.startswith("person:") and " " not in k]:
        in_full = full.get(key[len("person:") :], []) or firsts.get(key[len("person:") :], [])
        if len(in_full) == 1:
            buckets[in_full[0]].extend(buckets.pop(key))
    people = [k for k in buckets if k and k.startswith("person:")]
    if not bound and len(people) == 1 and None in buckets:
        buckets[people[0]].extend(buckets.pop(None))
    if unnamed_ratio is not None:  # a one-valued measure: "a 31-year-old mom" may be a named person
        place_listed(buckets, unnamed_ratio)  # "two sons, ages 6 and 16": some member's ages
        _place_unnamed(buckets, people, unnamed_ratio)
    return sorted(buckets.items(), key=lambda kv: kv[0] or "")


def _told_of_a_kind(claim: Claim, words: Lexicon) -> bool:
    """Whether a figure's theme tells which of several things it counts: the offence of a
    count of charges ("three counts of murder"), the gathering a crowd attended."""
    if not claim.theme:
        return False
    return (claim.noun_lemma or "") in words.charge_nouns or words.predicate_class(claim.predicate) == ATTEND


def _by_theme(claims: list[Claim]) -> list[list[Claim]]:
    """Times of one kind of event split by what the event was done to: figures with no
    stated theme join the one theme the others name, or stand together when there are several."""
    parts: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in claims:
        parts[claim.theme].append(claim)
    themed = [t for t in parts if t is not None]
    if len(themed) == 1 and None in parts:
        parts[themed[0]].extend(parts.pop(None))
    return [parts[t] for t in sorted(parts, key=lambda t: t or "")]


def _place_unnamed(buckets: dict[str | None, list[Claim]], people: list[str], ratio: float) -> None:
    """Give an unnamed holder's one-valued figure ("a 31-year-old mom") to the one named
    person it can be: of the people whose figure its source does not give, the only one
    with a figure within ``ratio`` of it ("Armstead, 32"). A value other sources also give
    to someone unnamed ("a 12-year-old girl" in six articles) is that someone's own."""
    things = [k for k in buckets if k and k.startswith("thing:")]
    told = {(c.source, _point(c.quantity)) for k in things for c in buckets[k] if c.quantity}
    by_value = Counter(value for _, value in told)  # how many sources give each value to someone unnamed
    for key in things:
        for claim in list(buckets[key]):
            if claim.quantity is None or by_value[_point(claim.quantity)] > 1:
                continue
            fits = [
                p
                for p in people
                if all(c.source != claim.source for c in buckets[p]) and any(_near(c, claim, ratio) for c in buckets[p])
            ]
            if len(fits) == 1:
                buckets[key].remove(claim)
                buckets[fits[0]].append(claim)
        if not buckets[key]:
            del buckets[key]


def _same_holder(a: Claim, b: Claim) -> bool:
    """Whether two figures are credited to one named person (surname or full name)."""
    if not a.agent or not b.agent:
        return False
    x, y = _fold(a.agent), _fold(b.agent)
    return x == y or (x.rsplit(" ", 1)[-1] == y.rsplit(" ", 1)[-1] and (" " not in x or " " not in y))


def _one_name(x: str, y: str) -> bool:
    """Whether two folded names may name one holder: by surname ("Doug McDermott" and
    "McDermott"), or an organisation by its first word alone ("Norvane Motors" and
    "Norvane"); two full names that share only a first name ("Kevin Durant", "Kevin
    Love") are two people."""
    if x == y or x.rsplit(" ", 1)[-1] == y.rsplit(" ", 1)[-1]:
        return True
    short, full = (x, y) if " " not in x else (y, x)
    return " " not in short and full.split(" ", 1)[0] == short


def _near(a: Claim, b: Claim, max_ratio: float) -> bool:
    """Whether two figures are within ``max_ratio`` of each other (a misreport, not another fact)."""
    x = _point(a.quantity) if a.quantity else None
    y = _point(b.quantity) if b.quantity else None
    if x is None or y is None or x == 0 or y == 0:
        return x == y
    return max(x, y) / min(x, y) <= max_ratio


def _holder_bound(name: str, config: Config) -> bool:
    """Whether a measure only means something for a holder (an age, a weight, a salary)."""
    return name in _lexicon(config).per_holder


def _margin_or_rate(claim: Claim, measure: Measure, head: str, dim: str | None, config: Config) -> Measure | None:
    """A margin with the thing it is counted in, or a sum's measure from its rate; None
    for any other figure."""
    if measure.name == MARGIN and claim.noun:
        # "won by 6 runs" / "won by 6 wickets": margins counted in two things are two facts
        return Measure(MARGIN, claim.noun.lower())
    if head or not (dim or "").startswith("currency") or _is_lexicon_measure(measure.name, config):
        return None
    rate = rate_in(claim.scope)
    # "pays $38 a share", "offered $36 per share": a sum per thing names its fact, whatever the verb
    return Measure(_RATE_MEASURE + rate) if rate is not None else None


def _is_lexicon_measure(name: str, config: Config) -> bool:
    return name in _lexicon(config).measure_names or (
        name.startswith(_RATE_MEASURE) and rate_in(name[len(_RATE_MEASURE) :]) is not None
    )


#: The measure of a sum stated per thing is this and its rate: "amount per share" ("$38 a
#: share"), "amount each" ("$40 each").
_RATE_MEASURE = "amount "


def _block_events(claims: list[Claim], words: Lexicon) -> frozenset[str]:
    return frozenset(filter(None, (words.predicate_class(c.predicate) for c in claims)))


@lru_cache(maxsize=65536)
def _measure_cached(head: str, pred: str, held: bool, lexicon: MeasureLexicon | None, words: Lexicon) -> Measure:
    event = words.predicate_class(pred) or ""
    found = measure_of(head, event, pred, lexicon)
    if found is None:
        return Measure("", event)
    if held and found.event and head and found.event not in words.classes and not _names_a_kind(head):
        # for one person's figure, a verb of no known event class ("McDermott notched 105
        # games", "has 106 games") says nothing the counted noun does not
        return Measure(found.name)
    return found


def _measure(head: str, pred: str, held: bool, config: Config) -> Measure:
    """The block key of a figure: a lexicon measure alone, else its noun head and event
    class (``held``: the figure is a named person's)."""
    return _measure_cached(head, pred, held, config.measures, config.lexicon)


def _names_a_kind(head: str) -> bool:
    """Whether a block's head is a kind named by a measure ("N-point", "N-year-old").

    Such heads come from hyphenated modifiers (:func:`claimcheck.readers.claims._kind_modifier`):
    the number in "a three-point play" or "a 34-year-old mother" describes one thing. A
    figure whose noun was left out ("the life of a mother of 12") is never one of those,
    so it does not join such a block through its event, nor is it kept from another block.
    """
    return head.startswith("N-")


@lru_cache(maxsize=65536)
def _sentence_classes(sentence: str, words: Lexicon = PACKAGED) -> frozenset[str]:
    """The event classes of the known predicate words a sentence uses ("were freed" ->
    release); a saying verb ("officials said") tells who reports it, not what happened."""
    found = _WORD.findall(sentence.lower())
    lemmas = {INFLECTIONS[w] for w in found if w in INFLECTIONS} - words.say_verbs
    return frozenset(words.predicate_class(lemma) or "" for lemma in lemmas)


def low_key(q: Quantity) -> tuple[float, int]:
    """An interval's start as a sortable key: two intervals overlap exactly when
    ``low_key(a) <= high_key(b)`` and ``low_key(b) <= high_key(a)``."""
    return (q.low, 1 if q.low_inclusive else 2)


def high_key(q: Quantity) -> tuple[float, int]:
    """An interval's end as a sortable key (see :func:`low_key`)."""
    return (q.high, 1 if q.high_inclusive else 0)


def _extents(claims: list[Claim]) -> list[tuple[tuple[float, int], tuple[float, int]]]:
    """The sorted, disjoint (low, high) keys covering every value a block's figures allow."""
    out: list[tuple[tuple[float, int], tuple[float, int]]] = []
    for q in sorted((c.quantity for c in claims if c.quantity), key=low_key):
        low, high = low_key(q), high_key(q)
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def _overlaps_any(extents: list[tuple[tuple[float, int], tuple[float, int]]], q: Quantity | None) -> bool:
    if q is None or not extents:
        return False
    i = bisect_right(extents, (high_key(q), (math.inf, 3))) - 1
    return i >= 0 and extents[i][1] >= low_key(q)


def _years(claim: Claim) -> frozenset[str]:
    """The years a figure's sentence sets it in: all it writes, but a year another verb
    takes ("Arden, founded in 2009, reported revenue of $180 million": 2009 is the founding's)."""
    years = set()
    for m in YEAR.finditer(claim.sentence):
        other = _PARTICIPLE_IN.search(claim.sentence, max(0, m.start() - 30), m.start())
        if other is not None and not _own_verb(other.group(1), claim.predicate):
            continue
        years.add(m.group())
    return frozenset(years)


#: A participle with "in" right before a year: "founded in 2009", "built in early 1935".
_PARTICIPLE_IN = re.compile(
    r"\b([a-z]{3,}ed|built|born|held|made|taken|begun|sold|bought|won|lost|sworn|known|shown|grown|written)"
    r"\s+in\s+(?:(?:early|late|mid)[\s-]+)?$"
)


def _own_verb(word: str, predicate: str | None) -> bool:
    """Whether a participle is the figure's own verb ("killed" of a figure of killing), or
    may be: a figure read without its verb keeps every year of its sentence."""
    if not predicate:
        return True
    lemma = INFLECTIONS.get(word)
    return lemma == predicate if lemma is not None else word.startswith(predicate.rstrip("e"))


def _scope_key(claim: Claim) -> str:
    """The part of the event a figure is limited to, for splitting: its scope, but a day
    ("on Monday": a count of that day) only sets it apart from another day's count, never
    from a figure that names no day (see ``_day_scopes``)."""
    return "" if _is_day(claim.scope) else claim.scope or ""


def _is_day(scope: str | None) -> bool:
    return _day_kind(scope) is not None


def _day_kind(scope: str | None) -> str | None:
    """ "weekday" for "on Monday", "date" for "on March 3", "month" for "in May", "frame"
    for "last season", else None."""
    if scope is not None and scope.startswith("in ") and scope[3:].lower() in MONTHS:
        return "month"
    if is_time_frame(scope):
        return "frame"
    if scope is None or not scope.startswith("on "):
        return None
    words = scope[3:].lower().split()
    if len(words) == 1 and words[0] in WEEKDAYS:
        return "weekday"
    if len(words) == 2 and words[0] in MONTHS and words[1].isdigit():
        return "date"
    return None


def _told_apart(members: list[Claim], words: Lexicon = PACKAGED) -> list[list[Claim]]:
    """Figures read without their verb, split by the one event their sentences name when
    they name two or more ("2,277 children were displaced" / "3,270 children were killed"):
    a wide figure ("at least 2,000") must not join them as one. A figure whose sentence names
    no event, or several, stays with the others of its kind."""
    said = [(c, _said_events(c, words)) for c in members]
    events = sorted({next(iter(s)) for _, s in said if len(s) == 1})
    if len(events) < 2:
        return [members]
    parts = [[c for c, s in said if s == {event}] for event in events]
    rest = [c for c, s in said if len(s) != 1]
    return parts + ([rest] if rest else [])


def _day_scopes(members: list[Claim]) -> list[list[Claim]]:
    """Figures split by the day they are told for, when they name two days or more: two
    days' counts are two facts; a figure that names no day joins the one day the others
    name, or the figures of no day stand together when there are several."""
    days = sorted({c.scope or "" for c in members if _is_day(c.scope)})
    if len(days) < 2 or len({_day_kind(d) for d in days}) > 1:
        return [members]  # "on Monday" and "on March 3" may be one day
    parts = [[c for c in members if c.scope == day] for day in days]
    undated = [c for c in members if not _is_day(c.scope)]
    return parts + ([undated] if undated else [])


# long by design: scopes, years, value clusters and rival joins in one pass over a block
def _split_block(
    members: list[Claim],
    rivals: bool = True,
    max_ratio: float = 4.0,
    named: bool = False,
    context: Sequence[Claim] = (),
    slack: float = DEFAULT_CONFIG.vague_slack,
    exclusive: frozenset[frozenset[str]] | None = None,
    words: Lexicon = PACKAGED,
) -> list[list[Claim]]:
    """Split one block into the distinct facts it holds.

    Claims set in different years are different facts; a claim with no year joins the
    year whose figures it overlaps, if just one. Within a year, claims whose intervals
    overlap form a cluster; clusters are taken from the most widely reported down, and
    each joins the first fact none of whose sources it shares (a rival reading, to be
    reported as a conflict) or starts a new one: a source giving two figures of one kind
    is telling two facts. Figures limited to different parts of the event (``scope``)
    are different facts from the start. ``context`` holds the other figures of the same
    measure (other holders' or no one's): a source stating a value there states it too.
    """
    scopes = sorted({_scope_key(c) for c in members})
    if len(scopes) > 1:  # "$281m in cash" and the $334m deal are two facts, never one reading
        return [
            part for scope in scopes
            for part in _split_block(
                [c for c in members if _scope_key(c) == scope], rivals, max_ratio, named, context, slack, exclusive
            )
        ]  # fmt: skip
    by_year: dict[frozenset[str], list[Claim]] = defaultdict(list)
    for claim in members:
        by_year[_years(claim)].append(claim)
    dated = sorted((k for k in by_year if k), key=sorted)
    if dated and frozenset() in by_year:
        undated = by_year.pop(frozenset())
        if len(dated) == 1:
            by_year[dated[0]].extend(undated)
        else:
            extents = {k: _extents(by_year[k]) for k in dated}
            for claim in undated:
                fits = [k for k in dated if _overlaps_any(extents[k], claim.quantity)]
                by_year[fits[0] if len(fits) == 1 else frozenset()].append(claim)
    parts: list[list[Claim]] = []
    for part in by_year.values():
        clusters = sorted(
            _value_clusters(part, max_ratio), key=lambda cl: (-len({c.source for c in cl}), _cluster_key(cl))
        )
        facts: list[tuple[set[str], list[Claim]]] = []
        for cluster in clusters:
            sources = {c.source for c in cluster}
            if context:  # "14 points" with no scorer still tells that its source knows a 14
                spans = _extents(cluster)
                sources |= {c.source for c in context if _overlaps_any(spans, c.quantity)}
            for seen, claims in facts:
                if (
                    rivals
                    and seen.isdisjoint(sources)
                    and _may_be_rivals(claims, cluster, max_ratio, named, slack, exclusive, words)
                ):
                    seen |= sources
                    claims.extend(cluster)
                    break
            else:
                facts.append((sources, list(cluster)))
        parts.extend(claims for _, claims in facts)
    return parts


_NAME = re.compile(r"\b[A-Z][a-z]{2,}")
_OPENING = re.compile(r"(^|[.!?:\n]\s*)[A-Z][a-z]+")
#: A capitalised word alone in quotation marks is a nickname or a title ("dubbed the
#: "Oddfather""), not a name that tells who a figure is about.
_QUOTED_WORD = re.compile(r"[\"\u201c\u2018'][A-Z][\w'-]*[\"\u201d\u2019']")


@lru_cache(maxsize=65536)
def _names_in(sentence: str) -> frozenset[str]:
    """Capitalised words inside a sentence (not opening it or a line): who or what it is
    about. Days, months, street words and titles name no one ("Friday", "Street")."""
    return frozenset(_NAME.findall(_OPENING.sub(" ", _QUOTED_WORD.sub(" ", sentence.strip())))) - _not_holders()


@cache
def _not_holders() -> frozenset[str]:
    return frozenset(entries("not_holders.txt"))


def _typical(claims: list[Claim]) -> float | None:
    values = sorted(v for c in claims if c.quantity and (v := _point(c.quantity)) is not None)
    return values[len(values) // 2] if values else None


def _point(q: Quantity) -> float | None:
    if q.value is not None:
        return abs(q.value)
    finite = [abs(x) for x in (q.low, q.high) if x not in (float("inf"), float("-inf"))]
    return sum(finite) / len(finite) if finite else None


def _may_be_rivals(
    fact: list[Claim],
    cluster: list[Claim],
    max_ratio: float,
    named: bool = False,
    slack: float = 1.5,
    exclusive: frozenset[frozenset[str]] | None = None,
    words: Lexicon = PACKAGED,
) -> bool:
    """Whether two disjoint figures can be two readings of one fact rather than two facts.

    Misreports are near misses (52 / 54) or decimal slips (2.5 / 25); figures far apart
    (12 / 2,106), credited to different people, or told of different named people or
    places (the sentences share no name) are different facts; none against some ("no
    injuries" / "three injuries") is a reading only of a lexicon measure. Figures neither
    of which names what it counts joined the block through their event alone: like a
    block without a noun, they are not known to be about one thing. A count of a stretch
    ("four straight points", "the first eight points") is part of a total, not a reading
    of it.
    """
    if not named and not any(c.noun for c in fact) and not any(c.noun for c in cluster):
        return False  # "stretched the lead to 50" / "to 62": two moments, not two readings
    if _is_stretch(fact, words) != _is_stretch(cluster, words):
        return False
    # the values first: most pairs of a block are far apart, and this is the cheapest test
    a, b = _typical(fact), _typical(cluster)
    if a is not None and b is not None:
        low, high = min(a, b), max(a, b)
        if low == 0 and not named:
            return False  # none against some is a reading only of a lexicon measure ("no injuries")
        if (
            low
            and high / low > max_ratio
            and not (_decimal_slip(fact, cluster) or (named and _vague_reaches(fact, cluster, max_ratio, slack)))
        ):
            return False
    if _is_window(fact) or _is_window(cluster):
        return False  # "his first five points", "the team's first 17 points": two windows, not two readings
    if _exclusive_nouns(fact, cluster, load_measures().exclusive if exclusive is None else exclusive):
        return False  # "seven men" / "five women", "net" / "operating" profit: two groups, two amounts
    whole_a, part_a, whole_b, part_b = (f(c, words) for c in (fact, cluster) for f in (_told_whole, _told_part))
    if (whole_a and part_b) or (part_a and whole_b) or _told_alone(fact) != _told_alone(cluster):
        # "40 killed in Kessley province" / "65 killed nationwide", "310 mm on Sunday alone" /
        # "540 mm since last week": a part and the total
        return False
    places_a, places_b = _named_places(fact), _named_places(cluster)
    if places_a and places_b and places_a.isdisjoint(places_b):
        return False  # "12 killed in Peru" / "3 killed in Chile": two places' figures
    if _other_events(fact, cluster, words):
        return False  # "52 children were grossed" / "116 children were voted", one read without its verb
    agents_a = {_fold(c.agent) for c in fact if c.agent}
    agents_b = {_fold(c.agent) for c in cluster if c.agent}
    if agents_a and agents_b and not any(_one_name(x, y) for x in agents_a for y in agents_b):
        return False  # one player's 23 points and another's 8
    if named:
        return True  # the lexicon names the fact: the sentences' other names do not matter
    names_a = frozenset().union(*(_names_in(c.sentence) for c in fact))
    names_b = frozenset().union(*(_names_in(c.sentence) for c in cluster))
    return not (names_a and names_b and names_a.isdisjoint(names_b))


def _vague_reaches(fact: list[Claim], cluster: list[Claim], max_ratio: float, slack: float) -> bool:
    """Whether a vague amount, read ``slack`` times looser, comes within ``max_ratio`` of a
    figure on the other side: "dozens injured" [16, 180) and "five injured" are rivals (for
    a lexicon measure only: "thousands of cores" and "768 cores" may be two things)."""
    for vague, other in ((fact, cluster), (cluster, fact)):
        for v in (c.quantity for c in vague if c.quantity and is_vague(c.quantity)):
            low, high = v.low / slack, v.high * slack
            for x in (_point(c.quantity) for c in other if c.quantity):
                if x is None or x <= 0 or low <= 0:
                    continue
                nearest = low if x < low else high if x > high else x
                if max(nearest, x) / min(nearest, x) <= max_ratio:
                    return True
    return False


def _exclusive_nouns(fact: list[Claim], cluster: list[Claim], exclusive: frozenset[frozenset[str]]) -> bool:
    """Whether the two sides count with nouns that never count the same members ("men" /
    "women"), or describe them with modifiers that never describe the same ones ("net" /
    "operating" profit, "suspected" / "confirmed" cases); a side that names no modifier
    of a group may be either."""
    words_a = set().union(*(_descriptors(c) for c in fact))
    words_b = set().union(*(_descriptors(c) for c in cluster))
    return any(
        words_a & group and words_b & group and (words_a & group).isdisjoint(words_b & group) for group in exclusive
    )


def _descriptors(claim: Claim) -> frozenset[str]:
    """The lemma of what a figure counts, the words that modify it ("punitive damages":
    "damage", "punitive") and its verb ("confirmed 1,150 cases": "confirm")."""
    lemma = claim.noun_lemma.lower() if claim.noun_lemma else ""
    return _noun_words(claim.noun or "") | {w for w in (lemma, claim.predicate) if w}


@lru_cache(maxsize=65536)
def _noun_words(noun: str) -> frozenset[str]:
    """The modifiers of a counted noun phrase as written, lower-cased, without its head."""
    return frozenset(word.strip(".,;:'\"()") for word in noun.lower().split()[:-1])


def _decimal_slip(fact: list[Claim], cluster: list[Claim]) -> bool:
    """Whether two exact figures differ by a power of ten with the same digits: "2.5 km" /
    "25 km", "120" / "1,200" (a misplaced point or a dropped zero is a misreport to flag)."""
    exact_a = {c.quantity.value for c in fact if c.quantity and c.quantity.is_exact and c.quantity.value}
    exact_b = {c.quantity.value for c in cluster if c.quantity and c.quantity.is_exact and c.quantity.value}
    return any(
        math.isclose(max(x, y) / min(x, y), 10.0**k, rel_tol=1e-9) for x in exact_a for y in exact_b for k in (1, 2, 3)
    )


@lru_cache(maxsize=8)
def _whole_pattern(markers: frozenset[str]) -> re.Pattern[str]:
    """ "nationwide", "in total": the sentence tells the whole event's figure."""
    return re.compile(rf"\b(?:{alternation(markers)})\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _part_pattern(units: frozenset[str]) -> re.Pattern[str]:
    """ "in one district", "in the capital", "in Kessley province": the sentence tells a part
    of the territory."""
    return re.compile(
        rf"\bin\s+(?:(?:one|a|an|the|some|each|two|three|several)\s+(?:\w+\s+)?|(?:[A-Z][\w'-]+\s+){{1,3}})"
        rf"(?:{alternation(units)})s?\b"
    )


def _told_whole(claims: list[Claim], words: Lexicon = PACKAGED) -> bool:
    return any(_says(c.sentence, words.whole_markers, whole=True) for c in claims)


def _told_part(claims: list[Claim], words: Lexicon = PACKAGED) -> bool:
    return any(_says(c.sentence, words.place_units, whole=False) or _in_named_place(c) for c in claims)


@lru_cache(maxsize=65536)
def _says(sentence: str, words: frozenset[str], whole: bool) -> bool:
    """Whether a sentence marks its figure as the whole event's or as a part's (asked of
    one sentence for every pair of clusters its figure is weighed against, so kept)."""
    pattern = _whole_pattern(words) if whole else _part_pattern(words)
    return pattern.search(sentence) is not None


#: "on Sunday alone", "in Lorca alone", "in the first hour alone": a part of a larger total.
_ALONE = re.compile(r"\b(?:on|in|at|during|for|from)\s+[^,.;:]{1,40}?\s+alone\b", re.IGNORECASE)


def _told_alone(claims: list[Claim]) -> bool:
    """Whether a sentence marks its figure as a part of a larger total by "alone"."""
    return any(_says_alone(c.sentence) for c in claims)


@lru_cache(maxsize=65536)
def _says_alone(sentence: str) -> bool:
    """:func:`_told_alone` of one sentence (kept: a figure is weighed against many clusters)."""
    return "alone" in sentence.lower() and _ALONE.search(sentence) is not None


def _named_places(claims: list[Claim]) -> frozenset[str]:
    """The places figures are told "in" or measured from, by name ("killed 12 people in
    Peru", "80 km from Lima")."""
    return frozenset(p for c in claims for p in (_in_named_place(c), _from_named_place(c), _death_place(c)) if p)


def _death_place(claim: Claim) -> str:
    """Where a count of the dead or hurt was made, from the words right after it in its
    clause ("five died at the scene": "scene"; ``death_places``), or ""."""
    return _place_of_death(claim.sentence, claim.sentence_offset, claim.shown)


@lru_cache(maxsize=65536)
def _place_of_death(sentence: str, offset: int | None, shown: str) -> str:
    """:func:`_death_place` of a figure by its sentence, offset and words (kept: a figure is
    weighed against many clusters)."""
    if offset is None:
        return ""
    after = sentence[offset + len(shown) :][:80].lower()
    m = _death_place_pattern().match(after)
    return DEATH_PLACES[m.group(1)] if m else ""


@lru_cache(maxsize=1)
def _death_place_pattern() -> re.Pattern[str]:
    """Words of a clause, then one of ``death_places`` (compiled once)."""
    return re.compile(rf"\s*(?:[a-z][\w'-]*\s+){{0,4}}?({alternation(DEATH_PLACES)})\b")


def _from_named_place(claim: Claim) -> str:
    """The named place a distance is measured from, lower-cased ("30 km from Tarsk"), or ""."""
    unit = claim.quantity.unit if claim.quantity else None
    return _place_from(claim.sentence, claim.sentence_offset, claim.shown, unit)


@lru_cache(maxsize=65536)
def _place_from(sentence: str, offset: int | None, shown: str, unit: str | None) -> str:
    """:func:`_from_named_place` of a figure by its sentence, offset, words and unit."""
    if offset is None or dimension(unit) != "length":
        return ""
    m = _FROM_NAME_AFTER.match(sentence, offset + len(shown))
    return m.group(1).lower().removesuffix("'s") if m else ""


#: A point of the compass ("north", "south-east", "southwest").
_COMPASS_POINT = r"(?:north|south)(?:-?(?:east|west))?|east|west"
#: Right after a figure, in its clause: its noun and "in" a capitalised name ("killed 9
#: people in Texas", "40 dead in northern Kessley"), or a part of the country told by its
#: compass point alone ("40 dead in the north", "300 evacuated from the north").
_IN_NAME_AFTER = re.compile(
    r"\s*(?:[a-z][\w'-]*\s+){0,3}?(?:in\s+"
    r"(?:(?:the\s+)?(?:(?P<side>[a-z-]+ern)\s+)?(?P<name>[A-Z][\w'-]+)"
    rf"|the\s+(?P<point>{_COMPASS_POINT})\b)|from\s+the\s+(?P<origin>{_COMPASS_POINT})\b)"
)
#: A compass adjective, as its point: "northern" is "north", "south-eastern" "southeast".
_COMPASS_SIDE = re.compile(rf"^({_COMPASS_POINT})ern$")
#: Right after a distance: the place it is measured from ("35 km east of the city of
#: Tarsk", "30 km from Tarsk").
_FROM_NAME_AFTER = re.compile(
    rf"\s*(?:from|(?:{_COMPASS_POINT})\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|capital)\s+of\s+)?([A-Z][\w'-]+)"
)


def _in_named_place(claim: Claim) -> str:
    """The named place a figure is told for, lower-cased: "in" a name right after it, in
    its clause ("killed 9 people in Texas"), a month or a weekday not being a place; ""
    when there is none."""
    return _place_in(claim.sentence, claim.sentence_offset, claim.shown)


@lru_cache(maxsize=65536)
def _place_in(sentence: str, offset: int | None, shown: str) -> str:
    """:func:`_in_named_place` of a figure by its sentence, offset and words."""
    if offset is None:
        return ""
    after = sentence[offset + len(shown) :][:60]
    m = _IN_NAME_AFTER.match(after)
    if m is None:
        return ""
    group = next(g for g in ("point", "origin", "name") if m.group(g))
    if "," in after[: m.start(group)]:
        return ""
    if group != "name":  # "in the north", "evacuated from the north": a part of the country
        return m.group(group).replace("-", "")
    name = m.group("name").lower().removesuffix("'s").removesuffix("\u2019s")
    if name in MONTHS or name in WEEKDAYS:
        return ""
    # "in northern Kessley" and "in southern Kessley" are two parts of one country
    side = _COMPASS_SIDE.match(m.group("side") or "")
    return f"{side.group(1).replace('-', '')} {name}" if side else name


#: Stretch words whose number sets the window itself ("the first 17 points"): two such
#: figures are two windows; a run ("four straight points") may be misreported.
WINDOW_WORDS = frozenset({"first", "last", "final", "opening", "closing", "next"})


def _said_events(claim: Claim, words: Lexicon = PACKAGED) -> frozenset[str]:
    """The event classes the sentence of a figure read without its verb still names (none
    for a figure read with its verb)."""
    return _sentence_classes(claim.sentence, words) - {""} if not claim.predicate else frozenset()


def _unparsed_events(claims: list[Claim], words: Lexicon = PACKAGED) -> frozenset[str]:
    """The event classes the sentences of figures read without their verb still name."""
    return frozenset().union(*(_said_events(c, words) for c in claims))


def _other_events(fact: list[Claim], cluster: list[Claim], words: Lexicon = PACKAGED) -> bool:
    """Whether two sets of figures, one of them read without its verb, are told of two
    different events: the verbs on one side, or what its sentences still name, share no event
    class with the other's."""
    said_a, said_b = _unparsed_events(fact, words), _unparsed_events(cluster, words)
    if said_a and said_b and said_a.isdisjoint(said_b):
        return True  # both read without their verbs, their sentences naming two events
    if not (said_a or said_b):
        return False
    told_a, told_b = _events(fact, words), _events(cluster, words)
    return bool(told_a and told_b and told_a.isdisjoint(told_b))


def _events(claims: list[Claim], words: Lexicon = PACKAGED) -> frozenset[str]:
    """The event classes figures are told of: each one's verb, or for one read without its
    verb, those its sentence names (empty when any figure tells of none known)."""
    found: set[str] = set()
    for c in claims:
        told = {words.predicate_class(c.predicate) or ""} if c.predicate else set(_sentence_classes(c.sentence, words))
        told.discard("")
        if not told:
            return frozenset()
        found |= told
    return frozenset(found)


def _is_window(claims: list[Claim]) -> bool:
    return any(c.noun and not WINDOW_WORDS.isdisjoint(c.noun.split()) for c in claims)


def _is_stretch(claims: list[Claim], words: Lexicon = PACKAGED) -> bool:
    """Whether figures count a stretch or run: "four straight points", "the first eight points"."""
    return any(c.noun and not words.stretch_words.isdisjoint(c.noun.split()) for c in claims)


def _cluster_key(cluster: list[Claim]) -> tuple:
    first = cluster[0]
    return (low_key(first.quantity), high_key(first.quantity), first.source, first.start)  # type: ignore[arg-type]


def _anchor(q: Quantity) -> float | None:
    """The figure a one-sided bound is stated from, or None for a figure bounded on both sides.

    "more than 1,000" is (1000, inf) and "up to 1,099" is [0, 1099] (the floor of an
    amount): each says little beyond its one stated end.
    """
    if q.value is None:
        return None
    if q.high == math.inf and q.low == q.value:
        return q.value
    if q.high == q.value and (q.low == -math.inf or q.low == 0 < q.value):
        return q.value
    return None


def _informative(q: Quantity, max_ratio: float) -> Quantity:
    """The part of an interval that tells of a figure.

    A one-sided bound ("up to 1,099" = [0, 1099], "more than 1,000" = (1000, inf)) allows
    almost anything on its open side; it only speaks of figures within ``max_ratio`` of
    the one it states, as farther figures are other facts (see :func:`_may_be_rivals`).
    """
    anchor = _anchor(q)
    if anchor is None:
        return q
    low, high = sorted((anchor / max_ratio, anchor * max_ratio))
    if q.high == math.inf:
        return attrs.evolve(q, high=high, high_inclusive=True)
    return attrs.evolve(q, low=low, low_inclusive=True)


def _value_clusters(claims: list[Claim], max_ratio: float = 4.0) -> list[list[Claim]]:
    """Connected components of claims whose informative extents overlap (sorted sweep, O(n log n)).

    On whole intervals a wide bound would glue far-apart figures into one group
    ("$19.99" and "$999" through "up to $1,099"); see :func:`_informative`.
    """
    extents = sorted(
        ((_informative(c.quantity, max_ratio), c) for c in claims if c.quantity),
        key=lambda ec: (ec[0].low, ec[0].high, ec[1].source, ec[1].start),
    )
    clusters: list[list[Claim]] = []
    reach: tuple[float, int] | None = None  # the end key of the cluster being built
    for q, claim in extents:
        if reach is not None and low_key(q) <= reach:
            clusters[-1].append(claim)
            reach = max(reach, high_key(q))
        else:
            clusters.append([claim])
            reach = high_key(q)
    return clusters


def _quantity_subject(claims: Sequence[Claim], pred: str) -> str:
    """What a group of figures counts: "USD fine (pay)", "% of voters (back)"."""
    noun = most_common(c.noun or "" for c in claims)
    unit = most_common(c.quantity.unit or "" for c in claims if c.quantity)
    if unit == "%":
        parts = [f"% of {noun}" if noun else "percentage"]
    else:
        parts = [unit, noun or "(unnamed count)"] if unit else [noun or "(unnamed count)"]
    if pred:
        parts.append(f"({pred})")
    scopes = {c.scope for c in claims}
    if len(scopes) == 1 and None not in scopes:
        return " ".join(parts) + f", {scopes.pop()}"  # "shots (block), deciding run"
    return " ".join(parts)


# ---------------------------------------------------------------- entities


def align_entities(claims: Sequence[Claim], config: Config = DEFAULT_CONFIG) -> list[Group]:
    """Cluster names across sources: aliases, accents and transliterations fall together."""
    claims = _relabel_people(claims)
    groups: list[Group] = []
    for person in (True, False):
        members = [c for c in claims if (c.label == "PERSON") == person and c.entity]
        for cluster in _cluster_names(members, "PERSON" if person else None, config):
            groups.append(Group(ClaimKind.ENTITY, _entity_subject(cluster), tuple(cluster)))
    return groups


def _relabel_people(claims: Sequence[Claim]) -> list[Claim]:
    """A name the model tagged ORG once ("Trump") is a person if it is a person elsewhere;
    a one-word name the articles place more often than they make a person ("in Kessley",
    "near Kessley", tagged a person once) is a place."""
    places = Counter(_fold(c.entity) for c in claims if c.label in _PLACE_LABELS and c.entity)
    persons = Counter(_fold(c.entity) for c in claims if c.label == "PERSON" and c.entity)
    # a word of a full name ("Chela" of "Chela Ortiz") is a person's, however often it is tagged a place
    in_names = {
        word
        for c in claims
        if c.label == "PERSON" and c.entity and " " in c.entity.strip()
        for word in _fold(c.entity).split()
    }
    cued = {_fold(c.entity) for c in claims if c.label in _PLACE_LABELS and c.entity and _placed_in(c)}
    placed = {
        name
        for name, n in places.items()
        if name in cued and " " not in name and name not in in_names and n >= persons[name] > 0
    }
    people = {name for name in persons if name not in placed}
    people |= {_fold(c.entity.split()[-1]) for c in claims if c.label == "PERSON" and c.entity and c.entity.split()}
    people -= placed
    out = []
    for claim in claims:
        name = _fold(claim.entity) if claim.entity else ""
        if claim.label == "PERSON" and name in placed:
            claim = with_changes(claim, label="GPE")
        elif claim.label != "PERSON" and name and name in people:
            claim = with_changes(claim, label="PERSON")
        out.append(claim)
    return out


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _placed_in(claim: Claim) -> bool:
    """Whether a sentence puts a name where only a place goes: "near Kessley", "the town of Kessley"."""
    name = re.escape(claim.entity or "")
    return bool(re.search(rf"\b(?:in|near|outside|(?:town|city|village|county) of)\s+{name}\b", claim.sentence))


@lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    return fold(name)


def _cluster_names(claims: list[Claim], label: str | None, config: Config) -> list[list[Claim]]:  # noqa: PLR0912  (one union per kind of name evidence)
    """Union names that denote one entity.

    Other entities join only on equal transliteration keys (a dictionary, linear). People
    are blocked by the first letter of the transliterated surname; inside a block one
    vectorised ``cdist`` over surnames proposes the close pairs, and ``same_entity``
    decides each, so the cost grows with close pairs rather than all pairs.
    """
    names = sorted({c.entity for c in claims if c.entity})
    apart = _written_together(claims) if label == "PERSON" else {}
    sets = DisjointSets(names)
    find, union = sets.find, sets.union

    keys = {n: translit_key(n) for n in names}
    same: dict[str, list[str]] = defaultdict(list)
    for name in names:
        # Short forms ("NJ", "NY") are abbreviations: only an exact canonical match joins them.
        # Spaces inside a name are a spelling ("Sea Micro" / "SeaMicro", "Del Giudice" / "DelGiudice").
        same[keys[name].replace(" ", "") if len(keys[name]) >= 5 else canonical(name)].append(name)
    for group in same.values():
        for other in group[1:]:
            union(group[0], other)
    if label != "PERSON":  # "Berne" / "Bern", "Crowley Petroleum" / "Crowley Petroleum Distributors"
        for a, b in _name_variants(claims):
            union(a, b)
    if label == "PERSON":
        blocks: dict[str, list[str]] = defaultdict(list)
        for name in names:
            words = keys[name].split()
            blocks[words[-1][:1] if words else ""].append(name)
        for block in blocks.values():
            if len(block) < 2:
                continue
            surnames = [keys[n].split()[-1] if keys[n] else "" for n in block]
            scores = process.cdist(
                surnames,
                surnames,
                scorer=fuzz.ratio,
                dtype=np.uint8,
                workers=1,
                score_cutoff=int(config.name_similarity),
            )
            rows, cols = np.nonzero(scores)
            for i, j in zip(rows.tolist(), cols.tolist(), strict=False):
                if (
                    i < j
                    and find(block[i]) != find(block[j])
                    and same_entity(block[i], block[j], label, config.name_similarity)
                    and not apart.get(block[i], frozenset()) & apart.get(block[j], frozenset())
                ):
                    union(block[i], block[j])
    clusters: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        clusters[find(claim.entity)].append(claim)  # type: ignore[arg-type]
    if label == "PERSON":
        similarity = config.name_similarity
        return [part for cluster in clusters.values() for part in _separate_people(cluster, similarity, apart)]
    return list(clusters.values())


def _written_together(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """Each full name of a person -> the sources that write it beside another full name with
    the same surname and another first name: an article that names "Jerry Ortiz" and
    "Jeremy Ortiz" means two people (a father and his son), not one name spelled two ways."""
    by_surname: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in claims:
        words = _fold(claim.entity or "").split()
        if len(words) > 1:
            by_surname[(claim.source, words[-1])].add(claim.entity)  # type: ignore[arg-type]
    apart: dict[str, set[str]] = defaultdict(set)
    for (source, _), written in by_surname.items():
        firsts = {_fold(name).split()[0] for name in written}
        if len(firsts) > 1:
            for name in written:
                apart[name].add(source)
    return {name: frozenset(sources) for name, sources in apart.items()}


def _name_variants(claims: list[Claim]) -> list[tuple[str, str]]:
    """Pairs of place or organisation names that are one name written two ways."""
    sources: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        sources[claim.entity].add(claim.source)  # type: ignore[index]
        labels[claim.entity][_PLACE if claim.label in _PLACE_LABELS else claim.label or ""] += 1  # type: ignore[index]
    return variant_pairs(
        sources, {n: frozenset(s) for n, s in sources.items()}, {n: c.most_common(1)[0][0] for n, c in labels.items()}
    )


_PLACE = "place"


def _separate_people(
    cluster: list[Claim], similarity: float = VARIANT_SIMILARITY, apart: Mapping[str, frozenset[str]] | None = None
) -> list[list[Claim]]:
    """Undo merges made through a bare surname: "Gigante" must not join Vincent and Louis Gigante.

    Full names are grouped by ``same_person`` unless ``apart`` shows one source writing both;
    a surname alone joins them only when every full name in the cluster is one person.
    """
    full = sorted({c.entity for c in cluster if c.entity and len(c.entity.split()) > 1})
    apart = apart or {}
    people: list[list[str]] = []
    for name in full:
        for person in people:
            if all(
                same_entity(name, other, "PERSON", similarity)
                and not apart.get(name, frozenset()) & apart.get(other, frozenset())
                for other in person
            ):
                person.append(name)
                break
        else:
            people.append([name])
    if len(people) <= 1:
        return [cluster]
    index = {name: i for i, person in enumerate(people) for name in person}
    parts: list[list[Claim]] = [[] for _ in people]
    alone: list[Claim] = []
    for claim in cluster:
        if claim.entity in index:
            parts[index[claim.entity]].append(claim)
        else:
            alone.append(claim)
    return parts + ([alone] if alone else [])


def fullest_name(claims: Sequence[Claim]) -> str:
    """The name that says most of those a group uses ("Alexander Lukashenko" over "Lukashenko")."""
    return max((c.entity or "" for c in claims), key=lambda n: (len(n.split()), fold(n), n))


def _entity_subject(claims: Sequence[Claim]) -> str:
    """The fullest name in the group with its kind: "Alexander Lukashenko (person)"."""
    name = fullest_name(claims)
    label = most_common(c.label or "" for c in claims)
    return f"{name} ({ENTITY_KINDS.get(label, label.lower())})"


#: How an entity label is named for people.
ENTITY_KINDS = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organisation",
    NICKNAME: "nickname",
}


# ---------------------------------------------------------------- dates


def align_dates(claims: Sequence[Claim], config: Config = DEFAULT_CONFIG) -> list[Group]:
    """Event dates grouped by event; a publication date is never compared with an event date."""
    groups: list[Group] = []
    events: dict[str, list[Claim]] = defaultdict(list)
    once: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.label == "EVENT" and claim.predicate:
            event = config.lexicon.predicate_class(claim.predicate) or ""
            if claim.agent and claim.predicate in config.lexicon.once_events:
                # "Beta was founded in 2004" / "Beta, founded in 2005,": one founding, however told
                once[(event, canonical(claim.agent).rsplit(" ", 1)[-1])].append(claim)
            else:
                events[event].append(claim)
    for (pred, _surname), members in once.items():
        for held in _one_holder_each(members):
            holder = longest(c.agent or "" for c in held)
            groups.append(Group(ClaimKind.DATE, f"date ({pred}) of {holder}", tuple(held)))
    for pred, members in events.items():
        clusters = _context_clusters(members, config.date_context_similarity, config.date_named_similarity)
        groups.extend(Group(ClaimKind.DATE, f"date ({pred})", tuple(cluster)) for cluster in clusters)
    return groups


def _score_subject(claims: Sequence[Claim], words: Lexicon = PACKAGED) -> str:
    """ "final score", "record of Klitschko", "score"."""
    kind = most_common(c.label or "" for c in claims) or "score"
    if kind == "score" and all(
        words.predicate_class(c.predicate) in FINAL_EVENTS or result_sides(c.text) for c in claims
    ):
        return "final score"
    holder = most_common(c.agent or "" for c in claims)
    return f"{kind} of {holder}" if holder and kind == "record" else kind


def _one_holder_each(claims: list[Claim]) -> list[list[Claim]]:
    """Dates of one surname's holders: one holder when the names give at most one first
    name ("John Gotti" / "Gotti"); else one group per full name, a bare surname alone."""
    names = {canonical(c.agent or "") for c in claims}
    firsts = {n.split()[0] for n in names if " " in n}
    if len(firsts) <= 1:
        return [claims]
    by_name: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_name[canonical(claim.agent or "")].append(claim)
    return [by_name[n] for n in sorted(by_name)]


def _context_clusters(claims: list[Claim], threshold: float, named: float | None = None) -> list[list[Claim]]:
    """Dates stay together only when their sentences (numbers masked) tell of the same event:
    alike above ``threshold``, or above ``named`` when both sentences name one person,
    place or thing ("indicted ... the Old Tappan police force" told in other words)."""
    clusters: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        masked = mask_numbers(claim.sentence.lower())
        for cluster in clusters:
            ref = mask_numbers(cluster[0].sentence.lower())
            alike = fuzz.token_sort_ratio(masked, ref)
            if alike >= threshold or (
                named is not None and alike >= named and _names_in(claim.sentence) & _names_in(cluster[0].sentence)
            ):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    return clusters


register_aligner(ClaimKind.QUANTITY, align_quantities)
register_aligner(ClaimKind.ENTITY, align_entities)
register_aligner(ClaimKind.DATE, align_dates)
register_aligner(ClaimKind.SCORE, _align_score_claims)
register_aligner(ClaimKind.RANK, _align_rank_claims)
register_aligner(ClaimKind.RELATION, _align_relations)
