"""Core model benchmarks: one evaluation, batches of 1,000 and 10,000, CLI start-up."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import numpy as np

from wattif.core import evaluate, load_preset, params


def _batch(n: int, seed: int = 1):
    """The default scenario with every parameter that has a low/high range sampled."""
    rng = np.random.default_rng(seed)
    sc = load_preset()
    changes = {}
    for key, p in params.registry().items():
        if p.kind in ("float",) and p.low is not None and p.high is not None and p.high > p.low:
            changes[key] = rng.uniform(p.low, p.high, n)
    return sc.replace(changes)


def _time_ms(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run() -> dict[str, float]:
    sc = load_preset()
    evaluate(sc)  # warm caches (catalogue, registry)
    one = _time_ms(lambda: evaluate(sc), 200)
    b1k, b10k = _batch(1000), _batch(10000)
    t1k = _time_ms(lambda: evaluate(b1k), 10)
    t10k = _time_ms(lambda: evaluate(b10k), 5)
    from wattif.core.analyses import shapley_by_measure, tornado, uncertainty_bands

    measures_on = sc.replace(
        m_right_size_on=True,
        m_quantise_on=True,
        m_modernise_on=True,
        m_serving_on=True,
        m_ai_pc_on=True,
        m_reasoning_on=True,
        m_placement_on=True,
        m_clean_power_on=True,
    )
    mc = _time_ms(lambda: uncertainty_bands(sc, n=1000), 5)
    mc10k = _time_ms(lambda: uncertainty_bands(sc, n=10000), 3)
    torn = _time_ms(lambda: tornado(sc), 10)
    shap = _time_ms(lambda: shapley_by_measure(measures_on), 5)
    starts = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "wattif.core.cli", "presets"], check=True, capture_output=True
        )
        starts.append(time.perf_counter() - t0)
    return {
        "eval_one_ms": one,
        "eval_batch_1000_ms": t1k,
        "eval_batch_10000_ms": t10k,
        "eval_batch_10000_vs_one_x": t10k / one,
        "cli_start_s": statistics.median(starts),
        "monte_carlo_1000_ms": mc,
        "monte_carlo_10000_ms": mc10k,
        "tornado_ms": torn,
        "shapley_8_measures_ms": shap,
    }


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k:<28} {v:.4g}")
