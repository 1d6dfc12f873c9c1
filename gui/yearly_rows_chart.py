"""Charts of several yearly quantities in rows sharing the year axis (fleet, environment)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from . import style
from .chart_base import (
    ChartBase,
    Curve,
    StableRange,
    fmt_in_unit,
    text_item,
    unit_scale,
    year_ticks,
)
from .scenario_model import ScenarioModel

ROW_TICK_OVERFLOW_PX = 1
"""A row's tick label may reach this far past the row's top or bottom (rows are stacked)."""

BAND_METRICS = ("accelerators", "power_mw", "co2e_t", "water_m3", "cost_eur")
"""Rows with an uncertainty band (outputs of ``wattif.core.analyses.uncertainty_all``)."""


LABEL_TOP_SHARE = 0.62
"""A line ending above this share of its row's axis has its label below the end."""
LABEL_ROOM_SHARE = 0.2
"""About a label's height as a share of a row's axis: a baseline ending closer than this on the
label's side would run through the text."""


class YearlyRowsChart(ChartBase):
    """One small plot per quantity, stacked, years shared; baseline grey dashed, scenario solid.

    Subclasses pass ``rows``: (name, label, unit kind, colour, getter(results) -> (Y,) array).
    The latest value of the scenario is written at the right end of each row.
    """

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, parent)
        self._lang = lang
        title, rows = self.content()
        self.title.setText(title)
        self._rows = rows
        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, pg.PlotCurveItem] = {}
        self.base_curves: dict[str, pg.PlotCurveItem] = {}
        self.end_labels: dict[str, pg.TextItem] = {}
        self._ranges: dict[str, StableRange] = {}
        self._scales: dict[str, tuple[float, str]] = {}
        first = None
        for i, (name, label, _kind, colour, _get) in enumerate(rows):
            plot = self.new_plot(i + 1, 0)
            plot.getAxis("left").setWidth(48)
            # rows touch: a row's top value and the next row's 0 would print over each other
            plot.getAxis("left").setStyle(hideOverlappingLabels=ROW_TICK_OVERFLOW_PX)
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
            if i < len(rows) - 1:
                plot.getAxis("bottom").setStyle(showValues=False)
                plot.getAxis("bottom").setHeight(6)
            base = Curve(pen=style.baseline_pen(2.0))
            curve = Curve(pen=style.scenario_pen(style.line_colour(colour), 2.5))
            plot.addItem(curve)
            plot.addItem(base)
            if name in BAND_METRICS:
                self.band_layer.add_fill(plot, name, colour)
            text = text_item("", style.line_colour(colour), (1.0, 1.05), bold=True)
            text.setZValue(30)
            plot.addItem(text)
            name_item = text_item(label, style.TEXT, (0.0, 0.0))
            name_item.setZValue(30)
            plot.addItem(name_item)
            self.plots[name] = plot
            self.curves[name] = curve
            self.base_curves[name] = base
            self.end_labels[name] = text
            self._ranges[name] = StableRange()
            setattr(self, f"_name_{name}", name_item)
        self._years: tuple[int, int] | None = None
        self._drawn: dict[str, np.ndarray] = {}

    def content(self) -> tuple[str, list[tuple]]:  # pragma: no cover - abstract
        """Title and rows: (name, label, unit kind, colour, getter(results) -> (Y,) array)."""
        raise NotImplementedError

    def data_key(self) -> tuple:
        r, b = self.model.results, self.model.baseline_results
        rows = tuple(get(x) for *_, get in self._rows for x in (r, b))
        return (r.years, b.years, *rows)

    def refresh(self, reset: bool) -> None:
        m = self.model
        r, b = m.results, m.baseline_results
        years = r.years.astype(float)
        span = (int(years[0]), int(years[-1]))
        if span != self._years:
            self._years = span
            pad = max(0.35, 0.06 * (span[1] - span[0]))
            for plot in self.plots.values():
                plot.setXRange(span[0] - pad, span[1] + pad, padding=0)
                year_ticks(plot.getAxis("bottom"), *span)
            reset = True
        drawn = {"years": years}
        for name, _label, kind, _colour, get in self._rows:
            values = np.asarray(get(r), dtype=float)
            base = np.asarray(get(b), dtype=float)
            rng = self._ranges[name]
            plot = self.plots[name]
            band_high = self.band_layer.high(name) if name in BAND_METRICS else 0.0
            band_high = max([band_high, *self.compare_values(name)])
            if (
                rng.fit(0.0, max(float(max(values.max(), base.max())), band_high), reset)
                or name not in self._scales
            ):
                self._scales[name] = unit_scale(kind, rng.high)
                f, unit = self._scales[name]
                plot.setYRange(0.0, rng.high / f, padding=0)
                getattr(self, f"_name_{name}").setText(f"{_label} [{unit}]" if unit else _label)
            f, unit = self._scales[name]
            # every time: a new span (another preset) moves the start year, not only the range
            getattr(self, f"_name_{name}").setPos(span[0], rng.high / f)
            if name in BAND_METRICS:
                self.band_layer.draw(name, f, rng.high)
            self.curves[name].setData(years, values / f)
            self.base_curves[name].setData(b.years.astype(float), base / f)
            label = self.end_labels[name]
            end = float(values[-1])
            text = fmt_in_unit(kind, end, self._scales[name], self._lang)
            if kind == "count" and unit_scale(kind, end) != self._scales[name]:
                text = f"{text} {_label}"  # 338 on a "[thousand]" axis: "338 Racks", not 338 k
            label.setText(text)
            # near the top of its row the label goes below the line's end, inside the plot;
            # a baseline ending just beyond it on that side: past the baseline's end, so the
            # dashed line never runs through the text
            high = values[-1] > LABEL_TOP_SHARE * rng.high
            y = float(values[-1])
            if int(b.years[-1]) == int(years[-1]):
                gap = float(base[-1]) - y
                near = abs(gap) < LABEL_ROOM_SHARE * rng.high
                if near and (gap < 0 if high else gap > 0):
                    y = float(base[-1])
            label.setAnchor((1.0, -0.1) if high else (1.0, 1.05))
            label.setPos(years[-1], y / f)
            drawn[name] = values.copy()
            drawn[f"baseline_{name}"] = base.copy()
        self._drawn = drawn

    def series(self) -> dict[str, np.ndarray]:
        return self._drawn
