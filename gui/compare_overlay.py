"""Named scenarios drawn beside the current one on every chart.

Each chart keeps drawing the scenario being edited (and the baseline) as it always did; an
overlay adds the other *shown* scenarios of the :class:`ScenarioSet`:

- yearly charts (energy, fleet, CO2e/water/cost): one line per scenario in its own colour, line
  style and end symbol, labelled directly with its name (and value) at its end;
- one-year charts (per query, published figures, savings): one symbol per scenario at its value,
  with a small key of names and values inside the plot.

A scenario keeps its look (:func:`compare_look`, by its place in the list) on every chart, in
the list and in the comparison table. Items are made once per slot and only ``setData`` runs on a
change; the chart asks :meth:`CompareOverlay.values` for what its axes must hold and calls
:meth:`CompareOverlay.draw` after each refresh (``ChartBase.compare``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from wattif.core import COMPONENTS
from wattif.core.analyses import metric_series

from . import style, themes
from .chart_base import ChartBase, fmt_in_unit
from .chart_items import TEXT_MARGIN, Curve, Label, label_font
from .formatting import fmt_energy_kwh, fmt_number
from .label_placement import (
    PlotPixels,
    box_blocking,
    free_top,
    label_box,
    lines_blocking,
    put_label,
    set_leader,
)
from .scenario_set import Compared, ScenarioSet

# ---------------------------------------------------------------------------------- looks


@dataclass(frozen=True)
class Look:
    """How one named scenario is drawn everywhere."""

    colour: str
    dash: Qt.PenStyle
    symbol: str  # "o", "s", "t", "d": circle, square, triangle, diamond
    glyph: str  # the same shape as a character, for keys and tables


COMPARE_COLOURS = (
    style.OKABE_ITO["vermillion"],
    style.OKABE_ITO["bluish_green"],
    style.OKABE_ITO["reddish_purple"],
    style.OKABE_ITO["sky_blue"],
    style.OKABE_ITO["orange"],
    style.OKABE_ITO["blue"],
)
"""Okabe–Ito without black (the scenario being edited) and yellow (unreadable as a line)."""
COMPARE_DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotDotLine,
)
"""No plain dashes: those are the baseline's."""
COMPARE_SYMBOLS = (("o", "●"), ("s", "■"), ("t", "▲"), ("d", "◆"))


def compare_look(index: int) -> Look:
    """The look of the named scenario at ``index`` in the list: the first four differ in
    colour, line style and symbol alike (never colour alone)."""
    symbol, glyph = COMPARE_SYMBOLS[index % len(COMPARE_SYMBOLS)]
    return Look(
        COMPARE_COLOURS[index % len(COMPARE_COLOURS)],
        COMPARE_DASHES[index % len(COMPARE_DASHES)],
        symbol,
        glyph,
    )


COMPARE_WIDTH = 2.5
"""A compared scenario's line width [px]."""


def compare_pen(look: Look, width: float = COMPARE_WIDTH) -> QPen:
    pen = pg.mkPen(look.colour, width=width)
    pen.setStyle(look.dash)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def symbol_path(symbol: str, size: float) -> QPainterPath:
    """A filled shape ``size`` pixels across, centred on the origin."""
    h = size / 2.0
    path = QPainterPath()
    if symbol == "s":
        path.addRect(QRectF(-h * 0.9, -h * 0.9, 1.8 * h, 1.8 * h))
    elif symbol == "t":
        path.addPolygon(
            QPolygonF([QPointF(0, -h * 1.1), QPointF(h, h * 0.8), QPointF(-h, h * 0.8)])
        )
        path.closeSubpath()
    elif symbol == "d":
        path.addPolygon(
            QPolygonF([QPointF(0, -h * 1.2), QPointF(h, 0), QPointF(0, h * 1.2), QPointF(-h, 0)])
        )
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), h, h)
    return path


DODGE_SHARE = 0.6
"""A symbol that would cover another moves this share of a symbol's size aside (above, then
below, then further), so that scenarios with the same value each show their symbol."""
MAX_DODGES = 4
"""Symbols on one spot beyond this many are drawn where the last one went."""


def dodged(points: list[QPointF], size: float) -> list[QPointF]:
    """``points`` [device pixels] with each one that would cover an earlier one moved aside,
    by turns above and below it (review: "Today" and "More volume" have the same Wh per query,
    and one symbol hid the other while the key listed both)."""
    out: list[QPointF] = []
    near = size * 0.5
    for p in points:
        q, k = p, 0
        while k < MAX_DODGES and any(
            abs(q.x() - o.x()) < near and abs(q.y() - o.y()) < near for o in out
        ):
            k += 1
            q = QPointF(p.x(), p.y() + size * DODGE_SHARE * ((k + 1) // 2) * (-1) ** (k + 1))
        out.append(q)
    return out


class _Drawn(pg.GraphicsObject):
    """Base of the items that draw every compared scenario of one plot in one paint call:
    lines (with an optional white halo) in data coordinates, symbols at their pixel size."""

    SYMBOL_PX = 10.0

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(85)
        self._lines: list[tuple[QPainterPath, QPen]] = []
        self._marks: list[tuple[QPointF, QPainterPath, QColor, str]] = []  # at, shape, fill, tip
        self._halo: QPen | None = None
        self._outline = pg.mkPen("#FFFFFF", width=1.2)
        self._data_rect = QRectF()
        self._rect: QRectF | None = None
        self._key: object = None
        self.setAcceptHoverEvents(True)
        self.setVisible(False)  # nothing to draw yet (see _set)
        # the other scenarios do not change while a slider moves, but the scenario drawn next to
        # them does, and its repaint covers them: a cached pixmap makes theirs a blit instead of
        # stroking dashed, antialiased lines and symbols on every step
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _set(self, key, lines, marks) -> None:
        if key == self._key:
            return  # the same drawing: the cached paths stay, nothing is repainted
        self._key = key
        self.prepareGeometryChange()
        self._lines = lines
        self._marks = marks
        # explicit bounds: QRectF.united() skips zero-size rects (a single point, a flat line)
        xs = [at.x() for at, *_ in marks]
        ys = [at.y() for at, *_ in marks]
        for path, _pen in lines:
            r = path.controlPointRect()
            if not path.isEmpty():
                xs += [r.left(), r.right()]
                ys += [r.top(), r.bottom()]
        if xs:
            self._data_rect = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))
        else:
            self._data_rect = QRectF()
        self._rect = None
        # hidden while empty: Qt then skips it in every paint (no Python bounding box asked)
        self.setVisible(bool(lines or marks))
        self.update()

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803
        return None  # the charts set their ranges themselves

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.prepareGeometryChange()
        self._rect = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        if self._rect is None:
            r = QRectF(self._data_rect)
            if self._lines or self._marks:
                # half a symbol or a halo, and how far a symbol may move aside [px]
                pad = max(self.SYMBOL_PX, 6.0) * 0.75 + 1.0
                if self._marks:
                    pad += self.SYMBOL_PX * DODGE_SHARE * ((MAX_DODGES + 1) // 2)
                px, py = self.pixelVectors()
                if px is not None and py is not None:
                    dx, dy = px.length() * pad, py.length() * pad
                    r.adjust(-dx, -dy, dx, dy)
            self._rect = r
        return self._rect

    def paint(self, painter, *args) -> None:
        painter.setRenderHint(style.ANTIALIAS, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._halo is not None:
            painter.setPen(self._halo)
            for path, _pen in self._lines:
                painter.drawPath(path)
        for path, pen in self._lines:
            painter.setPen(pen)
            painter.drawPath(path)
        if self._marks:
            t = painter.transform()
            painter.resetTransform()  # symbols keep their pixel size
            painter.setPen(self._outline)
            spots = dodged([t.map(m[0]) for m in self._marks], self.SYMBOL_PX)
            for (_at, shape, fill, _tip), spot in zip(self._marks, spots, strict=True):
                painter.setBrush(fill)
                painter.drawPath(shape.translated(spot))
            painter.setTransform(t)

    def hoverMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The tooltip of the symbol under the pointer (its scenario's name and value)."""
        tip = ""
        view = event.widget()
        if view is not None and self._marks:
            t = self.deviceTransform(view.viewportTransform())
            here = t.map(event.pos())
            spots = dodged([t.map(m[0]) for m in self._marks], self.SYMBOL_PX)
            near = [
                (abs(spot.x() - here.x()) + abs(spot.y() - here.y()), m[3])
                for m, spot in zip(self._marks, spots, strict=True)
            ]
            d, text = min(near)
            tip = text if d <= self.SYMBOL_PX else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def tips(self) -> list[str]:
        return [m[3] for m in self._marks]


class CompareLines(_Drawn):
    """The compared scenarios' lines in one plot, each with its symbol at its end."""

    def __init__(self, halo: bool = False) -> None:
        super().__init__()
        if halo:  # a white edge keeps a line readable over the stacked bands
            self._halo = pg.mkPen(QColor(255, 255, 255, 200), width=5.5)
        self.ys: dict[int, np.ndarray] = {}

    def set_lines(
        self, lines: list[tuple[np.ndarray, np.ndarray, Look, str]], width_scale: float = 1.0
    ) -> None:
        """``(x, y, look, tip)`` per scenario [display units]; ``width_scale``: the chart's line
        scale (presentation mode, the projector theme), as its own lines have it."""
        key = (width_scale, *((x.tobytes(), y.tobytes(), look, tip) for x, y, look, tip in lines))
        if key == self._key:
            return
        paths, marks = [], []
        self.ys = {}
        self.xs: dict[int, np.ndarray] = {}
        for i, (x, y, look, tip) in enumerate(lines):
            path = QPainterPath()
            if len(x) and np.isfinite(y).all():
                path.addPolygon(
                    QPolygonF([QPointF(a, b) for a, b in zip(x.tolist(), y.tolist(), strict=True)])
                )
                end = QPointF(float(x[-1]), float(y[-1]))
                marks.append((end, symbol_path(look.symbol, 9.0), QColor(look.colour), tip))
            paths.append((path, compare_pen(look, COMPARE_WIDTH * width_scale)))
            self.ys[i] = y
            self.xs[i] = x
        self._set(key, paths, marks)


class CompareMarks(_Drawn):
    """The compared scenarios' symbols in one plot (one-year charts)."""

    def set_marks(self, marks: list[tuple[np.ndarray, np.ndarray, Look, str]]) -> None:
        """``(xs, ys, look, tip)`` per scenario [display units]."""
        key = tuple(
            (np.asarray(x).tobytes(), np.asarray(y).tobytes(), lk, t) for x, y, lk, t in marks
        )
        if key == self._key:
            return
        out = []
        for xs, ys, look, tip in marks:
            shape = symbol_path(look.symbol, self.SYMBOL_PX)
            for x, y in zip(
                np.asarray(xs, float).tolist(), np.asarray(ys, float).tolist(), strict=True
            ):
                out.append((QPointF(x, y), shape, QColor(look.colour), tip))
        self._set(key, [], out)

    def points(self) -> list[tuple[float, float, str]]:
        return [(m[0].x(), m[0].y(), m[3]) for m in self._marks]


class BoxLabel(Label):
    """A direct label on a white box, so that it reads on lines, bands and bars (the box is a
    plain Qt child item: no Python paint)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._box = QGraphicsRectItem(self)
        self._box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._box.setBrush(QColor(255, 255, 255, 225))
        self._box.setPen(QPen(Qt.PenStyle.NoPen))
        self._box.setRect(self.boundingRect())
        # drawn once into a pixmap: moving the label (a slider step) is a blit, no text layout
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _place(self) -> None:
        super()._place()
        if hasattr(self, "_box"):
            self._box.setRect(self.boundingRect())


def box_label(colour: str, anchor=(0.0, 0.0), bold: bool = True) -> BoxLabel:
    label = BoxLabel("", colour, anchor, label_font(0.85, bold))
    label.setZValue(95)
    return label


# ---------------------------------------------------------------------------------- layout


def place_labels(
    wanted: list[float],
    height: float,
    low: float,
    high: float,
    blocked: list[tuple[float, float]] = (),
) -> list[float]:
    """Tops [px] for labels ``height`` px tall that want their tops at ``wanted``: in the same
    order, none overlapping each other or a ``blocked`` interval (the chart's own labels), and
    inside [low, high] where there is room (pixels grow downwards).

    A first pass pushes labels down past each other and past blocked intervals; if the last one
    then runs out at the bottom, a second pass from the bottom pushes them up instead.
    """
    if not wanted:
        return []

    def hit(top: float) -> tuple[float, float] | None:
        return next(((a, b) for a, b in blocked if top < b and top + height > a), None)

    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    tops = [0.0] * len(wanted)
    bottom = low
    for i in order:
        top = max(wanted[i], bottom)
        for _ in range(len(blocked) + 1):
            h = hit(top)
            if h is None:
                break
            down, up = h[1] + 1.0, h[0] - height - 1.0
            # above the obstacle when that is nearer and leaves the labels above in peace
            ok_up = up >= bottom and up >= low and hit(up) is None
            top = up if ok_up and abs(up - wanted[i]) < abs(down - wanted[i]) else down
        tops[i] = top
        bottom = top + height
    if bottom <= high:
        return tops
    ceiling = high
    for i in reversed(order):
        top = min(tops[i], ceiling - height)
        while (h := hit(top)) is not None:
            top = h[0] - height - 1.0
        tops[i] = top
        ceiling = top
    return tops


END_ROOM_PX = 8.0
"""Room between a line's end (its symbol) and the right edge of its name [px]."""


def plot_lines(plot: pg.PlotItem, px: PlotPixels) -> list[tuple[np.ndarray, np.ndarray, float]]:
    """The visible lines of a plot in its pixels with their half widths: the chart's own
    curves and the compared scenarios' lines (``label_placement.lines_blocking``)."""
    out = []
    for item in plot.items:
        if not item.isVisible():
            continue
        if isinstance(item, Curve) and item.xData is not None and len(item.xData):
            out.append((px.xs(item.xData), px.ys(item.yData), item._pen.widthF() / 2))
        elif isinstance(item, CompareLines):
            pad = max(item._halo.widthF() if item._halo is not None else 0.0, COMPARE_WIDTH) / 2
            for i, y in item.ys.items():
                out.append((px.xs(item.xs[i]), px.ys(y), pad))
    return out


def _label_height(label: Label) -> float:
    return label.boundingRect().height() + 2.0


# ---------------------------------------------------------------------------------- overlays


class CompareOverlay:
    """Draws the compared scenarios of ``scenarios`` on ``chart`` (base class).

    Subclasses make their items in :meth:`build`, fill them in :meth:`draw` (skipping what did
    not change: a slider step changes only the scenario being edited) and say what the axes must
    hold in :meth:`values`.
    """

    def __init__(self, chart: ChartBase, scenarios: ScenarioSet, lang: str = "en") -> None:
        self.chart = chart
        self.scenarios = scenarios
        self.lang = lang
        self._layout_key: object = None
        self.build()
        chart.compare = self
        scenarios.compared_changed.connect(self._on_compared)
        for plot in self.plots():
            # labels keep their pixel size: a resized plot needs them laid out again
            plot.getViewBox().sigResized.connect(self.relayout)

    def _on_compared(self) -> None:
        self.chart._reset = True  # the axes take in (or let go of) the other scenarios
        self.chart._on_change()

    def compared(self) -> list[Compared]:
        return self.scenarios.compared()

    def year_index(self, results) -> int:
        first, n = int(results.years[0]), len(results.years)
        return min(max(self.chart.model.year - first, 0), n - 1)

    def compared_key(self) -> tuple:
        """Identifies what is drawn: the compared scenarios and the chosen year."""
        return (
            tuple((c.index, c.name, id(c.results)) for c in self.compared()),
            self.chart.model.year,
            getattr(self.chart, "wf_metric", None),  # the waterfall switches what it shows
        )

    def relayout(self, *_: object) -> None:
        if self.chart.isVisible():
            self._layout_key = None
            self.layout()

    # -- to override ----------------------------------------------------------------------
    def build(self) -> None:
        """Make the items (once)."""

    def plots(self) -> list[pg.PlotItem]:
        """The plots whose labels need laying out again when they are resized."""
        return []

    def values(self, key: str) -> list[float]:
        """Values [chart's base unit] the axis ``key`` must show for the compared scenarios."""
        return []

    def draw(self) -> None:
        """Called after each refresh of the chart."""

    def layout(self) -> None:
        """Place the labels."""

    def series(self) -> dict[str, dict]:
        """What the overlay shows, by scenario name (for tests)."""
        return {}

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def px_per_unit(plot: pg.PlotItem) -> tuple[float, float]:
        """Pixels per data unit along x and y of ``plot`` (0 before it is laid out)."""
        vb = plot.getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        w, h = vb.width(), vb.height()
        return (w / (x1 - x0) if x1 > x0 else 0.0, h / (y1 - y0) if y1 > y0 else 0.0)


class YearlyOverlay(CompareOverlay):
    """Lines over the years for charts with one or more yearly plots.

    ``rows``: (key, plot, getter(results) -> (Y,), scale() -> divisor, labelled?) — the rows
    marked for labels get each scenario's name (and value, ``label_values``) at its line's end,
    moved apart so that none overlaps another or the chart's own labels (``avoid(plot)``); a
    name without room is left out (the symbol's tooltip still names it).
    ``value_text(key, value)`` formats a value [base unit] for labels and tooltips.
    """

    def __init__(
        self,
        chart,
        scenarios,
        lang,
        rows,
        value_text=None,
        halo=False,
        avoid=None,
        quiet=None,
        label_values=True,
    ) -> None:
        self.rows = rows
        self.value_text = value_text
        self.label_values = label_values
        self.halo = halo
        self.avoid = avoid or (lambda plot: [])
        self.quiet = quiet  # quiet(on): the chart's own items step back while others are drawn
        self._data_key: object = None
        self._drawn_any = True  # until the first draw has cleared everything
        self._quiet_on = False
        self._elided: dict[tuple, str] = {}
        super().__init__(chart, scenarios, lang)

    def build(self) -> None:
        self.lines: dict[str, CompareLines] = {}
        self.labels: dict[str, list[BoxLabel]] = {}
        for key, plot, _get, _scale, labelled in self.rows:
            item = CompareLines(self.halo)
            plot.addItem(item)
            self.lines[key] = item
            if labelled:
                self.labels[key] = []

    def plots(self) -> list[pg.PlotItem]:
        return [row[1] for row in self.rows if row[4]]

    def values(self, key: str) -> list[float]:
        if not self.scenarios.compared():
            return []
        cache = self.__dict__.setdefault("_values", {})
        cache_key = (key, tuple(id(c.results) for c in self.compared()))
        if cache_key not in cache:
            get = next((row[2] for row in self.rows if row[0] == key), None)
            if get is None:
                return []
            if len(cache) > 32:
                cache.clear()
            cache[cache_key] = [float(np.max(get(c.results))) for c in self.compared()]
        return cache[cache_key]

    def draw(self) -> None:
        compared = self.compared()
        if self.quiet is not None and (compared or self._quiet_on):
            self.quiet(bool(compared))
            self._quiet_on = bool(compared)
        if not compared and not self._drawn_any:
            return  # nothing compared, nothing drawn: a slider step costs nothing here
        self._drawn_any = bool(compared)
        widths = self.chart.line_scale * themes.current().line_scale  # as the chart's own
        data_key = (
            tuple((c.index, c.name, id(c.results)) for c in compared),
            tuple(scale() for _k, _p, _g, scale, _l in self.rows),
            widths,
        )
        if data_key != self._data_key:
            self._data_key = data_key
            self._layout_key = None
            for key, plot, get, scale, _labelled in self.rows:
                f = scale()
                lines = []
                for c in compared:
                    y = np.asarray(get(c.results), dtype=float)
                    tip = c.name
                    if self.value_text is not None:
                        tip = f"{tip} {self.value_text(key, float(y[-1]))}"
                    lines.append((c.results.years.astype(float), y / f, compare_look(c.index), tip))
                self.lines[key].set_lines(lines, widths)
                labels = self.labels.get(key)
                if labels is None:
                    continue
                while len(labels) < len(compared):
                    label = box_label(style.TEXT, (1.0, 0.5))
                    plot.addItem(label)
                    labels.append(label)
                for i, label in enumerate(labels):
                    if i >= len(compared):
                        label.setVisible(False)
                        label._parts = None
                        continue
                    c = compared[i]
                    y = np.asarray(get(c.results), dtype=float)
                    value = self.value_text(key, float(y[-1])) if self.value_text else ""
                    label._parts = (c.name, value if self.label_values else "")
                    label._end = (float(c.results.years[-1]), float(y[-1] / f))
                    label.setBrush(QColor(compare_look(c.index).colour))
                    label.setToolTip(f"{c.name} {value}".strip())
        self.layout()

    def layout(self) -> None:
        for key, plot, _get, _scale, labelled in self.rows:
            if not labelled:
                continue
            labels = [lab for lab in self.labels[key] if lab._parts is not None]
            if not labels:
                continue
            vb = plot.getViewBox()
            avoid = self.avoid(plot)
            layout_key = (
                self._data_key,
                vb.width(),
                vb.height(),
                tuple(vb.viewRange()[0]),
                tuple(vb.viewRange()[1]),
                tuple(
                    (a.isVisible(), a.text(), a.pos().x(), a.pos().y(), a._anchor)
                    for a in avoid
                    if isinstance(a, Label)
                ),
                tuple(
                    item.yData.tobytes()
                    for item in plot.items
                    if isinstance(item, Curve) and item.yData is not None
                ),
            )
            if layout_key == getattr(vb, "_compare_layout", None):
                continue  # nothing moved: the names stay where they are
            vb._compare_layout = layout_key
            self._place_labels(plot, labels, avoid)

    def _place_labels(self, plot: pg.PlotItem, labels: list, avoid: list) -> None:
        """Names left of the lines' ends, just above or below their own line: each at the free
        place nearest to its line's end that no line of the plot (the scenario's, the
        baseline's, the other scenarios') crosses and no other label covers; a name too long
        for the plot is cut short with "…" (the whole name is in its tooltip), a name with no
        free place is left out (its symbol's tooltip still names it)."""
        px = PlotPixels(plot)
        if not px.ok:
            return
        for label in labels:
            name, value = label._parts
            room = round(float(px.x(label._end[0])) - END_ROOM_PX - 2 * TEXT_MARGIN - 4.0)
            text = self._elided.get((name, value, room))
            if text is None:
                metrics = QFontMetricsF(label.font())
                tail = f" {value}" if value else ""
                if metrics.horizontalAdvance(name + tail) > room:
                    name = metrics.elidedText(
                        name,
                        Qt.TextElideMode.ElideRight,
                        max(room - metrics.horizontalAdvance(tail), 20),
                    )
                text = name + tail
                if len(self._elided) > 256:
                    self._elided.clear()
                self._elided[(label._parts[0], value, room)] = text
            label.setText(text)
        lines = plot_lines(plot, px)
        placed = [box for other in avoid if (box := label_box(other, px)) is not None]
        for label in sorted(labels, key=lambda lab: -lab._end[1]):  # the highest end first
            r = label.boundingRect()
            right = float(px.x(label._end[0])) - END_ROOM_PX - TEXT_MARGIN
            left = right - r.width()
            end_y = float(px.y(label._end[1]))
            blocked = lines_blocking(lines, left, right)
            blocked += [b for box in placed if (b := box_blocking(box, left, right))]
            top = free_top(end_y - r.height() / 2, r.height(), 0.0, px.height, blocked)
            if label.isVisible() != (top is not None):
                label.setVisible(top is not None)
            if top is not None:
                put_label(label, px, right, top)
                set_leader(label, px, (float(px.x(label._end[0])), end_y))
                placed.append((left, top, right, top + r.height()))

    def series(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for i, c in enumerate(self.compared()):
            out[c.name] = {key: self.lines[key].ys.get(i) for key in self.lines} | {
                "label": [
                    labels[i].text()
                    for labels in self.labels.values()
                    if i < len(labels) and labels[i].isVisible()
                ]
            }
        return out


class PointsOverlay(CompareOverlay):
    """One-year charts: symbols at the compared scenarios' values, each with its name and value
    as tooltip, and (with a ``corner``) a key of names and values inside the plot.

    ``points(results, year_index) -> (xs, ys)`` in the chart's display units; ``key_text(c, xs)``
    the name and value; ``corner``: where the key sits, (1, 1) lower right, (1, 0) upper right,
    None for no key (where the chart has no free corner, the neighbouring chart's key and the
    energy chart's labels name the same symbols).
    """

    def __init__(
        self,
        chart,
        scenarios,
        lang,
        plot: pg.PlotItem,
        points: Callable,
        key_text: Callable,
        extent: Callable | None = None,
        corner: tuple[float, float] | None = (1.0, 1.0),
        scale: Callable | None = None,
    ) -> None:
        self.plot = plot
        self.points = points
        self.key_text = key_text
        self.extent = extent
        self.corner = corner
        self.scale = scale  # () -> what else the points depend on (the chart's unit)
        self._data_key: object = None
        self._drawn_key: object = None
        self._values: tuple[object, list[float]] = (None, [])
        super().__init__(chart, scenarios, lang)

    def build(self) -> None:
        self.marks = CompareMarks()
        self.plot.addItem(self.marks)
        self.keys: list[BoxLabel] = []

    def plots(self) -> list[pg.PlotItem]:
        return [self.plot] if self.corner is not None else []

    def values(self, key: str) -> list[float]:
        if self.extent is None or not self.scenarios.compared():
            return []
        cache_key = self.compared_key()
        if self._values[0] != cache_key:
            out: list[float] = []
            for c in self.compared():
                out += self.extent(c.results, self.year_index(c.results))
            self._values = (cache_key, out)
        return self._values[1]

    def draw(self) -> None:
        drawn_key = (self.compared_key(), self.scale() if self.scale else None)
        if drawn_key == self._drawn_key:
            self.layout()
            return
        self._drawn_key = drawn_key
        compared = self.compared()
        rows = []
        texts = []
        for c in compared:
            xs, ys = self.points(c.results, self.year_index(c.results))
            text = self.key_text(c, xs)
            rows.append((np.asarray(xs, float), np.asarray(ys, float), compare_look(c.index), text))
            texts.append(f"{compare_look(c.index).glyph} {text}")
        self.marks.set_marks(rows)
        if self.corner is None:
            return
        data_key = (tuple(texts), tuple(compare_look(c.index).colour for c in compared))
        if data_key != self._data_key:
            self._data_key = data_key
            while len(self.keys) < len(compared):
                key = box_label(style.TEXT, (self.corner[0], 0.0), bold=False)
                self.plot.addItem(key)
                self.keys.append(key)
            for i, key in enumerate(self.keys):
                key._full = texts[i] if i < len(texts) else ""
                key.setVisible(i < len(texts))
                if i < len(texts):
                    key.setBrush(QColor(compare_look(compared[i].index).colour))
            self._layout_key = None
        self.layout()

    def layout(self) -> None:
        keys = [k for k in self.keys if k._full]
        if not keys:
            return
        vb = self.plot.getViewBox()
        layout_key = (
            self._data_key,
            vb.width(),
            vb.height(),
            tuple(vb.viewRange()[0]),
            tuple(vb.viewRange()[1]),
        )
        if layout_key == self._layout_key:
            return
        self._layout_key = layout_key
        px_x, px_y = self.px_per_unit(self.plot)
        if px_x <= 0 or px_y <= 0:
            return
        (x0, x1), (_y0, y1) = vb.viewRange()
        room = vb.width() - 8.0 - 2 * TEXT_MARGIN
        for k in keys:  # a key longer than the plot is cut short (the symbol's tooltip is not)
            metrics = QFontMetricsF(k.font())
            if metrics.horizontalAdvance(k._full) > room:
                k.setText(metrics.elidedText(k._full, Qt.TextElideMode.ElideMiddle, room))
            else:
                k.setText(k._full)
        height = max(_label_height(k) for k in keys)
        right = x1 - 4.0 / px_x if self.corner[0] == 1.0 else x0 + 4.0 / px_x
        first = vb.height() - len(keys) * height - 6.0 if self.corner[1] == 1.0 else 4.0
        for i, k in enumerate(keys):
            k.setPos(right, y1 - (first + i * height) / px_y)

    def series(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        points = self.marks.points()
        for i, c in enumerate(self.compared()):
            mine = [(x, y) for x, y, tip in points if tip.startswith(c.name)]
            out[c.name] = {
                "points": mine,
                "key": self.keys[i].text() if i < len(self.keys) else "",
                "tooltip": next((tip for _x, _y, tip in points if tip.startswith(c.name)), ""),
            }
        return out


# ---------------------------------------------------------------------------------- wiring


def attach(charts: list[ChartBase], scenarios: ScenarioSet, lang: str = "en") -> list:
    """Give each chart of the main window its overlay (by its object name)."""
    out = []
    for chart in charts:
        make = _FACTORIES.get(chart.objectName())
        if make is not None:
            out.append(make(chart, scenarios, lang))
    return out


def _energy(chart, scenarios, lang):
    def scale() -> float:
        return chart._scale[0] if chart._scale else 1.0

    overlay = YearlyOverlay(
        chart,
        scenarios,
        lang,
        [("energy_kwh", chart.plot, lambda r: r.energy_total_kwh, scale, True)],
        value_text=lambda key, v: fmt_energy_kwh(v, lang),
        halo=True,
        avoid=lambda plot: [chart.total_label, chart.baseline_label],
        quiet=lambda on: _quiet_bands(chart, on),
    )
    return overlay


BAND_FADE = 0.45
"""Share of their colour the stacked components keep while other scenarios are drawn."""


def _quiet_bands(chart, on: bool) -> None:
    """While other scenarios are drawn, the stacked components fade and lose their labels
    (the per-query chart names the same colours): the lines and their names read first."""
    chart.bands.set_fade(BAND_FADE if on else 1.0)
    if on:
        for label in chart.band_labels.values():
            if label.isVisible():
                label.setVisible(False)


def _rows(chart, scenarios, lang):
    rows = []
    for i, (key, _label, _kind, _colour, get) in enumerate(chart._rows):
        rows.append(
            (
                key,
                chart.plots[key],
                get,
                lambda k=key: chart._scales[k][0] if k in chart._scales else 1.0,
                i == 0,
            )
        )
    first = rows[0][0]
    kinds = {key: kind for key, _label, kind, _colour, _get in chart._rows}
    return YearlyOverlay(
        chart,
        scenarios,
        lang,
        rows,
        value_text=lambda key, v: fmt_in_unit(kinds[key], v, chart._scales[key], lang),
        label_values=False,
        avoid=lambda plot: [chart.end_labels[first], getattr(chart, f"_name_{first}")],
        quiet=lambda on: _quiet_rows(chart, on),
    )


def _quiet_rows(chart, on: bool) -> None:
    """While other scenarios are drawn, the scenario being edited is drawn black in every row
    (as in the energy chart and the list): a row's own colour could be another scenario's."""
    if getattr(chart, "_compare_quiet", False) == on:
        return
    chart._compare_quiet = on
    for key, _label, _kind, colour, _get in chart._rows:
        want = style.TEXT if on else colour
        curve = chart.curves[key]
        if curve._pen.color() != QColor(want):
            curve._pen = style.scenario_pen(want, curve._pen.widthF())
            curve.update()
            chart.end_labels[key].setBrush(QColor(want))


def _per_query(chart, scenarios, lang):
    from .per_query_chart import PER_QUERY_COMPONENTS

    idx = [COMPONENTS.index(c) for c in PER_QUERY_COMPONENTS]
    rows = chart._rows + 0.03  # between the scenario's bar and the baseline's: clear of labels

    def points(r, i):
        return r.per_query_wh[i, idx], rows

    def key_text(c, xs):
        return f"{c.name} {fmt_number(float(np.sum(xs)), lang)} Wh"

    return PointsOverlay(
        chart,
        scenarios,
        lang,
        chart.plot,
        points,
        key_text,
        extent=lambda r, i: [float(np.max(r.per_query_wh[i, idx]))],
    )


def _published(chart, scenarios, lang):
    def total(r, i) -> float:
        return float(r.per_query_total_wh[i])

    def points(r, i):
        return [np.log10(max(total(r, i), 1e-4))], [chart.scen_row]

    def key_text(c, xs):
        return f"{c.name} {fmt_number(10 ** float(xs[0]), lang)} Wh"

    return PointsOverlay(
        chart,
        scenarios,
        lang,
        chart.plot,
        points,
        key_text,
        extent=lambda r, i: [total(r, i)],
        corner=None,
    )


def _waterfall(chart, scenarios, lang):
    def total(r, i) -> float:  # the metric the waterfall shows (energy, CO2e or cost)
        return float(metric_series(r, chart.wf_metric)[i])

    def points(r, i):
        f = chart._scale[0] if chart._scale else 1.0
        # in the gap just above the scenario's bar (the lowest row): clear of its value label
        return [total(r, i) / f], [1.42]

    def key_text(c, xs):
        return f"{c.name} {chart.fmt_value(total(c.results, self_year(c)))}"

    def self_year(c) -> int:
        return overlay.year_index(c.results)

    overlay = PointsOverlay(
        chart,
        scenarios,
        lang,
        chart.plot,
        points,
        key_text,
        extent=lambda r, i: [total(r, i)],
        corner=None,
        scale=lambda: chart._scale,
    )
    return overlay


_FACTORIES = {
    "energyChart": _energy,
    "fleetChart": _rows,
    "environmentChart": _rows,
    "perQueryChart": _per_query,
    "publishedChart": _published,
    "waterfallChart": _waterfall,
}
