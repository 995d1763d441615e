"""Small builders for hand-made claims, so align/compare tests need no model."""

from __future__ import annotations

from claimcheck import Claim, ClaimKind, compare, parse_quantity


def qclaim(
    source: str,
    amount: str,
    noun: str | None,
    predicate: str | None,
    *,
    start: int = 0,
    sentence: str | None = None,
    agent: str | None = None,
    scope: str | None = None,
) -> Claim:
    """A quantity claim as the extractor would produce it."""
    q = parse_quantity(amount)
    assert q is not None, amount
    head = noun.split()[-1].rstrip("s") if noun else None
    return Claim(
        kind=ClaimKind.QUANTITY,
        source=source,
        text=amount,
        start=start,
        end=start + len(amount),
        sentence=sentence or f"{amount} {noun or ''} {predicate or ''}".strip(),
        display=amount,
        quantity=q,
        noun=noun,
        noun_lemma=head,
        predicate=predicate,
        agent=agent,
        scope=scope,
    )


def eclaim(source: str, name: str, label: str = "PERSON", *, start: int = 0, role: str | None = None) -> Claim:
    """An entity claim."""
    return Claim(
        kind=ClaimKind.ENTITY,
        source=source,
        text=name,
        start=start,
        end=start + len(name),
        sentence=f"{role or ''} {name} spoke.".strip(),
        display=name,
        entity=name,
        label=label,
        role=role,
    )


def dclaim(source: str, date: str, sentence: str, predicate: str | None = None) -> Claim:
    """A date claim of an event, as the extractor reads "In 1969, he was indicted"."""
    start = sentence.index(date)
    return Claim(
        kind=ClaimKind.DATE,
        source=source,
        text=date,
        start=start,
        end=start + len(date),
        sentence=sentence,
        entity=date,
        label="EVENT",
        predicate=predicate,
    )


def read_figure(nlp, text: str, figure: str) -> Claim:
    """The one quantity claim whose surface is ``figure`` in ``text``, read by ``nlp``."""
    from claimcheck.extract import extract

    claims = [c for c in extract(text, nlp=nlp) if c.quantity is not None and c.text == figure]
    assert len(claims) == 1, [(c.text, c.noun) for c in extract(text, nlp=nlp)]
    return claims[0]


def rclaim(
    source: str,
    event: str,
    patient: str | None,
    *,
    agent: str | None = None,
    predicate: str = "lift",
    label: str | None = "GPE",
    start: int = 0,
    negated: bool = False,
    modality: str | None = None,
    extra: str | None = None,
    cause: str | None = None,
    effect: str | None = None,
    nominal: bool = False,
) -> Claim:
    """A relation claim (or, with event "part_of", a part-of link from agent to patient)."""
    from claimcheck.models import Relation

    text = " ".join(w for w in (agent, predicate, patient, extra) if w)
    return Claim(
        kind=ClaimKind.RELATION,
        source=source,
        text=text,
        start=start,
        end=start + len(text),
        sentence=text + ".",
        display=text,
        predicate=predicate,
        negated=negated,
        relation=Relation(
            event=event,
            predicate=predicate,
            agent=agent,
            patient=patient,
            extra=extra,
            modality=modality,
            cause=cause,
            effect=effect,
            patient_label=label,
            nominal=nominal,
        ),
    )


def shared_statuses(report, kind: str) -> list:
    """The statuses of a report's findings of ``kind`` that hold claims from two sources or more."""
    return [f.status for f in report.findings if f.kind.value == kind and len({c.source for c in f.claims}) >= 2]


def pair_statuses(nlp, a: str, b: str, kind: str = "quantity") -> list:
    """The statuses of the findings of ``kind`` that hold both of two one-sentence articles."""
    return shared_statuses(compare({"one": a, "two": b}, nlp=nlp), kind)
