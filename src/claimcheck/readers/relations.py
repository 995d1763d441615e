"""Doc -> relation claims: who did what to whom, read from the parse the pipeline already made.

"The United States agreed to lift sanctions against Belavia" is one claim: event class
``sanctions_lifted``, agent "the United States", patient "Belavia", modality "agreed to".
Passive voice ("sanctions were lifted by Washington"), negation, modality and attribution
are kept; "A, prompting B" and "B in exchange for A" become causal links (cause, effect).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from claimcheck.event_dates import when_of
from claimcheck.kinds import relation_claim_at
from claimcheck.lexicon import PACKAGED
from claimcheck.lexicon import Lexicon as Words
from claimcheck.lists import list_claims
from claimcheck.models import Claim, Relation
from claimcheck.quotes import quote_claims
from claimcheck.readers.according import according_object, according_to_at
from claimcheck.readers.doc_arrays import doc_arrays
from claimcheck.readers.partof import name_of, noun_start, part_of_claims
from claimcheck.readers.roles import title_claims
from claimcheck.readers.titlecase import TitleCase
from claimcheck.relexicon import EventClass, Lexicon, lexicon

__all__ = ["event_of", "phrase_end", "relation_claim", "relation_claims"]

#: Verbs that only carry an event named by their subject ("the strike came after ...").
_LIGHT_VERBS = frozenset({"come", "follow", "happen", "occur", "take", "be"})
_THEME_DEPS = frozenset({"dobj", "nsubjpass", "compound"})
_TARGET_PREPS = frozenset({"on", "against", "for", "from", "of"})


def relation_claims(
    doc: Doc,
    text: str | None = None,
    ents: tuple[Span, ...] | None = None,
    title_case: TitleCase | None = None,
    words: Words = PACKAGED,
) -> Iterator[Claim]:
    """Relation claims, causal links and part-of links in ``doc`` (needs a dependency parse).

    ``text``, ``ents`` and ``title_case`` are ``doc.text``, ``doc.ents`` and the Doc's
    :class:`TitleCase` when the caller has them already (spaCy rebuilds the first two on
    each access); ``words`` the run's word lists (saying verbs, titles).
    """
    if not doc.has_annotation("DEP"):
        return
    lex = lexicon()
    text = doc.text if text is None else text
    # Most words are no trigger: find the few that are on the Doc's arrays, without
    # building a Token for every word, and visit only their sentences.
    arrays = doc_arrays(doc)
    lemma_ids, word_ids = lex.trigger_lemma_ids, lex.trigger_word_ids
    event_at = arrays.where(LEMMA, lemma_ids)
    all_lowers = arrays.column(LOWER)
    phrase_at = arrays.where(LOWER, word_ids)
    according_at = according_to_at(doc, all_lowers) if "according" in text.lower() else []
    title_case = TitleCase(doc, text) if title_case is None else title_case

    def headline(sent: Span) -> bool:
        """A title-case line: most words that are not names are capitalised."""
        return title_case.title_case(sent.start, sent.end)

    if event_at or phrase_at:
        for sent in doc.sents:
            lo, hi = sent.start, sent.end
            events = [doc[i] for i in event_at[bisect_left(event_at, lo) : bisect_left(event_at, hi)]]
            phrases = bisect_left(phrase_at, lo) < bisect_left(phrase_at, hi)
            if not (events or phrases) or headline(sent):
                continue  # title case confuses the parser: "US Lifts Sanctions on Belarus"
            for tok in events:
                yield from _event_claims(tok, sent, lex, text, according_at, words.say_verbs)
            lowers = all_lowers[lo:hi] if phrases else None
            yield from _causal_claims(sent, lex, events, lowers, text, words.say_verbs)
    yield from part_of_claims(doc, text)
    yield from title_claims(doc, text, skip=headline, ents=ents, titles=words.title_words)
    yield from quote_claims(text)
    yield from list_claims(doc, text)


# ---------------------------------------------------------------- events


def event_of(tok: Token, lex: Lexicon | None = None) -> EventClass | None:
    """The event class a verb or event noun names, its theme checked ("lift" + "sanctions")."""
    lex = lex or lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"}:
        if lemma == "find" and _verdict_word(tok, lex):
            return lex.classes[lex.verdict_words[_verdict_word(tok, lex)]]  # type: ignore[index]
        if lemma in _LIGHT_VERBS:
            return None
        candidates = lex.by_verb.get(lemma, ())
    elif tok.pos_ in {"NOUN", "PROPN"}:
        candidates = lex.by_noun.get(lemma, ()) or lex.by_noun.get(tok.lower_, ())
    else:
        return None
    for cls in candidates:
        phrases = cls.phrases_of(lemma) if tok.pos_ in {"VERB", "AUX"} else None
        if phrases is not None and _followed_by(tok, phrases) is None:
            continue
        if not cls.theme or _theme(tok, cls) is not None:
            return cls
    return None


def _followed_by(tok: Token, phrases: tuple[str, ...]) -> int | None:
    """The token end of the one of ``phrases`` that follows the verb, right after it or
    after its object ("burned to the ground", "burned the barn down"), or None."""
    doc = tok.doc
    starts = [tok.i + 1] + [c.right_edge.i + 1 for c in tok.children if c.dep_ == "dobj"]
    for start in starts:
        after = [t.lower_ for t in doc[start : start + 4]]
        for phrase in phrases:
            words = phrase.split()
            if after[: len(words)] == words:
                return start + len(words)
    return None


def _verdict_word(find: Token, lex: Lexicon) -> str | None:
    """ "found guilty" / "found not guilty": the verdict word, negation flipping it."""
    for child in find.children:
        if child.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and child.lower_ in lex.verdict_words:
            negated = any(c.dep_ == "neg" for c in child.children) or (
                child.i > 0 and child.doc[child.i - 1].lower_ == "not"
            )
            if negated and child.lower_ == "guilty":
                return "innocent"
            return child.lower_
    return None


def _theme(tok: Token, cls: EventClass) -> Token | None:
    """The object that makes a themed event ("sanctions" of lift), if it is there."""
    for child in tok.children:
        lemma = child.lemma_.lower()
        if child.dep_ in _THEME_DEPS and lemma in cls.theme:  # "lifted sanctions", "sanctions relief"
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in cls.theme:
                    return obj
    if tok.dep_ in {"relcl", "acl"} and tok.head.lemma_.lower() in cls.theme:
        return tok.head
    return None


# long by design: one event's arguments, modifiers and claim built in one place
def _event_claims(
    tok: Token, sent: Span, lex: Lexicon, text: str, according_at: list[int], says: frozenset[str]
) -> Iterator[Claim]:
    """The relation claims of one event word: one per patient, so "freed Ihar Losik and
    Maria Kolesnikova" is two claims, each aligned with its own person (``according_at``:
    where the Doc says "according to", see :func:`according_to_at`; ``says``: the saying verbs)."""
    cls = event_of(tok, lex)
    if cls is None:
        return
    is_verb = tok.pos_ in {"VERB", "AUX"}
    theme = _theme(tok, cls) if cls.theme else None
    passive = is_verb and any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    first = _patient(tok, cls, theme, passive)
    if first is None:
        return
    # "X died": the subject is the one it happened to, not an agent
    agent = None if tok.lemma_ in cls.intransitive else _agent(tok, passive) if is_verb else _noun_agent(tok)
    agent_name, agent_span = (None, None)
    if agent is not None:
        agent_name, _, agent_span = name_of(agent)
    predicate = tok.lemma_.lower()
    if predicate == "find":
        predicate = "found " + (_verdict_word(tok, lex) or "")
    negated, modality, attribution = (
        _negated(tok, lex),
        _modality(tok, lex),
        _attribution(tok, sent, text, says, according_at),
    )
    when = when_of(tok) if is_verb else None
    for patient in (first, *(c for c in first.conjuncts if c.pos_ in {"NOUN", "PROPN"})):
        if patient.lemma_.lower() in cls.not_patients:
            continue
        patient_name, patient_label, patient_span = name_of(patient)
        if not patient_name:
            continue
        extra, extra_span = _extra(tok, patient, cls)
        pieces = [s for s in (agent_span, patient_span, extra_span) if s is not None]
        pieces.append(tok.doc[tok.i : tok.i + 1])
        phrases = cls.phrases_of(tok.lemma_.lower()) if is_verb else None
        followed_to = _followed_by(tok, phrases) if phrases else None
        if followed_to is not None:  # "burned to the ground": the phrase is part of the claim
            pieces.append(tok.doc[tok.i : followed_to])
        if when is not None:
            pieces.append(when)
        if theme is not None:
            pieces.append(tok.doc[noun_start(theme) : theme.i + 1])
        start = min(s.start_char for s in pieces)
        end = max(s.end_char for s in pieces)
        yield relation_claim_at(
            text,
            start,
            end,
            text[sent.start_char : sent.end_char].strip(),
            Relation(
                event=cls.name,
                predicate=predicate,
                agent=agent_name,
                patient=patient_name,
                extra=extra,
                modality=modality,
                patient_label=patient_label,
                passive=passive,
                nominal=not is_verb,
                when=when.text if when is not None else None,
            ),
            negated=negated,
            attribution=attribution,
        )


def _patient(tok: Token, cls: EventClass, theme: Token | None, passive: bool) -> Token | None:  # noqa: PLR0912  (a dispatch over the argument patterns of an event)
    """Whom the event is done to: the target of a themed event ("sanctions [on] X"), the
    object, the passive subject, or the "of" object of an event noun."""
    if cls.theme:
        if theme is None:
            return None
        for holder in (theme, tok):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS - {"of"} | (
                    {"of"} if holder is theme else set()
                ):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return obj
        return None
    if tok.lemma_ in cls.intransitive and not passive:
        direct = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if direct is not None:
            return direct  # "the fire burned the barn down": used transitively
        node = tok  # "X was wounded and later died": a conjoined verb shares its head's subject
        while node.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in node.children):
            node = node.head
        return next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    wanted = "nsubjpass" if passive else "dobj"
    for child in tok.children:
        if child.dep_ == wanted:
            return child
    if tok.pos_ in {"NOUN", "PROPN"}:
        for child in tok.children:  # "the release of X", "the attack on X"
            if child.dep_ == "prep" and child.lower_ in {"of", "on", "against"}:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    if tok.lemma_.lower() == "find":
        for child in tok.children:
            if child.dep_ in {"nsubjpass", "dobj"}:
                return child
    if tok.dep_ in {"acl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head  # "the prisoners released on Thursday"
    return None


def _agent(verb: Token, passive: bool) -> Token | None:
    """Who does it: the subject, the "by" object of a passive, or the subject (or object,
    for "prompting the US to ease") of the verb a to-infinitive hangs from."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if passive and node is verb and child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
            if not passive and child.dep_ == "nsubj" and node is verb:
                return child
        if node.dep_ == "xcomp":
            head = node.head
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                return objs[0]
            subj = [c for c in head.children if c.dep_ == "nsubj"]
            if subj and not passive:
                return subj[0]
            node = head
            continue
        if node.dep_ == "conj" and not passive:
            node = node.head
            subj = [c for c in node.children if c.dep_ == "nsubj"]
            return subj[0] if subj else None
        break
    return None


def _noun_agent(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _extra(tok: Token, patient: Token, cls: EventClass) -> tuple[str | None, Span | None]:
    """The charge, role or price: "with arson", "as chief executive", "of murder"."""
    if not cls.extra:
        return None, None
    holders = [tok, patient]
    if tok.lemma_.lower() == "find":
        holders += [c for c in tok.children if c.dep_ in {"oprd", "acomp"}]
    for holder in holders:
        for child in holder.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in cls.extra
                and not (
                    # "seven of those prosecuted" is a part of a group, not a charge
                    holder is patient and child.lower_ == "of" and patient.pos_ != "PROPN"
                )
            ):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        span = _phrase(obj)
                        return span.text, span
    return None, None


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "appos"})


def _phrase(noun: Token) -> Span:
    """A noun's phrase without the clauses hung on it: "first-degree murder of a peace
    officer", not ", which means he could receive the death penalty"."""
    return noun.doc[noun.left_edge.i : phrase_end(noun) + 1]


def phrase_end(tok: Token, stops: frozenset[str] = _CLAUSE_DEPS) -> int:
    """The last token of a noun's phrase: up to the first right child whose dependency is
    one of ``stops`` (by default the clauses hung on it)."""
    last = tok.i
    for child in tok.rights:
        if child.dep_ in stops:
            break
        last = phrase_end(child, stops)
    return last


def _negated(tok: Token, lex: Lexicon) -> bool:
    """Negated on the verb itself or on the verb it hangs from ("did not agree to lift",
    "refused to free"), or said to have fallen short ("nearly destroyed")."""
    if any(c.dep_ == "advmod" and c.lower_ in lex.near_words for c in tok.children):
        return True  # "nearly destroyed": it fell short
    node = tok
    for _ in range(3):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node is not tok and node.lemma_.lower() in lex.negating_verbs:
            return True
        if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i:
            break
        node = node.head
    return False


def _modality(tok: Token, lex: Lexicon) -> str | None:
    """ "agreed to", "plans to", "could": the event is intended or possible, not stated as done."""
    for child in tok.children:
        if child.dep_ == "aux" and child.lower_ in lex.modal_aux:
            return child.lower_
    node = tok
    for _ in range(3):
        if node.dep_ != "xcomp":
            break
        node = node.head
        if node.lemma_.lower() in lex.modal_verbs:
            return f"{node.text.lower()} to"
    return None


def _attribution(
    tok: Token, sent: Span, text: str, says: frozenset[str], according_at: list[int] | None = None
) -> str | None:
    """Who says so: "according to X", or the subject of a verb of ``says`` above the event
    (``according_at`` as :func:`according_to_at` gives it, when the caller has it)."""
    if "according" in text[sent.start_char : sent.end_char].lower():  # skip the search when absent
        at = according_to_at(sent.doc) if according_at is None else according_at
        phrase = according_object(sent.doc, at, sent.start, sent.end)
        if phrase is not None:
            return phrase.text
    node = tok
    for _ in range(6):
        node = node.head  # the root is its own head: a saying verb at the root is read once
        if node.lemma_.lower() in says and node.pos_ == "VERB":
            for child in node.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON":
                    return tok.doc[child.left_edge.i : child.right_edge.i + 1].text
        if node.head.i == node.i:
            break
    return None


# ---------------------------------------------------------------- cause and effect


def _causal_claims(
    sent: Span, lex: Lexicon, triggers: list[Token], lowers: list[int] | None, text: str, says: frozenset[str]
) -> Iterator[Claim]:
    """Causal links: "A, prompting B", "A facilitated B", "B in exchange for A", "B after A".

    ``lowers`` are the sentence's lower-case word ids, when it holds the first word of a
    "B after A" phrase; ``says`` the saying verbs an attribution hangs on."""
    for tok in triggers:
        if tok.pos_ == "VERB" and tok.lemma_ in lex.cause_verbs:
            cause = _cause_of(tok)
            effect = _effect_of(tok, lex)
            if cause is not None and effect is not None:
                yield from _link(cause, effect, tok, sent, lex, text, says)
    if not lowers:
        return
    doc, by_first = sent.doc, lex.effect_after_ids
    for offset, word in enumerate(lowers):
        for ids, phrase in by_first.get(word, ()):
            n = len(ids)
            if tuple(lowers[offset : offset + n]) != ids:
                continue
            start = sent.start + offset
            first, last = doc[start], doc[start + n - 1]
            if last.dep_ == "mark":  # "B came after A freed them": A's verb is an adverbial clause
                cause, effect = last.head, last.head.head
            else:
                objs = [c for c in last.children if c.dep_ in {"pobj", "pcomp"}]
                if not objs:
                    continue
                cause, effect = objs[0], first.head
            if cause is effect:
                continue
            yield from _link(cause, effect, first, sent, lex, text, says, " ".join(phrase))
            break


def _cause_of(verb: Token) -> Token | None:
    """What a causal verb's cause is: its subject, or the clause it hangs from ("A, prompting B")."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ != "PRON":
            return child
    # "A, prompting B"; not "by lifting A and facilitating B", where the two are coordinated
    if verb.dep_ in {"advcl", "xcomp"} and verb.head.i != verb.i:
        return verb.head
    return None


def _effect_of(verb: Token, lex: Lexicon) -> Token | None:
    """What a causal verb brings about: its object, its "to" clause, or its particle's object."""
    particle = lex.cause_particles.get(verb.lemma_.lower())
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ == "VERB":
            return child
    for child in verb.children:
        if child.dep_ == "dobj" and event_of(child, lex) is not None:
            return child
        if child.dep_ == "prep" and (particle is None or child.lower_ == particle):
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    return obj
        if child.dep_ == "dobj":
            for grand in child.children:  # "pave the way for A"
                if grand.dep_ == "prep" and grand.lower_ in {"for", "to"}:
                    for obj in grand.children:
                        if obj.dep_ in {"pobj", "pcomp"}:
                            return obj
    return None


def _event_token(tok: Token, lex: Lexicon) -> tuple[Token, EventClass] | None:
    """The event a cause or effect phrase names, looking through light verbs ("came after")."""
    cls = event_of(tok, lex)
    if cls is not None:
        return tok, cls
    if tok.lemma_.lower() in _LIGHT_VERBS:
        for child in tok.children:
            if child.dep_ == "nsubj":
                cls = event_of(child, lex)
                if cls is not None:
                    return child, cls
    return None


def _link(
    cause: Token,
    effect: Token,
    cue: Token,
    sent: Span,
    lex: Lexicon,
    text: str,
    says: frozenset[str],
    phrase: str | None = None,
) -> Iterator[Claim]:
    got_cause, got_effect = _event_token(cause, lex), _event_token(effect, lex)
    if got_cause is None or got_effect is None:
        return
    (ctok, ccls), (etok, ecls) = got_cause, got_effect
    if lex.frame_of(ccls.name) == lex.frame_of(ecls.name):
        return
    doc = sent.doc
    lo = min(ctok.i, etok.i, cue.i)
    hi = max(_event_end(ctok), _event_end(etok), cue.i)
    span = doc[lo : hi + 1]
    yield relation_claim_at(
        text,
        span.start_char,
        span.end_char,
        text[sent.start_char : sent.end_char].strip(),
        Relation(
            event="cause",
            predicate=phrase or cue.lemma_.lower(),
            cause=ccls.name,
            effect=ecls.name,
            extra=phrase or cue.text.lower(),
        ),
        negated=any(c.dep_ == "neg" for c in cue.children),
        attribution=_attribution(cue, sent, text, says),
    )


def _event_end(tok: Token) -> int:
    """The last token of an event's core: the verb's object or the noun's "of" object."""
    last = tok.i
    for child in tok.children:
        if child.dep_ in {"dobj", "nsubjpass"} or (child.dep_ == "prep" and child.lower_ == "of"):
            last = max(
                last,
                child.i
                if child.dep_ != "prep"
                else max((g.i for g in child.children if g.dep_ == "pobj"), default=child.i),
            )
    return last


def relation_claim(head: Token, text: str, span: Span, relation: Relation) -> Claim:
    """A relation claim over ``span``, quoting the sentence of its ``head`` word: the one
    shape the readers of single relations (causes of death, targets, launches) build."""
    sent = head.sent
    sentence = text[sent.start_char : sent.end_char].strip()
    return relation_claim_at(text, span.start_char, span.end_char, sentence, relation)
