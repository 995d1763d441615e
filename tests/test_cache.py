"""The parse cache: same claims from cached Docs, only new texts parsed, damage tolerated."""

from __future__ import annotations

import itertools
import multiprocessing
from pathlib import Path

import attrs
import pytest
from spacy.tokens import DocBin

from claimcheck.cache import SUFFIX, ParseCache, default_cache_dir
from claimcheck.extract import extract, extract_documents
from claimcheck.models import Document

DATA = Path(__file__).resolve().parents[1] / "data" / "belarus"


def _demo() -> list[Document]:
    return [Document(text=p.read_text(encoding="utf-8"), source=p.stem) for p in sorted(DATA.glob("*.txt"))]


@attrs.frozen
class CountingCache(ParseCache):
    """A cache that records how many Docs it was asked to store."""

    stored: list[str] = attrs.field(factory=list)

    def put(self, doc, nlp) -> bool:  # type: ignore[override]
        self.stored.append(doc.text)
        return super().put(doc, nlp)


def _entries(cache: ParseCache) -> list[Path]:
    return sorted(cache.directory.glob(f"*/*/*{SUFFIX}"))


@pytest.mark.model
def test_cached_docs_give_identical_claims(nlp, tmp_path):
    docs = [
        *_demo(),
        Document(text="Lithuanian President Gitanas NausÄ—da said 52 prisoners were freed.", source="mojibake"),
    ]
    plain = list(extract_documents(docs, nlp))
    cache = ParseCache(tmp_path)
    cold = list(extract_documents(docs, nlp, cache=cache))
    assert len(_entries(cache)) == len(docs)
    warm = list(extract_documents(docs, nlp, cache=cache))
    assert plain == cold == warm
    assert sum(len(c) for _, c in warm) > 20


@pytest.mark.model
def test_only_the_new_article_is_parsed(nlp, tmp_path):
    docs = _demo()
    list(extract_documents(docs[:-1], nlp, cache=ParseCache(tmp_path)))
    counting = CountingCache(tmp_path)
    list(extract_documents(docs, nlp, cache=counting))
    assert counting.stored == [docs[-1].text]


@pytest.mark.parametrize("damage", [b"", b"not a docbin", b"\x00" * 50, None])
def test_damaged_entries_are_parsed_again(blank_nlp, tmp_path, damage):
    cache = ParseCache(tmp_path)
    text = "Police detained 40 protesters on Monday."
    expected = extract(text, nlp=blank_nlp, cache=cache)
    [entry] = _entries(cache)
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) // 2] if damage is None else damage)
    assert cache.get(text, blank_nlp) is None
    assert extract(text, nlp=blank_nlp, cache=cache) == expected
    assert cache.get(text, blank_nlp) is not None  # stored again


def test_an_entry_for_another_text_is_a_miss(blank_nlp, tmp_path):
    cache = ParseCache(tmp_path)
    extract("52 prisoners were freed.", nlp=blank_nlp, cache=cache)
    [entry] = _entries(cache)
    other = "53 prisoners were freed."
    target = cache.path(cache.key(other, blank_nlp), blank_nlp)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(entry.read_bytes())
    assert cache.get(other, blank_nlp) is None
    [claim] = extract(other, nlp=blank_nlp, cache=cache)
    assert claim.quantity.value == 53


def test_two_swapped_entries_never_give_one_outlet_the_others_claims(blank_nlp, tmp_path):
    # Same length, different figures: a check by length alone would accept the swap.
    a, b = "Police said 52 people were hurt.", "Police said 61 people were hurt."
    cache = ParseCache(tmp_path)
    extract(a, nlp=blank_nlp, cache=cache)
    extract(b, nlp=blank_nlp, cache=cache)
    pa = cache.path(cache.key(a, blank_nlp), blank_nlp)
    pb = cache.path(cache.key(b, blank_nlp), blank_nlp)
    for suffix in (".spacy", ".claims.json"):
        x, y = pa.with_suffix(suffix), pb.with_suffix(suffix)
        bx, by = x.read_bytes(), y.read_bytes()
        x.write_bytes(by)
        y.write_bytes(bx)
    assert cache.get_claims(a, blank_nlp) is None and cache.get(a, blank_nlp) is None
    assert [c.text for c in extract(a, nlp=blank_nlp, cache=cache)] == ["52"]
    assert [c.text for c in extract(b, nlp=blank_nlp, cache=cache)] == ["61"]
    # and the entries are right again for the next run
    assert [c.text for c in cache.get_claims(a, blank_nlp)] == ["52"]


def test_a_claims_file_copied_beside_the_right_doc_is_still_checked_against_the_text(blank_nlp, tmp_path):
    a, b = "Police said 52 people were hurt.", "Police said 61 people were hurt."
    cache = ParseCache(tmp_path)
    extract(a, nlp=blank_nlp, cache=cache)
    extract(b, nlp=blank_nlp, cache=cache)
    pa = cache.path(cache.key(a, blank_nlp), blank_nlp)
    pb = cache.path(cache.key(b, blank_nlp), blank_nlp)
    # b's claims, re-pointed at a's Doc: the stored text hash still tells them apart.
    import json

    data = json.loads(pb.with_suffix(".claims.json").read_bytes())
    data["doc"] = json.loads(pa.with_suffix(".claims.json").read_bytes())["doc"]
    pa.with_suffix(".claims.json").write_text(json.dumps(data))
    assert cache.get_claims(a, blank_nlp) is None


@pytest.mark.model
def test_keys_depend_on_text_and_pipeline(blank_nlp, nlp, tmp_path):
    cache = ParseCache(tmp_path)
    assert cache.key("a", blank_nlp) == cache.key("a", blank_nlp)
    assert cache.key("a", blank_nlp) != cache.key("b", blank_nlp)
    assert cache.key("a", blank_nlp) != cache.key("a", nlp)
    assert (
        cache.path(cache.key("a", nlp), nlp).parent.parent
        != cache.path(cache.key("a", blank_nlp), blank_nlp).parent.parent
    )


def test_unwritable_cache_is_not_an_error(blank_nlp, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    cache = ParseCache(blocker)
    [claim] = extract("52 prisoners were freed.", nlp=blank_nlp, cache=cache)
    assert claim.quantity.value == 52


def test_warm_stream_is_still_lazy(blank_nlp, tmp_path):
    cache = ParseCache(tmp_path)
    texts = [f"Police detained {i + 1} protesters." for i in range(200)]
    list(extract_documents((Document(text=t, source="s") for t in texts), blank_nlp, cache=cache))
    pulled = 0

    def again():
        nonlocal pulled
        for t in itertools.cycle(texts):  # endless, and every text is a hit
            pulled += 1
            yield Document(text=t, source="s")

    out = list(itertools.islice(extract_documents(again(), blank_nlp, batch_size=8, cache=cache), 10))
    assert [c[0].quantity.value for _, c in out] == list(range(1, 11))
    assert pulled < 200


def _fill(directory: str, seed: int) -> None:
    import spacy

    from claimcheck.nlp import prepare_pipeline

    nlp = prepare_pipeline(spacy.blank("en"))
    texts = [
        f"Police detained {i} protesters on day {seed}." if i % 2 else f"{i} prisoners were freed." for i in range(60)
    ]
    for _ in range(3):
        list(extract_documents((Document(text=t, source="s") for t in texts), nlp, cache=ParseCache(directory)))


def test_two_processes_can_fill_one_cache(blank_nlp, tmp_path):
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_fill, args=(str(tmp_path), seed)) for seed in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    # Every entry is whole and readable. (Counted over all pipeline folders: the code
    # fingerprint changes if claimcheck's modules are edited while the test runs.)
    entries = _entries(ParseCache(tmp_path))
    assert len(entries) >= 30 + 30 * 2
    assert not list(tmp_path.glob("*/*/.tmp-*"))
    for entry in entries:
        [doc] = DocBin(store_user_data=True).from_bytes(entry.read_bytes()).get_docs(blank_nlp.vocab)
        assert doc.text.endswith(".")


def test_default_location_and_clear(tmp_path):
    assert default_cache_dir().name == "claimcheck"
    assert ParseCache.default().directory == default_cache_dir()
    assert ParseCache("~/x").directory == Path.home() / "x"
    cache = ParseCache(tmp_path / "c")
    assert cache.clear() == 0
    import spacy

    from claimcheck.nlp import prepare_pipeline

    extract("52 prisoners", nlp=prepare_pipeline(spacy.blank("en")), cache=cache)
    assert cache.clear() == 1 and not _entries(cache)


def test_a_warm_run_reads_the_claims_without_rebuilding_docs(blank_nlp, tmp_path, monkeypatch):
    cache = ParseCache(tmp_path)
    text = "Police detained 40 protesters on Monday. Nearly 1,200 people remain in custody."
    expected = extract(text, nlp=blank_nlp, cache=cache)

    def no_doc(*_args):
        raise AssertionError("the Doc should not be rebuilt on a warm run")

    monkeypatch.setattr(ParseCache, "get", no_doc)
    assert extract(text, nlp=blank_nlp, cache=cache) == expected


def test_damaged_claims_fall_back_to_the_stored_doc(blank_nlp, tmp_path):
    cache = ParseCache(tmp_path)
    text = "Police detained 40 protesters on Monday."
    expected = extract(text, nlp=blank_nlp, cache=cache)
    sidecar = cache.path(cache.key(text, blank_nlp), blank_nlp).with_suffix(".claims.json")
    sidecar.write_text("{not json", encoding="utf-8")
    assert cache.get_claims(text, blank_nlp) is None
    assert extract(text, nlp=blank_nlp, cache=cache) == expected


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ({}, {}, True),
        ({"stop_words": ["stray"]}, {"stop_words": ["stray"]}, True),
        ({}, {"stop_words": ["stray"]}, False),
        ({"stop_words": ["stray"]}, {"stop_words": ["feral"]}, False),
        ({"title_words": ["commissar"]}, {"stop_words": ["commissar"]}, False),
    ],
)
def test_a_parse_read_with_other_words_is_never_reused(tmp_path, first, second, same):
    """Words added to the readers' lists are part of the pipeline fingerprint, so of the key."""
    import spacy

    from claimcheck.cache import pipeline_fingerprint

    pipelines = []
    for words in (first, second):
        own = spacy.blank("en")
        own.add_pipe("claimcheck_claims", config={"words": words})
        pipelines.append(own)
    a, b = pipelines
    assert (pipeline_fingerprint(a) == pipeline_fingerprint(b)) is same
    cache = ParseCache(tmp_path)
    assert (cache.key("40 stray dogs.", a) == cache.key("40 stray dogs.", b)) is same


def test_alignment_words_of_a_run_leave_the_parse_key_alone(tmp_path):
    """Only the readers' lists change a parse: a run adding weak predicates shares its cache."""
    import spacy

    from claimcheck.lexicon import PACKAGED
    from claimcheck.nlp import prepare_pipeline

    plain = prepare_pipeline(spacy.blank("en"))
    aligned = prepare_pipeline(spacy.blank("en"), words=PACKAGED.extended(weak_predicates=["hold"]))
    assert ParseCache(tmp_path).key("x", plain) == ParseCache(tmp_path).key("x", aligned)
