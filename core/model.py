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

from dataclasses import dataclass, field
from functools import cache

import numpy as np

from . import data, inference, training
from .errors import WattIfError
from .measures import adoption, measures
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

    @property
    def per_query_total_wh(self) -> np.ndarray:
        """Energy per query, all components [Wh] (..., Y)."""
        return self.per_query_wh.sum(axis=-1)

    @property
    def energy_total_kwh(self) -> np.ndarray:
        """Annual energy, all components [kWh] (..., Y)."""
        return self.energy_kwh.sum(axis=-1)

    def component(self, name: str) -> int:
        return self.components.index(name)

    def year_index(self, year: int) -> int:
        idx = np.nonzero(self.years == year)[0]
        if idx.size == 0:
            raise WattIfError(
                f"year {year} is outside the projection {self.years[0]}-{self.years[-1]}"
            )
        return int(idx[0])


# ----------------------------------------------------------------------------- helpers


def _val(sc: Scenario, key: str):
    """A numeric parameter as ``float`` or an ``(n, 1)`` array (sample axis before years)."""
    v = sc[key]
    if isinstance(v, np.ndarray):
        return np.asarray(v, dtype=float).reshape(-1, 1)
    return float(v)


def _hw(sc: Scenario, key: str, attr: str):
    """A hardware attribute of the catalogue entry chosen by parameter ``key``."""
    cat = data.hardware_catalogue()
    v = sc[key]
    if isinstance(v, np.ndarray):
        return np.array([float(getattr(cat[str(i)], attr)) for i in v.ravel()]).reshape(-1, 1)
    return float(getattr(cat[v], attr))


def _tflops(sc: Scenario, key: str, bits):
    t16, t8, t4 = (_hw(sc, key, a) for a in ("tflops_16", "tflops_8", "tflops_4"))
    bits = np.asarray(bits, dtype=float)
    return np.where(bits >= 16, t16, np.where(bits >= 8, t8, t4))


@cache
def _decode_constants() -> dict[str, float]:
    """Fitted and fixed constants of decode physics v2 (``decode_fit.toml``)."""
    fit = data.decode_fit()
    return {**fit["constants"], **fit["fixed"]}


@cache
def _catalogue_arch(model_id: str) -> dict[str, float]:
    """Architecture facts of a catalogue model as :data:`inference.ARCH_FIELDS`."""
    m = data.model_catalogue()[model_id]
    return {
        "active_b": m.active_params_b,
        "total_b": m.total_params_b,
        "dense_b": m.dense_params_b,
        "layers": m.layers,
        "kv_bytes_16": m.kv_bytes_per_token_16bit,
        "kv_heads": m.kv_heads,
        "attn_flops_ctx": m.attention_flops_per_ctx_token,
        "moe_layers": m.moe_layers,
        "experts": m.experts,
        "experts_per_token": m.experts_per_token,
        "expert_b": m.params_per_expert / 1e9,
    }


@cache
def _derived_scalar(active: float, total: float, kv_kb: float) -> dict[str, float]:
    arch = inference.derive_architecture(active, total, kv_kb, data.decode_fit()["rules"])
    return {k: float(v) for k, v in arch.items()}


def _derived(sc: Scenario, active_key: str, total_key: str, kv_key: str) -> dict:
    """:func:`inference.derive_architecture` of three size parameters (cached for scalars)."""
    a, t, kv = _val(sc, active_key), _val(sc, total_key), _val(sc, kv_key)
    if isinstance(a, float) and isinstance(t, float) and isinstance(kv, float):
        return _derived_scalar(a, t, kv)
    return inference.derive_architecture(a, t, kv, data.decode_fit()["rules"])


def _architecture(sc: Scenario) -> dict[str, np.ndarray]:
    """Architecture of the served model (variant 0) and of the right-sized one (variant 1),
    stacked on the model axis. ``model = custom`` derives it from the size parameters."""
    custom = _derived(sc, "active_params_b", "total_params_b", "kv_cache_kb_per_token")
    small = _derived(
        sc,
        "m_right_size_active_params_b",
        "m_right_size_total_params_b",
        "m_right_size_kv_cache_kb_per_token",
    )
    mid = sc["model"]
    if isinstance(mid, np.ndarray):
        ids = [str(i) for i in mid.ravel()]
        is_custom = np.array([i == "custom" for i in ids]).reshape(-1, 1)
        large = {
            k: np.where(
                is_custom,
                custom[k],
                np.array([0.0 if i == "custom" else _catalogue_arch(i)[k] for i in ids]).reshape(
                    -1, 1
                ),
            )
            for k in inference.ARCH_FIELDS
        }
    elif mid == "custom":
        large = custom
    else:
        large = _catalogue_arch(mid)
    return {k: _variants(large[k], small[k], -1) for k in inference.ARCH_FIELDS}


def _years(sc: Scenario, years) -> np.ndarray:
    if years is not None:
        return np.asarray(years, dtype=int)
    base, horizon = (np.unique(np.asarray(sc[k])) for k in ("base_year", "horizon_year"))
    if base.size != 1 or horizon.size != 1:
        raise WattIfError(
            "base_year and horizon_year must be the same for every scenario of a batch"
        )
    b, h = int(base[0]), int(horizon[0])
    if h < b:
        raise WattIfError(f"horizon_year ({h}) must not be before base_year ({b})")
    return np.arange(b, h + 1)


_VARIANT_SHAPES = {-3: (2, 1, 1), -2: (1, 2, 1), -1: (1, 1, 2)}


def _variants(old, new, axis: int):
    """Stack two values on one of the three variant axes (-3 hardware, -2 precision, -1 model)."""
    if np.ndim(old) == 0 and np.ndim(new) == 0:  # the common, scalar case: no broadcasting
        return np.array((float(old), float(new))).reshape(_VARIANT_SHAPES[axis])
    s = np.stack(np.broadcast_arrays(np.asarray(old, float), np.asarray(new, float)), axis=-1)
    if axis == -3:
        return s[..., :, None, None]
    if axis == -2:
        return s[..., None, :, None]
    return s[..., None, None, :]


def _y(a):
    """A yearly array ``(..., Y)`` made ready to broadcast against the variant axes."""
    return np.asarray(a, dtype=float)[..., None, None, None]


# -------------------------------------------------------------------------------- core


def _per_query(sc: Scenario, years: np.ndarray, with_measures: bool) -> dict[str, np.ndarray]:
    """Per-query physics for every year, with the measures in effect or all switched off."""
    t_rel = years - _val(sc, "base_year")
    ramp = _val(sc, "measure_ramp_years")

    def a(mid: str):
        on = _val(sc, f"m_{mid}_on") if with_measures else 0.0
        return adoption(years, on, _val(sc, f"m_{mid}_year"), ramp)

    a_rs, a_q, a_sv, a_mod, a_pc, a_rsn = (
        a(m) for m in ("right_size", "quantise", "serving", "modernise", "ai_pc", "reasoning")
    )

    # demand side of a query
    n_in = _val(sc, "input_tokens")
    n_in_eff = n_in * (1.0 - a_sv * _val(sc, "m_serving_prompt_cache"))
    s_reason = _val(sc, "reasoning_share") * (1.0 - a_rsn * _val(sc, "m_reasoning_reduction"))
    n_out_eff = _val(sc, "output_tokens") * (
        1.0 + s_reason * (_val(sc, "reasoning_multiplier") - 1.0)
    )
    batch = _val(sc, "concurrent_sequences") * (
        1.0 + a_sv * (_val(sc, "m_serving_batch_factor") - 1.0)
    )
    tau = 1.0 + a_sv * (_val(sc, "m_serving_spec_tokens") - 1.0)

    # variants: hardware (old/new) x precision (old/new) x model (large/right-sized)
    bits_old = _val(sc, "precision_bits")
    bits = _variants(bits_old, np.minimum(_val(sc, "m_quantise_bits"), bits_old), -2)

    def hw(attr):
        return _variants(_hw(sc, "hardware", attr), _hw(sc, "m_modernise_hardware", attr), -3)

    mem, bw, tdp, host_w = hw("memory_gb"), hw("bandwidth_tb_s"), hw("tdp_w"), hw("host_w")
    per_server, rack_kw = hw("per_server"), hw("rack_kw")
    t16 = hw("tflops_16")
    flops = np.where(bits >= 16, t16, np.where(bits >= 8, hw("tflops_8"), hw("tflops_4")))
    arch = _architecture(sc)
    override = _variants(_val(sc, "accelerators_per_replica"), 0.0, -1)
    const = _decode_constants()

    # sample-level values that meet the variant axes must carry them too: (n, 1) -> (n,1,1,1,1)
    usable, kv_bits = _y(_val(sc, "memory_usable_fraction")), _y(_val(sc, "kv_cache_bits"))
    g = inference.replica_size(
        arch["total_b"], bits, mem, usable, _y(_val(sc, "kv_headroom")), override
    )
    ctx = _y(n_in + const["context_factor"] * n_out_eff)  # mean context of sequences in flight
    kvb = arch["kv_bytes_16"] * kv_bits / 16.0
    shards = inference.kv_shards(g, arch["kv_heads"])
    w_bytes = inference.weight_bytes(arch["total_b"], bits)
    cap, fits = inference.batch_cap(g, mem, usable, w_bytes, ctx, kvb, shards)
    b_eff = np.minimum(np.maximum(_y(batch), 1.0), cap)
    sp = inference.serving_point(
        arch,
        g=g,
        bits=bits,
        kv_bits=kv_bits,
        batch=b_eff,
        n_in=_y(n_in),
        n_out=_y(n_out_eff),
        n_prefill=_y(n_in_eff),
        tokens_per_step=_y(tau),
        context_factor=const["context_factor"],
        bandwidth_tb_s=bw,
        tflops_16=t16,
        tflops_bits=flops,
        tdp_w=tdp,
        c=const,
        power_fraction=_y(_val(sc, "accelerator_power_fraction")),
    )
    err = _val(sc, "model_error_factor")
    drift = (1.0 - _val(sc, "efficiency_drift")) ** t_rel
    # accelerator-seconds per query: every output token's step carries its share of prefill
    s_query = _y(n_out_eff * drift * err) * sp["acc_s_per_output_token"]

    p_acc = sp["power_w"]
    p_host = host_w * _y(_val(sc, "host_power_fraction"))
    u = _val(sc, "fleet_utilisation")

    # mixing weights of the variants
    r = a_rs * _val(sc, "m_right_size_share")
    weight = (
        _variants(1.0 - a_mod, a_mod, -3)
        * _variants(1.0 - a_q, a_q, -2)
        * _variants(1.0 - r, r, -1)
    )

    def mix(x):
        return (np.asarray(x, float) * weight).sum(axis=(-3, -2, -1))

    e_acc = mix(p_acc * s_query) / J_PER_WH
    e_host = mix(p_host * s_query) / J_PER_WH
    e_idle = (e_acc + e_host) * (1.0 - u) / u * _val(sc, "idle_power_fraction")
    pue = _val(sc, "pue") + a_mod * (_val(sc, "m_modernise_pue") - _val(sc, "pue"))

    # local answers on AI PCs (batch 1, no host, no PUE, no idle capacity)
    base_local = _val(sc, "local_share")
    s_local = base_local + a_pc * np.maximum(_val(sc, "m_ai_pc_share") - base_local, 0.0)
    l_bits = _val(sc, "local_precision_bits")
    l_params = _val(sc, "local_active_params_b")
    l_power = _hw(sc, "local_hardware", "tdp_w") * _val(sc, "local_power_fraction")
    l_out_s = inference.local_decode_seconds_per_token(
        l_params,
        l_bits,
        _hw(sc, "local_hardware", "bandwidth_tb_s"),
        _tflops(sc, "local_hardware", l_bits),
        _val(sc, "bandwidth_efficiency"),
        _val(sc, "compute_efficiency"),
    )
    l_in_s = inference.prefill_seconds_per_token(
        l_params, _tflops(sc, "local_hardware", l_bits), _val(sc, "prefill_efficiency")
    )
    e_local_query = (n_out_eff * l_out_s + n_in * l_in_s) * l_power * drift / J_PER_WH

    cloud = (1.0 - s_local) * (1.0 - a_sv * _val(sc, "m_serving_response_cache"))
    zeros = np.zeros(np.broadcast(e_acc, years).shape)
    comps = {
        "accelerators": cloud * e_acc,
        "host": cloud * e_host,
        "idle": cloud * e_idle,
        "facility": cloud * (e_acc + e_host + e_idle) * (pue - 1.0),
        "network": (1.0 - s_local) * _val(sc, "network_wh_per_query") + zeros,
        "device": _val(sc, "device_wh_per_query") + zeros,
        "local": s_local * e_local_query + zeros,
    }
    fleet = {  # per variant: busy accelerator-seconds per query and what a unit of it needs
        "acc_seconds": _y(cloud) * weight * s_query,
        "g": g,
        "per_server": per_server,
        "nameplate_w": tdp + host_w,
        "rack_kw": rack_kw,
    }
    first = (..., 0, 0, 0, 0)  # base year, as configured (old hardware, old precision, large)

    def at_first(x):
        a = np.asarray(x)
        if a.ndim < 4:
            a = a.reshape((1,) * (4 - a.ndim) + a.shape)
        return a[first]

    physics = {
        "acc_j_out": at_first(sp["j_per_output_token"] * _y(err)),
        "acc_j_in": at_first(sp["j_per_input_token"] * _y(err)),
        "g": at_first(g),
        "b_eff": at_first(b_eff),
        "fits": at_first(fits),
        "power_w": at_first(p_acc),
        "t_step_s": at_first(sp["t_step"] * _y(err)),
        "u_mem": at_first(sp["u_mem"]),
        "u_cmp": at_first(sp["u_cmp"]),
        "regime": at_first(sp["regime"]),
        "local_j_out": np.asarray(l_out_s * l_power),
    }
    return {
        "comps": comps,
        "fleet": fleet,
        "pue": pue,
        "physics": physics,
        "u": u,
        "a_pl": a("placement"),
        "a_clean": a("clean_power"),
    }


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
    docs/methodology.md; sources ids in ``resources/data/sources.csv``.
    """
    sc = scenario
    years = _years(sc, years)
    t_rel = years - _val(sc, "base_year")
    with_m = _per_query(sc, years, True)
    any_measure = any(np.any(np.asarray(sc[m.on_key], dtype=bool)) for m in measures())
    # with every measure off the counterfactual is the scenario itself: compute it once
    without = _per_query(sc, years, False) if any_measure else with_m

    def total(d):
        return sum(d["comps"].values())

    # demand with growth and rebound (Jevons): cheaper queries -> more queries
    q_base = (
        _val(sc, "queries_per_day") * DAYS_PER_YEAR * (1.0 + _val(sc, "demand_growth")) ** t_rel
    )
    ratio = total(with_m) / np.maximum(total(without), 1e-30)
    queries = q_base * ratio ** (-_val(sc, "rebound_elasticity"))

    # training
    t_bits = _val(sc, "training_precision_bits")
    flops = training.training_flops(
        _val(sc, "training_active_params_b"),
        _val(sc, "training_tokens_t"),
        _val(sc, "training_rnd_multiplier"),
    )
    t_hours = training.accelerator_hours(
        flops, _tflops(sc, "training_hardware", t_bits), _val(sc, "training_mfu")
    )
    t_kwh = training.training_energy_kwh(
        t_hours,
        _hw(sc, "training_hardware", "tdp_w"),
        _hw(sc, "training_hardware", "host_w"),
        _val(sc, "training_power_fraction"),
        _val(sc, "training_pue"),
    )
    t_co2 = t_kwh * _val(sc, "training_grid_gco2e_per_kwh") / 1e6
    train_year_kwh = (
        t_kwh * _val(sc, "training_runs_per_year") * _val(sc, "include_training") + 0.0 * t_rel
    )

    comps = dict(with_m["comps"])
    comps["training"] = train_year_kwh * 1000.0 / queries
    per_query = np.stack(
        [np.broadcast_to(comps.get(c, 0.0), queries.shape) for c in COMPONENTS[:-1]]
        + [np.zeros(queries.shape)],
        axis=-1,
    )

    # other (non-LLM) AI workloads, partly moved to CPUs by the placement measure
    moved = with_m["a_pl"] * _val(sc, "m_placement_share")
    other_kwh = (
        _val(sc, "classical_ml_gwh_per_year")
        * 1e6
        * (1.0 - moved * (1.0 - _val(sc, "m_placement_cpu_energy_ratio")))
    )
    energy = per_query * (queries / 1000.0)[..., None]
    energy[..., -1] = np.broadcast_to(other_kwh, queries.shape)

    # environment and money
    grid = (
        _val(sc, "grid_gco2e_per_kwh")
        * (1.0 - _val(sc, "grid_decarbonisation")) ** t_rel
        * (1.0 - with_m["a_clean"] * _val(sc, "m_clean_power_share"))
    )
    grid = np.broadcast_to(grid, queries.shape)
    i_train = COMPONENTS.index("training")
    e_total = energy.sum(axis=-1)
    co2 = (e_total - energy[..., i_train]) * grid / 1e6 + energy[..., i_train] * (
        _val(sc, "training_grid_gco2e_per_kwh") / 1e6
    )
    it_kwh = energy[..., :3].sum(axis=-1) + energy[..., i_train] / _val(sc, "training_pue")
    water = it_kwh * _val(sc, "wue_l_per_kwh") / 1000.0
    cost = e_total * _val(sc, "electricity_price_eur_per_kwh")

    # fleet: busy accelerators / utilisation, in whole replicas of each variant
    fl = with_m["fleet"]
    busy = queries / SECONDS_PER_YEAR  # queries per second, yearly average
    acc_v = fl["g"] * np.ceil(_y(busy) * fl["acc_seconds"] / (_y(with_m["u"]) * fl["g"]))
    variant_axes = (-3, -2, -1)
    accelerators = acc_v.sum(axis=variant_axes)
    servers = np.ceil(acc_v / fl["per_server"]).sum(axis=variant_axes)
    nameplate_w = (acc_v * fl["nameplate_w"]).sum(axis=variant_axes)
    racks = np.ceil((acc_v * fl["nameplate_w"] / 1000.0 / fl["rack_kw"]).sum(axis=variant_axes))
    provisioned_mw = nameplate_w * with_m["pue"] / 1e6
    cloud_kwh = energy[..., :4].sum(axis=-1)
    power_avg_mw = cloud_kwh / HOURS_PER_YEAR / 1000.0

    ph = without["physics"]
    shape = queries.shape[:-1]

    def fit(x):
        """A per-sample value as ``()`` or ``(n,)``, whatever its broadcast shape was."""
        arr = np.asarray(x)
        arr = arr.reshape(()) if arr.size == 1 else arr.reshape(-1)
        return np.broadcast_to(arr, shape).copy() if shape else arr[()]

    return Results(
        years=years,
        components=COMPONENTS,
        per_query_wh=per_query,
        queries_per_year=queries,
        queries_before_rebound=np.broadcast_to(q_base, queries.shape).copy(),
        energy_kwh=energy,
        co2e_t=co2,
        water_m3=water,
        cost_eur=cost,
        accelerators=accelerators,
        servers=servers,
        racks=racks,
        power_avg_mw=power_avg_mw,
        power_provisioned_mw=np.broadcast_to(provisioned_mw, queries.shape).copy(),
        households=e_total / _val(sc, "household_kwh_per_year"),
        grid_gco2e_per_kwh=grid.copy(),
        accelerator_j_per_output_token=fit(ph["acc_j_out"]),
        accelerator_j_per_input_token=fit(ph["acc_j_in"]),
        accelerators_per_replica=fit(ph["g"]),
        effective_batch=fit(ph["b_eff"]),
        memory_bound=fit(ph["regime"] == 0),
        fits_in_memory=fit(ph["fits"]),
        accelerator_power_w=fit(ph["power_w"]),
        decode_step_ms=fit(ph["t_step_s"] * 1e3),
        bandwidth_utilisation=fit(ph["u_mem"]),
        compute_utilisation=fit(ph["u_cmp"]),
        regime=fit(ph["regime"]),
        local_j_per_output_token=fit(ph["local_j_out"]),
        training_energy_kwh=fit(t_kwh),
        training_accelerator_hours=fit(t_hours),
        training_co2e_t=fit(t_co2),
        training_flops=fit(flops),
        google_search_wh=fit(_val(sc, "google_search_wh")),
    )
