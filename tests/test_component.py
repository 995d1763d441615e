"""The spaCy component: registered by entry point, spans that survive DocBin and multiprocessing."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

from claimcheck.component import SPANS_KEY, ComponentMissing, claims_from_doc

TEXT = "Police said 40 protesters were detained. Nearly 1,200 people remain in custody."


def test_add_pipe_works_without_importing_claimcheck_first():
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('sentencizer')\n"
        "nlp.add_pipe('claimcheck_claims')\n"
        "doc = nlp('Officials said 52 prisoners were freed.')\n"
        "print([(s.text, s.label_) for s in doc.spans['claimcheck']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "('52', 'QUANTITY')" in out.stdout


def test_claims_are_spans_with_their_reading(blank_nlp):
    doc = blank_nlp(TEXT)
    spans = doc.spans[SPANS_KEY]
    assert [(s.text, s.label_) for s in spans] == [("40", "QUANTITY"), ("Nearly 1,200", "QUANTITY")]
    info = spans[1]._.claimcheck_info
    assert info["quantity"]["low"] < 1200 and info["quantity"]["high"] == 1200
    assert info["quantity"]["high_inclusive"] is False


def test_claims_survive_docbin(nlp):
    doc = nlp(TEXT)
    before = claims_from_doc(doc, "x")
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    [restored] = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [s.text for s in restored.spans[SPANS_KEY]] == [s.text for s in doc.spans[SPANS_KEY]]
    assert claims_from_doc(restored, "x") == before
    assert before and before[0].predicate == "detain"


def test_claims_survive_two_processes(blank_nlp):
    texts = [TEXT, "About 300 families fled the floods.", "No numbers here."] * 2
    single = [claims_from_doc(d, "s") for d in blank_nlp.pipe(texts)]
    multi = [claims_from_doc(d, "s") for d in blank_nlp.pipe(texts, n_process=2, batch_size=2)]
    assert multi == single
    assert [len(c) for c in single[:3]] == [2, 1, 0]


def test_extension_registration_is_idempotent():
    import importlib

    from claimcheck import component

    importlib.reload(component)  # guarded with has_extension: no error, no force=True
    assert Doc.has_extension("claimcheck_claims")


def test_no_model_is_loaded_at_import():
    code = "import claimcheck, sys; print(any(m.startswith('en_core_web') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_component_in_a_users_own_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_claims", config={"spans_key": "mine"})
    doc = nlp("Shares rose 20% on Friday.")
    assert [s.text for s in doc.spans["mine"]] == ["20%"]


# ------------------------------------------------------------------ used alone in a pipeline

HEADLINE_TEXT = (
    "Storm damage\n"
    "Officials said 40 houses were destroyed on Monday.\n"
    "Flood warnings\n"
    "About 300 families fled the rising river, a spokesman said."
)


def _trained():
    from claimcheck.nlp import BLANK, resolve_model

    resolved = resolve_model()
    if resolved == BLANK:
        pytest.skip("no trained English pipeline installed")
    return spacy.load(resolved)


def test_add_pipe_alone_reads_what_extract_reads(nlp):
    """A user's own pipeline with only add_pipe: the same claims as extract(), headlines included."""
    from claimcheck import extract

    own = _trained()
    own.add_pipe("claimcheck_claims")
    assert own.pipe_names.index("claimcheck_lines") < own.pipe_names.index("parser")
    doc = own(HEADLINE_TEXT)
    expected = extract(HEADLINE_TEXT, source="desk", nlp=nlp)
    assert len(expected) >= 2

    def reading(c):
        return (c.kind, c.text, c.start, c.end, c.sentence, c.quantity, c.noun, c.predicate, c.entity)

    assert [reading(c) for c in claims_from_doc(doc, "desk")] == [reading(c) for c in expected]


def test_add_pipe_on_a_blank_pipeline_adds_sentences_and_lines():
    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims")
    assert own.pipe_names == ["claimcheck_lines", "sentencizer", "claimcheck_claims"]
    doc = own("Flood warnings\nAbout 300 families fled.")
    assert [s.text.strip() for s in doc.sents] == ["Flood warnings", "About 300 families fled."]


def test_analyze_pipes_warns_when_line_breaks_are_not_marked():
    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims")
    own.remove_pipe("claimcheck_lines")
    analysis = own.analyze_pipes()
    assert "doc._.claimcheck_lines" in analysis["problems"]["claimcheck_claims"]


def test_add_pipe_keeps_a_pipeline_that_already_marks_lines(blank_nlp):
    assert blank_nlp.pipe_names.count("claimcheck_lines") == 1
    assert not blank_nlp.analyze_pipes()["problems"]["claimcheck_claims"]


# ------------------------------------------------------------------ extensions


def test_doc_claims_follow_a_custom_spans_key():
    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims", config={"spans_key": "facts"})
    doc = own("Officials said 52 prisoners were freed.")
    assert SPANS_KEY not in doc.spans
    assert [c.text for c in doc._.claimcheck_claims] == ["52"]
    assert claims_from_doc(doc) == doc._.claimcheck_claims


def test_doc_source_is_used_for_the_claims():
    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims")
    doc = own.make_doc("Officials said 52 prisoners were freed.")
    doc._.claimcheck_source = "wire"
    doc = own(doc)
    assert {c.source for c in doc._.claimcheck_claims} == {"wire"}
    assert doc.spans[SPANS_KEY][0]._.claimcheck_claim.source == "wire"


def test_extract_sets_the_doc_source(blank_nlp):
    from claimcheck.extract import _parse, _Piece
    from claimcheck.models import Document
    from claimcheck.sources.textfix import repair

    document = Document(text="Officials said 52 prisoners were freed.", source="wire")
    piece = _Piece(document, repair(document.text), 0, True, document.text)
    seen = []
    original = blank_nlp.pipe

    class Spy:
        def __getattr__(self, name):
            return getattr(blank_nlp, name)

        def pipe(self, *args, **kwargs):
            for doc, number in original(*args, **kwargs):
                seen.append(doc)
                yield doc, number

    [(_, claims)] = list(_parse(iter([piece]), Spy(), None, batch_size=4, n_process=1))
    assert [doc._.claimcheck_source for doc in seen] == ["wire"] and claims


def _own_blank_pipeline():
    """A blank pipeline of the test's own: the session's one is shared with other tests."""
    from claimcheck.nlp import prepare_pipeline

    return prepare_pipeline(spacy.blank("en"))


def test_claims_only_reads_the_same_claims_and_writes_nothing_on_the_doc():
    from claimcheck.component import claims_just_read, claims_only

    blank_nlp = _own_blank_pipeline()
    written = blank_nlp(TEXT)
    with claims_only(blank_nlp):
        bare = blank_nlp(TEXT)
    assert SPANS_KEY not in bare.spans and bare._.claimcheck_records is None
    assert claims_just_read(bare) == claims_just_read(written) and claims_just_read(written)
    assert SPANS_KEY in blank_nlp(TEXT).spans  # the block's end restores the spans


def test_claims_only_leaves_spans_for_a_later_step():
    from claimcheck.component import claims_only

    blank_nlp = _own_blank_pipeline()
    seen = []

    @spacy.Language.component("test_reads_claim_spans")
    def reads(doc):
        seen.append(len(doc.spans.get(SPANS_KEY, [])))
        return doc

    blank_nlp.add_pipe("test_reads_claim_spans")
    with claims_only(blank_nlp):
        blank_nlp(TEXT)
    assert seen == [2]


def test_extracted_claims_carry_their_documents_source(blank_nlp):
    from claimcheck.extract import extract_documents
    from claimcheck.models import Document

    documents = [Document(text="Officials said 52 prisoners were freed.", source=s) for s in ("wire", "paper")]
    found = {doc.source: {c.source for c in claims} for doc, claims in extract_documents(documents, blank_nlp)}
    assert found == {"wire": {"wire"}, "paper": {"paper"}}


# Two claims on one span: spaCy keys a span's extensions by its offsets, so each claim's
# record is kept on the Doc as well, and no claim is lost or doubled on the way through it.
SHARED_SPANS = [
    "Its display has 720\u00d7720 resolution at 330ppi.",  # two figures inside one token
    "Tom Vance, a longtime critic of Smith, spoke first.",  # a title and a part-of link
    "Mark Ellis, Ohio State's top scorer, sat out.",
    "Police charged Tom Hale and Ann Cole with the robbery.",  # one charge, two people
]


@pytest.mark.model
@pytest.mark.parametrize("text", SHARED_SPANS)
def test_every_claim_survives_the_doc_and_its_serialisation(nlp, text):
    from claimcheck.component import claims_just_read
    from claimcheck.readers.claims import read_claims

    with nlp.select_pipes(disable=["claimcheck_claims"]):
        read = read_claims(nlp(text))
    doc = nlp(text)
    assert claims_from_doc(doc, source="") == claims_just_read(doc) == read
    [again] = list(DocBin(store_user_data=True, docs=[doc]).get_docs(nlp.vocab))
    assert claims_from_doc(again, source="") == read


@pytest.mark.model
def test_a_doc_without_records_reads_one_claim_a_span(nlp):
    """A Doc stored before records were kept still gives its claims, one a span."""
    doc = nlp("Officials said 52 prisoners were freed and 12 were held.")
    doc._.claimcheck_records = None
    assert [c.text for c in claims_from_doc(doc)] == [s.text for s in doc.spans[SPANS_KEY]]


@pytest.mark.parametrize(
    ("text", "span", "quantity", "measure", "negated", "attribution"),
    [
        ("Officials said 52 prisoners were freed.", "52", (52, 52), "prisoners", False, "Officials"),
        ("Nearly 1,200 people remain in custody.", "Nearly 1,200", (1080, 1200), "people", False, None),
        ("Police did not arrest 12 fans.", "12", (12, 12), "fans", True, None),
    ],
)
def test_typed_span_extensions(nlp, text, span, quantity, measure, negated, attribution):
    doc = nlp(text)
    [found] = [s for s in doc.spans[SPANS_KEY] if s.text == span]
    q = found._.claimcheck_quantity
    assert (q.low, q.high) == quantity
    assert found._.claimcheck_measure == measure
    assert found._.claimcheck_negated is negated
    assert (found._.claimcheck_attribution or None) == attribution
    assert found._.claimcheck_claim.quantity == q


def test_typed_extensions_read_the_one_stored_record(blank_nlp):
    doc = blank_nlp("Shares rose 20% on Friday.")
    [span] = doc.spans[SPANS_KEY]
    span._.claimcheck_info["negated"] = True  # one record: the getters see the change
    assert span._.claimcheck_negated is True
    assert Span.get_extension("claimcheck_quantity")[2] is not None  # a getter, not a stored copy


def test_entity_spans_have_no_quantity(nlp):
    doc = nlp(
        "Police said 40 protesters were detained in Oslo. Opposition leader Marta Lind blamed "
        "the interior minister Tomas Berg."
    )
    entities = {s.text: s for s in doc.spans[SPANS_KEY] if s.label_ == "ENTITY"}
    assert entities and all(s._.claimcheck_quantity is None for s in entities.values())
    assert entities["Marta Lind"]._.claimcheck_entity == "Marta Lind"
    assert entities["Marta Lind"]._.claimcheck_role == "Opposition leader"


# ------------------------------------------------------------------ pipelines without the component


@pytest.mark.parametrize("use", ["compare", "extract"])
def test_a_pipeline_without_the_component_is_an_error_not_an_empty_report(use):
    import claimcheck

    bare = spacy.blank("en")
    bare.add_pipe("sentencizer")
    with pytest.raises(ValueError, match="add_pipe\\('claimcheck_claims'\\)") as raised:
        if use == "compare":
            claimcheck.compare({"a": "Police arrested 12 people.", "b": "Police arrested 15 people."}, nlp=bare)
        else:
            claimcheck.extract("Police arrested 12 people.", nlp=bare)
    assert type(raised.value).__name__ == ComponentMissing.__name__  # the module may have been reloaded


# ------------------------------------------------------------------ config files and spacy assemble


def _documented_config() -> str:
    """The config file docs/spacy.md shows, so the documented route is the tested one."""
    from conftest import ROOT

    text = (ROOT / "docs" / "spacy.md").read_text(encoding="utf-8")
    [block] = re.findall(r"```ini\n(.*?)```", text, flags=re.S)
    return block


CONFIG = _documented_config()


def test_config_file_route_and_round_trip(tmp_path):
    from thinc.api import Config

    own = spacy.util.load_model_from_config(Config().from_str(CONFIG), auto_fill=True)
    assert own.pipe_names == ["claimcheck_lines", "sentencizer", "claimcheck_claims"]
    [claim] = own("Officials said about 100 people were hurt.")._.claimcheck_claims
    assert (claim.quantity.low, claim.quantity.high) == pytest.approx((80, 120))
    own.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert again.pipe_names == own.pipe_names
    assert again("Officials said about 100 people were hurt.")._.claimcheck_claims == [claim]


def test_spacy_assemble(tmp_path):
    config = tmp_path / "config.cfg"
    config.write_text(CONFIG, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "spacy", "assemble", str(config), str(tmp_path / "assembled")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr + out.stdout
    own = spacy.load(tmp_path / "assembled")
    assert [c.text for c in own("Officials said 52 prisoners were freed.")._.claimcheck_claims] == ["52"]


def test_a_custom_spans_key_survives_docbin():
    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims", config={"spans_key": "facts"})
    doc = own("Officials said 52 prisoners were freed.")
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    [restored] = list(DocBin().from_bytes(data).get_docs(own.vocab))
    assert restored._.claimcheck_claims == doc._.claimcheck_claims != []


def test_claims_read_back_from_a_doc_equal_their_structured_records(nlp):
    from claimcheck.component import _converter, _from_info, _to_info
    from claimcheck.models import Claim

    doc = nlp(
        "Police said 40 people, nearly 1,200 in all, were held. Lakers won 98-91 in the sixth round. "
        "The US lifted sanctions on Belavia, the airline, on March 3, 2023."
    )
    claims = claims_from_doc(doc, "x")
    assert {c.kind.value for c in claims} >= {"quantity", "score", "rank", "entity"}
    for claim in claims:
        info = _to_info(claim)
        assert _from_info(info, "x") == _converter.structure({**info, "source": "x"}, Claim) == claim


def test_claims_read_back_from_cache_data_equal_their_structured_records(nlp):
    from claimcheck.component import _converter, claims_from_data, claims_to_data
    from claimcheck.models import Claim

    doc = nlp(
        "Police said 40 people, nearly 1,200 in all, were held. Lakers won 98-91 in the sixth round. "
        "The US lifted sanctions on Belavia, the airline, on March 3, 2023, after talks in Minsk."
    )
    claims = claims_from_doc(doc, "x")
    data = json.loads(json.dumps(claims_to_data(claims)))  # as the cache stores them
    assert claims_from_data(data) == [_converter.structure(item, Claim) for item in data] == claims


@pytest.mark.model
def test_the_reading_limits_are_settings_of_the_component_and_of_a_run():
    """A run's Config reaches the component's config (and so the parse-cache key)."""
    from claimcheck.config import Config, ReadingLimits, reading_limits
    from claimcheck.nlp import load_pipeline

    limits = reading_limits(Config(headline_tokens=12, pronoun_reach=5))
    assert limits == ReadingLimits(headline_tokens=12, pronoun_reach=5)
    nlp = load_pipeline(None, limits=limits)
    settings = nlp.get_pipe_config("claimcheck_claims")
    assert (settings["headline_tokens"], settings["pronoun_reach"]) == (12, 5)
    assert nlp.get_pipe("claimcheck_claims").limits == limits


@pytest.mark.model
def test_a_shorter_headline_limit_reads_a_long_title_case_line_as_body_text(nlp):
    """The headline test decides where a title-case line's names come from; with a limit
    below the line's length the line is body text."""
    from claimcheck.readers.titlecase import TitleCase

    line = "Storm Leaves Thousands Without Power Across Three Northern Counties Overnight"
    with nlp.select_pipes(disable=["claimcheck_claims"]):
        doc = nlp(line)
    assert TitleCase(doc, doc.text).headline(0, len(doc))
    assert not TitleCase(doc, doc.text, longest=len(doc) - 1).headline(0, len(doc))


def test_a_claims_record_is_what_the_converter_writes(nlp):
    """``_to_info`` writes the record out by hand: it must stay the converter's, field for field."""
    from claimcheck.component import _converter, _to_info

    doc = nlp(
        "Police said 40 people, nearly 1,200 in all, were held. Lakers won 98-91 in the sixth round. "
        "The US lifted sanctions on Belavia, the airline, on March 3, 2023."
    )
    claims = claims_from_doc(doc, "x")
    assert any(c.quantity for c in claims) and any(c.relation for c in claims) and any(c.pair for c in claims)
    for claim in claims:
        expected = _converter.unstructure(claim)
        del expected["source"]
        info = _to_info(claim)
        assert list(info) == list(expected)
        assert info == expected


# ------------------------------------------------------------------ words added for a run

STRAY = "Police counted 40 stray dogs near the dam."


def _nouns(own) -> list[str | None]:
    return [c.noun for c in own(STRAY)._.claimcheck_claims]


def test_words_in_the_component_config_reach_the_readers():
    """``words`` adds to the readers' lists: a stop word ends the counted noun on a blank pipeline."""
    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims", config={"words": {"stop_words": ["stray"]}})
    assert own.get_pipe_config("claimcheck_claims")["words"] == {"stop_words": ["stray"]}
    assert "stray" in own.get_pipe("claimcheck_claims").lexicon.stop_words
    plain = spacy.blank("en")
    plain.add_pipe("claimcheck_claims")
    assert _nouns(plain) == ["stray dogs near"]
    assert _nouns(own) == [None]


def test_the_default_component_reads_with_the_packaged_lists():
    from claimcheck.lexicon import PACKAGED

    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims")
    assert own.get_pipe_config("claimcheck_claims")["words"] == {}
    assert own.get_pipe("claimcheck_claims").lexicon is PACKAGED


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ({"stop_word": ["stray"]}, r"stop_word are not read by the claim readers.*stop_words"),
        ({"weak_predicates": ["hold"]}, r"weak_predicates are not read by the claim readers"),
        ({"stop_words": [""]}, r"an empty word"),
    ],
)
def test_a_word_list_the_readers_do_not_read_is_an_error(words, message):
    with pytest.raises(ValueError, match=message):
        spacy.blank("en").add_pipe("claimcheck_claims", config={"words": words})


def test_added_words_survive_the_pipeline_on_disk(tmp_path):
    own = spacy.blank("en")
    own.add_pipe("claimcheck_claims", config={"words": {"stop_words": ["stray"]}})
    own.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert again.get_pipe_config("claimcheck_claims")["words"] == {"stop_words": ["stray"]}
    assert _nouns(again) == [None]


def test_a_runs_lexicon_reaches_the_component_config():
    """``Config.lexicon`` goes the way of the reading limits: only the readers' additions."""
    from claimcheck.lexicon import PACKAGED
    from claimcheck.nlp import prepare_pipeline

    grown = PACKAGED.extended(stop_words=["Stray"], weak_predicates=["hold"])
    own = prepare_pipeline(spacy.blank("en"), words=grown)
    assert own.get_pipe_config("claimcheck_claims")["words"] == {"stop_words": ["stray"]}
    assert _nouns(own) == [None]


@pytest.mark.model
def test_a_title_word_added_in_a_runs_config_reads_a_role():
    from claimcheck import ClaimKind, compare
    from claimcheck.config import Config
    from claimcheck.lexicon import PACKAGED

    texts = {"a": "Commissar Ivo Tarn toured the harbour on Monday.", "b": "Ivo Tarn toured the harbour on Monday."}

    def roles(config):
        report = compare(texts, config=config)
        return {(c.source, c.entity, c.role) for f in report.findings for c in f.claims if c.kind is ClaimKind.ENTITY}

    assert ("a", "Ivo Tarn", "Commissar") not in roles(Config())
    assert ("a", "Ivo Tarn", "Commissar") in roles(Config(lexicon=PACKAGED.extended(title_words=["commissar"])))


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_claims_leaves_the_garbage_collector_as_it_found_it(nlp, enabled):
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        doc = nlp("Police said 52 prisoners were freed on Friday.")
        assert gc.isenabled() is enabled
        assert len(doc.spans["claimcheck"]) > 0
    finally:
        gc.enable() if was else gc.disable()
