"""Scenarios: a complete, validated set of parameter values, and their JSON files.

A :class:`Scenario` is immutable: :meth:`Scenario.replace` returns a new one. Values may be
scalars or 1-D numpy arrays (a batch of samples, used by the analyses); files hold scalars only.

File format (``schema_version`` 1)::

    {"format": "wattif-scenario", "schema_version": 1, "name": "...", "notes": "...",
     "parameters": {"queries_per_day": 2.5e9, ...}}

Parameters missing from a file take their defaults; unknown keys, wrong types, out-of-range
values and broken JSON are rejected with a message naming the key and the allowed range.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from . import data, params
from .errors import ParameterError, ScenarioFileError, WattIfError, quote, show_path
from .fileio import atomic_write_bytes, decode_text, parse_json, read_limited

__all__ = ["atomic_write_bytes"]  # re-exported: the writer of scenario files and workbooks

FORMAT = "wattif-scenario"
SCHEMA_VERSION = 1
DEFAULT_PRESET = "chatgpt_2025"
MAX_FILE_BYTES = 1_000_000
"""Largest scenario file read (one is ~5 kB; the notes may be long)."""
MAX_NAME_CHARS = 200
MAX_NOTES_CHARS = 100_000


class Scenario(Mapping):
    """A validated set of values for every declared parameter.

    Parameters
    ----------
    values : mapping, optional
        Values by parameter key; missing keys take their defaults.
    name : str
        Display name of the scenario.
    notes : str
        Free text kept with the scenario.
    """

    __slots__ = ("_values", "name", "notes")

    def __init__(
        self, values: Mapping[str, Any] | None = None, *, name: str = "Untitled", notes: str = ""
    ) -> None:
        merged = params.defaults()
        for key, value in (values or {}).items():
            merged[key] = params.validate_value(key, value)
        _check_years(merged)
        object.__setattr__(self, "_values", merged)
        object.__setattr__(self, "name", _checked_text("name", name, MAX_NAME_CHARS))
        object.__setattr__(self, "notes", _checked_text("notes", notes, MAX_NOTES_CHARS))

    def __setattr__(self, key: str, value: Any) -> None:
        raise AttributeError("Scenario is immutable; use replace()")

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):  # not a parameter; also keeps unpickling (no _values yet) sane
            raise AttributeError(key)
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(key) from None

    def __reduce__(self):
        return (_rebuild, (dict(self._values), self.name, self.notes))

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def items(self):  # Mapping's would look up every key again (evaluate reads them all)
        return self._values.items()

    def values_mapping(self) -> Mapping[str, Any]:
        """The values as a read-only mapping, without a copy (a lookup in it is no Python
        call: the window compares every value on each slider step)."""
        return MappingProxyType(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Scenario):
            return NotImplemented
        if (self.name, self.notes) != (other.name, other.notes):
            return False
        return all(np.array_equal(np.asarray(self[k]), np.asarray(other[k])) for k in self)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Scenario(name={self.name!r}, {len(self.differences())} changes from defaults)"

    def replace(
        self,
        values: Mapping[str, Any] | None = None,
        *,
        name: str | None = None,
        notes: str | None = None,
        **changes: Any,
    ) -> Scenario:
        """A copy with some values (and optionally name/notes) changed and validated.

        Only the changed values are validated: the others were when this scenario was made (a
        slider step changes one of ~85)."""
        merged = dict(self._values)
        for key, value in {**(values or {}), **changes}.items():
            merged[key] = params.validate_value(key, value)
        _check_years(merged)
        new = object.__new__(Scenario)
        object.__setattr__(new, "_values", merged)
        object.__setattr__(
            new, "name", self.name if name is None else _checked_text("name", name, MAX_NAME_CHARS)
        )
        object.__setattr__(
            new,
            "notes",
            self.notes if notes is None else _checked_text("notes", notes, MAX_NOTES_CHARS),
        )
        return new

    def differences(self, other: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Values that differ from ``other`` (default: the parameter defaults)."""
        ref = params.defaults() if other is None else other
        return {
            k: v
            for k, v in self._values.items()
            if not np.array_equal(np.asarray(v), np.asarray(ref[k]))
        }

    @property
    def is_batch(self) -> bool:
        """True when any value is an array of samples."""
        return any(isinstance(v, np.ndarray) for v in self._values.values())

    def to_dict(self) -> dict[str, Any]:
        """The file representation (scalars only)."""
        if self.is_batch:
            raise WattIfError("a batch of scenarios cannot be written to a scenario file")
        return {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "name": self.name,
            "notes": self.notes,
            "parameters": dict(self._values),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


def _checked_text(field: str, value: Any, limit: int) -> str:
    """The name or notes as text that can be saved (UTF-8) and shown."""
    text = str(value)
    if len(text) > limit:
        raise ParameterError(f"{field}: too long ({len(text):,} characters; at most {limit:,})")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ParameterError(
            f"{field}: holds an invalid character ({quote(text[exc.start : exc.end])})"
        ) from None
    return text


def _check_years(values: Mapping[str, Any]) -> None:
    """The projection must run forward (checked for single scenarios; a batch at evaluation)."""
    base, horizon = values["base_year"], values["horizon_year"]
    if isinstance(base, int | float) and isinstance(horizon, int | float) and horizon < base:
        raise ParameterError(
            f"horizon_year ({_num(horizon)}) must not be before base_year ({_num(base)})"
        )


def _num(x: Any) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _rebuild(values: dict, name: str, notes: str) -> Scenario:
    """Unpickle a :class:`Scenario` (worker processes), validating the values again."""
    return Scenario(values, name=name, notes=notes)


def scenario_from_dict(doc: Any, origin: str = "scenario") -> Scenario:
    """Build a scenario from a parsed scenario document; errors name ``origin`` and the key."""
    if not isinstance(doc, dict):
        raise ScenarioFileError(f"{origin}: not a WattIf scenario (expected a JSON object)")
    if doc.get("format") != FORMAT:
        raise ScenarioFileError(
            f'{origin}: not a WattIf scenario file (missing "format": "{FORMAT}")'
        )
    version = doc.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise ScenarioFileError(
            f"{origin}: schema_version {quote(version)} is not supported "
            f"(this WattIf reads version {SCHEMA_VERSION})"
        )
    allowed = {
        "format",
        "schema_version",
        "name",
        "notes",
        "parameters",
        "title",
        "title_de",
        "default",
    }
    unknown = sorted(set(doc) - allowed)
    if unknown:
        raise ScenarioFileError(
            f"{origin}: unknown field {quote(unknown[0])} (allowed: {', '.join(sorted(allowed))})"
        )
    values = doc.get("parameters", {})
    if not isinstance(values, dict):
        raise ScenarioFileError(f'{origin}: "parameters" must be an object of key: value')
    for field in ("name", "notes"):
        if field in doc and not isinstance(doc[field], str):
            raise ScenarioFileError(f'{origin}: "{field}" must be text')
    # a value a hair from 0 (-2.4e-11: goal seek before it gave roots at 0 as 0) is 0: such
    # files were written by WattIf, and what the value says is the same (params.NEAR_ZERO)
    values = {
        k: 0.0 if isinstance(v, float) and params.near_zero(v) else v for k, v in values.items()
    }
    try:
        return Scenario(values, name=doc.get("name", Path(origin).stem), notes=doc.get("notes", ""))
    except ParameterError as exc:
        raise ScenarioFileError(f"{origin}: {exc}") from None


def scenario_from_json(text: str, origin: str = "scenario") -> Scenario:
    """Parse scenario JSON text; broken JSON names the line and column.

    Parsing is strict (:func:`wattif.core.fileio.parse_json`): duplicate keys, ``NaN``,
    numbers beyond a float and deep nesting are refused with a message naming ``origin``.
    """
    doc = parse_json(text, origin, "scenario file", ScenarioFileError)
    return scenario_from_dict(doc, origin)


def load_scenario(path: str | os.PathLike) -> Scenario:
    """Read a scenario file; any problem raises :class:`ScenarioFileError` naming the file.

    Only a regular file of at most :data:`MAX_FILE_BYTES` is read (a pipe or device is
    refused before it is opened for reading).
    """
    p = Path(path)
    shown = show_path(p)
    raw = read_limited(p, MAX_FILE_BYTES, "scenario file", ScenarioFileError)
    text = decode_text(raw, shown, "JSON", ScenarioFileError)
    return scenario_from_json(text, shown)


def save_scenario(scenario: Scenario, path: str | os.PathLike) -> None:
    """Write a scenario file atomically (temp file, then replace)."""
    atomic_write_bytes(path, scenario.to_json().encode("utf-8"))


def preset_info() -> list[dict[str, Any]]:
    """Shipped presets: ``name``, ``title``, ``title_de``, ``default``, ``notes``."""
    out = []
    for name in data.preset_names():
        doc = json.loads(data.preset_text(name))
        out.append(
            {
                "name": name,
                "title": doc.get("title", name),
                "title_de": doc.get("title_de", doc.get("title", name)),
                "default": bool(doc.get("default", False)),
                "notes": doc.get("notes", ""),
            }
        )
    return out


def load_preset(name: str = DEFAULT_PRESET) -> Scenario:
    """A shipped preset by name (see :func:`preset_info`)."""
    if name not in data.preset_names():
        raise ScenarioFileError(
            f"unknown preset {quote(name)}; available: " + ", ".join(data.preset_names())
        )
    doc = json.loads(data.preset_text(name))
    sc = scenario_from_dict(doc, f"preset {name}")
    return sc.replace(name=doc.get("title", name))
