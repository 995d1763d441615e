"""Names the entity recogniser missed, read from the words that introduce them.

A nickname follows its cue ("known as Tiny", "the street moniker of Dee", "the nickname
"Boots""); a group's or a unit's name stands before the noun that says what it is ("the
Red Hand gang", "its new "cloud services" division"). The small model leaves many such
names untagged, or tags a nickname as an organisation, so one outlet's spelling of them
is never compared with another's.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimcheck.lexicon import GROUP_NOUNS, NICKNAME_CUES
from claimcheck.readers.doc_arrays import doc_arrays

__all__ = ["NICKNAME", "cued_names"]

#: The entity label of a nickname, street name or alias.
NICKNAME = "NICKNAME"
#: The most words a cued name is read over.
_MAX_WORDS = 4
_OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "'", "’"})
#: Words between a cue and its nickname: "the nickname of", "known as the".
_BETWEEN = frozenset({"of", "as", "the", "name"})
#: Entity types a group's name may carry and still be a name the model missed.
_UNNAMED = frozenset({"", "WORK_OF_ART", "EVENT"})


def cued_names(
    doc: Doc, nickname_cues: frozenset[str] = NICKNAME_CUES, group_nouns: frozenset[str] = GROUP_NOUNS
) -> Iterator[tuple[int, int, str]]:
    """(token start, token end, label) of every cued nickname and group name in ``doc``
    (cued by the words of a run's ``Lexicon``, the packaged ones by default).

    The cue words are found on the Doc's arrays, so only the few tokens around them are
    built (most words are no cue)."""
    cues, groups = _ids(nickname_cues, "known"), _ids(group_nouns)
    arrays = doc_arrays(doc)
    lowers = arrays.column(LOWER)
    for i in sorted({*arrays.where(LOWER, cues), *arrays.where(LEMMA, groups)}):
        if lowers[i] in cues:
            start = i + 1
            if doc[i].lower_ == "known":  # "known as Tiny", "known on the street as Tiny"
                start = next((j + 1 for j in range(i + 1, min(i + 5, len(doc))) if doc[j].lower_ == "as"), -1)
                if start < 0 or any(t.is_punct for t in doc[i + 1 : start]):
                    continue
            found = _nickname_after(doc, start)
            if found is not None:
                yield (*found, NICKNAME)
        elif doc[i].pos_ == "NOUN":  # a group noun
            found = _name_before(doc, i)
            if found is not None:
                yield (*found, "ORG")


@lru_cache(maxsize=8)
def _ids(words: frozenset[str], *more: str) -> frozenset[int]:
    """The string ids of a word list (and of ``more`` words), made once per list."""
    return frozenset(get_string_id(w) for w in words.union(more))


def _capital(tok: Token) -> bool:
    text = tok.text
    return text[:1].isupper() and text.replace("-", "").isalpha() and len(text) > 1


def _nickname_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The capitalised words after a cue, over "of", "as", "the" and an opening quote."""
    while i < len(doc) and (doc[i].lower_ in _BETWEEN or doc[i].text in _OPEN_QUOTES):
        i += 1
    j = i
    while j < len(doc) and j - i < _MAX_WORDS and _capital(doc[j]) and doc[j].ent_type_ not in {"DATE", "TIME"}:
        j += 1
    return (i, j) if j > i else None


def _name_before(doc: Doc, noun: int) -> tuple[int, int] | None:
    """The words before a group noun that name the group: a run of capitalised words the
    model left untagged ("the Red Hand gang"), or words in quotes ("its "cloud services" unit")."""
    j = noun
    if j > 0 and doc[j - 1].text in _CLOSE_QUOTES:
        k = j - 2
        while k >= 0 and noun - k <= _MAX_WORDS + 2 and doc[k].text not in _OPEN_QUOTES:
            if not doc[k].is_alpha:
                return None
            k -= 1
        if k >= 0 and doc[k].text in _OPEN_QUOTES and k + 1 < j - 1:
            return k + 1, j - 1
        return None
    i = j
    while i > 0 and noun - i < _MAX_WORDS and _untagged_name_word(doc[i - 1]):
        i -= 1
    if i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].like_num or doc[i - 1].ent_type_):
        return None  # only the end of a longer name: "a Hawaiian Gardens gang", "the 8 Block gang"
    return (i, j) if i < j else None


def _untagged_name_word(tok: Token) -> bool:
    """A capitalised proper noun the model tagged no name (nor a people, date or number)."""
    return tok.pos_ == "PROPN" and _capital(tok) and tok.ent_type_ in _UNNAMED and not tok.is_sent_start
