"""Analyses on top of :func:`evaluate`: savings by measure (sequential and Shapley), Monte Carlo
uncertainty bands, tornado sensitivity and goal seek.

Each analysis is a batched call of ``evaluate`` (the scenarios are stacked along the sample axis),
never a Python loop over evaluations.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from . import params
from .errors import WattIfError
from .measures import measures
from .model import evaluate
from .scenario import Scenario


@dataclass(frozen=True)
class Waterfall:
    """Savings by measure in one year, applied in declaration order.

    ``start`` is the scenario with every measure off, ``steps[i]`` the change when measure
    ``ids[i]`` is switched on after the ones before it, at unchanged demand; ``rebound`` the
    demand response to the cheaper queries (rebound elasticity, zero when it is 0); ``end`` the
    scenario as given (so ``start + sum(steps) + rebound == end``). ``metric`` names what is
    measured and its unit.
    """

    year: int
    metric: str
    start: float
    ids: tuple[str, ...]
    steps: tuple[float, ...]
    end: float
    rebound: float = 0.0

    @property
    def before_rebound(self) -> float:
        """The metric with every enabled measure on, at unchanged demand."""
        return self.end - self.rebound


_METRICS = {
    "energy_kwh": lambda r: r.energy_total_kwh,
    "per_query_wh": lambda r: r.per_query_total_wh,
    "co2e_t": lambda r: r.co2e_t,
    "water_m3": lambda r: r.water_m3,
    "cost_eur": lambda r: r.cost_eur,
    "accelerators": lambda r: r.accelerators,
    "power_mw": lambda r: r.power_provisioned_mw,
}
"""Yearly outputs the analyses can target, with their unit in the name (``accelerators`` is a
count, ``power_mw`` the provisioned facility power)."""


def _only(batch: Scenario, year: int | None) -> list[int] | None:
    """The years to evaluate ``batch`` at for figures of ``year`` alone: just that year when it
    lies in the projection (None: all years; a year outside is refused by
    ``Results.year_index`` as before; so is a batch whose projection years vary). Each year is
    computed on its own, from its distance to the base year, so one column gives the numbers
    of all of them: the savings by measure with four measures on in 0.9 ms instead of 1.4
    (tests/core/test_analyses.py checks them against all years)."""
    first, last = batch["base_year"], batch["horizon_year"]
    if year is None or isinstance(first, np.ndarray) or isinstance(last, np.ndarray):
        return None
    return [int(year)] if int(first) <= int(year) <= int(last) else None


def savings_all(
    scenario: Scenario,
    year: int | None = None,
    metrics: Sequence[str] | None = None,
    separate_rebound: bool = True,
) -> dict[str, Waterfall]:
    """Sequential waterfalls of the enabled measures for several metrics from one batched call.

    The measures that are switched on in ``scenario`` are switched on one after the other, in
    declaration order. With ``separate_rebound`` these ``k + 1`` variants are evaluated at
    unchanged demand (rebound elasticity 0) and the scenario itself follows as the last
    variant, so the demand response is its own step (:attr:`Waterfall.rebound`); without it
    every variant carries the scenario's elasticity (the rebound folded into the measures).
    """
    metrics = tuple(metrics or _METRICS)
    for metric in metrics:
        if metric not in _METRICS:
            raise ValueError(f"unknown metric '{metric}'; one of {', '.join(_METRICS)}")
    on = [m for m in measures() if bool(scenario[m.on_key])]
    k = len(on)
    n = k + 2 if separate_rebound else k + 1
    batch = {m.on_key: np.array([i > j for i in range(n)]) for j, m in enumerate(on)}
    for m in measures():
        if m not in on:
            batch[m.on_key] = np.zeros(n, dtype=bool)
    # numeric parameters must carry the batch axis too; booleans are validated as arrays
    changes: dict = {key: v.astype(float) for key, v in batch.items()}
    if separate_rebound:
        elasticity = np.zeros(n)
        elasticity[-1] = float(scenario["rebound_elasticity"])
        changes["rebound_elasticity"] = elasticity
    batched = scenario.replace(changes)
    res = evaluate(batched, _only(batched, year))
    y = int(res.years[-1] if year is None else year)
    out = {}
    for metric in metrics:
        values = _METRICS[metric](res)[:, res.year_index(y)]
        steps = tuple(float(values[i + 1] - values[i]) for i in range(k))
        rebound = float(values[-1] - values[k]) if separate_rebound else 0.0
        out[metric] = Waterfall(
            y, metric, float(values[0]), tuple(m.id for m in on), steps, float(values[-1]), rebound
        )
    return out


def savings_by_measure(
    scenario: Scenario,
    year: int | None = None,
    metric: str = "energy_kwh",
    separate_rebound: bool = True,
) -> Waterfall:
    """Sequential waterfall of the enabled measures for ``metric`` in ``year`` (default horizon),
    see :func:`savings_all`."""
    return savings_all(scenario, year, (metric,), separate_rebound)[metric]


# ------------------------------------------------------------------ helpers for the analyses


def metric_names() -> tuple[str, ...]:
    """Outputs the analyses can target (yearly series)."""
    return tuple(_METRICS)


def metric_series(res, metric: str) -> np.ndarray:
    """The yearly series of ``metric`` (one of :func:`metric_names`) in a :class:`Results`."""
    if metric not in _METRICS:
        raise ValueError(f"unknown metric '{metric}'; one of {', '.join(_METRICS)}")
    return np.asarray(_METRICS[metric](res), dtype=float)


def _metric(res, metric: str, year: int | None) -> np.ndarray:
    values = metric_series(res, metric)
    if year is None:
        return values
    return values[..., res.year_index(int(year))]


def _scalar(value) -> float:
    return float(np.asarray(value, dtype=float))


def uncertain_parameters(
    scenario: Scenario, pinned: Iterable[str] = ()
) -> dict[str, tuple[float, float, float]]:
    """Parameters with a plausible range, as ``key -> (low, value, high)`` around the scenario.

    The declared ``low``/``high`` describe the uncertainty around the *default*; when a user moves
    a value, the range moves with it: multiplicatively for log-scale parameters, additively for
    linear ones, clipped to the allowed ``min``/``max``. Switches, choices and years have no range.
    ``pinned`` keys are taken as given (excluded from the sampling).
    """
    pinned = set(pinned)
    out = {}
    for key, p in params.registry().items():
        if key in pinned:
            continue
        if p.kind != "float" or p.low is None or p.high is None or p.high <= p.low:
            continue
        value = _scalar(scenario[key])
        default = float(p.default)
        if p.scale == "log" and default > 0 and value > 0:
            low, high = value * p.low / default, value * p.high / default
        else:
            low, high = value - (default - p.low), value + (p.high - default)
        low, high = max(low, p.min), min(high, p.max)
        if high > low:
            out[key] = (min(low, value), value, max(high, value))
    return out


def _triangular_ppf(u: np.ndarray, low: float, mode: float, high: float) -> np.ndarray:
    """Inverse CDF of the triangular distribution."""
    c = (mode - low) / (high - low)
    left = low + np.sqrt(u * (high - low) * (mode - low))
    right = high - np.sqrt((1.0 - u) * (high - low) * (high - mode))
    return np.where(u < c, left, right)


def sample_scenarios(
    scenario: Scenario, n: int = 1000, seed: int = 0, pinned: Iterable[str] = ()
) -> Scenario:
    """A batch of ``n`` scenarios: every uncertain parameter sampled by Latin hypercube.

    Triangular distributions with the scenario's value as the mode, log-triangular for
    log-scale parameters; the same ``seed`` gives the same samples on every machine (each
    parameter draws from its own stream, so pinning one leaves the others' samples unchanged).
    """
    if n < 2:
        raise ValueError("n must be at least 2")
    changes = {}
    for i, (key, (low, mode, high)) in enumerate(uncertain_parameters(scenario).items()):
        if key in set(pinned):
            continue
        rng = np.random.default_rng([seed, i])
        u = (rng.permutation(n) + rng.random(n)) / n  # one stratum per sample
        if params.get(key).scale == "log" and low > 0:
            x = np.exp(_triangular_ppf(u, np.log(low), np.log(mode), np.log(high)))
        else:
            x = _triangular_ppf(u, low, mode, high)
        changes[key] = np.clip(x, low, high)
    return scenario.replace(changes)


@dataclass(frozen=True)
class Bands:
    """Uncertainty bands of a metric per year: percentiles over the Monte Carlo samples."""

    metric: str
    years: np.ndarray
    p5: np.ndarray
    p50: np.ndarray
    p95: np.ndarray
    n: int
    p25: np.ndarray | None = None
    p75: np.ndarray | None = None


def uncertainty_bands(
    scenario: Scenario,
    metric: str = "energy_kwh",
    n: int = 1000,
    seed: int = 0,
    pinned: Iterable[str] = (),
) -> Bands:
    """P5/P50/P95 per year of ``metric`` over ``n`` Latin-hypercube samples (one batched call)."""
    return uncertainty_all(scenario, n, seed, pinned, (metric,))[metric]


PERCENTILES = (5, 25, 50, 75, 95)
"""Percentiles the full uncertainty analysis reports (P5–P95 band, P25–P75 band, median)."""
SKEW_NOTE_MIN = 0.05
"""The median of a band and the scenario differ by at least this fraction before the window
and the workbook say where the median lies: closer, the scenario's line visibly runs through
the middle of its band."""


def median_gap(value: float, median: float) -> float | None:
    """How far a band's ``median`` lies from the scenario's ``value``, as a fraction of it
    (``median / value − 1``), for the window's and the workbook's sentence on it; None when
    they are closer than :data:`SKEW_NOTE_MIN` or either is not a positive number."""
    if not (math.isfinite(value) and math.isfinite(median)) or value <= 0 or median <= 0:
        return None
    gap = median / value - 1.0
    return gap if abs(gap) >= SKEW_NOTE_MIN else None


def uncertainty_all(
    scenario: Scenario,
    n: int = 1000,
    seed: int = 0,
    pinned: Iterable[str] = (),
    metrics: Iterable[str] | None = None,
) -> dict[str, Bands]:
    """Bands of every metric (default all of :func:`metric_names`) from one batched evaluation:
    P5, P25, P50, P75 and P95 per year over the same ``n`` samples."""
    res = evaluate(sample_scenarios(scenario, n, seed, pinned))
    out = {}
    for metric in metrics or metric_names():
        values = _metric(res, metric, None)
        if values.ndim == 1:  # every input pinned: one scenario, no samples to spread
            values = values[None, :]
        p5, p25, p50, p75, p95 = np.percentile(values, PERCENTILES, axis=0)
        out[metric] = Bands(metric, res.years, p5, p50, p95, n, p25, p75)
    return out


def compare(scenarios: Sequence[Scenario]) -> list:
    """Evaluate several scenarios; one batched call when they share base and horizon year.

    Returns one :class:`Results` per scenario, as ``evaluate`` would give it alone.
    """
    if not scenarios:
        return []
    years = {(int(s["base_year"]), int(s["horizon_year"])) for s in scenarios}
    if len(scenarios) == 1 or len(years) > 1:
        return [evaluate(s) for s in scenarios]
    keys = list(scenarios[0])
    stacked = {}
    for k in keys:
        vals = [s[k] for s in scenarios]
        if all(v == vals[0] for v in vals):
            continue
        stacked[k] = np.array(vals) if params.get(k).kind == "choice" else np.asarray(vals, float)
    if not stacked:
        r = evaluate(scenarios[0])
        return [r for _ in scenarios]
    res = evaluate(scenarios[0].replace(stacked))
    return [_take(res, i) for i in range(len(scenarios))]


def _take(res, i: int):
    """Sample ``i`` of a batched :class:`Results` as the results of one scenario."""
    from dataclasses import fields, replace

    changes = {}
    for f in fields(res):
        v = getattr(res, f.name)
        if f.name in ("years", "components") or not isinstance(v, np.ndarray):
            continue
        changes[f.name] = v[i]
    out = replace(res, **changes)
    for name in ("memory_bound", "fits_in_memory"):
        object.__setattr__(out, name, bool(getattr(out, name)))
    return out


@dataclass(frozen=True)
class TornadoBar:
    key: str
    low: float  # parameter value at the low end
    high: float
    at_low: float  # metric with the parameter at its low end
    at_high: float

    @property
    def swing(self) -> float:
        return abs(self.at_high - self.at_low)


@dataclass(frozen=True)
class Tornado:
    """One-at-a-time sensitivity around the current scenario, largest swing first."""

    metric: str
    year: int
    base: float
    bars: tuple[TornadoBar, ...]


def tornado(scenario: Scenario, metric: str = "energy_kwh", year: int | None = None) -> Tornado:
    """Swing of ``metric`` in ``year`` (default horizon) when each uncertain parameter moves to
    its low and its high end, all others held; ``2k + 1`` scenarios in one batched call."""
    ranges = uncertain_parameters(scenario)
    keys = list(ranges)
    n = 2 * len(keys) + 1
    batch = {}
    for i, key in enumerate(keys):
        col = np.full(n, ranges[key][1])
        col[1 + 2 * i] = ranges[key][0]
        col[2 + 2 * i] = ranges[key][2]
        batch[key] = col
    batched = scenario.replace(batch)
    res = evaluate(batched, _only(batched, year))
    y = int(res.years[-1] if year is None else year)
    values = _metric(res, metric, y)
    bars = [
        TornadoBar(
            k, ranges[k][0], ranges[k][2], float(values[1 + 2 * i]), float(values[2 + 2 * i])
        )
        for i, k in enumerate(keys)
    ]
    bars.sort(key=lambda b: b.swing, reverse=True)
    return Tornado(metric, y, float(values[0]), tuple(bars))


def shapley_by_measure(
    scenario: Scenario, year: int | None = None, metric: str = "energy_kwh"
) -> Waterfall:
    """Savings by measure with interactions split fairly (exact Shapley values).

    All ``2^k`` on/off combinations of the ``k`` enabled measures are evaluated in one batched
    call; measure ``i`` gets the average of its marginal effect over all orders. The steps add up
    exactly to ``end - start``.
    """
    on = [m for m in measures() if bool(scenario[m.on_key])]
    k = len(on)
    if k > 12:
        raise ValueError("Shapley values are computed exactly for at most 12 measures")
    subsets = np.arange(2**k)
    bits = (subsets[:, None] >> np.arange(k)[None, :]) & 1  # (2^k, k)
    batch = {m.on_key: bits[:, j].astype(float) for j, m in enumerate(on)}
    for m in measures():
        if m not in on:
            batch[m.on_key] = np.zeros(2**k)
    batched = scenario.replace(batch)
    res = evaluate(batched, _only(batched, year))
    y = int(res.years[-1] if year is None else year)
    v = _metric(res, metric, y)
    size = bits.sum(axis=1)
    fact = [float(np.prod(np.arange(1, i + 1))) for i in range(k + 1)]
    phi = []
    for j in range(k):
        without = bits[:, j] == 0
        idx = subsets[without]
        with_j = idx | (1 << j)
        w = np.array([fact[s] * fact[k - s - 1] / fact[k] for s in size[without]])
        phi.append(float(np.sum(w * (v[with_j] - v[idx]))))
    return Waterfall(y, metric, float(v[0]), tuple(m.id for m in on), tuple(phi), float(v[-1]))


@dataclass(frozen=True)
class GoalSeek:
    key: str
    value: float  # the input that meets the target
    achieved: float  # the metric at that input
    target: float


def goal_seek(
    scenario: Scenario,
    key: str,
    target: float,
    metric: str = "energy_kwh",
    year: int | None = None,
    points: int = 256,
    rounds: int = 4,
) -> GoalSeek:
    """Solve one numeric input for a target value of ``metric`` in ``year`` (default horizon).

    Each round evaluates ``points`` candidates across the current bracket in one batched call
    (log-spaced for log-scale parameters) and narrows to the first sign change. Raises
    ``WattIfError`` when the target cannot be reached inside the allowed range.
    """
    p = params.get(key)
    if p.kind not in ("float", "int"):
        raise WattIfError(f"goal seek needs a numeric parameter; '{key}' is {p.kind}")
    lo, hi = float(p.min), float(p.max)
    log = p.scale == "log" and lo > 0
    best = None
    for _ in range(rounds):
        grid = np.geomspace(lo, hi, points) if log else np.linspace(lo, hi, points)
        if p.kind == "int":
            grid = np.unique(np.round(grid))
        batched = scenario.replace({key: grid})
        res = evaluate(batched, _only(batched, year))
        y = int(res.years[-1] if year is None else year)
        gap = _metric(res, metric, y) - target
        i = int(np.argmin(np.abs(gap)))
        best = (float(grid[i]), float(gap[i] + target))
        sign_change = np.nonzero(np.sign(gap[:-1]) * np.sign(gap[1:]) <= 0)[0]
        if sign_change.size == 0:
            break
        j = int(sign_change[0])
        lo, hi = float(grid[j]), float(grid[j + 1])
        if p.kind == "int" and hi - lo <= 1:
            break
    value, achieved = best
    if params.near_zero(value):  # a root at 0, approached: 0 itself (a
        value = 0.0  # value that near 0 is refused as input); a smooth model moves by nothing
        achieved = float(_metric(evaluate(scenario.replace({key: value})), metric, y))
    if abs(achieved - target) > 1e-6 * max(abs(target), 1.0) and not _bracketed(
        scenario, key, target, metric, year, p
    ):
        raise WattIfError(
            f"{key}: the target {target:g} for {metric} is not reachable within "
            f"{p.range_text()}; the closest is {achieved:g} at {key} = {value:g}"
        )
    return GoalSeek(key, value, achieved, float(target))


def _bracketed(scenario, key, target, metric, year, p) -> bool:
    grid = np.array([float(p.min), float(p.max)])
    res = evaluate(scenario.replace({key: grid}))
    y = int(res.years[-1] if year is None else year)
    gap = _metric(res, metric, y) - target
    return bool(np.sign(gap[0]) != np.sign(gap[1]))
