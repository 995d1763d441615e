"""Hostile article sets through every output format: exit codes as documented, valid
UTF-8, no raw control character on a terminal, no payload markup in HTML, no forged
GitHub annotation."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from hostile.corpus import SAMPLE_NAMES, SAMPLE_TEXTS, write_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import FILE_NAMES, HOSTILE_TEXT

from claimcheck.cli import main

FORMATS = ("table", "json", "markdown", "html", "github")
#: What may never reach a terminal raw: C0 controls but tab and newline, DEL, C1 controls.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
PAYLOAD_TAGS = {"script", "img", "svg", "iframe", "object", "embed"}


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.add(name)
            if name == "href" and value:
                self.hrefs.append(value)


def _check_output(fmt: str, result) -> None:
    assert result.exit_code in (0, 1, 2), result.output
    out = result.stdout_bytes.decode("utf-8")  # valid UTF-8, or this raises
    err = result.stderr_bytes.decode("utf-8")
    assert not RAW_CONTROL.search(out), (fmt, out)
    assert not RAW_CONTROL.search(err), err
    if result.exit_code == 2:
        assert err.startswith("Error: ") or "\nError: " in err
        return
    if fmt == "json":
        json.loads(out)
    elif fmt == "html":
        markup = _Markup()
        markup.feed(out)
        assert not markup.tags & PAYLOAD_TAGS, markup.tags
        assert not {a for a in markup.attributes if a.startswith("on")}, markup.attributes
        assert not [h for h in markup.hrefs if h.lower().startswith("javascript:")]
    elif fmt == "github":
        for line in filter(None, out.splitlines()):
            assert re.match(r"::(error|warning|notice)( [^:]*)?::", line), line
            assert "::error::forged" not in line
    elif fmt == "markdown":
        assert "<script" not in out and "](javascript:" not in out


def _run(folder, fmt: str, *extra: str):
    runner = CliRunner()
    return runner.invoke(
        main,
        ["compare", str(folder), "--format", fmt, "--no-cache", "--fail-on", "conflict", *extra],
        catch_exceptions=False,
    )


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    articles=st.lists(st.tuples(FILE_NAMES, HOSTILE_TEXT), min_size=1, max_size=4),
    fmt=st.sampled_from(FORMATS),
)
def test_hostile_sets_in_every_format(nlp, tmp_path_factory, articles, fmt):
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder, articles, specials=False)
    _check_output(fmt, _run(folder, fmt))


@pytest.fixture()
def no_hang():
    """Fail, rather than hang, if something blocks (the set holds a FIFO)."""
    import signal

    def timeout(*_args):
        raise TimeoutError("reading the hostile set blocked")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_sample_hostile_set_with_special_files(nlp, tmp_path, fmt, no_hang):
    secret = tmp_path / "secret.txt"
    secret.write_text("The vault holds 99 gold bars.")
    write_corpus(tmp_path / "set", zip(SAMPLE_NAMES, SAMPLE_TEXTS, strict=False), secret=secret)
    result = _run(tmp_path / "set", fmt)  # the FIFO in the set must not block this
    _check_output(fmt, result)
    assert result.exit_code in (0, 1)  # the good articles were read
    out = result.stdout_bytes.decode()
    assert "vault" not in out and "gold bars" not in out  # nothing from outside the folder
    if fmt in ("json", "markdown", "html", "table"):
        assert "symbolic link out of the folder" in out
