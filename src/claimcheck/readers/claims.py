"""Reading claims out of a parsed spaCy Doc: numbers with what they count, names, dates.

Works on any pipeline: with a parser it follows dependencies to the counted noun and
the event; on a blank pipeline it falls back to word-order rules for numbers only.
Offsets here are into ``_text(doc)``; :mod:`claimcheck.extract` maps them to the original.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice

import attrs
import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.availability import availability_claims
from claimcheck.birthplaces import birthplace_claims
from claimcheck.config import DEFAULT_LIMITS, ReadingLimits
from claimcheck.dates import MONTHS, WEEKDAYS, time_frame
from claimcheck.death_causes import death_cause_claims
from claimcheck.finders import finder_claims
from claimcheck.incidents import incident_of
from claimcheck.kinds import extractors, register_extractor
from claimcheck.lexicon import (
    ATTEND,
    INFLECTIONS,
    LEMMA_FIXES,
    PACKAGED,
    PHRASAL_VERBS,
    RESULT_VERBS,
    VENUE_SCOPES,
    Lexicon,
    predicate_class,
)
from claimcheck.lines import LineIndex
from claimcheck.measure import load_measures
from claimcheck.models import INCREMENT, SPREAD_ENDS, Claim, ClaimKind, Quantity
from claimcheck.parents import parent_trade_claims
from claimcheck.placement import placed
from claimcheck.rank_claims import rank_claims
from claimcheck.reached_roles import reached_role_claims
from claimcheck.readers.according import according_object, according_to_at
from claimcheck.readers.cued_names import cued_names
from claimcheck.readers.doc_arrays import doc_arrays, kept_for
from claimcheck.readers.margins import MARGIN, is_margin
from claimcheck.readers.members import AGE_LEMMAS, AGE_WORDS, kin_of_names, listed_group, suspended_group
from claimcheck.readers.orgspans import whole_organisation
from claimcheck.readers.partof import name_of
from claimcheck.readers.people import People, trim_name
from claimcheck.readers.quantities import DEFAULT_RULES, QuantityRules, find_quantities
from claimcheck.readers.rates import rate_of
from claimcheck.readers.relations import relation_claims
from claimcheck.readers.titlecase import TitleCase
from claimcheck.readers.variants import price_variants
from claimcheck.relexicon import lexicon
from claimcheck.score_claims import score_claims
from claimcheck.targets import target_claims
from claimcheck.units import DURATION, MAGNITUDE, TIME_OF_DAY, UNIT_SURFACES, dimension
from claimcheck.venues import venue_claims
from claimcheck.wordfiles import openings
from claimcheck.wounds import wound_claims

__all__ = [
    "entity_claims",
    "read_claims",
]

# Number tokens inside these entity types are dates, times or ranks, never counts.
NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_NOUN_LINK_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "advmod", "npadvmod", "nmod"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i|an)$")
_MONTHS = re.compile(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?"
    r"|oct(ober)?|nov(ember)?|dec(ember)?)\b",
    re.IGNORECASE,
)


class _Page:
    """A Doc's text with its line breaks indexed: line lookups by bisection, not by scanning.

    spaCy rebuilds ``Doc.text`` from its tokens on every access, and the rules look at the
    text and its lines for every claim, so both are built once per ``read_claims`` call.
    """

    __slots__ = (
        "_aboard",
        "_according",
        "_ents",
        "_folds",
        "_kin",
        "_line_spans",
        "_lines",
        "_lowered",
        "_lowers",
        "_negated_heads",
        "_payments",
        "_people",
        "_periods",
        "_sent_hooked",
        "_sent_spans",
        "_sent_starts",
        "_sents",
        "_title_case",
        "limits",
        "text",
        "words",
    )

    def __init__(self, text: str, limits: ReadingLimits = DEFAULT_LIMITS, words: Lexicon = PACKAGED) -> None:
        self.text = text
        self.limits = limits
        self.words = words
        self._lines = LineIndex(text)
        self._people: People | None = None
        self._title_case: TitleCase | None = None
        self._ents: tuple[Span, ...] | None = None
        self._lowered: str | None = None
        self._aboard: bool | None = None
        self._sents: bool | None = None
        self._according: list[int] | None = None
        self._lowers: list[int] | None = None
        self._negated_heads: frozenset[int] = frozenset()
        self._line_spans: dict[tuple[int, int], Span] = {}
        self._sent_starts: list[int] | None = None
        self._sent_spans: dict[int, Span] = {}
        self._sent_hooked = False
        self._payments: bool | None = None
        self._folds: bool | None = None
        self._periods: list[int] | None = None
        self._kin: dict[str, str] | None = None

    def sentence(self, span: Span) -> Span:
        """``span.sent``: the sentence holding the span's first token, found by bisection
        on the sentence starts read once per Doc, one Span a sentence (spaCy walks the
        tokens and builds a new Span each time). Sentence hooks are left to spaCy."""
        doc = span.doc
        starts = self._starts(doc)
        if self._sent_hooked:
            return span.sent
        k = bisect_right(starts, span.start)
        start = starts[k - 1] if k else 0
        sent = self._sent_spans.get(start)
        if sent is None:
            sent = self._sent_spans[start] = doc[start : starts[k] if k < len(starts) else len(doc)]
        return sent

    def _starts(self, doc: Doc) -> list[int]:
        """Where the Doc's sentences start, read off the Doc once (and whether hooks set them)."""
        if self._sent_starts is None:
            self._sent_hooked = "sent" in doc.user_span_hooks or "sents" in doc.user_hooks
            self._sent_starts = numpy.flatnonzero(doc_arrays(doc).array(SENT_START) == 1).tolist()
        return self._sent_starts

    def may_name_period(self, doc: Doc, i: int) -> bool:
        """Whether a period noun ("the second [half]") is written in the sentence of token ``i``
        or in the eleven tokens after it, where a "during" phrase is read on: where none is,
        no verb is limited to a period (:func:`_own_scope`), and none is looked for."""
        if self._periods is None:
            lemmas = doc_arrays(doc).column(LEMMA)
            strings, nouns = doc.vocab.strings, self.words.period_nouns
            known = _PERIOD_LEMMAS.setdefault(nouns, {})  # a lemma id names one string in every Doc
            ids = set()
            for lemma in set(lemmas):
                period = known.get(lemma)
                if period is None:  # a period noun, or an ordinal that tells one incident ("the second blast")
                    word = strings[lemma].lower()
                    period = known[lemma] = word in nouns or word in _ORDINALS
                if period:
                    ids.add(lemma)
            self._periods = [k for k, lemma in enumerate(lemmas) if lemma in ids] if ids else []
        if not self._periods:
            return False
        start, end = 0, len(doc)  # the whole Doc where sentences are unknown or set by hooks
        starts = self._starts(doc) if self.has_sents(doc) else []
        if starts and not self._sent_hooked:
            k = bisect_right(starts, i)
            start, end = (starts[k - 1] if k else 0), (starts[k] if k < len(starts) else len(doc))
        at = bisect_left(self._periods, start)
        return at < len(self._periods) and self._periods[at] < end + 11

    def lowers(self, doc: Doc) -> list[int]:
        """Each token's lower-case word id (``LOWER``), read off the Doc once."""
        if self._lowers is None:
            self._read_arrays(doc)
        return self._lowers  # type: ignore[return-value]

    def negated_heads(self, doc: Doc) -> frozenset[int]:
        """The tokens with a ``neg`` child ("did [not] free"), read off the Doc once."""
        if self._lowers is None:
            self._read_arrays(doc)
        return self._negated_heads

    def _read_arrays(self, doc: Doc) -> None:
        if not len(doc):
            self._lowers = []
            return
        arrays = doc_arrays(doc)
        self._lowers = arrays.column(LOWER)
        heads = arrays.array(HEAD).astype("int64")  # an offset from the token; 0 for a root
        at = numpy.flatnonzero((arrays.array(DEP) == _NEG) & (heads != 0))
        self._negated_heads = frozenset((at + heads[at]).tolist())

    def line_span(self, doc: Doc, start: int, end: int) -> Span:
        """The line(s) holding ``text[start:end]`` as a span (see :func:`_line`), made once a line."""
        bounds = self._lines.bounds(start, end)
        line = self._line_spans.get(bounds)
        if line is None:
            line = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
            line = self._line_spans[bounds] = line if line is not None else doc[:]
        return line

    def according(self, doc: Doc) -> list[int]:
        """Where the Doc says "according to" (see :func:`according_to_at`), found once."""
        if self._according is None:
            self._according = according_to_at(doc)
        return self._according

    def has_sents(self, doc: Doc) -> bool:
        """``doc.has_annotation("SENT_START")``, asked once: it scans the Doc's tokens."""
        if self._sents is None:
            self._sents = doc.has_annotation("SENT_START")
        return self._sents

    def says_aboard(self) -> bool:
        """Whether the text says anyone was on board or aboard (asked for every verb of being)."""
        if self._aboard is None:
            self._aboard = "board" in self.lowered
        return self._aboard

    @property
    def lowered(self) -> str:
        """``text.lower()``, made once."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def may_name_payment(self) -> bool:
        """Whether the text writes a word a part of a payment is named by ("in cash"), so
        :func:`_payment_part` can find one: asked once, not at every figure."""
        if self._payments is None:
            self._payments = self.folds() or any(word in self.lowered for word in _PAYMENT_WORDS)
        return self._payments

    def folds(self) -> bool:
        """Whether the text holds a letter a case-insensitive pattern reads as an ASCII one
        (``_CASE_FOLDS_TO_ASCII``), which ``lowered`` does not lower to it: asked once."""
        if self._folds is None:
            text = self.text
            self._folds = not text.isascii() and _CASE_FOLDS_TO_ASCII.search(text) is not None
        return self._folds

    def ents(self, doc: Doc) -> tuple[Span, ...]:
        """``doc.ents``, built once: spaCy makes new spans on every access."""
        if self._ents is None:
            self._ents = tuple(doc.ents)
        return self._ents

    def title_case(self, doc: Doc) -> TitleCase:
        """The Doc's word counts for title-case tests (built on first use, once per Doc)."""
        if self._title_case is None:
            self._title_case = TitleCase(doc, self.text, self.limits.headline_tokens)
        return self._title_case

    def headline(self, span: Span) -> bool:
        """``is_headline`` for a line or sentence, from word counts made once per Doc.

        A line that ends as a sentence does, with a full stop, is a headline only when its
        words other than names are capitalised too: "Police said Mary Jones, 45, of Dallas,
        was arrested on Monday." is body text, however many names it holds."""
        counts = self.title_case(span.doc)
        if not counts.headline(span.start, span.end):
            return False
        ends_a_sentence = self.text[span.start_char : span.end_char].rstrip().rstrip("\"'\u201d\u2019").endswith(".")
        return not ends_a_sentence or counts.title_case(span.start, span.end)

    def kin(self, doc: Doc) -> dict[str, str]:
        """Which named people the Doc makes one of someone's relatives (name -> kin noun),
        found on first use, once per Doc (:func:`claimcheck.readers.members.kin_of_names`)."""
        if self._kin is None:
            people = self.people(doc)
            self._kin = kin_of_names(doc, self.words.kin_nouns, people.name_of)
        return self._kin

    def people(self, doc: Doc) -> People:
        """Who the Doc names, sentence by sentence (built on first use, once per Doc)."""
        if self._people is None:
            self._people = People(
                doc,
                self.text,
                self.ents(doc),
                self.limits.pronoun_reach,
                self.words.entity_labels,
                self.words.say_verbs,
            )
        return self._people

    def line_of(self, offset: int) -> int:
        return self._lines.line(offset)

    def line_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start and end offsets of the line(s) holding text[start:end], without the newlines."""
        return self._lines.bounds(start, end)


_PAGES: dict[int, _Page] = {}
#: For each list of period nouns, whether a lemma id is one of them, remembered from Doc to
#: Doc (see :meth:`_Page.may_name_period`); a run's lists are few, and a language's lemmas
#: a bounded number.
_PERIOD_LEMMAS: dict[frozenset[str], dict[int, bool]] = {}


def _page(doc: Doc) -> _Page:
    page = _PAGES.get(id(doc))
    return page if page is not None else _Page(doc.text)


def _words(doc: Doc) -> Lexicon:
    """The word lists the claims of ``doc`` are read with: the run's, inside :func:`read_claims`."""
    page = _PAGES.get(id(doc))
    return page.words if page is not None else PACKAGED


def _text(doc: Doc) -> str:
    return _page(doc).text


def _span_text(span: Span) -> str:
    """``span.text.strip()``, sliced from the page text: spaCy builds a span's text token by
    token on every access, and claims quote whole sentences."""
    return _page(span.doc).text[span.start_char : span.end_char].strip()


def read_claims(
    doc: Doc,
    rules: QuantityRules = DEFAULT_RULES,
    limits: ReadingLimits = DEFAULT_LIMITS,
    words: Lexicon = PACKAGED,
    errors: list[str] | None = None,
    text: str | None = None,
) -> list[Claim]:
    """All claims in ``doc`` (source left empty), read by every registered kind, sorted by
    position; ``words`` are the word lists the readers read (the packaged ones by default);
    ``text`` is ``doc.text`` when the caller has it (spaCy joins it anew from the tokens).

    With ``errors``, a reading step that fails adds a line to it and the other kinds are
    still read, so an article no reader expected loses one kind of claim, not the run;
    without, the failure is raised."""
    _PAGES[id(doc)] = _Page(doc.text if text is None else text, limits, words)
    claims: list[Claim] = []
    try:
        with kept_for(doc):
            for kind, needs, step in extractors():  # each kind's reading step (claimcheck.kinds)
                if not all(doc.has_annotation(a) for a in needs):
                    continue
                try:
                    found = list(step(doc, rules, claims))
                except Exception as error:
                    if errors is None:
                        raise
                    errors.append(f"{kind.value} claims not read ({type(error).__name__}: {error})")
                    continue
                claims.extend(found)
    finally:
        _PAGES.pop(id(doc), None)
    claims = _one_reading_of_a_pair(claims)
    claims.sort(key=_position)
    return claims


def _position(claim: Claim) -> tuple[int, int, str]:
    """Where a claim stands, its kind breaking ties: a kind is its value as a string, so
    it is compared as one without asking the enum for its value (every claim is sorted)."""
    return claim.start, claim.end, claim.kind


def _one_reading_of_a_pair(claims: list[Claim]) -> list[Claim]:
    """A figure read as a score or record ("fell to 15-17") is an ordered pair, so the same
    words are not also a range of one quantity."""
    pairs = {(c.start, c.end) for c in claims if c.kind is ClaimKind.SCORE}
    if not pairs:
        return claims
    return [c for c in claims if c.kind is not ClaimKind.QUANTITY or (c.start, c.end) not in pairs]


# ---------------------------------------------------------------- sentences


def _sentence(doc: Doc, start: int, end: int, span: Span | None = None) -> Span:
    """The sentence around a character span, or its line when the Doc has no sentences
    (``span`` is the span's tokens when the caller has them already)."""
    span = doc.char_span(start, end, alignment_mode="expand") if span is None else span
    if span is not None and _page(doc).has_sents(doc):
        return _page(doc).sentence(span)
    return _line(doc, start, end)


def _line(doc: Doc, start: int, end: int) -> Span:
    """The line around a character span (headlines and datelines are lines, not sentences)."""
    return _page(doc).line_span(doc, start, end)


def _line_of(doc: Doc, offset: int) -> int:
    return _page(doc).line_of(offset)


def is_headline(sent: Span) -> bool:
    """Title-case lines ("US Lifts Sanctions on Belarus") confuse NER; treat them apart
    (see :meth:`TitleCase.headline`)."""
    return _page(sent.doc).headline(sent)


# ---------------------------------------------------------------- quantities


def quantity_claims(doc: Doc, rules: QuantityRules = DEFAULT_RULES) -> Iterator[Claim]:
    """Numeric claims: each quantity with its counted noun, event, negation and attribution,
    and each price with the product variant it is for (:mod:`claimcheck.readers.variants`)."""
    text = _page(doc).text
    yield from price_variants(text, _figures(doc, rules), split=lambda claim: _spread_ends(claim, text))


# long by design: one pass per figure: its sentence, reading, attribution and claim
def _figures(doc: Doc, rules: QuantityRules = DEFAULT_RULES) -> Iterator[Claim]:
    """Numeric claims as read one by one, before prices are given their variants."""
    parsed = doc.has_annotation("DEP")
    page = _page(doc)
    text = page.text
    for mention in find_quantities(text, rules, measures=True):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        numbers = [t for t in span if t.like_num or any(ch.isdigit() for ch in t.text)]
        anchor = numbers[-1] if numbers else span[-1]
        not_count = anchor.ent_type_ in NOT_COUNT_ENTS and mention.quantity.unit is None
        if parsed and _pronoun_one(anchor, span):
            continue  # "when one is killed, all of us lose": a pronoun, not a count
        if not_count and not (
            parsed
            and (
                _is_age(anchor)
                or _apposition_age(anchor) is not None
                or _counts_a_noun(anchor, span)
                or _stated_age(anchor) is not None
                or _listed_age(anchor)
                or _measured_subject(anchor) is not None  # "the death toll rose to 54"
            )
        ):
            continue  # an age or a count is a figure even when the model calls it a date
        line = _line(doc, mention.start, mention.end)
        headline = page.headline(line)
        if headline and not_count:
            continue  # ... where the parse is read: not in a headline
        sent = line if headline else _sentence(doc, mention.start, mention.end, span)
        # Title-case headlines parse badly; word order reads them better.
        if parsed and not headline:
            noun, noun_lemma, predicate_tok, agent, scope = _as_margin(
                _reading(doc, anchor, span, mention.quantity.unit), anchor, page.words
            )
            agent = _bracketed_owner(span) or agent  # "passed Bob Harstad (2,110)": Harstad's figure
            attribution, denied = _attribution(predicate_tok or anchor, sent)
            # "denied that 40 were detained" reports the figure as false
            negated = _negated(predicate_tok, span) != denied
            # a share a verb of change states is a rise or a fall, in any verb ("fell 12%", "dropped 9%")
            change = _change_of(text, mention.start, mention.quantity.unit, predicate_tok)
            predicate = change or (_event_name(predicate_tok) if predicate_tok is not None else None)
            incident = _timed_incident(predicate_tok, mention.quantity, page.words)
            if incident is not None:  # "gunfire was reported at 3 p.m.": when the shooting was
                predicate, agent = incident, None
            scope = scope or _day_told(predicate_tok, noun_lemma, change is not None)  # "arrested 23 on Monday"
            scope = scope or _capacity(predicate_tok, page.words)  # "built to house 5,000 people"
            if noun is None and predicate is None:
                # the parse found nothing ("The phone costs $199" with "costs" read as a noun):
                # a known event word right beside the figure still says what happened
                predicate = _event_word(doc[max(sent.start, span.start - 3) : min(sent.end, span.end + 3)])
            # "Smith was sentenced to seven years": Smith's figure, but Smith did not sentence
            predicate, agent, passive = _penalty_read(
                predicate_tok, anchor, mention.quantity.unit, noun, predicate, agent
            )
        else:
            noun, noun_lemma, predicate = _fallback_reading(doc, span, sent)
            negated, attribution, agent, scope = _fallback_negation(span, sent), None, None, None
            passive = False
        scope = scope or (_payment_part(text, mention.end) if page.may_name_payment() else None) or _increment(span)
        theme = None
        if parsed and not headline:  # what a dated event was done to; what a price is paid for
            # "120 people a day", "$38 a share": a rate, another fact than a total
            scope = _with_part(scope, rate_of(anchor, span, predicate_tok, page.words.rate_periods))
            theme = (
                (_theme(predicate_tok) if _dates(mention.quantity) else _priced(predicate_tok, mention.quantity))
                or _offence_of(anchor)
                or _attended(predicate_tok)
                or _shaken_by(anchor, predicate_tok, mention.quantity.unit)
            )
        group = (
            _member_group(doc, anchor, mention.start, agent)
            if parsed and not headline and noun_lemma in AGE_LEMMAS and mention.quantity.unit is None
            else None
        )
        figure = text[mention.start : mention.end]
        quote = text[sent.start_char : sent.end_char].strip()
        source, column, offset = placed(text, mention.start, mention.end, quote)
        claim = Claim(
            kind=ClaimKind.QUANTITY,
            source=source,
            text=figure,
            start=mention.start,
            end=mention.end,
            sentence=quote,
            display=figure,
            quantity=mention.quantity,
            noun=noun,
            noun_lemma=noun_lemma,
            predicate=predicate,
            passive=passive,
            negated=negated,
            attribution=attribution,
            agent=agent,
            scope=scope,
            line=page.line_of(mention.start),
            theme=theme,
            group=group,
            column=column,
            sentence_offset=offset,
        )
        ends = _spread_ends(claim, text) if is_spread(mention.quantity, noun, noun_lemma, predicate) else None
        yield from ends or (claim,)


def _as_margin(reading: _Reading, anchor: Token, words: Lexicon) -> _Reading:
    """A figure's reading, its noun's lemma the margin of victory where a verb of winning
    states the figure in its "by" phrase ("beat the Kings by 12 points")."""
    noun, _, verb, agent, scope = reading
    return (noun, MARGIN, verb, agent, scope) if is_margin(anchor, verb, words.margin_verbs) else reading


def _shaken_by(anchor: Token, verb: Token | None, unit: str | None) -> str | None:
    """Which shock a magnitude is of, where a known incident names it: the noun the figure
    describes ("a magnitude 5.1 [aftershock]") or its verb's subject ("the main [quake]
    measured 6.4"), so a quake's and an aftershock's magnitudes are two facts."""
    if unit != MAGNITUDE:
        return None
    named = [anchor.head] if anchor.dep_ in {"nummod", "compound", "amod", "npadvmod"} else []
    if verb is not None:
        named.extend(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    return next((found for tok in named if (found := incident_of(tok.lemma_)) is not None), None)


def _with_part(scope: str | None, part: str | None) -> str | None:
    """A scope with one more limit on it ("last season" and "per game"), either may be None."""
    if part is None:
        return scope
    return f"{scope}, {part}" if scope else part


#: The words joining the two ends of a range ("six and 75", "from 7 to 75", "$999-$1,499").
_RANGE_JOIN = re.compile(r"\s+(?:and|to|through)\s+|\s*[-\u2010-\u2015]\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"^(?:between|from|range of|ranging from)\s+", re.IGNORECASE)


def _spread_ends(claim: Claim, page: str) -> tuple[Claim, Claim] | None:
    """The two stated values of a spread ("sentences of [six] to [75 years]"), as exact
    figures of the lowest and the highest, each with its own offsets into ``page`` (the
    text the claim was read from); None if the text does not split into two ends."""
    q = claim.quantity
    assert q is not None
    joins = list(_RANGE_JOIN.finditer(claim.text))
    if len(joins) != 1:
        return None
    join = joins[0]
    opener = _RANGE_OPENER.match(claim.text)
    low_from = opener.end() if opener else 0
    parts = ((low_from, join.start(), q.low, SPREAD_ENDS[0]), (join.end(), len(claim.text), q.high, SPREAD_ENDS[1]))
    ends = []
    for begin, end, value, scope in parts:
        text = claim.text[begin:end]
        if not text or (not any(ch.isdigit() for ch in text) and not text.isalpha()):
            return None
        figure = Quantity(low=value, high=value, value=value, unit=q.unit, text=text)
        where = f"{claim.scope}, {scope}" if claim.scope else scope
        at, to = claim.start + begin, claim.start + end
        _, column, offset = placed(page, at, to, claim.sentence)
        ends.append(
            attrs.evolve(
                claim,
                text=text,
                display=text,
                start=at,
                end=to,
                quantity=figure,
                scope=where,
                column=column,
                sentence_offset=offset,
            )
        )
    return ends[0], ends[1]


#: Adverbs that count how often something was done: "shot him once", "twice wrestled him".
_TIMES_ADVERBS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_ADVERB = re.compile(r"\b(?:once|twice|thrice)\b", re.IGNORECASE)
_LOWER_TIMES_ADVERB = re.compile(r"\b(?:once|twice|thrice)\b")
#: Words after such an adverb that make it no count: "twice as many", "twice the size",
#: "once again", "once more", "once upon".
_NOT_TIMES_AFTER = frozenset(
    {
        "as",
        "the",
        "a",
        "an",
        "that",
        "again",
        "more",
        "upon",
        "removed",
        "over",
        "his",
        "her",
        "their",
        "its",
        "what",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "per",
    }
)


def times_claims(doc: Doc) -> Iterator[Claim]:
    """How often something was done, stated by an adverb on its verb: "[twice] wrestled him
    to the floor" (2 times), "shot Ortiz [once]" (1). A "once" before its verb ("he once
    played") means formerly, and one that opens a clause ("once he left") means when: neither
    is a count."""
    if not doc.has_annotation("DEP"):
        return
    page = _page(doc)
    if not page.folds() and not any(word in page.lowered for word in _TIMES_ADVERBS):
        return  # most articles say none of them: no scan of the whole text
    for m in _lower_finditer(_TIMES_ADVERB, _LOWER_TIMES_ADVERB, page.text, page.lowered):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        verb = tok.head
        if verb.pos_ == "ADP" and verb.head.pos_ == "VERB":
            verb = verb.head  # "shot him once in the head": the model hangs "once" on "in"
        if tok.dep_ != "advmod" or verb.pos_ != "VERB" or verb.i == tok.i:
            continue
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if after in _NOT_TIMES_AFTER or before in {"at", "all", "than"}:
            continue
        if tok.lower_ == "once" and tok.i < verb.i:
            continue
        value = _TIMES_ADVERBS[tok.lower_]
        word = page.text[m.start() : m.end()]  # m matched the lower-cased text
        sent = _sentence(doc, m.start(), m.end())
        people = _page(doc).people(doc)
        quote = _span_text(sent)
        source, column, offset = placed(page.text, m.start(), m.end(), quote)
        yield Claim(
            kind=ClaimKind.QUANTITY,
            source=source,
            text=word,
            start=m.start(),
            end=m.end(),
            sentence=quote,
            display=word,
            quantity=Quantity(low=value, high=value, value=value, text=word),
            noun="times",
            noun_lemma="time",
            predicate=verb.lemma_.lower(),
            negated=_negated(verb, span),
            agent=_agent(verb, None, people),
            scope=_scope(verb),
            line=_line_of(doc, m.start()),
            column=column,
            sentence_offset=offset,
        )


#: What :func:`_reading` gives: counted noun, its lemma, event token, agent and scope.
_Reading = tuple[str | None, str | None, Token | None, str | None, str | None]


def _reading(  # noqa: PLR0912, PLR0915  (a dispatch over the forms a figure's reading can take, most specific first)
    doc: Doc, anchor: Token, span: Span, unit: str | None
) -> _Reading:
    """Counted noun, its head lemma, the event token, the agent and the scope of a figure,
    from the parse."""
    people = _page(doc).people(doc)
    owner = _apposition_age(anchor) if unit is None else None
    if owner is None and unit is None:
        stated = _stated_age(anchor)  # "Gigante was 77", "died at 77", "at age 61": a person's age
        named = stated is not None and (people.name_of(stated) is not None or _described_person(stated, anchor))
        owner = stated if named else None
    if owner is not None:  # "Orozco, 27," is Orozco's age
        predicate_tok = _predicate(owner, span)
        if owner.pos_ == "NOUN" and not owner.is_title:  # "the suspect, 34,": as "the 34-year-old suspect"
            return f"year-old {owner.lemma_.lower()}", "N-year-old", predicate_tok, None, _scope(predicate_tok)
        name = people.name_of(owner) or people.name_of(owner, any_name=True) or (owner.text if owner.is_title else None)
        return "age", "N-year-old", predicate_tok, name, _scope(predicate_tok)
    if unit is None and _listed_age(anchor):  # "two sons, ages 16 and 6": ages of no one named
        predicate_tok = _predicate(anchor, span)
        return "ages", "age", predicate_tok, None, _scope(predicate_tok)
    parent = _parent_of(anchor) if unit is None else None
    if parent is not None:  # "a mother of 12" counts her children
        predicate_tok = _predicate(parent, span)
        owner = parent.head if parent.dep_ == "appos" else None
        # "the mother of three of his eight children" counts some of them
        part = any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children)
        scope = "part" if part else _scope(predicate_tok)
        return "children", "offspring", predicate_tok, people.name_of(owner), scope
    if unit is None:
        kind = _kind_modifier(anchor, span)
    elif unit != "%" and (dim := dimension(unit)) not in {None, "share"} and not dim.startswith("currency"):
        # "a 7-foot fence", "the 15-inch": a measure naming a kind of thing, read with its unit
        kind = _kind_modifier(anchor, span[anchor.i - span.start : anchor.i - span.start + 1])
    else:
        kind = None
    if kind is not None:
        # "a three-point play", "a 30-year-old man": the number names a kind of thing
        kind_noun, kind_lemma, modified, last = kind
        predicate_tok = _predicate(modified or last, span)
        if kind_lemma.endswith("-old"):
            owner = _age_owner(modified, last)
            agent = people.name_of(owner)
            if agent is None and modified is None and owner is not None and owner.pos_ == "NOUN":
                # "the shooter was 20 years old" is the shooter's age, as "the 20-year-old shooter"
                kind_noun = f"{kind_noun} {owner.lower_}"
        else:
            agent = _agent(predicate_tok, modified, people)
        return kind_noun, kind_lemma, predicate_tok, agent, _scope(predicate_tok)
    noun_head = _counted_noun(anchor, span, share=unit == "%")
    if unit is not None and unit != "%":
        # "a depth of [10 km]" is the depth; "[12km] west" counts no kilometres
        attribute = _attribute_of(span)
        if attribute is not None or (noun_head is not None and noun_head.lower_ in UNIT_SURFACES):
            noun_head = attribute
    # "61% of the votes [cast]": a bare participle on a share's whole tells which whole, not
    # what befell the share; the share's own verb does ("won 61% of the votes cast")
    share_of = unit == "%" and noun_head is not None and noun_head.dep_ == "pobj" and noun_head.head.lower_ == "of"
    money = unit is not None and (dimension(unit) or "").startswith("currency")
    predicate_tok = _predicate(noun_head or anchor, span, described=share_of, purpose=money)
    if noun_head is None:  # "made off with gems [valued] at $80 million": the gems' value
        noun_head, predicate_tok = _valued(predicate_tok) or (None, predicate_tok)
    if noun_head is None:
        # "turnout was 61 percent", "the toll stood at 9"; "$60 million in funding"; "the standoff lasted four hours"
        noun_head = (
            _measured_subject(anchor, span)
            or _measure_after_in(anchor)
            or _measure_before_of(anchor)
            or _group_size(anchor, unit)
            or _what_lasted(predicate_tok, anchor, unit)
            or _sum_in(anchor, unit)
        )
    if noun_head is None and predicate_tok is not None:
        noun_head = (
            _tallied(predicate_tok, anchor)
            or _ranged(predicate_tok)
            or _level_of(predicate_tok, anchor)
            or _numbered_subject(predicate_tok, anchor)
        )
    noun, noun_lemma = _noun_phrase(noun_head, span)
    # "the death toll rose to 54 people", "turnout was 3.2 million voters": the measure the
    # subject names is what is counted; a noun that names none says only in what (the
    # subject is looked for first: most figures have none, and the test is cheaper)
    measured = _measured_subject(noun_head, span) if noun_head is not None and unit is None else None
    if (
        noun_head is not None
        and measured is not None
        and measured is not noun_head
        and not _is_measure_noun(noun_head, anchor)
    ):
        noun_lemma = _measure_phrase(measured, noun_head) or noun_lemma
    whole = noun_head is not None and _is_whole(noun_head, anchor, span)
    # the whole of a partitive ("3 of his 11 rebounds") is not limited to the part's period
    scope = None if whole else _scope(predicate_tok)
    # a share names its whole with "of" ("a quarter of the power"): it is no part of a total
    if scope is None and noun_head is not None and unit != "%" and _is_owned_part(anchor, noun_head, unit is not None):
        scope = "part"  # "six of his points came late": a part of his points, not all of them
    if scope is None and noun_head is not None:
        scope = _among(noun_head)  # "unemployment among young people": a group's rate, not all
    if scope is None:
        scope = _venue(noun_head, predicate_tok)  # "lost 3 games at home": the home games only
    if noun_lemma == "age":  # "two sons, ages 6 and 16": the ages are the sons', not the subject's
        return noun, noun_lemma, predicate_tok, None, scope
    owner = _attribute_owner(noun_head if noun_head is not None else anchor)
    agent = people.name_of(owner) if owner is not None else None
    agent = (
        agent
        or _agent(predicate_tok, noun_head, people, whole=whole, figure=anchor)
        or _organisation(noun_head, noun_lemma, predicate_tok)
    )
    return noun, noun_lemma, predicate_tok, agent, scope


#: Entity labels never a holder of an organisation's measure, though the model may hang one
#: on a noun. A place is one (the small model tags many companies as places, and a country's
#: revenue or jobless rate is its own); a person or a nationality is not.
_NOT_ORGANISATIONS = frozenset({"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})


def _organisation(noun_head: Token | None, noun_lemma: str | None, verb: Token | None) -> str | None:
    """The organisation whose figure an organisation's measure is (``org_held`` in
    data/measures.json): the name that owns or modifies the figure's noun ("[Acme]'s
    revenue", "[Acme] shares"), else the subject of its verb ("[Acme] reported revenue of
    $2bn", "[Acme] will cut 1,200 jobs"). Two companies' revenues are two facts."""
    lex = load_measures()
    lemma = (noun_lemma or "").lower()
    needed, named = lex.conditional.get(lemma, (frozenset(), ""))
    verb_lemma = _lemma(verb) if verb is not None else ""
    verbs = {verb_lemma, _words(verb.doc).predicate_class(verb_lemma)} if verb is not None else set()
    # a noun a verb makes a measure ("rounds" fired, "people" gathered) only with such a verb
    measure = lex.nouns.get(lemma) or lex.counted.get(lemma) or (named if verbs & needed else "")
    if not measure and verb is not None and (not lemma or lemma in lex.generic):
        measure = lex.events.get(verb_lemma, "")  # "Kestrel employs 12,000 people": its workforce
    if not measure or measure not in lex.org_held:
        return None
    candidates = [c for c in noun_head.children if c.dep_ in {"poss", "compound"}] if noun_head is not None else []
    if verb is not None and verb.pos_ in {"VERB", "AUX"} and (subject := _subject(verb)) is not None:
        # "Arden, which has 450 staff": the organisation the relative clause hangs on
        candidates.append(verb.head if subject.lower_ == "which" and verb.dep_ == "relcl" else subject)
    for tok in candidates:
        if _names_organisation(tok):
            return name_of(tok)[0]
    return None


def _names_organisation(tok: Token) -> bool:
    """Whether a name may be an organisation's: tagged one or a place, untagged, or tagged a
    person while the Doc elsewhere names an organisation with that word (the small model
    tags "Kestrel" a person in one sentence and "Kestrel Corp" an organisation in another)."""
    if tok.ent_type_ in {"ORG", "GPE"}:
        return True
    if tok.ent_type_ == "PERSON":
        return any(e.label_ == "ORG" and tok.text in e.text.split() for e in _page(tok.doc).ents(tok.doc))
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_ORGANISATIONS


def _ranged(verb: Token) -> Token | None:
    """The things whose values a "ranging" figure spans: "[sentences] ranging from 7 to 75 years"."""
    if verb.lemma_.lower() != "range":
        return None
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def is_spread(quantity: Quantity, noun: str | None, noun_lemma: str | None, predicate: str | None) -> bool:
    """Whether a range states the spread of a set's values, each end a stated value:
    "sentences of six to 75 years", "prices ranging from $999 to $1,499". "Between 30 and
    50 protesters" is one uncertain count, not a spread."""
    if not (
        quantity.value is None
        and quantity.low < quantity.high
        and math.isfinite(quantity.low)
        and math.isfinite(quantity.high)
        and quantity.qualifier in {"between", "from", "range"}
    ):
        return False
    if predicate == "range":
        return True
    plural = bool(noun and noun_lemma) and noun.rsplit(" ", 1)[-1].lower() != noun_lemma.lower()  # type: ignore[union-attr]
    return plural and quantity.unit is not None and not (quantity.unit or "").startswith("clock")


def _noun_before_of(figure: Token) -> Token | None:
    """The noun a figure is the value of through "of" before it: "a [depth] of 10 km",
    "Smith's [record] of 2,106 points", "a [workforce] of 11,500"."""
    of = figure.head
    if figure.dep_ != "pobj" or of.lower_ != "of" or of.i > figure.i:
        return None
    noun = of.head
    return noun if noun.pos_ == "NOUN" and noun.i < of.i else None


def _attribute_owner(figure: Token) -> Token | None:
    """The possessor of the attribute a figure is the value of: "broke [Smith]'s record of
    2,106 points" is Smith's figure, not the subject's."""
    attribute = _noun_before_of(figure)
    if attribute is None:
        return None
    return next((c for c in attribute.children if c.dep_ == "poss"), None)


def _agent(
    predicate: Token | None,
    noun_head: Token | None,
    people: People,
    whole: bool = False,
    figure: Token | None = None,
) -> str | None:
    """The person a figure belongs to: "[McDermott] scored 23 points", "[McDermott]'s 23 points".

    Only people: "Belarus released 52" and "Minsk released 54" may well be one actor, but
    two players' points are two facts. "He", "she", "his" and "her" are read as the person
    named just before (see :class:`People`); a clause without a subject shares the one of
    the clause it hangs on ("McDermott drove in, [scoring] six points").

    The whole a part is taken from ("five of [Creighton's first eight] points") is not the
    subject's: it belongs to its possessor, whatever kind of name that is, or to nobody.
    """
    candidates = []
    if noun_head is not None:
        candidates += [c for c in noun_head.children if c.dep_ == "poss"]
        if noun_head.dep_ == "attr" and noun_head.head.lemma_ == "be":
            # "(police said) Orozco is 135 pounds": what the subject of a copula is, whatever verb reports it
            candidates += [c for c in noun_head.head.children if c.dep_ == "nsubj"]
        # "13 points from VanDeest": the figure comes from a person, wherever "from" hangs
        after = noun_head.i + 1
        if after < len(noun_head.doc) and noun_head.doc[after].lower_ == "from":
            candidates += [o for o in noun_head.doc[after].children if o.dep_ == "pobj"]
    if not whole and predicate is not None and predicate.pos_ in {"VERB", "AUX"}:
        subject = _subject(predicate)
        if subject is not None:
            candidates.append(subject)
        elif figure is not None and not _in_subject_or_doer(figure, predicate):
            # "Smith was sentenced to seven years", "was fined $500": the figure is Smith's
            # (not in "survived by two sons, ages 6 and 16": those are the sons')
            candidates += [c for c in predicate.children if c.dep_ == "nsubjpass"]
    for tok in candidates:
        if noun_head is None or tok.i != noun_head.i:
            name = people.name_of(tok, any_name=whole) or _named_in_apposition(tok, people)
            if name is not None:
                return name
    return None


def _named_in_apposition(tok: Token, people: People) -> str | None:
    """The person a noun of people is named as in apposition: "his challenger, [Mary Jones],
    won 44%" is Mary Jones's figure, not an unnamed one."""
    if tok.pos_ != "NOUN":
        return None
    return next(
        (
            name
            for c in tok.children
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and (name := people.name_of(c)) is not None
        ),
        None,
    )


def _in_subject_or_doer(figure: Token, verb: Token) -> bool:
    """Whether a figure sits in a passive verb's subject or its "by" phrase, or describes
    another noun, rather than telling what the subject underwent."""
    node = figure
    while node.i not in (verb.i, node.head.i):
        if node.dep_ in {"nsubjpass", "agent"} and node.head.i == verb.i:
            return True
        if node.dep_ in {"appos", "npadvmod", "conj"}:
            return True  # "survived by two sons, ages 6 and 16": the ages describe someone else
        node = node.head
    return node.i != verb.i  # not under the verb at all: nothing known


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the clause it shares its subject with.

    "McDermott scored 23 points and [grabbed] 7 rebounds", "McDermott drove in, [scoring]
    six", "by [scoring] 14 points", "went on to [score] 23": the subject is McDermott's.
    The relative "who" is the noun it hangs on ("Artino, who [scored] 14"). A passive or
    an object between ("asked Artino to score") leaves it unknown.
    """
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ == "nsubj":
                if child.lower_ in {"who", "that"} and node.dep_ == "relcl":
                    return node.head
                return child
        if any(c.dep_ in {"nsubjpass", "csubj", "csubjpass", "expl"} for c in node.children):
            return None
        head = node.head
        if head.i == node.i:
            return None
        if (node.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}) or (node.dep_ == "advcl" and node.tag_ == "VBG"):
            node = head
        elif (
            node.dep_ == "pcomp" and node.tag_ == "VBG" and head.dep_ == "prep" and (head.head.pos_ in {"VERB", "AUX"})
        ):
            node = head.head
        elif (
            node.dep_ == "xcomp"
            and head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"dobj", "iobj", "dative"} for c in head.children)
        ):
            node = head
        else:
            return None
    return None


def _is_whole(noun_head: Token, anchor: Token, span: Span) -> bool:
    """Whether a figure counts the whole a part is taken from: "five of Creighton's first [eight] points"."""
    if noun_head.dep_ != "pobj" or anchor.head.i != noun_head.i:
        return False
    of = noun_head.head
    if of.lower_ != "of" or of.dep_ != "prep":
        return False
    part = of.head
    if span.start <= part.i < span.end:
        return False  # the figure is the part itself: "[52] of the prisoners"
    return part.pos_ == "NUM" or part.like_num or part.lower_ in _words(part.doc).part_words


# ---------------------------------------------------------------- kinds and ages

_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def _attribute_of(span: Span) -> Token | None:
    """The attribute a measured figure is the value of: "a [depth] of 10 km", "a [height]
    of 17.5 inches", "a [population] of 80,000"."""
    noun = _noun_before_of(span.root)
    return noun if noun is not None and noun.i < span.start else None


def _is_owned_part(anchor: Token, noun_head: Token, measured: bool = False) -> bool:
    """Whether a figure is a part of someone's own total: "[six] of his points", "[two] of
    McDermott's rebounds" ("all 11 of his points" is the whole); with a unit, also a part of
    a named whole: "[35 years] of the life sentence" (but "7 hours of battery life" is all of it)."""
    of = noun_head.head
    if (
        noun_head.dep_ != "pobj"
        or of.lower_ != "of"
        or not (of.head.i == anchor.i or (measured and of.head.i > anchor.i))
    ):
        return False
    owned = {"poss"} | ({"det"} if measured else set())
    if not any(
        c.dep_ in owned and (c.dep_ == "poss" or c.lower_ in {"the", "this", "that"}) for c in noun_head.children
    ):
        return False
    return not any(c.lower_ in {"all", "both", "each"} for c in anchor.children)


def _is_age(anchor: Token) -> bool:
    """ "30-year-old", "34-year old", "30 years old" (on the words alone: no parse needed)."""
    doc, i = anchor.doc, anchor.i + 1
    if i < len(doc) and doc[i].text in _HYPHENS and not anchor.whitespace_:
        i += 1
    if i >= len(doc) or _naive_singular(doc[i].lower_) not in _words(doc).age_units:
        return False
    i += 1
    if i < len(doc) and doc[i].text in _HYPHENS:
        i += 1
    return i < len(doc) and doc[i].lower_ == "old"


def _kind_modifier(anchor: Token, span: Span) -> tuple[str, str, Token | None, Token] | None:
    """A number inside a modifier naming a kind of thing: "a [three-point] play", "a [30-year-old] man".

    A number joined to a singular noun that modifies another noun does not count that
    noun: "a three-point play" is one play, not three points, and "a 13-inch model" is a
    model, not 13 inches. Such a figure measures a kind of thing and is compared only with
    the same measure, whatever the thing is called ("13-inch model", "13-inch MacBook",
    "the 13-inch"): its noun lemma is ``N-<unit>`` ("N-point", "N-inch") and an age is
    ``N-year-old`` (also "30 years old"), never a count of points, inches or years.

    Hyphenated ("three-point play", "the 15-inch", "13- and 15-inch models"), the unit
    alone is enough; without a hyphen the unit must modify a singular noun and the number
    be more than one ("a nine acre block"; but "200 police officers" counts officers and
    "one canine unit" counts units). Returns (noun, noun lemma, the noun modified or None, the
    modifier's last word).
    """
    doc, i = anchor.doc, anchor.i
    # "13- and 15-inch models": the unit is written once, after the last number
    if anchor.text[-1] in _HYPHENS:
        k = i + 1
    elif i + 1 < len(doc) and doc[i + 1].text in _HYPHENS:
        k = i + 2
    else:
        k = 0
    if k and k + 1 < len(doc) and doc[k].lower_ in {"and", "or", "to"} and doc[k + 1].like_num:
        return _kind_modifier(doc[k + 1], span)
    if _is_age(anchor):
        hyphen = doc[i + 1].text in _HYPHENS
        unit = doc[i + 2] if hyphen else doc[i + 1]
        old = next(t for t in doc[unit.i + 1 : unit.i + 3] if t.lower_ == "old")
        modified = old.head if old.dep_ == "amod" and old.head.pos_ in _NOUN_POS else None
        noun = f"{_naive_singular(unit.lower_)}-old" if hyphen else f"{unit.lower_} old"
        lemma = f"N-{_naive_singular(unit.lower_)}-old"
        return (f"{noun} {modified.lower_}" if modified is not None else noun), lemma, modified, old
    hyphen = i + 2 < len(doc) and doc[i + 1].text in _HYPHENS and not anchor.whitespace_ and not doc[i + 1].whitespace_
    j = i + 2 if hyphen else i + 1
    if j >= len(doc) or j < span.end:
        return None
    unit = doc[j]
    if unit.tag_ != "NN" or unit.pos_ != "NOUN" or unit.lemma_.lower() in _SCALE_NOUNS:
        return None
    head = unit.head
    modifies = unit.dep_ in _MODIFIER_DEPS and head.i > unit.i and head.pos_ in _NOUN_POS
    if not hyphen and not (modifies and head.tag_ in {"NN", "NNP"} and anchor.lower_ not in {"1", "one"}):
        return None  # "one canine unit" counts units: a singular noun after "one" is no sign
    lemma = f"N-{unit.lemma_.lower()}"
    if modifies:
        return f"{unit.lower_} {head.lower_}", lemma, head, unit
    return unit.lower_, lemma, None, unit


#: Nouns that scale a number rather than name a unit: "two dozen eggs".
_SCALE_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion", "score"})


_APPOSITION_ENDS = frozenset({",", ".", ";", ")", "and", "of", "who", "\u2014", "-"})


def _bracketed_owner(span: Span, record: bool = False) -> str | None:
    """The person a figure in brackets right after a name belongs to: "Bob Harstad (2,110)";
    with ``record``, any name, and the bracket may go on ("Klitschko (58-3, 51 KO)")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(":
        return None
    if not record and (span.end >= len(doc) or doc[span.end].text != ")"):
        return None
    name = doc[span.start - 2]
    return _page(doc).people(doc).name_of(name, any_name=record) if name.pos_ == "PROPN" else None


#: Nouns after a number that name a date or a time of day, never a count: "two years ago" is a count
#: of years, but "in 2008" or "the 1990s" are not counts at all (those have no noun after them).
_CALENDAR_NOUNS = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "bc", "ad"})


#: Words between a number and the noun it counts: "three [more] years", "two [straight] seasons".
_COUNT_GAP_WORDS = frozenset({"more", "other", "additional", "extra", "straight", "consecutive", "full", "long"})


def _counts_a_noun(anchor: Token, span: Span) -> bool:
    """Whether a number the model calls a date counts the plural noun right after it:
    "played for [11] seasons", "[three] decades of faking", "injuring [45] people",
    "[three more] years", "[three-plus] seasons", "for [several] years"."""
    doc = anchor.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in _COUNT_GAP_WORDS:
        i += 1
    if i >= len(doc):
        return False
    noun = doc[i]
    return (
        noun.tag_ in {"NNS", "NNPS"}
        and noun.lower_ not in _CALENDAR_NOUNS
        and anchor.dep_ in {"nummod", "amod", "quantmod"}
        and anchor.head.i == noun.i
    ) or _noun_after_day(anchor, span) is not None


#: Verbs after which "at 77" is the age the subject died or retired at.
_AT_AGE_VERBS = frozenset({"die", "pass", "retire", "succumb"})


def _stated_age(anchor: Token) -> Token | None:
    """The person whose age a bare number states: "[Gigante] was 77", "aged 77", "at age 61",
    "at the age of 61", "died at 77" (the subject of the clause, or of the clause "aged" hangs on)."""
    doc, i = anchor.doc, anchor.i
    before = doc[i - 1].lower_ if i > 0 else ""
    verb = None
    # "at the age of 95" is "at age 95"
    of_age = before == "of" and i > 1 and doc[i - 2].lower_ == "age" and anchor.dep_ == "pobj"
    if before in {"aged", "age"} or of_age or (before == "at" and anchor.head.i == i - 1 and anchor.dep_ == "pobj"):
        verb = anchor.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
    elif before == "at" and i > 1 and doc[i - 1].head.lemma_ in _AT_AGE_VERBS:
        verb = doc[i - 1].head  # "dies in prison at 77 Tuesday": the model hangs 77 elsewhere
    elif anchor.dep_ in {"attr", "acomp"} and anchor.head.lemma_ == "be" and not list(anchor.children):
        verb = anchor.head
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head  # "Armstead, who is 31,": the age of whom the clause describes
    if subject is None and verb.lower_ == "aged" and verb.dep_ in {"advcl", "acl"}:
        # "has died in jail, aged 77": the age of the subject of the clause it hangs on
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject if subject is not None and _an_age(anchor) else None


def _described_person(noun: Token, anchor: Token) -> bool:
    """Whether an age a clause on a noun of one person states is that person's: "the
    singer, [who was 61]," as "the 61-year-old singer"."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or anchor.head.dep_ != "relcl" or anchor.head.head.i != noun.i:
        return False
    return _person_noun(noun)


def _person_noun(noun: Token) -> bool:
    """Whether a noun names a person by a role or a kinship ("suspect", "singer", "sister";
    ``member_nouns``, ``kin_nouns``)."""
    words = _words(noun.doc)
    lemma = noun.lemma_.lower()
    return lemma in words.member_nouns or lemma in words.kin_nouns


def _pronoun_one(anchor: Token, span: Span) -> bool:
    """A bare "one" standing for a person or thing ("one is killed", "one of them"), not a count."""
    if len(span) != 1 or anchor.lower_ != "one":
        return False
    return anchor.dep_ in {"nsubj", "nsubjpass"} or any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children)


#: Entity types a name bearing an age in apposition never has: "March, 12," is no one.
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _apposition_age(anchor: Token) -> Token | None:
    """The person whose age a bare number in apposition states: "Jose Orozco, [27], was
    arrested", "Lopez, [20], and Carrasquillo, [24]". The model often tags such numbers as
    dates, and the names as places or groups; the comma before, the capitalised name it
    hangs on and the end after make them ages."""
    doc, i = anchor.doc, anchor.i
    if i < 2 or doc[i - 1].text != ",":
        return None
    head = doc[i - 2]
    if anchor.dep_ == "appos" and anchor.head.i != head.i:
        return None
    if anchor.dep_ == "appos" and head.pos_ == "NOUN" and head.tag_ == "NN" and not head.is_title:
        # "the suspect, 34, was charged": a person named by a noun of people, as "the 34-year-old suspect"
        ends = i + 1 >= len(doc) or doc[i + 1].lower_ in _APPOSITION_ENDS
        return head if _person_noun(head) and ends and _an_age(anchor) else None
    named = head.pos_ == "PROPN" or (head.is_title and head.tag_ in {"NNS", "NN", "NNP"})
    if not named or head.ent_type_ in _NOT_NAME_ENTS or (anchor.dep_ != "appos" and head.pos_ != "PROPN"):
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ not in _APPOSITION_ENDS:
        return None
    return head if _an_age(anchor) else None


def _listed_age(anchor: Token) -> bool:
    """Whether a number is one of the ages a list states: "two sons, ages [16] and [6]",
    "his two half-brothers, [17] and 22" (a list after a plural noun of people)."""
    doc, i = anchor.doc, anchor.i - 1
    while i >= 1 and doc[i].lower_ in {"and", ",", "&"} and (doc[i - 1].like_num or doc[i - 1].text == ","):
        i -= 2 if doc[i - 1].like_num else 1
    if not _an_age(anchor):
        return False
    if i >= 0 and doc[i].lower_ in AGE_WORDS:
        return True
    words = _words(doc)
    return i >= 0 and doc[i].text == "," and listed_group(anchor, words.kin_nouns | words.member_nouns) is not None


def _member_group(doc: Doc, anchor: Token, start: int, agent: str | None) -> str | None:
    """The group of people an age's holder is one of (see :mod:`claimcheck.readers.members`):
    a named holder's kin ("his half-brother, Jonathan Carrasquillo, 24"), else the noun of
    the list the age is in ("two sons, ages 6 and [16]", "the [8]- and 10-year-old girls")."""
    if agent is not None:
        return _page(doc).kin(doc).get(agent)
    words = _words(doc)
    groups = words.kin_nouns | words.member_nouns
    return listed_group(anchor, groups) or suspended_group(doc, start, groups, _page(doc).text)


def _an_age(anchor: Token) -> bool:
    """Whether a number written in digits can be a person's age in years (1 to 120)."""
    try:
        value = float(anchor.text)
    except ValueError:
        return False
    return 0 < value <= 120 and value.is_integer()


def _parent_of(anchor: Token) -> Token | None:
    """The parent noun of "a mother of [12]": the figure counts her children."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _words(of.doc).parent_nouns:
        return None
    return of.head


def _age_owner(modified: Token | None, old: Token) -> Token | None:
    """Whose age it is: the noun it modifies ("the 40-year-old [Thompson]"), the name that
    noun is in apposition with ("[Jeffs], the 55-year-old leader", "a 31-year-old mother,
    [Ann Ray],"), or the subject of "is ... years old"."""
    if modified is not None:
        if modified.dep_ == "appos" and modified.head.pos_ == "PROPN":
            return modified.head
        return next((c for c in modified.children if c.dep_ == "appos" and c.pos_ == "PROPN"), modified)
    if old.dep_ == "acomp":
        return next((c for c in old.head.children if c.dep_ == "nsubj"), None)
    return None


def _counted_noun(anchor: Token, span: Span, share: bool = False) -> Token | None:
    """The noun a number counts: "52 [political prisoners]", "20% of [voters]"; of a
    ``share``, the whole it is a share of, written with "of" or without."""
    after_day = _noun_after_day(anchor, span)
    if after_day is not None:
        return after_day  # "On Monday 910 flu patients", parsed as "910 Monday": the patients
    tok = anchor
    for _ in range(4):
        if tok.dep_ not in _NOUN_LINK_DEPS or tok.head == tok:
            break
        tok = tok.head
        if tok.pos_ in _NOUN_POS and not (span.start <= tok.i < span.end):
            if tok.lower_ in {"%", "percent", "per", "cent"}:
                return _of_object(tok) or tok
            if _period_on_period(tok):
                break  # "grew 12 percent year on year": the span compared over, no noun counted
            return _of_object(tok) if tok.lemma_.lower() in {"dozen", "hundred", "thousand"} else tok
    # "52 of the prisoners", "20% of voters": the number itself heads an "of" phrase.
    for t in (anchor, span[-1]):
        obj = _of_object(t)
        if obj is not None:
            return obj
    return _share_without_of(span) if share else None


def _noun_after_day(anchor: Token, span: Span) -> Token | None:
    """The plural noun right after a number the parse hung on the weekday's name before it
    ("On Monday [910] flu patients", read as "910 Monday"): what the number counts, for a
    weekday is no count. None where the number's head is no such name; a month's is left
    alone, as "May 12" is a date."""
    day = anchor.head
    if day.i >= anchor.i or day.lower_ not in WEEKDAYS:
        return None
    doc = anchor.doc
    i = span.end
    while i < len(doc) and doc[i].dep_ in {"compound", "amod"} and span.end <= doc[i].head.i < span.end + 4:
        i = doc[i].head.i  # "flu patients": the head of the words after the number
    if i >= len(doc) or doc[i].tag_ not in {"NNS", "NNPS"} or doc[i].lower_ in _CALENDAR_NOUNS:
        return None
    return doc[i]


def _period_on_period(tok: Token) -> bool:
    """Whether a noun opens "year on year", "month on month" (the span a change is measured
    over), written with spaces or hyphens."""
    doc, at = tok.doc, tok.i
    words = [t.lower_ for t in doc[at : at + 5] if t.lower_ != "-"][:3]
    return len(words) == 3 and words[1] == "on" and words[0] == words[2] and words[0] in _PERIODS_COMPARED


#: The periods a change is compared over, period on period ("year on year").
_PERIODS_COMPARED = frozenset({"year", "quarter", "month", "week", "day"})


def _share_without_of(span: Span) -> Token | None:
    """What a share written without "of" is a share of: the noun whose determiner follows
    the figure ("half [the milk]", "one quarter [the power]"), which the parser often
    hangs beside the figure rather than under it."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    det = doc[span.end]
    noun = det.head
    # "the"/"its", not "a": "33 percent a year" is a rate
    if det.dep_ not in {"det", "poss"} or det.lower_ in {"a", "an"}:
        return None
    if det.i < noun.i <= det.i + 3 and noun.pos_ in _NOUN_POS:
        return noun
    return None


#: The parts a payment is made in: "$281m in [cash]".
_PAYMENT_WORDS = ("cash", "stock", "shares", "equity", "debt", "loans", "grants", "bonds")
_PAYMENT_PART = re.compile(
    r"(?:\s+(?:will\s+be\s+|to\s+be\s+|is\s+|are\s+|was\s+|were\s+)?paid)?\s+in\s+"
    rf"({'|'.join(_PAYMENT_WORDS)})\b"
    rf"(?!\s*(?:and|or|&|plus)\s+(?:{'|'.join(_PAYMENT_WORDS)})\b)",
    re.IGNORECASE,
)


def _increment(span: Span) -> str | None:
    """An amount added to another ("another three years", "three more years", "an additional
    $5m") is a fact of its own, never a reading of the total."""
    page = _page(span.doc)
    lowers = page.lowers(span.doc)  # the words around, without building Tokens
    increment_ids = _string_ids(page.words.increment_words)
    if (
        (span.start > 0 and lowers[span.start - 1] in increment_ids)
        or (span.end < len(lowers) and lowers[span.end] == _MORE)
        or lowers[span.start] in increment_ids
    ):
        return INCREMENT
    return None


@functools.lru_cache(maxsize=8)
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of a word list, made once per list."""
    return frozenset(get_string_id(w) for w in words)


_MORE = get_string_id("more")


def _payment_part(text: str, end: int) -> str | None:
    """The part of a sum a figure is ("$281m in cash" of a $334m deal), read from the words
    after it; "in cash and stock" is the whole sum, no part."""
    m = _PAYMENT_PART.match(text, end)
    return f"in {m.group(1).lower()}" if m else None


def _lemma(tok: Token) -> str:
    """A verb's lemma, lower-cased, with the model's known slips put right ("fined" is
    "fine", not "fin"; ``lemma_fixes`` in data/lexicon.json), and the lemma a particle or a
    phrase after it makes it mean ("made [off] with $3 million" is "steal", "burned [to
    the ground]" "destroy"; ``phrasal_verbs``)."""
    lemma = LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()
    if lemma == "be" and _aboard(tok):
        return "carry"  # "300 passengers were on board": those the ship carried
    if lemma in _words(tok.doc).linking_verbs:  # "12 people remain [missing]": as "are missing"
        state = next((c for c in tok.children if c.dep_ == "acomp" and c.pos_ == "VERB" and c.i > tok.i), None)
        return _lemma(state) if state is not None else lemma
    if lemma in _PHRASAL_HEADS:
        for child in tok.children:
            if child.i < tok.i:
                continue
            # "made [off]", "got [away]", "fell [ill]"; "made 140 people [ill]"
            if child.dep_ in {"prt", "advmod", "acomp", "ccomp", "oprd"}:
                meant = PHRASAL_VERBS.get(f"{lemma} {child.lower_}") or PHRASAL_VERBS.get(
                    f"{lemma} {child.lower_} {_next_preposition(child)}"
                )
            elif child.dep_ == "prep":  # "burned to the ground": the preposition and its object's lemma
                objects = [c.lemma_.lower() for c in child.children if c.dep_ == "pobj"]
                # "broke out of the jail": "out" is parsed a preposition, "of" hangs on it
                inner = objects or [c.lower_ for c in child.children if c.dep_ == "prep"]
                meant = PHRASAL_VERBS.get(f"{lemma} {child.lower_} {inner[0]}") if inner else None
            else:
                continue
            if meant is not None:
                return meant
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and after.dep_ == "amod" and after.head.head.i == tok.i:
            # "shot [dead] 12 protesters": the parse hangs the word on the verb's object
            return PHRASAL_VERBS.get(f"{lemma} {after.lower_}") or lemma
    return lemma


def _aboard(verb: Token) -> bool:
    """Whether a verb of being says its subject was on board ("were on board the ferry",
    "were aboard"); asked of every verb of being, so only in a text that says "board"."""
    if not _page(verb.doc).says_aboard():
        return False
    for child in verb.children:
        if child.lower_ == "aboard" and child.dep_ in {"prep", "advmod", "acomp"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(c.lower_ == "board" for c in child.children):
            return True
    return False


def _next_preposition(particle: Token) -> str:
    """The preposition right after a particle, if any ("got [out] [of] the car")."""
    i = particle.i + 1
    return particle.doc[i].lower_ if i < len(particle.doc) and particle.doc[i].dep_ == "prep" else ""


#: The verbs some particle gives another meaning (the first words of ``phrasal_verbs``).
_PHRASAL_HEADS = frozenset(phrase.split()[0] for phrase in PHRASAL_VERBS)


def _timed_incident(verb: Token | None, quantity: Quantity, words: Lexicon) -> str | None:
    """The incident a time of day dates when its verb only says something happened and
    its subject names one ("the quake [struck] at 6:12 a.m." -> "quake"), or None."""
    if verb is None or dimension(quantity.unit) != TIME_OF_DAY or verb.lemma_.lower() not in words.occurrence_verbs:
        return None
    for child in verb.children:
        # a capitalised first word may be tagged a proper noun ("Gunfire was reported"); a name is none
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            child.pos_ == "NOUN" or (child.pos_ == "PROPN" and not child.ent_type)
        ):
            return incident_of(child.lemma_)
    return None


#: A running total's day is no scope: "the toll rose to 54 on Tuesday" revises Monday's 40,
#: and a casualty count of a day is its event's count so far.
_RUNNING_VERBS = frozenset({"rise", "climb", "reach", "stand", "increase", "jump", "grow", "hit", "top", "swell"})
_RUNNING_CLASSES = frozenset({"kill", "injure"})


#: The words before a share that make it a level, not a change: "rose [to] 8%".
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|from)\s*$", re.IGNORECASE)


def _change_of(text: str, start: int, unit: str | None, verb: Token | None) -> str | None:
    """The way a share a verb of change states moved, "fall" or "rise", when the share is
    the change ("prices rose 3%", "shares dropped 9%"), not the level reached ("rose to 3%");
    ``change_verbs`` and ``falling_verbs`` in data/lexicon.json."""
    if unit != "%" or verb is None:
        return None
    words, lemma = _words(verb.doc), verb.lemma_.lower()
    if lemma not in words.change_verbs or _LEVEL_BEFORE.search(text, max(0, start - 8), start) is not None:
        return None
    return "fall" if lemma in words.falling_verbs else "rise"


def _capacity(verb: Token | None, words: Lexicon) -> str | None:
    """ "capacity" for a figure whose verb is an infinitive of purpose under a verb of making
    ("the camp was built to house 5,000", "designed to carry 300 passengers"): what a thing
    was made for, not what it holds now (``capacity_verbs``)."""
    if verb is None or verb.dep_ not in {"advcl", "xcomp"} or verb.head.lemma_.lower() not in words.capacity_verbs:
        return None
    return "capacity" if _infinitive(verb) else None


def _infinitive(verb: Token) -> bool:
    """Whether a verb is written as an infinitive ("[to] house", "[to] pass")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)


def _day_told(verb: Token | None, noun_lemma: str | None, change: bool = False) -> str | None:
    """The day a figure's own verb is told for, as a scope ("on Monday" in "police arrested
    23 protesters on Monday", "on March 3"), or the month ("in May"): two days' counts are
    two facts. A day hung on another verb ("was convicted Tuesday for firing 13 shots") is
    not the figure's."""
    if verb is None or noun_lemma in {"toll", "total", "tally", "number", "count"} or noun_lemma in AGE_LEMMAS:
        return None  # a running total, or an age: no count of a day
    lemma = verb.lemma_.lower()
    running = lemma in _RUNNING_VERBS or predicate_class(lemma) in _RUNNING_CLASSES
    if running and not change and not _per_period(noun_lemma):
        # a running total ("the toll rose to 54"); a change ("rose 3%") is of its day, and a
        # period's rate ("unemployment rose to 7.9% in May") of its month
        return None
    for child in verb.children:
        day = child
        if child.dep_ == "prep" and child.lower_ == "on":
            day = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ == "prep" and child.lower_ == "in":
            # "rose 3% in May": a month's figure, as a day's count is the day's
            month = next((c for c in child.children if c.dep_ == "pobj"), None)
            if month is not None and month.lower_.rstrip(".") in MONTHS and _date_of(month) is None:
                return f"in {month.text.rstrip('.').capitalize()}"
            continue
        elif child.dep_ != "npadvmod":
            continue
        if day.lower_ in WEEKDAYS:
            return f"on {day.text}"
        frame = time_frame(day.lower_, [c.lower_ for c in day.children if c.dep_ in {"det", "amod"}])
        if frame is not None:
            return frame  # "won 8 games last season" / "12 games this season": two seasons
        date = _date_of(day)
        if date is not None:
            return f"on {date}"
    return None


def _per_period(noun_lemma: str | None) -> bool:
    """Whether a noun names a measure a period's figure states (``per_period`` in data/measures.json)."""
    if not noun_lemma:
        return False
    measures = load_measures()
    return measures.nouns.get(noun_lemma.lower(), "") in measures.per_period


def _date_of(month: Token) -> str | None:
    """A month and its day as written around a month name ("March 3", "3 March"), as
    "March 3"; None for a month with no day ("in March" spans the month)."""
    if month.lower_.rstrip(".") not in MONTHS:
        return None
    day = next((c for c in month.children if c.dep_ == "nummod" and c.text.isdigit()), None)
    if day is None or not 1 <= int(day.text) <= 31:
        return None
    return f"{month.text.rstrip('.').capitalize()} {int(day.text)}"


def _dates(quantity: Quantity) -> bool:
    """Whether a figure is a time of day or a duration (which can date its event)."""
    return dimension(quantity.unit) in {TIME_OF_DAY, DURATION}


def _theme(verb: Token | None) -> str | None:
    """What the event was done to: its direct object, as a lemma ("club" in "joined the
    club two years ago"); None for a person, a pronoun, or a verb without an object. A
    person it was done to is a holder, read as such ("married Smith three weeks ago")."""
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"} and child.ent_type_ != "PERSON":
            return child.lemma_.lower()
    return None


def _priced(verb: Token | None, quantity: Quantity) -> str | None:
    """What an amount is the price of: the common noun a price verb's subject is, as a lemma
    ("[tickets] cost $45", "the [phone] is priced at $199"); the prices of two things are
    two facts. None for a name (a product line is read as a variant), a pronoun, or no subject."""
    money = (dimension(quantity.unit) or "").startswith("currency")
    if verb is None or not money:
        return None
    lemma = _lemma(verb)
    if load_measures().events.get(lemma) != "price" and lemma not in _SALE_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        noun = next((c for c in subjects if c.pos_ == "NOUN"), None)
        return noun.lemma_.lower() if noun is not None else None  # None: a pronoun or a name
    # "the new phone costs $699", parsed as if "phone costs" were one noun: the noun
    # before the verb is its subject still
    subject = next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    return subject.lemma_.lower() if subject is not None else None


def _attended(verb: Token | None) -> str | None:
    """What a crowd gathered for, as a lemma: the object of "attend" ("200 attended the
    [funeral]"), the subject of another verb of the class ("the [rally] drew 10,000"). Two
    gatherings' crowds are two facts."""
    if verb is None:
        return None
    lemma = _lemma(verb)
    if _words(verb.doc).predicate_class(lemma) != ATTEND:
        return None
    if lemma == ATTEND:
        deps = {"dobj"}
    elif any(c.dep_ == "dobj" for c in verb.children):
        deps = {"nsubj"}
    else:
        return None  # "4,000 workers gathered": the subject is the crowd, not what it came to
    noun = next((c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN"), None)
    return noun.lemma_.lower() if noun is not None else None


def _offence_of(anchor: Token) -> str | None:
    """The offence a count of charges names ("three counts of [murder]", "five [murder]
    counts", "two charges of [robbery]"; ``charge_nouns``), as a lemma: counts of two
    offences are two facts."""
    noun = anchor.head if anchor.dep_ == "nummod" else None
    if noun is None or noun.lemma_.lower() not in _words(anchor.doc).charge_nouns:
        return None
    named = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN"), None)
    if named is not None:
        return named.lemma_.lower()
    offence = _of_object(noun)
    if offence is None or offence.pos_ != "NOUN":
        return None
    # an attempt is another offence: "one count of attempted murder"
    tried = any(c.lower_ == "attempted" for c in offence.children if c.dep_ == "amod")
    return f"attempted {offence.lemma_.lower()}" if tried else offence.lemma_.lower()


#: Verbs whose subject is what an amount after "for" or "at" is the price of ("the phone
#: will sell for $199", "retails at $49"); a price cue in data/measures.json names the measure.
_SALE_VERBS = frozenset({"sell", "retail"})

_SCOPE_PREPS = frozenset({"during", "in", "within", "through", "throughout"})
#: Words that tell one incident of several by its place: "in the [second] blast".
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "final", "last"})


def _scope(verb: Token | None) -> str | None:
    """The part of the event a figure's verb is limited to: "second half" in "scored 11
    points in the second half", "deciding run" in "blocked two shots during the deciding
    run" (also after "midway through"). "Over two days" spans the event: no scope.

    Verbs joined by "and" share a period written before them ("In the second half he
    scored 9 points and blocked two shots"); one written after the first verb is its own
    ("he scored 11 points in the second half and grabbed 11 rebounds").
    """
    if verb is None or not _page(verb.doc).may_name_period(verb.doc, verb.i):
        return None
    found = _own_scope(verb)
    node = verb
    for _ in range(4):
        if found is not None or node.dep_ != "conj" or node.head == node:
            return found
        node = node.head
        found = _own_scope(node, fronted=True)
    return None


def _own_scope(verb: Token, fronted: bool = False) -> str | None:
    """The period a prepositional phrase on this verb names (with ``fronted``, only one
    written before the verb)."""
    children = list(verb.lefts if fronted else verb.children)  # the Tokens built once
    preps = [c for c in children if c.dep_ == "prep"]
    preps += [p for c in children if c.dep_ == "advmod" for p in c.children if p.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in _SCOPE_PREPS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "during":
            # "during the game's deciding run" often parses badly: any period noun
            # before the next punctuation is the one the phrase names
            doc = prep.doc
            window = []
            for tok in doc[prep.i + 1 : min(len(doc), prep.i + 12)]:
                if tok.is_punct and tok.text not in {"-", "'s", "’s"}:
                    break
                window.append(tok)
            objects += [t for t in window if t.pos_ == "NOUN"]
        lists = _words(prep.doc)
        for obj in objects:
            if obj.lemma_.lower() not in lists.period_nouns:
                # "died in the [first] blast", "hurt in the [second] explosion": one of several
                # incidents (wordlists/incidents.tsv), told by its place among them
                if prep.lower_ == "in" and (incident := _nth_incident(obj)) is not None:
                    return incident
                continue
            words = [c.lower_ for c in obj.children if c.dep_ == "amod"]
            if prep.lower_ == "during" or not lists.period_words.isdisjoint(words):
                return " ".join([*words, obj.lemma_.lower()])
    # "the [first] blast killed three": the incident told by its place is the subject
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return _nth_incident(subject) if subject is not None else None


def _nth_incident(noun: Token) -> str | None:
    """One incident of several told by its place among them ("the [second] blast"), named
    by the incident its noun names (wordlists/incidents.tsv), so "the second blast" and
    "the second explosion" are one; None for any other noun."""
    if noun.pos_ != "NOUN":
        return None
    incident = incident_of(noun.lemma_)
    if incident is None:
        return None
    words = [c.lower_ for c in noun.children if c.dep_ == "amod"]
    return " ".join([*words, incident]) if not _ORDINALS.isdisjoint(words) else None


def _tallied(verb: Token, anchor: Token) -> Token | None:
    """What a tally counts when it is the subject: "the number of [prisoners] rose to 1,300".

    Only when the figure hangs on the verb ("rose to 1,300", "reached 1,300"); a tally
    with nothing after "of" is itself the noun ("the death [toll] reached 50").
    """
    if anchor.head != verb and not (anchor.head.dep_ == "prep" and anchor.head.head == verb):
        return None
    tallies = _words(verb.doc).tally_nouns
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in tallies:
            return _of_object(child) or child
    return None


def _undergone(verb: Token | None, anchor: Token, agent: str | None) -> tuple[str | None, bool]:
    """A figure's holder, and whether the holder underwent its event rather than did it: the
    subject of a passive verb ("Smith was sentenced to seven years"), or the object of a verb
    of penalty ("the judge sentenced Smith to seven years"); else ``agent``, who did it."""
    if verb is None:
        return agent, False
    penalty = verb.pos_ == "VERB" and _lemma(verb) in _words(verb.doc).undergoer_verbs
    undergoer = _undergoer(verb, anchor) if penalty else None
    if undergoer is not None:
        return undergoer, True
    if agent is None and not penalty:
        return None, False  # most figures: no holder to tell, and no other person to find
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None and subject is not None:
        agent = _other_person(subject)  # "his accomplice was sentenced to ten years"
    return agent, agent is not None and subject is not None


def _penalty_read(
    verb: Token | None, anchor: Token, unit: str | None, noun: str | None, predicate: str | None, agent: str | None
) -> tuple[str | None, str | None, bool]:
    """A figure's predicate, holder and whether the holder underwent it (:func:`_undergone`);
    a bare span given to someone is their prison term (:func:`_term_receiver`)."""
    agent, passive = _undergone(verb, anchor, agent)
    receiver = _term_receiver(verb, anchor, unit) if noun is None else None
    if receiver is None:
        return _possible(verb, predicate), agent, passive
    # "the judge gave Peterson 40 years": Peterson's prison term; a name given one is a
    # person's, whatever label the model put on it
    people = _page(anchor.doc).people(anchor.doc)
    name = people.name_of(receiver) or (_proper_name(receiver) if receiver.pos_ == "PROPN" else None)
    return _possible(verb, "sentence"), name or agent, True


#: The modal verbs that make a sentence one a defendant may get, not one passed.
_MAYBE = frozenset({"could", "may", "might", "would", "can"})


def _possible(verb: Token | None, predicate: str | None) -> str | None:
    """A sentence under a modal is one the defendant faces ("could be sentenced to 20
    years", "could get 45 years"), not one passed: read as "face", so it meets "faces up
    to 40 years" and never a passed sentence."""
    if (
        verb is None
        or predicate != "sentence"
        or not any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children)
    ):
        return predicate
    return "face"


#: Personal pronouns that may receive a prison term ("gave [him] 15 years"); "it" and "that" may not.
_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "i", "me", "we", "us", "you"})


def _term_receiver(verb: Token | None, anchor: Token, unit: str | None) -> Token | None:
    """The person a bare span of time is a prison term of: the dative of a verb that gives
    one ("the judge gave [Peterson] 40 years", "handed [him] 15 years in prison"), or the
    subject of one that receives it ("[Smith] got 12 years"; ``term_verbs``). A span with
    an infinitive or clause of its own is no term ("gave him two years to live")."""
    if verb is None or dimension(unit) != DURATION or _lemma(verb) not in _words(verb.doc).term_verbs:
        return None
    figure = anchor.head if anchor.dep_ == "nummod" and anchor.head.pos_ == "NOUN" else anchor
    # "gave him 30 years behind bars": the parse may hang the span on "behind"
    held = figure.head.dep_ == "prep" and figure.head.lower_ == "behind" and figure.head.head.i == verb.i
    if (figure.head.i != verb.i and not held) or figure.dep_ not in {"dobj", "npadvmod"}:
        return None
    if any(c.dep_ in {"relcl", "acl", "prep"} and c.lower_ != "in" for c in figure.children):
        return None  # "two years to live", "five years of service" ("15 years in prison" is one)
    if any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in verb.children):
        return None  # "gave the firm five years to repay"
    # the one given it ("gave [Peterson] 40 years"; "handed [Ruiz] 10 years behind bars" may
    # parse as an object), else the subject who got it
    person = next((c for c in verb.children if c.dep_ in {"dative", "iobj"}), None)
    if person is None:
        person = next((c for c in verb.children if c.dep_ == "dobj" and c.i != figure.i), None)
    if person is None:
        person = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if person is None or not (person.pos_ == "PROPN" or person.lower_ in _PERSON_PRONOUNS):
        return None
    return person


def _proper_name(tok: Token) -> str:
    """The proper name a token ends, with the names compounded before it ("Lena [Ruiz]")."""
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in (*words, tok))


def _other_person(noun: Token) -> str | None:
    """A person a noun tells apart from the one the story is about, as "the accomplice":
    someone's ("his accomplice", "Smith's wife") or another ("another man", "a second
    suspect"). Their figures are theirs, never a reading of a named person's."""
    if noun.pos_ != "NOUN" or not _person_noun(noun):
        return None
    other = any(
        c.dep_ == "poss" or (c.dep_ in {"det", "amod"} and c.lower_ in {"another", "second", "third", "other"})
        for c in noun.children
    )
    return f"the {noun.lower_}" if other else None


def _undergoer(verb: Token, anchor: Token) -> str | None:
    """The person a verb of penalty names as its object, who underwent it, when the figure
    is the penalty ("sentenced [Gigante] to 12 years", "fined [him] $500", "suspended [Smith]
    for four games"; ``undergoer_verbs``): the figure is theirs. A figure further down
    ("sentenced Jeffs for assault of a 12-year-old") is no penalty."""
    figure = anchor.head if anchor.dep_ in {"nummod", "compound", "quantmod"} and anchor.head.pos_ == "NOUN" else anchor
    hung = figure.head
    if hung.i != verb.i and not (hung.dep_ == "prep" and hung.lower_ in {"to", "for"} and hung.head.i == verb.i):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != figure.i), None)
    return _page(verb.doc).people(verb.doc).name_of(obj) if obj is not None else None


#: Participles that state what a thing is worth: "gems valued at $80 million".
_VALUE_PARTICIPLES = frozenset({"value", "estimate", "appraise"})


def _valued(verb: Token | None) -> tuple[Token, Token] | None:
    """The thing a participle of value describes and the verb that governs it: "made off
    with [gems] valued at $80 million" is the value of the gems, made off with; "jewels
    valued at $2 million were stolen", of stolen jewels; "the stolen [gems] are valued at
    $80 million", the value of the gems, stolen, as a participle on them says (a named
    subject is the holder of its own value: "Mat Maid was valued at $5 million")."""
    if verb is None or verb.lemma_.lower() not in _VALUE_PARTICIPLES:
        return None
    if verb.dep_ != "acl":
        thing = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        if thing is None:
            return None
        done = next((c for c in thing.children if c.dep_ == "amod" and c.tag_ == "VBN"), None)
        return thing, done if done is not None else verb
    thing = verb.head
    if thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    governor = thing.head.head if thing.dep_ == "pobj" and thing.head.dep_ == "prep" else thing.head
    return thing, governor if governor.pos_ == "VERB" and governor.i != thing.i else verb


def _level_of(verb: Token, anchor: Token) -> Token | None:
    """What a figure after "to" is the new level of: the object of a verb that brings it
    there ("cut the [deficit] to four", "raised its [forecast] to 2.5%"; ``level_verbs``);
    what a figure after "at" is the value of: the object of a verb of estimate ("put the
    death [toll] at 54"; ``estimate_verbs``). A tally's "of" object is what it counts ("put
    the size of the [crowd] at 3,000")."""
    to = anchor.head
    if to.dep_ != "prep":
        return None
    words, lemma = _words(verb.doc), verb.lemma_.lower()
    if not (lemma in words.level_verbs if to.lower_ == "to" else to.lower_ == "at" and lemma in words.estimate_verbs):
        return None
    if to.head.dep_ == "dobj" and to.head.head.i == verb.i:  # "narrowed [the gap to three]"
        level = to.head if to.head.pos_ in _NOUN_POS else None
    elif to.head.i != verb.i:
        return None
    else:
        objects = (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _NOUN_POS and c.i < to.i)
        level = next(objects, None)
    if level is not None and level.lemma_.lower() in words.tally_nouns:
        return _of_object(level) or level
    return level


def _numbered_subject(verb: Token, anchor: Token) -> Token | None:
    """What a figure counts when a verb of tally links it to its subject: "[protesters]
    numbered about 5,000" reads as "about 5,000 protesters" (``tally_verbs``)."""
    if anchor.head.i != verb.i or anchor.dep_ not in {"dobj", "attr", "npadvmod"}:
        return None
    if verb.lemma_.lower() not in _words(verb.doc).tally_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "ADJ"}), None)


#: Verbs by which a measure states its value: "turnout [was] 61 percent", "the toll [stood] at 9".
_VALUE_VERBS = frozenset(
    {
        "be", "stand", "reach", "hit", "top", "rise", "climb", "fall", "drop", "total", "measure",
        # "sales came to $4.5bn", "the bill amounted to $2m", "bail was set at $1 million"
        "come", "amount", "jump", "soar", "surge", "grow", "increase", "decline", "slip", "swell", "set",
        # "damage was estimated at $3 million", "the toll was put at 54"
        "estimate", "put", "peg", "value",
    }
)  # fmt: skip


def _measured_subject(anchor: Token, span: Span | None = None) -> Token | None:
    """The measure noun whose value a figure states through a copula or a tally verb:
    "[turnout] was 61 percent", "the [magnitude] was 5.8", "the [price] stands at $1,199",
    "the speed [limit] is 50 mph" (``span``: the figure's tokens, its unit among them)."""
    head = anchor.head
    # "was 61 [percent]", "is 50 [mph]": the unit stands for the figure
    if (
        anchor.dep_ == "nummod"
        and head.pos_ in _NOUN_POS
        and (head.lower_ in {"percent", "per", "%"} or (span is not None and span.start <= head.i < span.end))
    ):
        anchor = head
    verb = anchor.head
    level = verb.dep_ == "prep" and verb.lower_ in {"at", "to"}
    if level:
        verb = verb.head  # "stood at 9", "rose to 9"
    elif anchor.dep_ not in {"attr", "dobj", "npadvmod", "nummod", "acomp"}:
        return None
    if verb.lemma_.lower() not in _VALUE_VERBS or verb.i == anchor.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for child in subjects:
        if _is_measure_noun(child, anchor):
            return child
    if not level and anchor.lower_ in {"percent", "per", "%"} and verb.lemma_.lower() in _words(verb.doc).change_verbs:
        # "the company's shares fell 12%": what fell, though no measure names it
        return next((c for c in subjects if c.pos_ == "NOUN"), None)
    return None


def _is_measure_noun(noun: Token, figure: Token) -> bool:
    """Whether a noun names a measure of the measure lexicon (see :func:`_measure_phrase`)."""
    return _measure_phrase(noun, figure) is not None


def _measure_phrase(noun: Token, figure: Token) -> str | None:
    """The words a noun names a measure of the measure lexicon with: its lemma, the word as
    written ("sales came to $4.5bn": the lemma "sale" is a single sale), the words before it
    ("the jobless rate", "a blood alcohol level") or its "of" phrase ("the margin of
    victory"); None when it names none."""
    measures = load_measures().nouns
    lemma = noun.lemma_.lower()
    for words in (lemma, noun.lower_):
        if words in measures:
            return words
    if noun.pos_ != "NOUN":
        return None
    phrase = _noun_phrase(noun, figure.doc[figure.i : figure.i + 1])[1]
    if phrase in measures:
        return phrase
    of = _of_object(noun)
    with_of = f"{lemma} of {of.lemma_.lower()}" if of is not None else None
    return with_of if with_of in measures else None


def _measure_before_of(anchor: Token) -> Token | None:
    """The measure noun a figure is "of": "a [workforce] of 11,500", "a [toll] of 54", "a
    [blood alcohol level] of 0.16"."""
    noun = _noun_before_of(anchor)
    return noun if noun is not None and _is_measure_noun(noun, anchor) else None


def _group_size(anchor: Token, unit: str | None) -> Token | None:
    """The group a bare count is the size of: "a [crew] of 28", "a [staff] of 40", "a [jury]
    of 12" (``collective_nouns``): it counts the group's members, as "28 crew members" does."""
    if unit is not None:
        return None
    noun = _noun_before_of(anchor)
    if noun is None or noun.tag_ != "NN" or noun.lower_ not in _words(anchor.doc).collective_nouns:
        return None
    return noun


def _what_lasted(verb: Token | None, anchor: Token, unit: str | None) -> Token | None:
    """What a span of time is the length of: the subject of a verb of lasting ("the
    [standoff] lasted four hours", "the [trial] ran for three weeks"; ``lasting_verbs``)."""
    if verb is None or dimension(unit) != DURATION or _lemma(verb) not in _words(verb.doc).lasting_verbs:
        return None
    figure = anchor.head if anchor.dep_ == "nummod" else anchor
    if (figure.dep_ == "pobj" and figure.head.lower_ == "in") or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "the sprinter ran 100 metres in 9.58 seconds": the time a run took, not how long he lasted
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _objects_after_in(anchor: Token) -> Iterator[Token]:
    """The objects of an "in" after a figure, on the figure, its noun or, for an object, its
    verb: "raised [$35m] in funding" (the verb holds the "in" of its object)."""
    heads = (anchor, anchor.head, anchor.head.head) if anchor.head.dep_ == "dobj" else (anchor, anchor.head)
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "in" and child.i > anchor.i:
                yield from (obj for obj in child.children if obj.dep_ == "pobj")


def _measure_after_in(anchor: Token) -> Token | None:
    """The measure an amount is stated in: "$60 million in [funding]", "$2bn in [sales]",
    and through a part of it: "$35m in two rounds of [funding]" (``portion_nouns``)."""
    measures = load_measures()
    for obj in _objects_after_in(anchor):
        lemma = obj.lemma_.lower()
        if lemma in measures.nouns:
            return obj
        if lemma in _words(anchor.doc).portion_nouns:
            whole = _of_object(obj)
            if whole is not None and whole.lemma_.lower() in measures.nouns:
                return whole
    return None


def _among(noun: Token) -> str | None:
    """The group a measure is limited to by "among" ("unemployment [among young people]"),
    as a scope: one group's rate is a part, no reading of everyone's."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "among":
            group = next((c for c in child.children if c.dep_ == "pobj"), None)
            if group is not None:
                words = [t.lower_ for t in group.subtree if not t.is_punct][:6]
                return " ".join(["among", *words])
    return None


#: The first words of the venue phrases: a phrase opened by another word names none.
_VENUE_OPENERS = frozenset(phrase.split()[0] for phrase in VENUE_SCOPES)


def _venue(*tokens: Token | None) -> str | None:
    """Where a team's figure was made, from a phrase on its noun or verb ("3 games [at home]",
    "7 [on the road]", "[away from home]"; ``venue_scopes``): home and away are two parts."""
    for tok in tokens:
        if tok is None:
            continue
        for child in tok.children:
            if child.dep_ not in {"prep", "advmod"} or child.i < tok.i:
                continue
            subtree = child.subtree
            first = next(subtree).lower_
            if first not in _VENUE_OPENERS:  # most phrases name no venue
                continue
            words = [first, *(t.lower_ for t in islice(subtree, 3))]
            for size in range(len(words), 1, -1):  # "at home against Boston": its first words
                venue = VENUE_SCOPES.get(" ".join(words[:size]))
                if venue is not None:
                    return venue
    return None


def _sum_in(anchor: Token, unit: str | None) -> Token | None:
    """What a sum of money is made of when a bare noun after "in" names it and no measure
    does: "$10 million in [taxes]", "$3 million in [bonuses]", so it is no reading of
    "$3 million in fines". A payment part ("in cash") and a noun with a determiner ("in
    the first quarter") name no such thing."""
    if not (dimension(unit) or "").startswith("currency"):
        return None
    periods = _words(anchor.doc).period_nouns
    for obj in _objects_after_in(anchor):
        if (
            obj.pos_ == "NOUN"
            and obj.lower_ not in _PAYMENT_WORDS
            and obj.lemma_.lower() not in periods
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children)
        ):
            return obj
    return None


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in _NOUN_POS:
                    return obj
    return None


def _noun_phrase(head: Token | None, span: Span) -> tuple[str | None, str | None]:
    """The counted noun with its modifiers ("political prisoners") and its head lemma."""
    if head is None:
        return None, None
    left: list[Token] = []
    for child in reversed(list(head.lefts)):
        if child.dep_ in _MODIFIER_DEPS and not (span.start <= child.i < span.end):
            if left and child.i != left[0].i - 1:
                break
            if child.i != (left[0].i if left else head.i) - 1:
                break
            left.insert(0, child)
        else:
            break
    # "the first eight points", "five of the first eight points": a stretch, written
    # before the number, stays with the noun (see Lexicon.stretch_words).
    stretches = _words(head.doc).stretch_words
    stretch = [
        c
        for c in head.lefts
        if c.dep_ == "amod" and c.lower_ in stretches and c not in left and not (span.start <= c.i < span.end)
    ]
    words = [t.text for t in stretch + left] + [head.text]
    lex = load_measures()
    lemma, written, measures = head.lemma_.lower(), head.lower_, lex.nouns
    if written != lemma and lemma not in measures and written in measures:
        lemma = written  # "sales", "earnings": a plural the measure lexicon names, not one sale
    two = f"{left[-1].lower_} {lemma}" if left else ""
    if two and (two in measures or two in lex.counted):
        # "the jobless rate": the two words name the measure, and "a maximum sentence"
        # another than "sentence" alone does; "crew members" are crew, not any members
        lemma = two
    return " ".join(words).lower(), lemma


def _predicate(tok: Token, span: Span, described: bool = False, purpose: bool = False) -> Token | None:
    """The event a counted thing takes part in: "52 prisoners [freed]", "the [release] of 52",
    a headline's "Three [dead] as storm hits"; with ``described``, a bare participle after
    the noun only says which things it names ("the votes cast"), and the event is above;
    with ``purpose`` (a sum of money), an infinitive after it says what the money is for
    ("cost $200 million [to make]"), and the event is above too."""
    for child in tok.children:
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB":
            if described and child.n_lefts + child.n_rights == 0:
                continue
            if _infinitive(child) and (purpose or not any(c.dep_ == "auxpass" for c in child.lefts)):
                continue  # "55% support to pass", "$2 billion to build": what it is for, not what befell it
            return child
        if child.dep_ == "amod" and child.i > tok.i and child.lower_ in INFLECTIONS:
            return child  # "Three dead", "Two hurt": the number heads an event word
    came_by_of = False
    node = tok
    for _ in range(6):
        if node.head == node:
            break
        # "the release of 52 prisoners": prisoners -pobj-> of -prep-> release
        came_by_of = (node.dep_ == "pobj" and node.head.lower_ == "of") or (came_by_of and node.lower_ == "of")
        below, node = node, node.head
        if node.pos_ == "VERB" or (node.pos_ == "AUX" and (node.dep_ == "ROOT" or _aboard(node))):
            return _resulting_state(node, below) or _dated_event(below, node)
        if (
            node.pos_ == "NOUN"
            and came_by_of
            and node.lower_ != "of"
            and node.lemma_.lower() in _words(node.doc).event_nouns
        ):
            return node
    return None


def _resulting_state(verb: Token, counted: Token) -> Token | None:
    """The state a result verb leaves the counted in: "left 40 [dead]" and "left four people
    [dead]" count the killed, "left 300 [homeless]" and "left 200 without [power]" two other
    facts (``result_verbs``); None when the parse shows no state."""
    if verb.lemma_.lower() not in RESULT_VERBS:
        return None
    if counted.head.i == verb.i and counted.pos_ == "ADJ":
        return counted  # "left 40 dead": the state word is the object the figure counts
    for child in verb.children:
        if child.i < counted.i:
            continue
        if child.dep_ in _STATE_DEPS:
            return child
        if child.dep_ == "prep" and child.lower_ == "without":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _event_name(tok: Token) -> str:
    """A figure's event as its predicate: the verb's lemma, or a state a result verb leaves
    the counted in that no measure names, with that verb ("left homeless", "left without
    power"); "left 40 dead" stays "dead", the killed."""
    lemma = _lemma(tok)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.i == tok.i or verb.lemma_.lower() not in RESULT_VERBS or lemma in load_measures().events:
        return lemma
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return f"{RESULT_VERBS[verb.lemma_.lower()]} without {tok.lower_}"
    if tok.dep_ in _STATE_DEPS or (tok.pos_ == "ADJ" and tok.head.i == verb.i):
        return f"{RESULT_VERBS[verb.lemma_.lower()]} {tok.lower_}"
    return lemma


#: How a parse hangs the state on a result verb: "left four people [dead]".
_STATE_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp"})


def _dated_event(span: Token, verb: Token) -> Token:
    """The event a span before or after a clause dates: "married [three weeks] before he was
    murdered" tells when the marrying was, so its event is "married", not "murdered"."""
    if (
        span.dep_ == "npadvmod"
        and verb.dep_ == "advcl"
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ in _words(verb.doc).interval_words for c in verb.children)
    ):
        return verb.head
    return verb


#: "no", "not" and "never" as word ids, for :func:`_negated`.
_NO_WORDS = frozenset(get_string_id(w) for w in ("no", "not", "never"))
_NEG = get_string_id("neg")


def _negated(pred: Token | None, span: Span) -> bool:
    """Whether the event has a ``neg`` child, or "no", "not" or "never" stands in the two
    words before the figure (read on the Doc's arrays, made once per Doc)."""
    page = _page(span.doc)
    if pred is not None and pred.i in page.negated_heads(span.doc):
        return True
    lowers = page.lowers(span.doc)
    return any(lowers[i] in _NO_WORDS for i in range(max(0, span.start - 2), span.start))


def _attribution(tok: Token, sent: Span) -> tuple[str | None, bool]:
    """Who the claim is attributed to ("according to [the opposition]", "[Coale] said"),
    and whether they deny it ("[the ministry] denied that 40 were detained").

    A denial counts only above the figure's own event: "police denied 40 permits" is
    an event, not a denial.
    """
    page = _page(sent.doc)
    if "ccording" in page.text[sent.start_char : sent.end_char]:  # skip the search when absent
        phrase = according_object(sent.doc, page.according(sent.doc), sent.start, sent.end)
        if phrase is not None:
            return phrase.text, False
    node, says, denies = tok, page.words.say_verbs, page.words.deny_verbs
    for _ in range(8):
        lemma = node.lemma_.lower()
        deny = lemma in denies and node != tok
        if (lemma in says or deny) and node.pos_ == "VERB":
            for child in node.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON":
                    return sent.doc[child.left_edge.i : child.right_edge.i + 1].text, deny
            if deny:
                return None, True
        if node.head == node:
            break
        node = node.head
    return None, False


def _fallback_reading(doc: Doc, span: Span, sent: Span) -> tuple[str | None, str | None, str | None]:
    """Blank pipeline: the words after the number are the noun; a known verb nearby the event."""
    words: list[Token] = []
    stops = _words(doc).stop_words
    for t in doc[span.end : min(len(doc), span.end + 4)]:
        if not t.is_alpha or t.lower_ in stops or t.lower_ in INFLECTIONS:
            break
        words.append(t)
    noun = " ".join(t.lower_ for t in words) if words else None
    lemma = _naive_singular(words[-1].lower_) if words else None
    predicate = _event_word([*doc[span.end : sent.end], *reversed(doc[sent.start : span.start])])
    return noun, lemma, predicate


def _event_word(tokens: Iterable[Token]) -> str | None:
    """The lemma of the first known event word among ``tokens`` ("freed" -> "free")."""
    return next((INFLECTIONS[t.lower_] for t in tokens if t.lower_ in INFLECTIONS), None)


def _fallback_negation(span: Span, sent: Span) -> bool:
    before = span.doc[max(sent.start, span.start - 3) : span.start]
    return any(t.lower_ in {"no", "not", "never", "n't"} for t in before)


def _naive_singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# ---------------------------------------------------------------- entities


def entity_claims(doc: Doc) -> Iterator[Claim]:
    """Names of people, places and organisations, with the role written before a person."""
    found: list[tuple[int, int, str]] = []  # token start, token end, label
    taken: set[int] = set()
    for start, end in _nicknamed_names(doc):  # 'Vincent "The Chin" Gigante', whatever the model tagged
        found.append((start, end, "PERSON"))
        taken.update(range(start, end))
    for start, end in _titled_names(doc):
        if not taken.intersection(range(start, end)):
            found.append((start, end, "PERSON"))
            taken.update(range(start, end))
    page = _page(doc)
    for start, end, label in cued_names(doc, page.words.nickname_cues, page.words.group_nouns):  # "known as Tiny"
        if not taken.intersection(range(start, end)):
            found.append((start, end, label))
            taken.update(range(start, end))
    organisations = _named_organisations(doc)
    text, has_sents = page.text, page.has_sents(doc)
    labels = page.words.entity_labels
    for ent in page.ents(doc):
        if ent.label_ not in labels or taken.intersection(range(ent.start, ent.end)):
            continue
        end = whole_organisation(ent) if ent.label_ == "ORG" else ent.end  # a long name the model cut short
        taken.update(range(ent.end, end))
        found.append((ent.start, end, "ORG" if organisations and ent.text in organisations else ent.label_))
    body: list[Claim] = []
    headed: list[Claim] = []
    for start, end, label in found:
        span = trim_name(doc[start:end])
        while span is not None and len(span) and span[-1].is_space:  # "Kessley\n\n" at a line end
            span = span[:-1]
        if span is None or not len(span):
            continue
        sent = page.sentence(span) if has_sents else span
        name = text[span.start_char : span.end_char]  # span.text, without rebuilding it
        if label == "PERSON" and len(span) == 1 and _DEMONYM.match(name):
            continue  # "Lithuanian President": an adjective, not a person
        if len(span) == 1 and (
            (label == "PERSON" and _placed(span.root)) or (label == "ORG" and _placed(span.root, strict=True))
        ):
            label = "GPE"  # "officials in Kessley", "the town of Kessley": a place
        (headed if page.headline(sent) else body).append(_entity_claim(doc, span, sent, name, label))
    # title case misleads the model: a headline keeps only the names the body writes alike
    written = {(c.entity, c.label) for c in body}
    yield from sorted(body + [c for c in headed if (c.entity, c.label) in written], key=lambda c: c.start)


def _entity_claim(doc: Doc, span: Span, sent: Span, name: str, label: str) -> Claim:
    quote = _span_text(sent)
    source, column, offset = placed(_text(doc), span.start_char, span.end_char, quote)
    return Claim(
        kind=ClaimKind.ENTITY,
        source=source,
        text=name,
        start=span.start_char,
        end=span.end_char,
        sentence=quote,
        display=name,
        entity=name,
        label=label,
        role=_role(span) if label == "PERSON" else None,
        line=_line_of(doc, span.start_char),
        column=column,
        sentence_offset=offset,
    )


#: Prepositions whose object is a place when it is a bare name: "in Kessley", "near Kessley".
_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "around", "throughout"})
#: Nouns whose "of" names a place: "the town of Kessley".
_PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "county",
        "province",
        "state",
        "region",
        "district",
        "borough",
        "suburb",
        "township",
        "island",
        "capital",
    }
)


def _placed(tok: Token, strict: bool = False) -> bool:
    """Whether a one-word name stands where only a place can: the object of "in" or
    "near", or of "the town of" (a person is "with" or "from" someone, not "in" them).
    ``strict`` (for a name tagged an organisation, which one may be "in"): only "near",
    "outside" and "the town of"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in (
        _PLACE_PREPS - {"in", "inside", "across", "around", "throughout"} if strict else _PLACE_PREPS
    ):  # "in Smith's house" is a house, "in the NBA" a league
        return not any(c.dep_ in {"case", "det"} for c in tok.children)
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS


def _named_organisations(doc: Doc) -> frozenset[str]:
    """Place-tagged names the article itself calls an organisation ("Belavia, the national
    airline"): every mention of them in the article is an organisation."""
    if not doc.has_annotation("DEP"):
        return frozenset()
    names = set()
    page = _page(doc)
    for ent in page.ents(doc):
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        root = ent.root
        beside = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            beside.append(root.head)
        if any(t.lemma_.lower() in page.words.org_nouns for t in beside):
            names.add(ent.text)
    return frozenset(names)


@functools.lru_cache(maxsize=8)
def _title_patterns(titles: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title word on its own, as a pattern, made once per list of titles: the lookahead on
    first letters skips, cheaply, the words that cannot be one. Then the same for lower-cased
    text, where the alternation is matched without case folding, behind a test of how a title
    opens (:func:`~claimcheck.wordfiles.openings`): three times as fast. Exact when
    lower-casing keeps each character one character and no character of the text folds to
    an ASCII letter under IGNORECASE (see :func:`_lower_finditer`)."""
    words = "|".join(re.escape(w) for w in sorted(titles, key=lambda w: (-len(w), w)))
    firsts = re.escape("".join(sorted({w[0] for w in titles})))
    return (
        re.compile(rf"(?=[{firsts}])(?<!\w)(?:{words})(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?={openings(titles)})(?:{words})(?!\w)"),
    )


#: The only characters outside ASCII that IGNORECASE matches to an ASCII letter, or whose lower case
#: is no single character: "İ", "ı", "ſ" and the Kelvin sign.
_CASE_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _lower_finditer(
    pattern: re.Pattern[str], lower_pattern: re.Pattern[str], text: str, lowered: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for an IGNORECASE pattern of ASCII words, run as ``lower_pattern``
    (the same without IGNORECASE) on ``lowered`` (``text.lower()``) when that finds the same."""
    if len(lowered) == len(text) and (text.isascii() or not _CASE_FOLDS_TO_ASCII.search(text)):
        return lower_pattern.finditer(lowered)
    return pattern.finditer(text)


#: Quotation marks that may open a nickname inside a name, each with the marks that close it.
_NICKNAME_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}
#: The most words a nickname inside a name has: "Fat Tony", "The Chin".
_NICKNAME_WORDS = 3


def _nicknamed_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """(token start, token end) of each name written with a nickname inside it: a
    capitalised first name, one to three words in quotation marks, a capitalised surname
    ('Vincent "The Chin" Gigante', "Anthony 'Fat Tony' Salerno"). The small model often cuts
    such a name in two; read whole, it is the same person other outlets name."""
    page = _page(doc)
    if not any(q in page.text for q in _NICKNAME_QUOTES):
        return
    opening = _quote_ids()
    # only the quotation marks are looked at: most tokens are none, and a Token costs
    for i in doc_arrays(doc).where(ORTH, opening):
        close = _NICKNAME_QUOTES.get(doc[i].text)
        if close is None or not 0 < i < len(doc) - 2 or not _name_word(doc[i - 1]):
            continue
        j = next((k for k in range(i + 2, min(i + 2 + _NICKNAME_WORDS, len(doc) - 1)) if doc[k].text == close), None)
        if j is None or not all(t.is_alpha for t in doc[i + 1 : j]) or not doc[i + 1].is_title:
            continue
        if _name_word(doc[j + 1]) and doc[j].whitespace_ and doc[i - 1].whitespace_:
            yield i - 1, j + 2


@functools.cache
def _quote_ids() -> frozenset[int]:
    return frozenset(get_string_id(q) for q in _NICKNAME_QUOTES)


def _name_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN"


def _titled_names(doc: Doc) -> Iterator[tuple[int, int]]:
    """Capitalised words right after a title ("president Alexander Lukashenka") name a person.

    The small English model misses or mislabels some foreign names; a title before them
    is strong evidence of a person whatever the model says. Titles are found in the text
    first, so only the tokens around them are looked at.
    """
    last = 0
    page = _page(doc)
    titles = page.words.title_words
    for m in _lower_finditer(*_title_patterns(titles), page.text, page.lowered):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1 or span.start < last:
            continue
        i = span.start
        tok = span[0]
        if tok.lower_ not in titles or tok.lower_ in {"state", "foreign", "head"}:
            continue
        j = i + 1
        while j < len(doc) and _name_like(doc[j], titles) and j - i <= 4:
            j += 1
        if j > i + 1 and not (j < len(doc) and doc[j].lower_ in titles):
            yield i + 1, j
            last = j


def _name_like(tok: Token, titles: frozenset[str]) -> bool:
    text = tok.text
    return (
        len(text) > 1
        and text[0].isupper()
        and text.replace("-", "").replace(".", "").isalpha()
        and tok.lower_ not in titles
        and not tok.is_sent_start
        and tok.ent_type_ not in {"NORP", "DATE"}
    )


def _role(span: Span) -> str | None:
    """The title written before a person's name: "Lithuanian President", "U.S. envoy"."""
    doc = span.doc
    i = span.start - 1
    words: list[Token] = []
    titles = _words(doc).title_words
    while i >= 0 and len(words) < 4:
        tok = doc[i]
        if tok.lower_ in titles or tok.ent_type_ in {"NORP", "GPE"} or _DEMONYM.match(tok.text):
            words.insert(0, tok)
            i -= 1
        else:
            break
    if not any(t.lower_ in titles for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1].text


# ---------------------------------------------------------------- dates


def date_claims(doc: Doc) -> Iterator[Claim]:
    """Calendar dates (a day or month named), marked as publication dates when they stand alone."""
    page = _page(doc)
    for ent in page.ents(doc):
        # the label's id and the page's text: spaCy decodes a label and joins a span's text anew
        if ent.label != _DATE or not (_MONTHS.search(page.text[ent.start_char : ent.end_char]) or _is_event_year(ent)):
            continue
        span = trim_name(ent) or ent
        text = span.text.strip()
        if not any(ch.isdigit() for ch in text):
            continue
        start = span.start_char
        end = start + len(text)
        sent = _sentence(doc, start, end)
        alone = _line_is_only(doc, start, end)
        verb = None if alone else _predicate(span.root, span)
        dated = None if alone else _event_dated_by(span)
        predicate = dated or (verb.lemma_.lower() if verb is not None else None)
        quote = _span_text(sent)
        source, column, offset = placed(page.text, start, end, quote)
        yield Claim(
            kind=ClaimKind.DATE,
            source=source,
            text=page.text[start:end],
            start=start,
            end=end,
            sentence=quote,
            display=page.text[start:end],
            entity=text,
            label="PUBLISHED" if alone else "EVENT",
            predicate=predicate,
            agent=_dated_holder(verb) if verb is not None and dated is None else None,
            line=_line_of(doc, start),
            column=column,
            sentence_offset=offset,
        )


_DATE = get_string_id("DATE")
_DATE_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "npadvmod", "nmod"})
#: Words that make an event noun another event: "attempted murder", "planned attack".
_NOT_DONE = frozenset({"attempted", "alleged", "planned", "failed", "foiled", "thwarted"})


def _dated_holder(verb: Token) -> str | None:
    """The name of the subject of the event a date dates: "Beta was founded in 2004",
    "Beta, founded in 2004, ..."; None for a pronoun, a common noun or a date."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    if subject is None or subject.ent_type_ in _NOT_HOLDER_ENTS or not subject.is_title:
        return None
    if subject.pos_ == "NOUN" and _written_in_lower_case(subject):
        return None  # "Relations between ... established in 1991": a word, capitalised to open the sentence
    if subject.pos_ not in {"PROPN", "NOUN"}:
        return None
    doc, start = verb.doc, subject.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
        start -= 1  # "John Gotti", not "rival mob boss John Gotti"
    return _page(doc).text[doc[start].idx : subject.idx + len(subject)]


#: Entity types a date's subject has when it is no holder ("Born March 29, ...").
_NOT_HOLDER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _written_in_lower_case(tok: Token) -> bool:
    """Whether the article writes a capitalised word in lower case somewhere (a word, not a name)."""
    return re.search(rf"\b{re.escape(tok.lower_)}\b", _page(tok.doc).text) is not None


def _event_dated_by(span: Span) -> str | None:
    """The event of the noun a date modifies, which it dates instead of the clause's verb:
    "convicted of the 2005 murder" dates the murder, "a 2008 conviction" the convicting
    (named by its event class, so "convicted in 2008" is the same event)."""
    root = span.root
    head = root.head
    if root.dep_ not in _DATE_MODIFIER_DEPS or head.pos_ != "NOUN" or head.i < span.end:
        return None
    if any(c.lower_ in _NOT_DONE for c in head.children):
        return None  # "the 2005 attempted murder": another event than a murder
    lemma = head.lemma_.lower()
    classes = lexicon().by_noun.get(lemma, ())
    if classes:
        return classes[0].name
    return lemma if lemma in _words(head.doc).event_nouns else None


_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
#: Words before a year that make it a bound or a span, not the year of the event: "since 1998".
_YEAR_BOUNDS = frozenset({"since", "until", "till", "by", "before", "after", "from", "through"})
#: Words that join two years into a span ("1995 to 1999", "1995-99") when a year stands on
#: the other side; "dates to 1935" and "founded in 2012 – will run" date one event.
_YEAR_JOINS = frozenset({"-", "\u2013", "\u2014", "to"})


def _is_event_year(ent: Span) -> bool:
    """A year alone that dates what its sentence tells: "approved the bond in 2010", "a 2008
    conviction", "born in 1928 to immigrants"; never "since 1998" or "from 1995-99"."""
    words = [t for t in ent if t.lower_ not in {"the", "a", "an", "in", "of"}]
    if len(words) != 1 or not _YEAR_ONLY.fullmatch(words[0].text):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.lower_ in _YEAR_BOUNDS:
        return False
    if before is not None and before.lower_ in _YEAR_JOINS and ent.start > 1 and doc[ent.start - 2].like_num:
        return False  # "1995 to 1999": the far end of a span
    # "1995 to 1999", "1995-99": the near end of a span
    return not (
        after is not None and after.text in _YEAR_JOINS and ent.end + 1 < len(doc) and doc[ent.end + 1].like_num
    )


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    return _span_text(_sentence(doc, start, end))


def _span_predicate(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    pred = _predicate(span.root, span) if span is not None and len(span) else None
    return pred.lemma_.lower() if pred is not None else None


def _score_holder(doc: Doc, start: int, end: int) -> str | None:
    """Whose score or record: "[Klitschko] (58-3)", "[Creighton] improved to 25-7"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    bracketed = _bracketed_owner(span, record=True)
    if bracketed is not None:
        return bracketed
    pred = _predicate(span.root, span)
    subject = _subject(pred) if pred is not None and pred.pos_ in {"VERB", "AUX"} else None
    return _page(doc).people(doc).name_of(subject, any_name=True) if subject is not None else None


def _line_is_only(doc: Doc, start: int, end: int) -> bool:
    """A date alone on its line (a dateline or byline) is when the piece was published."""
    text = _text(doc)
    line_start, line_end = _page(doc).line_bounds(start, end)
    rest = _DATELINE_WORDS.sub(" ", text[line_start:start] + text[end:line_end])
    return not re.search(r"[A-Za-z]{3,}", rest)


#: Words a dateline or byline carries around its date ("Posted: Friday, March 8, 2013 2:39 pm").
_DATELINE_WORDS = re.compile(
    r"\b(?:posted|updated|published|modified|last|on|at|"
    r"mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|nesday|sday|urday)?\b|\b[ap]\.?m\.?\b|"
    r"\b(?:GMT|UTC|[ECMP][SD]?T|BST|CET)\b",
    re.IGNORECASE,
)


register_extractor(ClaimKind.QUANTITY, lambda doc, rules, before: quantity_claims(doc, rules))
register_extractor(ClaimKind.QUANTITY, lambda doc, rules, before: times_claims(doc))  # "shot him twice"
register_extractor(ClaimKind.ENTITY, lambda doc, rules, before: entity_claims(doc), needs=("ENT_IOB",))
register_extractor(ClaimKind.DATE, lambda doc, rules, before: date_claims(doc), needs=("ENT_IOB",))
register_extractor(  # fractions ("a third of") and dates read before are no ranks
    ClaimKind.RANK,
    lambda doc, rules, before: rank_claims(
        doc, _text(doc), [(c.start, c.end) for c in before], _sentence_text, _line_of, _span_predicate
    ),
)
register_extractor(
    ClaimKind.RELATION,
    lambda doc, rules, before: relation_claims(
        doc, _text(doc), _page(doc).ents(doc), _page(doc).title_case(doc), _page(doc).words
    ),
)
register_extractor(  # "died of a heart attack" / "the cause of death was not known"
    ClaimKind.RELATION,
    lambda doc, rules, before: death_cause_claims(
        doc, _text(doc), _page(doc).people(doc), ((c.start, c.end) for c in before if c.kind is ClaimKind.RELATION)
    ),
    needs=("DEP",),
)
register_extractor(  # "shot in the arm" / "died from a shot in the face and chest"
    ClaimKind.RELATION,
    lambda doc, rules, before: wound_claims(doc, _text(doc), _page(doc).people(doc), before),
    needs=("DEP",),
)
register_extractor(  # "born in Dayton" / "a native of Dayton" / "his native Dayton"
    ClaimKind.RELATION,
    lambda doc, rules, before: birthplace_claims(doc, _text(doc), _page(doc).people(doc)),
    needs=("DEP",),
)
register_extractor(  # "aiming for rival gang members" / "shots meant for a neighbour"
    ClaimKind.RELATION,
    lambda doc, rules, before: target_claims(
        doc, _text(doc), _page(doc).people(doc), ((c.start, c.end) for c in before if c.kind is ClaimKind.RELATION)
    ),
    needs=("DEP",),
)
register_extractor(  # "is expected to be available in June"
    ClaimKind.RELATION,
    lambda doc, rules, before: availability_claims(
        doc, _text(doc), ((c.start, c.end) for c in before if c.kind is ClaimKind.RELATION)
    ),
    needs=("DEP",),
)
register_extractor(  # "a Dayton jury" / "the hearing in Xenia"
    ClaimKind.RELATION,
    lambda doc, rules, before: venue_claims(
        doc, _text(doc), _page(doc).lowered, _page(doc).headline, _page(doc).ents(doc)
    ),
    needs=("DEP",),
)
register_extractor(  # "had made the rank of sergeant" / "had hoped to become a sergeant"
    ClaimKind.RELATION,
    lambda doc, rules, before: reached_role_claims(doc, _text(doc), _page(doc).lowered, _page(doc).people(doc)),
    needs=("DEP",),
)
register_extractor(  # "the body was discovered by neighbours" / "a jogger who found the wounded officer"
    ClaimKind.RELATION,
    lambda doc, rules, before: finder_claims(doc, _text(doc), _page(doc).lowered, _page(doc).people(doc), before),
    needs=("DEP",),
)
register_extractor(  # "his father was a tailor" / "the son of a baker"
    ClaimKind.RELATION,
    lambda doc, rules, before: parent_trade_claims(
        doc, _text(doc), _page(doc).lowered, _page(doc).people(doc), ((c.start, c.end) for c in before)
    ),
    needs=("DEP",),
)
register_extractor(
    ClaimKind.SCORE,
    lambda doc, rules, before: score_claims(doc, _text(doc), _sentence_text, _line_of, _span_predicate, _score_holder),
    needs=("DEP",),
)
