"""Training energy: FLOPs from the 6·N·D rule, accelerator-hours, energy at the meter.

References
----------
kaplan-2020 (6·N·D), patterson-2021 (GPT-3), seed-teltow (GPT-4).
"""

from __future__ import annotations

import numpy as np

from .inference import GIGA, TERA

SECONDS_PER_HOUR = 3600.0


def training_flops(active_params_b, tokens_t, rnd_multiplier=1.0):
    """Training compute [FLOP]: ``6 * P_active * D * rnd_multiplier``."""
    return (
        6.0
        * np.asarray(active_params_b, float)
        * GIGA
        * np.asarray(tokens_t, float)
        * TERA
        * np.asarray(rnd_multiplier, float)
    )


def accelerator_hours(flops, tflops, mfu):
    """Accelerator time [h]: ``FLOPs / (F_peak * MFU) / 3600``."""
    return np.asarray(flops, float) / (np.asarray(tflops, float) * TERA * mfu) / SECONDS_PER_HOUR


def training_energy_kwh(acc_hours, tdp_w, host_w, power_fraction, pue):
    """Energy at the facility meter [kWh]: hours × (TDP + host) × power fraction × PUE."""
    return (
        np.asarray(acc_hours, float)
        * (np.asarray(tdp_w, float) + np.asarray(host_w, float))
        * power_fraction
        * pue
        / 1000.0
    )
