"""Analyses on top of :func:`evaluate`: savings by measure (waterfall).

Each analysis is a batched call of ``evaluate`` (the scenarios are stacked along the sample axis),
never a Python loop over evaluations.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .measures import measures
from .model import evaluate
from .scenario import Scenario


@dataclass(frozen=True)
class Waterfall:
    """Savings by measure in one year, applied in declaration order.

    ``start`` is the scenario with every measure off, ``steps[i]`` the change when measure
    ``ids[i]`` is switched on after the ones before it, ``end`` the scenario as given
    (so ``start + sum(steps) == end``). ``metric`` names what is measured and its unit.
    """

    year: int
    metric: str
    start: float
    ids: tuple[str, ...]
    steps: tuple[float, ...]
    end: float


_METRICS = {
    "energy_kwh": lambda r: r.energy_total_kwh,
    "per_query_wh": lambda r: r.per_query_total_wh,
    "co2e_t": lambda r: r.co2e_t,
    "water_m3": lambda r: r.water_m3,
    "cost_eur": lambda r: r.cost_eur,
}


def savings_by_measure(
    scenario: Scenario, year: int | None = None, metric: str = "energy_kwh"
) -> Waterfall:
    """Sequential waterfall of the enabled measures for ``metric`` in ``year`` (default horizon).

    The measures that are switched on in ``scenario`` are switched on one after the other, in
    declaration order; all ``k + 1`` variants are evaluated in one batched call.
    """
    if metric not in _METRICS:
        raise ValueError(f"unknown metric '{metric}'; one of {', '.join(_METRICS)}")
    on = [m for m in measures() if bool(scenario[m.on_key])]
    n = len(on) + 1
    batch = {m.on_key: np.array([i > j for i in range(n)]) for j, m in enumerate(on)}
    for m in measures():
        if m not in on:
            batch[m.on_key] = np.zeros(n, dtype=bool)
    # numeric parameters must carry the batch axis too; booleans are validated as arrays
    stacked = scenario.replace({k: v.astype(float) for k, v in batch.items()})
    res = evaluate(stacked)
    y = res.years[-1] if year is None else year
    values = _METRICS[metric](res)[:, res.year_index(int(y))]
    steps = tuple(float(values[i + 1] - values[i]) for i in range(len(on)))
    return Waterfall(
        int(y), metric, float(values[0]), tuple(m.id for m in on), steps, float(values[-1])
    )
