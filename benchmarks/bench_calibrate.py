"""Calibration benchmark: one full `make calibrate` fit with cross-validation (no files written)."""

from __future__ import annotations

import contextlib
import io
import time


def run() -> dict[str, float]:
    try:
        import scipy  # noqa: F401
    except ImportError:  # scipy is a test/calibrate dependency, not a run-time one
        return {}
    from wattif.core import calibrate

    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        calibrate.main(["--no-write"])
    return {"calibrate_s": time.perf_counter() - t0}


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k:<28} {v:.4g}")
