"""relations.py: who did what to whom, read from the dependency parse, with negation,
modality, attribution and passive voice kept, and causal links between events."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import ClaimKind
from claimcheck.readers.relations import relation_claims

pytestmark = pytest.mark.model


def _events(nlp, text, words=None):
    from claimcheck.lexicon import PACKAGED

    return [
        c
        for c in relation_claims(nlp(text), words=words or PACKAGED)
        if c.relation.event not in {"cause", "part_of", "title", "quote", "list"}
    ]


def _one(nlp, text, words=None):
    found = _events(nlp, text, words)
    assert len(found) == 1, [(c.text, c.relation) for c in found]
    return found[0]


# text, event, agent, patient, extra
READINGS = [
    ("Washington lifted sanctions on Moldova.", "sanctions_lifted", "Washington", "Moldova", None),
    ("The United States eased sanctions against Moldova.", "sanctions_lifted", "United States", "Moldova", None),
    ("The European Union imposed new sanctions on Moldova.", "sanctions_imposed", "European Union", "Moldova", None),
    ("Moldova freed Petru Lungu on Monday.", "release", "Moldova", "Petru Lungu", None),
    ("Prosecutors charged Tom Baker with arson.", "charge", "prosecutor", "Tom Baker", "arson"),
    (
        "Prosecutors charged Tom Baker with murder of a guard, which carries a life sentence.",
        "charge",
        "prosecutor",
        "Tom Baker",
        "murder of a guard",
    ),
    ("A jury convicted Tom Baker of fraud.", "convict", "jury", "Tom Baker", "fraud"),
    ("A jury acquitted Tom Baker of fraud.", "acquit", "jury", "Tom Baker", "fraud"),
    ("The board appointed Ana Ruiz as chief executive.", "appoint", "board", "Ana Ruiz", "chief executive"),
    ("Nordcorp acquired Helix for $3 billion.", "acquire", "Nordcorp", "Helix", "$3 billion"),
    ("Government troops attacked Kharkiv at dawn.", "attack", "troop", "Kharkiv", None),
    ("Police detained Petru Lungu in Chisinau.", "arrest", "police", "Petru Lungu", None),
    ("A gunman shot and killed Ray Ortiz.", "killed", "gunman", "Ray Ortiz", None),
]


@pytest.mark.parametrize(("text", "event", "agent", "patient", "extra"), READINGS)
def test_reads_agent_predicate_patient_and_extra(nlp, text, event, agent, patient, extra):
    [claim] = [c for c in _events(nlp, text) if not c.relation.nominal]
    rel = claim.relation
    assert claim.kind is ClaimKind.RELATION
    assert (rel.event, rel.patient, rel.extra) == (event, patient, extra)
    assert rel.agent is not None and rel.agent.lower().endswith(agent.lower())
    assert text[claim.start : claim.end] == claim.text
    assert patient in claim.text and claim.sentence == text


# passive voice: the "by" object is the agent, the passive subject the patient
PASSIVES = [
    ("Sanctions on Moldova were lifted by Washington.", "sanctions_lifted", "Washington", "Moldova"),
    ("Helix was bought by Nordcorp last year.", "acquire", "Nordcorp", "Helix"),
    ("Petru Lungu was released by the authorities.", "release", "authority", "Petru Lungu"),
]


@pytest.mark.parametrize(("text", "event", "agent", "patient"), PASSIVES)
def test_passive_voice_finds_agent_and_patient(nlp, text, event, agent, patient):
    rel = _one(nlp, text).relation
    assert rel.passive
    assert (rel.event, rel.patient) == (event, patient)
    assert rel.agent is not None and rel.agent.endswith(agent)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The United States did not lift sanctions on Moldova.", True),
        ("The United States refused to lift sanctions on Moldova.", True),
        ("The United States never lifted sanctions on Moldova.", True),
        ("The United States lifted sanctions on Moldova.", False),
    ],
)
def test_negation_is_kept(nlp, text, negated):
    assert _one(nlp, text).negated is negated


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The United States agreed to lift sanctions on Moldova.", "agreed to"),
        ("The government plans to release Petru Lungu.", "plans to"),
        ("The government could release Petru Lungu.", "could"),
        ("The government released Petru Lungu.", None),
    ],
)
def test_modality_is_kept(nlp, text, modality):
    assert _one(nlp, text).relation.modality == modality


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("Officials said the army attacked Kharkiv.", "Officials"),
        ("According to the ministry, the army attacked Kharkiv.", "the ministry"),
        ("The army attacked Kharkiv.", None),
    ],
)
def test_attribution_is_kept(nlp, text, attribution):
    assert _one(nlp, text).attribution == attribution


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Tom Baker was found guilty of fraud.", "convict"),
        ("Tom Baker was found not guilty of fraud.", "acquit"),
    ],
)
def test_found_guilty_and_not_guilty_are_verdicts(nlp, text, event):
    claim = _one(nlp, text)
    assert (claim.relation.event, claim.relation.patient, claim.relation.extra) == (event, "Tom Baker", "fraud")


@pytest.mark.parametrize(
    "text",
    [
        "The agency released a video of the raid.",  # releasing a video is not freeing anyone
        "The minister lifted the trophy above his head.",  # lifting without sanctions
        "They released it on Friday.",  # a pronoun is no argument
    ],
)
def test_no_relation_an_editor_would_not_read(nlp, text):
    assert [c for c in _events(nlp, text) if c.relation.event in {"release", "sanctions_lifted"}] == []


# text, cause, effect
CAUSAL = [
    ("Moldova released 30 prisoners, prompting the United States to ease sanctions.", "release", "sanctions_lifted"),
    (
        "The United States lifted sanctions on Moldova, facilitating the release of 30 prisoners.",
        "sanctions_lifted",
        "release",
    ),
    ("Sanctions were eased in return for the release of the prisoners.", "release", "sanctions_lifted"),
    ("Moldova freed the activists in exchange for the lifting of sanctions.", "sanctions_lifted", "release"),
    ("The release of Petru Lungu led to the easing of sanctions.", "release", "sanctions_lifted"),
    ("The attack on Kharkiv was in response to the arrest of the journalists.", "arrest", "attack"),
    ("The raid came after the police arrested Petru Lungu.", "arrest", "attack"),
]


@pytest.mark.parametrize(("text", "cause", "effect"), CAUSAL)
def test_causal_links_read_cause_and_effect(nlp, text, cause, effect):
    links = [c for c in relation_claims(nlp(text)) if c.relation.event == "cause"]
    assert [(c.relation.cause, c.relation.effect) for c in links] == [(cause, effect)]
    assert text[links[0].start : links[0].end] == links[0].text


def test_a_title_case_headline_is_not_read(nlp):
    assert _events(nlp, "US Lifts Sanctions On Moldova As Prisoners Walk Free In Historic Deal") == []


def test_a_blank_pipeline_reads_no_relations(blank_nlp):
    assert list(relation_claims(blank_nlp("Washington lifted sanctions on Moldova."))) == []


_AGENTS = ["Washington", "The European Union", "Canada"]
_VERBS = ["lifted", "eased", "removed"]
_TARGETS = ["Moldova", "Armenia", "Belavia"]


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_AGENTS), st.sampled_from(_VERBS), st.sampled_from(_TARGETS), st.booleans())
def test_any_wording_of_the_sanctions_relief_is_one_event_class(nlp, agent, verb, target, passive):
    text = f"Sanctions on {target} were {verb} by {agent}." if passive else f"{agent} {verb} sanctions on {target}."
    claim = _one(nlp, text)
    assert claim.relation.event == "sanctions_lifted"
    assert claim.relation.patient == target
    assert claim.relation.passive is passive
    assert text[claim.start : claim.end] == claim.text


def test_coordinated_events_are_not_cause_and_effect(nlp):
    text = "By lifting sanctions and facilitating the release of 30 prisoners, the United States signalled a thaw."
    assert [c for c in relation_claims(nlp(text)) if c.relation.event == "cause"] == []


def test_an_event_noun_is_read_as_nominal(nlp):
    [claim] = _events(nlp, "Activists demanded the release of Petru Lungu.")
    assert claim.relation.nominal and claim.relation.patient == "Petru Lungu"


@pytest.mark.parametrize(
    ("text", "patients"),
    [
        ("Moldova freed Petru Lungu and Ana Ruiz on Monday.", ["Petru Lungu", "Ana Ruiz"]),
        ("The European Union imposed sanctions on Moldova, Armenia and Georgia.", ["Moldova", "Armenia", "Georgia"]),
    ],
)
def test_each_coordinated_patient_is_its_own_claim(nlp, text, patients):
    claims = _events(nlp, text)
    assert [c.relation.patient for c in claims] == patients
    assert len({c.relation.event for c in claims}) == 1
    assert all(text[c.start : c.end] == c.text and c.relation.patient in c.text for c in claims)


@pytest.mark.parametrize("text", ["Ray Ortiz died at the hospital.", "Deputy Ray Ortiz was wounded and later died."])
def test_the_subject_of_an_intransitive_verb_is_whom_it_happened_to(nlp, text):
    [died] = [c for c in _events(nlp, text) if c.relation.predicate == "die"]
    assert died.relation.patient == "Ray Ortiz" and died.relation.agent is None


@pytest.mark.parametrize(
    ("text", "verb", "attribution"),
    [
        ("Ana Ruiz recalled that the army released Tomas Berg in May.", "recall", "Ana Ruiz"),
        ("Ana Ruiz, a nurse, recalled that the court freed Tomas Berg.", "recall", "Ana Ruiz, a nurse,"),
    ],
)
def test_an_added_saying_verb_attributes_a_relation(nlp, text, verb, attribution):
    from claimcheck.lexicon import PACKAGED

    assert _one(nlp, text).attribution is None
    assert _one(nlp, text, PACKAGED.extended(say_verbs=[verb])).attribution == attribution
