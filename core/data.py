"""Access to the data files in ``wattif.resources``: parameters, hardware, sources, grids, presets.

Everything the model needs as numbers lives in these files so that a consultant can read and
extend them. A user may add hardware and models in ``<user dir>/hardware.csv`` and
``<user dir>/models.csv`` (same columns as the shipped catalogues); the user dir is
``$WATTIF_USER_DIR`` or ``~/.wattif``.

The user's files are validated row by row against physical bounds (:data:`HW_COLUMNS`,
:data:`MODEL_COLUMNS`): a bad row is left out and reported (file, line, column, why), the good
rows are used, and whatever was left out or overrides a shipped entry is listed by
:func:`catalogue_problems`, so that the command line and the window can say so. A user's file
can never stop WattIf from starting.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import WattIfError, quote, show_path
from .fileio import decode_text, read_limited

_DATA = "data"


def _resource(*parts: str):
    """A traversable inside ``wattif.resources/data`` (one ``joinpath`` per part: the
    multi-argument form is missing from some Traversables, e.g. in a frozen app)."""
    node = resources.files("wattif.resources").joinpath(_DATA)
    for part in parts:
        for piece in part.split("/"):
            node = node.joinpath(piece)
    return node


def _read_text(name: str) -> str:
    return _resource(name).read_text(encoding="utf-8")


def user_dir() -> Path | None:
    """Folder for the user's own catalogue additions [path]: ``$WATTIF_USER_DIR`` when set and
    not empty (an empty value never means the current folder), else ``~/.wattif``; None when
    there is no home folder either."""
    env = os.environ.get("WATTIF_USER_DIR", "")
    if env.strip():
        return Path(env).expanduser()
    try:
        return Path.home() / ".wattif"
    except RuntimeError:  # no HOME and no passwd entry
        return None


TOML_CACHE = "parsed_toml.json"
"""Parsed copies of the data files in TOML, each with the SHA-256 of the text it was parsed
from: reading the copy takes 0.3 ms where parsing ``parameters.toml`` took 16 ms (and importing
the parser 11 ms) of every start. A copy whose text changed is never used: the file itself is
parsed then. ``make data-cache`` (and ``make calibrate``) writes it afresh."""
CACHED_TOML = ("parameters.toml", "decode_fit.toml", "published_ranges.toml")
"""The TOML data files read at start (copied into :data:`TOML_CACHE`)."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _parsed_copies() -> dict[str, Any]:
    try:
        copies = json.loads(_read_text(TOML_CACHE))
    except (OSError, ValueError):  # missing or broken: every file is parsed instead
        return {}
    return copies if isinstance(copies, dict) else {}


def _toml(name: str) -> dict[str, Any]:
    """A data file in TOML, parsed (from its parsed copy while that matches the text)."""
    text = _read_text(name)
    copy = _parsed_copies().get(name)
    if isinstance(copy, dict) and copy.get("sha256") == _digest(text):
        return copy["data"]
    import tomllib  # only when a file changed since its copy was written

    return tomllib.loads(text)


def toml_cache_text() -> str:
    """The content :data:`TOML_CACHE` should have: every file of :data:`CACHED_TOML` parsed."""
    import tomllib

    copies = {}
    for name in CACHED_TOML:
        text = _read_text(name)
        copies[name] = {"sha256": _digest(text), "data": tomllib.loads(text)}
    return json.dumps(copies, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_toml_cache(folder: Path | None = None) -> Path:
    """Write :data:`TOML_CACHE` into ``folder`` (default: the data folder, in a source tree)."""
    from .fileio import atomic_write_bytes

    if folder is None:
        folder = Path(str(resources.files("wattif.resources").joinpath(_DATA)))
    path = folder / TOML_CACHE
    atomic_write_bytes(path, toml_cache_text().encode("utf-8"))
    _parsed_copies.cache_clear()
    return path


@cache
def parameter_table() -> tuple[dict, ...]:
    """The raw parameter declarations from ``parameters.toml``."""
    return tuple(_toml("parameters.toml")["parameter"])


@dataclass(frozen=True)
class Hardware:
    """One accelerator (or CPU server, or AI-PC NPU) of the catalogue.

    Attributes carry units in their names; ``tflops_16/8/4`` are *dense* peak throughputs at 16, 8
    and 4 bit [TFLOP/s]; ``host_w`` is the non-accelerator power of a server per accelerator at
    its maximum [W]; ``rack_kw`` the rack density of the generation [kW].
    """

    id: str
    name: str
    kind: str
    year: int
    memory_gb: float
    bandwidth_tb_s: float
    tflops_16: float
    tflops_8: float
    tflops_4: float
    tdp_w: float
    host_w: float
    per_server: int
    rack_kw: float
    source: str
    notes: str

    def tflops(self, bits: int) -> float:
        """Dense peak throughput at a precision [TFLOP/s]."""
        if bits >= 16:
            return self.tflops_16
        if bits >= 8:
            return self.tflops_8
        return self.tflops_4


HW_NUMERIC_INT = ("year", "per_server")
HW_NUMERIC_FLOAT = (
    "memory_gb",
    "bandwidth_tb_s",
    "tflops_16",
    "tflops_8",
    "tflops_4",
    "tdp_w",
    "host_w",
    "rack_kw",
)


@dataclass(frozen=True)
class Column:
    """One column of a catalogue file and what a value in it may be.

    ``kind`` is ``"id"``, ``"text"``, ``"float"`` or ``"int"``; numbers must lie in
    ``[low, high]`` (above ``low`` when ``above_low``) [in ``unit``]; an empty optional number
    takes ``default``.
    """

    name: str
    kind: str = "float"
    low: float | None = None
    high: float | None = None
    unit: str = ""
    above_low: bool = False
    required: bool = True
    default: float = 0.0
    max_chars: int = 200

    def bounds(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        low = f"above {self.low:g}" if self.above_low else f"{self.low:g}"
        return f"{low} to {self.high:g}{unit}"


def _num(name, low, high, unit="", above=False, required=True, kind="float") -> Column:
    return Column(name, kind, low, high, unit, above, required)


HW_COLUMNS: tuple[Column, ...] = (
    Column("id", "id", max_chars=100),
    Column("name", "text", required=False),
    Column("kind", "text", required=False, max_chars=40),
    _num("year", 1950, 2100, kind="int"),
    _num("memory_gb", 0.1, 1e5, "GB"),
    _num("bandwidth_tb_s", 0.001, 1e3, "TB/s"),
    _num("tflops_16", 0.001, 1e6, "TFLOP/s"),
    _num("tflops_8", 0.001, 1e6, "TFLOP/s"),
    _num("tflops_4", 0.001, 1e6, "TFLOP/s"),
    _num("tdp_w", 0.1, 1e5, "W"),
    _num("host_w", 0, 1e5, "W"),
    _num("per_server", 1, 1024, kind="int"),
    _num("rack_kw", 0, 1e4, "kW"),
    Column("source", "text", required=False),
    Column("notes", "text", required=False, max_chars=4000),
)
"""Columns of ``hardware.csv`` with their physical bounds (``rack_kw`` 0 = not in a data
centre, e.g. a laptop NPU; ``host_w`` 0 = no host server)."""

MIN_RACK_KW = 1.0
"""Smallest rack of a data-centre accelerator [kW] (fewer would mean racks without end)."""


def _check_hardware(hw: Hardware) -> str | None:
    if 0 < hw.rack_kw < MIN_RACK_KW:
        return f"rack_kw must be 0 (not in a data centre) or at least {MIN_RACK_KW:g} kW"
    return None


def _parse_hardware(
    text: str, origin: str, strict: bool = True
) -> tuple[dict[str, Hardware], dict[str, int], list[str]]:
    """Hardware entries of a catalogue file, the line of each, and the problems found."""

    def build(kw: dict[str, Any]) -> Hardware:
        kw["name"] = kw["name"] or kw["id"]
        return Hardware(**kw)

    return _parse_catalogue(text, origin, HW_COLUMNS, build, _check_hardware, strict)


# ----------------------------------------------------------------------------- catalogue files

MAX_USER_FILE_BYTES = 5_000_000
"""Largest user catalogue read (the shipped ones are a few kB)."""
MAX_PROBLEMS_PER_FILE = 20
"""Problems listed per user file; more are summed up in one line."""
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?", re.ASCII)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _number(text: str, decimal_comma: bool) -> float | None:
    """A number written with ASCII digits (and a decimal comma in ``;`` files), else None."""
    t = text.strip()
    if decimal_comma and "," in t and "." not in t:
        t = t.replace(",", ".")
    if len(t) > 40 or not _NUMBER.fullmatch(t):
        return None
    value = float(t)
    return value if math.isfinite(value) else None


def _cell(col: Column, raw: str | None, decimal_comma: bool) -> tuple[Any, str | None]:
    """The value of one cell, or None and why it is refused."""
    text = (raw or "").strip()
    if col.kind in ("id", "text"):
        if col.kind == "id" and not text:
            return None, "missing (every row needs an id)"
        if len(text) > col.max_chars:
            return None, f"too long ({len(text):,} characters; at most {col.max_chars})"
        allowed = text.replace("\n", "").replace("\t", "") if col.name == "notes" else text
        if _CONTROL.search(allowed) or (col.kind == "id" and not text.isprintable()):
            return None, f"{quote(text, 40)} holds a control or invalid character"
        return text, None
    if not text:
        if col.required:
            return None, f"missing (expected a number, {col.bounds()})"
        return col.default, None
    value = _number(text, decimal_comma)
    if value is None:
        return None, f"{quote(text, 40)} is not a number (expected {col.bounds()})"
    if col.kind == "int":
        if not value.is_integer():
            return None, f"{quote(text, 40)} is not a whole number"
        value = int(value)
    too_low = value <= col.low if col.above_low else value < col.low
    if too_low or value > col.high:
        return None, f"{quote(text, 40)} is out of range (allowed {col.bounds()})"
    return value, None


def _parse_catalogue(
    text: str,
    origin: str,
    columns: Sequence[Column],
    build: Callable[[dict[str, Any]], Any],
    check: Callable[[Any], str | None],
    strict: bool,
) -> tuple[dict[str, Any], dict[str, int], list[str]]:
    """Rows of a catalogue CSV checked column by column against ``columns``.

    Returns the entries by id, the line of each entry and the problems (one line each, naming
    ``origin``, the line and the column). With ``strict`` (a shipped file) the first problem
    raises :class:`WattIfError` instead. A header with ``;`` and no ``,`` (Excel in a German
    locale) is read with ``;`` as separator and a decimal comma.
    """
    out: dict[str, Any] = {}
    lines: dict[str, int] = {}
    problems: list[str] = []

    def problem(msg: str) -> None:
        if strict:
            raise WattIfError(msg)
        problems.append(msg)

    text = text.lstrip("\ufeff")  # a byte-order mark, also when decoded as plain UTF-8
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        problem(f"{origin}, line 1: not readable as CSV ({exc}); the file was ignored")
        return out, lines, problems
    while header is not None and not any(h.strip() for h in header):
        header = next(reader, None)  # leading blank lines
    if header is None:
        return out, lines, problems
    names = [h.strip().lower() for h in header]
    known = {c.name: c for c in columns}
    doubled = sorted({n for n in names if n and names.count(n) > 1})
    missing = [c.name for c in columns if c.required and c.name not in names]
    if doubled or missing:
        why = (
            f"the column {quote(doubled[0])} appears twice"
            if doubled
            else f"missing the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
        )
        problem(f"{origin}, line {reader.line_num}: {why}; the file was ignored")
        return out, lines, problems
    for i, n in enumerate(names):
        if n not in known:
            problem(
                f"{origin}, line {reader.line_num}, column {i + 1}: unknown column "
                f"{quote(header[i], 40)} (ignored)"
            )
    index = {n: i for i, n in enumerate(names) if n in known}
    end = reader.line_num
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problem(
                f"{origin}, line {reader.line_num}: not readable as CSV ({exc}); "
                "the rest of the file was ignored"
            )
            break
        end = reader.line_num
        where = f"{origin}, line {start}" if start >= end else f"{origin}, lines {start}-{end}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(names):
            problem(f"{where}: {len(row)} fields, but the header has {len(names)}; row ignored")
            continue
        kw: dict[str, Any] = {}
        bad = None
        for col in columns:
            i = index.get(col.name)
            value, why = _cell(
                col, row[i] if i is not None and i < len(row) else None, delimiter == ";"
            )
            if why is not None:
                column = f"column {i + 1} ({col.name})" if i is not None else col.name
                bad = f"{where}, {column}: {why}; row ignored"
                break
            kw[col.name] = value
        entry = None
        if bad is None:
            entry = build(kw)
            why = check(entry)
            if why is not None:
                bad = f"{where}: {why}; row ignored"
        if bad is not None:
            problem(bad)
            continue
        if entry.id in out:
            problem(
                f"{where}: the id {quote(entry.id)} is already on line {lines[entry.id]}; "
                "row ignored"
            )
            continue
        out[entry.id] = entry
        lines[entry.id] = start
    return out, lines, problems


_PROBLEMS: dict[str, tuple[str, ...]] = {}


@cache
def _shipped(name: str, parse) -> dict:
    """A shipped catalogue file, parsed strictly (a bad row is a bug of ours: it raises)."""
    return parse(_read_text(name), name, strict=True)[0]


def _shipped_and_user(name: str, parse) -> dict:
    """A catalogue file as shipped, updated by the user's file of the same name (if any).

    The user's file is read with limits (size, a regular file, UTF-8 with or without a BOM);
    rows that fail their checks are left out and reported in :func:`catalogue_problems`, as is
    every user row that replaces a shipped entry.
    """
    cat = dict(_shipped(name, parse))
    notes: list[str] = []
    folder = user_dir()
    extra = folder / name if folder is not None else None
    if extra is not None and os.path.lexists(extra):
        shown = show_path(extra)
        try:
            raw = read_limited(extra, MAX_USER_FILE_BYTES, "catalogue (CSV)")
            text = decode_text(raw, shown, "CSV")
        except WattIfError as exc:
            notes.append(f"{exc}; the file was ignored")
        else:
            user, lines, notes = parse(text, shown, strict=False)
            for key, entry in user.items():
                if key in cat:
                    why = _override_problem(cat[key], entry)
                    if why:
                        notes.append(f"{shown}, line {lines[key]}: {why}; row ignored")
                        continue
                    notes.append(
                        f"{shown}, line {lines[key]}: {quote(key)} replaces the shipped entry"
                    )
                cat[key] = entry
    if len(notes) > MAX_PROBLEMS_PER_FILE:
        more = len(notes) - MAX_PROBLEMS_PER_FILE + 1
        notes = [*notes[: MAX_PROBLEMS_PER_FILE - 1], f"{show_path(extra)}: {more} more problems"]
    _PROBLEMS[name] = tuple(notes)
    return cat


def _override_problem(shipped: Any, entry: Any) -> str | None:
    """A user row may replace a shipped entry, but not take a data-centre accelerator out of
    the data centre (the presets choose it for serving)."""
    if isinstance(shipped, Hardware) and shipped.rack_kw > 0 and entry.rack_kw <= 0:
        return (
            f"{quote(entry.id)} is a data-centre accelerator of the shipped catalogue; "
            "its rack_kw must stay above 0"
        )
    return None


def catalogue_problems() -> tuple[str, ...]:
    """What was left out of (or overridden by) the user's catalogue files, one line each."""
    hardware_catalogue()
    model_catalogue()
    return _PROBLEMS.get("hardware.csv", ()) + _PROBLEMS.get("models.csv", ())


@cache
def hardware_catalogue() -> dict[str, Hardware]:
    """Hardware catalogue: the shipped entries plus the user's own file, keyed by id."""
    return _shipped_and_user("hardware.csv", _parse_hardware)


def cloud_hardware_ids() -> tuple[str, ...]:
    """Ids of catalogue entries that sit in a data centre (everything with a rack density)."""
    return tuple(k for k, h in hardware_catalogue().items() if h.rack_kw > 0)


@cache
def sources() -> dict[str, dict[str, str]]:
    """Source table keyed by id: ``citation``, ``url_or_location``, ``notes``."""
    rows = csv.DictReader(io.StringIO(_read_text("sources.csv")))
    return {r["id"]: {k: v for k, v in r.items() if k != "id"} for r in rows}


@cache
def unit_names() -> dict[str, dict[str, str]]:
    """Display names of units by language (``units.csv``): ``{"de": {"queries/day": ...}}``."""
    rows = csv.DictReader(io.StringIO(_read_text("units.csv")))
    out: dict[str, dict[str, str]] = {}
    for r in rows:
        for lang, text in r.items():
            if lang != "unit" and text:
                out.setdefault(lang, {})[r["unit"]] = text
    return out


@cache
def grid_intensities() -> dict[str, dict[str, str]]:
    """Carbon intensity of electricity by country id [gCO2e/kWh] with names and source."""
    rows = csv.DictReader(io.StringIO(_read_text("grid.csv")))
    return {r["id"]: r for r in rows}


@cache
def calibration() -> tuple[dict[str, str], ...]:
    """Published figures the model is checked against (``calibration.csv``)."""
    return tuple(csv.DictReader(io.StringIO(_read_text("calibration.csv"))))


def preset_names() -> tuple[str, ...]:
    """Names of the shipped presets (file stems in ``data/presets``)."""
    folder = _resource("presets")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json")))


def preset_text(name: str) -> str:
    """Raw JSON text of a shipped preset."""
    return _read_text(f"presets/{name}.json")


MODEL_NUMERIC = (
    "total_params_b",
    "active_params_b",
    "layers",
    "attention_layers",
    "kv_bytes_per_token_16bit",
    "kv_heads",
    "attention_flops_per_ctx_token",
    "d_model",
    "moe_layers",
    "experts",
    "experts_per_token",
    "params_per_expert",
    "fit",
)
MODEL_TEXT = ("id", "name", "family", "attention", "source", "notes")


@dataclass(frozen=True)
class ModelEntry:
    """One model of the catalogue (``models.csv``): public architecture facts.

    ``kv_bytes_per_token_16bit`` is the KV cache of one token of context over all layers at
    16 bit [B]; ``attention_flops_per_ctx_token`` the attention FLOPs of one query token per
    token of context; ``params_per_expert`` one expert of one layer [parameters]. ``fit`` = 1
    marks the models of the reference architecture set whose measured runs the calibration fits
    on; the others' runs are a held-out check (docs/calibration.md).
    """

    id: str
    name: str
    family: str
    attention: str
    source: str
    notes: str
    total_params_b: float
    active_params_b: float
    layers: float
    attention_layers: float
    kv_bytes_per_token_16bit: float
    kv_heads: float
    attention_flops_per_ctx_token: float
    d_model: float
    moe_layers: float
    experts: float
    experts_per_token: float
    params_per_expert: float
    fit: float = 0.0

    @property
    def dense_params_b(self) -> float:
        """Parameters outside the routed experts [1e9]."""
        return self.total_params_b - self.moe_layers * self.experts * self.params_per_expert / 1e9


MODEL_COLUMNS: tuple[Column, ...] = (
    Column("id", "id"),
    Column("name", "text", required=False),
    Column("family", "text", required=False),
    _num("total_params_b", 0, 1e5, "1e9 parameters", above=True),
    _num("active_params_b", 0, 1e5, "1e9 parameters", above=True),
    _num("layers", 1, 1e4),
    _num("attention_layers", 0, 1e4, required=False),
    _num("kv_bytes_per_token_16bit", 0, 1e9, "B", required=False),
    _num("kv_heads", 1, 1e5),
    Column("attention", "text", required=False, max_chars=40),
    _num("attention_flops_per_ctx_token", 0, 1e12, "FLOP", required=False),
    _num("d_model", 0, 1e6, required=False),
    _num("moe_layers", 0, 1e4, required=False),
    _num("experts", 0, 1e5, required=False),
    _num("experts_per_token", 0, 1e5, required=False),
    _num("params_per_expert", 0, 1e12, "parameters", required=False),
    _num("fit", 0, 1, required=False),
    Column("source", "text", required=False),
    Column("notes", "text", required=False, max_chars=4000),
)
"""Columns of ``models.csv`` with their bounds (empty optional numbers are 0)."""


def _check_model(m: ModelEntry) -> str | None:
    if m.id == "custom":
        return "the id 'custom' is reserved for the model set by hand"
    if m.active_params_b > m.total_params_b:
        return "active_params_b must not exceed total_params_b"
    if m.attention_layers > m.layers or m.moe_layers > m.layers:
        return "attention_layers and moe_layers must not exceed layers"
    if m.experts_per_token > m.experts:
        return "experts_per_token must not exceed experts"
    if m.dense_params_b < -1e-6 * m.total_params_b:
        return "the experts (moe_layers x experts x params_per_expert) exceed total_params_b"
    return None


def _parse_models(
    text: str, origin: str, strict: bool = True
) -> tuple[dict[str, ModelEntry], dict[str, int], list[str]]:
    """Model entries of a catalogue file, the line of each, and the problems found."""

    def build(kw: dict[str, Any]) -> ModelEntry:
        kw["name"] = kw["name"] or kw["id"]
        return ModelEntry(**{k: float(v) if k in MODEL_NUMERIC else v for k, v in kw.items()})

    return _parse_catalogue(text, origin, MODEL_COLUMNS, build, _check_model, strict)


@cache
def model_catalogue() -> dict[str, ModelEntry]:
    """Model catalogue: the shipped entries plus the user's own ``models.csv``, keyed by id."""
    return _shipped_and_user("models.csv", _parse_models)


@cache
def decode_fit() -> dict[str, dict[str, float]]:
    """Constants of decode physics v2 fitted by ``make calibrate`` (``decode_fit.toml``)."""
    return _toml("decode_fit.toml")


@cache
def published_ranges() -> dict[str, dict[str, Any]]:
    """Published ranges shown next to results (``published_ranges.toml``), keyed by name; each
    names its ``metric``, ``low``/``high`` factors and ``source`` id."""
    return _toml("published_ranges.toml")


def measurements() -> tuple[dict[str, str], ...]:
    """The public measurements the calibration fits on (``measurements.csv``)."""
    return tuple(csv.DictReader(io.StringIO(_read_text("measurements.csv"))))


def mlenergy_tasks() -> dict[str, dict[str, str]]:
    """Assumed mean prompt length per ML.ENERGY task (``mlenergy_tasks.csv``)."""
    rows = csv.DictReader(io.StringIO(_read_text("mlenergy_tasks.csv")))
    return {r["task"]: r for r in rows}
