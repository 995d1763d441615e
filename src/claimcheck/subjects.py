"""Readable names for what a group of figures counts: "people killed", "depth of the quake".

A report headline names a fact the way an editor would, from what is measured, whose
figure it is and the part of the event it covers, never as a lemma in brackets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from claimcheck.align_members import plural
from claimcheck.dates import is_time_frame
from claimcheck.incidents import INCIDENTS
from claimcheck.lexicon import CHANGE_VERBS, INFLECTIONS, LASTING_VERBS
from claimcheck.measure import INTERVAL, load_measures
from claimcheck.models import INCREMENT, SPREAD_ENDS, Claim, ClaimKind
from claimcheck.readers.rates import rate_in
from claimcheck.readers.variants import variant_name
from claimcheck.tally import most_common
from claimcheck.units import DURATION, PERCENTAGE_POINTS, TIME_OF_DAY, TIME_ZONES, UNIT_WORDS, dimension
from claimcheck.wordfiles import rows

__all__ = ["participle", "readable_subject"]

_PREPOSITIONS = ("in ", "during ", "over ", "after ", "before ", "at ", "on ", "for ", "the ", "a ", "an ")
_VOWELS = "aeiou"


@functools.cache
def _table(name: str) -> dict[str, str]:
    """A two-column word list from the package's data folder."""
    return {left.strip(): right.strip() for left, right in rows(name, folder="data")}


def participle(lemma: str) -> str:
    """The past participle of a verb lemma: "kill" -> "killed", "free" -> "freed", "pay" -> "paid"."""
    word = lemma.strip().lower()
    if not word or " " in word:
        return word
    irregular = _table("participles.tsv")
    if word in irregular:
        return irregular[word]
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ied"
    # One stressed short syllable ending consonant-vowel-consonant doubles: "stop" -> "stopped".
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", word):
        return word + word[-1] + "ed"
    return word + "ed"


def _happened(predicate: str) -> str:
    """What happened to the counted thing, as a participle ("killed"), or "" when unknown."""
    if not predicate or predicate in load_measures().light_verbs:
        return ""  # "games had", "payments got" say nothing
    return _table("predicate_subjects.tsv").get(predicate, "") or participle(predicate)


def _scoped(base: str, scope: str) -> str:
    if not scope:
        return base
    scope = scope.strip()
    rate = rate_in(scope)
    if rate is not None:  # "water poured per minute", "points scored per game last season"
        rated = base if base.endswith(rate) else f"{base} {rate}"  # "amount per share" names it
        return _scoped(rated, scope[: -len(rate)].rstrip(", "))
    end = next((e for e in SPREAD_ENDS if scope == e or scope.endswith(f", {e}")), None)
    if end is not None:  # "lowest years in prison", from "sentences of six to 75 years"
        rest = scope[: -len(end)].rstrip(", ")
        return _scoped(f"{end} {base}", rest)
    if scope == INCREMENT:  # "four more men awaiting trial": an amount added to another
        return f"{base}, added to another figure"
    if is_time_frame(scope):  # "games won last season"
        return f"{base} {scope}"
    if scope.lower().startswith(_PREPOSITIONS):
        return f"{base} {scope}" if not scope.lower().startswith(("the ", "a ", "an ")) else f"{base} in {scope}"
    return f"{base} in the {scope}"


def _thing(noun: str | None, unit: str | None) -> str:
    """What a figure counts or measures, from its noun and unit: "share of voters", "years
    of public craziness", "depth in km"."""
    if unit == "%":
        return f"share of {noun}" if noun else "share"
    if dimension(unit) == TIME_OF_DAY:  # "clock:local" is a time of day, however zoned
        noun = _clock_noun(noun)
        return f"time of {noun}" if noun else "time"
    if unit and noun and dimension(unit) == DURATION:
        return f"{UNIT_WORDS.get(unit, unit)} of {noun}"
    if unit and noun:
        return f"{noun} in {unit}"
    if not noun and dimension(unit) == PERCENTAGE_POINTS:
        return PERCENTAGE_POINTS  # "bp" and "pp" are one measure, in two sizes
    return noun or unit or "number"


#: Words a clock time carries that name no thing ("5:46 PM EST" is read with the noun "pm
#: est"), besides the zones of :data:`TIME_ZONES`: US zone names that leave daylight time open.
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "local", "time", "et", "ct", "mt", "pt"})


def _clock_noun(noun: str | None) -> str | None:
    """A clock time's noun without its meridiem and zone words, None when nothing else is left."""
    kept = [w for w in (noun or "").split() if w.lower() not in _CLOCK_WORDS and w.upper() not in TIME_ZONES]
    return " ".join(kept) or None


def _named_by_event(noun: str | None, predicate: str | None, unit: str | None) -> str | None:
    """A figure its event names, not its noun: "time of the quake" ("the quake struck at
    6:12 a.m."), "percent change in shares" ("shares fell 12%", no share of the shares),
    "duration of the standoff" ("the standoff lasted four hours")."""
    if predicate in INCIDENTS and dimension(unit) == TIME_OF_DAY:
        return f"time of the {predicate}"
    if unit == "%" and noun and predicate in CHANGE_VERBS:
        return f"percent change in {noun}"
    if noun and predicate in LASTING_VERBS and dimension(unit) == DURATION:
        return f"duration of the {noun}"  # "the standoff lasted four hours"
    return None


def _priced(quantities: Sequence[Claim], scope: str) -> str | None:
    """What a group of prices is the price of, when the claims say: "price of the 13-inch
    MacBook Pro (starting)" (its variant), "price of the ticket" ("tickets cost $45")."""
    variants = {c.variant for c in quantities}
    if len(variants) == 1 and None not in variants:
        return f"price of the {variant_name(variants.pop())}"  # type: ignore[arg-type]
    themes = {c.theme for c in quantities} - {None}
    return _scoped(f"price of the {themes.pop()}", scope) if len(themes) == 1 else None


def _as_written(noun: str | None, claims: Sequence[Claim]) -> str | None:
    """The counted noun with the acronyms the sources write in capitals ("other FLDS men"):
    nouns are read lower-cased, to be matched, and a word goes back to capitals where every
    sentence of the group that holds it writes it so, shouted words aside ("ONE MORE YEAR!")."""
    if not noun:
        return noun
    words = []
    for word in noun.split(" "):
        # most words are in no sentence in capitals: a substring test passes them over
        if len(word) > 1 and word.isalpha() and word.islower() and any(word.upper() in c.sentence for c in claims):
            sentences = {c.sentence for c in claims}
            written = [w for sentence in sentences for w, shouted in _written(word, sentence) if not shouted]
            if written and all(w.isupper() for w in written):
                word = word.upper()
        words.append(word)
    return " ".join(words)


_WORD = re.compile(r"[^\W\d_]+")


def _written(word: str, sentence: str) -> list[tuple[str, bool]]:
    """How ``sentence`` writes ``word`` at each of its uses, and whether it is shouted there:
    one of three or more words in a row all in capitals."""
    found = list(_WORD.finditer(sentence))
    upper = [len(m.group()) > 1 and m.group().isupper() for m in found]
    out = []
    for k, m in enumerate(found):
        if m.group().lower() != word:
            continue
        first = last = k
        while first > 0 and upper[first - 1]:
            first -= 1
        while last + 1 < len(found) and upper[last + 1]:
            last += 1
        out.append((m.group(), upper[k] and last - first >= 2))
    return out


def readable_subject(claims: Sequence[Claim], fallback: str = "") -> str:
    """What a group of claims is about, in words: "people killed in the second half".

    Built from ``measure`` and ``holder`` when the claims carry them, else from the
    counted noun, the predicate and the unit; ``scope`` and ``agent`` narrow it.
    Entity and date groups keep ``fallback`` (their subject is already a name).
    """
    quantities = [c for c in claims if c.kind is ClaimKind.QUANTITY]
    if not quantities:
        return fallback
    measure = most_common(getattr(c, "measure", None) for c in quantities)
    holder = most_common(getattr(c, "holder", None) for c in quantities)
    noun = _as_written(most_common(c.noun for c in quantities), quantities)
    predicate = most_common(c.predicate for c in quantities)
    unit = most_common(c.quantity.unit for c in quantities if c.quantity)
    scopes = {c.scope for c in quantities}
    scope = scopes.pop() if len(scopes) == 1 and None not in scopes else ""
    agents = {c.agent for c in quantities}
    agent = agents.pop() if len(agents) == 1 and None not in agents else ""
    if measure == "price" and (priced := _priced(quantities, scope or "")) is not None:
        return priced
    if measure == INTERVAL:  # "time since married": how long ago, or before another event
        base = " ".join(filter(None, (INTERVAL, _happened(predicate or ""))))
        base = f"{base} by {holder}" if holder else base
    elif measure:
        verb = _table("predicate_subjects.tsv").get(measure, "")
        if verb or measure in INFLECTIONS:  # "killed"; not "area burned" nor "speed"
            # "some 300 hurt", "the death toll": a noun that names the measure itself counts people
            own = noun and load_measures().nouns.get(noun.rsplit(" ", 1)[-1]) == measure
            base = f"{noun if noun and not own else 'people'} {verb or measure}"
            base = f"{base} by {holder}" if holder else base
        else:
            groups = {c.group for c in quantities}
            if not holder and len(groups) == 1 and None not in groups:
                # "age of one of the girls": a listed age, compared by its rank in the list
                holder = f"one of the {plural(groups.pop() or '')}"
            base = f"{measure} of {holder}" if holder else measure
    elif (named := _named_by_event(noun, predicate, unit)) is not None:
        base = named
    else:
        happened = _happened(predicate)
        thing = _thing(noun, unit)
        base = f"{thing} {happened}" if happened and happened not in thing.split() else thing
        if holder and any(c.passive for c in quantities):
            # "points scored by McDermott", but "block (Ortiz was killed)": Ortiz underwent it
            base = f"{thing} ({holder} was {happened})" if happened else f"{thing} ({holder})"
        elif holder:
            base = f"{base} by {holder}" if happened else f"{thing} of {holder}"
    if agent and agent.lower() not in base.lower():
        base = f"{base} by {agent}" if " by " not in base else f"{base} ({agent})"
    return _scoped(base, scope or "")
