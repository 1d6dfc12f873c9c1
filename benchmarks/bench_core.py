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
    }


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k:<28} {v:.4g}")
