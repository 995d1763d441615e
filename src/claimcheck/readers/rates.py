"""What a figure is counted per: "120 people [a day]", "$38 [per share]", "$40 [each]".

A rate and a total of one measure are two facts ("infecting 120 people a day" is no
reading of "infected 3,000 people"), and two rates per the same thing are one kind of
figure however their verbs differ ("pays $38 a share", "offered $36 per share"). The
rate is read from the parse, on the figure, on the noun it counts, or on their verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["rate_in", "rate_of"]

#: The determiners of a noun that says what a figure is counted per: "a day", "every week".
_RATE_DETERMINERS = frozenset({"a", "an", "every", "per", "each"})
#: The words that make "a day" a time before or after something, not a rate: "a day later".
_NOT_RATE_AFTER = frozenset(
    {"ago", "later", "earlier", "after", "before", "since", "on", "off", "into", "from", "until", "till"}
)
#: The words after a figure that make it a figure for each one: "$38 apiece", "$40 each".
_EACH = frozenset({"apiece", "each"})
#: Adverbs of a period not made by adding "ly" to it ("monthly", "weekly", "hourly" are).
_ADVERB_PERIODS = {"daily": "day", "annually": "year", "yearly": "year"}


def rate_of(anchor: Token, span: Span, verb: Token | None, periods: frozenset[str]) -> str | None:
    """ "per <noun>" (or "each") when the figure is stated per something, else None.

    Looked for on the figure's last number, then on the noun it counts ("120 [people] a
    day"), then on its verb, where only a period counts ("four people a week [die]", not
    "[rose] a point"). Words inside the figure's span (the "per hour" of "100 km per
    hour", read as its unit) are no rate.
    """
    holders = [anchor]
    if anchor.dep_ in {"nummod", "quantmod"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        holders.append(anchor.head)
    for tok in holders:
        found = _rate_below(tok, span, periods, on_verb=False)
        if found is not None:
            return found
    if verb is not None and verb not in holders:
        return _rate_below(verb, span, periods, on_verb=True)
    return None


def rate_in(scope: str | None) -> str | None:
    """The rate a claim's scope ends with ("in cash, per share" -> "per share"), if any."""
    if not scope:
        return None
    last = scope.rsplit(", ", 1)[-1]
    return last if last.startswith("per ") or last == "each" else None


def _rate_below(tok: Token, span: Span, periods: frozenset[str], *, on_verb: bool) -> str | None:
    """The rate a child of ``tok`` states. On the figure's verb only a rate per one of
    ``periods``, on either side of the verb ("four people a week die"); on the figure or
    its noun a rate per anything, after it ("$38 a share")."""
    allowed = periods if on_verb else None  # what a "per" or "a" noun may be
    for child in tok.children:
        if span.start <= child.i < span.end or (not on_verb and child.i <= tok.i):
            continue  # inside the figure, or before the figure's own word
        low = child.lower_
        if low in _EACH and child.dep_ in {"advmod", "npadvmod"} and (not on_verb or child.i == span.end):
            return "each"  # on the verb only right after the figure: "valued at $5,000 apiece"
        if child.dep_ in {"advmod", "npadvmod"} and low.endswith("ly"):  # "costs $18.99 monthly"
            period = _ADVERB_PERIODS.get(low, low[:-2])
            if period in periods:
                return f"per {period}"
        if child.dep_ == "prep" and low == "per":
            unit = next((c for c in child.children if c.dep_ == "pobj"), None)
            return _per(unit, allowed) if unit is not None else None
        if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and _counted_per(child):
            return _per(child, allowed)
    return None


def _counted_per(noun: Token) -> bool:
    """Whether "a day" in "120 people a day" says per day: a rate's determiner, and no word
    on the noun that makes it a time before or after something ("a day later", "a week ago",
    "a year into his term"), or a clause of its own; other phrases leave it a rate ("$25.50
    a share in cash")."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in _NOT_RATE_AFTER:
        return False  # "arrested a day after the vote", where "after" hangs on the verb
    determiner = False
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in _RATE_DETERMINERS:
            determiner = True
        elif child.dep_ in {"acl", "relcl"} or child.lower_ in _NOT_RATE_AFTER:
            return False
    return determiner


def _per(noun: Token, periods: frozenset[str] | None) -> str | None:
    lemma = noun.lemma_.lower()
    if periods is not None and lemma not in periods:
        return None
    return f"per {lemma}"
