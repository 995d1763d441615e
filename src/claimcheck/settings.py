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
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from claimcheck.config import DEFAULT_CONFIG, Config
from claimcheck.escape import printable_name
from claimcheck.models import Finding
from claimcheck.quantities import DEFAULT_RULES, QuantityRules

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
    """The nearest claimcheck.toml, or pyproject.toml with a [tool.claimcheck] table, upwards from start."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        own = directory / "claimcheck.toml"
        if own.is_file():
            return own
        project = directory / "pyproject.toml"
        if project.is_file() and "claimcheck" in _read(project).get("tool", {}):
            return project
    return None


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


_KEYS = {"model", "fail-on", "format", "ignore", "tolerances", "thresholds"}


def _parse(table: dict[str, Any], where: str) -> Settings:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise SettingsError(f"{where}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}")
    try:
        rules = _evolve(DEFAULT_RULES, table.get("tolerances", {}), "tolerances")
        config = _evolve(DEFAULT_CONFIG, table.get("thresholds", {}), "thresholds")
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{where}: {exc}") from exc
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(p, str) for p in ignore):
        raise SettingsError(f"{where}: ignore must be a list of strings")
    return Settings(
        model=table.get("model"),
        fail_on=table.get("fail-on"),
        format=table.get("format"),
        ignore=tuple(ignore),
        config=attrs.evolve(config, quantity_rules=rules),
        path=where,
    )


def _evolve(base: Any, overrides: dict[str, Any], section: str) -> Any:
    fields = {f.name: f for f in attrs.fields(type(base))}
    changes: dict[str, Any] = {}
    for name, value in overrides.items():
        key = name.replace("-", "_")
        if key not in fields or key == "quantity_rules":
            raise ValueError(f"unknown {section} entry {name!r}; known: {', '.join(sorted(k for k in fields if k != 'quantity_rules'))}")
        current = getattr(base, key)
        if isinstance(current, tuple):
            value = tuple(float(v) for v in value)
        elif isinstance(current, frozenset):
            value = frozenset(value)
        elif isinstance(current, bool):
            value = bool(value)
        elif isinstance(current, float):
            value = float(value)
        changes[key] = value
    return attrs.evolve(base, **changes)


def drop_ignored(findings: Iterable[Finding], settings: Settings) -> tuple[Finding, ...]:
    """The findings left once the ignored ones are taken out."""
    return tuple(f for f in findings if not settings.ignored(f))
