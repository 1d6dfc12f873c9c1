"""The WattIf model: ``evaluate(scenario, years) -> Results``.

One vectorised pass computes, for every year of the projection, the energy per query by
component, the demand (with growth and rebound), annual energy, CO2e, water, cost, the fleet and
training. Every parameter may carry a leading sample axis (a batch of scenarios); results then
carry it too. See ``docs/methodology.md`` for the formulas and their sources.

Shapes: sample-level values are ``()`` or ``(n, 1)``; yearly arrays are ``(..., Y)``; the
per-variant physics adds three axes ``(..., Y, hardware[2], precision[2], model[2])`` for the
fleet before/after modernisation, before/after quantisation, and the large/right-sized model.
Measures mix these variants by their adoption shares, so no Python loop runs over samples.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache, cached_property

import numpy as np

from . import _np_model, data
from .errors import WattIfError
from .measures import measures
from .scenario import Scenario

COMPONENTS: tuple[str, ...] = (
    "accelerators",
    "host",
    "idle",
    "facility",
    "network",
    "device",
    "local",
    "training",
    "other_ai",
)
"""Energy components, kept separate from the physics to the charts."""

COMPONENT_LABELS: dict[str, tuple[str, str]] = {
    "accelerators": ("Accelerators", "Beschleuniger"),
    "host": ("Host (CPU, RAM, network card)", "Host (CPU, RAM, Netzwerkkarte)"),
    "idle": ("Idle capacity", "Leerlaufkapazität"),
    "facility": ("Cooling & facility", "Kühlung & Gebäude"),
    "network": ("Network", "Netzwerk"),
    "device": ("End-user device", "Endgerät"),
    "local": ("Local AI PC", "Lokaler KI-PC"),
    "training": ("Training share", "Trainingsanteil"),
    "other_ai": ("Other AI workloads", "Andere KI-Workloads"),
}

REGIMES: tuple[str, ...] = ("memory", "compute", "overhead")
"""What bounds a decode step: memory bandwidth, compute, or fixed and per-sequence time."""

J_PER_WH = 3600.0
DAYS_PER_YEAR = 365.0
SECONDS_PER_YEAR = DAYS_PER_YEAR * 86400.0
HOURS_PER_YEAR = DAYS_PER_YEAR * 24.0


def _read_only(values: np.ndarray) -> np.ndarray:
    """``values``, no longer writable: a total kept on the results is shared by its readers."""
    values.flags.writeable = False
    return values


@dataclass(frozen=True)
class Results:
    """Outputs of :func:`evaluate`. Leading ``...`` is the sample axis of a batch (if any).

    Yearly arrays have shape ``(..., Y)``; by-component arrays ``(..., Y, C)`` with ``C`` in
    :data:`COMPONENTS` order.
    """

    years: np.ndarray  # [year] (Y,)
    components: tuple[str, ...]
    per_query_wh: np.ndarray  # energy per query by component [Wh] (..., Y, C)
    queries_per_year: np.ndarray  # demand after rebound [queries/yr] (..., Y)
    queries_before_rebound: np.ndarray  # demand without the rebound effect [queries/yr]
    energy_kwh: np.ndarray  # annual energy by component [kWh] (..., Y, C)
    co2e_t: np.ndarray  # [t CO2e/yr]
    water_m3: np.ndarray  # on-site water [m3/yr]
    cost_eur: np.ndarray  # electricity cost [EUR/yr]
    accelerators: np.ndarray  # provisioned accelerators [count]
    servers: np.ndarray  # [count]
    racks: np.ndarray  # [count]
    power_avg_mw: np.ndarray  # average facility power of the serving fleet [MW]
    power_provisioned_mw: np.ndarray  # nameplate facility power of the fleet [MW]
    households: np.ndarray  # annual energy in household equivalents [households]
    grid_gco2e_per_kwh: np.ndarray  # carbon intensity after clean-power measures [g/kWh]
    accelerator_j_per_output_token: np.ndarray  # base year, as configured [J/token]
    accelerator_j_per_input_token: np.ndarray  # base year, as configured [J/token]
    accelerators_per_replica: np.ndarray  # as configured [count]
    effective_batch: np.ndarray  # sequences decoding together, after the memory cap [count]
    memory_bound: np.ndarray  # decode regime is memory-bound [bool]
    fits_in_memory: np.ndarray  # weights fit on the replica [bool]
    accelerator_power_w: np.ndarray  # average power per accelerator while serving [W]
    decode_step_ms: np.ndarray  # time of one decode step of a replica [ms]
    bandwidth_utilisation: np.ndarray  # achieved share of peak memory bandwidth [-]
    compute_utilisation: np.ndarray  # achieved share of peak compute [-]
    regime: np.ndarray  # 0 memory-, 1 compute-, 2 overhead-bound (see REGIMES) [code]
    local_j_per_output_token: np.ndarray  # on the local device [J/token]
    training_energy_kwh: np.ndarray  # one training run [kWh]
    training_accelerator_hours: np.ndarray  # one training run [h]
    training_co2e_t: np.ndarray  # one training run [t CO2e]
    training_flops: np.ndarray  # one training run [FLOP]
    google_search_wh: np.ndarray = field(repr=False, default=None)  # equivalent basis [Wh]

    @cached_property
    def per_query_total_wh(self) -> np.ndarray:
        """Energy per query, all components [Wh] (..., Y); summed once (the window reads it a
        dozen times a slider step), read-only like the results it is summed from."""
        return _read_only(self.per_query_wh.sum(axis=-1))

    @cached_property
    def energy_total_kwh(self) -> np.ndarray:
        """Annual energy, all components [kWh] (..., Y); summed once, read-only."""
        return _read_only(self.energy_kwh.sum(axis=-1))

    def sample(self, i: int) -> Results:
        """Scenario ``i`` of a batch, as :func:`evaluate` gives it for that scenario alone: the
        same types (own arrays, floats and bools for base-year values) and numbers within
        :data:`BATCH_RTOL`.

        In a batch every yearly series is 2-D and every base-year value 1-D; the years and
        the components are shared."""
        if np.ndim(self.queries_per_year) != 2:
            raise WattIfError("sample() needs the results of a batch")
        picked = {}
        for f in RESULT_FIELDS:
            v = getattr(self, f)
            if f in _SHARED:
                picked[f] = v
            elif v.ndim >= 2:
                picked[f] = v[i].copy()
            else:
                picked[f] = bool(v[i]) if v.dtype == bool else float(v[i])
        return Results(**picked)

    def component(self, name: str) -> int:
        return self.components.index(name)

    def year_index(self, year: int) -> int:
        years = self.years
        i = int(year) - int(years[0])  # consecutive years: found without a search
        if 0 <= i < len(years) and years[i] == year:
            return i
        idx = np.nonzero(years == year)[0]
        if idx.size == 0:
            raise WattIfError(
                f"year {year} is outside the projection {self.years[0]}-{self.years[-1]}"
            )
        return int(idx[0])


RESULT_FIELDS = tuple(f.name for f in fields(Results))
_SHARED = frozenset({"years", "components"})
"""Fields of :class:`Results` without a sample axis in a batch."""


BATCH_RTOL = 1e-12
"""How closely scenario ``i`` of a batch reproduces its single evaluation: the same formulas,
but numpy's vectorised functions and Python's float arithmetic round the last bits differently
(``input_tokens`` and ``reasoning_share`` differ by one unit in the last place at some values);
no number shown has more than four significant digits."""


def same_results(a: Results, b: Results, rtol: float = 0.0) -> bool:
    """Equal numbers in the same types (nan equal to nan); floats within ``rtol`` of each
    other (0: the very same)."""
    for name in RESULT_FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if type(x) is not type(y):
            return False
        if isinstance(x, tuple):
            if x != y:
                return False
            continue
        if np.asarray(x).dtype.kind != "f" or rtol == 0.0:
            same = np.array_equal(x, y, equal_nan=np.asarray(x).dtype.kind == "f")
        else:
            same = np.shape(x) == np.shape(y) and bool(
                np.allclose(x, y, rtol=rtol, atol=0.0, equal_nan=True)
            )
        if not same:
            return False
    return True


# ----------------------------------------------------------------------------- inputs


def _param(v):
    """A parameter value on the five model axes: scalars stay scalars, a batch ``(n,)``
    becomes ``(n, 1, 1, 1, 1)``."""
    if v.__class__ is float:  # most values: first, as evaluate runs this for each of them
        return v
    if isinstance(v, np.ndarray):
        arr = v if v.dtype.kind in "US" else np.asarray(v, dtype=float)
        return arr.reshape(-1, 1, 1, 1, 1)
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, int):
        return float(v)
    return v


@cache
def _hw_value(hw_id: str, attr: str) -> float:
    return float(getattr(data.hardware_catalogue()[hw_id], attr))


@cache
def _md_value(model_id: str, attr: str) -> float:
    if model_id == "custom":
        return 0.0
    m = data.model_catalogue()[model_id]
    if attr == "params_per_expert_b":
        return m.params_per_expert / 1e9
    if attr == "dense_params_b":
        return m.dense_params_b
    return float(getattr(m, attr))


@cache
def constants() -> dict[str, float]:
    """Fitted constants, fixed modelling choices and the custom model's scaling rules of
    decode physics v2 (``decode_fit.toml``), by name (``K_name`` in the workbook)."""
    fit = data.decode_fit()
    return {**fit["constants"], **fit["fixed"], **fit["rules"]}


def _years(sc: Scenario, years) -> np.ndarray:
    if years is not None:
        return np.asarray(years, dtype=int)
    base, horizon = sc["base_year"], sc["horizon_year"]
    if not isinstance(base, np.ndarray) and not isinstance(horizon, np.ndarray):
        b, h = int(base), int(horizon)  # one scenario: no np.unique
        if h < b:
            raise WattIfError(f"horizon_year ({h}) must not be before base_year ({b})")
        return np.arange(b, h + 1)
    base, horizon = (np.unique(np.asarray(sc[k])) for k in ("base_year", "horizon_year"))
    if base.size != 1 or horizon.size != 1:
        raise WattIfError(
            "base_year and horizon_year must be the same for every scenario of a batch"
        )
    b, h = int(base[0]), int(horizon[0])
    if h < b:
        raise WattIfError(f"horizon_year ({h}) must not be before base_year ({b})")
    return np.arange(b, h + 1)


def _switch(v):
    if isinstance(v, np.ndarray):
        return 0.0 if not np.any(v) else v
    return float(v)


class _Env:
    """What the generated functions of :mod:`._np_model` read: parameters, constants, time,
    measure switches and catalogue look-ups for one scenario (or batch)."""

    def __init__(self, sc: Scenario, years: np.ndarray):
        self.P = P = {k: _param(v) for k, v in sc.items()}
        # samples of a batch (0: one scenario)
        self.n = max((v.size for v in P.values() if isinstance(v, np.ndarray)), default=0)
        base = sc["base_year"]
        base = float(np.unique(base)[0]) if isinstance(base, np.ndarray) else float(base)
        self.T = (years.astype(float) - base).reshape(1, -1, 1, 1, 1)
        self.K = constants()
        # a switch that is off for every sample is a plain 0.0: the generated code then skips
        # the measure entirely (no year axis where nothing changes over the years)
        self.on = {m.id: _switch(P[m.on_key]) for m in measures()}
        self.off = {m.id: 0.0 for m in measures()}
        self.any_on = any(
            v != 0.0 if v.__class__ is float else np.any(np.asarray(v, dtype=bool))
            for v in self.on.values()
        )
        self.P_model = P["model"]

    def HW(self, key: str, attr: str):
        v = self.P[key]
        if isinstance(v, np.ndarray):
            return np.array([_hw_value(str(i), attr) for i in v.ravel()]).reshape(v.shape)
        return _hw_value(v, attr)

    def MD(self, attr: str):
        v = self.P_model
        if isinstance(v, np.ndarray):
            return np.array([_md_value(str(i), attr) for i in v.ravel()]).reshape(v.shape)
        return _md_value(v, attr)


def per_query_items(sc: Scenario, years=None, measures_on: bool = True, given=None) -> dict:
    """The per-query line items (:mod:`.lineitems`) as numpy arrays on the five model axes.

    ``given`` maps item ids to values used instead of their formulas (the calibration sets the
    measured batch this way)."""
    years = _years(sc, years)
    env = _Env(sc, years)
    fns = _np_model.functions()
    on = env.on if measures_on else env.off
    with np.errstate(all="ignore"):
        if given:
            return fns["per_query_given"](env.P, env.K, env.T, on, env.HW, env.MD, given)
        return fns["per_query"](env.P, env.K, env.T, on, env.HW, env.MD)


# -------------------------------------------------------------------------------- core


def _items(env: _Env, per_query, annual) -> tuple[dict, dict]:
    """The per-query and the annual line items of ``env`` by the generated functions."""
    args = (env.P, env.K, env.T)
    v = per_query(*args, env.on, env.HW, env.MD)
    # with every measure off the rebound's reference is the scenario itself
    o = per_query(*args, env.off, env.HW, env.MD) if env.any_on else v
    return v, annual(*args, env.on, env.HW, env.MD, v, o)


def evaluate(scenario: Scenario, years=None) -> Results:
    """Evaluate a scenario (or a batch of them) over the projection years.

    Parameters
    ----------
    scenario : Scenario
        Values may be scalars or 1-D arrays of samples of equal length.
    years : array-like of int, optional
        Years to evaluate; default ``base_year .. horizon_year``.

    Returns
    -------
    Results
        See :class:`Results` for fields and units.

    References
    ----------
    docs/methodology.md; the line items in :mod:`wattif.core.lineitems`; sources ids in
    ``resources/data/sources.csv``.
    """
    years = _years(scenario, years)
    env = _Env(scenario, years)
    fns = _np_model.functions()
    with np.errstate(all="ignore"):
        try:
            v, a = _items(env, fns["per_query_fast"], fns["annual_fast"])
        except (ArithmeticError, ValueError):  # Python refused (x/0, log 0): numpy's inf, nan
            v, a = _items(env, fns["per_query"], fns["annual"])
    items = {**v, **a}
    n = env.n
    shape_y = (max(n, 1), len(years))

    n_y = len(years)

    def yearly(key: str) -> np.ndarray:
        a = items[key]
        if not n:  # one scenario: the common, fast case
            if a.__class__ is float:
                return np.full(n_y, a)
            if isinstance(a, np.ndarray) and a.size == n_y:
                return a.reshape(n_y)
            if np.ndim(a) == 0 or np.size(a) == 1:
                return np.full(n_y, float(np.asarray(a).reshape(())))
        # filled by broadcasting assignment: np.broadcast_to and a copy took a fifth of a
        # batch's evaluation (30 series and 15 first values each)
        out = np.empty(shape_y)
        out[...] = _np_model._pad(np.asarray(a, float))[..., 0, 0, 0]
        return out if n else out[0]

    def first(key: str):
        """A per-sample value of the base year: ``()`` or ``(n,)``."""
        a = items[key]
        if not n:
            if a.__class__ is float:
                return a
            return float(a) if np.ndim(a) == 0 else float(np.asarray(a).flat[0])
        out = np.empty(n)
        out[...] = _np_model._pad(np.asarray(a, float))[:, 0, 0, 0, 0]
        return out

    per_query = _by_component([yearly(f"pq_{c}") for c in COMPONENTS])
    energy = _by_component([yearly(f"en_{c}") for c in COMPONENTS])
    regime = first("regime0")
    return Results(
        years=years,
        components=COMPONENTS,
        per_query_wh=per_query,
        queries_per_year=yearly("queries"),
        queries_before_rebound=yearly("q_base"),
        energy_kwh=energy,
        co2e_t=yearly("co2"),
        water_m3=yearly("water"),
        cost_eur=yearly("cost"),
        accelerators=yearly("accelerators"),
        servers=yearly("servers"),
        racks=yearly("racks"),
        power_avg_mw=yearly("mw_avg"),
        power_provisioned_mw=yearly("mw_prov"),
        households=yearly("households"),
        grid_gco2e_per_kwh=yearly("grid"),
        accelerator_j_per_output_token=first("j_out"),
        accelerator_j_per_input_token=first("j_in"),
        accelerators_per_replica=first("g0"),
        effective_batch=first("b_eff0"),
        memory_bound=np.asarray(regime == 0) if n else bool(regime == 0),
        fits_in_memory=np.asarray(first("fits") > 0) if n else bool(first("fits") > 0),
        accelerator_power_w=first("p_acc0"),
        decode_step_ms=first("t_step0"),
        bandwidth_utilisation=first("u_mem0"),
        compute_utilisation=first("u_cmp0"),
        regime=regime,
        local_j_per_output_token=first("l_j_out"),
        training_energy_kwh=first("t_kwh"),
        training_accelerator_hours=first("t_hours"),
        training_co2e_t=first("t_co2"),
        training_flops=first("t_flops"),
        google_search_wh=first_param(scenario, "google_search_wh", n),
    )


def _by_component(columns: list[np.ndarray]) -> np.ndarray:
    """Yearly series ``(..., Y)``, one per component, as ``(..., Y, C)`` (``np.stack`` on the
    last axis, without its checks: a tenth of an evaluation)."""
    out = np.empty((*columns[0].shape, len(columns)))
    for i, column in enumerate(columns):
        out[..., i] = column
    return out


def first_param(sc: Scenario, key: str, n: int):
    v = sc[key]
    if isinstance(v, np.ndarray):
        return np.asarray(v, dtype=float).reshape(-1).copy()
    return np.full(n, float(v)) if n else float(v)
