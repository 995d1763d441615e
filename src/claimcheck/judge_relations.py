"""Relation groups -> Findings: AGREE, SCOPE, CONFLICT or ORDER, explained in one sentence.

Precision first: two different true facts are never a conflict, and "eased" against
"lifted" is one event class. CONFLICT needs an exclusive outcome (guilty / acquitted),
a negation against a plain statement, or two different charges or roles for the same
person. A relation only one source states is not reported (it would flood reports).
Differences of modality ("agreed to lift" / "lifted") and attribution are notes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from claimcheck.align import Group
from claimcheck.align_relations import CAUSE, whole_map
from claimcheck.availability import AVAILABLE, judge_availability
from claimcheck.birthplaces import BIRTHPLACE, judge_birthplaces
from claimcheck.death_causes import DEATH_CAUSE, judge_death_causes
from claimcheck.entities import canonical, same_entity, same_person
from claimcheck.event_dates import judge_event_dates
from claimcheck.finders import FOUND_BY, judge_finders
from claimcheck.judge_roles import judge_titles
from claimcheck.kinds import by_source, group_finding
from claimcheck.lists import LIST, judge_lists
from claimcheck.models import Claim, Finding, Status
from claimcheck.parents import PARENT_TRADE, judge_parent_trades
from claimcheck.quotes import QUOTE, judge_quotes
from claimcheck.reached_roles import REACHED_ROLE, judge_reached_roles
from claimcheck.readers.partof import PART_OF
from claimcheck.readers.roles import TITLE
from claimcheck.relexicon import EventClass, lexicon
from claimcheck.tally import and_list, longest, say, shortest
from claimcheck.targets import TARGET, judge_targets
from claimcheck.venues import VENUE, judge_venues
from claimcheck.wordfiles import entries
from claimcheck.wounds import WOUND, judge_wounds

__all__ = ["judge_relation"]

_WORD = re.compile(r"[a-z]+")
_FILLER = frozenset({"the", "a", "an", "of", "and", "or", "in", "on", "for", "with", "to", "his", "her", "their"})


def judge_relation(group: Group, total_sources: int) -> list[Finding]:
    """The finding on one relation group, or none for a relation one source alone states."""
    claims = group.claims
    if any(c.relation.event == PART_OF for c in claims):  # type: ignore[union-attr]
        return [_scope(group, total_sources)]
    if len(group.sources) < 2:
        return []
    events = {c.relation.event for c in claims}  # type: ignore[union-attr]
    if len(events) == 1:
        own = _OWN_JUDGES.get(next(iter(events)))
        if own is not None:
            return own(group, total_sources)
    found = (judge_event_dates(group, total_sources), _outcome(group, total_sources))
    return [f for f in found if f is not None]


def _q(text: str) -> str:
    return f"“{' '.join(text.split())}”"


# ---------------------------------------------------------------- scope


def _scope(group: Group, total: int) -> Finding:
    """Some sources state the event for a whole (Belarus), others only for a part (Belavia)."""
    links = [c for c in group.claims if c.relation.event == PART_OF]  # type: ignore[union-attr]
    events = [c for c in group.claims if c not in links]
    wholes = whole_map(links)
    parts = {canonical(c.relation.patient or "") for c in events} & set(wholes)  # type: ignore[union-attr]
    narrow = [c for c in events if canonical(c.relation.patient or "") in parts]  # type: ignore[union-attr]
    broad = [c for c in events if c not in narrow]
    event = narrow[0].relation.event  # type: ignore[union-attr]
    whole_name = broad[0].relation.patient or ""  # type: ignore[union-attr]
    part_name = narrow[0].relation.patient or ""  # type: ignore[union-attr]
    evidence = f" ({_q(links[0].shown)})" if links else ""
    explanation = (
        f"{say({c.source for c in broad})} {lexicon().state(event, whole_name)}; "
        f"{say({c.source for c in narrow})} only {lexicon().state(event, part_name)}{evidence}, "
        "a narrower claim."
    )
    return group_finding(Status.SCOPE, group, total, explanation, _modality_notes(events))


# ---------------------------------------------------------------- order


def _order(group: Group, total: int) -> list[Finding]:
    """Cause and effect reversed between sources, or the same direction everywhere."""
    lex = lexicon()
    directions: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in group.claims:
        rel = claim.relation
        directions[(rel.cause, rel.effect)].append(claim)  # type: ignore[union-attr, index]
    if len(directions) == 1:
        ((cause, effect), _) = next(iter(directions.items()))
        return [
            group_finding(
                Status.AGREE,
                group,
                total,
                f"{say(group.sources)} the {lex.describe(cause)} led to the {lex.describe(effect)}.",
            )
        ]
    sides = sorted(directions.items(), key=lambda kv: (min(c.source for c in kv[1]), kv[0]))
    one = {c.source for c in sides[0][1]}
    other = {c.source for c in sides[1][1]}
    if not any(a != b for a in one for b in other):
        return []  # one source contradicting itself is not a finding across sources
    parts = []
    for (cause, effect), claims in sides[:2]:
        cue = claims[0].relation.extra or claims[0].relation.predicate  # type: ignore[union-attr]
        parts.append(
            f"{say({c.source for c in claims})} the {lex.describe(cause)} led to the "
            f"{lex.describe(effect)} ({_q(cue or '')})"
        )
    return [group_finding(Status.ORDER, group, total, "; ".join(parts) + ": cause and effect are reversed.")]


# ---------------------------------------------------------------- outcome


def _outcome(group: Group, total: int) -> Finding | None:
    """CONFLICT for an exclusive outcome, a negation or a different role; else AGREE, or
    nothing when the sources tell of different outcomes on different charges (both can hold)."""
    lex = lexicon()
    per_source = by_source(group.claims)
    first = group.claims[0].relation
    frame = lex.frame_of(first.event)  # type: ignore[union-attr]
    what = lex.describe(frame)
    patient = longest(c.relation.patient or "" for c in group.claims)  # type: ignore[union-attr]
    notes = _modality_notes(group.claims)

    named = any(_is_name(c) for c in group.claims)
    if not named:
        group = _undated(group)  # "the building burned down in 2003" is another fire's building
        per_source = by_source(group.claims)
    if not named and not _one_named_thing(group.claims):
        return None  # "police arrested people": the figures say more, and who is unclear
    outcomes = {src: {_outcome_of(c) for c in cs if _firm(c)} for src, cs in per_source.items()}
    firm = {src: next(iter(o)) for src, o in outcomes.items() if len(o) == 1}
    if len(set(firm.values())) > 1 and not (_same_extra(group.claims) and _same_agent(group.claims)):
        return None  # different outcomes on different charges, or by different agents: both can hold
    if len(set(firm.values())) > 1:
        by_outcome: dict[str, list[str]] = defaultdict(list)
        for src, o in firm.items():
            by_outcome[o].append(src)
        parts = _outcome_parts(group.claims, by_outcome, patient, named)
        return group_finding(Status.CONFLICT, group, total, "; ".join(parts) + ".", notes)

    decided, finding = _rival_arguments(group, total, per_source, lex.classes[first.event], what, patient, notes)  # type: ignore[union-attr]
    if decided:
        return finding
    if _unagreed(group.claims, per_source, lex.classes[first.event].distinct_extras):  # type: ignore[union-attr]
        return None
    if len({c.source for c in group.claims if not c.relation.nominal}) < 2:  # type: ignore[union-attr]
        return None  # "the release of X" names an event without stating it: too weak to agree on
    quotes = ", ".join(f"{src} {_q(cs[0].shown)}" for src, cs in list(per_source.items())[:3])
    return group_finding(Status.AGREE, group, total, f"The sources agree on the {what}: {quotes}.", notes)


def _rival_arguments(
    group: Group,
    total: int,
    per_source: Mapping[str, Sequence[Claim]],
    cls: EventClass,
    what: str,
    patient: str,
    notes: list[str],
) -> tuple[bool, Finding | None]:
    """Two buyers of one company, or two roles given to one person: (True, the CONFLICT);
    (True, None) when two employers each gave a role (both can hold); (False, None) else."""
    if cls.compare_agent:
        rival = _rival_agents(per_source)
        if rival is not None:
            (a, agent_a), (b, agent_b) = rival
            explanation = f"{a} says {_q(agent_a)} made the {what} of {patient}; {b} says {_q(agent_b)}."
            return True, group_finding(Status.CONFLICT, group, total, explanation, notes)
    if not cls.compare_extra:
        return False, None
    extras = {src: {_content(c.relation.extra) for c in cs if c.relation.extra} for src, cs in per_source.items()}  # type: ignore[union-attr]
    single = {src: next(iter(e)) for src, e in extras.items() if len(e) == 1 and next(iter(e))}
    shown = {src: next(c.relation.extra for c in per_source[src] if c.relation.extra) or "" for src in single}  # type: ignore[union-attr]
    for a, said_a in single.items():
        for b, said_b in single.items():
            if a < b and (not (said_a & said_b) or _other_complements(shown[a], shown[b])):
                if not _same_agent(group.claims):
                    return True, None  # two roles given by two employers: both can hold
                explanation = f"{a} gives the {what} of {patient} as {_q(shown[a])}; {b} as {_q(shown[b])}."
                return True, group_finding(Status.CONFLICT, group, total, explanation, notes)
    return False, None


def _is_name(claim: Claim) -> bool:
    """Whether the patient is a named entity (a conflict needs someone in particular)."""
    rel = claim.relation
    return bool(rel.patient_label) or bool(rel.patient and rel.patient[:1].isupper())  # type: ignore[union-attr]


def _outcome_parts(
    claims: Sequence[Claim], by_outcome: Mapping[str, list[str]], patient: str, named: bool
) -> list[str]:
    """ "000 says X was acquitted", one a side; a thing no name stands for is "the building",
    quoted as each side writes it."""
    ordered = sorted(by_outcome.items(), key=lambda kv: kv[1])
    if named:
        return [f"{say(srcs)} {o.format(patient=patient)}" for o, srcs in ordered]
    said = {o: shortest(c.shown for c in claims if _firm(c) and _outcome_of(c) == o) for o in by_outcome}
    return [f"{say(srcs)} {o.format(patient='the ' + patient)} ({_q(said[o])})" for o, srcs in ordered]


def _undated(group: Group) -> Group:
    """The group without the claims dated to a year, when some are not: about a thing no
    name stands for, a year sets an event apart from today's ("burned down in 2003")."""
    kept = tuple(c for c in group.claims if not _YEAR.search(c.relation.when or ""))  # type: ignore[union-attr]
    return Group(group.kind, group.subject, kept) if kept else group


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _one_named_thing(claims: Sequence[Claim]) -> bool:
    """Whether a denial and a plain statement from two sources, about a thing no name
    stands for ("the building"), still name it alike: "the old Kestrel Mill building was
    nearly destroyed" / "the fire destroyed the Kestrel Mill warehouse"."""
    firm = [c for c in claims if _firm(c)]
    return any(
        a.source != b.source and _names_written(a) & _names_written(b)
        for a in firm
        if a.negated
        for b in firm
        if not b.negated
    )


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _names_written(claim: Claim) -> frozenset[str]:
    """The capitalised words of a claim, but its sentence's first word and days or months."""
    words = _CAPITALISED.findall(claim.text)
    if words and claim.sentence.lstrip().startswith(claim.text.lstrip()[: len(words[0])]):
        words = words[1:]
    return frozenset(words) - _not_names()


@cache
def _not_names() -> frozenset[str]:
    return frozenset(entries("not_holders.txt"))


def _firm(claim: Claim) -> bool:
    """A plain statement of fact: a verb, not hedged by modality ("agreed to", "could")."""
    rel = claim.relation
    return not rel.modality and not rel.nominal  # type: ignore[union-attr]


def _outcome_of(claim: Claim) -> str:
    """What a claim says happened, as a template on the patient: "{patient} was acquitted";
    a negated verdict flips to the other outcome ("did not convict" is an acquittal)."""
    rel = claim.relation
    lex = lexicon()
    cls = lex.classes[rel.event]  # type: ignore[union-attr]
    event = cls.name
    if cls.frame and claim.negated:
        other = [c for c in lex.classes.values() if c.frame == cls.frame and c.name != cls.name]
        if len(other) == 1:
            return lex.state(other[0].name, "{patient}")
    return lex.state(event, "{patient}", claim.negated)


def _rival_agents(per_source: Mapping[str, Sequence[Claim]]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Two sources that each name one agent, and not one entity: "AMD acquired SeaMicro" /
    "Intel acquired SeaMicro" (a source naming two agents tells no single one)."""
    named = {}
    for src, claims in per_source.items():
        agents = set(_named_agents(claims))
        if len(agents) == 1:
            named[src] = next(iter(agents))
    for a, agent_a in sorted(named.items()):
        for b, agent_b in sorted(named.items()):
            if a < b and not (
                same_entity(agent_a, agent_b, None)
                or same_person(agent_a, agent_b)
                or _initials(agent_a, agent_b)
                or _initials(agent_b, agent_a)
            ):
                return (a, agent_a), (b, agent_b)
    return None


_NAME_PART = re.compile(r"[A-Z][\w'&.]*")


def _initials(short: str, full: str) -> bool:
    """Whether a name is written by the initials of another: "AMD" for "Advanced Micro
    Devices", "HP" for "Hewlett-Packard" (the small words of a name are not initialled)."""
    letters = short.replace(".", "")
    if not letters.isupper() or len(letters) < 2:
        return False
    return "".join(part[0] for part in _NAME_PART.findall(full)) == letters


def _same_agent(claims: Sequence[Claim]) -> bool:
    """Whether the named agents (if any) are one: "Russia did not free X" does not deny
    "Belarus freed X". A verdict's agent (the jury, the judge) does not matter."""
    if any(lexicon().classes[c.relation.event].frame for c in claims):  # type: ignore[union-attr]
        return True
    agents = _named_agents(claims)
    return all(same_entity(a, agents[0], None) or same_person(a, agents[0]) for a in agents)


def _named_agents(claims: Sequence[Claim]) -> list[str]:
    """The agents the claims name, capitalised ("the army" is no one in particular)."""
    return [c.relation.agent for c in claims if c.relation.agent and c.relation.agent[:1].isupper()]  # type: ignore[union-attr]


def _unagreed(claims: Sequence[Claim], per_source: Mapping[str, Sequence[Claim]], distinct: bool) -> bool:
    """Whether sources that tell one relation still do not agree on it: a denial against a
    hedged or nominal mention, or two charges sharing no word when different charges are two
    relations ("charged with murder" / "charged with robbery")."""
    return len({c.negated for c in claims}) > 1 or (distinct and _other_extras(per_source))


def _other_extras(per_source: Mapping[str, Sequence[Claim]]) -> bool:
    """Whether two sources each give one charge, role or price, sharing no word: the
    relation is then told of two different things, and the sources do not agree on one."""
    single = []
    for claims in per_source.values():
        extras = {_content(c.relation.extra) for c in claims if c.relation.extra}  # type: ignore[union-attr]
        if len(extras) == 1 and next(iter(extras)):
            single.append(next(iter(extras)))
    return any(not (a & b) for i, a in enumerate(single) for b in single[i + 1 :])


def _same_extra(claims: Sequence[Claim]) -> bool:
    """Whether the charges named (if any) are the same, so two outcomes really clash."""
    extras = {_content(c.relation.extra) for c in claims if c.relation.extra}  # type: ignore[union-attr]
    return len(extras) <= 1


#: What a role is of or to: "ambassador [to China]", "minister [of finance]".
_COMPLEMENT = re.compile(r"\b(?:to|of|for)\s+(.+)$", re.IGNORECASE)


def _other_complements(a: str, b: str) -> bool:
    """Whether two roles of one kind are held for two different things: "ambassador to
    China" / "ambassador to Japan", "minister of finance" / "minister of defence" (a role
    told without its complement, "senior adviser", fits either)."""
    found_a, found_b = _COMPLEMENT.search(a), _COMPLEMENT.search(b)
    if found_a is None or found_b is None:
        return False
    words_a, words_b = _content(found_a.group(1)), _content(found_b.group(1))
    return bool(words_a and words_b) and words_a.isdisjoint(words_b)


def _content(text: str | None) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall((text or "").lower()) if w not in _FILLER)


def _modality_notes(claims: Sequence[Claim]) -> list[str]:
    """Modality and attribution differences, noted rather than judged."""
    notes = []
    per_source: Mapping[str, list[Claim]] = by_source(claims)
    modal = {src: sorted({c.relation.modality for c in cs if c.relation.modality}) for src, cs in per_source.items()}  # type: ignore[union-attr]
    plain = [src for src, cs in per_source.items() if any(not c.relation.modality for c in cs)]  # type: ignore[union-attr]
    hedged = {src: m for src, m in modal.items() if m and src not in plain}
    if hedged and plain:
        said = "; ".join(f"{src} says only {_q(', '.join(m))}" for src, m in sorted(hedged.items()))
        notes.append(f"modality differs: {said}, {and_list(sorted(plain))} states it as done")
    attributed = {src: c.attribution for src, cs in per_source.items() for c in cs if c.attribution}
    if attributed:
        notes.append("attributed: " + "; ".join(f"{src} to {_q(a)}" for src, a in sorted(attributed.items())))
    return notes


#: Events each judged by a rule of its own: a group holds one of them alone.
_OWN_JUDGES: dict[str, Callable[[Group, int], list[Finding]]] = {
    TITLE: judge_titles,
    QUOTE: judge_quotes,
    LIST: judge_lists,
    CAUSE: _order,
    DEATH_CAUSE: judge_death_causes,
    BIRTHPLACE: judge_birthplaces,
    TARGET: judge_targets,
    AVAILABLE: judge_availability,
    WOUND: judge_wounds,
    VENUE: judge_venues,
    REACHED_ROLE: judge_reached_roles,
    FOUND_BY: judge_finders,
    PARENT_TRADE: judge_parent_trades,
}
