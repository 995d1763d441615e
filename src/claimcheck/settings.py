"""Project settings from ``claimcheck.toml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

Command-line options override what the file says; the file overrides built-in defaults.

    [tool.claimcheck]
    model = "en_core_web_sm"
    fail-on = "variant"
    format = "markdown"
    ignore = ["Belavia (place)", "*(include)"]   # finding subjects or keys, shell-style patterns

    [tool.claimcheck.tolerances]   # see docs/quantities.md
    about = 0.15

    [tool.claimcheck.thresholds]   # fields of claimcheck.config.Config
    name_similarity = 85

    [tool.claimcheck.words]        # words added to the lists of claimcheck.lexicon.Lexicon
    weak_predicates = ["hold"]
    title_words = ["commissar"]   # the claim readers' lists too: "Commissar Ann Roe" names a person
    predicate_classes = { release = ["spring"] }
"""

from __future__ import annotations

import fnmatch
import math
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.escape import printable_name
from claimcheck.lexicon import WORD_LISTS, Lexicon
from claimcheck.models import Finding
from claimcheck.readers.quantities import DEFAULT_RULES, QuantityRules

__all__ = [
    "Settings",
    "SettingsError",
    "drop_ignored",
    "find_settings_file",
    "load_settings",
]

FILE_NAMES = ("claimcheck.toml", "pyproject.toml")
#: A settings file is small; a bigger one is refused rather than read.
_MAX_SETTINGS_BYTES = 1_000_000


class SettingsError(ValueError):
    """A settings file that cannot be read or says something claimcheck does not know."""


@attrs.frozen
class Settings:
    """What a run is configured with before command-line options are applied."""

    model: str | None = None
    fail_on: str | None = None
    format: str | None = None
    ignore: tuple[str, ...] = ()
    config: Config = DEFAULT_CONFIG
    path: str | None = None

    @property
    def rules(self) -> QuantityRules:
        return self.config.quantity_rules

    def ignored(self, finding: Finding) -> bool:
        """Whether a finding matches one of the ``ignore`` patterns (by subject or key)."""
        return any(fnmatch.fnmatchcase(finding.subject, p) or fnmatch.fnmatchcase(finding.key, p) for p in self.ignore)


def find_settings_file(start: Path | None = None) -> Path | None:
    """The nearest claimcheck.toml, or pyproject.toml with a [tool.claimcheck] table, upwards from start.

    A pyproject.toml that is not valid TOML is passed over unless it mentions
    ``tool.claimcheck``: another project's broken file must not stop a run.
    """
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        own = directory / "claimcheck.toml"
        if own.is_file():
            return own
        project = directory / "pyproject.toml"
        if project.is_file() and _has_claimcheck_table(project):
            return project
    return None


def _has_claimcheck_table(project: Path) -> bool:
    try:
        return "claimcheck" in _read(project).get("tool", {})
    except SettingsError:
        try:
            raw = project.read_bytes()
        except OSError:
            return False
        if b"tool.claimcheck" in raw:
            raise  # it is meant for claimcheck: say what is wrong with it
        return False


def _read(path: Path) -> dict[str, Any]:
    from claimcheck.sources import InputError, read_regular_file

    where = printable_name(str(path))
    try:
        return tomllib.loads(read_regular_file(path, _MAX_SETTINGS_BYTES).decode("utf-8"))
    except InputError as exc:
        raise SettingsError(f"{where}: cannot read settings: {exc.reason}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{where}: cannot read settings: {exc}") from None


def load_settings(path: str | Path | None = None, start: Path | None = None) -> Settings:
    """Read settings from ``path`` or the nearest settings file; defaults when there is none."""
    found = Path(path) if path else find_settings_file(start)
    if found is None:
        return Settings()
    data = _read(found)
    table = data.get("tool", {}).get("claimcheck", {}) if found.name == "pyproject.toml" else data
    return _parse(table, str(found))


_KEYS = {"model", "fail-on", "format", "ignore", "tolerances", "thresholds", "words"}

#: Allowed values of numeric settings beyond "a finite number": (test, what is allowed).
_RANGES: dict[str, tuple[Any, str]] = {
    "about": (lambda x: 0 <= x < 1, "a fraction from 0 up to (not including) 1"),
    "nearly": (lambda x: 0 <= x < 1, "a fraction from 0 up to (not including) 1"),
    "just": (lambda x: 0 <= x < 1, "a fraction from 0 up to (not including) 1"),
    "floor": (lambda x: x >= 0, "a number of at least 0"),
    "noun_similarity": (lambda x: 0 <= x <= 100, "a score from 0 to 100"),
    "name_similarity": (lambda x: 0 <= x <= 100, "a score from 0 to 100"),
    "date_context_similarity": (lambda x: 0 <= x <= 100, "a score from 0 to 100"),
    "max_rival_ratio": (lambda x: x > 1, "a factor greater than 1"),
    "vague_slack": (lambda x: x >= 1, "a factor of at least 1"),
    "headline_tokens": (lambda x: x >= 1, "a whole number of tokens, at least 1"),
    "head_stem_letters": (lambda x: x >= 1, "a whole number of letters, at least 1"),
    "pronoun_reach": (lambda x: x >= 0, "a whole number of sentences, at least 0"),
    "one_value_ratio": (lambda x: x > 1, "a factor greater than 1"),
    "unnamed_match_ratio": (lambda x: x >= 1, "a factor of at least 1"),
    "span_rounding_years": (lambda x: 0 <= x < 5, "a number of years from 0 up to (not including) 5"),
}


def _parse(table: dict[str, Any], where: str) -> Settings:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise SettingsError(f"{where}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}")
    try:
        rules = _evolve(DEFAULT_RULES, _table(table, "tolerances"), "tolerances")
        config = _evolve(DEFAULT_CONFIG, _table(table, "thresholds"), "thresholds")
        config = attrs.evolve(config, lexicon=_words(config.lexicon, _table(table, "words")))
        ignore = table.get("ignore", [])
        if not isinstance(ignore, list) or not all(isinstance(p, str) for p in ignore):
            raise _Invalid("ignore", ignore, "a list of strings")
        for key in ("model", "fail-on", "format"):
            if key in table and not isinstance(table[key], str):
                raise _Invalid(key, table[key], "a string")
    except _Invalid as exc:
        raise SettingsError(f"{where}: {exc}") from None
    return Settings(
        model=table.get("model"),
        fail_on=table.get("fail-on"),
        format=table.get("format"),
        ignore=tuple(ignore),
        config=attrs.evolve(config, quantity_rules=rules),
        path=where,
    )


class _Invalid(ValueError):
    """A setting with a value claimcheck cannot use: the key, the value and what is allowed."""

    def __init__(self, key: str, value: Any, allowed: str) -> None:
        shown = repr(value)
        super().__init__(
            f"{key} = {shown if len(shown) <= 60 else shown[:57] + '...'} is not allowed; it must be {allowed}"
        )


def _table(table: dict[str, Any], section: str) -> dict[str, Any]:
    value = table.get(section, {})
    if not isinstance(value, dict):
        raise _Invalid(section, value, f"a table ([tool.claimcheck.{section}] with one entry a line)")
    return value


def _strings(key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid(key, value, 'a list of strings, e.g. ["hold"]')
    return value


def _words(base: Lexicon, table: dict[str, Any]) -> Lexicon:
    """The lexicon with the words of a ``[words]`` table added (see :meth:`Lexicon.extended`)."""
    added: dict[str, list[str]] = {}
    for name, value in table.items():
        key = name.replace("-", "_")
        if key not in WORD_LISTS and key != "predicate_classes":
            known = ", ".join(sorted([*WORD_LISTS, "predicate_classes"]))
            raise _Invalid(f"words.{name}", value, f"one of the known word lists ({known})")
        if key != "predicate_classes":
            added[key] = _strings(f"words.{name}", value)
    classes = table.get("predicate_classes", table.get("predicate-classes", {}))
    if not isinstance(classes, dict):
        raise _Invalid("words.predicate_classes", classes, 'a table of event classes, e.g. { release = ["spring"] }')
    members = {cls: _strings(f"words.predicate_classes.{cls}", value) for cls, value in classes.items()}
    return base.extended(predicate_classes=members, **added)


def _number(key: str, name: str, value: Any) -> float:
    test, allowed = _RANGES.get(name, (None, "a finite number"))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Invalid(key, value, allowed)
    number = float(value)
    if not math.isfinite(number) or (test is not None and not test(number)):
        raise _Invalid(key, value, allowed)
    return number


def _whole(key: str, name: str, value: Any) -> int:
    """A setting counted in whole tokens or sentences: an integer in its range."""
    test, allowed = _RANGES.get(name, (lambda x: x >= 0, "a whole number of at least 0"))
    if isinstance(value, bool) or not isinstance(value, int) or not test(value):
        raise _Invalid(key, value, allowed)
    return value


def _pair(key: str, value: Any) -> tuple[float, float]:
    allowed = "two finite numbers [low, high] with 0 < low < high"
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in value)
    ):
        raise _Invalid(key, value, allowed)
    low, high = (float(v) for v in value)
    if not (math.isfinite(low) and math.isfinite(high) and 0 < low < high):
        raise _Invalid(key, value, allowed)
    return low, high


def _checked(key: str, name: str, current: Any, value: Any) -> Any:
    """``value`` for a setting whose default is ``current``, if it has the same kind."""
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise _Invalid(key, value, "true or false")
        return value
    if isinstance(current, int):
        return _whole(key, name, value)
    if isinstance(current, float):
        return _number(key, name, value)
    if isinstance(current, tuple):
        return _pair(key, value)
    if isinstance(current, frozenset):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _Invalid(key, value, 'a list of strings, e.g. ["PERSON"]')
        return frozenset(value)
    if isinstance(current, str):
        if not isinstance(value, str):
            raise _Invalid(key, value, "a string")
        return value
    raise _Invalid(key, value, "left at its default (it cannot be set in a file)")


def _evolve(base: Any, overrides: dict[str, Any], section: str) -> Any:
    fields = {f.name: f for f in attrs.fields(type(base))}
    changes: dict[str, Any] = {}
    for name, value in overrides.items():
        key = name.replace("-", "_")
        if key not in fields or key == "quantity_rules":
            known = ", ".join(sorted(k for k in fields if k != "quantity_rules"))
            raise _Invalid(f"{section}.{name}", value, f"one of the known {section} entries ({known})")
        changes[key] = _checked(f"{section}.{name}", key, getattr(base, key), value)
    return attrs.evolve(base, **changes)


def drop_ignored(findings: Iterable[Finding], settings: Settings) -> tuple[Finding, ...]:
    """The findings left once the ignored ones are taken out."""
    return tuple(f for f in findings if not settings.ignored(f))
