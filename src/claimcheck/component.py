"""The ``claimcheck_claims`` spaCy component: claims as spans in ``doc.spans["claimcheck"]``.

Each span's label is the claim kind; what the rules read about it (quantity bounds,
counted noun, event, entity name, role) is kept as plain data in the span extension
``claimcheck_info``, so it survives ``DocBin`` and ``nlp.pipe(n_process=2)``.
``doc._.claimcheck_claims`` rebuilds the :class:`~claimcheck.models.Claim` objects.
"""

from __future__ import annotations

from typing import Any

import attrs
import cattrs
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from claimcheck.claims import read_claims
from claimcheck.models import Claim
from claimcheck.quantities import DEFAULT_RULES, QuantityRules

SPANS_KEY = "claimcheck"
_converter = cattrs.Converter()

if not Span.has_extension("claimcheck_info"):
    Span.set_extension("claimcheck_info", default=None)
if not Doc.has_extension("claimcheck_source"):
    Doc.set_extension("claimcheck_source", default=None)
if not Doc.has_extension("claimcheck_claims"):
    Doc.set_extension("claimcheck_claims", getter=lambda doc: claims_from_doc(doc))


@Language.factory(
    "claimcheck_claims",
    assigns=["doc.spans", "span._.claimcheck_info"],
    default_config={"spans_key": SPANS_KEY, "tolerances": {}},
)
def make_claim_extractor(
    nlp: Language, name: str, spans_key: str, tolerances: dict[str, Any]
) -> ClaimExtractor:
    """Build the component; registered for ``nlp.add_pipe("claimcheck_claims")``.

    ``tolerances`` overrides fields of :class:`~claimcheck.quantities.QuantityRules`,
    e.g. ``{"about": 0.2}`` to read "about X" as ±20%.
    """
    return ClaimExtractor(name=name, spans_key=spans_key, rules=rules_with(tolerances))


def rules_with(overrides: dict[str, Any]) -> QuantityRules:
    """Quantity rules with some tolerances changed; unknown names are an error."""
    known = {f.name for f in attrs.fields(QuantityRules)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ValueError(f"unknown quantity tolerance(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return _converter.structure({**_converter.unstructure(DEFAULT_RULES), **overrides}, QuantityRules)


@Language.component("claimcheck_lines", assigns=["token.is_sent_start"])
def mark_line_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and bullet points have no full stop.

    Runs before the parser, which keeps sentence starts that are already set.
    """
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            nxt = doc[token.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


class ClaimExtractor:
    """Finds claims in a Doc and stores them as labelled spans with their reading attached."""

    def __init__(
        self, name: str = "claimcheck_claims", spans_key: str = SPANS_KEY, rules: QuantityRules = DEFAULT_RULES
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for claim in read_claims(doc, self.rules):
            span = doc.char_span(claim.start, claim.end, label=claim.kind.name, alignment_mode="expand")
            if span is None:
                continue
            span._.claimcheck_info = _to_info(claim)
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        return doc


def _to_info(claim: Claim) -> dict[str, Any]:
    info = _converter.unstructure(claim)
    # The source is per document, not per span; the sentence is re-read from the Doc.
    info.pop("source", None)
    return info


def claims_to_data(claims: list[Claim]) -> list[dict[str, Any]]:
    """Claims as plain data (for the parse cache); :func:`claims_from_data` reads them back."""
    return [_converter.unstructure(claim) for claim in claims]


def claims_from_data(data: list[dict[str, Any]]) -> list[Claim]:
    """Claims from the plain data :func:`claims_to_data` wrote."""
    return [_converter.structure(item, Claim) for item in data]


def claims_from_doc(doc: Doc, source: str | None = None, spans_key: str = SPANS_KEY) -> list[Claim]:
    """The claims a processed Doc holds, with offsets into ``doc.text``."""
    src = source if source is not None else (doc._.claimcheck_source or "")
    out: list[Claim] = []
    for span in doc.spans.get(spans_key, []):
        info = span._.claimcheck_info
        if not info:
            continue
        out.append(_converter.structure({**info, "source": src}, Claim))
    return out
