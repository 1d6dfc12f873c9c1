"""Chart 6: what each measure changes, as a waterfall: baseline → other changes → each enabled
measure → the demand response (rebound) → scenario, in energy, CO2e or cost."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFontMetrics
from PySide6.QtWidgets import QComboBox, QWidget

from wattif.core import data
from wattif.core.analyses import metric_series
from wattif.core.measures import measures

from . import style
from .chart_base import ChartBase, StableRange, unit_scale
from .chart_items import TEXT_MARGIN, Bars, Curve, keep_drawing, label_font, text_item
from .formatting import (
    RESULT_DIGITS,
    decimals_for,
    fmt_energy_kwh,
    fmt_number,
    locale_for,
)
from .scenario_model import ScenarioModel

MAX_ROWS = 2 + 1 + 8 + 1
"""Baseline, other changes, up to eight measures, the demand response, scenario."""

METRICS = ("energy_kwh", "co2e_t", "cost_eur")
"""What the waterfall can show: each measure where it acts (clean power saves CO2e, not kWh)."""

_AXIS_KIND = {"energy_kwh": "energy_kwh", "co2e_t": "t_co2e", "cost_eur": "eur"}
"""The unit family of each metric (``chart_base.unit_scale``)."""

ZERO_REL = 1e-9
"""A step smaller than this share of the largest bar reads ±0 (rounding, not an effect)."""

LABEL_GAP = 0.01
"""Space between a bar's end and its value label [share of the axis]."""
LABEL_PAD_PX = 12
"""A label's margins around its text [px]."""
METRIC_BOX_GAP_PX = 8
"""Space between the title and the metric box [px]."""
MARK_ROOM_PX = 7.0
"""Half another scenario's symbol and a little room: the scenario's value keeps this clear of
it [px]."""
MAX_LABEL_SHARE = 0.6
"""Labels wider than this share of a very narrow plot are allowed to overflow."""

SHORT_MEASURE_LABELS = {
    "right_size": ("Right-size", "Passende Modelle"),
    "quantise": ("Lower precision", "Quantisierung"),  # "Präzision" alone read as more of it
    "serving": ("Serving", "Serving"),
    "modernise": ("Modernise DC", "RZ modernisieren"),
    "placement": ("Placement", "Verteilung"),
    "ai_pc": ("AI PCs", "KI-PCs"),
    "reasoning": ("Less reasoning", "Weniger Reasoning"),
    "clean_power": ("Clean power", "Sauberer Strom"),
}
"""Measure names short enough for the rows of a narrow chart (the panel has the full names)."""

PUBLISHED = "combined_measures"
"""The published range shown under the waterfall (in ``published_ranges.toml``)."""


class WaterfallChart(ChartBase):
    """The chosen metric in the chosen year: the baseline bar (grey, dashed), the effect of other
    parameter changes, one floating bar per enabled measure (applied one after the other at
    unchanged demand, ``savings_all``), the demand response to cheaper queries (rebound), and
    the scenario bar. Savings point left in blue, increases right in vermillion and say so; each
    bar carries its signed value, so colour is never the only cue. Under the chart: the energy
    per query with all measures against the published range of the measures combined."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, parent)
        self.title.setText(self.tr("Effect of measures"))
        self.setObjectName("waterfallChart")
        self._lang = lang
        # not "metric": that name would override QPaintDevice.metric() for Qt (a crash on grab)
        self.wf_metric = "energy_kwh"
        self.plot = self.new_plot(1, 0)
        self.plot.showGrid(x=False, y=False)
        self._labels = {
            m.id: SHORT_MEASURE_LABELS.get(m.id, (m.label("en"), m.label("de")))[lang == "de"]
            for m in measures()
        }
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
        self.base_bar.keep_pen_width = True  # thin dashes in front of a room too
        keep_drawing(self.base_bar)  # still while a slider moves
        for item in (self.connectors, self.base_bar, self.step_bars, self.scen_bar):
            self.plot.addItem(item)
        self.value_labels = []
        for _ in range(MAX_ROWS):
            t = text_item("", style.TEXT, (0.0, 0.5))
            t.setZValue(20)
            self.plot.addItem(t)
            self.value_labels.append(t)
        self.hint = text_item(
            self.tr("Switch on measures in the panel to see what each one changes"),
            style.MUTED,
            (0.5, 0.5),
        )
        self.hint.setZValue(30)
        self._hint_text = self.hint.text()
        self._hint_width = 0
        self.plot.addItem(self.hint)
        # the published range of the measures combined, one line under the plot
        # a first text sizes the row (later texts replace it without a re-layout)
        self.published = self.addLabel(" ", row=2, col=0, size="8pt", color=style.MUTED)
        self.published.item.setFont(label_font(0.85))
        self.published.item.setDefaultTextColor(pg.mkColor(style.MUTED))
        self._published_text = ""
        self._published_short = ""
        self._fitted_width = -1.0
        self._range = StableRange(headroom=1.1)  # the labels get their room explicitly
        self._scale: tuple[float, str] | None = None
        self._shape: tuple | None = None
        self._drawn: dict[str, np.ndarray] = {}

        self.metric_box = QComboBox(self)
        self.metric_box.setObjectName("waterfallMetric")
        for metric, text in (
            ("energy_kwh", self.tr("Energy")),
            ("co2e_t", self.tr("CO₂e")),
            ("cost_eur", self.tr("Cost")),
        ):
            self.metric_box.addItem(text, metric)
        self.metric_box.setToolTip(self.tr("Show the measures' effect on energy, CO₂e or cost"))
        self.metric_box.setAccessibleName(self.tr("Waterfall metric"))
        self.metric_box.currentIndexChanged.connect(
            lambda i: self.set_metric(self.metric_box.itemData(i))
        )
        self._place_metric_box()
        self.plot.getViewBox().sigResized.connect(lambda *_: self._on_resized())

    # ------------------------------------------------------------------ metric
    def set_metric(self, metric: str) -> None:
        """Show ``metric`` (one of :data:`METRICS`)."""
        if metric not in METRICS:
            raise ValueError(f"unknown waterfall metric '{metric}'; one of {', '.join(METRICS)}")
        if metric == self.wf_metric:
            return
        self.wf_metric = metric
        i = self.metric_box.findData(metric)
        if i != self.metric_box.currentIndex():
            self.metric_box.setCurrentIndex(i)
        self._reset = True
        self._scale = None
        self._on_change()

    def fmt_value(self, value: float) -> str:
        """A value of the shown metric with its own unit (``349 GWh``, ``12.3 kt CO₂e``)."""
        if self.wf_metric == "energy_kwh":
            return fmt_energy_kwh(value, self._lang)
        f, unit = unit_scale(_AXIS_KIND[self.wf_metric], abs(value))
        return f"{fmt_number(value / f, self._lang)} {unit}"

    def _metric_title(self) -> str:
        return {
            "energy_kwh": self.tr("Energy"),
            "co2e_t": self.tr("CO₂e"),
            "cost_eur": self.tr("Cost"),
        }[self.wf_metric]

    def title_reserve_px(self) -> int:
        """The metric box sits at the right of the title row: the title keeps clear of it."""
        box = getattr(self, "metric_box", None)
        return 0 if box is None else box.width() + METRIC_BOX_GAP_PX

    def _place_metric_box(self) -> None:
        hint = self.metric_box.sizeHint()
        self.metric_box.resize(hint)
        self.metric_box.move(max(0, self.width() - hint.width() - 6), 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if hasattr(self, "metric_box"):  # pyqtgraph resizes once inside the base constructor
            self._place_metric_box()

    def _on_resized(self) -> None:
        if self.hint.isVisible():
            self._wrap_hint()
        self._show_published(self._published_text)
        width = self.plot.getViewBox().width()
        if width != self._fitted_width:  # the value labels need their room again
            self._fitted_width = width
            self._reset = True
            self._on_change()

    # ------------------------------------------------------------------ drawing
    def refresh(self, reset: bool) -> None:
        m = self.model
        metric = self.wf_metric
        wf = m.waterfall(metric)
        base = m.baseline_value(metric_series(m.baseline_results, metric))
        names = [self.tr("Baseline")]
        starts, ends = [0.0], [base]
        other = wf.start - base
        if abs(other) > ZERO_REL * max(abs(base), 1.0):
            names.append(self.tr("Other changes"))
            starts.append(base)
            ends.append(wf.start)
        level = wf.start
        for mid, step in zip(wf.ids, wf.steps, strict=True):
            names.append(self._labels.get(mid, mid))
            starts.append(level)
            level += step
            ends.append(level)
        if wf.ids:  # savings are never shown without the demand's answer to them
            names.append(self.tr("Rebound"))  # demand the savings add (Jevons)
            starts.append(level)
            ends.append(level + wf.rebound)
        names.append(self.tr("Scenario"))
        starts.append(0.0)
        ends.append(wf.end)
        n = len(names)
        # with no measure on, a free row between baseline and scenario holds the hint
        rows = np.arange(n, 0, -1, dtype=float) if n > 2 else np.array([3.0, 1.0])
        top = float(rows[0])
        biggest = max(abs(v) for v in (*starts, *ends)) or 1.0
        kind = _AXIS_KIND[metric]
        texts = self._value_texts(starts, ends, biggest)
        for i, t in enumerate(self.value_labels):
            t.setVisible(i < n)
            if i < n:
                t.setText(texts[i])
        # each value right of its bar; the scenario's also right of the other scenarios'
        # symbols (in the gap above its bar: large type reaches up to them)
        at = [max(a, b) for a, b in zip(starts, ends, strict=True)]
        at[-1] = self._clear_of_marks(at[-1], self.value_labels[n - 1])
        hi = max(max(starts), max(ends), *self.compare_values(metric))
        lo = min(0.0, min(ends))
        hi = max(hi, self._room_for_labels(at, lo) / self._range.headroom)
        shape = (metric, *names)
        # the axis in the unit of the bars' labels (the largest bar's): "Energy [TWh]" under
        # labels in GWh read as a mistake (review at 1280 px, where the range has more room)
        unit = unit_scale(kind, max(abs(v) for v in (*starts, *ends)))
        if self._range.fit(lo, hi, reset or shape != self._shape) or self._scale != unit:
            self._scale = unit
            self.plot.setXRange(
                self._range.low / self._scale[0], self._range.high / self._scale[0], padding=0
            )
        f, unit = self._scale
        # every time (axis_label skips an unchanged title): the year changes without the range
        self.axis_label(
            self.plot,
            "bottom",
            self.tr("{0} in {1} [{2}]").format(self._metric_title(), m.year, unit),
        )
        if shape != self._shape:
            self._shape = shape
            self.plot.getAxis("left").setTicks(
                [[(y, t) for y, t in zip(rows, names, strict=True)], []]
            )
            self.plot.setYRange(0.4, top + 0.6, padding=0)
        s = np.array(starts) / f
        e = np.array(ends) / f
        # plain floats: an unchanged bar (the baseline's) is then recognised at once
        self.base_bar.setOpts(x0=[0.0], width=[float(e[0])], y=[float(rows[0])])
        self.scen_bar.setOpts(x0=[0.0], width=[float(e[-1])], y=[float(rows[-1])])
        mid_s, mid_e = s[1:-1], e[1:-1]
        brushes = self._step_brushes(
            tuple(
                style.INCREASE if b > a else style.OKABE_ITO["sky_blue"]
                for a, b in zip(mid_s, mid_e, strict=True)
            )
        )
        if brushes:
            # the brushes only when they change: the bars then move without their colours
            # being made again (and an unchanged step is recognised: brushes are not data)
            colours = {} if brushes is self.step_bars.opts["brushes"] else {"brushes": brushes}
            self.step_bars.setOpts(
                x0=np.minimum(mid_s, mid_e),
                width=np.abs(mid_e - mid_s),
                y=rows[1:-1],
                **colours,
            )
        else:  # pyqtgraph 0.14 cannot take empty brush lists (nor clears its old bars)
            self.step_bars.setOpts(x0=[], width=[], y=[])
        self.step_bars.setVisible(bool(brushes))
        xs, ys = [], []
        for i in range(n - 1):
            xs += [e[i], e[i]]
            ys += [rows[i] - 0.3, rows[i + 1] + 0.3]
        self.connectors.setData(xs, ys)
        self.connectors.setVisible(n > 2)  # nothing to connect; the hint sits in between
        for i in range(n):
            self.value_labels[i].setPos(at[i] / f + LABEL_GAP * (self._range.high / f), rows[i])
        # the hint only where there is nothing else to see: baseline and scenario, no bar between
        self.hint.setVisible(n == 2)
        if n == 2:
            self._wrap_hint()
            self.hint.setPos((self._range.low + self._range.high) / f / 2, (rows[0] + rows[-1]) / 2)
        self._show_published(self._published_line(bool(wf.ids)))
        self._drawn = {
            "names": np.array(names),
            "starts": np.array(starts),
            "ends": np.array(ends),
        }

    _brushes: tuple[tuple[str, ...], list[QBrush]] = ((), [])

    def _step_brushes(self, colours: tuple[str, ...]) -> list[QBrush]:
        """The steps' brushes, made again only when their colours change (not on every step)."""
        if colours != self._brushes[0]:
            self._brushes = (colours, [pg.mkBrush(c) for c in colours])
        return self._brushes[1]

    def _room_for_labels(self, at: list[float], low: float) -> float:
        """The upper end of the axis [metric unit] at which every value label fits beside its
        bar: label ``i`` at ``x_i`` with width ``w_i`` px in a plot ``W`` px wide needs
        ``high ≥ (x_i − low·w_i/W) / (1 − w_i/W)``."""
        width = self.plot.getViewBox().width()
        if width <= 0:
            return 0.0
        need = 0.0
        for i, x in enumerate(at):
            share = (self.value_labels[i].boundingRect().width() + LABEL_PAD_PX) / width
            share = min(share + LABEL_GAP, MAX_LABEL_SHARE)
            need = max(need, (x - low * share) / (1.0 - share))
        return need

    def _clear_of_marks(self, x: float, label) -> float:
        """Where [metric unit] the scenario's value label starts so that no other scenario's
        symbol sits under it: right of every symbol its box would cover (at the axis's current
        scale: the symbols are drawn at the scenario bar's end, the label a gap right of it)."""
        if self.compare is None or not self.compare.compared():
            return x
        vb = self.plot.getViewBox()
        if self._range.high is None or vb.width() <= 0:
            return x  # not laid out yet: placed again on the first resize
        span = self._range.high - self._range.low
        if span <= 0:
            return x
        per_px = span / vb.width()
        width = label.boundingRect().width() + 2 * TEXT_MARGIN
        marks = sorted(
            float(metric_series(c.results, self.wf_metric)[self.compare.year_index(c.results)])
            for c in self.compare.compared()
        )
        room = MARK_ROOM_PX * per_px
        for mark in marks:
            left = x + LABEL_GAP * self._range.high
            if mark + room > left and mark - room < left + width * per_px:
                x = mark + room
        return x

    def _value_texts(self, starts: list[float], ends: list[float], biggest: float) -> list[str]:
        """The bars' values as a reader adds them up: all in one unit and to one last digit,
        chosen from the largest bar (three significant digits), and the steps rounded so that
        they add up to the rounded difference between the first and the last bar (the largest
        remainders take the last digit): each step is within one unit of the last digit of
        its value, and a step that rounds to 0 reads ``<1`` unit."""
        n = len(starts)
        f, unit = unit_scale(_AXIS_KIND[self.wf_metric], biggest)
        decimals = decimals_for(biggest / f, RESULT_DIGITS)
        q = f * 10.0**-decimals  # one unit of the last digit [metric unit]
        locale = locale_for(self._lang)

        def number(units: int) -> str:
            return locale.toString(float(abs(units) * 10.0**-decimals), "f", decimals)

        first, last = round(ends[0] / q), round(ends[-1] / q)
        deltas = [(ends[i] - starts[i]) / q for i in range(1, n - 1)]
        zero = [abs(d) * q <= ZERO_REL * biggest for d in deltas]
        steps = [math.floor(d) if not z else 0 for d, z in zip(deltas, zero, strict=True)]
        short = last - first - sum(steps)  # units the floors left over (or took too many)
        order = sorted(
            (i for i in range(len(deltas)) if not zero[i]),
            key=lambda i: deltas[i] - steps[i],
            reverse=short > 0,
        )
        for i in order[: abs(short)]:
            steps[i] += 1 if short > 0 else -1
        texts = [f"{number(first)} {unit}".strip()]
        for d, k, z in zip(deltas, steps, zero, strict=True):
            if z:
                texts.append("±0")
                continue
            amount = number(k) if k else "<" + number(1)
            # an increase says so (▲, as on the KPI cards): not a saving
            texts.append(("▲ +" if d > 0 else "▼ −") + f"{amount} {unit}".strip())
        texts.append(f"{number(last)} {unit}".strip())
        return texts

    # ------------------------------------------------------------------ published range
    def _published_line(self, any_on: bool) -> str:
        """Energy per query, measures off ÷ all enabled measures on (at unchanged demand), and
        where it sits against the published range of the measures combined."""
        if not any_on:
            return ""
        ref = data.published_ranges()[PUBLISHED]
        pq = self.model.waterfall(ref["metric"])
        if not (pq.before_rebound > 0 and math.isfinite(pq.start)):
            return ""
        factor = pq.start / pq.before_rebound
        low, high = self._factor(ref["low"]), self._factor(ref["high"])
        ratio = fmt_number(factor, self._lang, 2)
        self._published_short = self.tr("Measures ÷{0} · published ÷{1}–{2}").format(
            ratio, low, high
        )
        return self.tr("Measures: ÷{0} energy per query · published: ÷{1}–{2}").format(
            ratio, low, high
        )

    def _factor(self, value: float) -> str:
        """A published factor as printed (``8``, ``20``, ``1.5``)."""
        return f"{value:g}" if value == int(value) else fmt_number(value, self._lang, 2)

    def published_factor(self) -> float | None:
        """Energy per query with measures off ÷ with them on (None when no measure is on)."""
        pq = self.model.waterfall("per_query_wh")
        if not pq.ids or pq.before_rebound <= 0:
            return None
        return pq.start / pq.before_rebound

    def _show_published(self, text: str) -> None:
        self._published_text = text
        shown = text
        room = self.published.width() if self.published.width() > 0 else self.width()
        width = int(max(60, room - 2 * self.published.item.document().documentMargin() - 4))
        if text:
            fm = QFontMetrics(self.published.item.font())
            if fm.horizontalAdvance(text) > width:  # the short form: the two numbers only
                shown = fm.elidedText(self._published_short, Qt.TextElideMode.ElideRight, width)
        if self.published.text != shown:
            self.published.text = shown
            item = self.published.item
            item.setPlainText(shown)  # no re-layout of the chart: centre it by hand
            left = max(0.0, (self.published.width() - item.boundingRect().width()) / 2)
            item.setPos(left, item.pos().y())
        tip = ""
        if text:
            ref = data.published_ranges()[PUBLISHED]
            source = data.sources().get(ref["source"], {})
            tip = self.tr(
                "Energy per query in {0} with every measure switched off, divided by the same "
                "with the enabled measures on (demand unchanged). Published range of efficiency "
                "measures combined: ÷{1}–{2}.\nSource: {3}"
            ).format(
                self.model.year,
                self._factor(ref["low"]),
                self._factor(ref["high"]),
                source.get("citation", ref["source"]),
            )
        if self.published.toolTip() != tip:  # a new tooltip is an event to the item
            self.published.setToolTip(tip)

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
