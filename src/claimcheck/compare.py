"""Groups -> Findings -> Report: the verdict on each group, explained in one sentence.

AGREE: every source allows exactly the same values. COMPATIBLE: vague figures whose
intervals overlap. CONFLICT: some sources' intervals are disjoint. VARIANT: one
entity spelled differently. UNIQUE: only one source makes the claim.

Pure logic on extracted claims: reading inputs and parsing them is :mod:`claimcheck.api`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from claimcheck.__about__ import __version__
from claimcheck.align import ENTITY_KINDS, Group, align, fullest_name, high_key, in_base_units, low_key
from claimcheck.align_members import listed_note
from claimcheck.birth_years import birth_year_findings
from claimcheck.built_years import built_year_findings
from claimcheck.clock_text import gap_text, interval_text, range_text
from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.count_scope import count_scope_findings
from claimcheck.dates import MONTH_PREFIXES, YEAR
from claimcheck.entities import canonical
from claimcheck.judge_relations import judge_relation
from claimcheck.kinds import by_source, judge_of, register_judge
from claimcheck.lexicon import OFFICES
from claimcheck.models import (
    Claim,
    ClaimKind,
    Finding,
    Quantity,
    SkippedInput,
    Status,
    format_number,
)
from claimcheck.namevariants import NameRelation, how_they_differ, written_forms
from claimcheck.rank_claims import judge_rank
from claimcheck.readers.quantities import is_vague
from claimcheck.report import Report
from claimcheck.report.order import finding_sort_key
from claimcheck.score_claims import common_pair, pair_key
from claimcheck.subjects import readable_subject
from claimcheck.tally import most_common
from claimcheck.tenure_years import tenure_findings
from claimcheck.timeline import relabel
from claimcheck.units import MAGNITUDE, TIME_OF_DAY, UNIT_WORDS, dimension, from_base

__all__ = ["build_report", "judge"]

#: Names that moved to :mod:`claimcheck.api` with the reading of inputs; still importable from here.
_MOVED_TO_API = frozenset({"Inputs", "compare"})


def __getattr__(name: str) -> Any:
    """``claimcheck.compare.compare`` and ``.Inputs`` keep working, loaded from the api on first use."""
    if name in _MOVED_TO_API:
        from claimcheck import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_report(
    claims: Iterable[Claim],
    *,
    sources: Sequence[str],
    config: Config = DEFAULT_CONFIG,
    skipped: Sequence[SkippedInput] = (),
    paths: Sequence[tuple[str, str]] = (),
    model: tuple[str, str] = ("", ""),
    published: Sequence[tuple[str, str]] = (),
    copies: Sequence[tuple[str, str]] = (),
) -> Report:
    """Align claims and judge every group; the result does not depend on input order.

    ``published`` (source, ISO moment) turns a conflict whose figure moves one way over
    time into a developing figure; ``copies`` (copy, original) is carried to the report.
    """
    ordered = sorted(claims, key=lambda c: (c.source, c.start, c.end, c.kind.value))
    total = len(set(sources))
    moments = dict(published)
    findings: list[Finding] = []
    for group in align(ordered, config):
        findings.extend(relabel(f, moments) for f in judge(group, total, config))
    findings.extend(count_scope_findings(ordered, total))  # "400 women and children" / "400 children"
    findings.extend(built_year_findings(ordered, total, moments))  # "86-year-old" in 2012 / "built in 1935"
    findings.extend(tenure_findings(ordered, total, moments, config))  # "for the past five years" / "joined in 2001"
    findings.extend(birth_year_findings(ordered, total, moments, config))  # "Moreau, 64" in 2019 / "born in 1950"
    findings.sort(key=finding_sort_key)
    return Report(
        findings=tuple(findings),
        sources=tuple(sorted(set(sources))),
        skipped=tuple(skipped),
        paths=tuple(sorted(set(paths))),
        claimcheck_version=__version__,
        model_name=model[0],
        model_version=model[1],
        published=tuple(sorted(set(published))),
        copies=tuple(sorted(set(copies))),
    )


def judge(group: Group, total_sources: int, config: Config = DEFAULT_CONFIG) -> list[Finding]:
    """The findings for one group, from its kind's registered step (:mod:`claimcheck.kinds`);
    an entity group may also yield a finding on roles."""
    return judge_of(group.kind)(group, total_sources, config)


def _judge_score(group: Group, total: int) -> Finding:
    """Scores and records are pairs: equal pairs agree, any other pair conflicts."""
    per_source = by_source(group.claims)
    values = {s: common_pair(cs) for s, cs in per_source.items()}
    say = {s: _quote(next(c for c in cs if pair_key(c) == values[s]).shown) for s, cs in per_source.items()}
    what = group.subject
    if len(per_source) == 1:
        [(source, _)] = per_source.items()
        return _finding(
            Status.UNIQUE,
            group,
            total,
            f"Only {source} gives {say[source]} for {what}{_absent(group, total)}.",
            support=1,
        )
    counts = Counter(values.values())
    if len(counts) == 1:
        return _finding(
            Status.AGREE,
            group,
            total,
            f"{len(values)} of {total} sources agree on {say[next(iter(say))]} for {what}{_absent(group, total)}.",
            support=len(values),
        )
    listed = "; ".join(f"{s} says {say[s]}" for s in values)
    return _finding(
        Status.CONFLICT,
        group,
        total,
        f"The sources disagree on {what}: {listed}{_absent(group, total)}.",
        support=max(counts.values()),
    )


# ---------------------------------------------------------------- helpers


def _quote(text: str) -> str:
    return f"“{text}”"


def _finding(
    status: Status,
    group: Group,
    total: int,
    explanation: str,
    *,
    support: int,
    notes: Sequence[str] = (),
    score: float = 1.0,
    subject: str | None = None,
) -> Finding:
    return Finding(
        status=status,
        kind=group.kind,
        claims=group.claims,
        sources=group.sources,
        score=round(score, 3),
        explanation=explanation,
        subject=subject or group.subject,
        support=support,
        total_sources=total,
        notes=tuple(notes),
    )


def _absent(group: Group, total: int) -> str:
    missing = total - len(group.sources)
    return f"; {missing} other source{'s do' if missing != 1 else ' does'} not mention it" if missing > 0 else ""


# ---------------------------------------------------------------- quantities


def _source_interval(claims: Sequence[Claim]) -> Quantity:
    """What one source allows: the narrowest of its (overlapping) statements."""
    return min((c.quantity for c in claims if c.quantity), key=lambda q: (q.high - q.low, q.low))


_LAST_DIGITS = re.compile(r"\d+(?:[.,](\d+))?(?!.*\d)")


def _loosened(q: Quantity, slack: float) -> Quantity:
    """A figure read as loosely as its wording allows, to tell a real conflict from noise.

    A vague amount widens by ``slack`` ("several" [3, 10) becomes [2, 15) at 1.5), a
    stated percentage by its rounding ("33%" may be 32.5 to 33.5, so "a third" fits), and
    a round clock time by the rounding it suggests (10 minutes on the hour, 5 on five).
    """
    if is_vague(q) and slack > 1:
        return attrs.evolve(q, low=q.low / slack, high=q.high * slack)
    if (q.unit or "").startswith("clock") and q.low == q.high and math.isfinite(q.low):
        # a time on the hour or on five minutes is often rounded: "3:30" may be 3:33
        minutes = q.low % 60
        pad = 10.0 if minutes == 0 else 5.0 if minutes % 5 == 0 else 0.0
        return attrs.evolve(q, low=q.low - pad, high=q.high + pad)
    digits = _LAST_DIGITS.search(q.text) if q.unit == "%" and q.low == q.high else None
    if digits:
        half = 0.5 * 10.0 ** -len(digits.group(1) or "")
        return attrs.evolve(q, low=q.low - half, high=q.high + half, low_inclusive=True, high_inclusive=False)
    return q


def _stated_unit(claims: Sequence[Claim]) -> str | None:
    """The unit most of a group's figures are written in, when they are written in several
    (they are compared in their dimension's base unit, which no article wrote); else None."""
    units = Counter(c.quantity.unit for c in claims if c.quantity and c.quantity.unit)
    if len(units) < 2:
        return None
    return min(units.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _in_words(q: Quantity, shown: str | None, timed: bool) -> str:
    """An interval as a finding writes it: in the unit the articles wrote most, if several."""
    if shown is None:
        return interval_text(q, timed)
    return f"{interval_text(from_base(q, shown), timed)} {shown}"


def _range_in_words(common: tuple[float, float], unit: str | None, shown: str | None, timed: bool) -> str:
    if shown is None or unit is None:
        return range_text(*common, timed)
    q = from_base(Quantity(low=common[0], high=common[1], unit=unit), shown)
    return f"{range_text(q.low, q.high, timed)} {shown}"


def _gap_in_words(gap: float, unit: str | None, shown: str | None, timed: bool) -> str:
    """How far apart two readings are, with their unit: "0.2 minutes apart", "47.89 km/h
    apart" (a count, a share or an amount of money as it is: "2 apart")."""
    if unit is None or timed:
        return gap_text(gap, timed)
    if shown is not None:
        span = from_base(Quantity(low=0.0, high=gap, unit=unit), shown)
        return gap_text(span.high - span.low, timed).replace(" apart", f" {shown} apart")
    dim = dimension(unit) or ""
    if unit == "%" or dim.startswith("currency") or dim in {MAGNITUDE, "share"}:
        return gap_text(gap, timed)
    word = UNIT_WORDS.get(unit, unit)
    word = word[:-1] if gap == 1 and word.endswith("s") else word
    return gap_text(gap, timed).replace(" apart", f" {word} apart")


# long by design: the verdicts in order of strength, each with its own sentence
def _judge_quantity(group: Group, total: int, config: Config = DEFAULT_CONFIG) -> Finding:
    per_source = by_source(in_base_units(group.claims))
    intervals = {s: _source_interval(cs) for s, cs in per_source.items()}
    notes = _characterisation_notes(per_source)
    # Quote, for each source, the statement whose interval stands for it.
    say = {
        s: _quote(min((c for c in cs if c.quantity == intervals[s]), key=lambda c: c.start).shown)
        for s, cs in per_source.items()
    }
    what = readable_subject(group.claims, fallback=group.subject)
    if len(per_source) == 1:
        [(source, _)] = per_source.items()
        return _finding(
            Status.UNIQUE,
            group,
            total,
            f"Only {source} reports {say[source]} for {what}{_absent(group, total)}.",
            support=1,
            notes=notes,
        )
    torn = _self_contradictions(per_source, config)
    if torn:  # "Mother of 13" in the headline, "a mother of 12" in the body
        listed = "; ".join(f"{s} says both {' and '.join(readings)}" for s, readings in torn.items())
        rest_said = Counter(say[s] for s in per_source if s not in torn)
        rest = ""
        if rest_said:
            reading, n = max(rest_said.items(), key=lambda kv: (kv[1], kv[0]))
            rest = f"; {n} other source{'s' if n > 1 else ''} give{'' if n > 1 else 's'} {reading}"
        return _finding(
            Status.CONFLICT,
            group,
            total,
            f"A source contradicts itself on {what}: {listed}{rest}{_absent(group, total)}.",
            support=len(per_source) - len(torn),
            notes=notes,
        )
    qs = list(intervals.values())
    if all(q.same_interval(qs[0]) for q in qs):
        return _finding(
            Status.AGREE,
            group,
            total,
            f"{len(qs)} of {total} sources agree on {qs[0].text or format_number(qs[0].low)} for {what}"
            f"{_absent(group, total)}.",
            support=len(qs),
            notes=notes,
        )
    common = _common(qs)
    loose = None if common is not None else _common([_loosened(q, config.vague_slack) for q in qs])
    timed = dimension(qs[0].unit) == TIME_OF_DAY  # written as clock times, not minutes
    shown = None if timed else _stated_unit(group.claims)
    if common is not None:  # intervals on a line overlap pairwise iff they share a point
        listed = ", ".join(f"{s} says {say[s]} {_in_words(intervals[s], shown, timed)}" for s in intervals)
        return _finding(
            Status.COMPATIBLE,
            group,
            total,
            f"The figures for {what} are vague but can all be true: {listed}; they overlap on "
            f"{_range_in_words(common, qs[0].unit, shown, timed)}.",
            support=len(qs),
            notes=notes,
        )
    if loose is not None:  # "several" vs 11, "a third" vs "33%": within the wording's looseness
        listed = ", ".join(f"{s} says {say[s]}" for s in intervals)
        return _finding(
            Status.COMPATIBLE,
            group,
            total,
            f"The figures for {what} can all be true, allowing for vague words and rounding: {listed}.",
            support=len(qs),
            notes=notes,
        )
    # Conflict: the largest set of mutually compatible sources is the majority reading.
    agreeing = _largest_compatible(intervals)
    others = [s for s in intervals if s not in agreeing]
    best = min(agreeing, key=lambda s: (intervals[s].high - intervals[s].low, s))
    shared = _common([intervals[s] for s in agreeing])
    assert shared is not None
    region = Quantity(low=shared[0], high=shared[1])
    gap = min(region.gap(intervals[s]) for s in others)
    region_unit = intervals[best].unit
    dissent = "; ".join(f"{s} says {say[s]}" for s in others)
    if len(agreeing) > len(others):
        lead = f"{len(agreeing)} of {total} sources ({', '.join(agreeing)}) give {say[best]}"
    else:  # no majority: list every reading
        lead = "; ".join(f"{s} says {say[s]}" for s in agreeing)
    return _finding(
        Status.CONFLICT,
        group,
        total,
        f"The sources disagree on {what}: {lead}; {dissent} — {_gap_in_words(gap, region_unit, shown, timed)}"
        f"{_absent(group, total)}.",
        support=len(agreeing),
        notes=notes,
    )


def _self_contradictions(per_source: Mapping[str, Sequence[Claim]], config: Config) -> dict[str, list[str]]:
    """Sources whose own readings of one fact cannot all be true, with those readings.

    Two figures in one sentence ("weighing 2.38 and 2.96 pounds") are two things listed
    together, never a source at odds with itself: only readings in different sentences count.
    """
    torn: dict[str, list[str]] = {}
    for source, claims in per_source.items():
        qs = [c.quantity for c in claims if c.quantity]
        if len({c.sentence for c in claims}) < 2 or len(qs) < 2:
            continue
        by_sentence: dict[str, list[Quantity]] = defaultdict(list)
        for c in claims:
            if c.quantity:
                by_sentence[c.sentence].append(_loosened(c.quantity, config.vague_slack))
        if any(_common(v) is None for v in by_sentence.values()):
            continue
        if _common([_loosened(q, config.vague_slack) for q in qs]) is None:
            torn[source] = sorted({_quote(c.shown) for c in claims})
    return torn


def _common(qs: Sequence[Quantity]) -> tuple[float, float] | None:
    """The (low, high) every interval allows, or None when some two are disjoint (linear time)."""
    lo = max(qs, key=low_key)
    hi = min(qs, key=high_key)
    return (lo.low, hi.high) if low_key(lo) <= high_key(hi) else None


def _largest_compatible(intervals: Mapping[str, Quantity]) -> list[str]:
    """Sources whose intervals all share the point most intervals allow (a sweep, O(n log n)).

    Ties go to the lowest such point, so the answer does not depend on input order.
    """
    events = sorted([(low_key(q), 0) for q in intervals.values()] + [(high_key(q), 1) for q in intervals.values()])
    depth = best = 0
    at = events[0][0]
    for key, is_end in events:
        if is_end:
            depth -= 1
        else:
            depth += 1
            if depth > best:
                best, at = depth, key
    return sorted(s for s, q in intervals.items() if low_key(q) <= at <= high_key(q))


def _characterisation_notes(per_source: Mapping[str, Sequence[Claim]]) -> list[str]:
    """Same count, different description: "prisoners" in one source, "political prisoners" in another."""
    nouns = {s: _mode(c.noun for c in cs) for s, cs in per_source.items()}
    notes = []
    if len({n for n in nouns.values() if n}) > 1:
        notes.append("Described differently: " + "; ".join(f"{s} says “{n}”" for s, n in nouns.items() if n) + ".")
    negated = {s for s, cs in per_source.items() if any(c.negated for c in cs)}
    if negated and negated != set(per_source):
        notes.append(f"Negated in {', '.join(sorted(negated))} only: check the wording.")
    attributions = {s: _mode(c.attribution for c in cs) for s, cs in per_source.items()}
    said = [f"{s}: {a}" for s, a in attributions.items() if a]
    if said:
        notes.append("Attributed to " + "; ".join(said) + ".")
    listed = listed_note([c for cs in per_source.values() for c in cs])
    if listed:
        notes.append(listed)
    return notes


def _mode(values: Iterable[str | None]) -> str | None:
    return most_common(values, shortest=False) or None


# ---------------------------------------------------------------- entities


def _name_parts(name: str) -> tuple[str | None, str]:
    """(first name or None, surname) as written, lowercased: "O'Brien" stays one word."""
    words = [w for w in (re.sub(r"^\W+|\W+$", "", w) for w in name.lower().split()) if w]
    return (words[0] if len(words) > 1 else None), (words[-1] if words else "")


def _judge_entity(group: Group, total: int, config: Config) -> list[Finding]:
    per_source = by_source(group.claims)
    label = _mode(c.label for c in group.claims) or ""
    names = {s: _mode(c.entity for c in cs) or "" for s, cs in per_source.items()}
    findings: list[Finding] = []
    if len(per_source) == 1:
        if label in config.unique_entity_labels:
            [(source, name)] = names.items()
            findings.append(
                _finding(
                    Status.UNIQUE,
                    group,
                    total,
                    f"Only {source} names {_quote(name)}{_absent(group, total)}.",
                    support=1,
                )
            )
        return findings
    spelled = (
        _spellings(names, label)
        if label == "PERSON"
        else written_forms({s: [c.entity or "" for c in cs] for s, cs in per_source.items()})
    )
    if len(spelled) > 1:
        listed = " and ".join(f"{_quote(form)} ({', '.join(srcs)})" for form, srcs in sorted(spelled.items()))
        how = "spelled" if label == "PERSON" or how_they_differ(spelled) is NameRelation.SPELLING else "named"
        findings.append(
            _finding(
                Status.VARIANT,
                group,
                total,
                f"One {_kind_word(label)} {how} differently: {listed}.",
                support=len(per_source),
            )
        )
    elif config.report_entity_agreements:
        findings.append(
            _finding(
                Status.AGREE,
                group,
                total,
                f"{len(per_source)} of {total} sources name {_quote(fullest_name(group.claims))}"
                f"{_absent(group, total)}.",
                support=len(per_source),
            )
        )
    if label == "PERSON":
        findings.extend(_judge_roles(group, per_source, total, config.lexicon.offices))
    return findings


def _spellings(names: Mapping[str, str], label: str) -> dict[str, list[str]]:
    """Sources grouped by how they spell the name.

    Style differences are not variants: aliases ("US" / "United States") for places
    and organisations, a missing first name ("Trump" / "Donald Trump") for people.
    """
    out: dict[str, list[str]] = defaultdict(list)
    names = _singular_forms(names)  # "MacBook Pros" is the plural of a name, not a spelling
    if label != "PERSON":
        if len({canonical(n) for n in names.values()}) == 1:
            return {next(iter(names.values())): sorted(names)}
        for s, n in names.items():
            out[n].append(s)
        return dict(out)
    parts = {s: _name_parts(n) for s, n in names.items()}
    surnames = {last for _, last in parts.values()}
    firsts = {first for first, _ in parts.values() if first}
    if len(surnames) == 1 and len(firsts) <= 1:
        return {next(iter(names.values())): sorted(names)}
    for s, n in names.items():
        out[n].append(s)
    return dict(out)


def _singular_forms(names: Mapping[str, str]) -> dict[str, str]:
    """Each source's name, with a plural ("MacBook Pros") read as the name another source
    writes without its "s" ("MacBook Pro")."""
    written = {canonical(n): n for n in names.values()}
    out = {}
    for source, name in names.items():
        key = canonical(name)
        out[source] = written[key[:-1]] if key.endswith("s") and key[:-1] in written else name
    return out


def _kind_word(label: str) -> str:
    return ENTITY_KINDS.get(label, "name")


def _office(role: str | None, offices: frozenset[str] = OFFICES) -> str | None:
    """The office a title names ("prime minister" in "the former prime minister"), longest first."""
    if not role:
        return None
    lowered = role.lower()
    for office in sorted(offices, key=len, reverse=True):
        if re.search(rf"\b{re.escape(office)}\b", lowered):
            return office
    return None


def _judge_roles(
    group: Group, per_source: Mapping[str, Sequence[Claim]], total: int, known_offices: frozenset[str] = OFFICES
) -> list[Finding]:
    """A person given different offices by different sources ("president" vs "prime minister")."""
    offices: dict[str, str] = {}
    roles: dict[str, str] = {}
    for source, cs in per_source.items():
        role = _mode(c.role for c in cs)
        office = _office(role, known_offices)
        if office and role:
            offices[source], roles[source] = office, role
    distinct = set(offices.values())
    if len(distinct) < 2:
        return []
    # "the team's president and general manager": one sentence gives the person every
    # title the sources disagree on, so the titles are held together, not in conflict.
    if any(all(re.search(rf"\b{re.escape(o)}\b", c.sentence.lower()) for o in distinct) for c in group.claims):
        return []
    listed = "; ".join(f"{s} calls them {_quote(r)}" for s, r in roles.items())
    return [
        _finding(
            Status.CONFLICT,
            group,
            total,
            f"The sources give {group.subject.split(' (')[0]} different titles: {listed}.",
            support=len(offices),
            subject=f"role of {group.subject}",
        )
    ]


# ---------------------------------------------------------------- dates


def _judge_date(group: Group, total: int) -> Finding:
    per_source = by_source(group.claims)
    values = {s: _mode(_date_key(c.entity or c.text) for c in cs) or "" for s, cs in per_source.items()}
    say = {s: _quote(cs[0].shown) for s, cs in per_source.items()}
    if len(per_source) == 1:
        [(source, _)] = per_source.items()
        return _finding(
            Status.UNIQUE,
            group,
            total,
            f"Only {source} dates this event: {say[source]}{_absent(group, total)}.",
            support=1,
        )
    if len(set(values.values())) == 1:
        return _finding(
            Status.AGREE,
            group,
            total,
            f"{len(values)} of {total} sources date the event {say[next(iter(say))]}.",
            support=len(values),
        )
    keys = list(values.values())
    if all(_dates_fit(a, b) for a in keys for b in keys):
        # "June 24" and "June 24, 2005": one says less, nothing contradicts.
        return _finding(
            Status.COMPATIBLE,
            group,
            total,
            "The sources give the date with different precision but do not contradict each other: "
            + "; ".join(f"{s} says {say[s]}" for s in values)
            + ".",
            support=len(values),
        )
    listed = "; ".join(f"{s} says {say[s]}" for s in values)
    return _finding(
        Status.CONFLICT,
        group,
        total,
        f"The sources date the event differently: {listed}.",
        support=max(Counter(values.values()).values()),
    )


def _dates_fit(a: str, b: str) -> bool:
    """Whether two year-month-day keys agree on every part both of them give."""
    return all(
        x == y or "?" in (x, y) or x in ("00",) or y in ("00",)
        for x, y in zip(a.split("-"), b.split("-"), strict=False)
    )


def _date_key(text: str) -> str:
    """A comparable form of a date: year-month-day with the parts that are given."""
    lowered = text.lower()
    month = next((i + 1 for i, m in enumerate(MONTH_PREFIXES) if re.search(rf"\b{m}", lowered)), 0)
    year = YEAR.search(lowered)
    day = re.search(r"\b([0-3]?\d)(st|nd|rd|th)?\b(?!\d)", YEAR.sub("", lowered))
    return f"{year.group(1) if year else '?'}-{month:02d}-{int(day.group(1)) if day else 0:02d}"


register_judge(ClaimKind.QUANTITY, lambda group, total, config: [_judge_quantity(group, total, config)])
register_judge(ClaimKind.ENTITY, _judge_entity)
register_judge(ClaimKind.DATE, lambda group, total, config: [_judge_date(group, total)])
register_judge(ClaimKind.SCORE, lambda group, total, config: [_judge_score(group, total)])
register_judge(ClaimKind.RELATION, lambda group, total, config: judge_relation(group, total))


def _judge_rank(group: Group, total: int, config: Config = DEFAULT_CONFIG) -> list[Finding]:
    status, explanation, support = judge_rank(group.claims, group.sources, total)
    return [_finding(status, group, total, explanation, support=support)]


register_judge(ClaimKind.RANK, _judge_rank)
