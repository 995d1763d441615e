"""Hypothesis strategies shared by several test modules.

Kept in one place so that a widened strategy (a new hostile payload, a new number form)
reaches every test that draws from it.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = [
    "ARTICLE_BYTES",
    "CONTROL_CHARACTERS",
    "FILE_NAMES",
    "HOSTILE_TEXT",
    "NUMBER_HEAVY_TEXT",
    "PAYLOADS",
    "SEEDS",
    "SOURCE_COUNTS",
]

#: Seeds for the synthetic article-set generator.
SEEDS = st.integers(min_value=0, max_value=10_000)
#: How many sources a synthetic set has.
SOURCE_COUNTS = st.integers(min_value=2, max_value=12)

#: Text made mostly of the pieces the number reader and the text repair care about.
NUMBER_HEAVY_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["52", "1,200", "nearly 40", "20%", "â‚¬5 million", "NausÄ—da", "\n", "\n\n",
                         " ", ". ", "prisoners", "more than", "\u00ad", "\u200b", "\ufeff", "½", "٣"]),
        st.text(max_size=6),
    ),
    max_size=40,
).map("".join)

#: Every C0 control, DEL and every C1 control.
CONTROL_CHARACTERS = st.sampled_from([chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))])

#: What a hostile article or file name may carry to fool a terminal or a page.
PAYLOADS = st.sampled_from([
    "\x1b[2J\x1b[H",                                   # clear the screen, cursor home
    "\x1b]0;forged title\x07",                         # OSC window title
    "\x1b]8;;https://example.invalid/\x1b\\click\x1b]8;;\x1b\\",  # OSC-8 hyperlink
    "\x1b[1A\x1b[2K",                                  # cursor up, erase line
    "\x9b31m",                                         # C1 CSI
    "\x9d0;title\x9c",                                 # C1 OSC ... ST
    "\x00", "\r", "\b\b\b", "\x07",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "\"><svg onload=alert(1)>",
    "**bold** [link](javascript:alert(1)) | cell |",
    "::error::forged annotation",
    "%0A::error::forged",
    "\ud800", "\udce9",                                # lone surrogates
    "\u202egnp.exe",                                   # right-to-left override
])

#: Article text: words, figures and hostile payloads mixed.
HOSTILE_TEXT = st.lists(
    st.one_of(
        PAYLOADS,
        CONTROL_CHARACTERS,
        st.sampled_from(["The ministry said 52 prisoners were freed. ", "Police said 40 people were hurt. ",
                         "President Anna Kowalczyk spoke in Warsaw. ", "\n\n", " "]),
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
            st.sampled_from([b"a", b"report", b"-", b"_", b" ", b"\x1b[2J", b"\x1b]0;x\x07", b"\x9b", b"\xe9",
                             b"<b>", b"\"", b"'", b"|", b"%", b"\n", b"\t", b"\x7f"]),
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
    st.sampled_from([b"\xff\xfe\x00", b"\xfe\xff\xd8\x00", b"\xef\xbb\xbf", b"<p>", b"{}\n[]\n\"x\""]),
)
