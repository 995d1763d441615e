"""Synthetic article sets, as claims, with known ground truth for alignment and comparison.

A pool of facts (counted things with an event and a true value, people, places) is
reported by many sources, each a random subset, worded the way outlets differ
("freed"/"released", "prisoners"/"political prisoners"). Perturbations carry known
labels: one source's number changed (CONFLICT), a surname respelled (VARIANT), vague
restatements that still allow the true value (never CONFLICT), facts only one source
gives (UNIQUE), and different things sharing a number (never paired).

Everything is drawn from ``random.Random(seed)``, so one seed gives one set.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Sequence

import attrs

from claimcheck import Claim, ClaimKind, Quantity, parse_quantity
from claimcheck.config import DEFAULT_CONFIG
from claimcheck.entities import spelling
from claimcheck.lexicon import PREDICATE_CLASSES
from claimcheck.readers.quantities import is_vague

# ---------------------------------------------------------------- vocabulary

#: head lemma -> (plural surface, modifiers an outlet may put before it)
NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "prisoner": ("prisoners", ("political", "jailed")),
    "journalist": ("journalists", ("foreign", "independent")),
    "protester": ("protesters", ("peaceful", "anti-government")),
    "soldier": ("soldiers", ("enemy", "conscript")),
    "civilian": ("civilians", ("unarmed",)),
    "worker": ("workers", ("factory", "migrant")),
    "employee": ("employees", ("federal", "full-time")),
    "student": ("students", ("university",)),
    "refugee": ("refugees", ("Syrian", "registered")),
    "patient": ("patients", ("hospital",)),
    "passenger": ("passengers", ("stranded",)),
    "villager": ("villagers", ()),
    "activist": ("activists", ("opposition", "rights")),
    "vehicle": ("vehicles", ("armoured", "military")),
    "house": ("houses", ("private",)),
    "child": ("children", ("young",)),
    "voter": ("voters", ("registered", "first-time")),
    "lawmaker": ("lawmakers", ("opposition",)),
    "miner": ("miners", ("trapped",)),
    "tourist": ("tourists", ("foreign",)),
    "fighter": ("fighters", ("militia",)),
    "nurse": ("nurses", ("striking",)),
    "drone": ("drones", ("attack",)),
    "officer": ("officers", ("police",)),
}

_IRREGULAR = {
    "free": "freed",
    "hold": "held",
    "keep": "kept",
    "pay": "paid",
    "spend": "spent",
    "buy": "bought",
    "win": "won",
    "lose": "lost",
    "let": "let",
    "make": "made",
    "die": "died",
    "cut": "cut",
    "lay": "laid",
    "flee": "fled",
    "slay": "slain",
    "beat": "beaten",
    "raise": "raised",
    "stay": "stayed",
}

#: Event classes and the words outlets use for them (a word in two classes is left out).
_COUNTS = defaultdict(int)
for _members in PREDICATE_CLASSES.values():
    for _m in _members:
        _COUNTS[_m] += 1
PREDICATES: dict[str, tuple[str, ...]] = {
    name: tuple(
        m
        for m in members
        if _COUNTS[m] == 1
        and m not in {"let", "round", "lay", "dead", "death", "fatality", "injury", "evacuation", "layoff"}
    )
    for name, members in PREDICATE_CLASSES.items()
}

_FIRST_NAMES = [
    "Alexander",
    "Maria",
    "Viktor",
    "Olena",
    "Sergei",
    "Irina",
    "Pavel",
    "Natalia",
    "Dmitry",
    "Svetlana",
    "Andrei",
    "Yulia",
    "Mikhail",
    "Tatiana",
    "Roman",
    "Oksana",
    "Igor",
    "Daria",
    "Vladimir",
    "Ksenia",
    "Gitanas",
    "Ales",
    "Maksim",
    "Veronika",
]
_ONSETS = [
    "b",
    "d",
    "g",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "dr",
    "gr",
    "kr",
    "pr",
    "st",
    "tr",
    "sh",
    "zh",
    "ch",
    "kh",
    "ts",
    "y",
]
_VOWELS = ["a", "e", "i", "o", "u"]
_ENDINGS = ["enko", "enka", "ov", "ev", "sky", "ski", "uk", "chuk", "ich", "vich", "in", "ets", "yak"]

#: Transliteration habits: one outlet writes the left form, another the right.
_RESPELL = [
    ("enko", "enka"),
    ("enka", "enko"),
    ("ov", "ou"),
    ("ev", "eu"),
    ("sky", "skiy"),
    ("sky", "skyy"),
    ("ski", "sky"),
    ("kh", "h"),
    ("ts", "c"),
    ("ch", "tch"),
    ("zh", "j"),
    ("vich", "vitch"),
    ("y", "i"),
    ("e", "ė"),
    ("a", "á"),
    ("v", "w"),
]

#: Places and organisations with the style aliases outlets use (never spelling variants).
PLACES: list[tuple[str, tuple[str, ...]]] = [
    ("GPE", ("United States", "US", "America")),
    ("GPE", ("United Kingdom", "Britain", "UK")),
    ("GPE", ("Belarus",)),
    ("GPE", ("Lithuania",)),
    ("GPE", ("Minsk",)),
    ("GPE", ("Vilnius",)),
    ("GPE", ("Russia", "Russian Federation")),
    ("GPE", ("Poland",)),
    ("GPE", ("Warsaw",)),
    ("ORG", ("European Union", "EU")),
    ("ORG", ("United Nations", "UN")),
    ("ORG", ("State Department", "US State Department")),
]

_OFFICES = ["President", "Prime Minister", "Foreign Minister", "Ambassador", "Governor", "Mayor"]
_ADJECTIVES = ["Belarusian", "Lithuanian", "Polish", "former", "acting"]


# ---------------------------------------------------------------- ground truth


@attrs.frozen
class Fact:
    """One thing sources may report; ``fid`` names it in the ground truth."""

    fid: str
    kind: str  # "count", "person" or "place"
    head: str = ""
    predicate: str = ""
    value: int = 0
    year: int | None = None
    first: str = ""
    surname: str = ""
    respelled: str = ""
    office: str = ""
    label: str = ""
    names: tuple[str, ...] = ()


@attrs.frozen
class SyntheticSet:
    """Claims of N sources plus what a perfect checker would say about them."""

    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    facts: dict[str, Fact]
    #: (source, start) of every claim -> the fact it states
    truth: dict[tuple[str, int], str]
    #: facts where one source gives a number disjoint from every other source's
    conflicts: frozenset[str]
    #: people whose surname is spelled two ways by sources that both name them
    variants: frozenset[str]
    #: the source whose number was changed, per conflict fact
    changed: dict[str, str]
    #: changed facts that are a conflict or not depending on which of two equally
    #: narrow statements stands for a source
    unclear: frozenset[str] = frozenset()

    def fact_of(self, claim: Claim) -> str:
        return self.truth[(claim.source, claim.start)]


# ---------------------------------------------------------------- building the pool


def _surname(rng: random.Random) -> str:
    stem = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((1, 2, 2, 3))))
    ending = rng.choice(_ENDINGS)
    if ending[0] in "aeiouy":
        stem = stem[:-1] + rng.choice(["l", "r", "sh", "n", "t"])
    return (stem + ending).capitalize()


def _distinct(name: str, taken: Sequence[str]) -> bool:
    """Far enough from every other surname that no respelling can make two people one."""
    from rapidfuzz import fuzz

    from claimcheck.entities import translit_key

    key = translit_key(name)
    return len(key) >= 6 and all(fuzz.ratio(key, translit_key(t)) < 60 for t in taken)


def _respell(rng: random.Random, surname: str) -> str:
    lowered = surname.lower()
    options = [(a, b) for a, b in _RESPELL if a in lowered[1:]]
    rng.shuffle(options)
    for a, b in options:
        i = lowered.rfind(a)
        out = lowered[:i] + b + lowered[i + len(a) :]
        if out != lowered and out[0] == lowered[0]:
            return out.capitalize()
    return (lowered + "h").capitalize()


def _nice_above(x: int) -> int | None:
    """A round number R with 0.9R <= x < R ("nearly R" allows x)."""
    for step in (1000, 500, 100, 50, 10, 5):
        r = (x // step + 1) * step
        if 0.9 * r <= x < r:
            return r
    return None


def _nice_below(x: int) -> int | None:
    """A round number F < x ("more than F" allows x)."""
    for step in (1000, 500, 100, 50, 10):
        f = (x - 1) // step * step
        if 0 < f < x and f >= 0.5 * x:
            return f
    return None


def _vague(rng: random.Random, x: int) -> str | None:
    """A hedged restatement of x whose interval still contains x."""
    forms = []
    if (r := _nice_above(x)) is not None:
        forms += [f"nearly {r:,}", f"almost {r:,}"]
    if (f := _nice_below(x)) is not None:
        forms += [f"more than {f:,}", f"over {f:,}", f"at least {f:,}"]
    if x >= 20:
        forms.append(f"about {round(x, -1):,}")
    if 200 <= x < 1000:
        forms.append("hundreds of")
    if not forms:
        return None
    text = rng.choice(forms)
    q = parse_quantity(text.replace(" of", ""))
    return text if q is not None and q.contains(x) else None


def _sample(rng: random.Random, weights: Sequence[float], k: int) -> list[int]:
    """k distinct indices, drawn with the given weights (exponential-key method)."""
    keys = [(rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)]
    return [i for _, i in sorted(keys, reverse=True)[:k]]


# ---------------------------------------------------------------- generation


def generate(
    n_sources: int,
    seed: int = 0,
    *,
    claims_per_source: int = 40,
    n_counts: int | None = None,
    n_people: int | None = None,
    conflict_rate: float = 0.15,
    variant_rate: float = 0.3,
    vague_rate: float = 0.2,
    order_seed: int | None = None,
    vague_slack: float = DEFAULT_CONFIG.vague_slack,
) -> SyntheticSet:
    """An article set of ``n_sources`` sources of about ``claims_per_source`` claims each.

    ``order_seed`` only reorders sentences inside each source (so offsets change but
    not what is said): the report must not depend on it. ``vague_slack`` is the
    checker's ``Config.vague_slack``: a changed figure that a vague restatement still
    allows, read that loosely, is no conflict in the ground truth either.
    """
    rng = random.Random(seed)
    n_counts = n_counts or 30 + n_sources // 10
    n_people = n_people or 10 + n_sources // 20
    facts: dict[str, Fact] = {}

    # Counted facts: distinct (head, event) pairs; some pairs come twice, set in two years.
    pairs = [(h, p) for h in NOUNS for p in PREDICATES]
    rng.shuffle(pairs)
    values: list[int] = []
    counts: list[Fact] = []
    i = 0
    while len(counts) < n_counts:
        head, pred = pairs[i % len(pairs)]
        i += 1
        value = int(math.exp(rng.uniform(math.log(3), math.log(20000))))
        if values and rng.random() < 0.1:
            value = rng.choice(values)  # same number, different thing
        elif value in values:
            continue
        if rng.random() < 0.1 and len(counts) + 2 <= n_counts:
            other = value + rng.randint(5, 400)
            year = rng.randint(2015, 2023)
            for y, v in ((year, value), (year + 1, other)):
                counts.append(Fact(f"q{len(counts)}", "count", head, pred, v, year=y))
                values.append(v)
        else:
            counts.append(Fact(f"q{len(counts)}", "count", head, pred, value))
            values.append(value)
    people: list[Fact] = []
    taken: list[str] = []
    while len(people) < n_people:
        surname = _surname(rng)
        if not _distinct(surname, taken):
            continue
        taken.append(surname)
        respelled = _respell(rng, surname) if rng.random() < variant_rate else ""
        people.append(
            Fact(
                f"p{len(people)}",
                "person",
                first=rng.choice(_FIRST_NAMES),
                surname=surname,
                respelled=respelled,
                office=rng.choice(_OFFICES),
                label="PERSON",
            )
        )
    places = [Fact(f"g{k}", "place", label=label, names=names) for k, (label, names) in enumerate(PLACES)]
    for fact in counts + people + places:
        facts[fact.fid] = fact

    sources = [f"s{k:04d}" for k in range(n_sources)]
    count_weights = [1.0 / (r + 1) ** 0.6 for r in range(len(counts))]
    people_weights = [1.0 / (r + 1) ** 0.6 for r in range(len(people))]
    n_q = max(1, round(claims_per_source * 0.6))
    n_p = max(1, round(claims_per_source * 0.15))
    n_g = 3

    # Who reports what.
    reports: dict[str, list[str]] = {}
    for source in sources:
        chosen = [counts[j].fid for j in _sample(rng, count_weights, min(n_q, len(counts)))]
        chosen += [people[j].fid for j in _sample(rng, people_weights, min(n_p, len(people)))]
        chosen += [places[j].fid for j in rng.sample(range(len(places)), n_g)]
        reports[source] = chosen
    reporters: dict[str, list[str]] = defaultdict(list)
    for source, fids in reports.items():
        for fid in fids:
            reporters[fid].append(source)

    # Per-source spelling habits: which respelled people this outlet writes the other way.
    respells = {
        p.fid: set(rng.sample(reporters[p.fid], max(1, len(reporters[p.fid]) // rng.randint(3, 8))))
        for p in people
        if p.respelled and len(reporters[p.fid]) >= 2
    }

    # One source's number changed: disjoint from what every other source allows.
    changed: dict[str, str] = {}
    new_value: dict[str, int] = {}
    for fact in counts:
        if len(reporters[fact.fid]) >= 2 and rng.random() < conflict_rate:
            changed[fact.fid] = rng.choice(reporters[fact.fid])
            factor = rng.choice((rng.uniform(0.3, 0.7), rng.uniform(1.4, 2.5)))
            changed_to = max(1, round(fact.value * factor))  # int() would floor 9 * 0.3 to 2: 4.5x, not 0.3x
            while changed_to in values:  # a wrong figure, not another fact's figure
                changed_to += 1
            new_value[fact.fid] = changed_to

    claims: list[Claim] = []
    truth: dict[tuple[str, int], str] = {}
    order_rng = random.Random(seed if order_seed is None else order_seed)
    for source in sources:
        sentences: list[tuple[str, list[tuple[int, Claim]]]] = []  # (sentence, [(offset, claim)])
        for fid in reports[source]:
            fact = facts[fid]
            if fact.kind == "count":
                sentences += _count_sentences(rng, fact, source, changed, new_value, vague_rate)
            elif fact.kind == "person":
                sentences += _person_sentences(rng, fact, source, respells.get(fid, set()))
            else:
                sentences += _place_sentences(rng, fact, source)
        order_rng.shuffle(sentences)
        offset = 0
        for sentence, parts in sentences:
            for at, (fid, claim) in parts:
                placed = attrs.evolve(claim, start=offset + at, end=offset + at + len(claim.text))
                claims.append(placed)
                truth[(source, placed.start)] = fid
            offset += len(sentence) + 1

    # A changed number is a conflict when some other source's figure does not allow it,
    # even with vague words read as loosely as the checker reads them ("hundreds of" vs
    # 166 is within the slack of 1.5). A source that says "more than 100" and "116"
    # says 116: its figure is its narrowest statement. When two statements are equally
    # narrow ("at least 10", "over 10") and only one allows the changed number, which
    # one stands for the source is a toss-up: such a fact is ``unclear``.
    conflicts, unclear = set(), set()
    by_fact: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_fact[truth[(claim.source, claim.start)]].append(claim)
    for fid, source in changed.items():
        moved = [_loose(c.quantity, vague_slack) for c in by_fact[fid] if c.source == source]
        said: dict[str, list[Quantity]] = defaultdict(list)
        for c in by_fact[fid]:
            if c.source != source and c.quantity is not None:
                said[c.source].append(c.quantity)
        verdicts = set()
        for figures in said.values():
            narrowest = min((q.high - q.low, q.low) for q in figures)
            tied = [_loose(q, vague_slack) for q in figures if (q.high - q.low, q.low) == narrowest]
            apart = [all(not a.overlaps(b) for a in moved) for b in tied]
            verdicts.add("conflict" if all(apart) else "unclear" if any(apart) else "fits")
        if "conflict" in verdicts:
            conflicts.add(fid)
        elif "unclear" in verdicts:
            unclear.add(fid)
    variants = set()
    for person in people:
        spelled = {_surname_spelling(c.entity or "") for c in by_fact[person.fid]}
        if len({c.source for c in by_fact[person.fid]}) >= 2 and len(spelled) > 1:
            variants.add(person.fid)
    return SyntheticSet(
        claims=tuple(claims),
        sources=tuple(sources),
        facts=facts,
        truth=truth,
        conflicts=frozenset(conflicts),
        variants=frozenset(variants),
        changed=changed,
        unclear=frozenset(unclear),
    )


def _loose(q: Quantity | None, slack: float) -> Quantity:
    """A vague amount widened by ``slack`` on both sides, as the checker widens it."""
    assert q is not None
    if is_vague(q) and slack > 1:
        return attrs.evolve(q, low=q.low / slack, high=q.high * slack)
    return q


def _surname_spelling(name: str) -> str:
    words = spelling(name).split()
    return words[-1] if words else ""


def _participle(lemma: str) -> str:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    return lemma + ("d" if lemma.endswith("e") else "ed")


def _count_sentences(rng, fact: Fact, source: str, changed, new_value, vague_rate):
    value = new_value[fact.fid] if changed.get(fact.fid) == source else fact.value
    plural, modifiers = NOUNS[fact.head]
    out = []
    for repeat in range(2 if rng.random() < 0.15 else 1):
        amount = f"{value:,}"
        if rng.random() < vague_rate and changed.get(fact.fid) != source:
            amount = _vague(rng, value) or amount
        q = parse_quantity(amount.replace(" of", ""))
        if q is None:  # pragma: no cover - the parser reads every form used here
            amount, q = f"{value:,}", parse_quantity(f"{value:,}")
        modifier = rng.choice(modifiers + ("",) * 2) if modifiers else ""
        noun = f"{modifier} {plural}".strip()
        verb = rng.choice(PREDICATES[fact.predicate])
        # A lemmatizer now and then keeps a regular plural.
        lemma = plural if plural == fact.head + "s" and rng.random() < 0.05 else fact.head
        predicate = verb if rng.random() > 0.03 else None  # or misses the event
        year = f" in {fact.year}" if fact.year else ""
        lead = rng.choice(["", "Officials said ", "According to reports, ", "The ministry said "])
        sentence = f"{lead}{amount} {noun} were {_participle(verb)}{year}."
        if repeat:
            sentence = f"{lead}In all, {amount} {noun} were {_participle(verb)}{year}."
        at = sentence.index(amount)
        claim = Claim(
            kind=ClaimKind.QUANTITY,
            source=source,
            text=amount,
            start=0,
            end=len(amount),
            sentence=sentence,
            display=amount,
            quantity=q,
            noun=noun,
            noun_lemma=lemma,
            predicate=predicate,
        )
        out.append((sentence, [(at, (fact.fid, claim))]))
    return out


def _person_sentences(rng, fact: Fact, source: str, respellers: set[str]):
    surname = fact.respelled if source in respellers else fact.surname
    full = f"{fact.first} {surname}"
    name = full if rng.random() > 0.1 else surname  # now and then only the surname
    role = rng.choice([fact.office, f"{rng.choice(_ADJECTIVES)} {fact.office}", None])
    out = []
    for repeat in range(rng.choice((1, 1, 2))):
        said = rng.choice(["said", "told reporters", "denied the reports", "spoke on Friday"])
        title = f"{role} " if role and not repeat else ""
        sentence = f"{title}{name} {said}."
        at = sentence.index(name)
        claim = Claim(
            kind=ClaimKind.ENTITY,
            source=source,
            text=name,
            start=0,
            end=len(name),
            sentence=sentence,
            display=name,
            entity=name,
            label="PERSON",
            role=role if not repeat else None,
        )
        out.append((sentence, [(at, (fact.fid, claim))]))
    return out


def _place_sentences(rng, fact: Fact, source: str):
    name = rng.choice(fact.names)
    sentence = f"Talks were held with {name} officials."
    claim = Claim(
        kind=ClaimKind.ENTITY,
        source=source,
        text=name,
        start=0,
        end=len(name),
        sentence=sentence,
        display=name,
        entity=name,
        label=fact.label,
    )
    return [(sentence, [(sentence.index(name), (fact.fid, claim))])]


# ---------------------------------------------------------------- scoring


@attrs.frozen
class Score:
    """Precision and recall of one kind of finding against the ground truth."""

    found: int
    correct: int
    expected: int
    detected: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.detected / self.expected if self.expected else 1.0


def score(data: SyntheticSet, report, status: str) -> Score:
    """How well a report's CONFLICT (quantity) or VARIANT (person) findings match the truth.

    A finding is correct when all its claims state one fact and that fact carries the
    perturbation; a fact is detected when some correct finding is about it.
    """
    from claimcheck import Status

    wanted = Status(status)
    expected = data.conflicts if wanted is Status.CONFLICT else data.variants
    kind = ClaimKind.QUANTITY if wanted is Status.CONFLICT else ClaimKind.ENTITY
    found = correct = 0
    detected: set[str] = set()
    for finding in report.findings:
        if finding.status is not wanted or finding.kind is not kind:
            continue
        found += 1
        fids = {data.fact_of(c) for c in finding.claims}
        if len(fids) == 1 and (fid := next(iter(fids))) in expected:
            correct += 1
            detected.add(fid)
    return Score(found=found, correct=correct, expected=len(expected), detected=len(detected))
