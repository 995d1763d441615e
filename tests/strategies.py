"""Hypothesis strategies shared by several test modules.

Kept in one place so that a widened strategy (a new hostile payload, a new number form)
reaches every test that draws from it.
"""

from __future__ import annotations

import math

from hypothesis import strategies as st

from claimcheck.models import Claim, ClaimKind, Finding, Quantity, SkippedInput, Status
from claimcheck.report import Report

__all__ = [
    "ARTICLE_BYTES",
    "CONTROL_CHARACTERS",
    "FILE_NAMES",
    "HOSTILE_TEXT",
    "NUMBER_HEAVY_TEXT",
    "PAYLOADS",
    "REPORT_SOURCES",
    "SEEDS",
    "SOURCE_COUNTS",
    "claims",
    "findings",
    "quantities",
    "reports",
]

#: Seeds for the synthetic article-set generator.
SEEDS = st.integers(min_value=0, max_value=10_000)
#: How many sources a synthetic set has.
SOURCE_COUNTS = st.integers(min_value=2, max_value=12)

#: Text made mostly of the pieces the number reader and the text repair care about.
NUMBER_HEAVY_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "52",
                "1,200",
                "nearly 40",
                "20%",
                "â‚¬5 million",
                "NausÄ—da",
                "\n",
                "\n\n",
                " ",
                ". ",
                "prisoners",
                "more than",
                "\u00ad",
                "\u200b",
                "\ufeff",
                "½",
                "٣",
            ]
        ),
        st.text(max_size=6),
    ),
    max_size=40,
).map("".join)

#: Every C0 control, DEL and every C1 control.
CONTROL_CHARACTERS = st.sampled_from([chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))])

#: What a hostile article or file name may carry to fool a terminal or a page.
PAYLOADS = st.sampled_from(
    [
        "\x1b[2J\x1b[H",  # clear the screen, cursor home
        "\x1b]0;forged title\x07",  # OSC window title
        "\x1b]8;;https://example.invalid/\x1b\\click\x1b]8;;\x1b\\",  # OSC-8 hyperlink
        "\x1b[1A\x1b[2K",  # cursor up, erase line
        "\x9b31m",  # C1 CSI
        "\x9d0;title\x9c",  # C1 OSC ... ST
        "\x00",
        "\r",
        "\b\b\b",
        "\x07",
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '"><svg onload=alert(1)>',
        "**bold** [link](javascript:alert(1)) | cell |",
        "::error::forged annotation",
        "%0A::error::forged",
        "\ud800",
        "\udce9",  # lone surrogates
        "\u202egnp.exe",  # right-to-left override
    ]
)

#: Article text: words, figures and hostile payloads mixed.
HOSTILE_TEXT = st.lists(
    st.one_of(
        PAYLOADS,
        CONTROL_CHARACTERS,
        st.sampled_from(
            [
                "The ministry said 52 prisoners were freed. ",
                "Police said 40 people were hurt. ",
                "President Anna Kowalczyk spoke in Warsaw. ",
                "\n\n",
                " ",
            ]
        ),
        st.text(max_size=8),
    ),
    min_size=1,
    max_size=12,
).map("".join)

#: File names as bytes: ASCII, Latin-1 (not UTF-8), control characters and payloads.
FILE_NAMES = st.one_of(
    st.sampled_from([b"caf\xe9", b"na\xefve", b"\xff\xfe", b"plain"]),
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    b"a",
                    b"report",
                    b"-",
                    b"_",
                    b" ",
                    b"\x1b[2J",
                    b"\x1b]0;x\x07",
                    b"\x9b",
                    b"\xe9",
                    b"<b>",
                    b'"',
                    b"'",
                    b"|",
                    b"%",
                    b"\n",
                    b"\t",
                    b"\x7f",
                ]
            ),
            st.binary(min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=6,
    ).map(b"".join),
).map(lambda name: name.replace(b"/", b"_").replace(b"\x00", b"_").lstrip(b".").lstrip(b"-") or b"x")

#: Bytes a file named as an article may hold.
ARTICLE_BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"\xff\xfe\x00", b"\xfe\xff\xd8\x00", b"\xef\xbb\xbf", b"<p>", b'{}\n[]\n"x"']),
)


# --------------------------------------------------------------------------- reports

#: Mostly characters that mean something in HTML, Markdown, rich or GitHub commands.
_text = st.text(
    alphabet=st.sampled_from(list("<>&\"'|*_[]`$%:,#\n\r ab12")) | st.characters(blacklist_categories=("Cs",)),
    max_size=12,
)
_opt_text = st.none() | _text


def _digits15(x: float) -> float:
    return float(f"{x:.15g}")


@st.composite
def quantities(draw) -> Quantity:
    """Any interval a report can hold, open ends included."""
    # Reports write 15 significant digits (no binary noise), so generated figures have at most that.
    finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False).map(_digits15)
    low = draw(st.just(-math.inf) | finite)
    above = st.floats(min_value=max(low, -1e12), max_value=1e12, allow_nan=False).map(_digits15)
    high = draw(st.just(math.inf) | above.filter(lambda h: h >= low))
    return Quantity(
        low=low,
        high=high,
        low_inclusive=draw(st.booleans()),
        high_inclusive=draw(st.booleans()),
        value=draw(st.none() | finite),
        qualifier=draw(_opt_text),
        unit=draw(_opt_text),
        text=draw(_text),
    )


#: Source names of generated reports, one of them with accents.
REPORT_SOURCES = ["Harbor Gazette", "Valley Courier", "Metro Wire", "Ünïcode Tägeblatt"]


@st.composite
def claims(draw) -> Claim:
    """A claim of any kind with hostile text in every string field."""
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Claim(
        kind=draw(st.sampled_from(ClaimKind)),
        source=draw(st.sampled_from(REPORT_SOURCES)),
        text=draw(_text),
        start=start,
        end=start + draw(st.integers(min_value=0, max_value=50)),
        sentence=draw(_text),
        display=draw(_text),
        quantity=draw(st.none() | quantities()),
        noun=draw(_opt_text),
        noun_lemma=draw(_opt_text),
        predicate=draw(_opt_text),
        entity=draw(_opt_text),
        label=draw(_opt_text),
        role=draw(_opt_text),
        negated=draw(st.booleans()),
        attribution=draw(_opt_text),
        line=draw(st.integers(min_value=1, max_value=500)),
        sentence_offset=draw(st.none() | st.integers(min_value=0, max_value=60)),
    )


@st.composite
def findings(draw) -> Finding:
    """A finding of any status with up to three claims."""
    return Finding(
        status=draw(st.sampled_from(Status)),
        kind=draw(st.sampled_from(ClaimKind)),
        claims=tuple(draw(st.lists(claims(), max_size=3))),
        sources=tuple(draw(st.lists(st.sampled_from(REPORT_SOURCES), max_size=3, unique=True))),
        score=draw(st.floats(min_value=0, max_value=1).map(_digits15)),
        explanation=draw(_text),
        subject=draw(_text),
        support=draw(st.integers(min_value=0, max_value=4)),
        total_sources=draw(st.integers(min_value=0, max_value=4)),
        notes=tuple(draw(st.lists(_text, max_size=2))),
    )


@st.composite
def reports(draw) -> Report:
    """A whole report: findings, skipped inputs, paths, dates and copies."""
    source = st.sampled_from(REPORT_SOURCES)
    paths = draw(st.dictionaries(st.sampled_from(REPORT_SOURCES), _text, max_size=3))
    return Report(
        findings=tuple(draw(st.lists(findings(), max_size=4))),
        sources=tuple(draw(st.lists(st.sampled_from(REPORT_SOURCES), unique=True))),
        skipped=tuple(draw(st.lists(st.builds(SkippedInput, path=_text, reason=_text), max_size=2))),
        paths=tuple(paths.items()),
        claimcheck_version=draw(_text),
        model_name=draw(_text),
        model_version=draw(_text),
        published=tuple(sorted(draw(st.dictionaries(st.sampled_from(REPORT_SOURCES), _text, max_size=3)).items())),
        copies=tuple(sorted(draw(st.dictionaries(source, source, max_size=2)).items())),
    )
