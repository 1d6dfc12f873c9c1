"""Charts of several yearly quantities in rows sharing the year axis (fleet, environment)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from . import style
from .chart_base import ChartBase, StableRange, fmt_in_unit, unit_scale, year_ticks
from .chart_items import TEXT_MARGIN, Curve, keep_drawing, text_item
from .label_placement import (
    LABEL_GAP_PX,
    PlotPixels,
    box_blocking,
    fall_back,
    free_top,
    label_box,
    line_span,
    lines_blocking,
    put_label,
    set_leader,
    stage,
)
from .scenario_model import ScenarioModel

ROW_TICK_OVERFLOW_PX = 1
"""A row's tick label may reach this far past the row's top or bottom (rows are stacked)."""

BAND_METRICS = ("accelerators", "power_mw", "co2e_t", "water_m3", "cost_eur")
"""Rows with an uncertainty band (outputs of ``wattif.core.analyses.uncertainty_all``)."""


END_GAP_PX = 3.0
"""Room between a line's end and its value [px]."""
COMPARE_PAD_PX = 2.0
"""Half the width of a compared scenario's line [px]."""
MAX_NAME_SHARE = 0.5
"""A row's name never takes more than this share of its height from the lines."""
MAX_END_SHARE = 0.7
"""A row's end value never takes more than this share of its height from the lines (a low
row in presentation type with other scenarios' lines: the value must still read)."""
LINE_HALF_PX = 2.5
"""About half the width of a row's lines, for the room they leave to labels [px]."""

LEFT_TRIES = 6
"""Places further left tried for an end value with no room at its line's end (when the axis
cannot grow), each :data:`LEFT_STEP_SHARE` of the label's width further."""
LEFT_STEP_SHARE = 0.5
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
            base = keep_drawing(Curve(pen=style.baseline_pen(2.0)))  # still while a slider moves
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
        self._lines = {}
        self._grown_from: dict[str, float] = {}  # row -> axis high a refit for its value left
        self._row_keys: dict[str, tuple] = {}  # what each row was last drawn from
        self._refit_due = False
        for plot in self.plots.values():
            plot.getViewBox().sigResized.connect(self._on_resized)

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
        redrawn: set[str] = set()
        bands_key = self.band_layer.key()
        compared_results = self.compare.compared() if self.compare is not None else []
        compared_ids = tuple(id(c.results) for c in compared_results)
        for name, _label, kind, _colour, get in self._rows:
            values = np.asarray(get(r), dtype=float)
            base = np.asarray(get(b), dtype=float)
            rng = self._ranges[name]
            plot = self.plots[name]
            band_high = self.band_layer.high(name) if name in BAND_METRICS else 0.0
            band_high = max([band_high, *self.compare_values(name)])
            # a row whose lines, band and compared scenarios are as last drawn keeps its axis,
            # its lines and its label's place (a CO2 step changes one row of three)
            row_key = (values.tobytes(), base.tobytes(), band_high, compared_ids, bands_key)
            if not reset and self._row_keys.get(name) == row_key and name in self._scales:
                drawn[name] = values.copy()
                drawn[f"baseline_{name}"] = base.copy()
                continue
            self._row_keys[name] = row_key
            redrawn.add(name)
            compared = [
                (c.results.years.astype(float), np.asarray(get(c.results), dtype=float))
                for c in compared_results
            ]
            lines = [(years, values), (b.years.astype(float), base), *compared]
            high = max(float(max(values.max(), base.max())), band_high)
            high = max(high, self._room_for_name(name, span[0], lines))
            changed = rng.fit(0.0, high, reset)
            if not self._end_fits(name, lines, rng.high):  # grow to leave the value a place
                changed = rng.fit(0.0, max(high, self._room_for_end(name, lines))) or changed
            if changed or name not in self._scales:
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
            stage(label, (1.0, -0.1) if high else (1.0, 1.05), years[-1], y / f)
            pads = (self.curves[name]._pen.widthF() / 2, self.base_curves[name]._pen.widthF() / 2)
            self._lines[name] = (
                [
                    (x, v / f, pads[min(i, 1)] if i < 2 else COMPARE_PAD_PX)
                    for i, (x, v) in enumerate(lines)
                ],
                bool(high),
            )
            drawn[name] = values.copy()
            drawn[f"baseline_{name}"] = base.copy()
        self._drawn = drawn
        self._place_labels(redrawn)

    def _room_for_name(self, name: str, first_year: float, lines: list) -> float:
        """The least upper end of the row's axis [base unit] that keeps every line under the
        row's name (top left): a line at ``m`` under a name ``h`` px tall in a row ``H`` px high
        needs ``high ≥ m / (1 − h/H)``."""
        px = PlotPixels(self.plots[name])
        label = getattr(self, f"_name_{name}")
        r = label.boundingRect()
        if not px.ok or not label.text():
            return 0.0
        share = min((r.height() + TEXT_MARGIN + LABEL_GAP_PX) / px.height, MAX_NAME_SHARE)
        right = first_year + (r.width() + 2 * TEXT_MARGIN + LABEL_GAP_PX) / px.sx
        top = max(line_span(x, np.asarray(y, dtype=float), first_year, right)[1] for x, y in lines)
        return max(top, 0.0) / (1.0 - share)

    def _on_resized(self, *_: object) -> None:
        """A row changed its height: the room for its name and end value is measured in pixels,
        so the axes fit afresh."""
        self._place_labels()
        self._schedule_refit()

    def _schedule_refit(self) -> None:
        """Fit the axes afresh once control is back in the event loop (many calls, one fit)."""
        if self._refit_due:
            return
        self._refit_due = True

        def refit() -> None:
            self._refit_due = False
            self._reset = True
            self._on_change()

        QTimer.singleShot(0, self, refit)

    def _end_box(self, name: str, px: PlotPixels, end_x: float) -> tuple[float, float, float]:
        """Left, right and height [px] of the row's end value at a line ending at ``end_x``."""
        r = self.end_labels[name].boundingRect()
        right = float(px.x(end_x)) - TEXT_MARGIN
        return right - r.width(), right, r.height()

    def _end_fits(self, name: str, lines: list, high: float) -> bool:
        """Whether the row's end value finds a place clear of the lines on an axis up to
        ``high`` [base unit] (its text from the last step: the width barely changes)."""
        px = PlotPixels(self.plots[name], (0.0, high))
        if not px.ok or not self.end_labels[name].text():
            return True
        left, right, height = self._end_box(name, px, float(lines[0][0][-1]))
        in_px = [(px.xs(x), px.ys(y), LINE_HALF_PX) for x, y in lines]
        return free_top(0.0, height, 0.0, px.height, lines_blocking(in_px, left, right)) is not None

    def _room_for_end(self, name: str, lines: list) -> float:
        """The least upper end of the row's axis [base unit] that leaves the row's end value a
        place above every line at the row's right end (as :meth:`_room_for_name`)."""
        px = PlotPixels(self.plots[name])
        if not px.ok:
            return 0.0
        left, right, height = self._end_box(name, px, float(lines[0][0][-1]))
        share = min((height + 2 * LABEL_GAP_PX + 2 * LINE_HALF_PX) / px.height, MAX_END_SHARE)
        a, b = px.data_x(left), px.data_x(right)
        top = max(line_span(x, np.asarray(y, dtype=float), a, b)[1] for x, y in lines)
        return max(top, 0.0) / (1.0 - share)

    _lines: dict = {}

    def _place_labels(self, rows: set | None = None) -> None:
        """Each row's end value at the free place nearest to its line's end (above it, or
        below near the top of the row) that no line of the row crosses and its name does not
        cover, joined to the end by a leader when that place is not beside it; where there is
        none it stays at its end as before. Pixel arithmetic, on every change and resize
        (labels keep their pixel size)."""
        for name, (lines_data, below) in self._lines.items():
            if rows is not None and name not in rows:
                continue  # unchanged since it was placed
            plot = self.plots[name]
            px = PlotPixels(plot)
            label = self.end_labels[name]
            crowded = getattr(label, "_crowded", False)  # left out for want of room
            if not px.ok or not (label.isVisible() or crowded):
                fall_back(label)
                set_leader(label, px, None)
                continue
            if crowded:  # given another chance: shown wherever it goes below
                label._crowded = False
                label.setVisible(True)
            lines = [(px.xs(x), px.ys(y), pad) for x, y, pad in lines_data]
            r = label.boundingRect()
            right = float(lines[0][0][-1]) - TEXT_MARGIN
            left = right - r.width()
            end_y = float(lines[0][1][-1])
            wanted = end_y + END_GAP_PX if below else end_y - r.height() - END_GAP_PX
            blocked = lines_blocking(lines, left, right)
            name_box = label_box(getattr(self, f"_name_{name}"), px)
            if name_box is not None and (b := box_blocking(name_box, left, right)):
                blocked.append(b)
            top = free_top(wanted, r.height(), 0.0, px.height, blocked)
            high = self._ranges[name].high
            end = (float(lines[0][0][-1]), end_y)
            if top is not None:
                put_label(label, px, right, top)
                # pushed up past other scenarios' lines, it reads as theirs without its leader
                # (review at 1280×720 with three compared scenarios)
                set_leader(label, px, end)
                self._grown_from.pop(name, None)
                continue
            # no place: the axis grows to leave one at the top (when it can grow) — once from
            # this range: a refit that comes back to it would ask again for ever (a busy loop of
            # refits with other scenarios' lines in a short presentation row)
            f = self._scales[name][0]
            need = self._room_for_end(name, [(x, y * f) for x, y, _pad in lines_data])
            if need > high * (1.0 + 1e-9) and self._grown_from.get(name) != high:
                self._grown_from[name] = high
                fall_back(label)  # at its line's end for now
                set_leader(label, px, None)
                self._schedule_refit()
                continue
            # it cannot grow further: the nearest free place further left, joined to its
            # line's end by a leader; else at the end
            top = None
            for k in range(1, LEFT_TRIES + 1):
                at_right = right - k * LEFT_STEP_SHARE * r.width()
                at_left = at_right - r.width()
                if at_left < 0.0:
                    break
                blocked = lines_blocking(lines, at_left, at_right)
                if name_box is not None and (b := box_blocking(name_box, at_left, at_right)):
                    blocked.append(b)
                top = free_top(wanted, r.height(), 0.0, px.height, blocked)
                if top is not None:
                    put_label(label, px, at_right, top)
                    set_leader(label, px, end)
                    break
            if top is None:  # no room anywhere: left out rather than written over a line, as
                fall_back(label)  # the other scenarios' names are (the KPI card has the value)
                set_leader(label, px, None)
                label._crowded = True
                label.setVisible(False)

    def series(self) -> dict[str, np.ndarray]:
        return self._drawn
