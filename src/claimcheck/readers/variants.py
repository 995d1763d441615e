"""Which product variant a price is for: its line, its size or spec, and its tier.

Launch news prices several variants in one paragraph ("the 13-inch starts at $1,199 and
the 15-inch at $1,799"); two outlets' prices are one fact only when they price one
variant. A price's variant is read from the words around it: a size or spec that
modifies a product ("13-inch", '13"', "the 64GB model", "the LTE version"), the product
line (a name the article gives sizes or models of: "MacBook Air", "Galaxy Tab"), from the
sentence or, for "the 13-inch model", from the article before it, and the tier: the
starting price ("starts at", "base", the low end of "$X to $Y") or an upgraded one
("higher-end", the high end). A change of price ("dropped $100") is no price. The words
are data: ``wordlists/price_variants.tsv``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache

import attrs

from claimcheck.models import SPREAD_ENDS, Claim
from claimcheck.units import dimension
from claimcheck.wordfiles import alternation, rows

__all__ = ["BASE", "UPPER", "fold_line", "price_variants", "variant_name"]

BASE = "base"
UPPER = "upper"

#: A name as written: capitalised or camel-cased words ("MacBook Pro", "iPhone 5", "Galaxy Tab S").
_NAME = r"(?:[A-Z][\w\u2019'-]*|i[A-Z][\w-]*)(?:[ \t]+(?:[A-Z][\w-]*|i[A-Z][\w-]*|\d[\w.]*))*"
#: Where a sentence splits into clauses that may price different variants.
_SEGMENT = re.compile(r";|\s[\u2013\u2014]\s|,\s+(?=(?:while|whereas|but|though|although|and|with|plus)\b)")
#: A figure of money joined to the next as a pair or a range ("$1,199 and $1,499", "$999 up to $1,099").
_PAIRED = re.compile(r"\s*(?:and|or|to|through|-|\u2013)?\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
#: How many sentences back "the 13-inch model" may find the size it speaks of.
CONTEXT_SENTENCES = 2
#: Sizes that name a product (a phone's 4 inches to a TV's 100), not its thickness.
SIZE_RANGE = (4.0, 120.0)


@attrs.frozen
class _Words:
    """The price-variant word lists, one regex or set per kind."""

    kinds: dict[str, tuple[str, ...]]
    #: each kind's alternation, made once: every price of every article asks for several
    alternations: dict[str, str] = attrs.field(init=False, eq=False, repr=False)
    #: each kind's pattern, made on first use
    patterns: dict[str, re.Pattern[str]] = attrs.field(init=False, eq=False, repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        alternations = {kind: alternation(phrases, gap=r"[\s-]+") for kind, phrases in self.kinds.items()}
        object.__setattr__(self, "alternations", alternations)

    def any_of(self, kind: str) -> str:
        return self.alternations.get(kind, "")

    def has(self, kind: str) -> re.Pattern[str]:
        """A pattern finding a phrase of ``kind`` as whole words (made once for each kind)."""
        found = self.patterns.get(kind)
        if found is None:
            found = self.patterns[kind] = _pattern(rf"(?<![\w-])(?:{self.any_of(kind)})(?![\w-])")
        return found


@cache
def _words() -> _Words:
    kinds: dict[str, list[str]] = defaultdict(list)
    for kind, phrase in rows("price_variants.tsv"):
        kinds[kind].append(phrase.strip().lower().replace("-", " "))  # "higher-end" is "higher end" too
    return _Words({k: tuple(v) for k, v in kinds.items()})


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _size_units() -> tuple[str, str]:
    """The size units written after a number ("inch", "in.") as an alternation, and the size
    marks ('"', "″") as the inside of a character class."""
    sizes = _words().kinds["size"]
    units = alternation(w for w in sizes if w.isalpha() or w == "in.")
    return units, "".join(re.escape(w) for w in sizes if len(w) == 1)


@cache
def _size() -> re.Pattern[str]:
    """ "13-inch", "15.4″", '13"', "55 in." before a word: a size that names a variant."""
    units, marks = _size_units()
    return re.compile(
        rf"(?<![\w.])(\d{{1,3}}(?:\.\d)?)(?:\s*-\s*(?:{units})(?:es)?\b|\s?[{marks}](?=\s+[\w-]))", re.IGNORECASE
    )


@cache
def _spec() -> re.Pattern[str]:
    """ "64GB model", "1TB version", "the LTE model": a spec that names a variant when a product follows."""
    words = _words()
    product = words.any_of("product")
    return re.compile(
        rf"(?<![\w.])(\d+\s?(?:{words.any_of('spec')})|{words.any_of('connectivity')})"
        rf"(?:\s+[\w-]+)?\s+(?:{product})\b",
        re.IGNORECASE,
    )


@cache
def _variant_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What every size (:func:`_size`) and every spec (:func:`_spec`) holds, without their
    tests of what stands around it: a size's number and unit, a spec's number and unit, a
    connectivity word (the last as it is and for lower-cased text)."""
    words = _words()
    units, marks = _size_units()
    connectivity = words.any_of("connectivity")
    return (
        re.compile(rf"\d(?:\s*-\s*(?:{units})|\s?[{marks}])", re.IGNORECASE),
        re.compile(rf"\d\s?(?:{words.any_of('spec')})", re.IGNORECASE),
        re.compile(connectivity, re.IGNORECASE),
        re.compile(connectivity),
    )


def _may_name_variant(text: str) -> bool:
    """Whether some part of ``text`` may hold a size or a spec: where this says no, no
    sentence or stretch of it does. Each test opens with a digit or runs on the lower-cased
    text (in ASCII, all that IGNORECASE does), so a search skips most of the text at once."""
    size, spec, connectivity, lower_connectivity = _variant_cues()
    if size.search(text) is not None or spec.search(text) is not None:
        return True
    if text.isascii():
        return lower_connectivity.search(text.lower()) is not None
    return connectivity.search(text) is not None


def _sizes(text: str) -> list[tuple[int, str]]:
    """(offset, "13-inch") for every size in ``text`` that names a variant."""
    found = []
    for m in _size().finditer(text):
        value = float(m.group(1))
        after = text[m.end() :].lstrip(" -").split(" ", 1)[0].lower()
        if SIZE_RANGE[0] <= value <= SIZE_RANGE[1] and after not in _DIMENSION_WORDS:
            found.append((m.start(), f"{value:g}-inch"))
    return found


#: Words after a size that make it a dimension, not a variant: "0.71-inch thick".
_DIMENSION_WORDS = frozenset({"thick", "thin", "wide", "tall", "deep", "long", "high", "thinner", "thicker"})


def _specs(text: str, lines: Sequence[str] = ()) -> list[tuple[int, str]]:
    """Sizes and specs in ``text`` that name a variant, by offset ("64GB iPhone" too, when
    iPhone is a line)."""
    found = _sizes(text) + [(m.start(), _fold_spec(m.group(1))) for m in _spec().finditer(text)]
    if lines:
        named = re.compile(
            rf"(?<![\w.])(\d+\s?(?:{_words().any_of('spec')}))\s+(?:{alternation(lines)})", re.IGNORECASE
        )
        found += [(m.start(), _fold_spec(m.group(1))) for m in named.finditer(text)]
    return sorted(set(found))


def _fold_spec(spec: str) -> str:
    return re.sub(r"\s+", "", spec.lower()).replace("wifi", "wi-fi")


def fold_line(name: str) -> str:
    """A line name compared across articles: lower case, one space, no leading "the"/"new"."""
    return " ".join(name.lower().split())


def _clean_name(name: str) -> str:
    """A line name as its product is called: no possessive owner, no "new"/"the", no plural."""
    lead = _pattern(rf"^(?:(?:{_words().any_of('name_lead')}|[\w-]+'s)(?:\s+|-|$))+")
    words = lead.sub("", name.replace("\u2019", "'")).split()
    if words:
        last = words[-1]
        if last.endswith("'s"):
            last = last[:-2]
        elif len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
            last = last[:-1]
        words[-1] = last
    return " ".join(words)


def _document_lines(text: str) -> list[str]:
    """The product lines a document names: a name after a size ("13-inch MacBook Air"), before
    a line word ("the Galaxy Tab lineup"), after "new" ("the new Pixel") unless a part follows,
    or right before a price verb ("the Xbox costs")."""
    words = _words()
    found: set[str] = set()
    # each with what any match of it holds: most articles hold none, and are not scanned
    # for names, which start at every capital letter
    patterns = (
        (r"\d", rf"(?:\d-?\s*(?:inch|in\.)|\d[\"\u2033\u201d])\s+({_NAME})"),
        (rf"\s(?:{words.any_of('line')})\b", rf"({_NAME})\s+(?:{words.any_of('line')})\b"),
        (r"[Nn]ew\s", rf"\b[Nn]ew\s+((?>{_NAME}))(?!\s+(?:{words.any_of('part')})\b)"),
        (rf"\s(?:{words.any_of('subject')})\b", rf"(?<![.!?]\s)(?<!^)((?>{_NAME}))\s+(?:{words.any_of('subject')})\b"),
    )
    for cue, source in patterns:
        if not re.search(cue, text):
            continue
        for m in re.finditer(source, text):
            name = _clean_name(m.group(1))
            if _opens_sentence(text, m.start(1)) and not _name_like(name):
                continue  # "Lower-specced models cost": a capital that opens a sentence names nothing
            if len(name) > 1 and not name.isdigit() and name.lower() not in _NOT_LINES:
                found.add(name)
    return sorted(found, key=len, reverse=True)


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"'\u201c")
    return not before or before[-1] in ".!?:\n"


def _name_like(name: str) -> bool:
    """Whether a name reads as a name even where a sentence opens: several words, a digit or
    a capital inside a word ("MacBook", "iPad")."""
    return " " in name or any(ch.isdigit() for ch in name) or any(ch.isupper() for ch in name[1:])


#: Capitalised words that open a sentence or name a company, never a product line.
_NOT_LINES = frozenset({"the", "a", "an", "it", "its", "this", "that", "these", "those", "they", "prices", "price"})


def _line_mentions(text: str, lines: Sequence[str]) -> list[tuple[int, str]]:
    """(offset, line) for every mention of a known line: the longest name that holds it
    ("the new MacBook Pro" is a mention of "MacBook" when only "MacBook" is known)."""
    if not lines:
        return []
    known = alternation(lines)
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{_NAME})", text):
        name = _clean_name(m.group(0))
        if re.search(rf"(?<![\w-])(?:{known})", name, re.IGNORECASE):
            out.append((m.start(), name))
    return out


@attrs.frozen
class _Place:
    """A figure of money in its sentence: the sentence, where the figure is in it, and
    the text before the sentence (for the line and size it may refer back to)."""

    claim: Claim
    sentence: str
    start: int
    end: int
    before: str


def price_variants(
    text: str, claims: Iterable[Claim], split: Callable[[Claim], tuple[Claim, Claim] | None] | None = None
) -> list[Claim]:
    """``claims`` of one document with each price's variant read (``Claim.variant``); a
    price range of one variant ("$1,099 to $1,499") becomes its two ends (``split``)."""
    claims = list(claims)
    money = [c for c in claims if _is_money(c)]
    if not money:
        return claims  # most articles name no price: nothing to read the lines for
    lines = _document_lines(text)
    if not lines and not _may_name_variant(text):
        return claims  # no product line named, no size and no spec: no price names a variant
    mentions = _line_mentions(text, lines)
    out: list[Claim] = []
    for claim in claims:
        if not _is_money(claim):
            out.append(claim)
            continue
        place = _place(text, claim)
        variant = _variant(place, [c for c in money if c.sentence == claim.sentence], lines, mentions, text)
        if variant is None:
            out.append(claim)
            continue
        ends = split(claim) if split and _is_range(claim) else None
        if ends:
            out.extend(
                attrs.evolve(e, variant=(*variant[:2], tier), scope=None)
                for e, tier in zip(ends, (BASE, UPPER), strict=True)
            )
        else:
            out.append(attrs.evolve(claim, variant=variant, scope=None if _ends_scope(claim) else claim.scope))
    return _settle_tiers(out)


def _is_money(claim: Claim) -> bool:
    q = claim.quantity
    return q is not None and (dimension(q.unit) or "").startswith("currency")


def _is_range(claim: Claim) -> bool:
    """Whether a figure is a two-ended range of money ("$1,099 to $1,499", "between $1,799 and $2,199")."""
    q = claim.quantity
    return q is not None and q.value is None and q.low < q.high and q.high != float("inf") and q.low > 0


def _ends_scope(claim: Claim) -> bool:
    return (claim.scope or "").rsplit(", ", 1)[-1] in SPREAD_ENDS


def _place(text: str, claim: Claim) -> _Place:
    """Where a figure sits in its sentence; a sentence that is the figure alone ("$2,199.",
    the answer to "Price?") is read with the sentence before it."""
    sentence = claim.sentence
    begin = text.find(sentence, max(0, claim.end - len(sentence))) if sentence else -1
    if begin < 0 or not sentence:
        return _Place(claim, claim.text, 0, len(claim.text), text[: claim.start])
    before = text[:begin]
    start = claim.start - begin
    if not re.sub(r"[\W\d]|US|USD", "", sentence.replace(claim.text, "")):
        previous = _sentences(before)[-1:] or [""]
        lead = previous[0] + " "
        return _Place(claim, lead + sentence, start + len(lead), start + len(lead) + len(claim.text), before)
    return _Place(claim, sentence, start, start + len(claim.text), before)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _is_change(place: _Place) -> bool:
    """Whether a figure is a change of price ("dropped $100", "$100 cheaper"), not a price."""
    words = _words()
    before = place.sentence[: place.start].rstrip()
    after = place.sentence[place.end :].lstrip()
    if re.search(rf"(?<![\w-])(?:{words.any_of('change_before')})$", before, re.IGNORECASE):
        return True
    return bool(re.match(rf"(?:{words.any_of('change_after')})(?![\w-])", after, re.IGNORECASE))


def _territory(place: _Place, others: Sequence[Claim]) -> tuple[int, int]:
    """The words of a sentence that speak of this price: its clause, from the end of the
    price before it (and that price's "for the base 13-inch version") to its own "for ..."
    or "... versions" after it."""
    sentence = place.sentence
    cuts = [0, *(m.end() for m in _SEGMENT.finditer(sentence)), len(sentence)]
    low = max(c for c in cuts if c <= place.start)
    high = min(c for c in cuts if c >= place.end)
    offsets = sorted(o for o in (_offset_in(place, c) for c in others) if o is not None)
    for start, end in offsets:
        if end <= place.start:
            low = max(low, end + _own_tail(sentence[end:high]))
        elif start >= place.end:
            high = min(high, start)
    return low, place.end + _own_tail(sentence[place.end : high])


def _offset_in(place: _Place, other: Claim) -> tuple[int, int] | None:
    if other is place.claim or other.start == place.claim.start:
        return None
    at = other.start - place.claim.start + place.start
    return (at, at + len(other.text)) if 0 <= at <= len(place.sentence) else None


def _own_tail(after: str) -> int:
    """How much of the words after a price are its own: "for the base 13-inch version",
    "versions" (up to the next "and", comma or clause)."""
    m = re.match(r"\s*(?:for\b|versions?\b|models?\b|options?\b)[^,;]*?(?=\s+and\s|\s+with\s|,|;|$)", after)
    return m.end() if m else 0


def _variant(
    place: _Place, siblings: Sequence[Claim], lines: Sequence[str], mentions: Sequence[tuple[int, str]], text: str
) -> tuple[str, str, str] | None:
    """(line, spec, tier) of a price, "" for what is not known; None when the figure is no
    product's price (a change, a revenue) or names neither a line nor a spec."""
    if _is_change(place):
        return None
    low, high = _territory(place, siblings)
    own = place.sentence[low:high]
    words = _words()
    if words.has("not_price").search(own):
        return None
    partner = _partner(place, siblings)
    priced = words.has("price").search(own) or _tier_word(own, place.start - low) or partner is not None
    spec = _only(_specs(own, lines))
    if spec is None and partner is not None:  # "the 15-inch comes in $1,799 and $2,199 versions"
        mate = attrs.evolve(place, claim=partner[0], start=partner[0].start - place.claim.start + place.start)
        mate = attrs.evolve(mate, end=mate.start + len(partner[0].text))
        spec = _only(_specs(place.sentence[slice(*_territory(mate, siblings))], lines))
    if spec is None:
        spec = _spec_before(place, lines, names_line=bool(_line_in(own, lines)))
    line = _line_in(own, lines) or _line_in(place.sentence, lines)
    alone = _alone(place.claim.text, place.claim.sentence)
    if not line and (spec or words.has("product").search(own) or alone):
        line = _line_before(place, mentions)  # "the 13-inch model", "the basic model": the article's product
    if not (priced or spec) or not (line or spec):
        return None
    return (line or "", spec or "", _tier(place, own, low, partner))


#: A run of characters that are not word characters, for :func:`_alone`.
_NOT_WORDS = re.compile(r"\W*")


def _alone(figure: str, sentence: str) -> bool:
    """Whether the sentence is the figure alone, give or take punctuation ("$999."): what
    ``re.fullmatch(rf"\\W*{re.escape(figure)}\\W*", sentence)`` tells, without a new
    pattern compiled for every figure."""
    lead = _NOT_WORDS.match(sentence).end()  # type: ignore[union-attr]
    at = sentence.find(figure)
    while 0 <= at <= lead:
        if _NOT_WORDS.fullmatch(sentence, at + len(figure)) is not None:
            return True
        at = sentence.find(figure, at + 1)
    return False


def _only(found: Sequence[tuple[int, str]]) -> str | None:
    """The one variant ``found`` names, or None when it names none or several."""
    kinds = {spec for _, spec in found}
    return kinds.pop() if len(kinds) == 1 else None


def _spec_before(place: _Place, lines: Sequence[str], names_line: bool) -> str | None:
    """The spec a price without one refers back to: the one spec of its sentence before it,
    else of the nearest of the sentences before that names one ("The 15-inch model ...
    These large models cost ..."). A price that names its line ("the line starts at") is
    the line's own."""
    before = _specs(place.sentence[: place.start], lines)
    if before:
        return _only(before)
    if names_line or _specs(place.sentence, lines):
        return None
    for sentence in reversed(_sentences(place.before)[-CONTEXT_SENTENCES:]):
        found = _specs(sentence, lines)
        if found:
            return found[0][1]  # the sentence's first, its subject: "The 13-inch models start ..."
    return None


def _line_in(text: str, lines: Sequence[str]) -> str:
    found = _line_mentions(text, lines)
    return found[-1][1] if found else ""


def _line_before(place: _Place, mentions: Sequence[tuple[int, str]]) -> str:
    """The line last named before a price's sentence: the product the article speaks of."""
    at = len(place.before)
    earlier = [name for offset, name in mentions if offset < at]
    return earlier[-1] if earlier else ""


def _partner(place: _Place, siblings: Sequence[Claim]) -> tuple[Claim, bool] | None:
    """The price this one is paired with ("$1,199 and $1,499 versions", "$999 up to $1,099")
    and whether this one comes first, or None."""
    for other in siblings:
        span = _offset_in(place, other)
        if span is None:
            continue
        if span[0] >= place.end and _PAIRED.fullmatch(place.sentence[place.end : span[0]]):
            return other, True
        if span[1] <= place.start and _PAIRED.fullmatch(place.sentence[span[1] : place.start]):
            return other, False
    return None


def _tier_word(own: str, at: int) -> str:
    """The tier the words of a price's clause give it, the nearest word winning."""
    words = _words()
    found = [(abs(m.start() - at), BASE) for m in words.has("base").finditer(own)]
    found += [(abs(m.start() - at), UPPER) for m in words.has("upper").finditer(own)]
    before = own[:at].rstrip()
    for kind, tier in (("base_at", BASE), ("upper_at", UPPER)):  # "from $999", "up to $1,099"
        if _pattern(rf"(?<![\w-])(?:{words.any_of(kind)})$").search(before):
            found.append((0, tier))
    return min(found)[1] if found else ""


def _tier(place: _Place, own: str, low: int, partner: tuple[Claim, bool] | None) -> str:
    """Base or upper: the end of a pair or range it is, else what its words say, else ""."""
    scope = (place.claim.scope or "").rsplit(", ", 1)[-1]
    if scope in SPREAD_ENDS:
        return BASE if scope == SPREAD_ENDS[0] else UPPER
    if partner is not None:
        return BASE if partner[1] else UPPER
    return _tier_word(own, place.start - low)


def _settle_tiers(claims: list[Claim]) -> list[Claim]:
    """A price with no tier is its variant's base price, unless the article gives the
    variant a lower base price: then it is an upgraded one ("from $1,199 ... the option of
    a 2.9 GHz i7 for $1,799")."""
    bases: dict[tuple[str, str], list[float]] = defaultdict(list)
    for c in claims:
        if c.variant and c.variant[2] == BASE and c.quantity is not None:
            bases[c.variant[:2]].append(c.quantity.low)
    out = []
    for c in claims:
        if c.variant and not c.variant[2] and c.quantity is not None:
            lower = any(b < c.quantity.low for b in bases[c.variant[:2]])
            c = attrs.evolve(c, variant=(*c.variant[:2], UPPER if lower else BASE))
        out.append(c)
    return out


def variant_name(variant: tuple[str, str, str]) -> str:
    """A variant in words: "13-inch MacBook Pro (base)", "MacBook Pro (upgraded)"."""
    line, spec, tier = variant
    name = " ".join(filter(None, (spec, line))) or "product"
    return f"{name} ({'starting' if tier == BASE else 'upgraded'})" if tier else name
