"""Access to the data files in ``wattif.resources``: parameters, hardware, sources, grids, presets.

Everything the model needs as numbers lives in these files so that a consultant can read and
extend them. A user may add hardware in ``<user dir>/hardware.csv`` (same columns as the shipped
catalogue); the user dir is ``$WATTIF_USER_DIR`` or ``~/.wattif``.
"""

from __future__ import annotations

import csv
import io
import os
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import WattIfError

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


def user_dir() -> Path:
    """Folder for the user's own catalogue additions [path]."""
    return Path(os.environ.get("WATTIF_USER_DIR", Path.home() / ".wattif"))


@cache
def parameter_table() -> tuple[dict, ...]:
    """The raw parameter declarations from ``parameters.toml``."""
    return tuple(tomllib.loads(_read_text("parameters.toml"))["parameter"])


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


def _parse_hardware(text: str, origin: str) -> dict[str, Hardware]:
    out: dict[str, Hardware] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            kw = {k: (row.get(k) or "").strip() for k in Hardware.__dataclass_fields__}
            for k in HW_NUMERIC_FLOAT:
                kw[k] = float(kw[k])
            for k in HW_NUMERIC_INT:
                kw[k] = int(kw[k])
            hw = Hardware(**kw)
        except (TypeError, ValueError) as exc:
            raise WattIfError(
                f"{origin}, line {line}: not a valid hardware entry ({exc})"
            ) from None
        if (
            not hw.id
            or hw.memory_gb <= 0
            or hw.bandwidth_tb_s <= 0
            or hw.tdp_w <= 0
            or min(hw.tflops_16, hw.tflops_8, hw.tflops_4) <= 0
        ):
            raise WattIfError(
                f"{origin}, line {line}: id, memory, bandwidth, TDP and throughput "
                "must be given and positive"
            )
        out[hw.id] = hw
    return out


def _shipped_and_user(name: str, parse) -> dict:
    """A catalogue file as shipped, updated by the user's file of the same name (if any)."""
    cat = parse(_read_text(name), name)
    extra = user_dir() / name
    if extra.is_file():
        cat.update(parse(extra.read_text(encoding="utf-8"), str(extra)))
    return cat


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


def _parse_models(text: str, origin: str) -> dict[str, ModelEntry]:
    out: dict[str, ModelEntry] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            kw: dict = {k: (row.get(k) or "").strip() for k in MODEL_TEXT}
            for k in MODEL_NUMERIC:
                kw[k] = float(row.get(k) or 0.0)
            m = ModelEntry(**kw)
        except (TypeError, ValueError) as exc:
            raise WattIfError(f"{origin}, line {line}: not a valid model entry ({exc})") from None
        if (
            not m.id
            or m.id == "custom"
            or m.active_params_b <= 0
            or m.total_params_b < m.active_params_b
            or m.layers < 1
            or m.kv_heads < 1
            or m.dense_params_b < -1e-6
        ):
            raise WattIfError(
                f"{origin}, line {line}: id, active ≤ total parameters, layers and KV heads must "
                "be given, and the experts must not exceed the total parameters"
            )
        out[m.id] = m
    return out


@cache
def model_catalogue() -> dict[str, ModelEntry]:
    """Model catalogue: the shipped entries plus the user's own ``models.csv``, keyed by id."""
    return _shipped_and_user("models.csv", _parse_models)


@cache
def decode_fit() -> dict[str, dict[str, float]]:
    """Constants of decode physics v2 fitted by ``make calibrate`` (``decode_fit.toml``)."""
    return tomllib.loads(_read_text("decode_fit.toml"))


def measurements() -> tuple[dict[str, str], ...]:
    """The public measurements the calibration fits on (``measurements.csv``)."""
    return tuple(csv.DictReader(io.StringIO(_read_text("measurements.csv"))))


def mlenergy_tasks() -> dict[str, dict[str, str]]:
    """Assumed mean prompt length per ML.ENERGY task (``mlenergy_tasks.csv``)."""
    rows = csv.DictReader(io.StringIO(_read_text("mlenergy_tasks.csv")))
    return {r["task"]: r for r in rows}
