"""Chart 2: energy per query broken down by component, baseline against scenario."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wattif.core import COMPONENTS

from . import style
from .chart_base import ChartBase, StableRange, short_component_label
from .chart_items import Bars, keep_drawing, text_item
from .chart_scaling import fit_title
from .formatting import fmt_number
from .scenario_model import ScenarioModel

PER_QUERY_COMPONENTS = tuple(c for c in COMPONENTS if c != "other_ai")
"""Components that belong to a query (other AI workloads are not per query)."""


SYMBOL_ROOM_PX = 6.0
"""A value label starts this far right of another scenario's symbol in its row (half the
symbol and a little room; the label's own margin adds to it) [px]."""


class PerQueryChart(ChartBase):
    """Horizontal bars per component [Wh/query] in the chosen year: grey dashed baseline bar above
    the coloured scenario bar, each scenario bar labelled with its value."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, parent)
        self.title.setText(self.tr("Energy per query"))
        self.setObjectName("perQueryChart")
        self._lang = lang
        self.plot = self.new_plot(1, 0)
        self.plot.showGrid(x=False, y=False)
        n = len(PER_QUERY_COMPONENTS)
        self._rows = np.arange(n, 0, -1, dtype=float)  # first component on top
        self.plot.getAxis("left").setTicks(
            [
                [
                    (y, short_component_label(c, lang))
                    for y, c in zip(self._rows, PER_QUERY_COMPONENTS, strict=True)
                ],
                [],
            ]
        )
        self.plot.setYRange(0.4, n + 0.6, padding=0)
        zeros = np.zeros(n)
        self.baseline_bars = Bars(
            x0=zeros,
            width=zeros,
            y=self._rows + 0.19,
            height=0.34,
            brush=pg.mkBrush(style.with_alpha(style.BASELINE, 70)),
            pen=pg.mkPen(style.BASELINE, width=1.5, style=Qt.PenStyle.DashLine),
        )
        self.bars = Bars(
            x0=zeros,
            width=zeros,
            y=self._rows - 0.17,
            height=0.4,
            brushes=[pg.mkBrush(style.COMPONENT_COLOURS[c]) for c in PER_QUERY_COMPONENTS],
            pens=[pg.mkPen(style.COMPONENT_COLOURS[c]) for c in PER_QUERY_COMPONENTS],
        )
        self.baseline_bars.keep_pen_width = True  # thin dashes in front of a room too
        keep_drawing(self.baseline_bars)  # still while a slider moves
        self.plot.addItem(self.baseline_bars)
        self.plot.addItem(self.bars)
        self.value_labels = []
        for y, comp in zip(self._rows, PER_QUERY_COMPONENTS, strict=True):
            # in its bar's colour (the readable variant): right of the longer bar, a value in
            # black read as the grey baseline bar's (review)
            t = text_item("", style.line_colour(style.COMPONENT_COLOURS[comp]), (0.0, 0.5))
            t.setPos(0, y - 0.17)
            self.plot.addItem(t)
            self.value_labels.append(t)
        self._range = StableRange(headroom=1.3)
        self._drawn: dict[str, np.ndarray] = {}

    def data_key(self) -> tuple:
        m = self.model
        b = m.baseline_results
        bi = m.baseline_index()
        return (m.results.per_query_wh[m.year_index()], b.per_query_wh[bi])

    def refresh(self, reset: bool) -> None:
        m = self.model
        i = m.year_index()
        idx = [COMPONENTS.index(c) for c in PER_QUERY_COMPONENTS]
        values = m.results.per_query_wh[i, idx]
        bi = m.baseline_index()
        base = m.baseline_results.per_query_wh[bi, idx]
        hi = max([float(max(values.max(), base.max())), *self.compare_values("per_query_wh")])
        if self._range.fit(0.0, hi, reset):
            self.plot.setXRange(0.0, self._range.high, padding=0)
        self.bars.setOpts(width=values)
        self.baseline_bars.setOpts(width=base)
        # each value right of its row's longer bar: a label at the end of a short scenario bar
        # would reach up into the baseline's bar (always with presentation type)
        # ... and right of the other scenarios' symbols in its row (between the two bars)
        ends = np.maximum(values, base)
        vb = self.plot.getViewBox()
        px_x = vb.width() / self._range.high if self._range.high else 0.0
        if self.compare is not None and px_x > 0:
            for c in self.compare.compared():
                mark = c.results.per_query_wh[self.compare.year_index(c.results), idx]
                ends = np.maximum(ends, mark + SYMBOL_ROOM_PX / px_x)
        for t, v, x in zip(self.value_labels, values, ends, strict=True):
            t.setText(fmt_number(float(v), self._lang, 2) if v > 0 else "0")
            t.setPos(float(x), t.pos().y())
        total, base_total = float(values.sum()), float(base.sum())
        title = self.tr("Energy per query {0}: {1} Wh").format(
            m.year, fmt_number(total, self._lang)
        )
        if len(title) != len(self.title.text):
            self.set_title(title)
            fit_title(self)  # a longer value (0.0317 → 0.00317) may not fit the width
        else:
            self.set_title(title)
        self.axis_label(
            self.plot,
            "bottom",
            self.tr("Wh · baseline {0} Wh").format(fmt_number(base_total, self._lang)),
        )
        self._drawn = {
            "components": np.array(PER_QUERY_COMPONENTS),
            "scenario_wh": values.copy(),
            "baseline_wh": base.copy(),
        }

    def series(self) -> dict[str, np.ndarray]:
        return self._drawn
