"""Extraction: exact offsets on any text, lazy streaming, long articles, and model readings."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import NUMBER_HEAVY_TEXT, claims

from claimcheck.extract import CHUNK_CHARS, _chunks, extract, extract_documents
from claimcheck.models import ClaimKind, Document


def _offsets_exact(text: str, claims) -> None:
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.line == text.count("\n", 0, claim.start) + 1


# ---------------------------------------------------------------- any text


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_text_never_raises_and_offsets_are_exact(blank_nlp, text):
    _offsets_exact(text, extract(text, nlp=blank_nlp))


_NUMBERY = NUMBER_HEAVY_TEXT


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_NUMBERY)
def test_number_heavy_text_keeps_offsets_exact(blank_nlp, text):
    _offsets_exact(text, extract(text, nlp=blank_nlp))


def test_mojibake_is_repaired_for_display_but_text_quotes_the_original(nlp):
    text = "Lithuanian President Gitanas NausÄ—da said the fund pledged â‚¬5 million."
    claims = extract(text, nlp=nlp)
    _offsets_exact(text, claims)
    person = next(c for c in claims if c.kind is ClaimKind.ENTITY)
    assert person.text == "Gitanas NausÄ—da"
    assert person.display == "Gitanas Nausėda"
    money = next(c for c in claims if c.kind is ClaimKind.QUANTITY)
    assert money.text == "â‚¬5 million"
    assert money.display == "€5 million"


def test_extract_accepts_documents_and_strings(blank_nlp):
    [a] = extract("52 prisoners", nlp=blank_nlp)
    assert a.source == "text"
    [b] = extract(Document(text="52 prisoners", source="wire"), source="daily", nlp=blank_nlp)
    assert b.source == "daily"
    with pytest.raises(TypeError):
        extract(b"52 prisoners", nlp=blank_nlp)  # type: ignore[arg-type]


def test_empty_inputs_give_empty_results(blank_nlp):
    docs = [Document(text="", source="a"), Document(text="   \n", source="b")]
    assert [(d.source, c) for d, c in extract_documents(docs, blank_nlp)] == [("a", []), ("b", [])]


# ---------------------------------------------------------------- streaming


def test_input_is_read_lazily(blank_nlp):
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Document(text=f"Police detained {i + 1} protesters.", source=f"s{i}")

    out = list(itertools.islice(extract_documents(endless(), blank_nlp, batch_size=8), 5))
    assert [d.source for d, _ in out] == [f"s{i}" for i in range(5)]
    assert [c[0].quantity.value for _, c in out] == [1, 2, 3, 4, 5]
    assert pulled <= 5 + 2 * 8  # a batch or so of read-ahead, not the whole stream


def test_results_keep_input_order_in_batches(blank_nlp):
    docs = [Document(text=f"{i} prisoners were freed.", source=f"s{i:03d}") for i in range(1, 70)]
    out = list(extract_documents(docs, blank_nlp, batch_size=4))
    assert [d.source for d, _ in out] == [d.source for d in docs]
    assert [c[0].quantity.value for _, c in out] == list(range(1, 70))


# ---------------------------------------------------------------- long articles


@given(
    st.lists(st.sampled_from(["word", "w", "\n", "\n\n", " ", ". ", "longerword"]), max_size=300).map("".join),
    st.integers(min_value=8, max_value=60),
)
def test_chunks_cover_the_text_exactly(text, limit):
    pieces = list(_chunks(text, limit))
    assert "".join(p for _, p in pieces) == text
    position = 0
    for offset, piece in pieces:
        assert offset == position and text[offset : offset + len(piece)] == piece
        assert len(piece) <= limit
        position += len(piece)
    assert pieces  # even the empty text gets one piece


def test_chunks_cut_on_paragraphs_first():
    paragraph = "Police detained 40 protesters on Monday. " * 5
    text = "\n\n".join([paragraph.strip()] * 10)
    pieces = list(_chunks(text, 600))
    assert len(pieces) > 1
    for _, piece in pieces[:-1]:
        assert piece.endswith("\n\n")


@pytest.mark.slow
def test_text_beyond_max_length_is_split_not_rejected(blank_nlp):
    filler = "The talks went on late into the night and nobody left the room early.\n\n"
    block = filler * 700  # about 50,000 characters without a number
    parts, expected = [], []
    for i in range(22):
        parts.append(block)
        parts.append(f"Police detained {i + 101} protesters on Monday.\n\n")
        expected.append(i + 101)
    text = "".join(parts)
    assert len(text) > 1_000_000 >= blank_nlp.max_length
    claims = extract(text, nlp=blank_nlp)
    _offsets_exact(text, claims)
    assert [c.quantity.value for c in claims] == expected
    assert len(list(_chunks(text, CHUNK_CHARS))) > 10


# ---------------------------------------------------------------- model readings


READINGS = [
    # sentence, claim text, counted noun, predicate, negated, attribution
    ("Police detained 40 protesters on Monday.", "40", "protesters", "detain", False, None),
    (
        "The opposition welcomed the release of 52 political prisoners.",
        "52",
        "political prisoners",
        "release",
        False,
        None,
    ),
    ("Nearly 1,200 people remain in custody.", "Nearly 1,200", "people", "remain", False, None),
    ("The government did not free 52 prisoners.", "52", "prisoners", "free", True, None),
    ("Police didn't detain 40 protesters.", "40", "protesters", "detain", True, None),
    ("52 prisoners were not released.", "52", "prisoners", "release", True, None),
    (
        "According to the opposition, 300 activists were arrested.",
        "300",
        "activists",
        "arrest",
        False,
        "the opposition",
    ),
    (
        "300 activists were arrested, according to the opposition.",
        "300",
        "activists",
        "arrest",
        False,
        "the opposition",
    ),
    ("The ministry said 3,000 soldiers would be deployed.", "3,000", "soldiers", "deploy", False, "The ministry"),
    ("The authorities released 52 of the prisoners.", "52", "prisoners", "release", False, None),
    ("Some 20% of voters backed the plan.", "Some 20%", "voters", "back", False, None),
    ("A crowd of 3,000 people marched to the square.", "3,000", "people", "march", False, None),
    ("Election officials counted 2.3 million ballots by midnight.", "2.3 million", "ballots", "count", False, None),
    ("Two thousand people attended the rally.", "Two thousand", "people", "attend", False, None),
    pytest.param(
        "The number of prisoners rose to 1,300.",
        "1,300",
        "prisoners",
        "rise",
        False,
        None,
        id="number-of-rose-to",
    ),
    pytest.param("The death toll reached 50.", "50", "death toll", "reach", False, None, id="toll-reached"),
    pytest.param(
        "The ministry denied that 40 protesters were detained.",
        "40",
        "protesters",
        "detain",
        True,
        "The ministry",
        id="denied-attribution",
    ),
    pytest.param("Police denied 40 permits.", "40", "permits", "deny", False, None, id="denial-as-event"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "text", "noun", "predicate", "negated", "attribution"), READINGS)
def test_model_reading(nlp, sentence, text, noun, predicate, negated, attribution):
    claims = [c for c in extract(sentence, nlp=nlp) if c.kind is ClaimKind.QUANTITY]
    claim = next(c for c in claims if c.text == text)
    assert (claim.noun, claim.predicate, claim.negated, claim.attribution) == (noun, predicate, negated, attribution)


@pytest.mark.model
def test_many_processes_read_the_same_claims(nlp):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "belarus"
    docs = [Document(text=p.read_text(encoding="utf-8"), source=p.stem) for p in sorted(folder.glob("*.txt"))]
    one = list(extract_documents(docs, nlp, batch_size=2))
    two = list(extract_documents(docs, nlp, batch_size=1, n_process=2))
    assert one == two
    assert sum(len(c) for _, c in one) > 0
    assert all(re.fullmatch(r"\w+", d.source) for d, _ in two)


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        ("Doug McDermott scored 23 points for the Bluejays.", "Doug McDermott"),
        ("McDermott's 23 points led the team.", "McDermott"),
        ("Belarus released 52 prisoners on Thursday.", None),  # places are not agents
        ("Police detained 40 protesters.", None),
    ],
)
def test_agent_of_a_figure(nlp, sentence, agent):
    [claim] = [c for c in extract(sentence, nlp=nlp) if c.quantity is not None]
    assert claim.agent == agent


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Posted: Friday, March 8, 2013 2:39 pm\n\nThe team won.", "PUBLISHED"),
        ("Updated on March 9, 2013\n\nThe team won.", "PUBLISHED"),
        ("The final was played on March 8, 2013 in Omaha.", "EVENT"),
    ],
)
def test_datelines_are_publication_dates(nlp, text, label):
    [date] = [c for c in extract(text, nlp=nlp) if c.kind is ClaimKind.DATE]
    assert date.label == label


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Lane was convicted of the 2003 murder of a guard.", "killed"),  # the murder, not the conviction
        ("A court overturned a 2009 conviction for fraud.", "convict"),  # named as the verb names it
        ("Lane was convicted in 2009 of fraud.", "convict"),
        ("Lane was convicted of the 2003 attempted murder of a guard.", "convict"),  # an attempt is another event
        ("Voters approved the 2010 budget in March.", "approve"),  # no event noun: the verb's
    ],
)
def test_a_date_on_an_event_noun_dates_that_event(nlp, text, event):
    dates = [c for c in extract(text, nlp=nlp) if c.kind is ClaimKind.DATE and c.text[:1].isdigit()]
    assert [d.predicate for d in dates] == [event]


def test_ten_thousand_numbers_in_one_article(blank_nlp):
    """One long line with 10,000 figures: every one read, offsets exact, compared across two sources."""
    from claimcheck import Status, compare

    a = " ".join(f"Officials said {i * 7 + 3} people were evacuated." for i in range(10_000))
    b = " ".join(f"Officials said {i * 7 + 3} people were evacuated." for i in range(0, 10_000, 2))
    claims = extract(a, nlp=blank_nlp)
    assert len(claims) == 10_000
    assert all(a[c.start : c.end] == c.text for c in claims)
    counts = compare({"a": a, "b": b}, nlp=blank_nlp).counts()
    assert (counts[Status.AGREE], counts[Status.UNIQUE], counts[Status.CONFLICT]) == (5_000, 5_000, 0)


# ---------------------------------------------------------------- batches bounded by characters

from claimcheck.extract import _batches


@given(st.lists(st.text(alphabet="ab ", max_size=50), max_size=40), st.integers(1, 8), st.integers(1, 120))
def test_batches_hold_at_most_size_texts_and_chars_past_the_first(texts, size, chars):
    items = [(t, i) for i, t in enumerate(texts)]
    batches = list(_batches(iter(items), size, chars))
    assert [x for b in batches for x in b] == items
    for batch in batches:
        assert 1 <= len(batch) <= size
        assert len(batch) == 1 or sum(len(t) for t, _ in batch) <= chars
        assert all(t for t, _ in batch[:-1])  # an empty text (a catch-up marker) ends its batch


@pytest.mark.parametrize("batch_chars", [1, 60, 10_000])
def test_claims_do_not_depend_on_the_character_budget(blank_nlp, batch_chars):
    docs = [Document(text=f"Police said {n} people were hurt. " * (n % 4 + 1), source=f"s{n}") for n in range(12)]
    expected = list(extract_documents(docs, blank_nlp, batch_chars=10**9))
    assert list(extract_documents(docs, blank_nlp, batch_size=5, batch_chars=batch_chars)) == expected


@pytest.mark.model
def test_a_claim_knows_its_column(nlp):
    text = "Storm hits coast\n\nOfficials said 12 people were killed on Monday.\n  Police said 40 were hurt."
    for claim in extract(text, nlp=nlp):
        line_start = text.rfind("\n", 0, claim.start) + 1
        assert claim.column == claim.start - line_start + 1
        assert text.splitlines()[claim.line - 1][claim.column - 1 :].startswith(claim.text)


@given(claims(), st.text(max_size=8))
def test_a_claim_moved_to_the_original_is_what_attrs_evolve_gives(claim, source):
    import attrs

    from claimcheck.extract import _Piece, _to_original
    from claimcheck.lines import LineIndex
    from claimcheck.models import Document
    from claimcheck.placement import sentence_offset
    from claimcheck.sources.textfix import repair

    text = "Storm hits.\nOfficials said 12 were hurt.\n" * (1 + claim.end // 40)
    document = Document(text=text, source=source)
    lines = LineIndex(text)
    moved = _to_original(claim, _Piece(document, repair(text), 0, True, text), lines)
    start, end = claim.start, claim.end
    assert moved == attrs.evolve(
        claim,
        source=source,
        text=text[start:end],
        display=claim.text,
        line=lines.line(start),
        column=start - text.rfind("\n", 0, start),
        sentence_offset=sentence_offset(text, start, end, claim.sentence),
    )


# ---------------------------------------------------------------- a reader that fails


def _failing_on(word: str):
    def step(doc, rules, before):
        if word in doc.text:
            raise KeyError("k\u017f")
        return []

    return step


def test_a_failing_reader_loses_one_kind_of_claim_of_one_article_and_says_so(blank_nlp, monkeypatch):
    from claimcheck import Status, compare
    from claimcheck.kinds import extractors
    from claimcheck.readers import claims as reading
    from claimcheck.sources import InputWarning

    steps = (*extractors(), (ClaimKind.RELATION, (), _failing_on("Five")))
    monkeypatch.setattr(reading, "extractors", lambda: steps)
    with pytest.warns(InputWarning, match=r"^a: relation claims not read \(KeyError"):
        report = compare({"a": "Five people died in Avel.", "b": "Seven people died in Avel."}, nlp=blank_nlp)
    # the other kinds of the failing article are read, and compared
    assert [f.status for f in report.findings if f.kind is ClaimKind.QUANTITY] == [Status.CONFLICT]


def test_without_a_list_for_them_a_reader_failure_is_raised(blank_nlp, monkeypatch):
    from claimcheck.kinds import extractors
    from claimcheck.readers import claims as reading

    steps = (*extractors(), (ClaimKind.RELATION, (), _failing_on("Five")))
    monkeypatch.setattr(reading, "extractors", lambda: steps)
    with pytest.raises(KeyError):
        reading.read_claims(blank_nlp("Five people died."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Mob boss Anthony "Fat Tony" Salerno died on Monday.', 'Anthony "Fat Tony" Salerno'),
        ("Police named Gerardo 'Jerry' Ortiz as the officer.", "Gerardo 'Jerry' Ortiz"),
        ("Vincent \u201cThe Chin\u201d Gigante died in prison.", "Vincent \u201cThe Chin\u201d Gigante"),
    ],
)
def test_a_name_with_a_nickname_inside_is_read_whole(nlp, text, name):
    people = [c.entity for c in extract(text, nlp=nlp) if c.kind is ClaimKind.ENTITY and c.label == "PERSON"]
    assert name in people


def test_quoted_words_between_common_words_are_no_name(nlp):
    text = 'The city, dubbed the "Big Apple" by fans, grew.'
    assert not any('"' in (c.entity or "") for c in extract(text, nlp=nlp) if c.kind is ClaimKind.ENTITY)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Beta, founded in 2004, has 1,200 staff.", "Beta"),
        ("Lane Corp was founded in 2005 in Ohio.", "Lane Corp"),
        ("Rival boss John Gotti died in 2002.", "John Gotti"),  # the name, not its title
        # a word capitalised to open a sentence, written in lower case elsewhere, is no name
        ("Relations between the two states, established in 1991, soured. Trade relations fell.", None),
    ],
)
def test_a_date_keeps_the_name_of_whom_its_event_happened_to(nlp, text, holder):
    [date] = [c for c in extract(text, nlp=nlp) if c.kind is ClaimKind.DATE]
    assert date.agent == holder
