"""Properties of alignment and comparison on generated article sets with known ground truth."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import synthetic
from strategies import SEEDS
from strategies import SOURCE_COUNTS as SIZES

from claimcheck import ClaimKind, Status, build_report
from claimcheck.align import _may_be_rivals
from claimcheck.config import DEFAULT_CONFIG

PAIRED = {Status.AGREE, Status.COMPATIBLE, Status.CONFLICT, Status.VARIANT}


def _generate(n: int, seed: int, **kw) -> synthetic.SyntheticSet:
    return synthetic.generate(n, seed, claims_per_source=20, **kw)


def _content(data, report) -> list[tuple]:
    """A report reduced to what it says, without offsets: status, kind and the facts per source."""
    out = []
    for f in report.findings:
        said = tuple(sorted((c.source, data.fact_of(c), c.text, c.predicate or "", c.noun or "") for c in f.claims))
        out.append((f.status.value, f.kind.value, f.subject, said))
    return sorted(out)


@settings(max_examples=25)
@given(SIZES, SEEDS, st.randoms(use_true_random=False))
def test_report_does_not_depend_on_order_of_sources_or_claims(n, seed, rnd):
    data = _generate(n, seed)
    claims = list(data.claims)
    sources = list(data.sources)
    rnd.shuffle(claims)
    rnd.shuffle(sources)
    assert build_report(claims, sources=sources) == build_report(data.claims, sources=data.sources)


@settings(max_examples=25)
@given(SIZES, SEEDS, st.integers(min_value=0, max_value=10_000))
def test_report_does_not_depend_on_sentence_order(n, seed, order_seed):
    a = _generate(n, seed)
    b = _generate(n, seed, order_seed=order_seed)
    assert _content(a, build_report(a.claims, sources=a.sources)) == _content(
        b, build_report(b.claims, sources=b.sources)
    )


def _overlap_loosely(a, b) -> bool:
    slack = DEFAULT_CONFIG.vague_slack
    return synthetic._loose(a.quantity, slack).overlaps(synthetic._loose(b.quantity, slack))


def _events_known(data, claims) -> set[str]:
    """The facts some of these claims state with their event ("freed", "killed")."""
    return {data.fact_of(c) for c in claims if c.predicate is not None}


@settings(max_examples=30)
@given(SIZES, SEEDS)
def test_conflicts_match_the_ground_truth(n, seed):
    data = _generate(n, seed, conflict_rate=0.3)
    report = build_report(data.claims, sources=data.sources)
    conflicts = [f for f in report.findings if f.status is Status.CONFLICT and f.kind is ClaimKind.QUANTITY]
    found = set()
    for f in conflicts:
        fids = {data.fact_of(c) for c in f.claims}
        if len(fids) == 1:
            found |= fids
            continue
        # A claim whose event the parser missed ("3% of claims") may stand for any fact
        # about the same thing: two facts meet in one finding only through such claims.
        assert len(_events_known(data, f.claims)) <= 1, (fids, f.explanation)
    assert found <= data.conflicts | data.unclear
    # A changed figure can go unnoticed only when it is so far from the others that it
    # reads as another fact, or when the claims on one side of the dispute lack the event
    # (then several facts fit). Vague restatements within Config.vague_slack are no
    # conflict in the ground truth (synthetic.generate reads them as loosely as the checker).
    missed = data.conflicts - found
    for fid in missed:
        changed = [c for c in data.claims if data.fact_of(c) == fid and c.source == data.changed[fid]]
        others = [c for c in data.claims if data.fact_of(c) == fid and c.source != data.changed[fid]]
        far = not _may_be_rivals(others, changed, DEFAULT_CONFIG.max_rival_ratio)
        rivals = [c for c in others if not any(_overlap_loosely(c, m) for m in changed)]
        unknown = any(all(c.predicate is None for c in side) for side in (changed, rivals))
        assert far or unknown, (fid, changed)


@settings(max_examples=30)
@given(SIZES, SEEDS)
def test_variants_are_one_person_spelled_two_ways(n, seed):
    data = _generate(n, seed, variant_rate=0.5)
    report = build_report(data.claims, sources=data.sources)
    for f in report.findings:
        if f.status is Status.VARIANT:
            fids = {data.fact_of(c) for c in f.claims}
            assert len(fids) == 1 and fids <= data.variants, f.explanation


@settings(max_examples=30)
@given(SIZES, SEEDS)
def test_different_counted_things_are_never_paired(n, seed):
    data = _generate(n, seed)
    report = build_report(data.claims, sources=data.sources)
    for f in report.findings:
        if f.kind is ClaimKind.QUANTITY:
            heads = {data.facts[data.fact_of(c)].head for c in f.claims}
            assert len(heads) == 1, f.explanation


@settings(max_examples=30)
@given(SIZES, SEEDS)
def test_no_pairing_finding_rests_on_one_source(n, seed):
    data = _generate(n, seed)
    report = build_report(data.claims, sources=data.sources)
    for f in report.findings:
        if f.status in PAIRED and not f.subject.startswith("role of"):
            assert len({c.source for c in f.claims}) >= 2, f.explanation
            assert len(f.sources) >= 2


@settings(max_examples=20)
@given(SIZES, SEEDS)
@example(n=9, seed=420)  # two figures read without their verbs, whose sentences name two events
@example(n=6, seed=1653)  # one figure read without its verb, "were beaten", against two told as bought
def test_vague_restatements_of_an_unchanged_figure_never_conflict(n, seed):
    data = _generate(n, seed, vague_rate=0.6, conflict_rate=0.0)
    report = build_report(data.claims, sources=data.sources)
    assert not [f for f in report.findings if f.status is Status.CONFLICT and f.kind is ClaimKind.QUANTITY]


def _decoys(data):
    """Groups of counted facts of different things that share one number."""
    shared = {}
    for fact in data.facts.values():
        if fact.kind == "count":
            shared.setdefault(fact.value, []).append(fact)
    return [fs for fs in shared.values() if len({f.head for f in fs}) > 1]


def test_same_number_about_different_things_occurs_and_stays_apart():
    # the first set from seed 3 on that holds such facts (which sets do depends on the
    # word lists the generator draws events from)
    data = next((d for d in (synthetic.generate(60, seed) for seed in range(3, 40)) if _decoys(d)), None)
    assert data is not None, "the generator makes facts that share a number"
    report = build_report(data.claims, sources=data.sources)
    for f in report.findings:
        if f.kind is ClaimKind.QUANTITY:
            assert len({(data.facts[data.fact_of(c)].head) for c in f.claims}) == 1


def test_generation_is_deterministic():
    a, b = synthetic.generate(20, 7), synthetic.generate(20, 7)
    assert a.claims == b.claims and a.conflicts == b.conflicts and a.variants == b.variants
    assert synthetic.generate(20, 8).claims != a.claims


def test_a_medium_set_meets_the_quality_targets():
    data = synthetic.generate(200, random.Random(1).randint(0, 100))
    report = build_report(data.claims, sources=data.sources)
    conflict = synthetic.score(data, report, "conflict")
    variant = synthetic.score(data, report, "variant")
    assert conflict.precision >= 0.95 and conflict.recall >= 0.95, conflict
    assert variant.precision >= 0.95, variant


#: Things no generated article counts: an article about them is unrelated to every fact.
_UNRELATED = [("kites", "kite", "fly"), ("lanterns", "lantern", "paint"), ("violins", "violin", "tune")]


@settings(max_examples=25)
@given(SIZES, SEEDS, st.lists(st.tuples(st.sampled_from(_UNRELATED), st.integers(0, 10_000)), min_size=1, max_size=6))
def test_an_unrelated_article_never_changes_the_verdict_on_an_existing_fact(n, seed, said):
    from claimcheck import Claim, parse_quantity

    data = _generate(n, seed, conflict_rate=0.3)
    figures = [c.text for c in data.claims if c.quantity is not None and c.quantity.value]
    extra = []
    for i, ((plural, lemma, verb), pick) in enumerate(said):
        text = figures[pick % len(figures)]  # the very figures the other articles give
        sentence = f"In Zembla, {text} {plural} were {verb}ed at the fair."
        extra.append(
            Claim(
                kind=ClaimKind.QUANTITY,
                source="zz-unrelated",
                text=text,
                start=100 * i,
                end=100 * i + len(text),
                sentence=sentence,
                display=text,
                quantity=parse_quantity(text),
                noun=plural,
                noun_lemma=lemma,
                predicate=verb,
            )
        )
    before = build_report(data.claims, sources=data.sources)
    after = build_report([*data.claims, *extra], sources=[*data.sources, "zz-unrelated"])

    def verdicts(report):
        return sorted(
            (f.status.value, tuple(sorted((c.source, c.start) for c in f.claims)))
            for f in report.findings
            if all(c.source != "zz-unrelated" for c in f.claims)
        )

    assert verdicts(after) == verdicts(before)
