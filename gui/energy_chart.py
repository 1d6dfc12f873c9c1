"""Chart 1: annual energy over the projection, stacked by component, against the baseline."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from wattif.core import COMPONENTS, data

from . import style
from .chart_base import ChartBase, StableRange, short_component_label, unit_scale, year_ticks
from .chart_items import RASTER_DEVICES, TEXT_MARGIN, Curve, keep_drawing, same_as_last, text_item
from .formatting import fmt_energy_kwh, fmt_number
from .label_placement import (
    LINE_PAD_PX,
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

LABEL_MIN_SHARE = 0.09
"""A band is labelled directly when it is at least this share of the axis height."""
TICK_OVERFLOW_PX = 1
"""A tick label may reach this far past the top of the energy axis: the title sits above."""
END_GAP_PX = 4.0
"""Room between a line's end and its label [px]."""
COMPARE_PAD_PX = 4.0
"""Half the width a compared scenario's line covers with its white halo [px]."""


class StackedBands(pg.GraphicsObject):
    """Stacked areas drawn by one item (one bounding box and one paint call instead of one
    curve per component: the chart repaints on every slider step)."""

    def __init__(self, colours: list[str]) -> None:
        super().__init__()
        self._brushes = [pg.mkBrush(c) for c in colours]
        # no outline: stroking antialiased outlines was a third of this chart's repaint time
        self._pen = QPen(Qt.PenStyle.NoPen)
        self._polygons: list[tuple[int, QPolygonF]] = []
        self._edges: list[tuple[int, QPolygonF]] = []  # each band's top edge, left to right
        self._kept: dict[int, tuple] = {}  # by band: its polygons and their memory (numpy)
        self._rect = QRectF()
        self._fade = 1.0
        self._faded: tuple | None = None  # a tuple, not a list: themes do not recolour it

    def set_fade(self, share: float) -> None:
        """Draw the areas at ``share`` of their colour over the chart's background (1: as they
        are) — what an item opacity gives over the plain background, drawn opaque. An opacity
        sent each antialiased polygon through Qt's blending path: 2.7 ms a slider step while
        other scenarios were compared (profiled), 0.2 ms opaque."""
        if share != self._fade:
            self._fade = share
            self.update()

    def fade(self) -> float:
        return self._fade

    def _brushes_now(self) -> Sequence[QBrush]:
        if self._fade >= 1.0:
            return self._brushes
        made = self._faded  # (share, background, the theme's brush list, the mixed brushes)
        if (
            made is None
            or made[:2] != (self._fade, style.BACKGROUND)
            or made[2] is not self._brushes
        ):
            mixed = [
                QBrush(style.over(b.color(), style.BACKGROUND, self._fade)) for b in self._brushes
            ]
            made = self._faded = (self._fade, style.BACKGROUND, self._brushes, tuple(mixed))
        return made[3]

    def set_data(self, x: np.ndarray, cumulative: np.ndarray) -> None:
        """``cumulative[:, i]``: top of band ``i`` (bands stacked from 0 upwards)."""
        if same_as_last(self, "set_data", (x, cumulative), {}):
            return
        self.prepareGeometryChange()
        xs = np.asarray(x, dtype=float)
        n = len(xs)
        tops = np.asarray(cumulative, dtype=float)
        bottoms = np.zeros_like(tops)
        bottoms[:, 1:] = tops[:, :-1]
        shown = (tops > bottoms).any(axis=0).tolist()  # bands of no height are not drawn
        polygons, edges = [], []
        for i in range(tops.shape[1]):
            if shown[i]:
                # filled in place from numpy (a QPointF each took most of this chart's update),
                # into the band's polygons of the last change where they have the length
                polygon, ring, edge, top = self._band_polygons(i, n)
                ring[:n, 0] = xs
                ring[n:, 0] = xs[::-1]  # along the top, back along the bottom
                ring[:n, 1] = tops[:, i]
                ring[n:, 1] = bottoms[::-1, i]
                top[:] = ring[:n]
                polygons.append((i, polygon))
                edges.append((i, edge))
        self._polygons = polygons
        self._edges = edges
        top = float(cumulative[:, -1].max()) if cumulative.size else 0.0
        self._rect = QRectF(float(xs[0]), 0.0, float(xs[-1] - xs[0]), max(top, 1e-12))
        self.update()

    def _band_polygons(
        self, band: int, n: int
    ) -> tuple[QPolygonF, np.ndarray, QPolygonF, np.ndarray]:
        """Band ``band``'s area (``2 n`` points) and top edge (``n``) with numpy views of their
        memory: those of the last change while ``n`` stays (written in place: each polygon is
        this item's alone, Qt's copies while painting are new ones), else new ones."""
        kept = self._kept.get(band)
        if kept is None or len(kept[3]) != n:
            area, edge = pg.functions.create_qpolygonf(2 * n), pg.functions.create_qpolygonf(n)
            kept = (
                area,
                pg.functions.ndarray_from_qpolygonf(area),
                edge,
                pg.functions.ndarray_from_qpolygonf(edge),
            )
            self._kept[band] = kept
        return kept

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(self, painter, *args) -> None:
        """On screen (or into an image) the areas are filled without antialiasing, then each
        band's top edge is drawn over its stairs as an antialiased hairline in the band's
        colour: Qt's antialiased fill of the areas cost a million instructions a slider step
        (5 % of it), the hairlines half of that. The edges look as smooth; a band reaches up to
        half a pixel further into the one above. A vector file gets the exact areas."""
        brushes = self._brushes_now()
        on_raster = isinstance(painter.device(), RASTER_DEVICES)
        painter.setRenderHint(style.ANTIALIAS, not on_raster)
        painter.setPen(self._pen)
        for i, polygon in self._polygons:
            painter.setBrush(brushes[i])
            painter.drawPolygon(polygon)
        if not on_raster:
            return
        painter.setRenderHint(style.ANTIALIAS, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pens = self._edge_pens(brushes)
        for i, edge in self._edges:
            painter.setPen(pens[i])
            painter.drawPolyline(edge)

    _pens: tuple = ((), ())

    def _edge_pens(self, brushes: Sequence[QBrush]) -> list[QPen]:
        """A cosmetic one-pixel pen in each band's colour (made again for new colours)."""
        if self._pens[0] is not brushes:
            pens = []
            for brush in brushes:
                pen = QPen(brush.color(), 1.0)
                pen.setCosmetic(True)
                pens.append(pen)
            self._pens = (brushes, pens)
        return self._pens[1]


class EnergyChart(ChartBase):
    """Energy per year [kWh…TWh], stacked by component (scenario) and total (baseline, dashed).

    Optional context: the IEA's global data-centre electricity 2024 and 2030 (calibration.csv).
    """

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, parent)
        self.title.setText(self.tr("Energy per year"))
        self.setObjectName("energyChart")
        self._lang = lang
        self.plot = self.new_plot(1, 0)
        # the top tick's label would reach up into the title (in presentation type it does)
        self.plot.getAxis("left").setStyle(hideOverlappingLabels=TICK_OVERFLOW_PX)
        self._range = StableRange()
        self._scale: tuple[float, str] | None = None
        self._context = False
        self.bands = StackedBands([style.COMPONENT_COLOURS[c] for c in COMPONENTS])
        self.plot.addItem(self.bands)
        self.band_labels: dict[str, pg.TextItem] = {}
        for comp in COMPONENTS:
            colour = style.COMPONENT_COLOURS[comp]
            text = text_item(
                short_component_label(comp, lang), style.text_colour_on(colour), (1.0, 0.5)
            )
            text.setZValue(50)
            self.plot.addItem(text)
            self.band_labels[comp] = text
        self.total = Curve(pen=style.scenario_pen(style.TEXT, 2.0))
        self.total.setZValue(60)
        # still while a slider moves
        self.baseline = keep_drawing(Curve(pen=style.baseline_pen(2.5)))
        self.baseline.setZValue(61)
        self.plot.addItem(self.total)
        self.plot.addItem(self.baseline)
        self.band_layer.add_fill(self.plot, "energy_kwh", style.TEXT, z=45, caption=True, alpha=0.8)
        self.total_label = text_item("", style.TEXT, (1.0, 1.0), 0.9, bold=True)
        self.baseline_label = text_item("", style.MUTED, (0.0, 0.0))
        for t in (self.total_label, self.baseline_label):
            t.setZValue(70)
            self.plot.addItem(t)
        # context: IEA global data-centre electricity (calibration.csv)
        rows = {r["id"]: r for r in data.calibration()}
        self._iea = [
            (int(str(rows[i]["conditions"]).split()[0]), float(rows[i]["value"]) * 1e9)
            for i in ("iea-2024", "iea-2030")
            if i in rows
        ]
        self.context = pg.PlotDataItem(
            pen=pg.mkPen(style.OKABE_ITO["reddish_purple"], width=2, style=Qt.PenStyle.DotLine),
            symbol="d",
            symbolSize=9,
            symbolBrush=style.OKABE_ITO["reddish_purple"],
        )
        # the IEA's totals are far above most scenarios: a note under the axis names them and the
        # scenario's share; markers appear only where they fall inside the scenario's axes
        self.context_label = text_item(
            "", style.line_colour(style.OKABE_ITO["reddish_purple"]), (0.0, 0.0)
        )
        for item in (self.context,):
            item.setZValue(80)
            item.setVisible(False)
            self.plot.addItem(item)
        self._years: tuple[int, int] | None = None
        self._drawn: dict[str, np.ndarray] = {}
        self.plot.getViewBox().sigResized.connect(self._place_labels)

    def apply_theme(self, maps: dict[str, dict[str, str]]) -> None:
        super().apply_theme(maps)
        for comp, label in self.band_labels.items():  # on a fill: black or white, as reads best
            label.setBrush(QColor(style.text_colour_on(style.COMPONENT_COLOURS[comp])))

    def set_context_visible(self, visible: bool) -> None:
        """Show the IEA data-centre totals as context: a note with the totals and the scenario's
        share of them; markers where they fall inside the axes (which stay the scenario's)."""
        if visible != self._context:
            self._context = visible
            self.context.setVisible(visible)
            if not visible:
                self.plot.getAxis("bottom").showLabel(False)
            self._reset = True
            self._on_change()

    def data_key(self) -> tuple:
        r, b = self.model.results, self.model.baseline_results
        return (r.energy_kwh, r.years, b.energy_total_kwh, b.years, self._context)

    def refresh(self, reset: bool) -> None:
        m = self.model
        r, b = m.results, m.baseline_results
        years = r.years.astype(float)
        energy = r.energy_kwh
        cum = np.cumsum(energy, axis=1)
        total = cum[:, -1]
        base_total = b.energy_total_kwh
        hi = max(float(total.max()), float(base_total.max()), self.band_layer.high("energy_kwh"))
        hi = max([hi, *self.compare_values("energy_kwh")])
        if self._range.fit(0.0, hi, reset) or self._scale is None:
            self._scale = unit_scale("energy_kwh", self._range.high)
            f, unit = self._scale
            self.plot.setYRange(0.0, self._range.high / f, padding=0)
            self.axis_label(self.plot, "left", self.tr("Energy [{0}]").format(unit))
        f, unit = self._scale
        span = (int(years[0]), int(years[-1]))
        if span != self._years:
            self._years = span
            pad = max(0.35, 0.06 * (span[1] - span[0]))
            self.plot.setXRange(span[0] - pad, span[1] + pad, padding=0)
            year_ticks(self.plot.getAxis("bottom"), *span)
        height = self._range.high / f
        below = np.zeros_like(total)
        # band labels sit at the end (first or last year) where the stack is larger
        end = -1 if total[-1] >= total[0] else 0
        x_end = years[end] + (-0.06 if end == -1 else 0.06)
        self.bands.set_data(years, cum / f)
        self._band_years = years
        self._band_spans = []
        for i, comp in enumerate(COMPONENTS):
            top = cum[:, i] / f
            band = top[end] - below[end]
            label = self.band_labels[comp]
            show = band >= LABEL_MIN_SHARE * height
            label.setVisible(bool(show))
            if show:
                stage(label, (1.0, 0.5) if end == -1 else (0.0, 0.5), x_end, below[end] + band / 2)
                self._band_spans.append((label, below, top))
            below = top
        self.band_layer.draw("energy_kwh", f, self._range.high)
        self.total.setData(years, total / f)
        self.baseline.setData(b.years.astype(float), base_total / f)
        x_last = years[-1]
        s_end, b_end = float(total[-1]), float(base_total[-1])
        # one label for both lines only where both end in the same year at about the same value
        same_year = int(b.years[-1]) == int(years[-1])
        close = same_year and abs(s_end - b_end) < 0.06 * self._range.high
        if close:
            same = fmt_energy_kwh(s_end, self._lang) == fmt_energy_kwh(b_end, self._lang)
            self.total_label.setText(
                self.tr("scenario {0}").format(fmt_energy_kwh(s_end, self._lang))
                + (
                    ""
                    if same
                    else " ("
                    + self.tr("baseline {0}").format(fmt_energy_kwh(b_end, self._lang))
                    + ")"
                )
            )
        else:
            self.total_label.setText(
                self.tr("scenario {0}").format(fmt_energy_kwh(s_end, self._lang))
            )
        stage(self.total_label, (1.0, 1.1), x_last, max(s_end, b_end if close else s_end) / f)
        self.baseline_label.setVisible(not close)
        self.baseline_label.setText(
            self.tr("baseline {0}").format(fmt_energy_kwh(b_end, self._lang))
        )
        stage(
            self.baseline_label,
            (1.0, 1.1) if b_end > s_end else (1.0, -0.1),
            float(b.years[-1]),
            b_end / f,
        )
        compared = self.compare.compared() if self.compare is not None else []
        self._lines = (
            (years, total / f, self.total._pen.widthF() / 2),
            (b.years.astype(float), base_total / f, self.baseline._pen.widthF() / 2),
            *(
                (c.results.years.astype(float), c.results.energy_total_kwh / f, COMPARE_PAD_PX)
                for c in compared
            ),
        )
        self._median = self.band_layer.median_line("energy_kwh")
        self._band_end = end
        self._place_labels()
        if self._context and self._iea:
            inside = [
                (y, v / f)
                for y, v in self._iea
                if span[0] <= y <= span[1] and v <= self._range.high
            ]
            self.context.setData([y for y, _ in inside], [v for _, v in inside])
            self.context.setVisible(bool(inside))
            note = self._context_note(years, total)
            axis = self.plot.getAxis("bottom")
            if axis.labelText != note or not axis.label.isVisible():
                self.plot.setLabel(
                    "bottom",
                    note,
                    **{"font-size": "8pt", "color": style.OKABE_ITO["reddish_purple"]},
                )
        self._drawn = {
            "years": years,
            "total_kwh": total.copy(),
            "baseline_total_kwh": np.asarray(base_total).copy(),
            **{f"{c}_kwh": energy[:, i].copy() for i, c in enumerate(COMPONENTS)},
        }

    _lines: tuple = ()
    _median: tuple | None = None
    """The band's median line as drawn, for the labels to keep off (``BandLayer.median_line``)."""

    def bands_redrawn(self) -> None:
        """The labels keep off the band's median, drawn once the hand stops."""
        median = self.band_layer.median_line("energy_kwh")
        # a new band draws new arrays; a kept one keeps them: the same y, the same places
        if (median and median[1]) is not (self._median and self._median[1]):
            self._median = median
            self._place_labels()
        super().bands_redrawn()

    _band_spans: list = []
    _band_end = -1

    def _place_labels(self, *_: object) -> None:
        """Move the end and band labels off every line (the scenario's, the baseline's, the
        compared scenarios'): each to the free place nearest to where it wants to be; a band
        label without room inside its band is left out. Pixel arithmetic, on every change and
        resize (labels keep their pixel size)."""
        px = PlotPixels(self.plot)
        if not px.ok or not self._lines:
            for label in (self.total_label, self.baseline_label, *self.band_labels.values()):
                fall_back(label)  # at their ends until the plot is laid out
            return
        # the band's dotted median too: through a label it read as struck through (review)
        median = () if self._median is None else (self._median,)
        lines = [(px.xs(x), px.ys(y), pad) for x, y, pad in (*self._lines, *median)]
        placed: list[tuple[float, float, float, float]] = []
        scen_y = float(lines[0][1][-1])
        quiet = self.compare is not None and bool(self.compare.compared())
        for label, line in ((self.total_label, lines[0]), (self.baseline_label, lines[1])):
            if not label.isVisible():
                continue
            r = label.boundingRect()
            right = float(line[0][-1]) - TEXT_MARGIN
            end_y = float(line[1][-1])
            above = label is self.total_label or end_y <= scen_y
            wanted = end_y - r.height() - END_GAP_PX if above else end_y + END_GAP_PX
            stack = []
            if not above and not quiet:
                # a baseline ending inside the stacked areas: its grey label would sit on a band
                # (unreadable on the dark accelerators' band, review at 1280×720), so it goes
                # above the areas where there is room
                stack_top = line_span(*lines[0][:2], right - r.width(), right)[0]
                if stack_top <= px.height:
                    stack = [(stack_top - lines[0][2] - LINE_PAD_PX, px.height)]
            top = self._free(px, right - r.width(), right, wanted, r.height(), lines, placed, stack)
            if top is not None:
                put_label(label, px, right, top)
                # above the areas it reads as the end values' pair ("baseline … / scenario …"):
                # a leader down through the bands would run along their right edge
                set_leader(label, px, None if stack else (float(line[0][-1]), end_y))
            else:
                fall_back(label)
                set_leader(label, px, None)
            box = label_box(label, px)
            if box is not None:
                placed.append(box)
        if quiet:
            for label, _below, _upper in self._band_spans:
                fall_back(label)
        x_end = float(px.x(self._band_years[self._band_end]))
        xs = px.xs(self._band_years)
        for label, below, upper in () if quiet else self._band_spans:  # faded: no labels
            r = label.boundingRect()
            if self._band_end == -1:
                right = x_end - END_GAP_PX - TEXT_MARGIN
                left = right - r.width()
            else:
                left = x_end + END_GAP_PX + TEXT_MARGIN
                right = left + r.width()
            _hi, ceiling = line_span(xs, px.ys(upper), left, right)  # the band's top edge
            floor, _lo = line_span(xs, px.ys(below), left, right)  # and its bottom edge
            mid = (float(px.y(upper[self._band_end])) + float(px.y(below[self._band_end]))) / 2
            blocked = lines_blocking(lines, left, right)
            blocked += [b for box in placed if (b := box_blocking(box, left, right))]
            top = free_top(mid - r.height() / 2, r.height(), ceiling + 1.0, floor - 1.0, blocked)
            label.setVisible(top is not None)
            if top is not None:
                put_label(label, px, right, top)

    @staticmethod
    def _free(px, left, right, wanted, height, lines, placed, also=()) -> float | None:
        """The free top [px] nearest to ``wanted`` for a label over ``[left, right]``: clear of
        the lines, of the labels ``placed`` and of the pixel intervals ``also``."""
        blocked = lines_blocking(lines, left, right)
        blocked += [b for box in placed if (b := box_blocking(box, left, right))]
        blocked += list(also)
        return free_top(wanted, height, 0.0, px.height, blocked)

    def _context_note(self, years: np.ndarray, total: np.ndarray) -> str:
        """``IEA, all data centres worldwide: 415 TWh (2024), 945 TWh (2030)`` and, for the
        latest IEA year the scenario covers, its share: ``scenario 2030: 0.07 % of it``."""
        totals = ", ".join(f"{fmt_energy_kwh(v, self._lang)} ({y})" for y, v in self._iea)
        lines = [self.tr("IEA, all data centres worldwide:"), totals]
        covered = [(y, v) for y, v in self._iea if years[0] <= y <= years[-1]]
        if covered:
            y, v = covered[-1]
            share = float(total[int(y - years[0])]) / v * 100.0
            lines.append(
                self.tr("scenario {0}: {1} % of it").format(y, fmt_number(share, self._lang, 2))
            )
        return "<br>".join(lines)

    def series(self) -> dict[str, np.ndarray]:
        return self._drawn

    def y_range(self) -> tuple[float, float]:
        """The current y-axis range [display unit]."""
        return tuple(self.plot.getViewBox().viewRange()[1])
