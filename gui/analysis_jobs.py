"""The jobs the analysis worker process runs for the window.

Imported in the worker process: numpy and ``wattif.core`` only, never Qt. A scenario travels as
its plain values (:func:`values_of`) and is rebuilt here. Messages for people are written by the
window (translated); a job returns numbers.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

import numpy as np

from wattif.core import WattIfError, analyses, evaluate, params
from wattif.core.analyses import metric_series
from wattif.core.scenario import Scenario

WORKER_NICE = 5
"""How much nicer [Unix nice steps] the worker process is than the window."""


def serve(conn) -> None:
    """The worker process's loop: ``(function, args, kwargs)`` in, ``(True, result)`` or
    ``(False, message)`` out, until ``None`` comes or the window's end of the pipe closes.

    The worker runs at a lower priority than the window: on a busy machine the window's next
    repaint goes first, and handing it a job does not hand it the processor.
    """
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICE)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, args, kwargs = job
        try:
            answer = (True, fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - any error goes back to the window as text
            answer = (False, str(exc) or type(exc).__name__)
        try:
            conn.send(answer)
        except (EOFError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - a result that does not pickle
            conn.send((False, f"{type(exc).__name__}: {exc}"))


def values_of(scenario: Scenario) -> dict:
    """A scenario's values as a plain dict: what is sent to the worker (plain data pickles
    quickly and safely; the worker validates it again when it rebuilds the scenario)."""
    return {k: scenario[k] for k in scenario}


def bands(values: dict, n: int, seed: int, pinned: tuple[str, ...]) -> dict:
    """``wattif.core.analyses.uncertainty_all`` of the scenario with these values."""
    return analyses.uncertainty_all(Scenario(values), n=n, seed=seed, pinned=pinned)


def tornado(values: dict, metric: str, year: int) -> analyses.Tornado:
    """``wattif.core.analyses.tornado`` of the scenario with these values."""
    return analyses.tornado(Scenario(values), metric, year)


@dataclass(frozen=True)
class GoalAnswer:
    """What goal seek found: the input's ``value`` and the metric it gives (``achieved``).

    ``reached`` is False when no value inside the allowed range ``[low, high]`` meets the target;
    ``value``/``achieved`` are then the closest the range allows.
    """

    key: str
    value: float
    achieved: float
    target: float
    reached: bool
    low: float
    high: float
    switched_on: str | None = None


def seek(
    values: dict,
    key: str,
    target: float,
    metric: str,
    year: int,
    switch_on: str | None = None,
) -> GoalAnswer:
    """Goal seek of ``key`` for ``target`` of ``metric`` in ``year`` in the scenario with these
    ``values``; never raises for an
    unreachable target (the answer says so and names the closest value).

    ``switch_on``: a measure's on/off key to switch on first (seeking its adoption year).
    """
    p = params.get(key)
    given = scenario = Scenario(values)
    if switch_on:
        scenario = scenario.replace({switch_on: True})
    lo, hi = float(p.min), float(p.max)
    try:
        found = analyses.goal_seek(scenario, key, target, metric, year)
    except WattIfError:
        grid = (
            np.geomspace(lo, hi, 256) if p.scale == "log" and lo > 0 else np.linspace(lo, hi, 256)
        )
        if p.kind == "int":
            grid = np.unique(np.round(grid))
        res = evaluate(scenario.replace({key: grid}))
        values = metric_series(res, metric)[:, res.year_index(int(year))]
        i = int(np.argmin(np.abs(values - target)))
        value = float(grid[i])
        return GoalAnswer(key, value, float(values[i]), float(target), False, lo, hi, switch_on)
    value, achieved = float(found.value), float(found.achieved)
    if p.kind == "int":
        res = evaluate(given)
        now = float(metric_series(res, metric)[res.year_index(int(year))])
        below = target <= now  # a reduction: the answer must come out at or below the target
        value, achieved = _whole_step(scenario, key, value, target, metric, year, below, lo, hi)
    return GoalAnswer(key, value, achieved, float(target), True, lo, hi, switch_on)


def _whole_step(scenario, key, value, target, metric, year, below, lo, hi):
    """For a whole-number input (a year): the step next to ``value`` that meets the target —
    at or below it for a reduction (``below``), at or above it else."""
    near = int(round(value))
    steps = np.array([s for s in range(near - 1, near + 2) if lo <= s <= hi], dtype=float)
    res = evaluate(scenario.replace({key: steps}))
    values = metric_series(res, metric)[:, res.year_index(int(year))]
    meets = values <= target if below else values >= target
    pool = np.nonzero(meets)[0] if meets.any() else np.arange(len(steps))
    i = int(pool[np.argmin(np.abs(values[pool] - target))])
    return float(steps[i]), float(values[i])
