"""What matters most? A tornado chart of one output in one year, around the current scenario.

Each input with a plausible range moves alone to its low and its high end (all others held); the
bars show how far the chosen output moves, largest swing on top (``wattif.core.analyses.tornado``:
one batched evaluation in the worker process). Each bar names the input and, at its ends, the
input's low and high value with its unit; hovering shows the source, a click (or Enter on the
highlighted row) selects the input in the parameter panel. The chart follows every change.
Its context menu and Ctrl+C export it as every chart (:mod:`gui.tornado_canvas`); ``wattif-cli
charts`` draws it from a tornado computed in the batch (:meth:`TornadoView.set_result`).
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wattif.core import data, params
from wattif.core.analyses import Tornado

from . import analysis_jobs, style
from .analysis_jobs import values_of
from .analysis_service import AnalysisService
from .chart_base import locale_ticks
from .chart_items import Bars, Curve, label_font, text_item
from .chart_render import UNIT_SUFFIXES
from .formatting import fmt_compact, fmt_number, locale_for
from .metric_text import METRICS, axis_scale, fmt_metric, metric_label
from .scenario_model import ScenarioModel
from .tornado_canvas import PLOT_ROW, TornadoCanvas

KIND = "tornado"


def low_colour() -> str:
    """Bar colour of the output with the input at its low end (the theme's blue)."""
    return style.OKABE_ITO["blue"]


def high_colour() -> str:
    """Bar colour with the input at its high end (the theme's orange). The input's value is
    written at each end, so colour is never the only cue."""
    return style.OKABE_ITO["orange"]


DEFAULT_SHOWN = 10
LABEL_CHARS = 30
"""Input names longer than this are shortened on the axis (the full name is on hover)."""


def _number(key: str, value: float, lang: str) -> str:
    if params.get(key).kind == "int":
        return str(int(round(value)))
    text = fmt_compact(value, lang) if abs(value) >= 1e4 else fmt_number(value, lang)
    dec = locale_for(lang).decimalPoint()
    head, _, tail = text.partition(" ")
    if dec in head:  # 0.100 -> 0.1, 1.50 bn -> 1.5 bn
        head = head.rstrip("0").rstrip(dec)
    return f"{head} {tail}".strip()


def _unit(key: str, lang: str) -> str:
    p = params.get(key)
    return "" if p.kind == "int" and p.unit in ("year", "") else p.unit_label(lang)


def fmt_input(key: str, value: float, lang: str = "en") -> str:
    """An input's value with its unit: ``0.1 1/yr``, ``2.5 bn queries/day``, ``2030``."""
    return f"{_number(key, value, lang)} {_unit(key, lang)}".strip()


def fmt_input_range(key: str, low: float, high: float, lang: str = "en") -> str:
    """``0.1 – 0.5 1/yr``: an input's low and high value, the unit once."""
    return f"{_number(key, low, lang)} – {_number(key, high, lang)} {_unit(key, lang)}".strip()


def _short(text: str, chars: int = LABEL_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


class TornadoView(QWidget):
    """Tornado chart with its choices (output, year, how many inputs) and a details line.

    Signals
    -------
    parameter_chosen(str)
        The user clicked a bar (or pressed Enter on it): select this input in the panel.
    drawn()
        New bars are on screen (tests, benchmarks).
    """

    parameter_chosen = Signal(str)
    drawn = Signal()

    def __init__(
        self,
        model: ScenarioModel,
        service: AnalysisService | None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        """``service``: the worker that computes the tornado; None: it is given (set_result)."""
        super().__init__(parent)
        self.setObjectName("tornadoView")
        self.model = model
        self._service = service
        self._lang = lang
        self._tornado: Tornado | None = None
        self._rows: list = []  # the bars drawn, top first
        self._highlight = -1
        self._stale = True
        self._asked: tuple | None = None
        self._x_range: tuple[float, float] | None = None
        self._scale = (1.0, "")
        self._ticks: list = []

        self.metric_box = QComboBox(self)
        self.metric_box.setObjectName("tornadoMetric")
        for metric in METRICS:
            self.metric_box.addItem(metric_label(metric), metric)
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("tornadoYear")
        self.count_box = QSpinBox(self)
        self.count_box.setObjectName("tornadoCount")
        self.count_box.setRange(3, 99)
        self.count_box.setValue(DEFAULT_SHOWN)
        self.count_box.setToolTip(self.tr("How many inputs the chart shows, largest swing first"))
        controls = QGridLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setHorizontalSpacing(6)
        for i, (text, box) in enumerate(
            (
                (self.tr("&Output:"), self.metric_box),
                (self.tr("&Year:"), self.year_box),
                (self.tr("&Inputs:"), self.count_box),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(box)
            row, col = (0, 0) if i == 0 else (1, 2 * i - 2)
            controls.addWidget(label, row, col)
            controls.addWidget(box, row, col + 1, 1, 3 if i == 0 else 1)
        controls.setColumnStretch(4, 1)

        self.legend = QLabel(self)
        self.legend.setObjectName("tornadoLegend")
        self.legend.setWordWrap(True)
        self._scenario_text = ""
        self._set_legend()

        self.canvas = TornadoCanvas(self)
        self.canvas.setAccessibleName(self.tr("Tornado chart"))
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(340, 220)  # room for the names and for the bars
        self.canvas.ci.layout.setContentsMargins(4, 4, 12, 4)
        self.plot = self.canvas.addPlot(row=PLOT_ROW, col=0)
        self._style_plot()

        self.details = QLabel(self)
        self.details.setObjectName("tornadoDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.setFocusProxy(self.metric_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(controls)
        layout.addWidget(self.legend)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.details)

        self._sync_years(initial=True)
        self.metric_box.currentIndexChanged.connect(self._choice_changed)
        self.year_box.currentIndexChanged.connect(self._choice_changed)
        self.count_box.valueChanged.connect(self._redraw)
        self.canvas.step.connect(self._step)
        self.canvas.choose.connect(self._choose_highlighted)
        self.canvas.scene().sigMouseMoved.connect(self._hover)
        self.canvas.scene().sigMouseClicked.connect(self._clicked)
        self.canvas.installEventFilter(self)
        if service is not None:
            service.finished.connect(self._finished)
            service.failed.connect(self._failed)
        model.results_changed.connect(self._scenario_changed)

    # ------------------------------------------------------------------ building
    def _style_plot(self) -> None:
        plot = self.plot
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.getViewBox().setDefaultPadding(0.0)
        font = label_font(0.9)
        for name in ("left", "bottom"):
            ax = plot.getAxis(name)
            ax.setStyle(tickFont=font, autoExpandTextSpace=True, maxTickLevel=1)
            ax.setPen(pg.mkPen(style.MUTED))
            ax.setTextPen(pg.mkPen(style.TEXT))
            ax.enableAutoSIPrefix(False)
            locale_ticks(ax, self._lang)  # 0,5 in German
            ax.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.highlight = Bars(
            x0=[0.0],
            width=[0.0],
            y=[0.0],
            height=0.92,
            brush=pg.mkBrush(style.HEADER_FOCUS),
            pen=None,
        )
        self.highlight.setZValue(-10)
        self.highlight.setVisible(False)
        self.low_bars = Bars(
            x0=[0.0], width=[0.0], y=[0.0], height=0.62, brush=pg.mkBrush(low_colour()), pen=None
        )
        self.high_bars = Bars(
            x0=[0.0], width=[0.0], y=[0.0], height=0.62, brush=pg.mkBrush(high_colour()), pen=None
        )
        self.base_line = Curve(pen=pg.mkPen(style.TEXT, width=1.5))
        self.base_line.setZValue(20)
        for item in (self.highlight, self.low_bars, self.high_bars, self.base_line):
            plot.addItem(item)
        self.empty_label = text_item("", style.MUTED, (0.5, 0.5))
        plot.addItem(self.empty_label)

    def theme_changed(self) -> None:
        """A new theme (``themes.refresh_widgets``; the chart's axes, background and line were
        re-coloured with every chart): the bars, the highlight, the key and the details."""
        self.low_bars.setOpts(brush=pg.mkBrush(low_colour()))
        self.high_bars.setOpts(brush=pg.mkBrush(high_colour()))
        self.highlight.setOpts(brush=pg.mkBrush(style.HEADER_FOCUS))
        self.canvas.setBackground(style.BACKGROUND)
        scenario, self._scenario_text = self._scenario_text, None
        self._set_legend(scenario)
        self._show_highlight()

    # ------------------------------------------------------------------ choices
    @property
    def metric(self) -> str:
        return str(self.metric_box.currentData())

    @property
    def year(self) -> int:
        data = self.year_box.currentData()
        return int(data) if data is not None else int(self.model.results.years[-1])

    def set_metric(self, metric: str) -> None:
        self.metric_box.setCurrentIndex(self.metric_box.findData(metric))

    def set_year(self, year: int) -> None:
        i = self.year_box.findData(int(year))
        if i >= 0:
            self.year_box.setCurrentIndex(i)

    def _sync_years(self, initial: bool = False) -> None:
        years = [int(y) for y in self.model.results.years]
        have = [self.year_box.itemData(i) for i in range(self.year_box.count())]
        if have == years:
            return
        keep = None if initial else self.year_box.currentData()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(str(y), y)
        i = self.year_box.findData(keep) if keep in years else len(years) - 1
        self.year_box.setCurrentIndex(i)
        self.year_box.blockSignals(False)

    def _choice_changed(self, *_: object) -> None:
        self._x_range = None  # another output or year: fit the axis afresh
        self._request()

    # ------------------------------------------------------------------ requests
    def _tag(self) -> tuple:
        s = self.model.scenario
        return (tuple(s[k] for k in s), self.metric, self.year)

    def _scenario_changed(self) -> None:
        self._sync_years()
        self._request()

    def _request(self) -> None:
        if self._service is None:
            return  # given, not computed here (set_result)
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        tag = self._tag()
        if tag == self._asked:
            return
        self._asked = tag
        values = values_of(self.model.scenario)
        self._service.request(KIND, analysis_jobs.tornado, values, self.metric, self.year, tag=tag)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._request()

    def _finished(self, kind: str, tag: tuple, result: Tornado, latest: bool) -> None:
        if kind != KIND or tag[1:] != (self.metric, self.year):
            return  # made for another output or year than the one chosen now
        self.set_result(result)

    def set_result(self, result: Tornado) -> None:
        """Draw ``result`` (``wattif.core.analyses.tornado`` of the model's scenario for the
        chosen output and year; the window's worker computes it, the batch itself)."""
        self._tornado = result
        self._redraw()

    def _failed(self, kind: str, tag: tuple, message: str, latest: bool) -> None:
        if kind == KIND and latest:
            self._tornado = None
            self._asked = None
            self._redraw()
            self.details.setText(html.escape(message))

    # ------------------------------------------------------------------ drawing
    def bars(self) -> list:
        """The bars on screen, top first (``TornadoBar`` of the core)."""
        return list(self._rows)

    def axis_labels(self) -> list[str]:
        """What is written beside each bar, top first (see :meth:`row_label`)."""
        return [self.row_label(b) for b in self._rows]

    def row_label(self, bar) -> str:
        """``Demand growth`` over ``0.1 – 0.5 1/yr``: the input and its low and high value."""
        low_high = fmt_input_range(bar.key, bar.low, bar.high, self._lang)
        return f"{_short(self._label(bar.key))}\n{_short(low_high)}"

    def _label(self, key: str) -> str:
        return params.get(key).label(self._lang)

    def _redraw(self, *_: object) -> None:
        t = self._tornado
        plot = self.plot
        moving = [b for b in t.bars if b.swing > 0] if t is not None else []
        rows = moving[: self.count_box.value()]
        self._rows = rows
        n = len(rows)
        metric = t.metric if t is not None else self.metric
        year = t.year if t is not None else self.year
        self.canvas.set_title(
            self.tr("What matters most: {0} in {1}").format(metric_label(metric), year)
        )
        if not rows:
            for item in (self.low_bars, self.high_bars, self.highlight, self.base_line):
                item.setVisible(False)
            self._set_legend("")
            self.empty_label.setText(
                self.tr("No input changes this output") if t is not None else self.tr("Computing…")
            )
            self.empty_label.setPos(0.5, 0.5)
            plot.setXRange(0, 1, padding=0)
            plot.setYRange(0, 1, padding=0)
            plot.getAxis("left").setTicks([[], []])
            self._ticks = []
            self.details.setText("")
            self.drawn.emit()
            return
        self.empty_label.setText("")
        base = t.base
        lows = np.array([b.at_low for b in rows])
        highs = np.array([b.at_high for b in rows])
        lo = float(min(lows.min(), highs.min(), base))
        hi = float(max(lows.max(), highs.max(), base))
        self._fit_x(metric, lo, hi)
        f = self._scale[0]
        ys = np.arange(n, 0, -1, dtype=float)
        # both ends on the same side of the scenario: the two bars share the row, one above
        # the other, so that neither hides the other
        same = np.sign(lows - base) * np.sign(highs - base) > 0
        height = np.where(same, 0.31, 0.62)
        shift = np.where(same, 0.16, 0.0)
        for item in (self.low_bars, self.high_bars, self.base_line):
            item.setVisible(True)
        self.low_bars.setOpts(
            x0=np.minimum(lows, base) / f,
            width=np.abs(lows - base) / f,
            y=ys + shift,
            height=height,
        )
        self.high_bars.setOpts(
            x0=np.minimum(highs, base) / f,
            width=np.abs(highs - base) / f,
            y=ys - shift,
            height=height,
        )
        self.base_line.setData([base / f, base / f], [0.3, n + 0.7])
        self._set_legend(self.tr("scenario {0}").format(fmt_metric(metric, base, self._lang)))
        plot.setYRange(0.35, n + 0.65, padding=0)
        # each row: the input's name and, under it, its low and high value with the unit
        ticks = [(float(y), self.row_label(b)) for y, b in zip(ys, rows, strict=True)]
        if ticks != self._ticks:  # new tick texts re-lay the axis out: only when they change
            self._ticks = ticks
            plot.getAxis("left").setTicks([ticks, []])
        unit = self._scale[1]
        text = f"{metric_label(metric)} {year}"
        text = f"{text} [{unit}]" if unit else text
        if plot.getAxis("bottom").labelText != text:
            plot.setLabel("bottom", text, **{"font-size": "9pt", "color": style.TEXT})
        if self._highlight >= n:
            self._highlight = n - 1
        self._show_highlight()
        self.drawn.emit()

    def scenario_text(self) -> str:
        """What the vertical line stands for: ``scenario 713 GWh``."""
        return self._scenario_text

    def _set_legend(self, scenario: str = "") -> None:
        """The key above the chart: the bars' colours and the scenario's line with its value."""
        if scenario == self._scenario_text and self.legend.text():
            return
        self._scenario_text = scenario
        self.legend.setText(self.key_html())

    def key_html(self) -> str:
        """The key (rich text): the bars' colours and the scenario's line with its value."""
        scenario = self._scenario_text
        parts = [
            f"<span style='color:{low_colour()}'>■</span> "
            + html.escape(self.tr("input at its low end")),
            f"<span style='color:{high_colour()}'>■</span> "
            + html.escape(self.tr("input at its high end")),
        ]
        if scenario:
            parts.append("<b>│</b>&nbsp;" + html.escape(scenario).replace(" ", "&nbsp;"))
        others = html.escape(self.tr("(all other inputs as in the scenario)"))
        return " &nbsp; ".join(parts) + f"<br><span style='color:{style.MUTED}'>{others}</span>"

    def series(self) -> dict[str, np.ndarray]:
        """The bars drawn, top first, for the exports: each input's key, name, low and high
        value with its unit, the output with the input at each end and the swing (their names
        end in the output's unit: ``swing_kwh``), and the scenario's value (one number)."""
        t = self._tornado
        rows = self._rows
        if t is None or not rows:
            return {}
        unit = next((s for s, _ in UNIT_SUFFIXES if t.metric.endswith(s)), "")
        lang = self._lang
        return {
            "input": np.array([b.key for b in rows]),
            "label": np.array([self._label(b.key) for b in rows]),
            "low": np.array([b.low for b in rows], dtype=float),
            "high": np.array([b.high for b in rows], dtype=float),
            "unit": np.array([_unit(b.key, lang) for b in rows]),
            f"result_at_low{unit}": np.array([b.at_low for b in rows], dtype=float),
            f"result_at_high{unit}": np.array([b.at_high for b in rows], dtype=float),
            f"swing{unit}": np.array([b.swing for b in rows], dtype=float),
            f"scenario{unit}": np.array([t.base], dtype=float),
        }

    def _fit_x(self, metric: str, lo: float, hi: float) -> None:
        """A stable x range: kept while the bars stay inside and use at least half of it."""
        span = max(hi - lo, abs(hi) * 1e-6, 1e-12)
        current = self._x_range
        if current is not None:
            c_lo, c_hi = current
            inside = lo >= c_lo and hi <= c_hi
            if inside and span >= 0.5 * (c_hi - c_lo) / 1.7:
                return
        pad = 0.08 * span
        new_lo, new_hi = lo - pad, hi + pad
        if lo >= 0 and new_lo < 0:
            new_lo = min(0.0, lo - pad)
        self._x_range = (new_lo, new_hi)
        self._scale = axis_scale(metric, max(abs(new_lo), abs(new_hi)))
        f = self._scale[0]
        self.plot.setXRange(new_lo / f, new_hi / f, padding=0)

    # ------------------------------------------------------------------ interaction
    def _row_at(self, scene_pos) -> int:
        if not self._rows or not self.plot.sceneBoundingRect().contains(scene_pos):
            return -1
        y = self.plot.getViewBox().mapSceneToView(scene_pos).y()
        n = len(self._rows)
        i = int(round(n - y))
        return i if 0 <= i < n and abs((n - i) - y) <= 0.5 else -1

    def _hover(self, scene_pos) -> None:
        i = self._row_at(scene_pos)
        if i >= 0:
            self._highlight = i
            self._show_highlight()
        tip = self._details_html(i) if i >= 0 else ""
        if self.canvas.toolTip() != tip:
            self.canvas.setToolTip(tip)

    def _clicked(self, event) -> None:
        i = self._row_at(event.scenePos())
        if i >= 0:
            self._highlight = i
            self._show_highlight()
            self.parameter_chosen.emit(self._rows[i].key)

    def _step(self, delta: int) -> None:
        if not self._rows:
            return
        start = self._highlight if self._highlight >= 0 else (-1 if delta > 0 else 0)
        self._highlight = int(np.clip(start + delta, 0, len(self._rows) - 1))
        self._show_highlight()

    def _choose_highlighted(self) -> None:
        if 0 <= self._highlight < len(self._rows):
            self.parameter_chosen.emit(self._rows[self._highlight].key)

    def highlighted(self) -> str | None:
        """The input of the highlighted row (keyboard or pointer), or None."""
        if 0 <= self._highlight < len(self._rows):
            return self._rows[self._highlight].key
        return None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.canvas and event.type() == QEvent.Type.FocusIn:
            if self._highlight < 0 and self._rows:
                self._highlight = 0
                self._show_highlight()
        return False

    def _show_highlight(self) -> None:
        i = self._highlight
        n = len(self._rows)
        if not 0 <= i < n or self._x_range is None:
            self.highlight.setVisible(False)
            self.details.setText("")
            return
        f = self._scale[0]
        lo, hi = self._x_range
        self.highlight.setOpts(x0=[lo / f], width=[(hi - lo) / f], y=[float(n - i)], height=0.96)
        self.highlight.setVisible(True)
        self.details.setText(self._details_html(i))

    def _details_html(self, i: int) -> str:
        b = self._rows[i]
        t = self._tornado
        p = params.get(b.key)
        lang = self._lang
        lines = [
            f"<b>{html.escape(p.label(lang))}</b>: "
            + html.escape(
                self.tr("{0} to {1} gives {2} to {3}").format(
                    fmt_input(b.key, b.low, lang),
                    fmt_input(b.key, b.high, lang),
                    fmt_metric(t.metric, b.at_low, lang),
                    fmt_metric(t.metric, b.at_high, lang),
                )
            )
        ]
        if p.source:
            table = data.sources()
            cites = "; ".join(
                html.escape(table[s]["citation"] if s in table else s) for s in p.source
            )
            source = html.escape(self.tr("Source"))
            lines.append(f"<i>{source}:</i> {cites}")
        lines.append(
            f"<span style='color:{style.MUTED}'>"
            + html.escape(self.tr("Click or press Enter to select it in the parameter panel"))
            + "</span>"
        )
        return "<br>".join(lines)
