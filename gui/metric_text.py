"""Names, units and number formats of the outputs the analyses target (bands, tornado, goal
seek): ``wattif.core.analyses.metric_names()``."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from .chart_base import unit_scale
from .formatting import (
    SCALE_WORDS_FROM,
    fmt_amount,
    fmt_energy_kwh,
    fmt_number,
    fmt_power_mw,
    fmt_volume_m3,
    round_sig,
)

METRICS = (
    "energy_kwh",
    "per_query_wh",
    "co2e_t",
    "water_m3",
    "cost_eur",
    "accelerators",
    "power_mw",
)
"""In the order the menus offer them (the order of the KPI strip)."""


def metric_label(metric: str) -> str:
    """``Energy per year``, ``Energy per query`` …, in the user's language."""
    return {
        "energy_kwh": QCoreApplication.translate("metrics", "Energy per year"),
        "per_query_wh": QCoreApplication.translate("metrics", "Energy per query"),
        "co2e_t": QCoreApplication.translate("metrics", "Emissions (CO₂e)"),
        "water_m3": QCoreApplication.translate("metrics", "Water on site"),
        "cost_eur": QCoreApplication.translate("metrics", "Electricity cost"),
        "accelerators": QCoreApplication.translate("metrics", "Accelerators"),
        "power_mw": QCoreApplication.translate("metrics", "Power provisioned"),
    }.get(metric, metric)


def _prefixed(value: float, lang: str, units: tuple[tuple[float, str], ...]) -> str:
    """``value`` in the largest of ``units`` (factor, unit; largest first, the base unit last)
    it reaches — the base unit up to :data:`SCALE_WORDS_FROM` (:func:`fmt_amount`'s rule)."""
    rounded = abs(round_sig(value))
    for factor, unit in units[:-1]:
        if rounded >= max(factor, SCALE_WORDS_FROM):
            return f"{fmt_number(value / factor, lang)} {unit}"
    return f"{fmt_number(value, lang)} {units[-1][1]}"


def fmt_metric(metric: str, value: float, lang: str = "en", short: bool = False) -> str:
    """A value of ``metric`` with its unit, as the KPI cards write it (``396 GWh``,
    ``10.7 k``), by the one rule of :func:`~gui.formatting.fmt_amount`; ``short``: without
    what the card's title says (``59.6 kt``, not ``59.6 kt CO₂e``).

    ``metric``: one of :data:`METRICS` or ``households``."""
    if value is None or not math.isfinite(value):
        return "–"
    if metric == "energy_kwh":
        return fmt_energy_kwh(value, lang)
    if metric == "per_query_wh":
        return _prefixed(value, lang, ((1e9, "GWh"), (1e6, "MWh"), (1e3, "kWh"), (1.0, "Wh")))
    if metric == "co2e_t":
        text = _prefixed(value, lang, ((1e9, "Gt"), (1e6, "Mt"), (1e3, "kt"), (1.0, "t")))
        return text if short else f"{text} CO₂e"
    if metric == "water_m3":
        return fmt_volume_m3(value, lang)
    if metric == "cost_eur":
        return fmt_amount(value, lang, "€")
    if metric == "power_mw":
        return fmt_power_mw(value, lang)
    return fmt_amount(value, lang, whole=True)  # accelerators, households


def axis_scale(metric: str, high: float) -> tuple[float, str]:
    """Divisor and unit for an axis of ``metric`` reaching ``high`` [base unit]."""
    if metric == "per_query_wh":
        return 1.0, "Wh"
    kind = {
        "energy_kwh": "energy_kwh",
        "co2e_t": "t_co2e",
        "water_m3": "m3",
        "cost_eur": "eur",
        "power_mw": "mw",
    }.get(metric, "count")
    return unit_scale(kind, high)
