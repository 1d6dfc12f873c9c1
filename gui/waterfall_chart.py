"""Chart 6: savings by measure as a waterfall, baseline → each enabled measure → scenario."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from wattif.core import params
from wattif.core.measures import measures

from . import style
from .chart_base import Bars, ChartBase, Curve, StableRange, text_item, unit_scale
from .formatting import fmt_energy_kwh
from .scenario_model import ScenarioModel

MAX_ROWS = 2 + 1 + 8
"""Baseline, other changes, up to eight measures, scenario."""


class WaterfallChart(ChartBase):
    """Annual energy in the chosen year [kWh…TWh]: the baseline bar (grey, dashed), the effect of
    other parameter changes, one floating bar per enabled measure (applied one after the other,
    ``savings_by_measure``), and the scenario bar. Savings point left, increases right; each bar
    carries its signed value, so colour is never the only cue."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, parent)
        self.title.setText(self.tr("Savings by measure"))
        self.setObjectName("waterfallChart")
        self._lang = lang
        self.plot = self.new_plot(1, 0)
        self.plot.showGrid(x=False, y=False)
        self._labels = {m.id: params.get(m.on_key).label(lang) for m in measures()}
        zeros = np.zeros(MAX_ROWS)
        self.base_bar = Bars(
            x0=[0.0],
            width=[0.0],
            y=[0.0],
            height=0.55,
            brush=pg.mkBrush(style.with_alpha(style.BASELINE, 70)),
            pen=pg.mkPen(style.BASELINE, width=1.5, style=Qt.PenStyle.DashLine),
        )
        self.step_bars = Bars(
            x0=zeros,
            width=zeros,
            y=zeros,
            height=0.55,
            pen=pg.mkPen(None),
            brush=pg.mkBrush(style.BASELINE),
        )
        self.scen_bar = Bars(
            x0=[0.0],
            width=[0.0],
            y=[0.0],
            height=0.55,
            brush=pg.mkBrush(style.SCENARIO),
            pen=pg.mkPen(style.SCENARIO),
        )
        self.connectors = Curve(
            pen=pg.mkPen(style.MUTED, width=1, style=Qt.PenStyle.DotLine), connect="pairs"
        )
        for item in (self.connectors, self.base_bar, self.step_bars, self.scen_bar):
            self.plot.addItem(item)
        self.value_labels = []
        for _ in range(MAX_ROWS):
            t = text_item("", style.TEXT, (0.0, 0.5))
            t.setZValue(20)
            self.plot.addItem(t)
            self.value_labels.append(t)
        self.hint = text_item(
            self.tr("Switch on measures in the panel to see what each one saves"),
            style.MUTED,
            (0.5, 0.5),
        )
        self.hint.setZValue(30)
        self._hint_text = self.hint.text()
        self._hint_width = 0
        self.plot.addItem(self.hint)
        self.plot.getViewBox().sigResized.connect(
            lambda *_: self._wrap_hint() if self.hint.isVisible() else None
        )
        self._range = StableRange(headroom=1.45)
        self._scale: tuple[float, str] | None = None
        self._shape: tuple | None = None
        self._drawn: dict[str, np.ndarray] = {}

    def refresh(self, reset: bool) -> None:
        m = self.model
        wf = m.waterfall("energy_kwh")
        base = m.baseline_value(m.baseline_results.energy_total_kwh)
        names = [self.tr("Baseline")]
        starts, ends = [0.0], [base]
        other = wf.start - base
        if abs(other) > 1e-9 * max(abs(base), 1.0):
            names.append(self.tr("Other changes"))
            starts.append(base)
            ends.append(wf.start)
        level = wf.start
        for mid, step in zip(wf.ids, wf.steps, strict=True):
            names.append(self._labels.get(mid, mid))
            starts.append(level)
            level += step
            ends.append(level)
        names.append(self.tr("Scenario"))
        starts.append(0.0)
        ends.append(wf.end)
        n = len(names)
        rows = np.arange(n, 0, -1, dtype=float)
        hi = max(max(starts), max(ends), *self.compare_values("energy_kwh"))
        lo = min(0.0, min(ends))
        shape = tuple(names)
        if self._range.fit(lo, hi, reset or shape != self._shape) or self._scale is None:
            self._scale = unit_scale("energy_kwh", self._range.high)
            self.plot.setXRange(
                self._range.low / self._scale[0], self._range.high / self._scale[0], padding=0
            )
        f, unit = self._scale
        # every time (axis_label skips an unchanged title): the year changes without the range
        self.axis_label(self.plot, "bottom", self.tr("Energy in {0} [{1}]").format(m.year, unit))
        if shape != self._shape:
            self._shape = shape
            self.plot.getAxis("left").setTicks(
                [[(y, t) for y, t in zip(rows, names, strict=True)], []]
            )
            self.plot.setYRange(0.4, n + 0.6, padding=0)
        s = np.array(starts) / f
        e = np.array(ends) / f
        self.base_bar.setOpts(x0=[0.0], width=[e[0]], y=[rows[0]])
        self.scen_bar.setOpts(x0=[0.0], width=[e[-1]], y=[rows[-1]])
        mid_s, mid_e = s[1:-1], e[1:-1]
        brushes = [
            pg.mkBrush(style.INCREASE if b > a else style.OKABE_ITO["sky_blue"])
            for a, b in zip(mid_s, mid_e, strict=True)
        ]
        if brushes:
            self.step_bars.setOpts(
                x0=np.minimum(mid_s, mid_e),
                width=np.abs(mid_e - mid_s),
                y=rows[1:-1],
                brushes=brushes,
            )
        else:  # pyqtgraph 0.14 cannot take empty brush lists
            self.step_bars.setOpts(x0=[], width=[], y=[])
        xs, ys = [], []
        for i in range(n - 1):
            xs += [e[i], e[i]]
            ys += [rows[i] - 0.3, rows[i + 1] + 0.3]
        self.connectors.setData(xs, ys)
        for i, t in enumerate(self.value_labels):
            if i >= n:
                t.setVisible(False)
                continue
            t.setVisible(True)
            if i in (0, n - 1):
                text = fmt_energy_kwh(ends[i], self._lang)
            else:
                delta = ends[i] - starts[i]
                sign = "+" if delta > 0 else "−"
                text = sign + fmt_energy_kwh(abs(delta), self._lang)
            t.setText(text)
            t.setPos(max(s[i], e[i]) + 0.01 * (self._range.high / f), rows[i])
        # the hint only where there is nothing else to see: baseline and scenario, no bar between
        self.hint.setVisible(n == 2)
        if n == 2:
            self._wrap_hint()
            self.hint.setPos((self._range.low + self._range.high) / f / 2, (rows[0] + rows[-1]) / 2)
        self._drawn = {
            "names": np.array(names),
            "starts_kwh": np.array(starts),
            "ends_kwh": np.array(ends),
        }

    def _wrap_hint(self) -> None:
        """Wrap the hint to the plot's width so that it never runs past either side."""
        width = int(max(80.0, self.plot.getViewBox().width() - 16.0))
        if width == self._hint_width:
            return
        self._hint_width = width
        fm = QFontMetrics(self.hint.font())
        lines: list[str] = []
        for word in self._hint_text.split():
            if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        self.hint.setText("\n".join(lines))

    def series(self) -> dict[str, np.ndarray]:
        return self._drawn
