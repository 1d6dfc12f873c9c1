"""Efficiency measures as data: which switch, year and settings belong to which measure.

A measure never changes results directly: :func:`adoption` gives its share in effect per year,
and the model moves the measure's parameters by that share (see ``model.py``), so that
interactions between measures come out of the physics.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from . import params


@dataclass(frozen=True)
class Measure:
    id: str
    on_key: str
    year_key: str
    setting_keys: tuple[str, ...]

    def label(self, lang: str = "en") -> str:
        return params.get(self.on_key).label(lang)


@cache
def measures() -> tuple[Measure, ...]:
    """All efficiency measures, in the order of the parameter declarations."""
    found: dict[str, list[str]] = {}
    for p in params.registry().values():
        if p.measure:
            found.setdefault(p.measure, []).append(p.key)
    out = []
    for mid, keys in found.items():
        on, year = f"m_{mid}_on", f"m_{mid}_year"
        out.append(Measure(mid, on, year, tuple(k for k in keys if k not in (on, year))))
    return tuple(out)


def measure_ids() -> tuple[str, ...]:
    return tuple(m.id for m in measures())


def adoption(years, on, adoption_year, ramp_years):
    """Share of a measure in effect in each year [0..1].

    Zero before the adoption year; from it on rising by ``1/ramp`` a year, so that the measure
    is fully in effect in year ``adoption_year + ramp - 1`` (``ramp <= 1``: at once).
    """
    years = np.asarray(years, float)
    since = years - np.asarray(adoption_year, float) + 1.0
    # a ramp of a year or less is complete in the adoption year itself
    frac = since / np.maximum(np.asarray(ramp_years, float), 1.0)
    return np.clip(frac, 0.0, 1.0) * np.asarray(on, float)
