"""Small word lists the rules rely on, kept in one place and documented in docs/concepts.md.

Predicate classes say when two reports describe the same event in different words
("freed" / "released", "languish" / "remain"); titles mark the role before a name.
"""

from __future__ import annotations

#: Event classes: every lemma on the right is read as the class on the left.
PREDICATE_CLASSES: dict[str, tuple[str, ...]] = {
    "release": ("release", "free", "pardon", "liberate", "discharge", "let"),
    "remain": ("remain", "languish", "stay", "hold", "incarcerate", "imprison", "jail", "keep"),
    "arrest": ("arrest", "detain", "apprehend", "round"),
    "kill": ("kill", "die", "slay", "dead", "death", "fatality"),
    "injure": ("injure", "wound", "hurt", "injury"),
    "evacuate": ("evacuate", "flee", "displace", "evacuation"),
    "include": ("include", "comprise", "contain"),
    "sentence": ("sentence", "jail"),
    "pay": ("pay", "spend", "cost", "buy", "acquire", "purchase"),
    "win": ("win", "beat", "defeat", "clinch"),
    "lose": ("lose", "drop"),
    "vote": ("vote", "elect", "ballot"),
    "earn": ("earn", "make", "gross", "raise"),
    "cut": ("cut", "lay", "layoff", "fire", "sack", "dismiss"),
}

#: Verbs too general to say which event a figure belongs to ("had 13 points").
WEAK_PREDICATES = frozenset({"be", "have", "come", "get", "go", "make", "take", "do", "see", "give"})

#: Nouns that name an event, so "the release of 52 prisoners" has predicate "release".
EVENT_NOUNS = frozenset(
    {
        "release", "arrest", "detention", "death", "killing", "evacuation", "deal",
        "acquisition", "purchase", "sale", "sentence", "transfer", "return", "exchange",
        "freeing", "layoff", "injury", "victory", "win", "loss", "payment", "fine",
    }
)

#: Periods a figure can be limited to: "two shots during the deciding run", "11 points in
#: the second half", "52 deaths in the past 24 hours". Such a figure is part of the whole
#: event's, never a rival reading of it.
PERIOD_NOUNS = frozenset(
    {
        "run", "stretch", "spell", "half", "quarter", "period", "overtime", "inning", "set",
        "round", "lap", "session", "minute", "hour", "day", "week", "month",
    }
)  # fmt: skip
#: Words that mark a part of the event, not all of it ("in the second half", "in the
#: past 24 hours"); after "during" any period counts.
PERIOD_WORDS = frozenset(
    {
        "first", "second", "third", "fourth", "fifth", "final", "last", "past", "previous",
        "opening", "closing", "early", "late", "deciding", "extra",
    }
)  # fmt: skip

#: Modifiers that make a count one of a stretch, part of a total: "four straight points",
#: "the first eight points". Such a count is never read as a rival of the total.
STRETCH_WORDS = frozenset(
    {
        "first", "last", "final", "opening", "closing", "next", "straight", "consecutive",
        "successive", "unanswered",
    }
)

#: Words that take a part out of a whole: "[five] of Creighton's first eight points",
#: "[most] of his 20 points". The whole is not the subject's figure.
PART_WORDS = frozenset({"all", "most", "some", "half", "many", "much", "none", "few", "several", "each"})

#: Words that make a figure an amount added to another: "another three years", "an
#: additional $5m", "three more years".
INCREMENT_WORDS = frozenset({"another", "additional", "extra", "further"})

#: Nouns whose "of N" counts children: "a mother of 12".
PARENT_NOUNS = frozenset({"mother", "father", "parent", "mom", "mum", "dad", "grandmother", "grandfather"})

#: Units of an age: "a 30-year-old man", "six months old".
AGE_UNITS = frozenset({"year", "month", "week", "day"})

#: Verbs that report speech; their subject is the attribution of a claim below them.
SAY_VERBS = frozenset(
    {
        "say", "tell", "state", "report", "claim", "warn", "emphasize", "emphasise",
        "announce", "add", "estimate", "confirm", "insist", "note", "write", "declare",
        "acknowledge", "allege", "assert", "argue", "stress", "explain",
    }
)

#: spaCy entity labels read as names: people, organisations, places and buildings.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})

#: Verbs that report a figure as false: "the ministry denied that 40 were detained".
DENY_VERBS = frozenset({"deny", "dispute", "refute", "reject", "dismiss", "contest"})

#: Nouns that stand for a count as the subject of a change: "the number of prisoners
#: rose to 1,300", "the death toll reached 50".
TALLY_NOUNS = frozenset({"number", "total", "count", "tally", "toll", "figure", "tot"})

#: Nouns that, in apposition to a name, say it is an organisation even when the model
#: tags it a place: "Belavia, the national airline", "the carrier Belavia".
ORG_NOUNS = frozenset(
    {
        "airline", "carrier", "company", "firm", "corporation", "conglomerate", "group",
        "bank", "lender", "insurer", "agency", "ministry", "department", "party", "union",
        "association", "organisation", "organization", "team", "club", "network",
        "broadcaster", "newspaper", "publisher", "maker", "manufacturer", "operator",
        "retailer", "startup", "charity", "foundation", "university", "institute",
        "council", "committee", "commission", "league", "federation", "brand", "utility",
        "railway", "exchange", "militia", "subsidiary", "producer", "supplier",
    }
)  # fmt: skip

#: Words that mark a role or title before a person's name.
TITLE_WORDS = frozenset(
    {
        "president", "vice-president", "minister", "premier", "chancellor", "envoy",
        "ambassador", "leader", "king", "queen", "prince", "princess", "pope", "senator",
        "governor", "mayor", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "general", "colonel", "chief", "director", "ceo", "chairman", "chairwoman", "chair",
        "judge", "coach", "manager", "minister", "representative", "rep.", "sen.", "gov.",
        "dr.", "mr.", "mrs.", "ms.", "prosecutor", "commissioner", "founder", "captain",
        "dictator", "opposition", "activist", "lawyer", "attorney", "officer", "sheriff",
        "emir", "sultan", "sheikh", "archbishop", "bishop", "cardinal", "rabbi", "imam",
        "deputy", "foreign", "prime", "defence", "defense", "interior", "finance", "state",
        "head", "boss", "owner", "executive", "analyst", "official", "correspondent",
    }
)

#: Title words that on their own name an office; two different ones for one person differ.
OFFICES = frozenset(
    {
        "president", "prime minister", "minister", "chancellor", "king", "queen", "pope",
        "senator", "governor", "mayor", "envoy", "ambassador", "secretary", "ceo", "chairman",
        "coach", "judge", "general", "premier",
    }
)

#: Lowercase words that never start or continue a counted noun in the blank-pipeline fallback.
STOP_WORDS = frozenset(
    {
        "the", "a", "an", "of", "were", "was", "are", "is", "be", "been", "being", "have",
        "has", "had", "in", "on", "at", "to", "by", "and", "or", "who", "which", "that",
        "still", "for", "from", "with", "as", "than", "this", "these", "those", "their",
        "its", "his", "her", "our", "it", "they", "he", "she", "we", "i", "you", "not",
        "no", "so", "but", "if", "while", "more", "less", "over", "under", "about", "into",
    }
)


def predicate_class(lemma: str | None) -> str | None:
    """The event class of a predicate lemma ("freed" -> "release"), or the lemma itself."""
    if not lemma:
        return None
    lemma = lemma.lower()
    for name, members in PREDICATE_CLASSES.items():
        if lemma in members:
            return name
    return lemma


def _inflections() -> dict[str, str]:
    """Inflected forms of the predicate lemmas, for pipelines without a lemmatizer."""
    irregular = {"freed": "free", "frees": "free", "held": "hold", "kept": "keep",
                 "paid": "pay", "spent": "spend", "bought": "buy", "won": "win",
                 "lost": "lose", "let": "let", "made": "make", "died": "die", "cut": "cut",
                 "laid": "lay", "fled": "flee"}
    forms: dict[str, str] = dict(irregular)
    for members in PREDICATE_CLASSES.values():
        for lemma in members:
            forms.setdefault(lemma, lemma)
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            for suffix in ("s", "es", "ed", "ing"):
                forms.setdefault(stem + suffix if suffix != "s" else lemma + "s", lemma)
            forms.setdefault(lemma + "d", lemma)
    return forms


INFLECTIONS: dict[str, str] = _inflections()
