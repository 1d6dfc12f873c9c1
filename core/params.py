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


NEAR_ZERO = 1e-6
"""A number other than 0 nearer to 0 than this is refused. No parameter means anything that
small (the smallest value declared in ``parameters.toml`` is 0.001), and such values pushed the
arithmetic past a float's range: a share of TDP of 2.2e-308 made the fleet for the other AI
workloads infinite (found by the property tests, as 1e-308 kW per rack was before)."""


def near_zero(value: float) -> bool:
    """True for a number other than 0 nearer to 0 than :data:`NEAR_ZERO`."""
    return value != 0 and abs(value) < NEAR_ZERO


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
    if near_zero(value):
        raise ParameterError(
            f"{key}: {_fmt(value)} is too near 0 to mean anything; use 0 or at least {NEAR_ZERO:g}"
        )
    return value


# ------------------------------------------------------------------------- typed values
PERCENT_UNITS_PREFIX = "share"
"""Units whose values are fractions (``share``, ``share of TDP`` …): ``10 %`` means 0.1."""
RATE_UNITS = ("1/yr",)
"""Rates per year: ``25 %`` growth means 0.25 a year."""
MAX_TYPED_CHARS = 100
"""A longer number as typed is out of every range (its value is not computed)."""
MAX_READ_CHARS = 10 * MAX_TYPED_CHARS
"""Longer text is not read as a number at all."""

SCALE_WORDS: dict[str, float] = {
    "k": 1e3,
    "tsd": 1e3,
    "tsd.": 1e3,
    "thousand": 1e3,
    "tausend": 1e3,
    "m": 1e6,
    "mio": 1e6,
    "mio.": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "mrd": 1e9,
    "mrd.": 1e9,
    "billion": 1e9,
    "milliarden": 1e9,
}
"""Words for thousand, million and billion a user may type after a number (en and de)."""

_TYPED = re.compile(
    r"^\s*([-+\u2212]?[0-9.,\s'_]*[0-9](?:[eE][-+]?[0-9]+)?)\s*([A-Za-z.]*)\s*(%?)\s*$"
)
"""A number as a person types it: ASCII digits, either decimal mark, group separators, an
optional exponent, an optional scale word and an optional percent sign."""


def read_number(text: str, lang: str = "en") -> tuple[float, bool] | None:
    """A number typed by a user and whether it carried a ``%`` sign, or None.

    Accepts both decimal marks (``0,5`` and ``0.5``; the language decides what ``1,234`` and
    ``1.234`` mean), group separators (``1,234,567``, ``1 234``, ``1_000``), exponents
    (``2.5e9``) and words for thousand, million and billion (``2.5 bn``, ``2,5 Mrd.``). The
    value is not divided by 100 for ``%``; it may be infinite (``1e400``) — the caller decides.
    Only ASCII digits count (``１２`` is not a number).
    """
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return None
    m = _TYPED.match(text.replace("\u2009", "").replace("\u00a0", "").replace("\u202f", ""))
    if not m:
        return None
    body = m.group(1).replace("\u2212", "-").replace(" ", "").replace("'", "").replace("_", "")
    word, percent = m.group(2), bool(m.group(3))
    factor = 1.0
    if word:
        factor = SCALE_WORDS.get(word.lower())
        if factor is None:
            return None
    dec, group = (",", ".") if lang == "de" else (".", ",")
    if dec in body and group in body:
        body = body.replace(group, "").replace(dec, ".")
    elif body.count(group) == 1 and dec not in body and not _looks_grouped(body, group):
        body = body.replace(group, ".")  # the other decimal mark, e.g. 0.5 typed in German
    else:
        body = body.replace(group, "").replace(dec, ".")
    if len(body) > MAX_TYPED_CHARS:
        return math.inf, percent
    try:
        value = float(body) * factor
    except ValueError:
        return None
    if math.isnan(value):
        return None
    return value, percent


def _looks_grouped(body: str, group: str) -> bool:
    """``1,234`` (en) or ``1.234`` (de): a group separator followed by exactly three digits."""
    head, tail = body.split(group)[0], body.split(group)[1]
    return len(tail) == 3 and tail.isdigit() and head.lstrip("-+") not in ("", "0")


def accepts_percent(p: Parameter) -> bool:
    """True for a share or a rate per year: there ``10 %`` means 0.1."""
    return p.kind == "float" and (p.unit.startswith(PERCENT_UNITS_PREFIX) or p.unit in RATE_UNITS)


def _pct(x: float) -> str:
    return f"{_fmt(round(x * 100.0, 9))} %"


class NotANumberError(ParameterError):
    """Typed text that is not a number (or not one a parameter understands)."""

    def __init__(self, key: str, text: str, message: str) -> None:
        super().__init__(message)
        self.key, self.text = key, text


class OutOfRangeError(ParameterError):
    """A typed number outside the allowed range of its parameter.

    ``value`` is the number as understood (a percentage already divided by 100, possibly
    infinite); ``minimum``/``maximum`` the allowed range; ``percent`` whether a ``%`` was typed;
    ``as_percent`` is the value a bare number would have as a percentage when that would be
    allowed (``50`` for a share: 0.5), else None.
    """

    def __init__(
        self,
        key: str,
        value: float,
        minimum: float,
        maximum: float,
        percent: bool,
        as_percent: float | None,
        message: str,
    ) -> None:
        super().__init__(message)
        self.key, self.value, self.minimum, self.maximum = key, value, minimum, maximum
        self.percent, self.as_percent = percent, as_percent


@dataclass(frozen=True)
class TypedValue:
    """A value as :func:`parse_user_value` understood it."""

    value: Any
    """Checked and in canonical form (``validate_value``)."""
    percent: bool = False
    """The text carried a ``%`` sign (the value is the percentage divided by 100)."""


def parse_user_value(key: str, text: str, lang: str = "en") -> TypedValue:
    """Understand a value typed for parameter ``key``: the one rule of the GUI and the command line.

    - Switches: ``true``/``false``, ``yes``/``no``, ``on``/``off``, ``1``/``0`` (and German).
    - Choices: the choice's id (or its number, e.g. ``8`` bit).
    - Numbers: see :func:`read_number`. Where a share or a rate per year is asked
      (:func:`accepts_percent`), ``10 %`` means 0.1 and ``25%`` growth 0.25 a year; a ``%``
      anywhere else is refused.
    - Out of range: :class:`OutOfRangeError` naming the value and the allowed range (for a
      share also in percent, and the percentage a bare ``50`` may have meant); huge numbers are
      written in exponent form, never as forty digits. Nothing is clamped here.

    Raises
    ------
    ParameterError
        :class:`NotANumberError`, :class:`OutOfRangeError` or a plain one for a bad switch or
        choice; every message is one line naming the key.
    """
    p = get(key)
    t = text.strip() if isinstance(text, str) else ""
    if p.kind == "bool":
        low = t.lower()
        if low in ("true", "1", "yes", "on", "ja", "an"):
            return TypedValue(True)
        if low in ("false", "0", "no", "off", "nein", "aus"):
            return TypedValue(False)
        raise ParameterError(f"{key}: expected true or false, got {quote(text)}")
    if p.kind == "choice" and isinstance(p.choices[0], str):
        return TypedValue(validate_value(key, t))
    read = read_number(t, lang)
    if read is None:
        raise NotANumberError(key, text, f"{key}: expected a number, got {quote(text, 40)}")
    number, percent = read
    if percent and not accepts_percent(p):
        raise NotANumberError(
            key, text, f"{key}: a percentage is not understood here; expected {p.range_text()}"
        )
    if percent:
        number /= 100.0
    lo = -math.inf if p.min is None else float(p.min)
    hi = math.inf if p.max is None else float(p.max)
    if not (lo <= number <= hi):  # also catches inf
        as_percent = None
        if accepts_percent(p) and not percent and math.isfinite(number):
            as_percent = number / 100.0 if lo <= number / 100.0 <= hi else None
        shown = _pct(number) if percent and math.isfinite(number) else _fmt_typed(number, t)
        allowed = p.range_text() + (f" ({_pct(lo)} to {_pct(hi)})" if accepts_percent(p) else "")
        hint = f"; for {_pct(as_percent)} write {_fmt(number)}%" if as_percent is not None else ""
        raise OutOfRangeError(
            key,
            number,
            lo,
            hi,
            percent,
            as_percent,
            f"{key}: {shown} is out of range; allowed {allowed}{hint}",
        )
    if p.kind in ("int", "choice") and number.is_integer():
        return TypedValue(validate_value(key, int(number)))
    return TypedValue(validate_value(key, number), percent)


def _fmt_typed(number: float, text: str) -> str:
    """A number for an error message: short (``1e+30``), or the text itself when infinite."""
    if math.isfinite(number):
        return _fmt(number)
    return quote(text, 24)


def parse_text(key: str, text: str) -> Any:
    """Parse a value typed by a user (command line ``--set KEY=VALUE``) and validate it
    (:func:`parse_user_value`)."""
    return parse_user_value(key, text).value
