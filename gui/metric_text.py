"""Names, units and number formats of the outputs the analyses target (bands, tornado, goal
seek): ``wattif.core.analyses.metric_names()``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .chart_base import unit_scale
from .formatting import (
    fmt_compact,
    fmt_count,
    fmt_energy_kwh,
    fmt_number,
    fmt_power_mw,
    fmt_volume_m3,
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


def fmt_metric(metric: str, value: float, lang: str = "en") -> str:
    """A value of ``metric`` with its unit, as the KPI strip writes it (``396 GWh``)."""
    if metric == "energy_kwh":
        return fmt_energy_kwh(value, lang)
    if metric == "per_query_wh":
        return f"{fmt_number(value, lang)} Wh"
    if metric == "co2e_t":
        if abs(value) >= 1e6:
            return f"{fmt_number(value / 1e6, lang)} Mt CO₂e"
        if abs(value) >= 1e4:
            return f"{fmt_number(value / 1e3, lang)} kt CO₂e"
        return f"{fmt_number(value, lang)} t CO₂e"
    if metric == "water_m3":
        return fmt_volume_m3(value, lang)
    if metric == "cost_eur":
        return (
            f"{fmt_compact(value, lang)} €" if abs(value) >= 1e5 else f"{fmt_count(value, lang)} €"
        )
    if metric == "power_mw":
        return fmt_power_mw(value, lang)
    return fmt_count(value, lang, 1e5)


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
