"""Chart 4: published per-query figures on a log axis beside the scenario's own Wh per query."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from wattif.core import data

from . import style
from .chart_base import ChartBase
from .chart_items import TEXT_MARGIN, Curve, Label, Marker, keep_drawing, text_item
from .formatting import fmt_number
from .scenario_model import ScenarioModel

TICK_STEPS = ((1.0, 3.0), (1.0,))
"""Tick values within a decade, densest first: 1 and 3 (0.1, 0.3, 1, 3 …) while their labels
have room, else the decades only (then every other decade, and so on)."""
TICK_GAP_PX = 8.0
"""Least room between two tick labels [px]."""
LANE_GAP_PX = 10.0
"""Room between the column of values and the dots' lane [px]."""
LANE_SHARE = 0.45
"""The published figures' names drop their year when the dots' lane would get less than this
share of the plot's width."""
MIN_LANE_PX = 40.0
"""The dots' lane never gets narrower than this [px] (the names are clipped first)."""
VALUE_TEMPLATE = 0.0317
"""A value as wide as the widest the column usually shows (three significant digits)."""


def _log10(value: float) -> float:
    return math.log10(max(value, 1e-4))


class PublishedChart(ChartBase):
    """Dots on a log axis [Wh/query]: Google 0.24, Epoch 0.3, OpenAI 0.34, de Vries 2.9, a web
    search, the baseline (grey, dashed) and the scenario (colour).

    A dot plot with a table: each row's name in a left column, its value in a second column, the
    dots in a lane to the right of both. No text sits in the lane, so no dot, stem or the
    scenario's marker line ever crosses a text, at any size of type. The columns are measured
    when the layout changes (a resize, larger type, a new axis range, a value wider than its
    column), never on a plain slider step.
    """

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
        # short names (who, which service, when): the chart's tooltip cites the full sources
        self.published = [
            (self.tr("Google Gemini (2025)"), cal.get("gemini-median", 0.24)),
            (self.tr("Epoch AI GPT-4o (2025)"), cal.get("epoch-gpt4o", 0.301)),
            (self.tr("OpenAI ChatGPT (2025)"), cal.get("altman-avg", 0.34)),
            (self.tr("de Vries ChatGPT (2023)"), cal.get("devries-chatgpt", 2.9)),
        ]
        self._short_names = [  # without the year, where the chart is narrow
            self.tr("Google Gemini"),
            self.tr("Epoch AI GPT-4o"),
            self.tr("OpenAI ChatGPT"),
            self.tr("de Vries ChatGPT"),
        ]
        n = len(self.published) + 3
        self._rows = np.arange(n, 0, -1, dtype=float)
        self._rows_span = (0.5, n + 0.5)  # each row gets a full row of room
        self.plot.setYRange(*self._rows_span, padding=0)
        xs = [math.log10(v) for _, v in self.published]
        ys = self._rows[: len(self.published)]
        # the published figures, their stems and the baseline stay as they are while a slider
        # moves (and each step repaints the plot around the scenario's marker and line)
        self.stems = keep_drawing(Curve(pen=pg.mkPen(style.GRID, width=1.5), connect="pairs"))
        self.dots = [keep_drawing(Marker(11, style.TEXT)) for _ in xs]
        self.plot.addItem(self.stems)
        for dot, x, y in zip(self.dots, xs, ys, strict=True):
            dot.setData([x], [y])
            self.plot.addItem(dot)
        self.names: list[Label] = []
        self.values: list[Label] = []
        for (text, value), y in zip(self.published, ys, strict=True):
            self._row_labels(y, style.TEXT, text, fmt_number(value, lang, 2))
        self.search_row = self._rows[len(self.published)]
        self.search_dot = keep_drawing(Marker(11, style.BACKGROUND, pg.mkPen(style.TEXT, width=2)))
        self.plot.addItem(self.search_dot)
        self.search_name, self.search_label = self._row_labels(
            self.search_row, style.TEXT, self.tr("Web search")
        )
        self.base_row, self.scen_row = self._rows[-2], self._rows[-1]
        self.base_line = keep_drawing(Curve(pen=style.baseline_pen(2.5)))
        self.base_dot = keep_drawing(
            Marker(13, style.BACKGROUND, pg.mkPen(style.BASELINE, width=2.5))
        )
        self.scen_line = Curve(pen=style.scenario_pen(style.SCENARIO, 3))
        self.scen_dot = Marker(15, style.SCENARIO)
        for item in (self.base_line, self.base_dot, self.scen_line, self.scen_dot):
            self.plot.addItem(item)
        self.band_layer.add_whisker(self.plot, "per_query_wh", style.SCENARIO)
        self.base_name, self.base_label = self._row_labels(self.base_row, style.MUTED)
        scen = style.line_colour(style.SCENARIO)
        self.scen_name, self.scen_label = self._row_labels(self.scen_row, scen, bold=True)
        self.labels: list[Label] = self.names + self.values
        """Every text in the plot: the names (top row first), then the values."""
        # the scenario's value, dotted through every row (a curve of two points: pyqtgraph's
        # InfiniteLine measured the view afresh each time it moved, ~0.2 ms a slider step)
        self.marker = Curve(
            pen=pg.mkPen(style.SCENARIO, width=1, style=Qt.PenStyle.DotLine), antialias=False
        )
        self.plot.addItem(self.marker)
        self._lo, self._hi = -1.5, 1.0
        self._columns: tuple = ()
        self._value_room = 0.0  # [px]
        self._ticks: list[tuple[float, str]] = []
        self._apply_range()
        self._drawn: dict[str, np.ndarray] = {}
        self.plot.getViewBox().sigResized.connect(self._place_columns)

    def _row_labels(
        self, y: float, colour: str, name: str = "", value: str = "", bold: bool = False
    ) -> tuple[Label, Label]:
        """A row's name (left column) and value (second column, right-aligned)."""
        out = []
        for text, anchor, column in (
            (name, (0.0, 0.5), self.names),
            (value, (1.0, 0.5), self.values),
        ):
            t = text_item(text, colour, anchor, bold=bold)
            t.setPos(0.0, y)
            t.setZValue(20)
            self.plot.addItem(t)
            column.append(t)
            out.append(t)
        return out[0], out[1]

    # -- layout: the table on the left, the lane on the right ---------------------------------
    def _widths(self) -> tuple[float, float]:
        """Widest name and widest value [px]."""
        name = max(t.boundingRect().width() for t in self.names)
        value = max(t.boundingRect().width() for t in self.values)
        return name, value

    def _place_columns(self, *_: object, force: bool = False) -> None:
        """Set the x range so that the data [lo, hi] fill the lane right of the two columns,
        and put the columns' texts at their places (only when something they depend on
        changed)."""
        vb = self.plot.getViewBox()
        width = float(vb.width())
        name_w, value_w = self._widths()
        if value_w > self._value_room or force or not self._columns:
            template = fmt_number(VALUE_TEMPLATE, self._lang)
            metrics = QFontMetricsF(self.scen_label.font())
            self._value_room = max(value_w, metrics.horizontalAdvance(template))
        key = (width, name_w, self._value_room, self._lo, self._hi)
        if (key == self._columns and not force) or width <= 0:
            return
        m = TEXT_MARGIN
        extra = 4 * m + self._value_room + LANE_GAP_PX
        # a narrow chart: the published figures' names without their year, for the lane
        full = [t for t, _ in self.published]
        wide = [QFontMetricsF(self.names[0].font()).horizontalAdvance(t) for t in full]
        names = full if width - max(wide) - extra >= LANE_SHARE * width else self._short_names
        if [t.text() for t in self.names[: len(names)]] != names:
            for label, text in zip(self.names, names, strict=False):
                label.setText(text)
            name_w = self._widths()[0]
            key = (width, name_w, self._value_room, self._lo, self._hi)
        self._columns = key
        table = name_w + extra
        # right of the lane: room for the largest dot and half the last tick label
        axis = self.plot.getAxis("bottom")
        tick_font = QFontMetricsF(axis.style.get("tickFont") or axis.font())
        last = tick_font.horizontalAdvance(fmt_number(10.0**self._hi, self._lang, 1))
        right = max(self.scen_dot.rect().width() / 2 + 4, last / 2 + 2)
        lane = max(width - table - right, MIN_LANE_PX)
        per_px = (self._hi - self._lo) / lane
        x0 = self._lo - table * per_px
        self.plot.setXRange(x0, self._hi + right * per_px, padding=0)
        self._set_ticks(1.0 / per_px)
        value_x = x0 + (table - LANE_GAP_PX) * per_px
        for name, value in zip(self.names, self.values, strict=True):
            y = name.pos().y()
            name.setPos(x0, y)
            value.setPos(value_x, y)

    def scale_changed(self) -> None:
        """Larger or smaller type: the columns are measured again."""
        self._place_columns(force=True)
        super().scale_changed()

    def _apply_range(self) -> None:
        self._place_columns()

    def _set_ticks(self, px_per_decade: float) -> None:
        """Label the log axis as densely as its labels have room for (all in one font)."""
        axis = self.plot.getAxis("bottom")
        metrics = QFontMetricsF(axis.style.get("tickFont") or axis.font())
        lo, hi = math.ceil(self._lo - 1e-9), math.floor(self._hi + 1e-9)

        def ticks(steps: tuple[float, ...], every: int) -> list[tuple[float, str]]:
            out = []
            for exp in range(lo - 1, hi + 1):
                if (exp - lo) % every:
                    continue
                for step in steps:
                    x = exp + math.log10(step)
                    if self._lo - 1e-9 <= x <= self._hi + 1e-9:
                        out.append((x, fmt_number(10.0**x, self._lang, 1)))
            return out

        def fits(candidate: list[tuple[float, str]]) -> bool:
            for (xa, ta), (xb, tb) in itertools.pairwise(candidate):
                room = (xb - xa) * px_per_decade
                need = (metrics.horizontalAdvance(ta) + metrics.horizontalAdvance(tb)) / 2
                if room < need + TICK_GAP_PX:
                    return False
            return True

        options = [ticks(steps, 1) for steps in TICK_STEPS]
        options += [ticks((1.0,), every) for every in (2, 3, 4)]
        chosen = next((t for t in options if fits(t)), options[-1])
        if chosen != self._ticks:
            self._ticks = chosen
            axis.setTicks([chosen, []])

    # -- updating -------------------------------------------------------------------------------
    def data_key(self) -> tuple:
        m = self.model
        return (
            float(m.results.per_query_total_wh[m.year_index()]),
            m.baseline_value(m.baseline_results.per_query_total_wh),
        )

    def refresh(self, reset: bool) -> None:
        m = self.model
        lang = self._lang
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
        # stable log range: whole-decade steps, widened by a margin for the dots
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
        self.search_label.setText(fmt_number(search, lang, 2))
        self.base_line.setData([left, lb], [self.base_row] * 2)
        self.base_dot.setData([lb], [self.base_row])
        self.base_name.setText(self.tr("Baseline {0}").format(m.year))
        self.base_label.setText(fmt_number(base, lang))
        self.scen_line.setData([left, lw], [self.scen_row] * 2)
        self.scen_dot.setData([lw], [self.scen_row])
        self.scen_name.setText(self.tr("Scenario {0}").format(m.year))
        self.scen_label.setText(fmt_number(wh, lang))
        self._place_columns()  # returns at once unless a text outgrew its column
        self.band_layer.draw_whisker(
            "per_query_wh", m.year_index(), self.scen_row, _log10, (self._lo, self._hi)
        )
        self.marker.setData([lw, lw], self._rows_span)  # through every row
        self._drawn = {
            "scenario_wh": np.array([wh]),
            "baseline_wh": np.array([base]),
            "published_wh": np.array([v for _, v in self.published] + [search]),
        }

    def series(self) -> dict[str, np.ndarray]:
        return self._drawn
