"""Reading inputs: every kind of bad file is skipped with a reason, the rest is read."""

from __future__ import annotations

import json
import tracemalloc
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import ARTICLE_BYTES

from claimcheck.models import Document, SkippedInput
from claimcheck.sources import (
    InputError,
    Inputs,
    InputWarning,
    document_from_text,
    html_to_text,
    iter_inputs,
    load_documents,
    read_inputs,
)
from claimcheck.sources.textfix import repair

ARTICLE = "Officials said 1,200 people were evacuated on Monday.\nThe mayor said 52 were hurt.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_bytes(data.encode("utf-8"))
    return path


def only_skip(inputs: Inputs) -> SkippedInput:
    assert inputs.documents == ()
    assert len(inputs.skipped) == 1
    return inputs.skipped[0]


# ----------------------------------------------------------------- plain text


def test_txt_file(tmp_path: Path) -> None:
    p = write(tmp_path / "000_696193ac813eab64.txt", ARTICLE)
    (doc,) = load_documents(p)
    assert doc.text == ARTICLE
    assert doc.source == "000_696193ac813eab64"
    assert doc.path == str(p)
    assert doc.title is None


def test_accepts_str_pathlike_and_lists(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", ARTICLE)
    b = write(tmp_path / "b.md", "# Headline here\n\n" + ARTICLE)
    assert [d.source for d in load_documents(str(a))] == ["a"]
    docs = load_documents([a, str(b)])
    assert [d.source for d in docs] == ["a", "b"]
    assert docs[1].title == "Headline here"
    assert [d.source for d in load_documents(d for d in [a, b])] == ["a", "b"]


@pytest.mark.parametrize(("content", "reason"), [(b"", "empty file"), (b"  \n\t\r\n ", "only whitespace")])
def test_empty_and_whitespace_only(tmp_path: Path, content: bytes, reason: str) -> None:
    p = write(tmp_path / "blank.txt", content)
    skip = only_skip(read_inputs(p))
    assert skip == SkippedInput(str(p), reason)
    with pytest.raises(InputError) as info:
        load_documents(p)
    assert info.value.path == str(p)
    assert info.value.reason == reason
    assert str(p) in str(info.value) and reason in str(info.value)
    assert isinstance(info.value, ValueError)


def test_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10
    p = write(tmp_path / "photo.txt", png)
    assert only_skip(read_inputs(p)).reason == "binary file"


def test_control_heavy_file_is_binary(tmp_path: Path) -> None:
    p = write(tmp_path / "junk.txt", bytes([1, 2, 3, 4, 5, 6, 65]) * 300)
    assert only_skip(read_inputs(p)).reason == "binary file"


@pytest.mark.parametrize(
    ("encoding", "raw", "expected"),
    [
        ("cp1252", "Caf\xe9 \u201cquoted\u201d \u20ac5".encode("cp1252"), "Café “quoted” €5"),
        # 0x81 is undefined in cp1252, so this can only be latin-1
        ("latin-1", b"Stra\xdfe \x81 se\xf1or", "Straße \x81 señor"),
    ],
)
def test_legacy_encodings_warn(tmp_path: Path, encoding: str, raw: bytes, expected: str) -> None:
    p = write(tmp_path / "old.txt", raw)
    with pytest.warns(InputWarning, match=rf"old\.txt.*{encoding}"):
        (doc,) = load_documents(p)
    assert doc.text == expected


def test_utf8_bom_stripped(tmp_path: Path) -> None:
    p = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (doc,) = load_documents(p)
    assert doc.text == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, encoding: str) -> None:
    text = "Nausėda said 1,200 — “yes”."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    p = write(tmp_path / "wide.txt", data)
    (doc,) = load_documents(p)
    assert doc.text == text


def test_utf16_without_bom_decoded_with_warning(tmp_path: Path) -> None:
    p = write(tmp_path / "ps.txt", ARTICLE.encode("utf-16-le"))
    with pytest.warns(InputWarning, match="UTF-16-LE"):
        (doc,) = load_documents(p)
    assert doc.text == ARTICLE


def test_nul_bytes_late_in_file_mean_binary(tmp_path: Path) -> None:
    p = write(tmp_path / "late.txt", ARTICLE.encode() * 500 + b"\x00\x00\x01 tail")
    assert only_skip(read_inputs(p)).reason == "binary file"


def test_crlf_and_cr_normalized(tmp_path: Path) -> None:
    p = write(tmp_path / "win.txt", b"One 1,200.\r\nTwo 52.\r\n\r\nOld mac\rline")
    (doc,) = load_documents(p)
    assert doc.text == "One 1,200.\nTwo 52.\n\nOld mac\nline"
    assert "\r" not in doc.text


def test_mojibake_kept_in_document_and_repaired_with_offsets(tmp_path: Path) -> None:
    sentence = "President Gitanas NausÄ—da said 1,200 troops would stay."
    p = write(tmp_path / "wire.txt", sentence)
    (doc,) = load_documents(p)
    assert doc.text == sentence  # reading never repairs
    r = repair(doc.text)
    start = r.text.index("Nausėda")
    s, e = r.span_to_original(start, start + len("Nausėda"))
    assert doc.text[s:e] == "NausÄ—da"
    start = r.text.index("1,200")
    s, e = r.span_to_original(start, start + 5)
    assert doc.text[s:e] == "1,200"


def test_large_article(tmp_path: Path) -> None:
    paragraph = "The agency said 1,200 homes lost power and 52 roads were closed.\n"
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    p = write(tmp_path / "big.txt", text)
    assert p.stat().st_size >= 5_000_000
    (doc,) = load_documents(p)
    assert doc.text == text


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=200))
def test_any_unicode_never_crashes(tmp_path: Path, text: str) -> None:
    p = tmp_path / "odd.txt"
    p.write_bytes(text.encode("utf-8", "surrogatepass"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        inputs = read_inputs(p)
    assert len(inputs.documents) + len(inputs.skipped) == 1
    for doc in inputs.documents:
        repair(doc.text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    ARTICLE_BYTES,
    st.sampled_from([".txt", ".md", ".html", ".jsonl", ".bin"]),
)
def test_any_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    p = tmp_path / f"fuzz{suffix}"
    p.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        inputs = read_inputs(p)
    assert inputs.documents or inputs.skipped
    for doc in inputs.documents:
        assert doc.text.strip() and "\r" not in doc.text
        repair(doc.text)


def test_odd_unicode_read_verbatim(tmp_path: Path) -> None:
    text = "Cafe\u0301 \u05e9\u05dc\u05d5\u05dd 123 \u200b\u200d 👩\u200d👩\u200d👧 \u202eabc\u202c \u00ad."
    p = write(tmp_path / "odd.txt", text)
    (doc,) = load_documents(p)
    assert doc.text == text


# ----------------------------------------------------------------- HTML


PAGE = """<!DOCTYPE html>
<html><head><title>Storm hits coast</title>
<meta property="article:published_time" content="2024-03-01">
<link rel="canonical" href="https://example.org/storm">
<script>var views = 987654; trackEvent("load", 4242);</script>
<style>.x { width: 31337px }</style></head>
<body><noscript>Enable 5555 scripts</noscript>
<h1>Storm hits coast</h1><p>Officials said <b>1,200</b> people left.</p><p>Another 52
were hurt.</p><div hidden>Hidden 8080</div><template><p>Tpl 7070</p></template>
<!-- comment 6060 --><script type="application/ld+json">{"n": 9090}</script>
<ul><li>First</li><li>Second</li></ul>Line one<br>Line two</body></html>"""


def test_html_visible_text_only(tmp_path: Path) -> None:
    p = write(tmp_path / "storm.html", PAGE)
    (doc,) = load_documents(p)
    for hidden in ["987654", "4242", "31337", "5555", "8080", "7070", "6060", "9090", "<", "var "]:
        assert hidden not in doc.text
    assert "Officials said 1,200 people left." in doc.text
    assert "Another 52 were hurt." in doc.text
    assert doc.text.startswith("Storm hits coast\n\nOfficials")
    assert "First\nSecond" in doc.text
    assert "Line one\nLine two" in doc.text
    assert doc.title == "Storm hits coast"
    assert doc.published == "2024-03-01"
    assert doc.url == "https://example.org/storm"
    assert doc.source == "storm"


def test_html_declared_charset_used(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Москва 1,200</p></body></html>'
    p = write(tmp_path / "ru.html", page.encode("cp1251"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (doc,) = load_documents(p)
    assert doc.text == "Москва 1,200"


def test_deeply_nested_html() -> None:
    page = html_to_text("<div>" * 5000 + "Deep 52" + "</div>" * 5000)
    assert page.text == "Deep 52"


def test_html_without_visible_text(tmp_path: Path) -> None:
    p = write(tmp_path / "empty.htm", "<html><head><script>var a = 1;</script></head><body> </body></html>")
    assert only_skip(read_inputs(p)).reason == "no visible text in HTML"


def test_html_blocks_do_not_run_together() -> None:
    page = html_to_text("<div>Killed: 12</div><div>Injured: 40</div><table><tr><td>a</td><td>b</td></tr></table>")
    assert page.text == "Killed: 12\n\nInjured: 40\n\na\tb"


def test_html_pre_keeps_whitespace() -> None:
    page = html_to_text("<p>a   b</p><pre>x   y\n z</pre>")
    assert page.text == "a b\n\nx   y\n z"


# ----------------------------------------------------------------- JSONL


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [
        {"source": "reuters", "text": "A said 1,200.", "title": "T", "published": "2024-01-01", "url": "u"},
        {"text": "No source given: 52."},
        {"source": "reuters", "text": "Another wire\r\ncopy."},
    ]
    p = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    docs = load_documents(p)
    assert [d.source for d in docs] == ["reuters", "feed:2", "reuters#2"]
    assert docs[0].title == "T" and docs[0].published == "2024-01-01" and docs[0].url == "u"
    assert [d.path for d in docs] == [f"{p}:1", f"{p}:2", f"{p}:3"]
    assert docs[2].text == "Another wire\ncopy."


def test_jsonl_malformed_lines_reported(tmp_path: Path) -> None:
    lines = [
        json.dumps({"source": "ap", "text": "Good 1,200."}),
        "{not json",
        "",
        json.dumps({"source": "x"}),
        json.dumps({"source": "y", "text": 12}),
        json.dumps(["a", "list"]),
        json.dumps({"source": "z", "text": "   "}),
        json.dumps({"source": "bbc", "text": "Good 52."}),
    ]
    p = write(tmp_path / "mixed.jsonl", "\n".join(lines))
    inputs = read_inputs(p)
    assert [d.source for d in inputs.documents] == ["ap", "bbc"]
    reasons = {s.path: s.reason for s in inputs.skipped}
    assert set(reasons) == {f"{p}:2", f"{p}:4", f"{p}:5", f"{p}:6", f"{p}:7"}
    assert reasons[f"{p}:2"].startswith("invalid JSON")
    assert "text" in reasons[f"{p}:4"]
    assert "not a string" in reasons[f"{p}:5"]
    assert "not an object" in reasons[f"{p}:6"]
    assert "empty" in reasons[f"{p}:7"]
    with pytest.warns(InputWarning) as record:
        assert len(load_documents(p)) == 2
    assert [str(w.message).split(": skipped")[0] for w in record] == sorted(reasons)


def test_jsonl_streams(tmp_path: Path) -> None:
    p = tmp_path / "huge.jsonl"
    body = "x" * 10_000
    with p.open("w", encoding="utf-8") as fh:
        for i in range(2_000):  # ~20 MB
            fh.write(json.dumps({"source": f"s{i}", "text": f"{i} {body}"}) + "\n")
    tracemalloc.start()
    try:
        count = 0
        for item in iter_inputs(p):
            assert isinstance(item, Document)
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 2_000
    assert peak < 5_000_000


def test_jsonl_legacy_line_and_bom(tmp_path: Path) -> None:
    good = json.dumps({"source": "a", "text": "Fine."}, ensure_ascii=False).encode()
    legacy = '{"source": "b", "text": "Caf\xe9 1,200"}'.encode("cp1252")
    p = write(tmp_path / "enc.jsonl", b"\xef\xbb\xbf" + good + b"\r\n" + legacy + b"\r\n")
    with pytest.warns(InputWarning, match="cp1252"):
        docs = load_documents(p)
    assert [d.text for d in docs] == ["Fine.", "Café 1,200"]


def test_jsonl_utf16(tmp_path: Path) -> None:
    p = write(tmp_path / "wide.jsonl", (json.dumps({"source": "a", "text": "Nausėda 52"}) + "\n").encode("utf-16"))
    (doc,) = load_documents(p)
    assert doc.text == "Nausėda 52"


@pytest.mark.parametrize(
    ("content", "reason"), [(b"", "empty file"), (b"\n\n  \n", "empty file"), (b"\x00\x01" * 50, "binary file")]
)
def test_jsonl_empty_or_binary(tmp_path: Path, content: bytes, reason: str) -> None:
    p = write(tmp_path / "bad.jsonl", content)
    assert only_skip(read_inputs(p)) == SkippedInput(str(p), reason)


# ----------------------------------------------------------------- directories and naming


def test_directory_with_mixed_junk(tmp_path: Path) -> None:
    d = tmp_path / "articles"
    write(d / "b_wire.txt", ARTICLE)
    write(d / "a_page.html", "<p>Officials said 1,200.</p>")
    write(d / "nested" / "c.md", ARTICLE)
    write(d / "empty.txt", "")
    write(d / "image.txt", b"\x00\x01\x02binary")
    write(d / "data.csv", "a,b\n1,2\n")
    write(d / ".hidden.txt", ARTICLE)
    write(d / ".git" / "HEAD.txt", ARTICLE)
    write(d / "feed.jsonl", '{"source": "ap", "text": "Wire 52."}\n{oops\n')
    inputs = read_inputs(d)
    assert [doc.source for doc in inputs.documents] == ["a_page", "b_wire", "ap", "c"]
    skipped = {
        Path(s.path.split(":")[0]).name + (":" + s.path.rsplit(":", 1)[1] if s.path.endswith(":2") else ""): s.reason
        for s in inputs.skipped
    }
    assert skipped == {
        "data.csv": "not an article file type (.csv)",
        "empty.txt": "empty file",
        "feed.jsonl:2": skipped["feed.jsonl:2"],
        "image.txt": "binary file",
    }
    assert skipped["feed.jsonl:2"].startswith("invalid JSON")
    with pytest.warns(InputWarning) as record:
        docs = load_documents(d)
    assert len(docs) == 4
    messages = " ".join(str(w.message) for w in record)
    for name in ["data.csv", "empty.txt", "image.txt", "feed.jsonl:2"]:
        assert name in messages


def test_symlink_loop_in_directory(tmp_path: Path) -> None:
    write(tmp_path / "a" / "story.txt", ARTICLE)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    inputs = read_inputs(tmp_path)
    assert [d.source for d in inputs.documents] == ["story"]
    assert [(Path(s.path).name, s.reason) for s in inputs.skipped] == [
        ("loop", "symbolic link loop (folder already read)")
    ]


def _read_with_timeout(*args, **kwargs) -> Inputs:
    """read_inputs in a thread: a test fails (instead of hanging) if reading blocks."""
    import threading

    box: list[Inputs] = []
    worker = threading.Thread(target=lambda: box.append(read_inputs(*args, **kwargs)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert box, "reading blocked"
    return box[0]


@pytest.mark.parametrize("where", ["named", "in-folder", "link-in-folder"])
def test_a_fifo_is_never_opened(tmp_path: Path, where: str) -> None:
    import os

    write(tmp_path / "d" / "story.txt", ARTICLE)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    if where == "in-folder":
        fifo = fifo.rename(tmp_path / "d" / "pipe.txt")
    elif where == "link-in-folder":
        inner = tmp_path / "d" / "inner.txt"
        os.mkfifo(inner)
        fifo = tmp_path / "d" / "pipe.txt"
        fifo.symlink_to(inner)
    inputs = _read_with_timeout([tmp_path / "d", fifo] if where == "named" else [tmp_path / "d"])
    assert [d.source for d in inputs.documents] == ["story"]
    [skip] = inputs.skipped
    assert "named pipe (FIFO), not a regular file" in skip.reason


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_never_read(device: str) -> None:
    inputs = _read_with_timeout(device)
    assert not inputs.documents
    assert "character device, not a regular file" in only_skip(inputs).reason


def test_links_out_of_the_folder_are_skipped_unless_followed(tmp_path: Path) -> None:
    write(tmp_path / "secret" / "key.txt", "The vault holds 99 gold bars.")
    write(tmp_path / "pr" / "a.txt", ARTICLE)
    write(tmp_path / "pr" / "sub" / "c.txt", "Police said 40 people were hurt.")
    (tmp_path / "pr" / "b.txt").symlink_to(tmp_path / "secret" / "key.txt")
    (tmp_path / "pr" / "inside.txt").symlink_to(tmp_path / "pr" / "sub" / "c.txt")
    (tmp_path / "pr" / "outdir").symlink_to(tmp_path / "secret", target_is_directory=True)
    (tmp_path / "pr" / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "pr" / "self.txt").symlink_to(tmp_path / "pr" / "self.txt")
    inputs = read_inputs(tmp_path / "pr")
    # inside.txt is sub/c.txt: read once, under the name met first
    assert sorted(d.source for d in inputs.documents) == ["a", "inside"]
    reasons = {Path(s.path).name: s.reason for s in inputs.skipped}
    assert reasons["b.txt"].startswith("symbolic link out of the folder")
    assert reasons["outdir"].startswith("symbolic link out of the folder")
    assert reasons["dangling.txt"].startswith("dangling symbolic link")
    assert reasons["self.txt"] == "symbolic link loop"
    assert all("99 gold" not in d.text for d in inputs.documents)
    followed = read_inputs(tmp_path / "pr", follow_symlinks=True)
    assert sorted(d.source for d in followed.documents) == ["a", "b", "inside"]  # outdir/key.txt is b.txt


@pytest.mark.parametrize(
    ("size", "limit", "read"),
    [(100, 100, True), (101, 100, False), (5_000, 4_096, False), (20_000, 100_000, True)],
)
def test_max_bytes_refuses_larger_files_with_a_reason(tmp_path: Path, size: int, limit: int, read: bool) -> None:
    text = ("Officials said 52 prisoners were freed. " * (size // 40 + 1))[:size]
    p = write(tmp_path / "long.txt", text)
    inputs = read_inputs(p, max_bytes=limit)
    assert bool(inputs.documents) is read
    if not read:
        assert f"over the limit of {limit:,}" in only_skip(inputs).reason


def test_max_bytes_holds_per_jsonl_line(tmp_path: Path) -> None:
    lines = [json.dumps({"source": "short", "text": ARTICLE}), json.dumps({"source": "long", "text": "x " * 5000})]
    p = write(tmp_path / "set.jsonl", "\n".join(lines) + "\n")
    inputs = read_inputs(p, max_bytes=2000)
    assert [d.source for d in inputs.documents] == ["short"]
    [skip] = inputs.skipped
    assert skip.path.endswith("set.jsonl:2") and "--max-bytes" in skip.reason


def test_binary_is_refused_after_the_first_bytes(tmp_path: Path) -> None:
    p = write(tmp_path / "blob.txt", b"\x00\x01\x02" * 10 + b"a" * 50_000)
    assert only_skip(read_inputs(p)).reason == "binary file"


def test_non_utf8_file_names_give_printable_sources(tmp_path: Path) -> None:
    import os

    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(ARTICLE.encode())
    (doc,) = read_inputs(tmp_path).documents
    assert doc.source == "caf\\xe9"
    assert doc.path is not None and doc.path.endswith("caf\\xe9.txt")
    (doc.source + doc.path).encode("utf-8")


@pytest.mark.parametrize(
    ("source", "shown"),
    [("\ud800", "\\xed\\xa0\\x80"), ("a\u001b[2Jb", "a\\x1b[2Jb"), ("Reuters", "Reuters")],
)
def test_jsonl_sources_are_printable(tmp_path: Path, source: str, shown: str) -> None:
    line = json.dumps({"source": source, "text": ARTICLE})
    (doc,) = read_inputs(write(tmp_path / "s.jsonl", line + "\n")).documents
    assert doc.source == shown


def test_dash_reads_one_article_from_stdin(monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    (doc,) = read_inputs(["-"]).documents
    assert (doc.source, doc.text, doc.path) == ("stdin", ARTICLE, None)


def test_explicit_unknown_extension_read_as_text(tmp_path: Path) -> None:
    p = write(tmp_path / "article.story", ARTICLE)
    (doc,) = load_documents(p)
    assert doc.source == "article" and doc.text == ARTICLE
    b = write(tmp_path / "archive.zip", b"PK\x03\x04\x00\x00" + bytes(200))
    assert only_skip(read_inputs(b)).reason == "binary file"


def test_missing_path_is_skipped_not_raised(tmp_path: Path) -> None:
    good = write(tmp_path / "ok.txt", ARTICLE)
    missing = tmp_path / "nope.txt"
    inputs = read_inputs([good, missing])
    assert [d.source for d in inputs.documents] == ["ok"]
    assert inputs.skipped == (SkippedInput(str(missing), "no such file or directory"),)
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        load_documents(missing)


def test_nothing_usable_names_every_file(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "")
    b = write(tmp_path / "b.txt", b"\x00\x00")
    with pytest.raises(InputError) as info:
        load_documents([a, b])
    message = str(info.value)
    assert "a.txt: empty file" in message and "b.txt: binary file" in message


def test_empty_directory_and_empty_list(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory has no files"):
        load_documents(tmp_path)
    with pytest.raises(InputError, match="no input files"):
        load_documents([])


def test_duplicate_sources_disambiguated(tmp_path: Path) -> None:
    write(tmp_path / "x" / "reuters.txt", ARTICLE)
    write(tmp_path / "y" / "reuters.txt", ARTICLE)
    write(tmp_path / "z" / "reuters#2.txt", ARTICLE)
    names = [d.source for d in load_documents(tmp_path)]
    assert names in (["reuters", "reuters#2#2", "reuters#2"], ["reuters", "reuters#2", "reuters#2#2"])
    assert len(set(names)) == 3
    assert names == [d.source for d in load_documents(tmp_path)]  # deterministic


def test_same_file_twice_read_once(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", ARTICLE)
    assert len(load_documents([p, p, tmp_path])) == 1


def test_document_from_text() -> None:
    doc = document_from_text("Line\r\n52 dead", "bbc", title="T", url="https://example.org")
    assert doc == Document(text="Line\n52 dead", source="bbc", title="T", url="https://example.org")
    with pytest.raises(ValueError):
        document_from_text("   ", "bbc")
    with pytest.raises(ValueError):
        document_from_text(None, "bbc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        document_from_text("text", "bbc", author="me")


def test_a_folders_readme_is_not_an_article(tmp_path):
    (tmp_path / "README.md").write_text("# Notes\n\nThese 3 articles were collected in 2025.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Police arrested 12 people.\n", encoding="utf-8")
    read = read_inputs(tmp_path)
    assert [d.source for d in read.documents] == ["story"]
    assert [Path(s.path).name for s in read.skipped] == ["README.md"]
    # named explicitly, it is read like any other file
    assert [d.source for d in read_inputs(tmp_path / "README.md").documents] == ["README"]
