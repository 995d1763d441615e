"""Incidents a time of day dates: "the quake struck at 6:12 a.m." and "the earthquake
occurred at 6:21 a.m." are two readings of when one quake happened, whatever the verb.

The verbs that only say something happened are ``occurrence_verbs`` (data/lexicon.json);
their subjects that name an incident, and the incident each names, are
``wordlists/incidents.tsv``.
"""

from __future__ import annotations

from claimcheck.wordfiles import rows

__all__ = ["INCIDENTS", "incident_of"]

_BY_NOUN = {noun: incident for noun, incident in rows("incidents.tsv")}
#: The names of the incidents: a time of one is a time of a known event.
INCIDENTS = frozenset(_BY_NOUN.values())


def incident_of(noun_lemma: str) -> str | None:
    """The incident a noun names ("gunfire" -> "shooting"), or None."""
    return _BY_NOUN.get(noun_lemma.lower())
