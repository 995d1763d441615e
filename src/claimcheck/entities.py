"""Entity names: folding, aliases, transliteration variants, and who is who across sources.

Two spellings of one person ("Lukashenka" / "Lukashenko") are one entity with a
spelling variant; two people with close names ("Navalny" / "Navalnaya") are not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import attrs
from rapidfuzz import fuzz

from claimcheck.models import Claim, ClaimKind

__all__ = [
    "VARIANT_SIMILARITY",
    "canonical",
    "complete_names",
    "fold",
    "person_groups",
    "same_entity",
    "same_person",
    "spelling",
    "translit_key",
]

#: Names that are the same entity written differently by style, not spelling.
ALIASES: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "eu": "european union",
    "un": "united nations",
    "uae": "united arab emirates",
    "russian federation": "russia",
    "state department": "us state department",
    "us state department": "us state department",
}

#: Transliteration habits that make one name look like two (Belarusian vs Russian forms, ...).
_TRANSLIT = [
    (re.compile(r"kh"), "h"),
    (re.compile(r"^ts|(?<=[aeiou])ts"), "c"),
    (re.compile(r"tz"), "c"),
    (re.compile(r"ou(?=[sk])"), "ov"),
    (re.compile(r"yy\b"), "y"),
    (re.compile(r"iy\b"), "y"),
    (re.compile(r"ii\b"), "y"),
    (re.compile(r"j"), "y"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ph"), "f"),
]
#: rapidfuzz ratio above which two surnames are spelling variants; the default of
#: ``Config.name_similarity``, which a run passes in.
VARIANT_SIMILARITY = 80.0


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case, accent and punctuation folded: "U.S." -> "us", "Nausėda" -> "nauseda"."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_ish = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_ish = ascii_ish.lower().replace("’", "'")
    ascii_ish = re.sub(r"'s\b", "", ascii_ish)
    ascii_ish = re.sub(r"[.'\"`]", "", ascii_ish)
    ascii_ish = re.sub(r"[^\w]+", " ", ascii_ish).strip()
    return re.sub(r"^the ", "", ascii_ish)


def canonical(name: str) -> str:
    """The key two style-different spellings share: aliases applied to the folded name."""
    folded = fold(name)
    return ALIASES.get(folded, folded)


def translit_key(name: str) -> str:
    """A rougher key that erases common transliteration differences."""
    key = canonical(name)
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


def _gendered_pair(a: str, b: str) -> bool:
    """Slavic surnames that differ by gender ending name different people (Navalny/Navalnaya)."""
    for x, y in ((a, b), (b, a)):
        if y == x + "a" or (x.endswith("y") and y == x[:-1] + "aya") or (x.endswith("i") and y == x[:-1] + "aya"):
            return True
    return False


def same_person(a: str, b: str, similarity: float = VARIANT_SIMILARITY) -> bool:
    """Whether two person names plausibly name one person (allowing spelling variants
    whose surnames score ``similarity`` or more, first names 10 less)."""
    ta, tb = translit_key(a).split(), translit_key(b).split()
    if not ta or not tb:
        return False
    last_a, last_b = ta[-1], tb[-1]
    if _gendered_pair(canonical(a).split()[-1], canonical(b).split()[-1]):
        return False
    if fuzz.ratio(last_a, last_b) < similarity:
        return False
    if len(ta) > 1 and len(tb) > 1:
        first_a, first_b = ta[0], tb[0]
        if min(len(first_a), len(first_b)) == 1:  # an initial: "J. Smith"
            return first_a[0] == first_b[0]
        if fuzz.ratio(first_a, first_b) < similarity - 10:
            return False
    return True


def person_groups(claims: Iterable[Claim], person: Callable[[Claim], str]) -> list[list[Claim]]:
    """The claims, in their order, grouped by the person each is about (``person`` reads the
    name off a claim), allowing the spelling variants of people: a claim joins the first
    group whose first claim names the same person."""
    groups: list[list[Claim]] = []
    for claim in claims:
        name = person(claim)
        group = next((g for g in groups if same_entity(name, person(g[0]), "PERSON")), None)
        if group is None:
            groups.append([claim])
        else:
            group.append(claim)
    return groups


def same_entity(a: str, b: str, label: str | None, similarity: float = VARIANT_SIMILARITY) -> bool:
    """Whether two names denote one entity: equal canonically, or close variants of a person."""
    if canonical(a) == canonical(b):
        return True
    if label == "PERSON":
        return same_person(a, b, similarity)
    return translit_key(a) == translit_key(b)


def spelling(name: str) -> str:
    """The form that counts as a spelling: case- and punctuation-insensitive, accents kept."""
    return re.sub(r"[^\w]+", " ", name.lower()).strip()


#: The lines of an article that hold its headline, which may name a person by surname
#: before the body gives the full name.
HEADLINE_LINES = 2


def complete_names(claims: Sequence[Claim], titles: frozenset[str] | None = None) -> list[Claim]:
    """Within one article, give "Lukashenka" the full name "Alexander Lukashenka" it stands for.

    A full name is completed only by a fuller name with its own first name, so "Jerry Ortiz"
    and "Jeremy Ortiz" (a father and his son) stay two people; a surname alone takes the
    full name the article introduces first, as news refers to the person it is about by
    surname and names a relative in full each time ("his brother, Louis Gigante"), whatever
    label the model gave the surname. A title ("Mrs Horton") or a
    participle opening the sentence ("Following Gigante's death") is no first name: such a
    name reads as its surname alone. ``titles`` are the run's title words (the packaged ones
    when None).
    """
    folded = _titles(titles)

    def is_person(claim: Claim) -> bool:
        return claim.kind is ClaimKind.ENTITY and claim.label == "PERSON" and bool(claim.entity)

    full: dict[tuple[str, str], str] = {}  # (first name, surname) -> the fullest name
    uses: dict[str, Counter[str]] = defaultdict(Counter)  # surname -> first names by use
    order: dict[str, int] = {}
    alone_first: set[str] = set()  # surnames the body uses alone before any full name with them
    for claim in sorted(filter(is_person, claims), key=lambda c: c.start):
        name = claim.entity or ""
        words = fold(name).split()
        if len(words) > 1 and not _no_first_name(claim, words, folded):
            uses[words[-1]][words[0]] += 1
            order.setdefault(words[0], len(order))
            if len(name) > len(full.get((words[0], words[-1]), "")):
                full[(words[0], words[-1])] = name
        elif len(words) == 1 and claim.line > HEADLINE_LINES and words[0] not in uses:
            alone_first.add(words[0])
    for surname in alone_first:  # "Gigante" all along, then "his brother, Louis Gigante": not Louis
        uses.pop(surname, None)
    out: list[Claim] = []
    for claim in claims:
        words = fold(claim.entity or "").split() if claim.kind is ClaimKind.ENTITY else []
        # a surname the model tagged otherwise ("Jeffs" as an organisation) is still the person's
        if words and (is_person(claim) or (len(words) == 1 and uses.get(words[0]))):
            first = words[0] if (words[0], words[-1]) in full else None
            if first is None and uses[words[-1]]:
                first = min(uses[words[-1]], key=order.__getitem__)  # the person the article introduced first
            if first is not None:
                claim = attrs.evolve(claim, entity=full[(first, words[-1])])
        out.append(claim)
    return out


@lru_cache(maxsize=8)
def _titles(titles: frozenset[str] | None) -> frozenset[str]:
    """Title words folded as names are, made once per list (None: the packaged titles)."""
    from claimcheck.lexicon import TITLE_WORDS

    return frozenset(fold(t) for t in (TITLE_WORDS if titles is None else titles))


def _no_first_name(claim: Claim, words: Sequence[str], titles: frozenset[str]) -> bool:
    """Whether a name's first word is one of the (folded) ``titles``, or a participle opening
    its sentence ("Following Gigante's death", "Including Vell"), not a first name."""
    if words[0] in titles:
        return True
    return len(words[0]) > 5 and words[0].endswith("ing") and claim.sentence.lstrip().startswith(claim.text)
