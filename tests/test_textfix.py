"""repair(): mojibake and invisible characters fixed, offsets mapped back exactly."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.sources.textfix import RepairedText, repair


def original_of(r: RepairedText, piece: str) -> str:
    """The original surface of the first occurrence of ``piece`` in the repaired text."""
    start = r.text.index(piece)
    s, e = r.span_to_original(start, start + len(piece))
    return r.original[s:e]


def test_ascii_is_identity() -> None:
    r = repair("The ministry said 1,200 people attended.")
    assert not r.changed
    assert r.text == r.original
    assert r.segments == []
    assert r.to_original(7) == 7
    assert r.span_to_original(4, 12) == (4, 12)


def test_clean_unicode_is_identity() -> None:
    text = "Prezidentas Nausėda sakė, kad 1 200 žmonių — “daug”."
    r = repair(text)
    assert not r.changed
    assert r.span_to_original(12, 19) == (12, 19)


def test_mojibake_name_repaired_with_offsets() -> None:
    r = repair("President Gitanas NausÄ—da said 52 people were hurt.")
    assert r.changed
    assert r.text == "President Gitanas Nausėda said 52 people were hurt."
    assert original_of(r, "Nausėda") == "NausÄ—da"
    assert original_of(r, "Gitanas Nausėda") == "Gitanas NausÄ—da"
    # text after the repair is shifted by one and still exact
    assert original_of(r, "52 people") == "52 people"
    assert original_of(r, "President") == "President"


def test_partial_span_widens_to_damaged_run() -> None:
    r = repair("NausÄ—da")
    # "ė" alone maps to the two characters it was damaged into
    i = r.text.index("ė")
    s, e = r.span_to_original(i, i + 1)
    assert r.original[s:e] == "Ä—"
    assert r.to_original(i) == s


def test_quotes_and_apostrophes() -> None:
    r = repair("Officials donâ€™t agree: â€œ1,200â€\x9d people, not 1,100.")
    assert r.text == "Officials don’t agree: “1,200” people, not 1,100."
    assert original_of(r, "1,200") == "1,200"
    assert original_of(r, "don’t") == "donâ€™t"
    assert original_of(r, "“1,200”") == "â€œ1,200â€\x9d"


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("cafÃ©", "café"),
        ("Å½algiris", "Žalgiris"),
        ("Ã¼ber", "über"),
        ("NAUSÄ–DA", "NAUSĖDA"),
        ("Ð¼Ð¾Ñ\x81ÐºÐ²Ð°", "москва"),
        ("Ãƒâ€šÃ‚Â£5", "£5"),  # damaged twice
    ],
)
def test_known_mojibake(damaged: str, fixed: str) -> None:
    r = repair(f"In {damaged} today")
    assert r.text == f"In {fixed} today"
    assert original_of(r, fixed) == damaged


@pytest.mark.parametrize("text", ["CAFÉ” he said", "naïve", "Ä is a letter", "São Paulo"])
def test_legitimate_text_left_alone(text: str) -> None:
    assert repair(text).text == text


def test_invisible_characters_removed() -> None:
    r = repair("Naus\u00adėda met Zelen\u200bskyy \u200f1,200\u200e times")
    assert r.text == "Nausėda met Zelenskyy 1,200 times"
    assert original_of(r, "Nausėda") == "Naus\u00adėda"
    assert original_of(r, "Zelenskyy") == "Zelen\u200bskyy"
    # the bidi marks around the number stay outside the number's span
    assert original_of(r, "1,200") == "1,200"


def test_combining_marks_composed() -> None:
    r = repair("Cafe\u0301 owner")
    assert r.text == "Café owner"
    assert original_of(r, "Café") == "Cafe\u0301"
    assert original_of(r, "owner") == "owner"


def test_zwj_emoji_and_rtl_kept() -> None:
    text = "👩\u200d👩\u200d👧 family; مرحبا 123; שלום"
    assert repair(text).text == text


def test_lone_surrogate_replaced() -> None:
    r = repair("bad \ud800 char")
    assert r.text == "bad \ufffd char"
    assert r.text.encode("utf-8")
    assert r.span_to_original(0, len(r.text)) == (0, len(r.original))


def test_out_of_range_offsets_clamped() -> None:
    r = repair("NausÄ—da said")
    assert r.to_original(-5) == 0
    assert r.to_original(10_000) == len(r.original)
    assert r.span_to_original(-1, 10_000) == (0, len(r.original))


def test_long_token_without_spaces() -> None:
    # no ASCII whitespace at all, as in Chinese or Japanese text
    text = "北京市" * 2000 + "NausÄ—da" + "東京" * 2000
    r = repair(text)
    assert "Nausėda" in r.text
    assert original_of(r, "Nausėda") == "NausÄ—da"


def test_large_text_is_cheap() -> None:
    text = ("Prezidentas Nausėda sakė, kad 1 200 žmonių. " * 120_000)[:5_000_000]
    r = repair(text)
    assert not r.changed


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        repair(b"bytes")  # type: ignore[arg-type]


odd_text = st.text(
    alphabet=st.one_of(
        st.characters(),  # anything, including surrogates and controls
        st.sampled_from(list("ÃÄÅÂâ€™œ\x9d—–©¼½ é\u0301\u00ad\u200b\u200d\u200f\ufeff ")),
    ),
    max_size=60,
)


@settings(max_examples=400)
@given(odd_text, st.data())
@example("NausÄ—da", None)
@example("\u00ad\u00ad", None)
def test_spans_always_valid_and_monotone(text: str, data: st.DataObject | None) -> None:
    r = repair(text)
    n, m = len(r.text), len(r.original)
    previous = (0, 0)
    for i in range(n + 1):
        assert 0 <= r.to_original(i) <= m
    for start in range(n + 1):
        s, e = r.span_to_original(start, n)
        assert 0 <= s <= e <= m
        assert s >= previous[0]
        previous = (s, e)
    if data is not None and n:
        a = data.draw(st.integers(0, n))
        b = data.draw(st.integers(a, n))
        c = data.draw(st.integers(b, n))
        s1, e1 = r.span_to_original(a, b)
        s2, e2 = r.span_to_original(a, c)
        assert 0 <= s1 <= e1 <= e2 <= m and s1 == s2


@settings(max_examples=400)
@given(odd_text)
@example("a\u00adb Ã©\u200b x")
def test_unchanged_characters_map_exactly(text: str) -> None:
    r = repair(text)
    inside = set()
    for t0, t1, o0, o1 in r.segments:
        inside.update(range(t0, t1))
        assert r.text[t0:t1] != r.original[o0:o1]
    for i, char in enumerate(r.text):
        if i not in inside:
            assert r.original[r.to_original(i)] == char
            assert r.span_to_original(i, i + 1) == (r.to_original(i), r.to_original(i) + 1)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80), st.data())
def test_ascii_identity_property(text: str, data: st.DataObject) -> None:
    r = repair(text)
    assert r.text == text and not r.changed
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert r.span_to_original(a, b) == (a, b)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["NausÄ—da", "cafÃ©", "plain", "don’t", "1,200", "Ã—"]), max_size=8))
def test_whole_words_map_to_whole_words(words: list[str]) -> None:
    original = " ".join(words)
    r = repair(original)
    fixed_words = r.text.split(" ") if r.text else []
    assert len(fixed_words) == len(words)
    pos = 0
    for word, fixed in zip(words, fixed_words, strict=False):
        s, e = r.span_to_original(pos, pos + len(fixed))
        assert r.original[s:e] == word
        pos += len(fixed) + 1
