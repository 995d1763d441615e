"""Tests for the report formats: JSON data and schema, Markdown, terminal, HTML, GitHub, pandas."""

from __future__ import annotations

import json
import math
import pathlib
import sys
from html.parser import HTMLParser

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import report as fmt
from claimcheck.models import Claim, ClaimKind, Finding, Report, Status

try:
    from report_fixtures import empty_report, flood_report, hostile_report, qty
except ImportError:  # tests run as a package
    from tests.report_fixtures import empty_report, flood_report, hostile_report, qty

from strategies import reports

SCHEMA_PATH = pathlib.Path(__file__).resolve().parents[1] / "docs" / "report.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --------------------------------------------------------------------------- generated reports

# Drawn from strategies.reports: mostly characters that mean something in every format.


# --------------------------------------------------------------------------- evidence offsets

_HOUSES = "The storm flattened 16 houses and the flood reached 6 miles inland."


def _at(sentence: str, surface: str, offset: int | None, **kw) -> Claim:
    return Claim(
        kind=ClaimKind.QUANTITY,
        source="Harbor Gazette",
        text=surface,
        display=surface,
        start=100 + (offset or 0),
        end=100 + (offset or 0) + len(surface),
        sentence=sentence,
        sentence_offset=offset,
        **kw,
    )


@pytest.mark.parametrize(
    ("sentence", "surface", "offset", "expected"),
    [
        (_HOUSES, "6", _HOUSES.index(" 6 ") + 1, _HOUSES.index(" 6 ") + 1),  # its own offset
        (_HOUSES, "6", None, _HOUSES.index(" 6 ") + 1),  # older report: the whole word, not "16"
        ("6 and 6 again", "6", 6, 6),  # the second of two equal surfaces
        ("3,600 or 600 people", "600", None, 9),  # not the tail of "3,600"
        ("only 16 here", "6", None, 6),  # no whole word: the first match still shows something
        ("no such figure", "12", None, None),
        ("offset gone stale", "12", 3, None),  # a wrong offset is never trusted
    ],
)
def test_evidence_span_uses_the_claims_own_offset(sentence, surface, offset, expected):
    span = fmt.evidence_span(_at(sentence, surface, offset))
    assert (span[0] if span else None) == expected
    if span:
        assert sentence[span[0] : span[1]] == surface


@given(st.text(min_size=1, max_size=40), st.data())
def test_evidence_span_property_own_offset_always_wins(sentence, data):
    start = data.draw(st.integers(min_value=0, max_value=len(sentence) - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=len(sentence)))
    claim = _at(sentence, sentence[start:end], start)
    assert fmt.evidence_span(claim) == (start, end)


def _bold_in(text: str) -> str:
    import re

    return re.search(r"\*\*(.+?)\*\*", text).group(1)


def test_every_format_highlights_the_claim_not_a_look_alike():
    at = _HOUSES.index(" 6 ") + 1
    miles = _at(_HOUSES, "6", at, quantity=qty(6, 6, text="6"), noun="miles")
    other = attrs.evolve(
        miles,
        source="Valley Courier",
        sentence="Water reached 9 miles inland.",
        text="9",
        display="9",
        sentence_offset=14,
        quantity=qty(9, 9, text="9"),
    )
    report = Report(
        findings=(
            Finding(
                status=Status.CONFLICT,
                kind=ClaimKind.QUANTITY,
                claims=(miles, other),
                sources=("Harbor Gazette", "Valley Courier"),
                score=1.0,
                explanation="6 or 9.",
                subject="miles",
                support=1,
                total_sources=2,
            ),
        ),
        sources=("Harbor Gazette", "Valley Courier"),
    )
    markdown = report.to_markdown()
    assert "flattened 16 houses and the flood reached **6** miles" in markdown
    page = report.to_html()
    assert "flattened 16 houses" in page
    assert ">6</a></mark> miles" in page
    assert ">16</a></mark>" not in page


# --------------------------------------------------------------------------- JSON


def test_dict_has_documented_top_level_and_summary():
    data = flood_report().to_dict()
    assert list(data) == sorted(data)
    assert data["schema_version"] == fmt.SCHEMA_VERSION
    assert data["model"] == {"name": "en_core_web_sm", "version": "3.8.0"}
    assert data["summary"] == {
        "conflict": 1,
        "developing": 0,
        "order": 0,
        "scope": 0,
        "variant": 1,
        "compatible": 1,
        "agree": 1,
        "unique": 1,
    }
    assert data["skipped"] == [{"path": "articles/empty.txt", "reason": "no text after cleaning"}]
    assert data["sources"] == ["Harbor Gazette", "Valley Courier", "Northern Dispatch", "Metro Wire"]


def test_findings_sorted_by_severity_then_subject():
    statuses = [f["status"] for f in flood_report().to_dict()["findings"]]
    assert statuses == ["conflict", "variant", "compatible", "agree", "unique"]
    # Same status: subject decides, then the sources.
    base = flood_report().findings[2]
    twins = (
        attrs.evolve(base, subject="b"),
        attrs.evolve(base, subject="a", sources=("Valley Courier",)),
        attrs.evolve(base, subject="a", sources=("Harbor Gazette",)),
    )
    out = fmt.to_dict(attrs.evolve(flood_report(), findings=twins))["findings"]
    assert [(f["subject"], f["sources"]) for f in out] == [
        ("a", ["Harbor Gazette"]),
        ("a", ["Valley Courier"]),
        ("b", list(base.sources)),
    ]


def test_json_is_stable_under_input_order():
    report = flood_report()
    shuffled = attrs.evolve(
        report,
        findings=tuple(attrs.evolve(f, claims=tuple(reversed(f.claims))) for f in reversed(report.findings)),
        paths=tuple(reversed(report.paths)),
    )
    assert shuffled != report
    assert fmt.to_json(shuffled) == fmt.to_json(report)


def test_infinite_bounds_are_null_and_come_back():
    data = flood_report().to_dict()
    evacuated = next(f for f in data["findings"] if f["subject"] == "residents evacuated")
    more_than = next(c for c in evacuated["claims"] if c["text"] == "More than 3,000")
    assert more_than["quantity"]["high"] is None
    assert more_than["quantity"]["low"] == 3000.0
    text = fmt.to_json(flood_report())
    assert "Infinity" not in text
    back = fmt.from_json(text)
    quantities_back = [c.quantity for f in back.findings for c in f.claims if c.quantity]
    assert any(q.high == math.inf for q in quantities_back)


def test_claim_to_dict_matches_report_layout():
    report = flood_report()
    data = report.to_dict()
    claim = fmt.canonical(report).findings[0].claims[0]
    assert fmt.claim_to_dict(claim) == data["findings"][0]["claims"][0]


def test_finding_key_is_written(validator):
    report = flood_report()
    keys = {f["key"] for f in report.to_dict()["findings"]}
    assert keys == {f.key for f in report.findings}


@pytest.mark.parametrize("make", [flood_report, hostile_report, empty_report])
def test_real_reports_validate_against_schema(validator, make):
    data = json.loads(make().to_json())
    errors = [e.message for e in validator.iter_errors(data)]
    assert errors == []


def test_schema_rejects_a_broken_report(validator):
    data = flood_report().to_dict()
    data["findings"][0]["status"] = "maybe"
    del data["summary"]["agree"]
    assert len(list(validator.iter_errors(data))) == 2


def test_a_1_0_report_still_validates_and_reads(validator):
    data = flood_report().to_dict()
    data["schema_version"] = "1.0"
    for key in ("published", "copies"):
        del data[key]
    del data["summary"]["developing"]
    for finding in data["findings"]:
        del finding["fact"]
        for claim in finding["claims"]:
            del claim["sentence_offset"]
    assert list(validator.iter_errors(data)) == []
    back = fmt.from_dict(data)
    assert back.published == () and back.copies == ()
    assert [f.key for f in back.findings] == [f.key for f in fmt.canonical(flood_report()).findings]
    # Without offsets the formats still mark each claim in its sentence.
    assert "“Officials said **nearly 1,200** people died in the district.”" in back.to_markdown()


def test_json_has_no_float_noise():
    noisy = qty(220.00000000000003, 220.00000000000003, text="220")
    report = flood_report()
    aid = report.findings[1]
    claim = attrs.evolve(aid.claims[0], quantity=noisy)
    report = attrs.evolve(report, findings=(attrs.evolve(aid, claims=(claim,), score=0.1 + 0.2),))
    text = report.to_json()
    assert "220.00000000000003" not in text and "0.30000000000000004" not in text
    [finding] = json.loads(text)["findings"]
    assert finding["claims"][0]["quantity"]["low"] == 220
    assert finding["score"] == 0.3


@pytest.mark.parametrize("make", [flood_report, hostile_report, empty_report])
def test_round_trip_fixture(make):
    report = make()
    assert Report.from_dict(report.to_dict()) == fmt.canonical(report)
    assert fmt.from_json(report.to_json(indent=None)) == fmt.canonical(report)


@settings(max_examples=60)
@given(reports())
def test_round_trip_property(validator, report):
    data = fmt.to_dict(report)
    assert list(validator.iter_errors(json.loads(json.dumps(data)))) == []
    back = fmt.from_dict(json.loads(fmt.to_json(report)))
    assert back == fmt.canonical(report)
    assert fmt.to_dict(back) == data


@settings(max_examples=40)
@given(reports())
def test_generated_reports_render_safely(report):
    """Whatever the text, HTML stays well-formed with working anchors and GitHub
    commands stay one per line."""
    page = _parse(fmt.to_html(report))
    assert {"script", "b", "i"}.isdisjoint(page.tags)
    assert len(page.ids) == len(set(page.ids))
    assert set(page.links) <= set(page.ids)
    assert len([i for i in page.ids if i.startswith("finding-")]) == len(report.findings)
    github = fmt.to_github(report, notices=True)
    assert "\r" not in github
    for line in github.split("\n")[:-1]:  # the runner reads commands line by line
        assert line.startswith(("::error ", "::warning ", "::notice "))
    assert fmt.summary_line(report) in fmt.to_markdown(report)
    import io

    from rich.console import Console

    out = io.StringIO()
    fmt.render_table(report, Console(file=out, width=100))
    assert " ".join(out.getvalue().split()).endswith(" ".join(fmt.summary_line(report).split()))


def test_from_dict_rejects_garbage_with_reasons():
    with pytest.raises(ValueError, match="not a claimcheck report"):
        fmt.from_dict({"hello": 1})
    data = flood_report().to_dict()
    data["findings"][0]["status"] = "maybe"
    with pytest.raises(ValueError, match=r"findings"):
        fmt.from_dict(data)
    data = flood_report().to_dict()
    data["schema_version"] = "2.0"
    with pytest.raises(ValueError, match="schema_version"):
        fmt.from_dict(data)


# --------------------------------------------------------------------------- summary


def test_summary_line_counts_and_plurals():
    assert fmt.summary_line(flood_report()) == (
        "1 conflict, 1 variant, 1 compatible estimate, 1 agreement, 1 unique claim across 4 sources (1 input skipped)"
    )
    report = flood_report()
    conflict = report.findings[2]
    many = attrs.evolve(
        report,
        findings=(conflict, attrs.evolve(conflict, subject="x"), report.findings[0]),
        skipped=(),
    )
    assert fmt.summary_line(many) == "2 conflicts, 1 agreement across 4 sources"
    assert fmt.summary_line(empty_report()) == "no comparable claims across 1 source"


# --------------------------------------------------------------------------- Markdown


def test_markdown_sections_in_severity_order_with_evidence():
    md = flood_report().to_markdown()
    headings = [line for line in md.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Conflicts (1)",
        "### Spelling variants (1)",
        "### Compatible estimates (1)",
        "### Agreements (1)",
        "### Claims made by one source only (1)",
        "### Skipped inputs (1)",
    ]
    assert fmt.summary_line(flood_report()) in md
    conflict = md.split("### Conflicts")[1].split("###")[0]
    assert "outside the range \\[1,080, 1,200)" in conflict
    assert "“Officials said **nearly 1,200** people died in the district.”" in conflict
    assert "“The regional health office put the death toll at **950**.”" in conflict
    assert "(articles/valley-courier.txt, line 2)" in conflict
    assert "note: Northern Dispatch says the figure may rise." in conflict


def test_markdown_escapes_article_text():
    md = hostile_report().to_markdown()
    assert "<script>" not in md and "<b>" not in md
    assert "\\<script\\>alert(1)\\</script\\>" in md
    assert "\\*hurt\\*" in md
    assert "people \\| \\<i\\>hurt\\</i\\>" in md
    # An explanation with a line break stays inside its list item.
    item = next(line for line in md.splitlines() if line.startswith("- **people"))
    assert item.endswith("vs 30: 100% wrong, really")


def test_markdown_tables_keep_their_columns():
    report = flood_report()
    aid = report.findings[1]
    piped = attrs.evolve(aid, subject="aid | pledge", claims=(attrs.evolve(aid.claims[0], display="$2 | million"),))
    md = attrs.evolve(report, findings=(piped,)).to_markdown()
    row = next(line for line in md.splitlines() if line.startswith("| aid"))
    # Four columns: five unescaped pipes.
    unescaped = [i for i, ch in enumerate(row) if ch == "|" and row[i - 1 : i] != "\\"]
    assert len(unescaped) == 5


def test_markdown_empty_report():
    md = empty_report().to_markdown()
    assert "no comparable claims across 1 source" in md
    assert "###" not in md


# --------------------------------------------------------------------------- HTML


class _Collector(HTMLParser):
    """Collects ids, links, elements and text of an HTML document; checks nesting."""

    VOID = frozenset({"meta", "br", "img", "link", "hr", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []
        self.urls: list[str] = []
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.marks: dict[str, str] = {}
        self.reading_marks: list[str] = []
        self._mark: str | None = None
        self._in_reading_mark = False

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        for name in ("href", "src"):
            if name in attributes:
                self.urls.append(attributes[name])
                if attributes[name].startswith("#"):
                    self.links.append(attributes[name][1:])
        if tag == "mark" and "id" in attributes:  # a claim in its source column
            self._mark = attributes["id"]
            self.marks[self._mark] = ""
        elif tag == "mark":  # a claim in a finding's readings table
            self.reading_marks.append("")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
        if tag == "mark":
            self._mark = None
            self._in_reading_mark = False

    def handle_data(self, data):
        self.text.append(data)
        if self._mark:
            self.marks[self._mark] += data
        elif self.stack and self.stack[-1] == "mark":
            self.reading_marks[-1] += data


def _parse(markup: str) -> _Collector:
    parser = _Collector()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []
    return parser


@pytest.mark.parametrize("render", [fmt.to_html, fmt.to_html_fragment])
def test_html_has_every_finding_and_working_anchors(render):
    report = flood_report()
    page = _parse(render(report))
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    assert set(page.links) <= set(page.ids), "dangling links"
    findings = [i for i in page.ids if i.startswith("finding-")]
    assert len(findings) == len(report.findings)
    # Every claim is marked once in its source column, linked from its finding.
    distinct_claims = {(c.source, c.start, c.end) for f in report.findings for c in f.claims}
    claim_ids = [i for i in page.ids if i.startswith("claim-")]
    assert len(claim_ids) == len(distinct_claims) == 15
    assert set(claim_ids) <= set(page.links)
    assert sorted(page.marks.values()) == sorted(c.text for f in report.findings for c in f.claims)
    # Discrepancies show each claim again beside its reading, marked at its offset.
    assert sorted(page.reading_marks) == sorted(c.text for f in report.discrepancies for c in f.claims)
    text = "".join(page.text)
    for finding in report.findings:
        assert finding.explanation in text
    assert fmt.summary_line(report) in text


def test_html_sources_side_by_side():
    markup = fmt.to_html(flood_report())
    assert "grid-template-columns:repeat(4," in markup
    columns = markup.split('<div class="source">')[1:]
    assert [c.split("<h3>")[1].split("</h3>")[0] for c in columns] == [
        "Harbor Gazette", "Metro Wire", "Northern Dispatch", "Valley Courier",
    ]  # fmt: skip
    harbor = columns[0]
    assert "Officials said <mark" in harbor and ">nearly 1,200</a></mark> people died" in harbor
    assert "Katrine" not in harbor


def test_html_is_self_contained():
    markup = fmt.to_html(flood_report())
    page = _parse(markup)
    assert page.tags[:1] == ["html"] and "style" in page.tags
    assert "script" not in page.tags and "link" not in page.tags
    assert all(u.startswith("#") for u in page.urls)
    assert "http://" not in markup and "https://" not in markup and "url(" not in markup


@pytest.mark.parametrize("render", [fmt.to_html, fmt.to_html_fragment, Report._repr_html_])
def test_html_escapes_all_article_text(render):
    markup = render(hostile_report())
    assert "<script>" not in markup and "alert(1)</script>" not in markup
    assert "<b>" not in markup and "<i>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    page = _parse(markup)
    assert "script" not in page.tags and "b" not in page.tags and "i" not in page.tags
    text = "".join(page.text)
    assert "Police said <script>alert(1)</script> 12 | people" in text  # shown literally
    assert "Evil <b>Times</b>" in text


def test_html_fragment_has_no_page_wrapper_and_own_ids():
    fragment = fmt.to_html_fragment(flood_report())
    page = _parse(fragment)
    assert "html" not in page.tags and "body" not in page.tags
    assert fragment == flood_report()._repr_html_()
    other = _parse(fmt.to_html_fragment(hostile_report()))
    assert not set(page.ids) & set(other.ids)
    assert all(i.startswith(("claim-", "finding-")) for i in page.ids)


def test_html_repeated_surface_marks_the_right_occurrence():
    text = "In 2020, 12 rooms held 12 guests.\n"
    second = 23  # offset of the second "12"
    assert text[second : second + 2] == "12"
    claims = (
        Claim(ClaimKind.QUANTITY, "A", "12", 9, 11, sentence=text.strip(), quantity=qty(12, 12)),
        Claim(ClaimKind.QUANTITY, "A", "12", second, second + 2, sentence=text.strip(), quantity=qty(12, 12)),
    )
    findings = tuple(
        Finding(Status.UNIQUE, ClaimKind.QUANTITY, (c,), ("A",), 0.0, "only A", subject=s)
        for c, s in zip(claims, ["rooms", "guests"], strict=False)
    )
    markup = fmt.to_html(Report(findings=findings, sources=("A",)))
    assert markup.count("<mark") == 2
    assert ">12</a></mark> rooms held <mark" in markup


# --------------------------------------------------------------------------- terminal


def _console(**kw):
    from rich.console import Console

    return Console(record=True, width=110, **kw)


def test_table_plain_when_not_a_terminal():
    import io

    out = io.StringIO()
    console = _console(file=out)
    fmt.render_table(flood_report(), console)
    text = out.getvalue()
    assert "\x1b[" not in text
    order = [text.index(h) for h in ("Conflicts (1)", "Spelling variants (1)", "Agreements (1)")]
    assert order == sorted(order)
    # Each reading, then its evidence right under it.
    row = text.index("Valley Courier · 950 [950, 950]")
    assert text.index("“The regional health office put the death toll at 950.”") > row
    assert "3 of 4 sources state it; 1 does not mention it." in text
    assert text.rstrip().endswith(fmt.summary_line(flood_report()))


def test_table_colours_and_highlights_claims_on_a_terminal():
    import io

    out = io.StringIO()
    fmt.render_table(flood_report(), _console(file=out, force_terminal=True, color_system="standard"))
    text = out.getvalue()
    # The claim inside its sentence is bold (1), reversed (7) and in its status colour.
    assert "death toll at \x1b[1;7;31m950\x1b[0m." in text  # red: conflict
    assert "Mayor \x1b[1;7;91mKatrine Oswald\x1b[0m toured" in text  # variant: 16-colour orange


def test_table_does_not_interpret_article_markup():
    import io

    out = io.StringIO()
    fmt.render_table(hostile_report(), _console(file=out))
    text = out.getvalue()
    assert "[red]blast[/red]" in text
    assert "<script>alert(1)</script>" in text  # terminal output is literal, not HTML


# --------------------------------------------------------------------------- GitHub


def test_github_one_annotation_per_discrepancy_claim():
    report = flood_report()
    lines = fmt.to_github(report).splitlines()
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels == ["::error"] * 3 + ["::warning"] * 4 + ["::notice"]
    assert lines[0].startswith(
        "::error file=articles/harbor-gazette.txt,line=2,title=claimcheck conflict%3A people died::"
        "Harbor Gazette says “nearly 1,200”."
    )
    # Metro Wire has no file: no location, but still an annotation.
    metro = next(line for line in lines if "::Metro Wire says" in line)
    assert metro.startswith("::warning title=")
    assert "file=" not in metro and "line=" not in metro
    assert lines[-1] == "::notice title=claimcheck::" + fmt.summary_line(report)


def test_github_notices_for_unique_claims_are_optional():
    plain = fmt.to_github(flood_report(), summary=False)
    with_notices = fmt.to_github(flood_report(), notices=True, summary=False)
    assert "::notice" not in plain
    assert with_notices.startswith(plain)
    notice = with_notices.splitlines()[-1]
    assert notice.startswith("::notice file=articles/valley-courier.txt,line=5,")


def test_github_baselined_findings_become_notices():
    report = flood_report()
    conflict = next(f for f in report.findings if f.status is Status.CONFLICT)
    lines = fmt.to_github(report, accepted={conflict.key}, summary=False).splitlines()
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels == ["::notice"] * 3 + ["::warning"] * 4
    assert "title=claimcheck conflict%3A people died (accepted in baseline)::" in lines[0]


def test_github_escaping():
    lines = fmt.to_github(hostile_report(), summary=False).splitlines()
    assert len(lines) == 2
    first = lines[0]
    props, message = first[len("::error ") :].split("::", 1)
    assert props.split(",") == [
        "file=in%2Cbox/evil%3Atimes.txt",
        "line=2",
        "title=claimcheck conflict%3A people | <i>hurt</i>",
    ]
    assert "100%25%0Awrong, really" in message
    assert "\n" not in message and "\r" not in message
    assert "%0AOther sources: Plain, Post: 30" in message


def test_github_escape_functions():
    assert fmt.github._gh_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert fmt.github._gh_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_only_summary_when_nothing_to_flag():
    agree_only = attrs.evolve(flood_report(), findings=tuple(flood_report().agreements))
    assert fmt.to_github(agree_only) == (
        "::notice title=claimcheck::1 compatible estimate, 1 agreement across 4 sources (1 input skipped)\n"
    )
    assert fmt.to_github(agree_only, summary=False) == ""


# --------------------------------------------------------------------------- pandas


def test_to_pandas_without_pandas_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install pandas \(or the 'pandas' extra of claimcheck-news\)"):
        flood_report().to_pandas()


def test_pandas_rows_one_per_claim_per_finding():
    rows = list(fmt.pandas._pandas_rows(flood_report()))
    assert len(rows) == sum(len(f.claims) for f in flood_report().findings) == 15
    assert rows[0]["status"] == "conflict" and rows[0]["source"] == "Harbor Gazette"
    assert rows[0]["low"] == 1080 and rows[0]["path"] == "articles/harbor-gazette.txt"
    assert set(rows[0]) == set(fmt.pandas._PANDAS_COLUMNS)


def test_to_pandas_frame():
    pd = pytest.importorskip("pandas")
    frame = flood_report().to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == fmt.pandas._PANDAS_COLUMNS
    assert len(frame) == 15
    assert frame.groupby("status", observed=False).size()["conflict"] == 3
    # Status sorts by severity, not alphabetically, and compares as an ordered category.
    assert frame["status"].cat.ordered
    assert list(frame["status"].cat.categories) == [s.value for s in Status]
    assert set(frame[frame["status"] <= "variant"]["status"]) == {"conflict", "variant"}
    assert frame.sort_values("status", kind="stable")["status"].iloc[-1] == "unique"
    conflict = frame[frame["status"] == "conflict"]
    assert set(conflict["title"]) == {"people killed"}
    assert list(conflict["low_inclusive"]) == [True, True, True]
    assert list(conflict["high_inclusive"]) == [False, True, True]


def test_to_pandas_dates_copies_attribution():
    pd = pytest.importorskip("pandas")
    report = attrs.evolve(
        flood_report(),
        published=(("Harbor Gazette", "2025-03-04T10:30Z"), ("Valley Courier", "2025-03-05")),
        copies=(("Metro Wire", "Harbor Gazette"),),
    )
    frame = report.to_pandas()
    by_source = frame.drop_duplicates("source").set_index("source")
    assert by_source.loc["Harbor Gazette", "published"] == pd.Timestamp("2025-03-04 10:30")
    assert by_source.loc["Valley Courier", "published"] == pd.Timestamp("2025-03-05")
    assert pd.isna(by_source.loc["Northern Dispatch", "published"])
    assert by_source.loc["Metro Wire", "copy_of"] == "Harbor Gazette"
    assert {"attribution", "scope", "agent", "negated"} <= set(frame.columns)


def test_report_facts_are_its_fact_sheets():
    report = flood_report()
    facts = report.facts()
    assert [f.finding for f in facts] == list(report.findings)
    assert {f.subject for f in facts} >= {"people killed", "Katrin Oswald"}


def test_repr_and_rich_are_one_line_summaries():
    report = flood_report()
    assert repr(report) == f"<Report: {fmt.summary_line(report)}>"
    assert report.__rich__() == fmt.summary_line(report)
    developing = attrs.evolve(report.findings[2], status=Status.DEVELOPING)
    many = attrs.evolve(report, findings=(*report.findings, developing), skipped=())
    assert fmt.summary_line(many).startswith("1 conflict, 1 developing figure, 1 variant")
    conflict = report.findings[2]
    assert repr(conflict) == "<Finding conflict: people died (3 of 4 sources)>"
    assert "\n" not in repr(report) and len(repr(report)) < 200


# --------------------------------------------------------------------------- a pipeline report


@pytest.mark.model
def test_pipeline_report_through_every_format(nlp, validator):
    """A report the pipeline makes from the invented articles passes every format check."""
    from claimcheck import compare

    try:
        from report_fixtures import ARTICLES
    except ImportError:  # tests run as a package
        from tests.report_fixtures import ARTICLES

    report = compare(dict(ARTICLES), nlp=nlp)
    assert report.findings
    for claim in (c for f in report.findings for c in f.claims):  # the extractor's own offsets
        at = claim.sentence_offset
        assert at is not None and claim.sentence[at : at + len(claim.display)] == claim.display
    data = json.loads(report.to_json())
    assert list(validator.iter_errors(data)) == []
    back = fmt.from_json(report.to_json())
    # Figures come back to 15 significant digits, the rest exactly.
    assert back.to_json() == report.to_json()
    assert [f.key for f in back.findings] == [f.key for f in fmt.canonical(report).findings]
    page = _parse(report.to_html())
    assert len([i for i in page.ids if i.startswith("finding-")]) == len(report.findings)
    assert set(page.links) <= set(page.ids)
    assert fmt.summary_line(report) in report.to_markdown()
    annotations = fmt.to_github(report, summary=False).splitlines()
    assert len(annotations) == sum(len(f.claims) for f in report.discrepancies)


def test_github_annotations_carry_the_claims_columns():
    from claimcheck.models import Claim, ClaimKind, Finding, Quantity, Report, Status

    claims = tuple(
        Claim(
            kind=ClaimKind.QUANTITY,
            source=s,
            text=t,
            start=0,
            end=len(t),
            line=3,
            column=col,
            quantity=Quantity(low=v, high=v, value=v, text=t),
        )
        for s, t, col, v in (("a", "12", 16, 12.0), ("b", "15", 9, 15.0))
    )
    finding = Finding(
        status=Status.CONFLICT,
        kind=ClaimKind.QUANTITY,
        claims=claims,
        sources=("a", "b"),
        score=1.0,
        explanation="a says 12; b says 15",
        subject="people killed",
    )
    report = Report(findings=(finding,), sources=("a", "b"), paths={"a": "a.txt", "b": "b.txt"})
    out = fmt.to_github(report)
    assert "file=a.txt,line=3,col=16,endColumn=18" in out
    assert "file=b.txt,line=3,col=9,endColumn=11" in out
