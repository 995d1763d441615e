"""A figure in the "by" phrase of a verb of winning is the margin: "beat the Kings by 12 points".

Twelve points there are no points scored and 4,212 votes in "won the seat by 4,212 votes"
no votes won: read as counts, a margin would be compared with a team's score or a
candidate's tally. Read as the margin of victory, it meets "a winning margin of 12".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["MARGIN", "is_margin"]

#: The measure a margin is read as (``margin of victory`` in ``data/measures.json``).
MARGIN = "margin of victory"


def is_margin(anchor: Token, verb: Token | None, verbs: frozenset[str]) -> bool:
    """Whether the figure of ``anchor`` (or the noun it counts) is the object of a "by"
    on ``verb``, a verb of winning or losing (``margin_verbs``), or of the "of" of a
    margin such a verb is won with ("won the seat with a margin of 4,100 votes"; never a
    margin of error)."""
    if verb is None or verb.lemma_.lower() not in verbs:
        return False
    word = anchor.head if anchor.dep_ in {"nummod", "quantmod"} else anchor
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ not in {"prep", "agent"}:  # "lost by four": "by" may parse as an agent
        return False
    if prep.lower_ == "by":
        return prep.head == verb
    margin = prep.head
    return (
        prep.lower_ == "of"
        and margin.lemma_.lower() == "margin"
        and not any(t.lower_ == "error" for t in margin.subtree)
        and verb in margin.ancestors
    )
