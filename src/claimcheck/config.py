"""Every threshold of alignment and comparison in one frozen object.

Quantity tolerances ("about" = ±10%, ...) live in :data:`claimcheck.quantities.DEFAULT_RULES`;
this object carries them along so one value configures a whole run.
"""

from __future__ import annotations

import attrs

from claimcheck.measure import MeasureLexicon
from claimcheck.quantities import DEFAULT_RULES, QuantityRules


@attrs.frozen
class Config:
    """Thresholds for pairing claims and for deciding which findings to report."""

    #: rapidfuzz ratio (0-100) above which two counted-noun heads are the same word.
    noun_similarity: float = 90.0
    #: rapidfuzz ratio above which two person surnames are spelling variants (first
    #: names need 10 less): both looser and stricter values take effect.
    name_similarity: float = 80.0
    #: token_set_ratio of number-masked sentences above which two event dates are one event.
    date_context_similarity: float = 65.0
    #: Two disjoint figures further apart than this factor are two facts, not a conflict;
    #: a one-sided bound ("up to X", "more than X") only speaks of figures within it of X.
    max_rival_ratio: float = 4.0
    #: Two readings of one holder's one-valued figure (an age, a height) further apart than
    #: this factor tell two times of it ("age 17" and "77" of one man), not a misreport.
    one_value_ratio: float = 1.5
    #: An unnamed holder's one-valued figure ("a 31-year-old mom") is taken for a named
    #: person's ("Armstead, 32") only when it lies within this factor of that person's
    #: figure, that person alone does, and its source gives no figure of that person.
    unnamed_match_ratio: float = 1.1
    #: A vague amount ("several", "dozens") is read this many times looser before it is
    #: called a conflict: "several" vs 11 is compatible, "dozens" vs 5 a conflict.
    vague_slack: float = 1.5
    #: Entity labels for which a name only one source mentions is reported as UNIQUE.
    unique_entity_labels: frozenset[str] = frozenset({"PERSON"})
    #: Report entity agreements (both sources name the same person or place).
    report_entity_agreements: bool = True
    quantity_rules: QuantityRules = DEFAULT_RULES
    #: Measures and their synonyms; None is the packaged ``data/measures.json``
    #: (extend it with :meth:`claimcheck.measure.MeasureLexicon.extended`).
    measures: MeasureLexicon | None = None


DEFAULT_CONFIG = Config()
