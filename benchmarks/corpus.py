"""A reproducible corpus of made-up news articles for benchmarks.

Articles are built from template sentences about invented events in invented places,
so every run of a benchmark parses the same text: numbers, names, dates, attributions
and negations. Nothing here is a real article.

By default every sentence states a figure or a date, so an article holds a figure every
ten words or so: several times as many as news has, which weighs claim reading heavily
(a stress case). With ``prose``, that share of the sentences are drawn from sentences
without figures (quotes, background, reactions); at ``NEWS_PROSE`` the figures per
1,000 words are about what real multi-outlet news has (see ``bench_speed.py``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from claimcheck.models import Document

PLACES = ["Valdora", "Kestrin", "Morvania", "Tessaly", "Ormund", "Brevik Bay", "Larnow", "Suvela"]
CITIES = ["Port Amsel", "Dravik", "Nolen", "Old Tarsk", "Wester Hill", "Karvo", "Lismore Cross"]
PEOPLE = [
    ("President", "Ilse Marrow"),
    ("Prime Minister", "Tomas Vell"),
    ("Governor", "Anika Stroud"),
    ("Minister", "Pavel Oresk"),
    ("Mayor", "Dana Kittering"),
    ("envoy", "Rafael Osterby"),
    ("spokesman", "Jonah Pell"),
    ("General", "Mira Voskov"),
]
ORGS = [
    "the Interior Ministry",
    "the Red Crescent",
    "the National Assembly",
    "the Harbour Authority",
    "the Civic Rights Centre",
    "the Union of Miners",
    "the Central Bank",
    "the Electoral Commission",
]
SOURCES_SAID = [
    "officials said",
    "police said",
    "the ministry said",
    "organisers said",
    "witnesses said",
    "a spokeswoman said",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NOUNS = [
    "protesters",
    "prisoners",
    "people",
    "workers",
    "students",
    "families",
    "soldiers",
    "voters",
    "passengers",
    "residents",
    "journalists",
    "miners",
]
QUALIFIERS = ["", "", "", "nearly ", "more than ", "about ", "at least ", "almost ", "over "]

TEMPLATES = [
    "Police detained {n} {noun} in {city} on {day}, {said}.",
    "{Title} {person} said {qual}{n} {noun} had been released since {month}.",
    "According to {org}, {qual}{n} {noun} remain in custody.",
    "The authorities did not free the {n} {noun} named in the appeal.",
    "{org_cap} reported that {qual}{n} {noun} were injured in the clashes.",
    "Turnout reached {pct}% in {place}, up from {pct2}% four years ago.",
    "The release of {n} political prisoners was announced on {month} {date}, {year}.",
    "{qual_cap}{n} {noun} gathered outside the parliament in {city}.",
    "{Title} {person} met {title2} {person2} in {city} to discuss the dispute.",
    "The government said it would spend ${money} million on repairs in {place}.",
    "Talks between {place} and {place2} resumed in {city} after a pause of {small} weeks.",
    "Some {n} {noun} have left {place} since the border closed, {said}.",
    "{org_cap} said the figure could rise to {qual}{n2}.",
    "Inflation slowed to {dec} percent in {month}, the lowest level in {small} years.",
    "No {noun} were hurt, {said}.",
    "The court sentenced {small} activists to prison terms of up to {small} years.",
    "A convoy of {small} trucks carrying aid crossed into {place} on {day}.",
    "The ministry put the number of displaced {noun} at {n2}, while aid groups said it was closer to {n3}.",
]

#: Sentences without figures: what the rest of a news story is made of.
PROSE = [
    "{Title} {person} told reporters in {city} that the talks had been difficult but useful.",
    '"We want an agreement that lasts," {person} said after the meeting.',
    "The dispute has strained relations between {place} and {place2} for years.",
    "Critics accused {org} of moving too slowly, a charge it rejected.",
    "Residents of {city} described long queues outside shops and pharmacies.",
    "{org_cap} declined to comment on the reports.",
    "Diplomats in {city} said the decision reflected growing pressure from {place2}.",
    "The move drew criticism from opposition leaders, who called it a distraction.",
    "Officials in {place} have denied any wrongdoing.",
    "{Title} {person} is expected to travel to {city} later this month.",
    "The announcement came after weeks of negotiations behind closed doors.",
    "Rights groups welcomed the step but said much more needed to be done.",
    "It was not immediately clear whether the measures would be extended to {place2}.",
    "Shops in the centre of {city} stayed shut as the crowd moved towards the square.",
    "{org_cap} said it was studying the proposal and would respond in due course.",
    "The opposition has long argued that the courts in {place} are not independent.",
    "Analysts said the agreement could open the way to wider talks with {place2}.",
    "Witnesses said police used tear gas to disperse the crowd near the station.",
    "Relatives gathered outside the prison gates, some holding photographs.",
    "{Title} {person} thanked the mediators and called the outcome a first step.",
]

HEADLINES = [
    "{Place} frees {n} prisoners after talks in {city}",
    "Thousands rally in {city} as {place} tensions grow",
    "{Title} {person} visits {place} amid dispute over border",
    "Clashes in {city} leave {small} injured",
]


def _fill(template: str, rng: random.Random) -> str:
    title, person = rng.choice(PEOPLE)
    title2, person2 = rng.choice(PEOPLE)
    org = rng.choice(ORGS)
    qual = rng.choice(QUALIFIERS)
    values = {
        "n": f"{rng.randint(12, 4800):,}",
        "n2": f"{rng.randint(1000, 90000):,}",
        "n3": f"{rng.randint(1000, 90000):,}",
        "small": rng.randint(2, 11),
        "pct": rng.randint(30, 80),
        "pct2": rng.randint(30, 80),
        "dec": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        "money": rng.randint(5, 900),
        "noun": rng.choice(NOUNS),
        "city": rng.choice(CITIES),
        "place": rng.choice(PLACES),
        "Place": rng.choice(PLACES),
        "place2": rng.choice(PLACES),
        "day": rng.choice(DAYS),
        "month": rng.choice(MONTHS),
        "date": rng.randint(1, 28),
        "year": rng.randint(2015, 2025),
        "said": rng.choice(SOURCES_SAID),
        "Title": title,
        "person": person,
        "title2": title2.lower() if title2 not in {"President", "General"} else title2,
        "person2": person2,
        "org": org,
        "org_cap": org[0].upper() + org[1:],
        "qual": qual,
        "qual_cap": qual[:1].upper() + qual[1:],
    }
    text = template.format(**values)
    return text[0].upper() + text[1:]


#: The share of sentences without figures that gives the figures per 1,000 words of real
#: news (about 27 on the 128 articles of the shared multi-outlet corpus; see bench_speed.py).
NEWS_PROSE = 0.74


def article(index: int, *, seed: int = 0, paragraphs: tuple[int, int] = (5, 9), prose: float = 0.0) -> Document:
    """One article: a headline, a dateline, and paragraphs of one to three sentences, a
    ``prose`` share of them drawn from sentences without figures."""
    rng = random.Random(f"{seed}:{index}")
    parts = [_fill(rng.choice(HEADLINES), rng), ""]
    parts.append(f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}")
    parts.append("")
    for _ in range(rng.randint(*paragraphs)):
        sentences = [_sentence(rng, prose) for _ in range(rng.randint(1, 3))]
        parts.append(" ".join(sentences))
        parts.append("")
    return Document(text="\n".join(parts).strip() + "\n", source=f"source-{index:05d}")


def _sentence(rng: random.Random, prose: float) -> str:
    """A sentence with figures, or with chance ``prose`` one without (no draw when 0, so the
    default articles stay the same)."""
    if prose and rng.random() < prose:
        return _fill(rng.choice(PROSE), rng)
    return _fill(rng.choice(TEMPLATES), rng)


def corpus(n: int, *, seed: int = 0, prose: float = 0.0) -> list[Document]:
    """``n`` articles, the same ones for the same ``n``, ``seed`` and ``prose`` (typically
    150-350 words each)."""
    return [article(i, seed=seed, prose=prose) for i in range(n)]


def folder(path: Path) -> list[Document]:
    """The real articles of a folder: every ``*.txt`` under it, in path order."""
    paths = sorted(path.rglob("*.txt"))
    if not paths:
        raise SystemExit(f"{path}: no .txt articles")
    return [Document(text=p.read_text(encoding="utf-8"), source=str(p.relative_to(path))) for p in paths]


def stream(seed: int = 0) -> Iterator[Document]:
    """An endless stream of articles, for tests that check input is consumed lazily."""
    i = 0
    while True:
        yield article(i, seed=seed)
        i += 1


def words(documents: list[Document]) -> int:
    """Whitespace-separated words: the unit throughputs are reported in."""
    return sum(len(d.text.split()) for d in documents)


if __name__ == "__main__":  # pragma: no cover - a quick look at what the corpus is like
    docs = corpus(3)
    print(docs[0].text)
    print(f"{words(corpus(100)) / 100:.0f} words per article on average")
