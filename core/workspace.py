"""Workspaces: a baseline and named scenarios compared side by side, in one file.

File format::

    {"format": "wattif-workspace", "schema_version": 1,
     "baseline": {<scenario document>},
     "scenarios": [{"scenario": {<scenario document>}, "shown": true}, ...],
     "current": 0}

``current`` is the index of the named scenario being edited. Version 2 adds the case where the
state being edited is not one of the named scenarios (it was kept as snapshots, or never named)::

    {"format": "wattif-workspace", "schema_version": 2, ..., "current": null,
     "working": {<scenario document>}}

A workspace is written in the lowest version that holds it (version 1 when a named scenario is
being edited), so a file that needs nothing new still opens in a WattIf that reads only version 1.

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
SCHEMA_VERSION = 2
"""The newest version read and written (see the module's description)."""
_FIELDS = {
    1: {"format", "schema_version", "baseline", "scenarios", "current"},
    2: {"format", "schema_version", "baseline", "scenarios", "current", "working"},
}
"""The fields each version allows."""
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
    """A baseline, the named scenarios and what is being edited.

    ``current`` is the index of the named scenario being edited, or None while the state being
    edited is not one of them: it is then ``working`` (which is given exactly then).
    """

    baseline: Scenario
    entries: tuple[Entry, ...] = field(default_factory=tuple)
    current: int | None = 0
    working: Scenario | None = None

    def __post_init__(self) -> None:
        if (self.current is None) != (self.working is not None):
            raise ValueError("a workspace has a working state exactly when current is None")

    @property
    def edited(self) -> Scenario:
        """The scenario being edited (the baseline when nothing is named or kept)."""
        if self.working is not None:
            return self.working
        if self.entries:
            return self.entries[self.current].scenario
        return self.baseline

    def to_dict(self) -> dict[str, Any]:
        doc = {
            "format": FORMAT,
            "schema_version": 1 if self.working is None else SCHEMA_VERSION,
            "baseline": self.baseline.to_dict(),
            "scenarios": [
                {"scenario": e.scenario.to_dict(), "shown": bool(e.shown)} for e in self.entries
            ],
            "current": None if self.current is None else int(self.current),
        }
        if self.working is not None:
            doc["working"] = self.working.to_dict()
        return doc

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


def workspace_from_dict(doc: Any, origin: str = "workspace") -> Workspace:
    """Build a workspace from a parsed document; errors name ``origin`` and the entry."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ScenarioFileError(f'{origin}: not a WattIf workspace (missing "format": "{FORMAT}")')
    version = doc.get("schema_version")
    if type(version) is not int or version not in _FIELDS:
        raise ScenarioFileError(
            f"{origin}: schema_version {version!r} is not supported "
            f"(this WattIf reads version {SCHEMA_VERSION})"
        )
    unknown = sorted(set(doc) - _FIELDS[version])
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
    working = None
    if current is None and version >= 2:
        working = scenario_from_dict(doc.get("working"), f"{origin}, working state")
    elif "working" in doc:
        raise ScenarioFileError(f'{origin}: "working" is only allowed with "current": null')
    elif type(current) is not int or not (0 <= current < max(len(entries), 1)):
        raise ScenarioFileError(f'{origin}: "current" must be the index of a scenario')
    return Workspace(baseline, tuple(entries), current, working)


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
