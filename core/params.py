"""The parameter registry: one declaration per model input, generated from ``parameters.toml``.

The registry is the single source for the scenario-file schema, the command line, the GUI
sliders and the Excel Inputs sheet. :func:`validate_value` is the one place where a value is
checked against its declaration.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from . import data
from .errors import ParameterError, quote

GROUPS: tuple[str, ...] = (
    "demand",
    "model",
    "serving",
    "datacentre",
    "training",
    "local",
    "measures",
    "behaviour",
    "equivalents",
)
"""Parameter groups in display order (world assumptions first, actions after)."""

GROUP_LABELS: dict[str, tuple[str, str]] = {
    "demand": ("Demand", "Nachfrage"),
    "model": ("Model", "Modell"),
    "serving": ("Serving", "Betrieb"),
    "datacentre": ("Data centre", "Rechenzentrum"),
    "training": ("Training", "Training"),
    "local": ("Local devices", "Lokale Geräte"),
    "measures": ("Measures", "Maßnahmen"),
    "behaviour": ("Behaviour", "Verhalten"),
    "equivalents": ("Equivalents", "Vergleichswerte"),
}


@dataclass(frozen=True)
class Parameter:
    """Declaration of one model input (see ``resources/data/parameters.toml``)."""

    key: str
    group: str
    kind: str  # "float" | "int" | "bool" | "choice"
    unit: str
    default: Any
    label_en: str
    label_de: str
    help_en: str
    help_de: str
    source: tuple[str, ...]
    low: float | None = None
    high: float | None = None
    min: float | None = None
    max: float | None = None
    step: float | None = None
    scale: str = "linear"
    choices_spec: Any = None
    measure: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def choices(self) -> tuple:
        """Allowed values of a choice parameter (catalogue ids are read on demand)."""
        if self.choices_spec == "hardware":
            return tuple(data.hardware_catalogue())
        if self.choices_spec == "hardware_cloud":
            return data.cloud_hardware_ids()
        if self.choices_spec == "models":
            return ("custom", *data.model_catalogue())
        return tuple(self.choices_spec or ())

    def label(self, lang: str = "en") -> str:
        return self.label_de if lang == "de" else self.label_en

    def help(self, lang: str = "en") -> str:
        return self.help_de if lang == "de" else self.help_en

    def unit_label(self, lang: str = "en") -> str:
        """The unit as shown to a user of ``lang`` (``units.csv``; the key stays English)."""
        return data.unit_names().get(lang, {}).get(self.unit, self.unit)

    def range_text(self) -> str:
        """Human-readable allowed range, used in every error message."""
        if self.kind == "bool":
            return "true or false"
        if self.kind == "choice" and self.choices_spec == "models":
            return "custom or a model id of the catalogue ('wattif-cli models')"
        if self.kind == "choice":
            return "one of " + ", ".join(str(c) for c in self.choices)
        unit = f" {self.unit}" if self.unit else ""
        return f"{_fmt(self.min)} to {_fmt(self.max)}{unit}"


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer() and abs(x) < 1e7:
        return str(int(x))
    return f"{x:g}"


def _fitted(value: Any, key: str) -> Any:
    """``"fit:NAME"`` in parameters.toml: the value ``make calibrate`` wrote to
    ``decode_fit.toml`` (the model error's range), so a refit needs no hand edit."""
    if not (isinstance(value, str) and value.startswith("fit:")):
        return value
    name = value[4:]
    for section in data.decode_fit().values():
        if isinstance(section, dict) and name in section:
            return float(section[name])
    raise ParameterError(f"parameter '{key}': '{value}' is not in decode_fit.toml")


@cache
def registry() -> dict[str, Parameter]:
    """All parameters keyed by ``key``, in declaration order."""
    out: dict[str, Parameter] = {}
    names = set(Parameter.__dataclass_fields__)
    for raw in data.parameter_table():
        raw = dict(raw)
        raw["source"] = tuple(raw.get("source", ()))
        raw["choices_spec"] = raw.pop("choices", None)
        extra = {k: raw.pop(k) for k in list(raw) if k not in names}
        for k in ("default", "low", "high"):
            raw[k] = _fitted(raw.get(k), raw["key"])
        p = Parameter(**raw, extra=extra)
        if p.key in out:
            raise ParameterError(f"parameter '{p.key}' is declared twice in parameters.toml")
        if p.group not in GROUPS:
            raise ParameterError(f"parameter '{p.key}' has unknown group '{p.group}'")
        out[p.key] = p
    return out


def defaults() -> dict[str, Any]:
    """Default value of every parameter."""
    return {k: p.default for k, p in registry().items()}


def get(key: str) -> Parameter:
    """Declaration of one parameter; an unknown key raises :class:`ParameterError`."""
    try:
        return registry()[key]
    except KeyError:
        raise ParameterError(f"unknown parameter {quote(key)} (see 'wattif-cli params')") from None


def validate_value(key: str, value: Any) -> Any:
    """Check one value against its declaration and return it in canonical form.

    Scalars come back as ``int``/``float``/``bool``/``str``; a 1-D numpy array (a batch of samples)
    is checked element-wise and returned as a float array (or as a string array for choices).
    """
    p = get(key)
    if isinstance(value, np.ndarray) and value.ndim >= 1:
        if p.kind == "choice":
            arr = np.asarray(value)
            for v in np.unique(arr):
                validate_value(key, v.item() if hasattr(v, "item") else v)
            return arr
        arr = np.asarray(value, dtype=float)
        if not np.all(np.isfinite(arr)):
            raise ParameterError(f"{key}: values must be finite numbers")
        if p.min is not None and p.max is not None and (arr.min() < p.min or arr.max() > p.max):
            raise ParameterError(f"{key}: values must lie in {p.range_text()}")
        return arr
    if isinstance(value, np.generic):
        value = value.item()
    if p.kind == "bool":
        if not isinstance(value, bool):
            raise ParameterError(f"{key}: expected true or false, got {quote(value)}")
        return value
    if p.kind == "choice":
        choices = p.choices
        if isinstance(value, str) and value in choices:
            return value
        if not isinstance(value, bool) and isinstance(value, int | float) and value in choices:
            return type(choices[0])(value) if not isinstance(choices[0], str) else value
        raise ParameterError(f"{key}: {quote(value)} is not allowed; expected {p.range_text()}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ParameterError(f"{key}: expected a number, got {quote(value)}")
    try:
        finite = math.isfinite(value)
    except OverflowError:  # an int beyond any float
        raise ParameterError(
            f"{key}: {quote(value)} is out of range; allowed {p.range_text()}"
        ) from None
    if not finite:
        raise ParameterError(f"{key}: expected a finite number, got {quote(value)}")
    if p.kind == "int":
        if not float(value).is_integer():
            raise ParameterError(f"{key}: expected a whole number, got {quote(value)}")
        value = int(value)
    else:
        value = float(value)
    if (p.min is not None and value < p.min) or (p.max is not None and value > p.max):
        raise ParameterError(f"{key}: {_fmt(value)} is out of range; allowed {p.range_text()}")
    return value


_NUMBER = re.compile(r"[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?", re.ASCII)
"""A number as typed on the command line: ASCII digits, ``_`` groups, optional exponent."""


def parse_text(key: str, text: str) -> Any:
    """Parse a value typed by a user (command line ``--set KEY=VALUE``) and validate it."""
    p = get(key)
    t = text.strip()
    if p.kind == "bool":
        low = t.lower()
        if low in ("true", "1", "yes", "on", "ja", "an"):
            return True
        if low in ("false", "0", "no", "off", "nein", "aus"):
            return False
        raise ParameterError(f"{key}: expected true or false, got {quote(text)}")
    if p.kind == "choice" and isinstance(p.choices[0], str):
        return validate_value(key, t)
    try:  # ASCII digits only: float() alone would also take '١٢' or '１２'
        if not _NUMBER.fullmatch(t):
            raise ValueError
        number = float(t) if len(t) <= 100 else math.inf
    except ValueError:
        raise ParameterError(f"{key}: expected a number, got {quote(text)}") from None
    if not math.isfinite(number):
        raise ParameterError(f"{key}: {quote(text, 24)} is out of range; allowed {p.range_text()}")
    if p.kind in ("int", "choice") and number.is_integer():
        return validate_value(key, int(number))
    return validate_value(key, number)
