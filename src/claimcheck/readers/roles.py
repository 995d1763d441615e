"""Doc -> title claims: the title or role an article gives a named person.

Read from the parse the pipeline already made: a compound title before the name ("state
District Judge Ann Roe", "Harbor chairman Ed Poe") and an apposition after or before it
("Ed Poe, an inspector with the county fire office"; "the owner of the mill, Ed Poe").
Each is a relation claim with event :data:`TITLE`: the person as agent, the title as
written as ``extra``, and its span covering both, so sources can be compared person by person.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources

import attrs
from spacy.tokens import Doc, Span, Token

from claimcheck.entities import fold
from claimcheck.kinds import relation_claim_at
from claimcheck.lexicon import TITLE_WORDS
from claimcheck.models import Claim, Relation
from claimcheck.readers.people import trim_name

__all__ = ["TITLE", "RoleWords", "role_words", "title_claims"]

TITLE = "title"
#: Dependencies that chain a title's words to the name after them.
_PRE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct"})
#: Clauses that end what an apposition says about the person.
_CUT_DEPS = frozenset({"relcl", "acl", "advcl"})
#: The longest title read, in tokens: anything longer is a clause, not a title.
_MAX_TOKENS = 14


@attrs.frozen
class RoleWords:
    """The word lists of ``data/roles.json``: role nouns, generic nouns, exclusive qualifiers."""

    role_nouns: frozenset[str]
    generic_nouns: frozenset[str]
    #: Groups of qualifiers that exclude one another before one title ("federal" / "state").
    exclusive: tuple[tuple[tuple[str, ...], ...], ...]
    #: One title written two ways ("ceo" -> "chief executive"), on folded text.
    synonyms: tuple[tuple[str, str], ...] = ()
    #: Modifiers that do not change which title it is ("senior", "new").
    ignored: frozenset[str] = frozenset()
    #: Words that make a title a past one ("former"): a former post is another post.
    past: frozenset[str] = frozenset()
    #: Prefixes that narrow a kinship ("half-brother", "stepbrother" of "brother").
    kin_prefixes: tuple[str, ...] = ()
    #: Words that mark a role or title before a name (``Lexicon.title_words``).
    titles: frozenset[str] = TITLE_WORDS

    def is_role(self, word: str) -> bool:
        """Whether a (lower-case) word names a title or role."""
        return word in self.role_nouns or word in self.titles


@lru_cache(maxsize=8)
def role_words(titles: frozenset[str] = TITLE_WORDS) -> RoleWords:
    """The role word lists shipped with claimcheck, with ``titles`` as the title words
    (a run's ``Lexicon.title_words``); made once per list of titles."""
    return attrs.evolve(_packaged_role_words(), titles=titles)


@lru_cache(maxsize=1)
def _packaged_role_words() -> RoleWords:
    """The role word lists of ``data/roles.json`` (read on first use, then kept)."""
    raw = json.loads(resources.files("claimcheck.data").joinpath("roles.json").read_text("utf-8"))
    return RoleWords(
        role_nouns=frozenset(raw["role_nouns"]),
        generic_nouns=frozenset(raw["generic_nouns"]),
        exclusive=tuple(tuple(tuple(p) for p in group) for group in raw["exclusive_qualifiers"]),
        synonyms=tuple(sorted(raw.get("synonyms", {}).items(), key=lambda kv: -len(kv[0]))),
        ignored=frozenset(raw.get("ignored_modifiers", ())),
        past=frozenset(raw.get("past_markers", ())),
        kin_prefixes=tuple(raw.get("kin_prefixes", ())),
    )


def title_claims(
    doc: Doc,
    text: str,
    skip: Callable[[Span], bool] | None = None,
    ents: tuple[Span, ...] | None = None,
    titles: frozenset[str] = TITLE_WORDS,
) -> Iterator[Claim]:
    """One claim per title written beside a person's name (needs a dependency parse);
    ``skip`` tells sentences to pass over (title-case headlines, which confuse the parser);
    ``ents`` is ``doc.ents`` when the caller has it already; ``titles`` the title words."""
    if not doc.has_annotation("DEP"):
        return
    words = role_words(titles)
    people = [ent for ent in (doc.ents if ents is None else ents) if ent.label_ == "PERSON"]
    full = _full_names(people)
    for ent in people:
        name = trim_name(ent)
        if name is None:
            continue
        name, inner = _split_inner_title(name, words)
        if not len(name):
            continue
        written = text[name.start_char : name.end_char]  # name.text, without rebuilding it
        if "\n" in written or (skip is not None and skip(name.sent)) or _title_case_line(text, name.start_char):
            continue
        # a surname alone stands for the article's full name; a full name is kept as written
        person = full.get(fold(written), written) if len(name) == 1 else written
        for title in (_before(name, inner, words), *_appositions(name, words)):
            if (
                title is None
                or "\n" in text[min(title.start_char, name.start_char) : max(title.end_char, name.end_char)]
            ):
                continue  # a headline or a line break: no title of this person
            start = min(title.start_char, name.start_char)
            end = max(title.end_char, name.end_char)
            sent = name.sent
            yield relation_claim_at(
                text,
                start,
                end,
                text[sent.start_char : sent.end_char].strip(),
                Relation(event=TITLE, predicate=TITLE, agent=person, extra=title.text, patient=_unit(title, words)),
                entity=person,
                label="PERSON",
                role=title.text,
            )


#: Entity labels whose words say who or where, not which post: "US envoy", "envoy of President Roe".
_NOT_UNIT_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL"})
_NOT_UNIT_POS = frozenset({"ADJ", "DET", "PRON", "ADP", "PUNCT", "CCONJ", "PART", "VERB", "AUX", "NUM", "ADV"})


def _unit(title: Span, words: RoleWords) -> str | None:
    """The organisation or unit a title names, in folded words ("acme sales division"), or None.

    Words of people, places and nationalities, adjectives and title words are left out:
    "US envoy" and "special envoy of President Roe" name no unit, so they cannot differ on one.
    """
    kept = [
        fold(t.text)
        for t in title
        if t.ent_type_ not in _NOT_UNIT_ENTS
        and t.pos_ not in _NOT_UNIT_POS
        and not words.is_role(t.lower_.rstrip("."))
        and fold(t.text)
    ]
    return " ".join(kept) or None


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding offset ``at`` is a title-case headline ("Club Fires Coach Jo Roe")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    if line.endswith((".", "?", "!", '"', "”")):
        return False  # a sentence, not a headline
    words = [w for w in line.split() if w.isalpha() and len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _full_names(people: list[Span]) -> dict[str, str]:
    """Folded surname -> the fullest way the article writes that person's name."""
    full: dict[str, str] = {}
    for ent in people:
        parts = ent.text.split()
        if len(parts) > 1 and "\n" not in ent.text:
            key = fold(parts[-1])
            if len(ent.text) > len(full.get(key, "")):
                full[key] = ent.text
    return full


def _split_inner_title(name: Span, words: RoleWords) -> tuple[Span, Span | None]:
    """The model sometimes tags the title as part of the name ("Marshal Jo Roe"): split it off."""
    i = name.start
    while i < name.end - 1 and name.doc[i].lower_.rstrip(".") in words.titles:
        i += 1
    inner = name.doc[name.start : i] if i > name.start else None
    return name.doc[i : name.end], inner


def _before(name: Span, inner: Span | None, words: RoleWords) -> Span | None:
    """The compound title right before a name: "state District Judge", "Harbor chairman"."""
    doc = name.doc
    start = inner.start if inner is not None else name.start
    i = start - 1
    while i >= 0 and start - i <= 6:
        tok = doc[i]
        chained = i < tok.head.i < name.end or (tok.dep_ == "case" and tok.head.i == i - 1)  # "General's"
        if tok.dep_ not in _PRE_DEPS or not chained:
            break
        if tok.dep_ == "punct" and tok.text != "-":
            break
        i -= 1
    first = i + 1
    span = doc[first : name.start]
    if not len(span) or not any(words.is_role(t.lower_.rstrip(".")) for t in span):
        return None
    while len(span) and (span[0].dep_ in {"case", "punct"} or span[0].lower_ in {"the", "a", "an"}):
        span = span[1:]
    return span if len(span) else None


def _appositions(name: Span, words: RoleWords) -> Iterator[Span]:
    """A common noun in apposition to the name, after it or before it."""
    root = name.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= name.end:
            phrase = _phrase(child, exclude=None)
            if phrase is not None:
                yield phrase
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < name.start and words.is_role(head.lower_):
        phrase = _phrase(head, exclude=name)
        if phrase is not None:
            yield phrase


def _phrase(noun: Token, exclude: Span | None) -> Span | None:
    """A noun's phrase without its determiner and without clauses and the name itself."""
    doc = noun.doc
    cut = {t.i for c in noun.subtree if c.dep_ in _CUT_DEPS for t in c.subtree}
    if exclude is not None:
        cut |= {t.i for t in exclude.root.subtree}
    tokens = [t.i for t in noun.subtree if t.i not in cut]
    start, end = noun.i, noun.i + 1
    while start - 1 in tokens:  # contiguous to the left
        start -= 1
    while end in tokens:
        end += 1
    span = doc[start:end]
    while len(span) and (span[0].lower_ in {"the", "a", "an"} or span[0].is_punct):
        span = span[1:]
    while len(span) and (span[-1].is_punct or span[-1].lower_ in {"'s", "’s"}):
        span = span[:-1]
    if not len(span) or len(span) > _MAX_TOKENS:
        return None
    return span
