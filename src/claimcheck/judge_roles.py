"""Title groups -> Findings: one person given different titles by different sources.

VARIANT when the titles are worded so that each says something the other does not
("State Fire Marshal" / "inspector with the State Fire Marshal's Office"; "Harbor
chairman" / "chairman of Acme Holdings"); CONFLICT only when the titles exclude one
another ("federal judge" / "state judge"); COMPATIBLE for a kinship and its narrower
reading ("brother" / "half-brother"). A title that only adds to another ("Judge" / "state
District Judge") is no finding.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Iterable

import attrs

from claimcheck.align import Group
from claimcheck.entities import fold
from claimcheck.models import Claim, Finding, Status
from claimcheck.readers.roles import RoleWords, role_words

__all__ = ["Title", "TitleDifference", "compare_titles", "judge_titles", "read_title"]

_PREPOSITIONS = frozenset({"of", "for", "with", "at", "in", "from", "on", "to", "under"})
_GLUE = frozenset({"the", "a", "an", "and", "&"})


class TitleDifference(enum.Enum):
    """How two titles of one person differ."""

    #: Worded so that each says something the other does not.
    VARIANT = "variant"
    #: Qualified by words that exclude one another ("federal" / "state").
    CONFLICT = "conflict"
    #: One kinship a narrower reading of the other ("brother" / "half-brother"): both can be true.
    NARROWER = "narrower"


@attrs.frozen
class Title:
    """A title read into its head nouns ("judge"), the words before them and all its other words."""

    text: str
    heads: frozenset[str]
    before: tuple[str, ...]
    qualifiers: frozenset[str]
    #: Qualifiers written with a capital: names of an organisation or a unit ("Acme", "Sales Division").
    named: frozenset[str] = frozenset()
    #: A former post ("former head coach"): another post, not another reading of this one.
    past: bool = False
    #: The organisation or unit the title names ("acme sales division"), people and places left out.
    unit: frozenset[str] = frozenset()

    @property
    def size(self) -> int:
        """How much the title says: its head nouns and qualifiers."""
        return len(self.heads) + len(self.qualifiers)


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def read_title(text: str, words: RoleWords | None = None, unit: str | None = None) -> Title:
    """A title as written, read into head nouns and qualifiers ("senior" and "the" dropped).

    ``unit`` is the organisation or unit the title names, when its reader knew which words
    are people and places; without it every qualifier counts as one.
    """
    words = words or role_words()
    named = {_stem(fold(w)) for w in re.findall(r"\b[A-Z][\w-]*", text)}
    past = any(w in words.past for w in fold(text).replace("-", " ").split())
    folded = " " + re.sub(r"[^\w\s&-]", " ", fold(text)) + " "
    for phrase, same in words.synonyms:
        folded = folded.replace(f" {phrase} ", f" {same} ")
    tokens = [_stem(t) for t in folded.split() if t not in words.ignored]
    cut = next((i for i, t in enumerate(tokens) if t in _PREPOSITIONS), len(tokens))
    front = tokens[:cut]
    segments: list[list[str]] = [[]]
    for t in front:
        if t in {"and", "&"}:
            segments.append([])
        elif t not in _GLUE:
            segments[-1].append(t)
    heads = frozenset(seg[-1] for seg in segments if seg)
    content = {t for t in tokens if t not in _GLUE and t not in _PREPOSITIONS}
    before = tuple(t for t in front if t not in _GLUE and t not in heads)
    qualifiers = frozenset(content - heads)
    units = (
        qualifiers
        if unit is None
        else frozenset(
            _stem(w) for w in unit.split() if w not in words.ignored and w not in _GLUE and _stem(w) not in heads
        )
    )
    return Title(
        text=text,
        heads=heads,
        before=before,
        qualifiers=qualifiers,
        named=frozenset(units & named),
        past=past,
        unit=units,
    )


def _jurisdiction(title: Title, words: RoleWords) -> int | None:
    """Which group of exclusive qualifiers the words before the head name, if one."""
    found = {
        k
        for k, group in enumerate(words.exclusive)
        for phrase in group
        if any(title.before[i : i + len(phrase)] == phrase for i in range(len(title.before)))
    }
    return found.pop() if len(found) == 1 else None


def compare_titles(a: Title, b: Title, words: RoleWords | None = None) -> TitleDifference | None:
    """How two titles of one person differ, or None when one says no more than the other."""
    words = words or role_words()
    if not a.heads or not b.heads:
        return None
    if a.past or b.past:
        return None
    if not a.heads & b.heads:
        if _kin_narrower(a.heads, b.heads, words) or _kin_narrower(b.heads, a.heads, words):
            return TitleDifference.NARROWER
        if any(h in words.generic_nouns or not words.is_role(h) for h in a.heads | b.heads):
            return None  # "owner" / "president": too vague to set against a title
        if (a.heads <= b.qualifiers) != (b.heads <= a.qualifiers):  # "Deputy Sheriff" / "Sheriff Deputy": one title
            # "marshal" / "inspector with the marshal's office": another post in the same office
            return TitleDifference.VARIANT
        return None  # "president" / "general manager": two posts one person may hold
    kin_a = {w for w in a.before if w in words.kin_prefixes}
    kin_b = {w for w in b.before if w in words.kin_prefixes}
    if bool(kin_a) != bool(kin_b) and a.heads & b.heads <= words.role_nouns:  # "brother" / "half-brother"
        return TitleDifference.NARROWER
    ja, jb = _jurisdiction(a, words), _jurisdiction(b, words)
    if ja is not None and jb is not None and ja != jb:
        return TitleDifference.CONFLICT
    if a.unit and b.unit and not (a.unit <= b.unit or b.unit <= a.unit) and _says_more(a, b) and _says_more(b, a):
        return TitleDifference.VARIANT  # "chairman of Acme" / "Harbor Board chairman"
    return None


def _kin_narrower(wide: frozenset[str], narrow: frozenset[str], words: RoleWords) -> bool:
    """Whether ``narrow`` is ``wide`` with a kinship prefix written as one word: "brother" / "stepbrother"."""
    return len(wide) == len(narrow) == 1 and any(
        next(iter(narrow)) == prefix + next(iter(wide)) for prefix in words.kin_prefixes
    )


def _says_more(a: Title, b: Title) -> bool:
    """Whether title ``a`` names a unit ``b`` does not: two more words, or a name.

    A word written inside the other title without its spaces ("Sea Micro" / "SeaMicro")
    is no more; one plain word more ("judge in the case") is too little to tell posts apart.
    """
    joined = "".join(sorted(b.unit | b.heads))
    flat = b.text.lower().replace(" ", "")
    extra = {w for w in a.unit - b.unit if w not in joined and w not in flat}
    return len(extra) >= 2 or bool(extra & a.named)


def _clash(fullest: dict[str, tuple[Claim, Title]], words: RoleWords) -> str:
    """The exclusive kinds of title the sources use, named by their first word: "federal" and "state"."""
    kinds = sorted({k for _, title in fullest.values() if (k := _jurisdiction(title, words)) is not None})
    return " against ".join(" ".join(words.exclusive[k][0]) for k in kinds)


def _read(claim: Claim, words: RoleWords, known: dict[tuple[str, str], Title]) -> Title:
    """A claim's title, read once per wording and unit (``known`` keeps the readings)."""
    unit = (claim.relation.patient if claim.relation is not None else None) or ""
    key = (claim.role or "", unit)
    title = known.get(key)
    if title is None:
        title = known[key] = read_title(key[0], words, unit=unit)
    return title


def _writes(titles: Iterable[Title], title: Title, words: RoleWords) -> bool:
    """Whether a source writes the title somewhere too (it then holds both titles)."""
    return any(own.size >= title.size and compare_titles(title, own, words) is None for own in titles)


def _differences(
    fullest: dict[str, tuple[Claim, Title]], written: dict[str, frozenset[Title]], words: RoleWords
) -> tuple[set[str], set[TitleDifference]]:
    """The sources whose fullest titles differ from another source's (one that does not also
    write the other's), and how. Sources that write the same titles and have the same
    fullest one are judged alike, so each such set of sources is compared once: one
    person named in many articles costs as many comparisons as he has ways of being titled."""
    by_sign: dict[tuple[Title, frozenset[Title]], list[str]] = defaultdict(list)
    for source in sorted(fullest):
        by_sign[(fullest[source][1], written[source])].append(source)
    involved: set[str] = set()
    kinds: set[TitleDifference] = set()
    for (title_a, all_a), sources_a in by_sign.items():
        for (title_b, all_b), sources_b in by_sign.items():
            # the pairs of sources s < t with s of the first set and t of the second
            if not sources_a[0] < sources_b[-1]:
                continue
            if _writes(all_a, title_b, words) or _writes(all_b, title_a, words):
                continue
            diff = compare_titles(title_a, title_b, words)
            if diff is None:
                continue
            kinds.add(diff)
            involved.update(s for s in sources_a if s < sources_b[-1])
            involved.update(t for t in sources_b if sources_a[0] < t)
    return involved, kinds


def judge_titles(group: Group, total: int) -> list[Finding]:
    """The finding on one person's titles across sources, or none when they fit together."""
    words = role_words()
    per_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in group.claims:
        per_source[claim.source].append(claim)
    if len(per_source) < 2:
        return []
    known: dict[tuple[str, str], Title] = {}
    fullest: dict[str, tuple[Claim, Title]] = {}
    written: dict[str, frozenset[Title]] = {}
    for source, claims in sorted(per_source.items()):
        read = [(c, _read(c, words, known)) for c in claims]
        fullest[source] = max(read, key=lambda ct: (ct[1].size, -ct[0].start))
        written[source] = frozenset(title for _, title in read)
    found, kinds = _differences(fullest, written, words)
    differences = bool(kinds)
    if not differences:
        return []
    involved = sorted(found)
    # titles that read the same ("half-brother" / "His half-brother") are listed once
    by_title: dict[tuple, list[str]] = defaultdict(list)
    shown: dict[tuple, str] = {}
    for s in involved:
        title = fullest[s][1]
        key = (title.heads, title.before, title.unit)
        by_title[key].append(s)
        shown.setdefault(key, fullest[s][0].role or "")
    listed = "; ".join(f"{', '.join(srcs)} “{shown[key]}”" for key, srcs in by_title.items())
    person = group.subject.split(": ", 1)[-1]
    if TitleDifference.CONFLICT in kinds:
        status = Status.CONFLICT
        explanation = f"The sources give {person} titles that exclude each other ({_clash(fullest, words)}): {listed}."
    elif TitleDifference.VARIANT in kinds:
        status = Status.VARIANT
        explanation = f"The sources describe {person}'s title differently: {listed}."
    else:
        status = Status.COMPATIBLE
        explanation = f"The sources describe {person}'s relation with different precision: {listed}; both can be true."
    evidence = tuple(fullest[s][0] for s in involved)
    return [
        Finding(
            status=status,
            kind=group.kind,
            claims=evidence,
            sources=tuple(involved),
            score=1.0,
            explanation=explanation,
            subject=group.subject,
            support=len(involved),
            total_sources=total,
        )
    ]
