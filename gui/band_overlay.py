"""Uncertainty bands drawn into the charts: P5–P95 (light) and P25–P75 (darker) around the scenario.

A chart owns a :class:`BandLayer`; it adds one :class:`BandFill` per yearly output it plots (or a
:class:`Whisker` for a single value), asks :meth:`BandLayer.high` when it fits its axis, and calls
:meth:`BandLayer.draw` after each refresh. When new bands arrive, :meth:`BandLayer.redraw` updates
the items in place (a cheap path: no axis, label or curve is touched); only a band that leaves the
axis range asks the chart to refresh. The bands come from :class:`~.uncertainty.Uncertainty`.

The ranges of the inputs are not symmetric around the scenario's values (most reach further up
than down), so the scenario's line need not run through the middle of its band (when this was
written, the default scenario's 713 GWh in 2030 sat under a median of about 835 GWh). Each band
therefore draws its median as a faint dotted line, and its hover text (and the caption of the
chart that has one) says how far above or below the scenario the median lies. The median line is
painted by the band's own item (no item more to paint on a slider step; the item is cached as a
pixmap).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from wattif.core.analyses import median_gap, metric_series

from . import style
from .chart_items import TEXT_MARGIN, Label, text_item
from .formatting import fmt_count, fmt_percent
from .label_placement import LABEL_GAP_PX, PlotPixels, label_box

OUTER_ALPHA = 46
INNER_ALPHA = 58
"""Fill opacity [0–255] of the P5–P95 band and of the P25–P75 band drawn over it."""
MEDIAN_ALPHA = 170
"""Opacity [0–255] of the band's median line: visible on the band, fainter than any curve."""
MEDIAN_WIDTH = 1.0
"""Width of the median line [px], drawn without antialiasing: thinner than every curve, and a
one-pixel aliased dotted line costs the band's repaint next to nothing (a wider or antialiased
one doubled it)."""
MEDIAN_DOTS = (2.0, 3.0)
"""Dash pattern of the median line [multiples of its width]: short dots, unlike any curve."""


def legend_text() -> str:
    """What the shades and the dotted line of a band mean."""
    return QCoreApplication.translate(
        "BandLayer", "Shaded: P5–P95 · darker: P25–P75 · dotted: median"
    )


def wrap_to_width(text: str, room: float, width_of: Callable[[str], float]) -> list[str]:
    """``text``'s words in lines no wider than ``room`` [px] by ``width_of`` (a font's
    measure); a word wider than ``room`` gets a line of its own."""
    lines: list[str] = []
    for word in text.split():
        if lines and width_of(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def caption_text(
    note: str = "", room: float | None = None, width_of: Callable[[str], float] | None = None
) -> str:
    """A chart's caption of its band: the legend, and ``note`` under it, each wrapped to
    ``room`` pixels measured by ``width_of`` (the room right of where the caption starts: the
    caption sits in a corner of a chart that may be narrow; None: the legend on one line)."""
    legend = legend_text()
    if room is None or width_of is None:
        return "\n".join([legend, note] if note else [legend])
    lines = wrap_to_width(legend, room, width_of)
    if note:
        lines += wrap_to_width(note, room, width_of)
    return "\n".join(lines)


BAND_SHRINK_SHARE = 0.45
"""A band under this share of its axis makes the chart refresh, so that the axis can shrink (as
``chart_base.StableRange`` does for lines: the same share)."""
CAPTION_MIN_CHARS = 24
"""A caption's lines hold at least this many characters (average widths), however narrow the
plot."""
CAPTION_MARGIN_PX = 12.0
"""Room the caption leaves at the plot's right edge [px]."""
CAPTION_CLEAR_TRIES = 3
"""Times a caption is wrapped narrower to keep left of the labels it covers (each narrower
wrap is taller and may meet a label further down)."""


def caption_room(caption, plot, x: float) -> float:
    """The width [px] a caption whose position is at ``x`` (data) has for its lines: from its
    text's left edge (its position and the text margin) to :data:`CAPTION_MARGIN_PX` short of
    the plot's right edge; at least :data:`CAPTION_MIN_CHARS` average characters. The average
    character's width alone let a line of wide characters (capitals, digits, "P5–P95") and the
    caption's own offset from the plot's edge run past the plot (presentation type, 1280 px)."""
    avg = QFontMetricsF(caption.font()).averageCharWidth() or 1.0
    view = plot.getViewBox()
    (x0, x1), _y = view.viewRange()
    width = float(view.width())
    left = (x - x0) / (x1 - x0) * width if x1 > x0 else 0.0
    room = width - max(left, 0.0) - TEXT_MARGIN - CAPTION_MARGIN_PX
    return max(CAPTION_MIN_CHARS * avg, room)


def median_note(year: int, value: float, median: float, lang: str = "en") -> str:
    """Where a band's median lies against the scenario's ``value`` in ``year``, as a sentence;
    "" when they are close or either is not a positive number (``core.analyses.median_gap``)."""
    gap = median_gap(value, median)
    if gap is None:
        return ""
    if gap > 0:
        text = QCoreApplication.translate(
            "BandLayer",
            "In {0} the median lies {1} above the scenario: the inputs' ranges reach further "
            "up than down.",
        )
    else:
        text = QCoreApplication.translate(
            "BandLayer",
            "In {0} the median lies {1} below the scenario: the inputs' ranges reach further "
            "down than up.",
        )
    return text.format(year, fmt_percent(abs(gap), lang, 2))


def _polygon(points: np.ndarray) -> QPolygonF:
    """A polygon of ``points`` (n × 2), written into its memory from numpy: a QPointF each cost
    ~0.5 µs in Python, ~50 points a band (two bands and a median per chart, when a band
    arrives)."""
    polygon = pg.functions.create_qpolygonf(len(points))
    pg.functions.ndarray_from_qpolygonf(polygon)[:] = points
    return polygon


def _band_path(x: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> QPainterPath:
    """The closed area between ``lower`` and ``upper``: along the top left to right, back along
    the bottom."""
    n = len(x)
    points = np.empty((2 * n, 2))
    points[:n, 0], points[:n, 1] = x, upper
    points[n:, 0], points[n:, 1] = x[::-1], lower[::-1]
    path = QPainterPath()
    path.addPolygon(_polygon(points))
    path.closeSubpath()
    return path


def _line_path(x: np.ndarray, y: np.ndarray) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(_polygon(np.column_stack((x, y))))
    return path  # an open polyline


STILL_AFTER = 2
"""Settings of the same band in a row after which it is drawn from a cached pixmap."""


class BandFill(pg.GraphicsObject):
    """Two filled bands of one yearly series in data coordinates, drawn by one item.

    Its pixmap cache follows what the band does: a slider step redraws the curves over it while
    the worker's band stays as it was (a blit after :data:`STILL_AFTER` unchanged settings);
    a band renewed on every step is filled directly (a pixmap redone each time costs more).
    Exports draw with caches off (``chart_render``)."""

    def __init__(self, colour: str, alpha: float = 1.0) -> None:
        super().__init__()
        self._still = 0  # settings of the same band in a row
        self._outer = pg.mkBrush(style.with_alpha(colour, round(OUTER_ALPHA * alpha)))
        self._inner = pg.mkBrush(style.with_alpha(colour, round(INNER_ALPHA * alpha)))
        median = QColor(colour)
        median.setAlpha(round(MEDIAN_ALPHA * alpha))
        self._median_pen = QPen(median, MEDIAN_WIDTH)
        self._median_pen.setCosmetic(True)
        self._median_pen.setDashPattern(list(MEDIAN_DOTS))
        self._paths: tuple[QPainterPath, QPainterPath | None, QPainterPath | None] | None = None
        self._rect = QRectF()
        self._key: bytes | None = None
        self.data: dict[str, np.ndarray] = {}

    def set_band(self, x, p5, p95, p25=None, p75=None, p50=None) -> None:
        """Show the band and its median ``p50`` (values in the axis's display unit); unchanged
        data does nothing."""
        arrays = [np.asarray(a, dtype=float) for a in (x, p5, p95)]
        inner = p25 is not None and p75 is not None
        if inner:
            arrays += [np.asarray(p25, dtype=float), np.asarray(p75, dtype=float)]
        mid = None if p50 is None else np.asarray(p50, dtype=float)
        key = b"".join(a.tobytes() for a in (*arrays, *([] if mid is None else [mid])))
        key += bytes([inner, mid is not None])
        if key == self._key and self.isVisible():
            self.keep()
            return
        self._still = 0
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self._key = key
        xs, lo, hi = arrays[:3]
        self.data = {"x": xs, "p5": lo, "p95": hi}
        if mid is not None:
            self.data["p50"] = mid
        ok = np.isfinite(lo).all() and np.isfinite(hi).all() and len(xs) > 1
        self.prepareGeometryChange()
        if not ok:
            self._paths, self._rect = None, QRectF()
        else:
            inner_path = _band_path(xs, arrays[3], arrays[4]) if inner else None
            median_path = None
            if mid is not None and np.isfinite(mid).all():
                median_path = _line_path(xs, mid)
            self._paths = (_band_path(xs, lo, hi), inner_path, median_path)
            top, bottom = float(hi.max()), float(lo.min())
            self._rect = QRectF(float(xs[0]), bottom, float(xs[-1] - xs[0]), top - bottom)
        self.setVisible(True)
        self.update()

    def keep(self) -> None:
        """A slider step before the worker's new band: the band stays as it is (drawn as a
        blit after :data:`STILL_AFTER` steps)."""
        self._still += 1
        if self._still == STILL_AFTER:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def clear(self) -> None:
        if self.isVisible():
            self.setVisible(False)
            self._key = None
            self.data = {}

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(self, painter, *args) -> None:
        if self._paths is None:
            return
        painter.setRenderHint(style.ANTIALIAS, False)
        outer, inner, median = self._paths
        painter.setPen(QPen(Qt.PenStyle.NoPen))
        painter.setBrush(self._outer)
        painter.drawPath(outer)
        if inner is not None:
            painter.setBrush(self._inner)
            painter.drawPath(inner)
        if median is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self._median_pen)
            painter.drawPath(median)


class Whisker(pg.GraphicsObject):
    """A horizontal whisker at one row: a line P5–P95 with end caps, a bar P25–P75 and a tick
    at the median."""

    def __init__(self, colour: str, cap: float = 0.16, bar: float = 0.14) -> None:
        super().__init__()
        self._pen = pg.mkPen(colour, width=1.6)
        self._brush = pg.mkBrush(style.with_alpha(colour, 90))
        self._cap, self._bar = cap, bar
        self._values: tuple[float, ...] | None = None
        self._rect = QRectF()
        self.data: dict[str, float] = {}

    def set_values(self, y: float, p5: float, p95: float, p25=None, p75=None, p50=None) -> None:
        values = (y, p5, p95, p25, p75, p50)
        if values == self._values and self.isVisible():
            return
        self._values = values
        self.prepareGeometryChange()
        self._rect = QRectF(p5, y - self._cap, p95 - p5, 2 * self._cap)
        self.setVisible(True)
        self.update()

    def clear(self) -> None:
        if self.isVisible():
            self.setVisible(False)
            self._values = None
            self.data = {}

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(self, painter, *args) -> None:
        if self._values is None:
            return
        y, p5, p95, p25, p75, p50 = self._values
        painter.setRenderHint(style.ANTIALIAS, True)
        painter.setPen(self._pen)
        painter.setBrush(self._brush)
        if p25 is not None and p75 is not None:
            painter.drawRect(QRectF(p25, y - self._bar, p75 - p25, 2 * self._bar))
        if p50 is not None:
            painter.drawLine(QPointF(p50, y - self._bar), QPointF(p50, y + self._bar))
        painter.drawLine(QPointF(p5, y), QPointF(p25 if p25 is not None else p95, y))
        if p75 is not None:
            painter.drawLine(QPointF(p75, y), QPointF(p95, y))
        for x in (p5, p95):
            painter.drawLine(QPointF(x, y - self._cap), QPointF(x, y + self._cap))


class BandLayer:
    """The bands one chart draws (see the module's description).

    Parameters
    ----------
    chart : ChartBase
        The chart; its ``model`` gives the years the bands must match and its ``refresh`` is
        asked for when a band leaves the axis range.
    """

    def __init__(self, chart) -> None:
        self._chart = chart
        self.source = None
        self._fills: dict[str, BandFill] = {}
        self._whiskers: dict[str, Whisker] = {}
        # how each item was last drawn: metric -> (divisor, axis high) or (row, to_x, x range)
        self._how: dict[str, tuple] = {}
        self._drawn: dict[str, object] = {}  # metric -> the Bands drawn
        self._highs: dict[str, tuple] = {}  # metric -> (Bands, its highest value)
        self._still_highs: dict[str, float] = {}  # metric -> the high while the hand was still
        self._caption = None
        self._caption_for: str | None = None
        self._caption_note = ""  # the caption's second part, as last worded

    # -- building -----------------------------------------------------------------------
    def add_fill(
        self,
        plot: pg.PlotItem,
        metric: str,
        colour: str,
        z: float = -5,
        caption: bool = False,
        alpha: float = 1.0,
    ) -> BandFill:
        """A band for ``metric`` in ``plot``; ``caption`` writes what the shades mean in the
        plot's upper left corner while the band is shown; ``alpha`` scales the opacity."""
        item = BandFill(colour, alpha)
        item.setZValue(z)
        item.setVisible(False)
        plot.addItem(item)
        self._fills[metric] = item
        if caption:
            self._caption = text_item(
                legend_text(),
                style.MUTED,
                (0.0, 0.0),
                scale=0.8,
            )
            self._caption.setZValue(70)
            self._caption.setVisible(False)
            # the desk's type in presentation mode too: its lines of fine print, enlarged, ran
            # under the end values and names (1280×720), and the whole chart fell back to the
            # desk's type to fit; the presenter speaks to it, its hover text has it all
            self._caption.desk_type = True
            self._caption_for = metric
            self._caption_plot = plot
            plot.addItem(self._caption)
        return item

    def add_whisker(self, plot: pg.PlotItem, metric: str, colour: str, z: float = 5) -> Whisker:
        item = Whisker(colour)
        item.setZValue(z)
        item.setVisible(False)
        plot.addItem(item)
        self._whiskers[metric] = item
        return item

    def bind(self, source) -> None:
        """Follow ``source`` (an :class:`~.uncertainty.Uncertainty`)."""
        self.source = source
        source.changed.connect(self._chart._on_bands)
        source.settled.connect(self._chart._on_bands)  # the hand stopped: the median joins

    # -- reading --------------------------------------------------------------------------
    def moving(self) -> bool:
        """The hand moves a slider: the band is a rough one and its words wait."""
        return self.source is not None and self.source.is_moving()

    def band(self, metric: str):
        """The bands of ``metric`` when shown and made for the years the chart shows, else None."""
        src = self.source
        if src is None:
            return None
        band = src.band(metric)
        if band is None:
            return None
        years = self._chart.model.results.years
        if len(band.years) != len(years) or int(band.years[0]) != int(years[0]):
            return None
        return band

    def key(self) -> tuple:
        """Which bands are drawn (their objects: a new band set is a new object)."""
        if self.source is None or self.source.bands is None:  # bands off: asked ~10 times a step
            return ()
        return tuple(id(self.band(m)) for m in (*self._fills, *self._whiskers))

    def high(self, metric: str) -> float:
        """The band's highest value [base unit]; 0 without a band (for fitting an axis)."""
        band = self.band(metric)
        if band is None:
            return 0.0
        last = self._highs.get(metric)
        if last is None or last[0] is not band:  # asked several times per step per band
            high = float(band.p95.max())  # np.nanmax costs ten times more; NaN is rare
            last = self._highs[metric] = (
                band,
                high if high == high else float(np.nanmax(band.p95)),
            )
        high = last[1]
        if self.moving():
            # a rough band of a drag does not grow the axis (each grow repainted the whole
            # chart on its step); it is cut at the top until the hand stops, then the axis fits
            still = self._still_highs.get(metric)
            return high if still is None else min(high, still)
        self._still_highs[metric] = high
        return high

    def at_year(self, metric: str, index: int) -> tuple[float, float, float, float] | None:
        """(P5, P25, P75, P95) of ``metric`` in the year at ``index``, or None."""
        band = self.band(metric)
        if band is None:
            return None
        p25 = band.p25 if band.p25 is not None else band.p5
        p75 = band.p75 if band.p75 is not None else band.p95
        return float(band.p5[index]), float(p25[index]), float(p75[index]), float(band.p95[index])

    def median_at(self, metric: str, index: int) -> float | None:
        """The median of ``metric`` in the year at ``index`` [base unit], or None."""
        band = self.band(metric)
        return None if band is None else float(band.p50[index])

    def note(self, metric: str) -> str:
        """Where the median of ``metric`` lies against the scenario in the chart's last year
        (:func:`median_note`); "" without a band or when it is near the scenario."""
        band = self.band(metric)
        if band is None or np.ndim(band.p50) != 1:
            return ""
        results = self._chart.model.results
        value = float(metric_series(results, metric)[-1])
        lang = getattr(self._chart, "_lang", "en")
        return median_note(int(results.years[-1]), value, float(band.p50[-1]), lang)

    def hover_text(self, metric: str, note: str | None = None) -> str:
        """The hover text of the band of ``metric``: what it shows and where its median lies
        (``note``: :meth:`note`, when known)."""
        band = self.band(metric)
        if band is None:
            return ""
        lang = getattr(self._chart, "_lang", "en")
        head = QCoreApplication.translate("BandLayer", "Uncertainty of {0} samples. {1}").format(
            fmt_count(band.n, lang), legend_text()
        )
        note = self.note(metric) if note is None else note
        return f"{head}\n{note}" if note else head

    def drawn(self) -> dict[str, dict]:
        """What is on screen, by metric (for tests): band arrays in the axis's display unit,
        whisker values in the metric's base unit."""
        out = {m: dict(f.data) for m, f in self._fills.items() if f.isVisible() and f.data}
        out.update({m: dict(w.data) for m, w in self._whiskers.items() if w.isVisible()})
        return out

    def caption(self) -> str:
        """The caption as shown (empty while hidden or without one; for tests)."""
        c = self._caption
        return c.text() if c is not None and c.isVisible() else ""

    def shown_tip(self, metric: str) -> str:
        """The hover text of the band of ``metric`` as shown (empty while hidden; for tests)."""
        item = self._fills.get(metric)
        return item.toolTip() if item is not None and item.isVisible() else ""

    # -- drawing --------------------------------------------------------------------------
    def draw(self, metric: str, divisor: float, axis_high: float | None = None) -> None:
        """Draw the band of ``metric`` in a yearly chart whose axis shows ``value / divisor``
        up to ``axis_high`` [base unit]."""
        how = (divisor, axis_high)
        if self._how.get(metric) == how and self._drawn.get(metric) is self.band(metric):
            self._fills[metric].keep()  # a slider step that did not change this band or its axis
            return
        self._how[metric] = how
        self._draw_fill(metric)

    def draw_whisker(
        self,
        metric: str,
        index: int,
        row: float,
        to_x: Callable[[float], float] = float,
        x_range: tuple[float, float] | None = None,
    ) -> None:
        """Draw the whisker of ``metric`` in the year at ``index`` at height ``row``; ``to_x``
        maps a value to the x axis (``math.log10`` on a log axis), ``x_range`` is the axis."""
        self._how[metric] = (index, row, to_x, x_range)
        self._draw_whisker(metric)

    def redraw(self) -> str:
        """Bands changed: update the items as last drawn and say what the chart must do:
        ``"done"``; ``"grow"`` when a band would leave its axis range (refresh, the axis
        grows); ``"shrink"`` when it uses less than :data:`BAND_SHRINK_SHARE` of it (refresh:
        the axis shrinks unless the lines need it); ``"refit"`` when the bands went away
        (refresh with axes fitted afresh); ``"later"`` when the chart is hidden."""
        if not self._chart.isVisible():
            return "later"
        shown = any(item.isVisible() for item in (*self._fills.values(), *self._whiskers.values()))
        if shown and self.source is not None and self.source.bands is None:
            return "refit"
        # shrinking waits for the hand to stop: during a drag each rough band would refresh
        # the chart (and its lines usually keep the axis anyway)
        settled = not self.moving()
        for metric in self._fills:
            how = self._how.get(metric)
            if how is None:
                continue
            divisor, axis_high = how
            high = self.high(metric)  # while the hand moves: no higher than when it was still
            if axis_high is not None and high > axis_high:
                return "grow"
            if axis_high is not None and high < axis_high * BAND_SHRINK_SHARE and settled:
                # the band that widened the axis is gone (a drag's rough band, the scenario
                # before a big change): the chart refreshes, and its axis may shrink
                return "shrink"
            self._draw_fill(metric)
        for metric in self._whiskers:
            how = self._how.get(metric)
            if how is None:
                continue
            index, _row, to_x, x_range = how
            values = self.at_year(metric, index)
            if values is not None and x_range is not None:
                lo, hi = to_x(max(values[0], 1e-12)), to_x(max(values[3], 1e-12))
                if lo < x_range[0] or hi > x_range[1]:
                    return "grow"
            self._draw_whisker(metric)
        return "done"

    def _draw_fill(self, metric: str) -> None:
        item = self._fills[metric]
        band = self._drawn[metric] = self.band(metric)
        caption = self._caption if metric == self._caption_for else None
        if band is None:
            item.clear()
            if caption is not None:
                caption.setVisible(False)
            return
        f, axis_high = self._how[metric]
        x = np.asarray(band.years, dtype=float)
        # while the hand moves, the caption's and the hover text's words wait for it to stop
        # (they say where the median lies: a rough band's median moves with every band, and
        # wording them cost a third of a band's redraw on the slider's steps)
        moving = self.moving()
        note = None
        if caption is not None and axis_high is not None:
            if not moving or not caption.isVisible():
                note = self._caption_note = self.note(metric)
                metrics = QFontMetricsF(caption.font())
                room = caption_room(caption, self._caption_plot, float(x[0]))
                caption.setText(caption_text(note, room, metrics.horizontalAdvance))
            caption.setPos(float(x[0]), axis_high / f)
            caption.setVisible(True)
        if not moving or not item.toolTip():
            tip = self.hover_text(metric, note)
            if item.toolTip() != tip:
                item.setToolTip(tip)
        # the dotted median is the dearest part of a band to paint: drawn once the hand stops
        # (a drag shows the rough band of fewer samples anyway)
        mid = None if moving else band.p50 / f
        if band.p25 is not None and band.p75 is not None:
            item.set_band(x, band.p5 / f, band.p95 / f, band.p25 / f, band.p75 / f, mid)
        else:
            item.set_band(x, band.p5 / f, band.p95 / f, p50=mid)

    def median_line(self, metric: str) -> tuple[np.ndarray, np.ndarray, float] | None:
        """The band's dotted median as drawn (x, y in the axis's display unit, half its width
        [px]) for labels to keep off, or None when it is not drawn (no band, the hand moves)."""
        item = self._fills.get(metric)
        if item is None or not item.isVisible() or "p50" not in item.data:
            return None
        return item.data["x"], item.data["p50"], MEDIAN_WIDTH / 2.0

    def keep_caption_clear(self) -> None:
        """Wrap the caption narrower where it covers a label placed after it (the end values
        and other scenarios' names at the plot's right): it keeps to their left, taller, rather
        than writing over them. Review at 1280×720 in presentation mode with bands and three
        compared scenarios: its five lines ran under four names, and the chart fell back to the
        desk's type to fit. Not while the hand moves (the caption's words wait for it)."""
        caption = self._caption
        if caption is None or not caption.isVisible() or not caption.text():
            return
        if self.moving():
            return
        plot = self._caption_plot
        px = PlotPixels(plot)
        own = label_box(caption, px)
        if not px.ok or own is None:
            return
        others = [
            box
            for item in plot.items
            if isinstance(item, Label)
            and item is not caption
            and (box := label_box(item, px)) is not None
        ]
        metrics = QFontMetricsF(caption.font())
        left, top = own[0], own[1]
        full = caption_room(caption, plot, caption.pos().x())
        least = CAPTION_MIN_CHARS * (metrics.averageCharWidth() or 1.0)
        room = full
        for _ in range(CAPTION_CLEAR_TRIES + 1):
            text = caption_text(self._caption_note, room, metrics.horizontalAdvance)
            lines = text.split("\n")
            right = left + max(metrics.horizontalAdvance(t) for t in lines) + 2 * TEXT_MARGIN
            bottom = top + len(lines) * metrics.lineSpacing() + 2 * TEXT_MARGIN
            covered = [
                b[0]
                for b in others
                if b[0] < right and b[2] > left and b[1] < bottom and b[3] > top
            ]
            if not covered:
                break
            narrower = min(covered) - LABEL_GAP_PX - left - 2 * TEXT_MARGIN
            if narrower < least or narrower >= room:
                text = None  # no room left of them: as wide as the plot allows
                break
            room = narrower
        if text is None:
            text = caption_text(self._caption_note, full, metrics.horizontalAdvance)
        if text != caption.text():
            caption.setText(text)

    def _draw_whisker(self, metric: str) -> None:
        item = self._whiskers[metric]
        index, row, to_x, _x_range = self._how[metric]
        values = self.at_year(metric, index)
        if values is None or not all(math.isfinite(v) and v > 0 for v in values):
            item.clear()
            return
        p5, p25, p75, p95 = (to_x(v) for v in values)
        median = self.median_at(metric, index)
        ok = median is not None and math.isfinite(median) and median > 0
        item.set_values(row, p5, p95, p25, p75, to_x(median) if ok else None)
        item.data = {"p5": values[0], "p25": values[1], "p75": values[2], "p95": values[3]}
        if ok:
            item.data["p50"] = median
