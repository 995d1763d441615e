"""Hand-made reports for the format tests: invented outlets, invented story, real offsets.

Each claim is located in its (invented) article so ``start``, ``end``, ``line`` and
``sentence`` are consistent the way the extractor would make them.
"""

from __future__ import annotations

import math

from claimcheck.models import Claim, ClaimKind, Finding, Quantity, Report, SkippedInput, Status

ARTICLES = {
    "Harbor Gazette": (
        "Flood waters receded in Eastbrook on Tuesday, March 4.\n"
        "Officials said nearly 1,200 people died in the district.\n"
        "Mayor Katrin Oswald asked for calm.\n"
        "More than 3,000 residents were evacuated overnight.\n"
    ),
    "Valley Courier": (
        "The river crested on March 4 after three days of rain.\n"
        "The regional health office put the death toll at 950.\n"
        "Mayor Katrine Oswald toured the shelters.\n"
        "About 3,200 residents spent the night in schools.\n"
        "The province pledged $2 million in emergency aid.\n"
    ),
    "Northern Dispatch": (
        "By March 4 the water had begun to fall.\n"
        "Rescuers said 1,150 people had died, a figure that may rise.\n"
        "Mayor Katrin Oswald thanked volunteers.\n"
    ),
    "Metro Wire": (
        "Eastbrook's mayor, Katrin Oswald, said on March 4 that the worst was over.\n"
        "Some 3,100 people left their homes.\n"
    ),
}

PATHS = {
    "Harbor Gazette": "articles/harbor-gazette.txt",
    "Valley Courier": "articles/valley-courier.txt",
    "Northern Dispatch": "articles/northern-dispatch.txt",
    # Metro Wire arrived on stdin: no path, so no file= in annotations.
}


def _sentence_at(text: str, start: int) -> str:
    """The line-bounded sentence around ``start`` (the fixtures use one sentence a line)."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin : end if end >= 0 else len(text)]


def make_claim(
    kind: ClaimKind,
    source: str,
    surface: str,
    articles: dict[str, str] = ARTICLES,
    **extra,
) -> Claim:
    """A claim for ``surface`` as found in ``articles[source]``, with true offsets."""
    text = articles[source]
    start = text.index(surface)
    end = start + len(surface)
    return Claim(
        kind=kind,
        source=source,
        text=surface,
        start=start,
        end=end,
        sentence=_sentence_at(text, start),
        display=extra.pop("display", surface),
        line=text.count("\n", 0, start) + 1,
        sentence_offset=start - (text.rfind("\n", 0, start) + 1),
        **extra,
    )


def qty(low: float, high: float, value: float | None = None, **kw) -> Quantity:
    return Quantity(low=low, high=high, value=value if value is not None else high, **kw)


def _q(kind_source_surface, quantity, noun="people", predicate="die"):
    source, surface = kind_source_surface
    return make_claim(
        ClaimKind.QUANTITY,
        source,
        surface,
        quantity=quantity,
        noun=noun,
        noun_lemma=noun,
        predicate=predicate,
    )


def _e(source, surface, entity="Katrin Oswald"):
    return make_claim(ClaimKind.ENTITY, source, surface, entity=entity, label="PERSON", role="mayor")


def _d(source, surface):
    return make_claim(ClaimKind.DATE, source, surface, label="DATE")


def flood_report() -> Report:
    """Four outlets on one invented flood: a conflict, a variant, a compatible range,
    an agreement and a claim only one outlet makes. Findings deliberately unsorted."""
    toll = (
        _q(
            ("Harbor Gazette", "nearly 1,200"),
            qty(1080, 1200, low_inclusive=True, high_inclusive=False, qualifier="nearly", text="nearly 1,200"),
        ),
        _q(("Valley Courier", "950"), qty(950, 950, text="950")),
        _q(("Northern Dispatch", "1,150"), qty(1150, 1150, text="1,150")),
    )
    evacuated = (
        _q(
            ("Harbor Gazette", "More than 3,000"),
            qty(3000, math.inf, value=3000, low_inclusive=False, qualifier="more than", text="More than 3,000"),
            noun="residents",
            predicate="evacuate",
        ),
        _q(
            ("Valley Courier", "About 3,200"),
            qty(2880, 3520, value=3200, qualifier="about", text="About 3,200"),
            noun="residents",
            predicate="spend",
        ),
        _q(
            ("Metro Wire", "Some 3,100"),
            qty(2790, 3410, value=3100, qualifier="some", text="Some 3,100"),
            noun="people",
            predicate="leave",
        ),
    )
    mayor = (
        _e("Harbor Gazette", "Katrin Oswald"),
        _e("Valley Courier", "Katrine Oswald", entity="Katrine Oswald"),
        _e("Northern Dispatch", "Katrin Oswald"),
        _e("Metro Wire", "Katrin Oswald"),
    )
    date = (
        _d("Harbor Gazette", "March 4"),
        _d("Valley Courier", "March 4"),
        _d("Northern Dispatch", "March 4"),
        _d("Metro Wire", "March 4"),
    )
    aid = (
        _q(
            ("Valley Courier", "$2 million"),
            qty(2_000_000, 2_000_000, unit="USD", text="$2 million"),
            noun="aid",
            predicate="pledge",
        ),
    )
    sources = tuple(ARTICLES)
    findings = (
        Finding(
            status=Status.AGREE,
            kind=ClaimKind.DATE,
            claims=date,
            sources=sources,
            score=1.0,
            explanation="All four sources date the crest to March 4.",
            subject="flood crest date",
            support=4,
            total_sources=4,
        ),
        Finding(
            status=Status.UNIQUE,
            kind=ClaimKind.QUANTITY,
            claims=aid,
            sources=("Valley Courier",),
            score=0.0,
            explanation="Only Valley Courier reports the aid pledge.",
            subject="emergency aid",
            support=1,
            total_sources=4,
        ),
        Finding(
            status=Status.CONFLICT,
            kind=ClaimKind.QUANTITY,
            claims=toll,
            sources=("Harbor Gazette", "Northern Dispatch", "Valley Courier"),
            score=0.91,
            explanation="Valley Courier's 950 lies outside the range [1,080, 1,200) given by Harbor Gazette.",
            subject="people died",
            support=2,
            total_sources=4,
            notes=("Northern Dispatch says the figure may rise.",),
        ),
        Finding(
            status=Status.COMPATIBLE,
            kind=ClaimKind.QUANTITY,
            claims=evacuated,
            sources=("Harbor Gazette", "Metro Wire", "Valley Courier"),
            score=0.74,
            explanation="The estimates overlap between 3,000 and 3,410.",
            subject="residents evacuated",
            support=3,
            total_sources=4,
        ),
        Finding(
            status=Status.VARIANT,
            kind=ClaimKind.ENTITY,
            claims=mayor,
            sources=sources,
            score=0.93,
            explanation="Valley Courier spells the mayor 'Katrine Oswald'; three sources write 'Katrin Oswald'.",
            subject="Katrin Oswald",
            support=3,
            total_sources=4,
        ),
    )
    return Report(
        findings=findings,
        sources=sources,
        skipped=(SkippedInput(path="articles/empty.txt", reason="no text after cleaning"),),
        paths=tuple(PATHS.items()),
        claimcheck_version="0.1.0",
        model_name="en_core_web_sm",
        model_version="3.8.0",
    )


HOSTILE_ARTICLES = {
    "Evil <b>Times</b>": (
        "Headline\n"
        "Police said <script>alert(1)</script> 12 | people were *hurt* in the [red]blast[/red], 100% sure: yes.\n"
    ),
    "Plain, Post": ("Witnesses said 30 people were hurt.\n"),
}

HOSTILE_PATHS = {
    "Evil <b>Times</b>": "in,box/evil:times.txt",
    "Plain, Post": "in,box/plain.txt",
}


def hostile_report() -> Report:
    """Article text full of HTML, Markdown, rich markup and GitHub command characters."""
    evil = make_claim(
        ClaimKind.QUANTITY,
        "Evil <b>Times</b>",
        "12",
        articles=HOSTILE_ARTICLES,
        quantity=qty(12, 12, text="12"),
        noun="people | <i>hurt</i>",
    )
    plain = make_claim(
        ClaimKind.QUANTITY,
        "Plain, Post",
        "30",
        articles=HOSTILE_ARTICLES,
        quantity=qty(30, 30, text="30"),
        noun="people | <i>hurt</i>",
    )
    return Report(
        findings=(
            Finding(
                status=Status.CONFLICT,
                kind=ClaimKind.QUANTITY,
                claims=(evil, plain),
                sources=("Evil <b>Times</b>", "Plain, Post"),
                score=0.8,
                explanation="12 <script>alert(2)</script> vs 30: 100%\nwrong, really",
                subject="people | <i>hurt</i>",
                support=1,
                total_sources=2,
            ),
        ),
        sources=tuple(HOSTILE_ARTICLES),
        paths=tuple(HOSTILE_PATHS.items()),
        claimcheck_version="0.1.0",
    )


def empty_report() -> Report:
    """No findings at all (e.g. one short article)."""
    return Report(findings=(), sources=("Harbor Gazette",), claimcheck_version="0.1.0")
