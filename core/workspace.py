"""Workspaces: a baseline and named scenarios compared side by side, in one file.

File format (``schema_version`` 1)::

    {"format": "wattif-workspace", "schema_version": 1,
     "baseline": {<scenario document>},
     "scenarios": [{"scenario": {<scenario document>}, "shown": true}, ...],
     "current": 0}

Each scenario document is what a scenario file holds (``wattif-scenario``), so a scenario can be
copied out of a workspace unchanged. Reading validates everything and names the entry that is
wrong; writing is atomic (:func:`wattif.core.scenario.atomic_write_bytes`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from .errors import ScenarioFileError, show_path
from .fileio import read_json_file
from .scenario import Scenario, atomic_write_bytes, scenario_from_dict

FORMAT = "wattif-workspace"
SCHEMA_VERSION = 1
MAX_SCENARIOS = 32
"""More named scenarios than a comparison can show; a sanity limit for files."""
MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Entry:
    """One named scenario of a workspace and whether the charts show it."""

    scenario: Scenario
    shown: bool = True


@dataclass(frozen=True)
class Workspace:
    """A baseline, the named scenarios and which one is being edited (``current``)."""

    baseline: Scenario
    entries: tuple[Entry, ...] = field(default_factory=tuple)
    current: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "baseline": self.baseline.to_dict(),
            "scenarios": [
                {"scenario": e.scenario.to_dict(), "shown": bool(e.shown)} for e in self.entries
            ],
            "current": int(self.current),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


def workspace_from_dict(doc: Any, origin: str = "workspace") -> Workspace:
    """Build a workspace from a parsed document; errors name ``origin`` and the entry."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ScenarioFileError(f'{origin}: not a WattIf workspace (missing "format": "{FORMAT}")')
    version = doc.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise ScenarioFileError(
            f"{origin}: schema_version {version!r} is not supported "
            f"(this WattIf reads version {SCHEMA_VERSION})"
        )
    unknown = sorted(set(doc) - {"format", "schema_version", "baseline", "scenarios", "current"})
    if unknown:
        raise ScenarioFileError(f"{origin}: unknown field '{unknown[0]}'")
    baseline = scenario_from_dict(doc.get("baseline"), f"{origin}, baseline")
    items = doc.get("scenarios", [])
    if not isinstance(items, list):
        raise ScenarioFileError(f'{origin}: "scenarios" must be a list')
    if len(items) > MAX_SCENARIOS:
        raise ScenarioFileError(f"{origin}: more than {MAX_SCENARIOS} scenarios")
    entries = []
    for i, item in enumerate(items, start=1):
        where = f"{origin}, scenario {i}"
        if not isinstance(item, dict) or set(item) - {"scenario", "shown"}:
            raise ScenarioFileError(f'{where}: expected {{"scenario": ..., "shown": true|false}}')
        shown = item.get("shown", True)
        if not isinstance(shown, bool):
            raise ScenarioFileError(f'{where}: "shown" must be true or false')
        entries.append(Entry(scenario_from_dict(item.get("scenario"), where), shown))
    current = doc.get("current", 0)
    if type(current) is not int or not (0 <= current < max(len(entries), 1)):
        raise ScenarioFileError(f'{origin}: "current" must be the index of a scenario')
    return Workspace(baseline, tuple(entries), current)


def load_workspace(path: str | os.PathLike) -> Workspace:
    """Read a workspace file; any problem raises :class:`ScenarioFileError` naming the file.

    Read as scenario files are (:func:`wattif.core.fileio.read_json_file`): only a regular
    file up to :data:`MAX_BYTES`, strict JSON (duplicate keys, huge numbers, deep nesting and
    lone surrogates refused).
    """
    doc = read_json_file(path, MAX_BYTES, "workspace file", ScenarioFileError)
    return workspace_from_dict(doc, show_path(path))


def save_workspace(workspace: Workspace, path: str | os.PathLike) -> None:
    """Write a workspace file atomically (a failure leaves the old file as it was)."""
    atomic_write_bytes(path, workspace.to_json().encode("utf-8"))
