"""Chart 4: published per-query figures on a log axis beside the scenario's own Wh per query."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wattif.core import data

from . import style
from .chart_base import TEXT_MARGIN, ChartBase, Curve, Marker, text_item
from .formatting import fmt_number
from .scenario_model import ScenarioModel

LOG_TICKS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
TOP_ROOM = 0.95
"""Least room above the top row [rows]; more when the plot is short (:meth:`_fit_top`)."""


def _log10(value: float) -> float:
    return math.log10(max(value, 1e-4))


class PublishedChart(ChartBase):
    """Dots on a log axis [Wh/query]: Google 0.24, Epoch 0.3, OpenAI 0.34, de Vries 2.9, a web
    search, the baseline (grey, dashed) and the scenario (colour), each labelled directly."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, parent)
        self.title.setText(self.tr("Published figures per query"))
        self.setObjectName("publishedChart")
        self._lang = lang
        self.plot = self.new_plot(1, 0)
        self.plot.showGrid(x=False, y=False)
        self.plot.hideAxis("left")
        self.axis_label(self.plot, "bottom", self.tr("Energy per query [Wh, log scale]"))
        cal = {r["id"]: float(r["value"]) for r in data.calibration()}
        self.published = [
            (self.tr("Google: Gemini median prompt (2025)"), cal.get("gemini-median", 0.24)),
            (self.tr("Epoch AI: GPT-4o estimate (2025)"), cal.get("epoch-gpt4o", 0.301)),
            (self.tr("OpenAI: average ChatGPT query (2025)"), cal.get("altman-avg", 0.34)),
            (self.tr("de Vries: ChatGPT request (2023)"), cal.get("devries-chatgpt", 2.9)),
        ]
        n = len(self.published) + 3
        self._rows = np.arange(n, 0, -1, dtype=float)
        self._top = n + TOP_ROOM
        self.plot.setYRange(0.3, self._top, padding=0)  # room for the top label above its row
        xs = [math.log10(v) for _, v in self.published]
        ys = self._rows[: len(self.published)]
        self.stems = Curve(pen=pg.mkPen(style.GRID, width=1.5), connect="pairs")
        self.dots = [Marker(11, style.TEXT) for _ in xs]
        self.plot.addItem(self.stems)
        for dot, x, y in zip(self.dots, xs, ys, strict=True):
            dot.setData([x], [y])
            self.plot.addItem(dot)
        self.labels: list[pg.TextItem] = []
        for (text, value), y in zip(self.published, ys, strict=True):
            self._label(f"{text}: {fmt_number(value, lang, 2)} Wh", y, style.TEXT)
        self.search_row = self._rows[len(self.published)]
        self.search_dot = Marker(11, style.BACKGROUND, pg.mkPen(style.TEXT, width=2))
        self.plot.addItem(self.search_dot)
        self.search_label = self._label("", self.search_row, style.TEXT)
        self.base_row, self.scen_row = self._rows[-2], self._rows[-1]
        self.base_line = Curve(pen=style.baseline_pen(2.5))
        self.base_dot = Marker(13, style.BACKGROUND, pg.mkPen(style.BASELINE, width=2.5))
        self.scen_line = Curve(pen=style.scenario_pen(style.SCENARIO, 3))
        self.scen_dot = Marker(15, style.SCENARIO)
        for item in (self.base_line, self.base_dot, self.scen_line, self.scen_dot):
            self.plot.addItem(item)
        self.band_layer.add_whisker(self.plot, "per_query_wh", style.SCENARIO)
        self.base_label = self._label("", self.base_row, style.MUTED)
        self.scen_label = self._label("", self.scen_row, style.SCENARIO, bold=True)
        self.marker = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(style.SCENARIO, width=1, style=Qt.PenStyle.DotLine)
        )
        self.plot.addItem(self.marker)
        self._lo, self._hi = -1.5, 1.0
        self._apply_range()
        self._drawn: dict[str, np.ndarray] = {}
        self.plot.getViewBox().sigResized.connect(self._fit_top)

    def _fit_top(self, *_: object) -> None:
        """Keep the top row's label inside the plot: labels keep their pixel size, so a short
        plot needs more room above the top row (in rows) than a tall one."""
        height = self.plot.getViewBox().height()
        label = self.labels[0]
        r = label.boundingRect()
        need = (r.height() + 2 * TEXT_MARGIN) * 1.4 - TEXT_MARGIN + 2  # anchor (0, 1.4) [px]
        n, bottom = float(self._rows[0]), 0.3
        if height <= need * 2:
            return
        k = need / height  # the room above row n is this share of the plot
        top = max(n + TOP_ROOM, (n - bottom * k) / (1 - k))
        if abs(top - self._top) > 1e-3:
            self._top = top
            self.plot.setYRange(bottom, top, padding=0)

    def _label(self, text: str, y: float, colour: str, bold: bool = False) -> pg.TextItem:
        # above its row's line, lifted clear of the dot: a dot near the left end sits on the line
        t = text_item(text, colour, (0.0, 1.4), bold=bold)
        t.setPos(0.0, y)
        t.setZValue(20)
        self.plot.addItem(t)
        self.labels.append(t)
        return t

    def _apply_range(self) -> None:
        self.plot.setXRange(self._lo, self._hi, padding=0)
        ticks = [
            (math.log10(v), fmt_number(v, self._lang, 1))
            for v in LOG_TICKS
            if self._lo <= math.log10(v) <= self._hi
        ]
        self.plot.getAxis("bottom").setTicks([ticks, []])

    def refresh(self, reset: bool) -> None:
        m = self.model
        wh = float(m.results.per_query_total_wh[m.year_index()])
        base = m.baseline_value(m.baseline_results.per_query_total_wh)
        search = float(np.asarray(m.results.google_search_wh))
        values = [v for _, v in self.published] + [wh, base, search]
        values += self.compare_values("per_query_wh")
        spread = self.band_layer.at_year("per_query_wh", m.year_index())
        if spread is not None:
            values += [spread[0], spread[-1]]
        lo = math.log10(max(min(values), 1e-4))
        hi = math.log10(max(max(values), 1e-4))
        # stable log range: whole-decade steps, widened with a margin for the labels
        new_lo = min(-1.5, math.floor(lo - 0.3)) if lo < self._lo + 0.1 or reset else self._lo
        new_hi = max(1.0, math.ceil(hi + 0.2)) if hi > self._hi - 0.15 or reset else self._hi
        if lo > new_lo + 1.5 and new_lo < -1.5:
            new_lo = max(-1.5, math.floor(lo - 0.3))
        if hi < new_hi - 1.5 and new_hi > 1.0:
            new_hi = max(1.0, math.ceil(hi + 0.2))
        if (new_lo, new_hi) != (self._lo, self._hi):
            self._lo, self._hi = new_lo, new_hi
            self._apply_range()
        left = self._lo
        stems = []
        for (_, v), y in zip(self.published, self._rows, strict=False):
            stems += [(left, y), (math.log10(v), y)]
        ls, lb, lw = (math.log10(max(x, 1e-4)) for x in (search, base, wh))
        stems += [(left, self.search_row), (ls, self.search_row)]
        arr = np.array(stems)
        self.stems.setData(arr[:, 0], arr[:, 1])
        self.search_dot.setData([ls], [self.search_row])
        self.search_label.setText(
            self.tr("A web search: {0} Wh").format(fmt_number(search, self._lang, 2))
        )
        self.base_line.setData([left, lb], [self.base_row] * 2)
        self.base_dot.setData([lb], [self.base_row])
        self.base_label.setText(
            self.tr("Baseline {0}: {1} Wh").format(m.year, fmt_number(base, self._lang))
        )
        self.scen_line.setData([left, lw], [self.scen_row] * 2)
        self.scen_dot.setData([lw], [self.scen_row])
        self.scen_label.setText(
            self.tr("This scenario {0}: {1} Wh").format(m.year, fmt_number(wh, self._lang))
        )
        self.band_layer.draw_whisker(
            "per_query_wh", m.year_index(), self.scen_row, _log10, (self._lo, self._hi)
        )
        self.marker.setValue(lw)
        for t in self.labels:
            t.setPos(left + 0.03, t.pos().y())
        self._drawn = {
            "scenario_wh": np.array([wh]),
            "baseline_wh": np.array([base]),
            "published_wh": np.array([v for _, v in self.published] + [search]),
        }

    def series(self) -> dict[str, np.ndarray]:
        return self._drawn
