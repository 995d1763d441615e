"""Every threshold of alignment and comparison in one frozen object.

Quantity tolerances ("about" = ±10%, ...) live in :data:`claimcheck.readers.quantities.DEFAULT_RULES`;
this object carries them along so one value configures a whole run.
"""

from __future__ import annotations

import attrs

from claimcheck.lexicon import PACKAGED, Lexicon
from claimcheck.measure import MeasureLexicon
from claimcheck.readers.quantities import DEFAULT_RULES, QuantityRules

__all__ = [
    "DEFAULT_CONFIG",
    "DEFAULT_LIMITS",
    "HEADLINE_TOKENS",
    "PRONOUN_REACH",
    "Config",
    "ReadingLimits",
    "reading_limits",
]

#: Lines longer than this many tokens are never headlines.
HEADLINE_TOKENS = 40
#: How many sentences back a pronoun looks for the person it stands for.
PRONOUN_REACH = 3


@attrs.frozen
class ReadingLimits:
    """How far the claim readers look: the longest line that can be a headline, in tokens,
    and how many sentences back a pronoun looks for the person it stands for. The claim
    component carries them in its config, so they are part of the parse-cache key."""

    headline_tokens: int = HEADLINE_TOKENS
    pronoun_reach: int = PRONOUN_REACH


DEFAULT_LIMITS = ReadingLimits()


@attrs.frozen
class Config:
    """Thresholds for pairing claims and for deciding which findings to report."""

    #: rapidfuzz ratio (0-100) above which two counted-noun heads are the same word.
    noun_similarity: float = 90.0
    #: Two counted-noun heads that similar are one word only when they share this many
    #: first letters and are both longer ("neighbour" / "neighbor"; not "rate" / "rates").
    head_stem_letters: int = 4
    #: rapidfuzz ratio above which two person surnames are spelling variants (first
    #: names need 10 less): both looser and stricter values take effect.
    name_similarity: float = 80.0
    #: token_set_ratio of number-masked sentences above which two event dates are one event.
    date_context_similarity: float = 65.0
    #: The same, for two dates whose sentences name one person, place or thing.
    date_named_similarity: float = 55.0
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
    #: Years either side of a span counted back from a publication date ("for the past
    #: five years"): a stated span is a round figure, so only a gap past it is a conflict.
    span_rounding_years: float = 0.5
    #: Entity labels for which a name only one source mentions is reported as UNIQUE.
    unique_entity_labels: frozenset[str] = frozenset({"PERSON"})
    #: Report entity agreements (both sources name the same person or place).
    report_entity_agreements: bool = True
    quantity_rules: QuantityRules = DEFAULT_RULES
    #: Lines of more than this many tokens are never read as headlines (title-case lines,
    #: which the parse reads badly); read by the claim component, so part of its config.
    headline_tokens: int = HEADLINE_TOKENS
    #: How many sentences back "he", "she", "his", "her" look for the person they stand for.
    pronoun_reach: int = PRONOUN_REACH
    #: The word lists the rules read (event classes, titles, saying verbs, period nouns, ...);
    #: add words with :meth:`claimcheck.lexicon.Lexicon.extended`. Additions to the lists the
    #: claim readers read go into the claim component's ``words`` config (and parse-cache key).
    lexicon: Lexicon = PACKAGED
    #: Measures and their synonyms; None is the packaged ``data/measures.json``
    #: (extend it with :meth:`claimcheck.measure.MeasureLexicon.extended`).
    measures: MeasureLexicon | None = None


DEFAULT_CONFIG = Config()


def reading_limits(config: Config) -> ReadingLimits:
    """The limits of a run's claim readers, from its config."""
    return ReadingLimits(headline_tokens=config.headline_tokens, pronoun_reach=config.pronoun_reach)
