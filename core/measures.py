"""Efficiency measures as data: which switch, year and settings belong to which measure.

A measure never changes results directly: its adoption share in effect per year (line items
``a_<id>`` in :mod:`.lineitems`) moves the measure's parameters, so that interactions between
measures come out of the physics.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from . import params

if TYPE_CHECKING:
    from .scenario import Scenario


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


def measures_off(scenario: Scenario, name: str | None = None) -> Scenario:
    """``scenario`` with every efficiency measure switched off: the baseline a scenario brings
    with it, so that its measures (and only they) show as changes. Settings and adoption years
    stay as they are (they act only while a measure is on)."""
    return scenario.replace({m.on_key: False for m in measures()}, name=name)
