"""What a KPI card or a chart means: the formula in words and the sources behind it.

The wording follows ``docs/methodology.md`` (sections named in each text); the sources are
those of the parameters the figure rests on (``resources/data/parameters.toml``), so they stay
true when a default gets a new source. :func:`install_tips` puts them on the KPI cards and the
chart titles of a window.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QWidget

from wattif.core import data, params

NOT_EVIDENCE = ("wattif-assumption",)
"""Source ids that are not cited in a tooltip (an assumption has its reasoning in the docs)."""
MAX_CITED = 4
"""Most citations in one tooltip."""

KPI_PARAMETERS: dict[str, tuple[str, ...]] = {
    "energy": ("queries_per_day", "demand_growth"),
    "per_query": ("bandwidth_efficiency", "pue"),
    "co2e": ("grid_gco2e_per_kwh", "grid_decarbonisation"),
    "water": ("wue_l_per_kwh",),
    "cost": ("electricity_price_eur_per_kwh",),
    "accelerators": ("fleet_utilisation", "accelerators_per_replica"),
    "power": ("host_power_fraction", "pue"),
    "households": ("household_kwh_per_year",),
}
"""The parameters whose sources a KPI card cites."""

CHART_PARAMETERS: dict[str, tuple[str, ...]] = {
    "EnergyChart": ("queries_per_day", "demand_growth", "horizon_year"),
    "PerQueryChart": ("bandwidth_efficiency", "pue"),
    "PublishedChart": (),
    "FleetChart": ("fleet_utilisation", "accelerators_per_replica"),
    "EnvironmentChart": ("grid_gco2e_per_kwh", "wue_l_per_kwh", "electricity_price_eur_per_kwh"),
    "WaterfallChart": ("rebound_elasticity",),
}
"""The parameters whose sources a chart cites (by the chart's class)."""

CHART_SOURCES: dict[str, tuple[str, ...]] = {
    "PublishedChart": (
        "openai-altman-2025",
        "google-gemini-2025",
        "epoch-chatgpt-2025",
        "devries-2023",
    ),
    "WaterfallChart": ("oviedo-2025",),
}
"""Sources a chart cites beyond its parameters' (the published figures it compares with)."""


def kpi_meaning(name: str) -> str:
    """The formula of a KPI card in words (methodology sections 2, 3, 7 and 9)."""
    return {
        "energy": QCoreApplication.translate(
            "explain",
            "Energy per query × queries in the year (growing by the demand growth, answering "
            "the rebound), plus other AI workloads and the training share; at the meter, "
            "cooling and facility (PUE) included. Methodology §7.",
        ),
        "per_query": QCoreApplication.translate(
            "explain",
            "Accelerators + host + idle capacity + cooling and facility (PUE) + network + "
            "device, from the time the model needs per token on the hardware at the batch that "
            "runs. Queries answered locally or from a cache use no data-centre energy. "
            "Methodology §2.",
        ),
        "co2e": QCoreApplication.translate(
            "explain",
            "(Energy − training) × grid carbon intensity of the year (falling by the "
            "decarbonisation rate; the clean-power measure) + training × the training grid. "
            "Methodology §7.",
        ),
        "water": QCoreApplication.translate(
            "explain",
            "Water used on site for cooling: IT energy (accelerators, host, idle capacity, "
            "training and other AI workloads without the PUE overhead) × WUE [L/kWh] ÷ 1000. "
            "Water used to generate the electricity is not included. Methodology §7.",
        ),
        "cost": QCoreApplication.translate(
            "explain", "Energy per year × electricity price. Methodology §7."
        ),
        "accelerators": QCoreApplication.translate(
            "explain",
            "The serving fleet for the average load: accelerator time per query × queries per "
            "second ÷ fleet utilisation, in whole replicas, plus the accelerators of other AI "
            "workloads. Methodology §3.",
        ),
        "power": QCoreApplication.translate(
            "explain",
            "Power the sites must supply at full load: accelerators × (TDP + host power) × PUE. "
            "Methodology §3.",
        ),
        "households": QCoreApplication.translate(
            "explain",
            "Energy per year ÷ the electricity one household uses in a year (German households: "
            "about 3,100 kWh). Methodology §9.",
        ),
    }.get(name, "")


def chart_meaning(chart_class: str) -> str:
    """What a chart shows and how it is computed, by the chart's class name."""
    return {
        "EnergyChart": QCoreApplication.translate(
            "explain",
            "Energy per year by component: energy per query × queries of the year, plus other "
            "AI workloads and the training share. Grey dashed: the baseline. Methodology §7.",
        ),
        "PerQueryChart": QCoreApplication.translate(
            "explain",
            "Energy of one query by component in the chosen year: accelerator time per token "
            "(memory and compute at the batch that runs) × power, plus host, idle capacity and "
            "cooling and facility (PUE). Methodology §2.",
        ),
        "PublishedChart": QCoreApplication.translate(
            "explain",
            "This scenario's energy per query next to published figures (OpenAI, Google, "
            "Epoch AI, de Vries); they differ in what they count. Methodology §8.",
        ),
        "FleetChart": QCoreApplication.translate(
            "explain",
            "Accelerators, provisioned power and racks per year: the fleet sized for the "
            "average load at the fleet utilisation, in whole replicas. Methodology §3.",
        ),
        "EnvironmentChart": QCoreApplication.translate(
            "explain",
            "CO₂e = energy × grid carbon intensity; water on site = IT energy × WUE; cost = "
            "energy × electricity price. Methodology §7.",
        ),
        "WaterfallChart": QCoreApplication.translate(
            "explain",
            "What each switched-on measure changes in the chosen year (energy, CO₂e or cost), one "
            "after the other from the scenario without measures at unchanged demand; then the "
            "demand response (rebound) they cause. Below: energy per query without ÷ with the "
            "measures, beside the published range of measures combined. Methodology §6, §8b.",
        ),
    }.get(chart_class, "")


def source_ids(keys: tuple[str, ...], extra: tuple[str, ...] = ()) -> list[str]:
    """Source ids of some parameters (and ``extra`` ones), without duplicates or assumptions."""
    ids = [*extra, *(sid for k in keys for sid in params.get(k).source)]
    return [sid for sid in dict.fromkeys(ids) if sid not in NOT_EVIDENCE]


def tooltip(title: str, meaning: str, ids: list[str]) -> str:
    """Rich-text tooltip: title, meaning, the first :data:`MAX_CITED` citations."""
    table = data.sources()
    cited = [html.escape(table[s]["citation"]) for s in ids[:MAX_CITED] if s in table]
    lines = [f"<b>{html.escape(title)}</b>", html.escape(meaning)]
    if cited:
        lines.append(
            f"<i>{html.escape(QCoreApplication.translate('explain', 'Sources'))}:</i> "
            + "; ".join(cited)
        )
    return "<p style='white-space:normal'>" + "<br>".join(x for x in lines if x) + "</p>"


def kpi_tooltip(name: str, title: str) -> str:
    return tooltip(title, kpi_meaning(name), source_ids(KPI_PARAMETERS.get(name, ())))


def chart_tooltip(chart_class: str, title: str) -> str:
    ids = source_ids(CHART_PARAMETERS.get(chart_class, ()), CHART_SOURCES.get(chart_class, ()))
    return tooltip(title, chart_meaning(chart_class), ids)


def install_tips(kpis: QWidget, charts: list) -> None:
    """Tooltips on the KPI cards (the whole card; the numbers keep their baseline tooltip) and
    on the chart titles."""
    for name in KPI_PARAMETERS:
        card = kpis.findChild(QFrame, f"kpi_{name}")
        if card is None:
            continue
        title = card.findChild(QWidget, "kpiTitle")
        card.setToolTip(kpi_tooltip(name, title.text() if title is not None else name))
    for chart in charts:
        cls = type(chart).__name__
        if not chart_meaning(cls):
            continue
        title = getattr(chart, "title", None)
        text = getattr(title, "text", "") or ""
        tip = chart_tooltip(cls, text)
        if title is not None and hasattr(title, "setToolTip"):
            title.setToolTip(tip)
        chart.setProperty("explainTip", tip)
