"""Reading one figure on the trained pipeline: what it counts, of what part, and what kind."""

from __future__ import annotations

import attrs
import pytest
from claim_factory import read_figure, shared_statuses
from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck import Status, compare
from claimcheck.extract import extract
from claimcheck.readers.claims import is_headline


def _figure(nlp, text: str, figure: str):
    return read_figure(nlp, text, figure)


# ---------------------------------------------------------------- parts and wholes

PARTITIVES = [
    # text, figure, agent, noun
    ("Daniel Reyes scored seven of the Tigers' first ten points.", "seven", "Daniel Reyes", "first points"),
    ("Daniel Reyes scored seven of the Tigers' first ten points.", "ten", "Tigers", "first points"),
    ("Daniel Reyes scored seven of the first ten points.", "ten", None, "first points"),
    ("Daniel Reyes scored nine of his 17 points in overtime.", "nine", "Daniel Reyes", "points"),
    ("Daniel Reyes drove to the basket, scoring six straight points.", "six", "Daniel Reyes", "straight points"),
]


@pytest.mark.parametrize(("text", "figure", "agent", "noun"), PARTITIVES)
@pytest.mark.model
def test_the_whole_of_a_part_is_not_the_subjects(nlp, text, figure, agent, noun):
    claim = _figure(nlp, text, figure)
    assert (claim.agent, claim.noun) == (agent, noun)


# ---------------------------------------------------------------- hyphenated modifiers

COMPOUNDS = [
    # text, figure (with its unit, when it has one), noun, noun lemma
    ("He completed a three-point play in the final minute.", "three", "point play", "N-point"),
    ("Workers put up a 7-foot fence around the site.", "7-foot", "foot fence", "N-foot"),
    ("The 15-inch is offered in two colours.", "15-inch", "inch", "N-inch"),  # "the 15-inch [model]"
    ("The fire spread across a nine acre city block.", "nine acre", "acre block", "N-acre"),
    ("The fire spread across a 9-acre complex.", "9-acre", "acre complex", "N-acre"),
    ("The laptops come in 11- and 13-inch versions.", "11", "inch versions", "N-inch"),
    ("The court heard from 12- and 15-year-old girls.", "12", "year-old girls", "N-year-old"),
    ("Police arrested a 30-year-old man on Friday.", "30", "year-old man", "N-year-old"),
    ("The victim, a 34-year old mother, was shot.", "34", "year-old mother", "N-year-old"),
    ("The 19-year-old was charged with murder.", "19", "year-old", "N-year-old"),
    ("The suspect is 30 years old.", "30", "years old suspect", "N-year-old"),
    # a number counting the noun modified, or with a unit of its own, is unchanged
    ("Smith converted two three-point plays.", "two", "point plays", "play"),
    ("The city sent 200 police officers.", "200", "police officers", "officer"),
    ("Deputies and at least one canine unit were at the scene.", "at least one", "canine unit", "unit"),
    ("She bought two dozen eggs.", "two dozen", "eggs", "egg"),
]


@pytest.mark.parametrize(("text", "figure", "noun", "lemma"), COMPOUNDS)
@pytest.mark.model
def test_a_hyphenated_modifier_names_a_kind_not_a_count(nlp, text, figure, noun, lemma):
    claim = _figure(nlp, text, figure)
    assert (claim.noun, claim.noun_lemma) == (noun, lemma)


# ---------------------------------------------------------------- across sources

ACROSS = [
    # one source, the other, the figures a conflict is reported between (none: no conflict)
    ("Police arrested a 30-year-old man on Friday.", "Police arrested a 31-year-old man on Friday.", {"30", "31"}),
    ("Police arrested a 30-year-old man on Friday.", "Police arrested 31 people on Friday.", set()),
    ("The suspect served 30 years in the army.", "The suspect, 31 years old, served in the army.", set()),
    ("Tom Hale completed a three-point play late on.", "Tom Hale completed the game with 11 points.", set()),
    (
        "Jon Park finished with 23 points. Tom Hale started at guard. He finished with 14 points.",
        "Jon Park finished with 20 points.",
        {"23", "20"},
    ),
    ("Jon Park scored 23 points.", "Jon Park scored five of the Tigers' first eight points.", set()),
    ("Tom Hale scored 14 points.", "Tom Hale struck early, scoring four straight points.", set()),
    # how long ago an event was: one event only when it was done to the same thing
    (
        "The coach joined the club two years ago.",
        "The coach joined the club five years ago.",
        {"two years", "five years"},
    ),
    ("The coach joined the club two years ago.", "The sergeant joined the army five years ago.", set()),
    ("The coach joined the club two years ago.", "The coach joined five years ago.", {"two years", "five years"}),
]

THEMES = [
    # text, figure, what the dated event was done to
    ("The coach joined the club two years ago.", "two years", "club"),
    ("The firm opened a plant in Ohio three years ago.", "three years", "plant"),
    ("He married Anna Berg three weeks ago.", "three weeks", None),  # a person: a holder, not a theme
    ("They left two hours ago.", "two hours", None),
    ("The club has 40 members.", "40", None),  # not a time: no theme is read
]


@pytest.mark.parametrize(("text", "figure", "theme"), THEMES)
@pytest.mark.model
def test_a_dated_event_keeps_what_it_was_done_to(nlp, text, figure, theme):
    assert _figure(nlp, text, figure).theme == theme


@pytest.mark.parametrize(("a", "b", "conflicting"), ACROSS)
@pytest.mark.model
def test_which_figures_are_rival_readings(nlp, a, b, conflicting):
    report = compare({"a": a, "b": b}, nlp=nlp)
    found = [{c.text for c in f.claims} for f in report.findings if f.status is Status.CONFLICT]
    assert found == ([conflicting] if conflicting else []), [f.explanation for f in report.findings]


# ---------------------------------------------------------------- organisations

ORGANISATIONS = [
    # text, name, label
    ("Sanctions on Belavia, the national airline, were lifted.", "Belavia", "ORG"),
    ("The carrier Belavia resumed flights.", "Belavia", "ORG"),
    # every mention takes the label the article gives the name once
    ("Belavia flew on. The sanctions on Belavia, the state airline, ended.", "Belavia", "ORG"),
    # an apposition that is not an organisation leaves a place a place
    ("Paris, the capital, was calm.", "Paris", "GPE"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "label"), ORGANISATIONS)
def test_an_article_calling_a_name_an_organisation_makes_it_one(nlp, text, name, label):
    labels = {c.label for c in extract(text, nlp=nlp) if c.entity == name}
    assert labels == {label}


# ---------------------------------------------------------------- part of the event

SCOPES = [
    # text, figure, scope
    ("During the deciding run, Ortiz blocked two shots.", "two", "deciding run"),
    ("Reyes scored all 11 of his points in the second half.", "11", "second half"),
    ("The visitors cut the lead to 3 points midway through the second half.", "3", "second half"),
    ("In the past 24 hours, 52 people died.", "52", "past hour"),
    # verbs joined by "and" share the period; the whole of a part does not
    ("In the second half Reyes scored 9 points and blocked two shots.", "two", "second half"),
    ("In the second half Reyes grabbed 3 of his 11 rebounds.", "11", None),
    ("Reyes scored 9 points in the second half and grabbed 4 rebounds.", "4", None),
    ("During the protest, police detained 40 people.", "40", None),  # not a period
    # the part of a sum: cash or stock
    ("The firm is paying $281m in cash and $53m in stock.", "$281m", "in cash"),
    ("The firm is paying $281m in cash and $53m in stock.", "$53m", "in stock"),
    ("It will pay $334 million, of which $281 million will be paid in cash.", "$281 million", "in cash"),
    ("It will pay $334 million in cash and stock.", "$334 million", None),
    # the whole event, or a span that is not a part of it
    ("Ortiz blocked six shots.", "six", None),
    ("Officials said 52 prisoners were released over two days.", "52", None),
    ("In the final, Reyes scored 20 points.", "20", None),
    # what a thing was made for (capacity_verbs), not what it holds
    ("The camp was built to house 5,000 people.", "5,000", "capacity"),
    ("The ferry was designed to carry 300 passengers.", "300", "capacity"),
    ("The camp now houses 9,000 people.", "9,000", None),
    ("Officials decided to house 5,000 people there.", "5,000", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "figure", "scope"), SCOPES)
def test_a_figure_knows_the_part_of_the_event_it_covers(nlp, text, figure, scope):
    assert _figure(nlp, text, figure).scope == scope


# ---------------------------------------------------------------- measures and holders

MEASURED = [
    # a, b, the figures of the one conflict (empty: no conflict)
    # synonyms of the counted thing, whatever the verb
    ("The gunman fired 14 shots at the car.", "Witnesses said 16 bullets hit the car.", {"14", "16"}),
    ("The death toll rose to 9 on Monday.", "The storm killed 12 people.", {"9", "12"}),
    # an age in apposition is the person's age, even when the model calls it a date
    (
        "Police said they arrested Dana Whitcombe, 31, at her home.",
        "Dana Whitcombe, 33, was arrested at her home, police said.",
        {"31", "33"},
    ),
    (
        "Police said they arrested Dana Whitcombe, 31, at her home.",
        "Police said the 33-year-old Whitcombe was arrested at home.",
        {"31", "33"},
    ),
    # two people's ages are two facts
    (
        "Police said they arrested Dana Whitcombe, 31, at her home.",
        "Police said they arrested Lee Ostrander, 33, at his home.",
        set(),
    ),
    # "a mother of N" counts her children
    (
        "Police said that Rhea Castell, a mother of seven, was hurt.",
        "Police said that Rhea Castell, a mother of eight, was hurt.",
        {"seven", "eight"},
    ),
    # a generic noun takes the measure of its event: killed and injured are two facts
    ("The blast killed 12 people.", "The blast injured 15 people.", set()),
    # a sentence's length, however it is written
    (
        "Police said Kara Lind was sentenced to seven years in prison.",
        "Police said Kara Lind received a five-year prison sentence.",
        {"seven years", "five-year"},
    ),
    # one person's figure: a verb of no known event says nothing more than the noun
    ("Kara Lind has notched 210 games for the club.", "Kara Lind now has 212 games for the club.", {"210", "212"}),
    # a part of a person's own total is not a reading of it
    (
        "Kara Lind finished with 18 points for the club.",
        "Eight of her points came after the break, as Kara Lind led the club.",
        set(),
    ),
]

APART = [
    # a, b: the same number, said of two different things; never one finding
    # the figure comes from the person after "from"
    ("The club was led by 18 points from Kara Lind.", "The club was led by 18 points from Tess Varga."),
    # two ages of nobody named are two facts
    ("Witnesses included two sisters, ages 7 and 9.", "Two girls, ages 7 and 11, saw the crash."),
    # two people's ages
    (
        "Police said they arrested Dana Whitcombe, 31, at her home.",
        "Police said they arrested Lee Ostrander, 31, at his home.",
    ),
    # a father and a son who share a surname
    (
        "Police said Jerry Maddox, 35, was shot outside his home.",
        "Police said Jeremy Maddox, 35, was at home that night, and Jerry Maddox was shot.",
    ),
]


@pytest.mark.model
def test_a_source_that_contradicts_itself_is_a_conflict(nlp):
    report = compare(
        {
            "a": "Mother of 9 hurt in crash\n\nPolice said that Rhea Castell, a mother of eight, was hurt on Monday.",
            "b": "Police said that Rhea Castell, a mother of eight, was hurt on Monday.",
        },
        nlp=nlp,
    )
    [finding] = [f for f in report.findings if f.status is Status.CONFLICT]
    assert "contradicts itself" in finding.explanation and "a says both" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Police said that when one is killed, all of the town grieves.",
        "Police said one of the men was hurt in the crash.",
    ],
)
@pytest.mark.model
def test_a_pronoun_one_is_no_count(nlp, text):
    assert not [c for c in extract(text, nlp=nlp) if c.quantity is not None and c.text.lower() == "one"]


@pytest.mark.parametrize(("a", "b"), APART)
@pytest.mark.model
def test_the_same_number_of_two_things_is_two_findings(nlp, a, b):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = [f for f in report.findings if f.kind.value == "quantity" and len({c.source for c in f.claims}) == 2]
    assert both == [], [(f.subject, [c.text for c in f.claims]) for f in both]


@pytest.mark.parametrize(("a", "b", "conflicting"), MEASURED)
@pytest.mark.model
def test_figures_are_aligned_by_what_they_measure(nlp, a, b, conflicting):
    report = compare({"a": a, "b": b}, nlp=nlp)
    found = [{c.text for c in f.claims} for f in report.findings if f.status is Status.CONFLICT]
    assert found == ([conflicting] if conflicting else []), [(f.subject, f.explanation) for f in report.findings]


@pytest.mark.model
def test_an_apposition_age_belongs_to_its_person(nlp):
    claims = [
        c
        for c in extract("Police charged Omar Feld, 44, and Ruth Nadler, 39, with fraud.", nlp=nlp)
        if c.kind.value == "quantity"
    ]
    assert {(c.text, c.agent, c.noun) for c in claims} == {("44", "Omar Feld", "age"), ("39", "Ruth Nadler", "age")}


AGES = [
    # sentence, figure, the person whose age it is (None: no one named)
    ("Ostrander, 52, led the club for a decade.", "52", "Ostrander"),  # a surname the model calls a noun
    ("The firm said Kovalenko, 61, stepped down on Monday.", "61", "Kovalenko"),  # a name the model calls a group
    ("The actor Bram Ellery has died at home, aged 83.", "83", "Bram Ellery"),
    ("Bram Ellery dies in hospital at 83 on Sunday.", "83", "Bram Ellery"),
    ("She leaves two daughters, ages 14 and 9, her family said.", "14", None),
    ("She leaves two daughters, ages 14 and 9, her family said.", "9", None),
    ("He was convicted of attacking two boys, aged 13 and 11, last year.", "11", None),
    # an age on a noun in apposition with a name, or in a clause on it, is the named person's
    ("Mary Hatton, a 31-year-old nurse, was hurt in the crash.", "31", "Mary Hatton"),
    ("A 31-year-old nurse, Mary Hatton, was hurt in the crash.", "31", "Mary Hatton"),
    ("Police said Hatton, the 44-year-old owner of the mill, was not hurt.", "44", "Hatton"),
    ("Mary Hatton, who is 31, was hurt in the crash.", "31", "Mary Hatton"),
    ("The pilot, the father of a 12-year-old boy, was hurt in the crash.", "12", None),
    # a clause on a noun of one person states that person's age, as "the 61-year-old singer"
    ("The singer, who was 61, died on Sunday.", "61", None),
    ("Police said the suspect, who is 27, was arrested at home.", "27", None),
]


TIMES = [
    # sentence, the adverb read as a count of times (None: no count)
    ("The guard shot the intruder once in the leg.", 1),
    ("The champion twice knocked his rival down.", 2),
    ("The club reached the playoffs twice.", 2),
    ("She once worked for the council.", None),  # formerly
    ("Once the vote closed, the count began.", None),  # when
    ("The new hall is twice as large.", None),  # a multiplier
    ("They meet twice a year.", None),  # a rate
    ("He tried once again.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "value"), TIMES)
def test_an_adverb_counts_how_often(nlp, text, value):
    found = [c for c in extract(text, nlp=nlp) if c.noun_lemma == "time"]
    assert [c.quantity.low for c in found] == ([value] if value else [])


COUNTS_CALLED_DATES = [
    # sentence, figure, counted noun lemma
    ("As part of the deal, four more years were added to the lease.", "four", "year"),
    ("She returns after five-plus seasons abroad.", "five-plus", "season"),
    ("The bridge has been closed for several years.", "several", "year"),
    # a tally verb's value is the measure its subject names, whatever the model calls it
    ("The death toll from the quake rose to 54, with more hurt.", "54", "toll"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "figure", "noun"), COUNTS_CALLED_DATES)
def test_a_count_the_model_calls_a_date_is_read(nlp, text, figure, noun):
    assert _figure(nlp, text, figure).noun_lemma == noun


SHARES = [
    # sentence, figure, what it is a share of (lemma), its scope
    ("The new servers draw one quarter the power of the old racks.", "one quarter", "power", None),
    ("The chip needs a third the energy of its rival.", "a third", "energy", None),
    ("They sold half the milk to the co-op.", "half", "milk", None),
    ("A quarter of the power goes to cooling.", "A quarter", "power", None),
    # a share names its whole with "of", and is not "a part" of a total for that
    ("In 2004, 39 percent of the milk came from local farms.", "39 percent", "milk", None),
    # "a year" after a share is a rate (its scope), not its whole
    ("Spending is expected to grow 33 percent a year.", "33 percent", None, "per year"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "figure", "noun", "scope"), SHARES)
def test_a_share_counts_its_whole_with_or_without_of(nlp, text, figure, noun, scope):
    claim = _figure(nlp, text, figure)
    assert claim.quantity.unit == "%"
    assert (claim.noun_lemma, claim.scope) == (noun, scope)


@pytest.mark.model
@pytest.mark.parametrize(("text", "figure", "holder"), AGES)
def test_a_stated_age_is_an_age(nlp, text, figure, holder):
    claim = _figure(nlp, text, figure)
    assert claim.noun_lemma in {"N-year-old", "age"} and claim.agent == holder


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The company, which was 75, closed its doors.", "75"),  # no person
        ("The singers, who were 61, left the stage.", "61"),  # more than one
        ("The death toll was 27.", "27"),  # no clause on a noun of people
    ],
)
@pytest.mark.model
def test_a_clause_on_no_noun_of_one_person_states_no_age(nlp, text, figure):
    assert _figure(nlp, text, figure).noun_lemma not in {"N-year-old", "age"}


# ---------------------------------------------------------------- units

UNITS = [
    # a, b, status of the finding holding both figures (None: never one finding)
    (
        "The epicentre lay 12 km from the town, officials said.",
        "The epicentre lay 7.5 miles from the town, officials said.",
        Status.COMPATIBLE,
    ),
    (
        "The quake struck at a depth of 10 km, officials said.",
        "The quake struck at a depth of 35 km, officials said.",
        Status.CONFLICT,
    ),
    (
        "Officials said the quake had a magnitude of 5.8 on Sunday.",
        "Officials said the quake had a magnitude of 6.4 on Sunday.",
        Status.CONFLICT,
    ),
    # an area and a distance are never one fact
    (
        "Officials said the fire burned 300 square miles of forest.",
        "Officials said the fire was 300 miles from the coast.",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "status"), UNITS)
@pytest.mark.model
def test_figures_with_units_are_compared_in_one_unit(nlp, a, b, status):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = shared_statuses(report, "quantity")
    assert both == ([status] if status else []), [(f.subject, f.explanation) for f in report.findings]


# ---------------------------------------------------------------- years

YEARS = [
    # a, b, status of the finding holding both years (None: never one finding)
    (
        "Town voters in 2009 approved a $3 million bond for the park, the mayor said.",
        "Town voters in 2011 approved a $3 million bond for the park, officials said.",
        Status.CONFLICT,
    ),
    (
        "Town voters in 2009 approved a $3 million bond for the park, the mayor said.",
        "Town voters in 2009 approved the $3 million bond for the park.",
        Status.AGREE,
    ),
    # a year that bounds a span is not the year of the event
    (
        "The mill has stood empty since 1998, the mayor said.",
        "The mill has stood empty since 2001, neighbours said.",
        None,
    ),
    # "to" or a dash after a year makes a span only when another year follows
    (
        "The poet was born in Leeds in 1931 to a family of weavers.",
        "The poet was born in Leeds in 1931 to weavers.",
        Status.AGREE,
    ),
    (
        "The trust \u2013 founded in 1987 \u2013 runs the museum.",
        "The trust, founded in 1987, runs the museum.",
        Status.AGREE,
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text", ["The poet lived in Leeds from 1931 to 1960.", "The poet lived in Leeds 1931-60."])
def test_a_span_of_years_dates_no_event(nlp, text):
    assert not [c for c in extract(text, nlp=nlp) if c.kind.value == "date"]


@pytest.mark.parametrize(("a", "b", "status"), YEARS)
@pytest.mark.model
def test_a_year_alone_dates_its_event(nlp, a, b, status):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = shared_statuses(report, "date")
    assert both == ([status] if status else []), [(f.subject, f.explanation) for f in report.findings]


CLOCKS = [
    # a, b, status of the finding holding both times
    (
        "Police arrested the man at 3:30 a.m. on Sunday, the chief said.",
        "Police arrested the man at 3:33 a.m. on Sunday, the chief said.",
        Status.COMPATIBLE,
    ),
    (
        "Police arrested the man at 3 a.m. on Sunday, the chief said.",
        "Police arrested the man at 3:30 a.m. on Sunday, the chief said.",
        Status.CONFLICT,
    ),
    # a time of no known event is no known fact
    (
        "Firefighters were called to the mill at 3 a.m. on Sunday, the chief said.",
        "Firefighters were called to the mill at 4:45 a.m. on Sunday, the chief said.",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "status"), CLOCKS)
@pytest.mark.model
def test_a_round_clock_time_allows_for_rounding(nlp, a, b, status):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = shared_statuses(report, "quantity")
    assert both == ([status] if status else []), [(f.subject, f.explanation) for f in report.findings]


INTERVALS = [
    # a, b, status of the finding holding both spans: a span before "ago", "before" or
    # "after" dates its event, so two readings of one event's date are rivals
    (
        "The pilot was married two weeks ago, his brother said.",
        "The pilot, who married three weeks before he was killed, grew up in Tarn.",
        Status.CONFLICT,
    ),
    (
        "The pilot was married two weeks ago, his brother said.",
        "The pilot had married two weeks before the crash, a friend said.",
        Status.AGREE,
    ),
    # spans of two events are two facts
    (
        "The pilot was married two weeks ago, his brother said.",
        "The pilot moved to Tarn three weeks ago, his brother said.",
        None,
    ),
    # a statement's date is no fact: a source may speak many times
    (
        "The pilot said two weeks ago that the engine was faulty.",
        "The pilot said three weeks ago that the engine was faulty.",
        None,
    ),
    # a span that lasts is no date: "for two weeks" and "for three weeks" stay apart
    (
        "The pilot trained for two weeks in Tarn, his brother said.",
        "The pilot trained for three weeks in Tarn, his brother said.",
        None,
    ),
]


@pytest.mark.parametrize(("a", "b", "status"), INTERVALS)
@pytest.mark.model
def test_a_span_before_or_after_an_event_dates_it(nlp, a, b, status):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = shared_statuses(report, "quantity")
    assert both == ([status] if status else []), [(f.subject, f.explanation) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "figure", "predicate"),
    [
        ("Lena Ross, who married the pilot three weeks before he was killed, spoke first.", "three weeks", "marry"),
        ("The guard died two days after he was shot.", "two days", "die"),
        ("The guard was shot two days after the strike began.", "two days", "shoot"),
    ],
)
@pytest.mark.model
def test_a_span_before_a_clause_dates_the_event_it_modifies(nlp, text, figure, predicate):
    assert _figure(nlp, text, figure).predicate == predicate


@pytest.mark.model
def test_a_town_the_articles_place_is_no_person(nlp):
    report = compare(
        {
            "a": "Ferry fire near Marlow Cove\n\n"
            "A fire broke out on a ferry near Tessbury on Monday, officials in Tessbury said.",
            "b": "Officials in the town of Tessbury said a fire broke out on a ferry.",
            "c": "A ferry caught fire near Tessbury, the mayor of Tessbury said.",
        },
        nlp=nlp,
    )
    names = [f.subject for f in report.findings if f.kind.value == "entity" and "Tessbury" in f.subject]
    assert names == ["Tessbury (place)"], names
    assert all(c.entity == c.entity.strip() for f in report.findings for c in f.claims if c.entity)


DATED_FIGURES = [
    # text, figure, noun, agent: numbers the model may call dates that are counts or ages
    ("Police said that Dana Whitcombe was 77 when she died in the fire.", "77", "age", "Dana Whitcombe"),
    ("Police said Dana Whitcombe died at 77 in a hospital.", "77", "age", "Dana Whitcombe"),
    ("Police said Dana Whitcombe died on Sunday at the age of 81.", "81", "age", "Dana Whitcombe"),
    ("Police said he played for 11 seasons in Philadelphia.", "11", "seasons", None),
]


@pytest.mark.parametrize(("text", "figure", "noun", "agent"), DATED_FIGURES)
@pytest.mark.model
def test_a_count_or_age_the_model_calls_a_date_is_read(nlp, text, figure, noun, agent):
    claim = _figure(nlp, text, figure)
    assert (claim.noun, claim.agent) == (noun, agent)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the mill opened in 2008 and closed in 2011.",
        "Police said the crash happened at 3 p.m. on Monday.",
    ],
)
@pytest.mark.model
def test_a_date_stays_a_date(nlp, text):
    assert not [c for c in extract(text, nlp=nlp) if c.quantity is not None and c.quantity.unit is None]


# ---------------------------------------------------------------- the owner of an attribute

ATTRIBUTE_OWNERS = [
    # text, figure, agent: the possessor of the attribute a figure is the value of
    ("Lena Ortmann broke Paula Venner's record of 1,812 points on Friday.", "1,812", "Paula Venner"),
    ("Lena Ortmann broke Paula Venner's scoring record of 1,812.", "1,812", "Paula Venner"),
    ("Lena Ortmann scored 31 points on Friday.", "31", "Lena Ortmann"),
    # what the subject of a copula is, whatever verb reports it
    ("Police said that Dana Hale is 135 pounds.", "135", "Dana Hale"),
    ("Dana Hale is 135 pounds, her coach said.", "135", "Dana Hale"),
    ("Police said that the fine is 500 pounds.", "500", None),
]


WEIGHTS = [
    # a, b, status of the finding holding both weights: one person's weight, however reported
    (
        "Dana Hale is 5-foot-4, weighing 130 pounds, police said.",
        "Police said that Dana Hale is 135 pounds.",
        Status.CONFLICT,
    ),
    ("Police said that Dana Hale is 130 pounds.", "Police said that Tom Reyes is 180 pounds.", None),
]


@pytest.mark.parametrize(("a", "b", "status"), WEIGHTS)
@pytest.mark.model
def test_a_weight_the_subject_of_a_copula_is_is_theirs(nlp, a, b, status):
    report = compare({"a": a, "b": b}, nlp=nlp)
    both = [
        f.status for f in report.findings if f.kind.value == "quantity" and "pound" in f.subject and len(f.sources) > 1
    ]
    assert both == ([status] if status else []), [(f.subject, f.explanation) for f in report.findings]


@pytest.mark.parametrize(("text", "figure", "agent"), ATTRIBUTE_OWNERS)
@pytest.mark.model
def test_a_figure_of_someones_attribute_is_theirs(nlp, text, figure, agent):
    assert _figure(nlp, text, figure).agent == agent


@pytest.mark.model
def test_a_record_misquoted_by_one_outlet_is_a_conflict(nlp):
    # one outlet names the record's points, another leaves the noun out
    texts = {
        "a": "Lena Ortmann broke Paula Venner's school record of 1,812 points on Friday.",
        "b": "Ortmann needed nine points to break Paula Venner's scoring record of 1,821.",
    }
    report = compare(texts, nlp=nlp)
    assert any(
        f.status is Status.CONFLICT and {c.text for c in f.claims} >= {"1,812", "1,821"} for f in report.findings
    )


PASSIVE_HOLDERS = [
    # text, figure, agent, passive: the subject of a passive verb holds the figure told of it
    ("Marta Quill was sentenced to nine years in prison.", "nine years", "Marta Quill", True),
    ("Marta Quill was jailed for six months in 2019.", "six months", "Marta Quill", True),
    ("Marta Quill is survived by two daughters, ages 7 and 15.", "15", None, False),
    # ... as does the object of a verb of penalty in the active voice
    ("The judge sentenced Marta Quill to nine years in prison.", "nine years", "Marta Quill", True),
]


@pytest.mark.parametrize(("text", "figure", "agent", "passive"), PASSIVE_HOLDERS)
@pytest.mark.model
def test_the_subject_of_a_passive_verb_holds_the_figure(nlp, text, figure, agent, passive):
    claim = _figure(nlp, text, figure)
    assert (claim.agent, claim.passive) == (agent, passive)


# ---------------------------------------------------------------- spreads

SPREADS = [
    # text, expected (figure, scope) claims: a range over a set's values states its two ends
    (
        "The four men received prison sentences of between three and 40 years.",
        {("three", "lowest"), ("40 years", "highest")},
    ),
    ("The four men received sentences ranging from 3 to 40 years.", {("3", "lowest"), ("40 years", "highest")}),
    ("Between 30 and 50 protesters gathered outside the court.", {("Between 30 and 50", None)}),
]


@pytest.mark.parametrize(("text", "expected"), SPREADS)
@pytest.mark.model
def test_a_spread_states_its_lowest_and_highest(nlp, text, expected):
    claims = [c for c in extract(text, nlp=nlp) if c.quantity is not None]
    assert {(c.text, c.scope) for c in claims} - {("four", None)} == expected
    assert all(text[c.start : c.end] == c.text for c in claims)


@pytest.mark.model
def test_two_spreads_with_different_ends_disagree_on_that_end(nlp):
    texts = {
        "a": "The four men received prison sentences of between three and 40 years.",
        "b": "The four men received sentences ranging from five to 40 years.",
    }
    report = compare(texts, nlp=nlp)
    conflicts = [f for f in report.findings if f.status is Status.CONFLICT]
    assert [{c.text for c in f.claims} for f in conflicts] == [{"three", "five"}]
    assert any(f.status is Status.AGREE and {c.text for c in f.claims} == {"40 years"} for f in report.findings)


@given(
    st.integers(1, 500),
    st.integers(1, 500),
    st.sampled_from(["between {} and {}", "from {} to {}", "{}-{}", "{} to {}"]),
)
def test_the_ends_of_a_spread_are_its_stated_values_at_their_offsets(a, b, form):
    from claim_factory import qclaim

    from claimcheck.readers.claims import _spread_ends

    low, high = sorted((a, b))
    assume(low < high)
    text = form.format(low, high) + " years"
    claim = attrs.evolve(qclaim("s", form.format(low, high), "sentences", "range", start=7), text=text)
    page = "\n" + " " * 6 + text
    ends = _spread_ends(claim, page)
    assert ends is not None
    assert [(page[e.start : e.end], e.quantity.value, e.scope) for e in ends] == [
        (str(low), low, "lowest"),
        (f"{high} years", high, "highest"),
    ]
    assert [e.column for e in ends] == [e.start for e in ends]  # the line starts after the newline


@pytest.mark.parametrize(
    ("text", "figure", "predicate"),
    [
        ("Three dead as storm hits Tarsk\n\nThe storm hit the coast.", "Three", "dead"),
        ("Two injured in Tarsk blast\n\nThe blast hit a plant.", "Two", "injure"),
        ("Storm kills 12 in Tarsk\n\nThe storm hit the coast.", "12", "kill"),
    ],
)
@pytest.mark.model
def test_a_headline_toll_names_its_event(nlp, text, figure, predicate):
    assert _figure(nlp, text, figure).predicate == predicate


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Turnout was 61 percent, the commission said.", "61 percent", "turnout"),
        ("The death toll stood at 9 on Tuesday.", "9", "death toll"),
        ("The magnitude was 5.8, the survey said.", "5.8", "magnitude"),
        ("The team was 12 points behind at the half.", "12", "points"),  # a counted noun of its own
    ],
)
@pytest.mark.model
def test_a_measure_noun_that_is_the_subject_names_the_figure(nlp, text, figure, noun):
    assert _figure(nlp, text, figure).noun == noun


@pytest.mark.parametrize(
    ("text", "figure", "noun", "predicate"),
    [
        ("The robbers made off with gems valued at $80 million.", "$80 million", "gems", "steal"),
        ("Armed robbers stole jewelry valued at more than $100 million.", "more than $100 million", "jewelry", "steal"),
        ("The house, valued at $2 million, burned down.", "$2 million", "house", "burn"),
        ("Damage was estimated at $3 million.", "$3 million", "damage", "estimate"),  # no participle of a thing
    ],
)
@pytest.mark.model
def test_a_sum_a_thing_is_valued_at_is_that_things_value(nlp, text, figure, noun, predicate):
    claim = _figure(nlp, text, figure)
    assert (claim.noun, claim.predicate) == (noun, predicate)


@pytest.mark.parametrize(
    ("text", "figure", "holder", "passive"),
    [
        ("Judge Ann Ruiz sentenced John Gotti to 12 years in prison.", "12 years", "John Gotti", True),
        (
            "Ann Ruiz said in sentencing John Gotti to 12 years that he showed no remorse.",
            "12 years",
            "John Gotti",
            True,
        ),
        ("The league suspended Tom Brady for four games.", "four", "Tom Brady", True),
        ("John Gotti was sentenced to 12 years.", "12 years", "John Gotti", True),
        ("His accomplice was sentenced to 10 years.", "10 years", "the accomplice", True),
        ("A second suspect was jailed for six months.", "six months", "the suspect", True),
        ("The suspect was sentenced to 10 years.", "10 years", None, False),  # maybe the one named
        # a figure further down is no penalty: the girl's age is nobody's here
        ("The jury sentenced Warren Jeffs to life for the assault of a 12-year-old girl.", "12", None, False),
    ],
)
@pytest.mark.model
def test_a_penalty_is_the_figure_of_the_one_who_undergoes_it(nlp, text, figure, holder, passive):
    claim = _figure(nlp, text, figure)
    assert (claim.agent, claim.passive) == (holder, passive)


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The Bulldogs cut the deficit to four before halftime.", "four", "deficit"),
        ("Drake twice narrowed the gap to three.", "three", "gap"),
        ("The lender lowered its rate to 4.5 on Monday.", "4.5", "rate"),
        ("The firm cut 300 jobs.", "300", "jobs"),  # a count of its own: the jobs were cut
        ("The firm cut jobs to 300 from 500.", "300", "jobs"),
    ],
)
@pytest.mark.model
def test_a_figure_after_to_is_the_new_level_of_the_verbs_object(nlp, text, figure, noun):
    assert _figure(nlp, text, figure).noun == noun


@pytest.mark.parametrize(
    ("text", "figure", "noun", "predicate"),
    [
        # a verb of estimate states its object's value after "at"; a tally's "of" object is counted
        ("Officials put the death toll at 54.", "54", "death toll", "put"),
        ("The ministry put the number of displaced villagers at 9,400.", "9,400", "displaced villagers", "put"),
        ("Police put the size of the crowd at 3,000.", "3,000", "crowd", "put"),
        ("The judge set bail at $250,000.", "$250,000", "bail", "set"),
        ("The firm met 40 clients at 9 a.m.", "9 a.m.", None, "meet"),  # no verb of estimate: no value
        # a verb of tally: its subject is what the figure counts
        ("Protesters numbered about 5,000, police said.", "about 5,000", "protesters", "number"),
        # a participle after a linking verb is the event, as after "are"
        ("Twelve people remain missing.", "Twelve", "people", "miss"),
        ("Four people remain hospitalized after the crash.", "Four", "people", "hospitalize"),
        ("Nearly 1,200 remain in prison.", "Nearly 1,200", None, "remain"),  # no participle: held
        # "made ... ill" is the phrase of sickening, as "fell ill" is
        ("The outbreak has made 140 people ill.", "140", "people", "sicken"),
        # money "taken in" or "raked in" is grossed ("took in 300 refugees" keeps its noun)
        ("The film took in $110 million.", "$110 million", None, "gross"),
        ("The tour raked in $50 million.", "$50 million", None, "gross"),
        # a bare participle on a share's whole says which whole: the share's verb is its event
        ("She won 61% of the votes cast.", "61%", "votes", "win"),
        ("She won 61% of the votes counted on Sunday.", "61%", "votes", "count"),
        # an infinitive after a sum of money says what it is for: the sum's verb is its event
        ("The film cost $200 million to make.", "$200 million", None, "cost"),
        ("The bridge cost $2 billion to build.", "$2 billion", None, "cost"),
        # so does an active infinitive after any counted thing; a passive one is what befell it
        ("The proposal needed 55% support to pass.", "55%", "support", "need"),
        ("The army sent 5,000 troops to secure the border.", "5,000", "troops", "send"),
        ("The first 52 prisoners to be freed arrived on Monday.", "52", "first prisoners", "free"),
        # a phrasal verb whose word the parse hangs on the verb's object ("shot [dead] 12")
        ("Security forces shot dead 12 demonstrators.", "12", "demonstrators", "kill"),
        # being on board is being carried, however the clause is reported
        ("Some 300 passengers were on board the ferry, officials said.", "Some 300", "passengers", "carry"),
        ("About 150 people were aboard the plane.", "About 150", "people", "carry"),
    ],
)
@pytest.mark.model
def test_what_a_verb_of_estimate_tally_or_state_says_a_figure_counts(nlp, text, figure, noun, predicate):
    claim = _figure(nlp, text, figure)
    assert (claim.noun, claim.predicate) == (noun, predicate)


@pytest.mark.parametrize(
    ("text", "figure", "scope", "theme"),
    [
        ("The Hawks won 8 games last season.", "8", "last season", None),
        ("Kestrel earned $2 billion this year.", "$2 billion", "this year", None),
        ("The Hawks won 8 games in 2019.", "8", None, None),  # a year is read as a date, not a span from now
        ("Jon Reyes faces three counts of first-degree murder.", "three", None, "murder"),
        ("Jon Reyes faces five robbery counts.", "five", None, "robbery"),
        ("Jon Reyes faces two charges of arson.", "two", None, "arson"),
        ("Jon Reyes faces one count of attempted murder.", "one", None, "attempted murder"),
        ("Jon Reyes was indicted on 12 counts.", "12", None, None),
        ("About 200 people attended the funeral.", "About 200", None, "funeral"),  # what a crowd came to
        ("The rally drew 10,000 people.", "10,000", None, "rally"),
        ("About 4,000 workers gathered outside the plant.", "About 4,000", None, None),  # the crowd itself
        # one incident of several, named by the incident its noun names, in a phrase or as the subject
        ("Three people died in the first blast.", "Three", "first explosion", None),
        ("The second explosion killed five people.", "five", "second explosion", None),
        ("The first quake killed 12 people.", "12", "first quake", None),
        ("The quake killed 12 people.", "12", None, None),
        ("Apple sold 3 million iPads in the first weekend.", "3 million", None, None),  # no incident
        ("The Hawks scored 20 points in the second half.", "20", "second half", None),
    ],
)
@pytest.mark.model
def test_a_season_a_figure_is_told_for_and_the_offence_a_count_names(nlp, text, figure, scope, theme):
    claim = _figure(nlp, text, figure)
    assert (claim.scope, claim.theme) == (scope, theme)


@pytest.mark.parametrize(
    ("text", "figure", "predicate"),
    [
        ("Kestrel shares fell 12% on Monday.", "12%", "fall"),
        ("The stock dropped 9 percent.", "9 percent", "fall"),
        ("The shares lost 3% in early trading.", "3%", "fall"),
        ("Kestrel shares jumped 15%.", "15%", "rise"),
        ("Profit gained 4 percent.", "4 percent", "rise"),
        ("Unemployment rose to 7.9%.", "7.9%", "rise"),  # the level reached: no change, the verb's own lemma
    ],
)
@pytest.mark.model
def test_a_share_changed_is_a_rise_or_a_fall_in_any_verb(nlp, text, figure, predicate):
    assert _figure(nlp, text, figure).predicate == predicate


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The speed limit on the bridge is 40 mph.", "40 mph", "speed limit"),
        ("The depth of the well was 120 metres.", "120 metres", "depth"),
        ("Turnout was 61 percent.", "61 percent", "turnout"),
    ],
)
@pytest.mark.model
def test_a_figure_with_a_unit_states_the_measure_its_copula_names(nlp, text, figure, noun):
    assert _figure(nlp, text, figure).noun == noun


@pytest.mark.parametrize(
    ("text", "figure", "predicate", "holder"),
    [
        ("Judge Alma Ruiz gave Victor Salas 18 years on Tuesday.", "18 years", "sentence", "Victor Salas"),
        ("A judge handed Victor Salas nine years in prison.", "nine years", "sentence", "Victor Salas"),
        ("Doctors gave Victor Salas two years to live.", "two years", "give", None),  # a span with its own clause
        ("The lender gave the firm five years to repay.", "five years", "give", None),
        ("Victor Salas got 20 years of experience there.", "20 years", "get", "Victor Salas"),  # a span of something
        # "behind bars" may carry the span in the parse; the one given it may parse as the object
        ("A judge gave Dorn 30 years behind bars.", "30 years", "sentence", "Dorn"),
        ("The court handed Lena Ruiz 10 years behind bars.", "10 years", "sentence", "Lena Ruiz"),
        ("The court handed the firm 10 years to comply.", "10 years", "hand", None),
    ],
)
@pytest.mark.model
def test_a_bare_span_given_to_a_person_is_a_prison_term(nlp, text, figure, predicate, holder):
    claim = _figure(nlp, text, figure)
    assert (claim.predicate, claim.agent) == (predicate, holder)


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The trawler sank with a crew of 14 aboard.", "14", "crew"),
        ("The clinic has a staff of 40.", "40", "staff"),
        ("A jury of 12 heard the case.", "12", "jury"),
        ("A family of five was rescued from the roof.", "five", "family"),
        ("A fleet of 12 ships left the harbour.", "12", "ships"),  # a figure with a noun counts it
        ("The ship had a length of 90 metres.", "90 metres", "length"),  # a measure, not a group
    ],
)
@pytest.mark.model
def test_a_bare_count_of_a_group_is_the_number_of_its_members(nlp, text, figure, noun):
    assert _figure(nlp, text, figure).noun == noun


@pytest.mark.model
def test_a_magnitude_read_from_its_noun_meets_one_read_from_its_unit(nlp):
    texts = {"a": "The magnitude was 5.8, the survey said.", "b": "The quake had a magnitude of 6.1."}
    report = compare(texts, nlp=nlp)
    assert any(f.status is Status.CONFLICT for f in report.findings)


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The startup raised $60 million in funding last year.", "$60 million", "funding"),
        ("The chain reported $2 billion in revenue for the year.", "$2 billion", "revenue"),
        ("The buyer paid $281 million in cash.", "$281 million", None),  # cash is no measure
        # the verb holds the "in" of its object, and a part of the amount names its whole
        ("The startup raised $35m in two rounds of funding.", "$35m", "funding"),
        ("The fund paid out $4 billion in three tranches of investment.", "$4 billion", "investment"),
        ("The startup raised $20 million in two rounds.", "$20 million", None),  # rounds of nothing
        ("The startup raised $20 million in 2011.", "$20 million", None),
    ],
)
@pytest.mark.model
def test_an_amount_in_a_measure_is_that_measure(nlp, text, figure, noun):
    assert _figure(nlp, text, figure).noun == noun


@pytest.mark.model
def test_a_price_the_parse_leaves_without_a_verb_meets_one_with_its_verb(nlp):
    # the model may read "costs" as a noun: the event word right beside the figure still counts
    texts = {"a": "The Zorn phone costs $199 in the United States.", "b": "The Zorn phone is priced at $249 here."}
    report = compare(texts, nlp=nlp)
    assert any(f.status is Status.CONFLICT for f in report.findings)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Hawks fell to 15-17 after the loss.",
        "The defeat dropped Ohio to 8-4 on the season.",
    ],
)
def test_a_record_is_a_pair_and_not_also_a_range(nlp, text):
    from claimcheck.models import ClaimKind
    from claimcheck.readers.claims import read_claims

    with nlp.select_pipes(disable=["claimcheck_claims"]):
        claims = read_claims(nlp(text))
    pairs = {(c.start, c.end) for c in claims if c.kind is ClaimKind.SCORE}
    assert pairs, [(c.text, c.kind) for c in claims]
    assert not [c for c in claims if c.kind is ClaimKind.QUANTITY and (c.start, c.end) in pairs]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Nikon said on Monday it would buy the chip designer, based in Ohio, for $40 million.", True),
        ("The buyer said on Monday it would pay $40 million for the chip designer, based in Ohio.", False),
    ],
)
def test_a_headline_keeps_only_the_names_its_body_writes_alike(nlp, body, kept):
    from claimcheck.extract import extract

    headline = "Nikon Will Acquire Zendrix For Camera Sensors"
    names = {c.entity for c in extract(f"{headline}\n\n{body}", nlp=nlp) if c.entity and c.start < len(headline)}
    assert ("Nikon" in names) is kept


# ---------------------------------------------------------------- the run's word lists


def _read_with(nlp, text: str, **words):
    """The claims of ``text`` read with the packaged word lists, then with ``words`` added."""
    from claimcheck.lexicon import PACKAGED
    from claimcheck.readers.claims import read_claims

    with nlp.select_pipes(disable=["claimcheck_claims"]):
        doc = nlp(text)
    return read_claims(doc), read_claims(doc, words=PACKAGED.extended(**words))


# a sentence, the list and word added, the figure or name read, the field, before, after
ADDED_WORDS = [
    ("Commissar Ivo Tarn toured the harbour.", "title_words", "commissar", "Ivo Tarn", "role", None, "Commissar"),
    (
        "Kessel scored nine points during the closing bracket.",
        "period_nouns",
        "bracket",
        "nine",
        "scope",
        None,
        "bracket",
    ),
    ("The roster of stranded hikers rose to 30.", "tally_nouns", "roster", "30", "noun", None, "stranded hikers"),
    (
        "Ana Ruiz, a nurse, recalled that 12 patients were moved.",
        "say_verbs",
        "recall",
        "12",
        "attribution",
        None,
        "Ana Ruiz, a nurse,",
    ),
    ("She was a mother of 5 and a godmother of 9.", "parent_nouns", "godmother", "9", "noun", None, "children"),
    (
        "He went by the sobriquet Whisper among dealers.",
        "nickname_cues",
        "sobriquet",
        "Whisper",
        "label",
        "PERSON",
        "NICKNAME",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "word", "read", "field", "before", "after"), ADDED_WORDS)
def test_a_word_added_to_a_list_changes_what_the_readers_read(nlp, text, name, word, read, field, before, after):
    packaged, grown = _read_with(nlp, text, **{name: [word]})
    was = [getattr(c, field) for c in packaged if read in (c.text, c.entity)]
    now = [getattr(c, field) for c in grown if read in (c.text, c.entity)]
    assert after not in was and (before in was or not was), was
    assert after in now, now


@pytest.mark.model
def test_an_added_entity_label_is_read_as_a_name(nlp):
    packaged, grown = _read_with(nlp, "The French delegation met the mayor in Lyon.", entity_labels=["norp"])
    assert "French" not in {c.entity for c in packaged}
    assert ("French", "NORP") in {(c.entity, c.label) for c in grown}


@pytest.mark.model
def test_the_packaged_lists_read_what_the_default_reads(nlp):
    """Passing the packaged lexicon is the default path: the same claims, field for field."""
    from claimcheck.lexicon import PACKAGED
    from claimcheck.readers.claims import read_claims

    text = "Commissar Ivo Tarn said 40 homes were lost in the first half of the storm."
    with nlp.select_pipes(disable=["claimcheck_claims"]):
        doc = nlp(text)
    assert read_claims(doc) == read_claims(doc, words=PACKAGED) == read_claims(doc, words=PACKAGED.extended())


@pytest.mark.parametrize(
    ("text", "figure", "theme"),
    [
        ("Tickets cost $45 at the door.", "$45", "ticket"),
        ("The phone is priced at $199.", "$199", "phone"),
        ("The phone will sell for $199.", "$199", "phone"),
        ("It costs $199.", "$199", None),  # a pronoun names nothing
        ("The tickets sold out in 20 minutes.", "20 minutes", None),  # no price
        ("The bridge costs 40 million people a day in delays.", "40 million", None),  # no money
    ],
)
@pytest.mark.model
def test_a_price_is_the_price_of_its_verbs_subject(nlp, text, figure, theme):
    assert _figure(nlp, text, figure).theme == theme


@pytest.mark.parametrize(
    ("text", "figure", "agent"),
    [
        ("Microsoft reported revenue of $20 billion.", "$20 billion", "Microsoft"),
        ("Ford will cut 1,000 jobs this year.", "1,000", "Ford"),
        ("Microsoft shares rose 2% on Monday.", "2%", "Microsoft"),
        ("Police in Ohio arrested 23 protesters.", "23", None),  # no measure an organisation holds
    ],
)
@pytest.mark.model
def test_an_organisations_measure_is_held_by_the_organisation(nlp, text, figure, agent):
    assert _figure(nlp, text, figure).agent == agent


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a sentence full of names that ends as a sentence does is body text
        ("Police said Mary Jones, 45, of Dallas, was arrested on Monday.", False),
        ("Mary Jones, 45, of Dallas, was arrested.", False),
        # a title-case line is a headline, with or without a full stop
        ("Police Arrest Dallas Woman In Shooting Of Deputy", True),
        ("Storm Kills Dozens Across Three Counties.", True),
    ],
)
@pytest.mark.model
def test_a_headline_is_told_from_body_text_full_of_names(nlp, text, headline):
    doc = nlp(text)
    assert is_headline(doc[:]) is headline


@pytest.mark.model
def test_an_age_in_a_sentence_full_of_names_is_read(nlp):
    claim = _figure(nlp, "Police said Mary Jones, 45, of Dallas, was arrested on Monday.", "45")
    assert (claim.agent, claim.noun_lemma) == ("Mary Jones", "N-year-old")


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The standoff lasted four hours.", "four hours", "standoff"),
        ("The trial ran for three weeks.", "three weeks", "trial"),
        # the time a run took ("in"), or a verb with an object of its own, is no span its subject lasted
        ("The sprinter ran 100 metres in 9.58 seconds.", "9.58 seconds", None),
        ("The crew ran the pumps for six hours.", "six hours", None),
    ],
)
@pytest.mark.model
def test_a_verb_of_lasting_gives_the_span_to_its_subject(nlp, text, figure, noun):
    assert _figure(nlp, text, figure).noun == noun


@pytest.mark.parametrize(
    ("text", "figure", "noun", "scope"),
    [
        # a group "among" whom a measure is taken is its scope
        ("Unemployment among young people is 18%.", "18%", "unemployment", "among young people"),
        ("Unemployment is 5%.", "5%", "unemployment", None),
        # where a team's figure was made: home and away games are two parts of a record
        ("The team lost 3 games at home.", "3", "games", "at home"),
        ("The team lost 7 games on the road.", "7", "games", "away"),
        ("The Hawks won 8 games away from home.", "8", "games", "away"),
        ("The Hawks won 8 games at home against Boston.", "8", "games", "at home"),
        # a bare noun after "in" names what a sum is made of; a payment part or a period does not
        ("The company paid $10 million in bonuses.", "$10 million", "bonuses", None),
        ("Thieves got away with $80,000 in cash.", "$80,000", None, "in cash"),
        ("Acme paid $5 million in the first quarter.", "$5 million", None, "first quarter"),
    ],
)
@pytest.mark.model
def test_a_group_or_a_kind_of_sum_limits_what_a_figure_states(nlp, text, figure, noun, scope):
    claim = _figure(nlp, text, figure)
    assert (claim.noun, claim.scope) == (noun, scope)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "noun", "lemma"),
    [
        # the measure a copula's or a tally verb's subject names is what is counted; the
        # noun after the figure says only in what
        ("The death toll from the flood rose to 31 people.", "31", "people", "toll"),
        ("Turnout in the vote was 3.2 million voters.", "3.2 million", "voters", "turnout"),
        ("The island's population is 80,000 people.", "80,000", "people", "population"),
        # a subject that names no measure leaves the counted noun alone
        ("The victims were 12 children.", "12", "children", "child"),
        # a day's name the parse hung the number on is no counted noun
        ("On Tuesday 640 flu patients were in hospital.", "640", "flu patients", "patient"),
    ],
)
def test_what_a_counted_figure_measures(nlp, text, figure, noun, lemma):
    claim = _figure(nlp, text, figure)
    assert (claim.noun, claim.noun_lemma) == (noun, lemma)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "predicate"),
    [
        # a sentence under a modal is one the defendant faces, not one passed
        ("If convicted, Halloran could be sentenced to up to 20 years.", "up to 20 years", "face"),
        ("Halloran could get as many as 45 years behind bars.", "as many as 45 years", "face"),
        ("Halloran was sentenced to 12 years on Friday.", "12 years", "sentence"),
        ("Halloran will be sentenced to 12 years under the plea deal.", "12 years", "sentence"),
    ],
)
def test_a_possible_sentence_is_read_as_one_faced(nlp, text, figure, predicate):
    assert _figure(nlp, text, figure).predicate == predicate
