"""Who a Doc names, sentence by sentence, so that "he", "she", "his" and "her" can be read.

The claim rules ask it whose a figure is; it answers with a name or, when that is not
clear enough, with nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, ENT_TYPE, LOWER, POS, SENT_START
from spacy.parts_of_speech import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from claimcheck.config import PRONOUN_REACH
from claimcheck.dates import MONTHS, WEEKDAYS
from claimcheck.entities import fold
from claimcheck.lexicon import ENTITY_LABELS, SAY_VERBS
from claimcheck.measure import load_measures
from claimcheck.readers.doc_arrays import DocArrays, doc_arrays, kept

__all__ = [
    "People",
    "surname",
    "trim_name",
]

#: Pronouns read as the person named just before them, as a subject or a possessor.
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies that open a subordinate clause: who is named there is not what a sentence is about.
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})
#: Quotation marks, straight and curly, opening and closing.
_QUOTE_MARK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
#: A short stretch in quotation marks: a nickname or a phrase ("the Chin", "the Oddfather"),
#: not somebody's words.
_SHORT_QUOTE = re.compile(r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb]{0,40}[\"\u201d\u00bb]")
#: Quoted words at most this many are a name or a phrase, not speech.
SHORT_QUOTE_WORDS = 3


#: Words that make even a short quotation somebody's words: "He shot me," she said.
_SPEAKING_WORDS = frozenset(
    {"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them"}
)


def _speech_in(sentence: str) -> bool:
    """Whether a sentence holds somebody's words: quotation marks around more than
    ``SHORT_QUOTE_WORDS`` words or around a pronoun, or a quotation mark left open."""
    if _QUOTE_MARK.search(sentence) is None:
        return False  # most sentences quote nobody
    rest = _SHORT_QUOTE.sub(lambda m: m.group() if _spoken(m.group()) else " ", sentence)
    return _QUOTE_MARK.search(rest) is not None


def _spoken(quoted: str) -> bool:
    words = re.findall(r"[a-z']+", quoted.lower())
    return len(quoted.split()) > SHORT_QUOTE_WORDS or any(w.split("'")[0] in _SPEAKING_WORDS for w in words)


#: Entity labels of figures, which the small model sometimes puts on a surname ("Valdez" as a date).
_FIGURE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


class _Mention(NamedTuple):
    i: int  # the name's head token
    name: str | None  # None: a pronoun for somebody unknown
    key: str  # folded surname: "Doug McDermott" and "McDermott" are one person
    main: bool  # named in its sentence's main clause
    subject: bool  # the subject of its clause


#: Pronouns that refer back to a person: they count as a mention of whoever they stand for.
_REFERRING = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


class People:
    """The people a Doc names, sentence by sentence, so that "he", "she", "his", "her" can be read.

    A person is named by a PERSON entity, by a proper noun the model left untagged as the
    subject of a clause (the test :func:`_agent` uses), or by a name the model tagged
    otherwise that the same article gives elsewhere as a person's full name or surname
    ("Echenique" tagged ORG beside "Gregory Echenique" tagged PERSON). Within an article a
    name is one thing: an untagged name the article mostly tags as a place or an
    organisation ("Drake", the opposing team) is not a person.

    A pronoun stands for, conservatively:

    - the one person mentioned before it in its own sentence ("Reyes scored nine of his
      17 points"); if two different people are mentioned there before it, for nobody;
    - else the person the last sentence mentioning anybody is about, when that sentence is
      in the same paragraph and at most ``reach`` (:data:`PRONOUN_REACH`) sentences back. A sentence
      is about the only person it mentions; mentioning several, about the subject of its
      main clause when nobody else is mentioned in that clause or is the subject of any
      ("While the defence crowded Ortiz, Reyes found space." is about Reyes; "Horton was
      struck as Lopez fired." about nobody); else the pronoun is left unread.
    - and nobody when a common noun is a subject before it in its sentence: "a gang member
      was convicted ... when he fired" may mean the member.

    With nobody in view (an article's start, a new paragraph), a pronoun before the named
    subject of its sentence's main clause stands for that subject ("Denying he was a
    gangster, Gigante wandered ..."), unless that clause only reports speech ("He fled,
    Peavy said"); else for the article's protagonist, the one person it names in full in
    its first sentences and names in far more sentences than anyone else (an obituary's
    subject after a subhead). Three or fewer words in quotation marks are a name or a phrase
    ("the Chin"), not a quotation.

    A pronoun met before any name in its sentence is a mention of the person it stands for,
    so "the jury convicted him of plotting to kill Gotti" is about two people, not Gotti
    alone. Inside a quotation (which may run over several sentences) a pronoun is the
    speaker's, not the writer's: it is never read, and nothing carries past a quotation.
    Built in one pass over the Doc; a lookup is a bisection.
    """

    def __init__(
        self,
        doc: Doc,
        text: str,
        ents: tuple[Span, ...] | None = None,
        reach: int = PRONOUN_REACH,
        labels: frozenset[str] = ENTITY_LABELS,
        say_verbs: frozenset[str] = SAY_VERBS,
    ) -> None:
        """``text`` is ``doc.text``; ``ents`` is ``doc.ents`` when the caller has it already
        (spaCy rebuilds both on each access); ``reach`` is how many sentences back a pronoun
        looks; ``labels`` the entity labels read as names (``Lexicon.entity_labels``)."""
        self._doc, self._text, self._reach, self._say_verbs = doc, text, reach, say_verbs
        self._ents = tuple(doc.ents) if ents is None else ents
        named = [(ent, text[ent.start_char : ent.end_char]) for ent in self._ents]  # each with its text
        self._known = self._full_names(named)
        self._not_people = self._not_people_in(named, self._known, labels)
        ent_at: dict[int, Span] = {}
        for ent in self._ents:
            for i in range(ent.start, ent.end):
                ent_at[i] = ent
        self._ent_at = ent_at
        self._indexed = False

    def _index_sentences(self) -> None:
        """Who each sentence names and which pronouns it holds: built on the first pronoun
        looked up, since most figures are credited to a name, not a pronoun."""
        self._indexed = True
        doc = self._doc
        # Token attributes as arrays of ids: reading them off Token objects (and iterating
        # doc.sents), or walking every token in Python, costs more than everything else here.
        arrays = doc_arrays(doc)
        bounds = self._sentence_bounds(arrays.array(SENT_START))
        main = self._main_clause(doc)
        named, pronouns = self._people_in_sentences(arrays, main)
        self._carry_through(bounds, named, pronouns, main)

    def _sentence_bounds(self, sent_start: numpy.ndarray) -> list[tuple[int, int]]:
        """Each sentence's (start_char, end_char); sets the token starts of the sentences."""
        doc = self._doc
        if doc.has_annotation("SENT_START"):
            starts = numpy.flatnonzero(sent_start == 1).tolist()
            if len(doc) and (not starts or starts[0] != 0):
                starts.insert(0, 0)
        else:
            starts = [0] if len(doc) else []
        self._sent_starts = starts
        bounds = []
        for k, start in enumerate(starts):
            last_tok = doc[(starts[k + 1] if k + 1 < len(starts) else len(doc)) - 1]
            bounds.append((doc[start].idx, last_tok.idx + len(last_tok)))
        return bounds

    def _people_in_sentences(
        self, arrays: DocArrays, main: list[bool]
    ) -> tuple[list[list[_Mention]], list[list[Token]]]:
        """The people each sentence names and the pronouns it holds; sets, per sentence, the
        first subject that is a common noun ("a gang member ... he"). Only the tokens the
        Doc's arrays pick are visited."""
        doc = self._doc
        strings = doc.vocab.strings
        named: list[list[_Mention]] = [[] for _ in self._sent_starts]
        pronouns: list[list[Token]] = [[] for _ in self._sent_starts]
        for ent in self._ents:
            name = trim_name(ent)
            if name is not None and self._person_entity(ent, name):
                named[self._sent_index(ent.root.i)].append(self._mention(ent.root, name.text, main))
        pos, ent_type = arrays.array(POS), arrays.array(ENT_TYPE)
        subject = arrays.mask(DEP, [strings.add(label) for label in _SUBJECT_DEPS])
        referring = arrays.mask(LOWER, [strings.add(word) for word in _REFERRING])
        common: list[int] = [len(doc)] * len(self._sent_starts)
        for i in numpy.flatnonzero(subject & (pos == NOUN)).tolist():
            index = self._sent_index(i)
            common[index] = min(common[index], i)
        untagged = numpy.flatnonzero(subject & (pos == PROPN) & (ent_type == 0)).tolist()
        for i in sorted(untagged + numpy.flatnonzero(referring & (pos == PRON)).tolist()):
            if pos[i] == PROPN:
                if self._untagged_person(doc[i]):
                    named[self._sent_index(i)].append(self._mention(doc[i], doc[i].text, main))
            else:
                pronouns[self._sent_index(i)].append(doc[i])
        self._common_subject = common
        return named, pronouns

    def _carry_through(
        self,
        bounds: list[tuple[int, int]],
        named: list[list[_Mention]],
        pronouns: list[list[Token]],
        main: list[bool],
    ) -> None:
        """Sentence by sentence, the person a pronoun before any name stands for: the one the
        last sentence mentioning anybody was about, within reach, the paragraph and no quotation."""
        text, reach, size = self._text, self._reach, len(self._doc)
        self._mentions: list[list[_Mention]] = []
        self._positions: list[list[int]] = []
        self._quoted: list[bool] = []
        self._carried: list[str | None] = []
        self._early: list[str | None] = []  # whom a pronoun before any name stands for
        last: tuple[int, str | None] | None = None  # the last sentence mentioning anybody, and its person
        in_quote = False
        protagonist = _protagonist(named)
        for index, (start_char, end_char) in enumerate(bounds):
            if index and self._paragraph_break(bounds[index - 1], (start_char, end_char), text):
                last, in_quote = None, False
            sent_text = text[start_char:end_char]
            quoted = in_quote or _speech_in(sent_text)
            in_quote = self._quote_open_after(sent_text, in_quote)
            carried = last[1] if last is not None and index - last[0] <= reach else None
            found = sorted(named[index], key=_position)
            first = found[0].i if found else size
            # "Denying he was a gangster, Gigante ...": with nobody in view, a pronoun before
            # the main clause's named subject stands for that subject
            ahead = found[0].name if not carried and found and self._fronted_for(found[0]) else None
            early_person = carried or ahead or (None if quoted else protagonist)
            early = [
                _Mention(
                    p.i,
                    early_person,
                    surname(early_person) if early_person else "?",
                    main[p.i],
                    p.dep_ in _SUBJECT_DEPS,
                )
                for p in pronouns[index]
                if p.i < first
            ]
            mentions = sorted(found + early, key=_position)
            self._mentions.append(mentions)
            self._positions.append([m.i for m in mentions])
            self._quoted.append(quoted)
            self._carried.append(carried)
            self._early.append(early_person)
            if quoted:
                if mentions:
                    last = (index, None)
            elif found:
                last = (index, self._about(mentions))
            elif carried is not None and any(m.subject for m in early):
                last = (index, carried)  # "He hit a jumper.": the same person, still in view

    def _fronted_for(self, mention: _Mention) -> bool:
        """Whether a pronoun before ``mention`` in its sentence can stand for it: the mention
        is the subject of the main clause, and that clause does not only report speech
        ("He shot Ortiz, Peavy said": he is not Peavy)."""
        return mention.main and mention.subject and self._doc[mention.i].head.lemma_.lower() not in self._say_verbs

    @staticmethod
    def _quote_open_after(text: str, open_: bool) -> bool:
        """Whether a quotation is still open after ``text`` (curly quotes open and close; straight ones toggle)."""
        for ch in _QUOTE_MARK.findall(text):
            if ch in "\u201c\u201e\u00ab":
                open_ = True
            elif ch in "\u201d\u00bb":
                open_ = False
            elif ch == '"':
                open_ = not open_
        return open_

    @staticmethod
    def _full_names(named: list[tuple[Span, str]]) -> frozenset[str]:
        """Folded full names and surnames of the people the Doc names in full."""
        known: set[str] = set()
        for ent, name in named:
            words = name.split() if ent.label_ == "PERSON" else []
            if len(words) > 1:
                known.add(fold(name))
                known.add(fold(words[-1]))
        return frozenset(known)

    @staticmethod
    def _not_people_in(named: list[tuple[Span, str]], known: frozenset[str], labels: frozenset[str]) -> frozenset[str]:
        """Folded names the Doc tags more often as a place or organisation than as a person."""
        votes: dict[str, int] = {}
        for ent, name in named:
            if ent.label_ in labels:
                key = fold(name)
                votes[key] = votes.get(key, 0) + (1 if ent.label_ == "PERSON" else -1)
        return frozenset(k for k, v in votes.items() if v < 0 and k not in known)

    def _person_entity(self, ent: Span, name: Span) -> bool:
        key = fold(name.text)
        return key in self._known or (ent.label_ == "PERSON" and key not in self._not_people)

    def _mislabelled_name(self, name: Span) -> bool:
        """A name the model took for a figure ("[Valdez] scored 27 points" tagged a date): proper
        nouns written as names, none of them a month or a weekday, not elsewhere a place's or an
        organisation's name."""
        return (
            all(
                t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.lower_ not in MONTHS and t.lower_ not in WEEKDAYS
                for t in name
            )
            and fold(name.text) not in self._not_people
        )

    def _untagged_person(self, tok: Token) -> bool:
        """An untagged proper noun: the small model misses many surnames, unless the article
        tags the same name elsewhere as mostly a place or an organisation ("Drake" the team)."""
        return tok.pos_ == "PROPN" and not tok.ent_type_ and fold(tok.text) not in self._not_people

    def _sent_index(self, i: int) -> int:
        return bisect_right(self._sent_starts, i) - 1

    @staticmethod
    def _main_clause(doc: Doc) -> list[bool]:
        """For each token, whether it sits in its sentence's main clause (one pass, memoised)."""
        # On the arrays of heads and dependency labels (walking Token.head builds a Token per
        # step): a token is outside the main clause when it or any token above it opens a
        # subordinate clause, found by pointer jumping, a few steps of doubling reach each.
        arrays = doc_arrays(doc)
        if not len(doc):
            return []
        below = arrays.mask(DEP, [doc.vocab.strings.add(label) for label in _SUBORDINATE_DEPS])
        up = numpy.asarray(arrays.heads(), dtype=numpy.int64)
        while True:
            below |= below[up]
            higher = up[up]
            if numpy.array_equal(higher, up):
                break
            up = higher
        return (~below).tolist()

    @staticmethod
    def _mention(tok: Token, name: str, main: list[bool]) -> _Mention:
        return _Mention(tok.i, name, surname(name), main[tok.i], tok.dep_ in _SUBJECT_DEPS)

    @staticmethod
    def _about(mentions: list[_Mention]) -> str | None:
        """The one person a sentence is about, or None when it names several on an equal footing."""
        if len({m.key for m in mentions}) == 1:
            return _fullest(mentions)
        subjects = {m.key for m in mentions if m.main and m.subject}
        if len(subjects) != 1:
            return None
        others = [m for m in mentions if m.key not in subjects]
        if any(m.main or m.subject for m in others):
            return None  # "Horton was struck as Lopez fired": Lopez is a subject too
        return _fullest([m for m in mentions if m.key in subjects])

    @staticmethod
    def _paragraph_break(before: tuple[int, int], after: tuple[int, int], text: str) -> bool:
        """Whether a blank line lies between two sentences, given as (start, end) offsets."""
        end = before[0] + len(text[before[0] : before[1]].rstrip())
        start = after[1] - len(text[after[0] : after[1]].lstrip())
        return bool(_PARAGRAPH_BREAK.search(text, end, max(end, start)))

    def antecedent(self, pronoun: Token) -> str | None:
        """The person a he/she/his/her stands for, or None when that is not clear enough."""
        if not self._indexed:
            self._index_sentences()
        index = self._sent_index(pronoun.i)
        if self._quoted[index] or self._common_subject[index] < pronoun.i:
            return None  # "A gang member was convicted ... when he fired": he may be the member
        before = self._mentions[index][: bisect_left(self._positions[index], pronoun.i)]
        if before:
            return _fullest(before) if len({m.key for m in before}) == 1 else None
        return self._early[index]

    def about(self, tok: Token) -> str | None:
        """The person a token's sentence is about: the one person it mentions, else the
        person a pronoun there would stand for; None when that is not clear enough."""
        if not self._indexed:
            self._index_sentences()
        index = self._sent_index(tok.i)
        if self._quoted[index]:
            return None
        mentions = self._mentions[index]
        if mentions:
            return _fullest(mentions) if len({m.key for m in mentions}) == 1 else None
        return self._carried[index]

    def name_of(self, tok: Token | None, any_name: bool = False) -> str | None:
        """The person a token names (or, with ``any_name``, any proper name), or None."""
        if tok is None:
            return None
        if tok.pos_ == "PRON":
            return self.antecedent(tok) if tok.lower_ in PERSONAL_PRONOUNS else None
        ent = self._ent_at.get(tok.i)
        if ent is not None:
            name = trim_name(ent)
            if name is None:
                return None
            if self._person_entity(ent, name) or (any_name and tok.pos_ == "PROPN"):
                return name.text
            return name.text if ent.label_ in _FIGURE_LABELS and self._mislabelled_name(name) else None
        return tok.text if self._untagged_person(tok) or (any_name and tok.pos_ == "PROPN") else None


def _position(mention: _Mention) -> int:
    return mention.i


def surname(name: str) -> str:
    """The folded last word of a name: "Doug McDermott" and "McDermott" are one person."""
    words = fold(name).split()
    return words[-1] if words else ""


#: How many more sentences than anyone else the one person an article is about names: "he"
#: with nobody in view (after a subhead, at a paragraph's start) is then that person.
PROTAGONIST_SHARE = 3
#: The sentences within which an article names the person it is about in full.
PROTAGONIST_INTRO = 4


def _protagonist(named: list[list[_Mention]]) -> str | None:
    """The person an article is about: named in full within its first ``PROTAGONIST_INTRO``
    sentences, and named in at least ``PROTAGONIST_SHARE`` sentences and that many times
    more sentences than anyone else (an obituary's subject); or None."""
    sentences: Counter[str] = Counter()
    introduced: dict[str, str] = {}  # surname -> the first full name with it, if early
    for index, mentions in enumerate(named):
        for key in {m.key for m in mentions}:
            sentences[key] += 1
        for m in mentions:
            if m.name and " " in m.name and m.key not in introduced:
                introduced[m.key] = m.name if index < PROTAGONIST_INTRO else ""
    ranked = sentences.most_common(2)
    if not ranked or ranked[0][1] < PROTAGONIST_SHARE:
        return None
    if len(ranked) > 1 and ranked[0][1] < PROTAGONIST_SHARE * ranked[1][1]:
        return None
    return introduced.get(ranked[0][0]) or None


def _fullest(mentions: list[_Mention]) -> str | None:
    """The longest way the mentions write their (one) person: "Doug McDermott" over "McDermott"."""
    return max((m.name for m in mentions), key=lambda n: len(n or ""))


def trim_name(span: Span) -> Span | None:
    """Drop a leading "the", a leading verb, a trailing possessive and a count glued on: "The
    State Department's" -> "State Department", "Born Vincenzo" -> "Vincenzo", "Lena Ruiz 10
    years" -> "Lena Ruiz". During a claims pass each span is trimmed once (the readers ask
    for the same names many times)."""
    arrays = kept(span.doc)
    if arrays is None:
        return _trimmed(span)
    key = (trim_name, span.start, span.end)
    if key not in arrays.memo:
        arrays.memo[key] = _trimmed(span)
    found: Span | None = arrays.memo[key]
    return found


def _trimmed(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end - start > 1 and span.doc[start].tag_ in {"VBN", "VBD", "VBG"}:
        start += 1  # a sentence-opening participle taken into a name: "Born Vincenzo, he ..."
    while end > start and span.doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1
    last = span.doc[end - 1] if end > start else None
    if last is not None and end - start == 1 and _measure_word_opening(last):
        return None  # "Turnout was 61%", "Attendance was 5,000": a measure, whatever the model calls it
    if last is not None and last.pos_ == "NOUN":
        # a count the model glued to a name ("gave [Lena Ruiz 10 years]"): the name alone
        count = next((c for c in last.lefts if c.dep_ == "nummod" and c.i > start), None)
        if count is not None and span.doc[count.i - 1].pos_ == "PROPN":
            end = count.i
    return span.doc[start:end] if end > start else None


def _measure_word_opening(tok: Token) -> bool:
    """Whether a lone word is a common noun of the measure lexicon written capitalised only
    because it opens its sentence ("Turnout", "Attendance"): the model may call it a person."""
    return tok.pos_ == "NOUN" and tok.is_sent_start is True and tok.lower_ in load_measures().nouns
