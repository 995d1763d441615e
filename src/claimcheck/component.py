"""The ``claimcheck_claims`` spaCy component: claims as spans in ``doc.spans["claimcheck"]``.

Each span's label is the claim kind; what the rules read about it (quantity bounds,
counted noun, event, entity name, role) is kept as one plain-data record in the span
extension ``claimcheck_info``, so it survives ``DocBin`` and ``nlp.pipe(n_process=2)``.
Typed getters read that record: ``span._.claimcheck_quantity``, ``_measure``,
``_negated``, ``_attribution``, ``_entity``, ``_role`` and ``_claim``.
``doc._.claimcheck_claims`` rebuilds the :class:`~claimcheck.models.Claim` objects.

Claims are read per sentence, and a headline or dateline ends at its line break: the
component adds ``claimcheck_lines`` before the pipeline's sentence setter (and a
``sentencizer`` when there is none), so ``nlp.add_pipe("claimcheck_claims")`` alone
reads what :func:`claimcheck.extract` reads.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import cattrs
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from claimcheck.config import DEFAULT_LIMITS, ReadingLimits
from claimcheck.lexicon import PACKAGED, Lexicon, reader_lexicon
from claimcheck.models import Claim, ClaimKind, Quantity, Relation
from claimcheck.placement import reading
from claimcheck.readers.claims import read_claims
from claimcheck.readers.quantities import DEFAULT_RULES, QuantityRules

__all__ = [
    "COMPONENT",
    "LINES",
    "SPANS_KEY",
    "ClaimExtractor",
    "ComponentMissing",
    "claims_from_data",
    "claims_from_doc",
    "claims_to_data",
    "ensure_sentences",
    "require_component",
]

SPANS_KEY = "claimcheck"
COMPONENT = "claimcheck_claims"
LINES = "claimcheck_lines"
_converter = cattrs.Converter()


class ComponentMissing(ValueError):
    """Raised when claims are asked of a pipeline that has no ``claimcheck_claims``."""


def _record(span: Span) -> dict[str, Any]:
    return span._.claimcheck_info or {}


def _quantity(span: Span) -> Quantity | None:
    data = _record(span).get("quantity")
    return _converter.structure(data, Quantity) if data else None


def _claim(span: Span) -> Claim | None:
    info = _record(span)
    if not info:
        return None
    return _converter.structure({**info, "source": span.doc._.claimcheck_source or ""}, Claim)


#: Typed views of the one stored record, named as spaCy users expect (``span._.claimcheck_negated``).
_SPAN_GETTERS = {
    "claimcheck_claim": _claim,
    "claimcheck_quantity": _quantity,
    "claimcheck_measure": lambda span: _record(span).get("noun"),
    "claimcheck_negated": lambda span: bool(_record(span).get("negated", False)),
    "claimcheck_attribution": lambda span: _record(span).get("attribution"),
    "claimcheck_entity": lambda span: _record(span).get("entity"),
    "claimcheck_role": lambda span: _record(span).get("role"),
}

if not Span.has_extension("claimcheck_info"):
    Span.set_extension("claimcheck_info", default=None)
for _name, _getter in _SPAN_GETTERS.items():
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_getter)
if not Doc.has_extension("claimcheck_source"):
    Doc.set_extension("claimcheck_source", default=None)
if not Doc.has_extension("claimcheck_spans_key"):
    Doc.set_extension("claimcheck_spans_key", default=SPANS_KEY)
if not Doc.has_extension("claimcheck_records"):
    # every claim's record, in span order: spaCy keys a span's extensions by its offsets,
    # so two claims on one span (a title and a part-of link) would share one record there
    Doc.set_extension("claimcheck_records", default=None)
if not Doc.has_extension("claimcheck_errors"):
    # the reading steps that failed on this Doc, one line each (the other kinds were read)
    Doc.set_extension("claimcheck_errors", default=())
if not Doc.has_extension("claimcheck_lines"):
    Doc.set_extension("claimcheck_lines", default=False)
if not Doc.has_extension("claimcheck_claims"):
    # a lambda: claims_from_doc is defined further down this module
    Doc.set_extension("claimcheck_claims", getter=lambda doc: claims_from_doc(doc))  # noqa: PLW0108


def _sentence_setters(nlp: Language) -> list[str]:
    return [
        name for name in nlp.pipe_names if name != LINES and "token.is_sent_start" in nlp.get_pipe_meta(name).assigns
    ]


def ensure_sentences(nlp: Language) -> None:
    """Give a pipeline what claim reading needs: sentence starts, and a new line at each line break.

    Adds a ``sentencizer`` when no component sets sentence starts, and ``claimcheck_lines``
    right before the first one that does (the parser keeps starts that are already set).
    """
    setters = _sentence_setters(nlp)
    if not setters:
        nlp.add_pipe("sentencizer", first=True)
        setters = _sentence_setters(nlp)
    if LINES not in nlp.pipe_names:
        nlp.add_pipe(LINES, before=setters[0])


def require_component(nlp: Language) -> Language:
    """The pipeline itself when it holds ``claimcheck_claims``; a clear error otherwise.

    Without the component a pipeline finds no claims, and a report of no findings
    would look like agreement.
    """
    if COMPONENT not in nlp.pipe_names:
        raise ComponentMissing(
            f"the spaCy pipeline has no {COMPONENT!r} component (it has: {', '.join(nlp.pipe_names) or 'none'}); "
            f"add it with nlp.add_pipe({COMPONENT!r}), or pass no nlp to use claimcheck.load_pipeline()"
        )
    return nlp


@Language.factory(
    COMPONENT,
    requires=["doc._.claimcheck_lines", "token.is_sent_start"],
    assigns=["doc.spans", "span._.claimcheck_info", "doc._.claimcheck_spans_key", "doc._.claimcheck_errors"],
    default_config={
        "spans_key": SPANS_KEY,
        "tolerances": {},
        "headline_tokens": DEFAULT_LIMITS.headline_tokens,
        "pronoun_reach": DEFAULT_LIMITS.pronoun_reach,
        "words": {},
    },
)
def make_claim_extractor(
    nlp: Language,
    name: str,
    spans_key: str,
    tolerances: dict[str, Any],
    headline_tokens: int,
    pronoun_reach: int,
    words: dict[str, list[str]],
) -> ClaimExtractor:
    """Build the component; registered for ``nlp.add_pipe("claimcheck_claims")``.

    ``tolerances`` overrides fields of :class:`~claimcheck.readers.quantities.QuantityRules`,
    e.g. ``{"about": 0.2}`` to read "about X" as ±20%; ``headline_tokens`` and
    ``pronoun_reach`` are the :class:`~claimcheck.readers.claims.ReadingLimits`; ``words``
    adds words to the lists the readers read, by list name, e.g. ``{"title_words":
    ["commissar"]}`` (see :data:`claimcheck.lexicon.READER_LISTS`). Adds ``claimcheck_lines``
    (and a sentencizer if need be) when the pipeline lacks them; see :func:`ensure_sentences`.
    """
    ensure_sentences(nlp)
    limits = ReadingLimits(headline_tokens=headline_tokens, pronoun_reach=pronoun_reach)
    lexicon = reader_lexicon(words)
    return ClaimExtractor(name=name, spans_key=spans_key, rules=rules_with(tolerances), limits=limits, lexicon=lexicon)


def rules_with(overrides: dict[str, Any]) -> QuantityRules:
    """Quantity rules with some tolerances changed; unknown names are an error."""
    known = {f.name for f in attrs.fields(QuantityRules)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ValueError(f"unknown quantity tolerance(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return _converter.structure({**_converter.unstructure(DEFAULT_RULES), **overrides}, QuantityRules)


@Language.component(LINES, assigns=["token.is_sent_start", "doc._.claimcheck_lines"])
def mark_line_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and bullet points have no full stop.

    Runs before the parser, which keeps sentence starts that are already set.
    """
    doc._.claimcheck_lines = True
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            nxt = doc[token.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


class ClaimExtractor:
    """Finds claims in a Doc and stores them as labelled spans with their reading attached."""

    def __init__(
        self,
        name: str = "claimcheck_claims",
        spans_key: str = SPANS_KEY,
        rules: QuantityRules = DEFAULT_RULES,
        limits: ReadingLimits = DEFAULT_LIMITS,
        lexicon: Lexicon = PACKAGED,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.rules = rules
        self.limits = limits
        #: the word lists the readers read: the packaged ones with the config's ``words`` added
        self.lexicon = lexicon
        #: set by :func:`claims_only`: keep the claims for :func:`claims_just_read`, write nothing on the Doc
        self._claims_only = False

    def __call__(self, doc: Doc) -> Doc:
        spans, kept, records = [], [], []
        errors: list[str] = []
        with _collector_paused(), reading(doc._.claimcheck_source or ""):
            found = read_claims(doc, self.rules, self.limits, self.lexicon, errors, _MADE_FROM.pop(doc, None))
        if self._claims_only:  # the caller takes the claims and drops the Doc (see claims_only)
            doc._.claimcheck_errors = tuple(errors)
            # the claims a span is made for below: those inside the text (``Doc.char_span``
            # expands any other offsets to the tokens that hold them)
            size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
            _READ_ALONE[doc] = [c for c in found if 0 <= c.start < size and 0 < c.end <= size]
            return doc
        for claim in found:
            span = doc.char_span(claim.start, claim.end, label=_LABELS[claim.kind], alignment_mode="expand")
            if span is None:
                continue
            record = _to_info(claim)
            span._.claimcheck_info = record
            spans.append(span)
            kept.append(claim)
            records.append(record)
        group = SpanGroup(doc, name=self.spans_key, spans=spans)
        doc.spans[self.spans_key] = group
        doc._.claimcheck_spans_key = self.spans_key
        doc._.claimcheck_records = records
        doc._.claimcheck_errors = tuple(errors)
        _JUST_READ[doc] = (group, kept)
        _READ_ALONE.pop(doc, None)  # a Doc read again: the spans now hold its claims
        return doc


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one Doc's claims are read, as it was.

    Reading allocates many short-lived objects that hold no reference cycles, and each
    collection they trigger walks every object the loaded pipeline holds too (about a
    tenth of the time claim reading takes), to free nothing; what the reading leaves
    for the collector is collected at its next run after the pause."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: Each kind's span label, its name: looked up, not asked of the enum for every claim.
_LABELS = {kind: kind.name for kind in ClaimKind}


# long by design: one line for each field of a Claim, written out for speed
def _to_info(claim: Claim) -> dict[str, Any]:
    """The record ``_converter.unstructure(claim)`` gives, without the source, written out:
    the fields are plain values but for the quantity, the relation and the pair (several
    times faster, and every claim of every article gets one; a test keeps the two alike)."""
    # The source is per document, not per span; the sentence is re-read from the Doc.
    q, r, pair = claim.quantity, claim.relation, claim.pair
    return {
        "kind": claim.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "display": claim.display,
        "quantity": None
        if q is None
        else {
            "low": q.low,
            "high": q.high,
            "low_inclusive": q.low_inclusive,
            "high_inclusive": q.high_inclusive,
            "value": q.value,
            "qualifier": q.qualifier,
            "unit": q.unit,
            "text": q.text,
        },
        "noun": claim.noun,
        "noun_lemma": claim.noun_lemma,
        "predicate": claim.predicate,
        "entity": claim.entity,
        "label": claim.label,
        "role": claim.role,
        "negated": claim.negated,
        "attribution": claim.attribution,
        "agent": claim.agent,
        "scope": claim.scope,
        "line": claim.line,
        "measure": claim.measure,
        "relation": None
        if r is None
        else {
            "event": r.event,
            "predicate": r.predicate,
            "agent": r.agent,
            "patient": r.patient,
            "extra": r.extra,
            "modality": r.modality,
            "cause": r.cause,
            "effect": r.effect,
            "patient_label": r.patient_label,
            "passive": r.passive,
            "nominal": r.nominal,
            "when": r.when,
            "patient_age": r.patient_age,
        },
        "sentence_offset": claim.sentence_offset,
        "column": claim.column,
        "pair": None if pair is None else list(pair),
        "passive": claim.passive,
        "theme": claim.theme,
        "variant": None if claim.variant is None else list(claim.variant),
        "group": claim.group,
    }


def claims_to_data(claims: list[Claim]) -> list[dict[str, Any]]:
    """Claims as plain data (for the parse cache); :func:`claims_from_data` reads them back."""
    return [_converter.unstructure(claim) for claim in claims]


def claims_from_data(data: list[dict[str, Any]]) -> list[Claim]:
    """Claims from the plain data :func:`claims_to_data` wrote: what ``_converter.structure``
    gives, built directly (a warm cache run reads back every claim of every article)."""
    return [_from_info(item, item["source"]) for item in data]


def _from_info(info: dict[str, Any], source: str) -> Claim:
    """A claim from its stored record: what ``_converter.structure`` gives, built directly
    (several times faster, and claims are read back from every parsed article)."""
    data = {**info, "source": source, "kind": ClaimKind(info["kind"])}
    if data.get("quantity") is not None:
        data["quantity"] = Quantity(**data["quantity"])
    if data.get("relation") is not None:
        data["relation"] = Relation(**data["relation"])
    if data.get("pair") is not None:
        data["pair"] = tuple(data["pair"])
    if data.get("variant") is not None:
        data["variant"] = tuple(data["variant"])
    return Claim(**data)


#: The claims the component read for each Doc still alive, beside the span group it wrote:
#: extraction in the same process takes them as read instead of rebuilding them from the
#: spans' records (see :func:`claims_just_read`). Weak keys: a freed Doc drops its entry.
_JUST_READ: weakref.WeakKeyDictionary[Doc, tuple[SpanGroup, list[Claim]]] = weakref.WeakKeyDictionary()
#: The text each Doc of :func:`doc_for` was made from, until the component reads it.
_MADE_FROM: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
#: The claims read inside :func:`claims_only`, for a Doc that holds no spans of them.
_READ_ALONE: weakref.WeakKeyDictionary[Doc, list[Claim]] = weakref.WeakKeyDictionary()


@contextmanager
def claims_only(nlp: Language) -> Iterator[None]:
    """Inside the block, the pipeline's claim component keeps what it reads for
    :func:`claims_just_read` only and writes no spans or records on the Doc: for a caller
    that takes the claims and drops each Doc (a span, a record and an extension value
    for every claim of a Doc no one reads cost about a twentieth of the reading). Only
    where the component is the pipeline's last step, so no later step misses its spans."""
    names = nlp.pipe_names
    component = nlp.get_pipe(COMPONENT) if names and names[-1] == COMPONENT else None
    if not isinstance(component, ClaimExtractor) or component._claims_only:
        yield
        return
    component._claims_only = True
    try:
        yield
    finally:
        component._claims_only = False


def doc_for(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, its text remembered for the claim component: spaCy joins a
    Doc's text anew from its tokens at every ``doc.text``, and the caller has it already."""
    doc = nlp.make_doc(text)
    _MADE_FROM[doc] = text
    return doc


def claims_just_read(doc: Doc) -> list[Claim]:
    """The claims a processed Doc holds, of the source it had when read: what the
    component read, while its span group is still the one it wrote (no later step changed
    it) or when it wrote none (:func:`claims_only`); otherwise rebuilt from the spans by
    :func:`claims_from_doc`."""
    alone = _READ_ALONE.get(doc)
    if alone is not None:
        return list(alone)
    entry = _JUST_READ.get(doc)
    key = doc._.claimcheck_spans_key or SPANS_KEY
    if entry is None or doc.spans.get(key) is not entry[0] or len(entry[0]) != len(entry[1]):
        return claims_from_doc(doc)
    return list(entry[1])


def claims_from_doc(doc: Doc, source: str | None = None, spans_key: str | None = None) -> list[Claim]:
    """The claims a processed Doc holds, with offsets into ``doc.text``.

    The spans are read under the key the component wrote them to, unless one is given.
    """
    src = source if source is not None else (doc._.claimcheck_source or "")
    key = spans_key or doc._.claimcheck_spans_key or SPANS_KEY
    spans = doc.spans.get(key, [])
    records = doc._.claimcheck_records
    if records is None or len(records) != len(spans) or key != doc._.claimcheck_spans_key:
        # a Doc from before records were kept, or spans another step changed: one record a span
        records = [span._.claimcheck_info for span in spans]
    return [_from_info(info, src) for info in records if info]
