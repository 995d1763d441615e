"""Ages of the members of a group: who is one of someone's relatives, and which ages a
list gives one by one ("two sons, ages 6 and 16", "his two half-brothers, 17 and 22",
"the 8- and 10-year-old girls").

An age read alone says whose it is; an age in a list says only that it is one of a
group's. The group, as the lemma of its noun, lets alignment compare a list value by
value with another list of the group and with the ages of the group's named members.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimcheck.readers.doc_arrays import doc_arrays

__all__ = ["AGE_LEMMAS", "AGE_WORDS", "kin_of_names", "listed_group", "suspended_group"]

#: Words inside a list of numbers: "6, 8 and 10", "16 & 6".
_LIST_WORDS = frozenset({"and", ",", "&", "or"})
#: The noun lemmas the claim reader gives an age: "Orozco, 27," / "a 30-year-old man" / "ages 6 and 16".
AGE_LEMMAS = frozenset({"N-year-old", "age"})
#: Words that state the ages of a list after them: "ages 16 and 6", "aged 15 and 12".
AGE_WORDS = frozenset({"age", "ages", "aged"})
#: A suspended compound of ages: "8- and 10-year-old", "6-, 8- and 10-year-old", and
#: the same with a flattened dash glued to the word before ("sisters-8-and 10-year-old").
_SUSPENDED = re.compile(
    r"(?<!\d)\d{1,3}-\s?(?:,\s*\d{1,3}-\s?)*(?:,\s*|(?:and|or)\s+)\d{1,3}-years?-old\b", re.IGNORECASE
)


def _group_noun(tok: Token, groups: frozenset[str]) -> str | None:
    """The group a plural noun of people names ("half-brothers" -> "brother"), or None."""
    lemma = tok.lemma_.lower()
    return lemma if tok.tag_ == "NNS" and lemma in groups else None


def listed_group(anchor: Token, groups: frozenset[str]) -> str | None:
    """The group whose ages a list states, for a number in the list: "two [sons], ages 6
    and 16", "his two [half-brothers], 17 and 22", "[girls] age 6 and 8". None unless the
    list holds two numbers or more right after a plural noun of ``groups``."""
    doc = anchor.doc
    start = end = anchor.i
    while start >= 1 and (
        doc[start - 1].lower_ in _LIST_WORDS or doc[start - 1].text == "-" or doc[start - 1].like_num
    ):
        start -= 1
    while end + 1 < len(doc) and (doc[end + 1].lower_ in _LIST_WORDS or doc[end + 1].like_num):
        end += 1
    numbers = [t for t in doc[start : end + 1] if t.like_num and any(ch.isdigit() for ch in t.text)]
    if len(numbers) < 2:
        return None
    i = numbers[0].i - 1
    if i >= 0 and doc[i].lower_ in AGE_WORDS:
        i -= 1
    elif not (i >= 0 and doc[i].text == ","):
        return None  # "the two sons 6 and 16" is no list form news writes
    while i >= 0 and doc[i].text in {",", "-", "\u2013", "\u2014"}:
        i -= 1
    return _group_noun(doc[i], groups) if i >= 0 else None


def suspended_group(doc: Doc, start: int, groups: frozenset[str], text: str | None = None) -> str | None:
    """The group of a suspended compound of ages the figure at character ``start`` is part
    of: "the [8]- and 10-year-old girls" -> "girl"; None when it is part of none. ``text``
    is ``doc.text`` when the caller has it (spaCy joins it anew on each access)."""
    text = doc.text if text is None else text
    lo = max(0, start - 40)
    for m in _SUSPENDED.finditer(text, lo, min(len(text), start + 40)):
        if m.start() <= start < m.end():
            span = doc.char_span(m.end(), min(len(text), m.end() + 30), alignment_mode="expand")
            if span is None:
                return None
            noun = next((t for t in span if t.pos_ in {"NOUN", "PROPN"}), None)
            return _group_noun(noun, groups) if noun is not None else None
    return None


def kin_of_names(doc: Doc, kin: frozenset[str], name_of: Callable[[Token], str | None]) -> dict[str, str]:
    """Which named people a Doc makes one of someone's relatives, as name -> kin noun
    lemma: "his half-brother, Jonathan Carrasquillo" and "half-brother Jonathan
    Carrasquillo" make Carrasquillo a "brother"; "Jeremy Ortiz, one of the deputy's sons"
    a "son". Plural forms naming the people themselves ("half-brothers Andrew Lopez and
    Jonathan Carrasquillo") are relatives of each other, not of a third, and are left out."""
    found: dict[str, str] = {}
    ids = frozenset(get_string_id(word) for word in kin)
    for i in doc_arrays(doc).where(LEMMA, ids):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN":
            continue
        if tok.tag_ == "NN":
            named = [c for c in tok.children if c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN"]
            if tok.dep_ in {"compound", "appos"} and tok.head.pos_ == "PROPN":
                named.append(tok.head)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
            one = tok.head.head  # "Jeremy Ortiz, one of the deputy's sons"
            named = [one.head] if one.dep_ == "appos" and one.head.pos_ == "PROPN" else []
        else:
            continue
        for person in named:
            name = name_of(person)
            if name is not None:
                found.setdefault(name, lemma)
    return found
