"""The spaCy component: registered by entry point, spans that survive DocBin and multiprocessing."""

from __future__ import annotations

import subprocess
import sys

import spacy
from spacy.tokens import Doc, DocBin

from claimcheck.component import SPANS_KEY, claims_from_doc

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

    import claimcheck.component as component

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
