"""Prices of product variants: read with their line, size or spec and tier, and compared
only with prices of the same variant."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import Status
from claimcheck.align_prices import align_prices
from claimcheck.models import Claim, ClaimKind, Quantity
from claimcheck.readers.variants import price_variants


def _price(source: str, value: float, variant: tuple[str, str, str], start: int = 0) -> Claim:
    text = f"${value:,.0f}"
    q = Quantity(low=value, high=value, value=value, unit="USD", text=text)
    return Claim(
        ClaimKind.QUANTITY, source, text, start, start + len(text), f"It costs {text}.", text, q, variant=variant
    )


def _read(text: str) -> dict[str, tuple[str, str, str] | None]:
    """Each figure of money in ``text`` -> its variant, read from the text alone."""
    claims = []
    for sentence in text.split(". "):
        for figure in re.finditer(r"\$\d[\d,]*\d", sentence):
            value = float(figure.group(0)[1:].replace(",", ""))
            start = text.index(sentence) + figure.start()
            q = Quantity(low=value, high=value, value=value, unit="USD", text=figure.group(0))
            claims.append(
                Claim(
                    ClaimKind.QUANTITY, "a", figure.group(0), start, start + len(figure.group(0)), sentence, quantity=q
                )
            )
    return {c.text: c.variant for c in price_variants(text, claims)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # phones: a storage spec on the product noun
            "The 32GB phone starts at $399 and the 64GB model at $499.",
            {"$399": ("", "32gb", "base"), "$499": ("", "64gb", "base")},
        ),
        (  # TVs: two clauses, two sizes
            "The 55-inch set sells for $1,299, while the 65-inch costs $1,799.",
            {"$1,299": ("", "55-inch", "base"), "$1,799": ("", "65-inch", "base")},
        ),
        (  # a pair of versions: the first is the starting price, the second an upgraded one
            "The 13-inch Galaxy Tab comes in $599 and $699 versions.",
            {"$599": ("Galaxy Tab", "13-inch", "base"), "$699": ("Galaxy Tab", "13-inch", "upper")},
        ),
        (  # "for the base 13-inch version": the words after a price are its own
            "The new Zenbook line is here. Asus will ask $1,099 for the base 13-inch version and $1,799 for a "
            "15-inch version",
            {"$1,099": ("Zenbook", "13-inch", "base"), "$1,799": ("Zenbook", "15-inch", "base")},
        ),
        (  # a tier word; the size of the sentence before
            'The 15" Surface Laptop has a brighter screen. The higher-end model costs $2,199.',
            {"$2,199": ("Surface Laptop", "15-inch", "upper")},
        ),
        (  # a change of price is no price; the new price is
            "The 13-inch Pixelbook is $100 cheaper. The 13-inch Pixelbook costs $999.",
            {"$100": None, "$999": ("Pixelbook", "13-inch", "base")},
        ),
        (  # two sizes before one price: which one is not known
            "The 13-inch and 15-inch models cost $1,199.",
            {"$1,199": None},
        ),
        (  # money that is no product's price
            "Sony reported revenue of $5,000 for the quarter.",
            {"$5,000": None},
        ),
        (  # consoles: a line priced on its own, a tier word
            "The new Xbox Series X costs $499, and the cheapest Xbox Series S starts at $299.",
            {"$499": ("Xbox Series X", "", "base"), "$299": ("Xbox Series S", "", "base")},
        ),
    ],
)
def test_a_price_is_read_with_its_variant(text, expected):
    read = _read(text)
    assert {k: read.get(k) for k in expected} == expected


def test_an_unstated_tier_is_an_upgrade_when_the_article_gives_a_lower_starting_price():
    read = _read('The 13" model has an i7 option, priced at $1,799. Lower-specced models will cost from $1,199.')
    assert read["$1,799"] == ("", "13-inch", "upper")
    assert read["$1,199"] == ("", "13-inch", "base")


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        (("MacBook Pro", "13-inch", "base"), ("MacBook Pro", "13-inch", "base"), True),
        (("MacBook Pro", "13-inch", "base"), ("MacBook Pro", "15-inch", "base"), False),  # another size
        (("MacBook Pro", "13-inch", "base"), ("MacBook Air", "13-inch", "base"), False),  # another line
        (("MacBook Pro", "13-inch", "base"), ("MacBook Pro", "13-inch", "upper"), False),  # another tier
        (("Air", "11-inch", "base"), ("MacBook Air", "11-inch", "base"), True),  # the one fuller name
        (("", "64gb", "base"), ("iPhone", "64gb", "base"), True),  # the one line with that spec
        (("MacBook Pro", "", "base"), ("MacBook Pro", "", "base"), False),  # a line alone: only when equal
    ],
)
def test_prices_are_one_fact_only_for_one_variant(a, b, together):
    groups = align_prices([_price("a", 1199, a), _price("b", 1099, b, start=50)])
    assert (len(groups) == 1) is together


def test_an_unstated_line_stands_alone_when_two_lines_have_the_spec():
    claims = [
        _price("a", 1199, ("MacBook Pro", "13-inch", "base")),
        _price("b", 1199, ("MacBook Air", "13-inch", "base")),
        _price("c", 1099, ("", "13-inch", "base")),
    ]
    assert sorted(len(g) for g in align_prices(claims)) == [1, 1, 1]


_ARTICLES = {
    "a": "The new Pixel line is out. The 6-inch Pixel starts at $599, while the 7-inch Pixel costs $799.",
    "b": "Google's new Pixel comes in two sizes. The 6-inch Pixel starts at $649; the 7-inch Pixel costs $799.",
    "c": "The 7-inch Pixel sells for $899, and the 6-inch Pixel starts at $599.",
}


def test_two_outlets_that_price_one_variant_differently_conflict():
    report = claimcheck.compare(_ARTICLES)
    conflicts = [f for f in report.findings if f.status is Status.CONFLICT]
    assert {frozenset(c.text for c in f.claims) for f in conflicts} == {
        frozenset({"$599", "$649"}),
        frozenset({"$799", "$899"}),
    }
    for finding in conflicts:
        assert len({c.variant[1] for c in finding.claims if c.variant}) == 1


@settings(max_examples=10, deadline=None)
@given(st.permutations(sorted(_ARTICLES)), st.integers(300, 3000), st.integers(300, 3000))
def test_findings_do_not_depend_on_the_order_of_articles_and_sizes_never_mix(order, low, high):
    texts = {
        "a": f"The 6-inch Pixel starts at ${low:,}, while the 7-inch Pixel costs ${high:,}.",
        "b": f"The 7-inch Pixel costs ${low:,}. The 6-inch Pixel starts at ${high:,}.",
        "c": _ARTICLES["c"],
    }
    shuffled = {name: texts[name] for name in order}

    def seen(report):
        return sorted((f.status.value, sorted((c.source, c.text) for c in f.claims)) for f in report.findings)

    report = claimcheck.compare(shuffled)
    assert seen(report) == seen(claimcheck.compare(texts))
    for finding in report.findings:
        if finding.status is Status.CONFLICT:
            assert len({c.variant[1] for c in finding.claims if c.variant}) <= 1


@given(
    figure=st.text(alphabet="$1,9 .-x€", min_size=0, max_size=5),
    sentence=st.text(alphabet="$1,9 .-x€!\n", max_size=14),
)
def test_a_figure_alone_is_what_the_whole_sentence_pattern_says(figure, sentence):
    from claimcheck.readers.variants import _alone

    expected = re.fullmatch(rf"\W*{re.escape(figure)}\W*", sentence) is not None
    assert _alone(figure, sentence) is expected


@given(
    st.lists(
        st.sampled_from(
            ["13", "-", " ", "inch", '"', "GB", "gb", "LTE", "Wi-Fi", "5G", "model", "new", "in.", "x", "."]
        ),
        max_size=10,
    )
)
def test_a_text_said_to_hold_no_size_or_spec_holds_none_in_any_stretch(parts):
    from claimcheck.readers.variants import _may_name_variant, _sizes, _spec

    text = "".join(parts)
    if _may_name_variant(text):
        return
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            stretch = text[start:end]
            assert not _sizes(stretch) and _spec().search(stretch) is None
