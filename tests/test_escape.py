"""Control characters, escape sequences and undecodable names never reach an output raw."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import CONTROL_CHARACTERS, HOSTILE_TEXT, PAYLOADS

from claimcheck.escape import clean, clean_report, json_text, one_line, printable_name
from claimcheck.models import Claim, ClaimKind, Finding, Report, SkippedInput, Status
from claimcheck.report import to_dict

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2J", "\u241b[2J"),
        ("a\x00b", "a\u2400b"),
        ("bell\x07", "bell\u2407"),
        ("del\x7f", "del\u2421"),
        ("c1\x9bcsi", "c1\ufffdcsi"),
        ("lone\ud800", "lone\ufffd"),
        ("\u202eevil", "\ufffdevil"),
        ("keeps\ttab and\nnewline", "keeps\ttab and\nnewline"),
        ("Nausėda — 52 €", "Nausėda — 52 €"),
    ],
)
def test_clean_replaces_each_control_by_one_visible_character(text, shown):
    assert clean(text) == shown


def test_one_line_shows_newlines_and_tabs_too():
    assert one_line("a\nb\tc\x1b") == "a\u240ab\u2409c\u241b"


@given(HOSTILE_TEXT)
def test_clean_keeps_length_so_offsets_still_hold(text):
    out = clean(text)
    assert len(out) == len(text)
    assert not RAW_CONTROL.search(out)
    out.encode("utf-8")  # valid UTF-8: no lone surrogate left


@given(st.lists(st.one_of(PAYLOADS, CONTROL_CHARACTERS, st.text(max_size=5))).map("".join))
def test_json_text_parses_back_to_the_same_data_without_raw_controls(text):
    dumped = json_text(json.dumps({"t": text}, ensure_ascii=False))
    # JSON has one spelling for a high surrogate right before a low one, "\ud800\udce9",
    # and every reader takes it for the one character the pair encodes; all else is as given
    paired = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    assert json.loads(dumped) == {"t": paired}
    assert not RAW_CONTROL.search(dumped)
    dumped.encode("utf-8")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (b"caf\xe9".decode("utf-8", "surrogateescape"), "caf\\xe9"),
        ("e\x1b]0;T\x07v", "e\\x1b]0;T\\x07v"),
        ("\ud800x", "\\xed\\xa0\\x80x"),
        ("line\nbreak", "line\\x0abreak"),
        ("café", "café"),
    ],
)
def test_printable_name_escapes_undecodable_bytes_and_controls(name, shown):
    assert printable_name(name) == shown


def test_clean_report_reaches_every_string_and_keeps_clean_parts_identical():
    claim = Claim(
        kind=ClaimKind.QUANTITY, source="s\x1b", text="52", start=0, end=2, sentence="52\x1b[2J prisoners", display="52"
    )
    finding = Finding(
        status=Status.UNIQUE,
        kind=ClaimKind.QUANTITY,
        claims=(claim,),
        sources=("s\x1b",),
        score=1.0,
        explanation="Only s\x9b says 52.",
        subject="prisoners",
        support=1,
        total_sources=1,
    )
    report = Report(findings=(finding,), sources=("s\x1b",), skipped=(SkippedInput("b\x07.txt", "why\x00"),))
    cleaned = clean_report(report)
    every_string = json.dumps(to_dict(cleaned), ensure_ascii=False)
    assert "\\u00" not in every_string and not RAW_CONTROL.search(every_string)
    assert cleaned.findings[0].claims[0].sentence == "52\u241b[2J prisoners"
    assert cleaned.findings[0].claims[0].text == "52"
    assert cleaned.skipped[0] == SkippedInput("b\u2407.txt", "why\u2400")
    plain = Report(findings=(), sources=("a",))
    assert clean_report(plain) is plain
