"""The items WattIf draws in its charts, and what they share: lines (:class:`Curve`), markers,
bar sets (:class:`Bars`), direct labels (:class:`Label`), and the helpers that keep their work
small on a slider step (setting what an item already shows does nothing, drawings kept as
pixmaps, containers that draw nothing, a pixel's size in data units).

Each item is made once by its chart (``chart_base.ChartBase`` and its subclasses) and only has
its data set on a change.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QWidget,
)

from . import style
from .plain_attributes import use_plain_attributes

use_plain_attributes()  # the items use Python's attribute access, not PySide's (idempotent)

RASTER_DEVICES = (QWidget, QImage, QPixmap)
"""Paint devices drawn by Qt's raster engine (the screen, images); not SVG, PDF or printers."""
DASHES = frozenset(
    (
        Qt.PenStyle.DashLine,
        Qt.PenStyle.DotLine,
        Qt.PenStyle.DashDotLine,
        Qt.PenStyle.DashDotDotLine,
        Qt.PenStyle.CustomDashLine,
    )
)
"""Pen styles a line drawn as segments keeps continuous (:meth:`Curve._segment_pens`)."""


def label_font(scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(bold)
    return f


PLAIN_ARRAY_KINDS = frozenset("biuf")
"""Array dtypes (bool, integer, float) whose bytes are the data: snapshotted without a copy
through ``np.asarray``."""
_SCALAR_TYPES = (str, bool, int, float)


def _frozen(value):
    """A comparable snapshot of a call argument; TypeError for things that are not data.

    Cheap for what charts pass on every slider step (arrays of floats, short lists of floats):
    a snapshot of another kind for the same data only costs one redraw."""
    kind = type(value)
    if value is None or kind in _SCALAR_TYPES:
        return value
    if kind is np.ndarray and value.dtype.kind in PLAIN_ARRAY_KINDS:
        return (value.shape, value.dtype.str, value.tobytes())
    if (kind is list or kind is tuple) and all(type(v) is float for v in value):
        return (kind, *value)
    if isinstance(value, _SCALAR_TYPES):  # a subclass (numpy's float64, an enum)
        return value
    arr = np.asarray(value)
    if arr.dtype == object:
        raise TypeError("not plain data")
    return (arr.shape, arr.dtype.str, arr.tobytes())


def same_as_last(item, name: str, args: tuple, kwargs: dict) -> bool:
    """True when ``item.name(*args, **kwargs)`` was the last call of that name on ``item``.

    Charts set every item on every change; an item whose data did not change (the baseline, the
    published figures, a fleet row a slider does not touch) then keeps its drawing and is not
    invalidated — this halves the repaint work of a slider step.
    """
    try:
        key = tuple(_frozen(a) for a in args) + tuple(
            (k, _frozen(v)) for k, v in sorted(kwargs.items())
        )
    except TypeError:
        return False
    calls = item.__dict__.setdefault("_last_calls", {})
    if calls.get(name) == key:
        return True
    calls[name] = key
    return False


def paints_nothing(item: QGraphicsItem) -> None:
    """Tell Qt that a container (the chart's layout, a plot, its view box without a border)
    draws nothing itself, only its children: Qt then skips its Python ``boundingRect`` and
    ``paint`` on every repaint (~90 calls a slider step; full repaints of all six charts took
    2.3-2.6 ms with them and 2.1-2.2 ms without). Children stay clipped to a view box's shape."""
    border = getattr(item, "border", None)
    if isinstance(border, QPen) and border.style() != Qt.PenStyle.NoPen:
        return  # a view box with a visible border draws it
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)


def keep_drawing(item: QGraphicsItem) -> QGraphicsItem:
    """Let Qt keep ``item``'s drawing as a pixmap (its device-coordinate cache) and copy it on
    each repaint of its chart, for an item that stays as it is while a slider moves: the
    baseline's dashed lines and bars, the published figures' dots and stems. Every slider step
    repaints the whole plot around them; stroking their dashes again was most of what it cost
    (a full repaint of the per-query chart took 0.34 ms that way and 0.24 ms with the copy, the
    fleet chart's 0.47 and 0.36 ms). Qt draws the item afresh when it is told of a change: new
    data (``setData``/``setOpts``), a new axis scale, or ``update()``, which whoever swaps a pen
    the item keeps must call (themes and presentation mode do). Exports draw every item afresh
    (:func:`chart_render.laid_out` switches the caches off)."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item


def pixel_size(item) -> tuple[float, float] | None:
    """A pixel of ``item``'s view in its data units (x, y), kept in ``item._pixel`` until the
    view changes (the item's ``viewTransformChanged`` forgets it). For an item placed directly
    in its view box's data (no position or transform of its own), the view's range over its size
    in pixels, which is what the view box's transform maps (``ViewBox.updateMatrix``); otherwise
    pyqtgraph's ``pixelVectors`` (~30 µs, asked for each line and bar set of a plot whose range
    changed). None while the item is in no laid-out view."""
    if item._pixel is None:
        view = item.getViewBox()
        parent = item.parentItem()
        if (
            isinstance(view, pg.ViewBox)
            and parent is view.childGroup
            and item.transform().isIdentity()
            and item.pos().isNull()
        ):
            (x0, x1), (y0, y1) = view.state["viewRange"]
            size = view.size()
            width, height = size.width(), size.height()
            if width <= 0 or height <= 0 or x1 == x0 or y1 == y0:
                return None
            item._pixel = (abs(x1 - x0) / width, abs(y1 - y0) / height)
        else:
            vx, vy = item.pixelVectors()
            if vx is None or vy is None:
                return None
            item._pixel = (vx.length(), vy.length())
    return item._pixel


class PixelPadded:
    """Base of the items whose box pads their data by pixels (half a pen's width): they keep the
    box and the size of a pixel (:func:`pixel_size`) until their view's transform changes."""

    _pixel: tuple[float, float] | None = None

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.prepareGeometryChange()
        self._rect = None
        self._pixel = None


class Curve(PixelPadded, pg.GraphicsObject):
    """A line through points in data coordinates with a cosmetic pen, antialiased — what
    pyqtgraph's PlotCurveItem draws for plain data, without its per-paint option checks and
    per-change bounds search (Qt asks an item for its bounding box many times per repaint).

    ``connect="pairs"`` draws separate segments (0-1, 2-3, ...). Setting the data it already
    shows does nothing, so an unchanged curve is not repainted.

    On screen a wide line is drawn as its segments in device pixels (see
    :meth:`_as_segments`); thin or translucent lines and vector files get the path.
    """

    def __init__(self, pen=None, connect: str = "all", antialias: bool = True) -> None:
        super().__init__()
        self._pen = pg.mkPen(pen if pen is not None else style.TEXT)
        self._pairs = connect == "pairs"
        self._antialias = antialias
        self._shown: tuple[bytes, bytes] | None = None  # the data drawn, as bytes
        self._points = QPolygonF()  # the segments' ends: consecutive pairs
        self._points_view: np.ndarray | None = None  # the polygon's memory, as numpy sees it
        self._path: QPainterPath | None = QPainterPath()  # made from the ends when needed
        self._data_rect = QRectF()
        self._rect: QRectF | None = None
        self._pen_checked: tuple[QPen, bool, bool] | None = None  # pen, plain, solid
        # (transform, segment ends in device pixels, a pen per segment or None, the pen)
        self._device_ends: tuple | None = None
        self.xData: np.ndarray | None = None
        self.yData: np.ndarray | None = None

    def setData(self, x, y) -> None:  # noqa: N802 - pyqtgraph's name
        xs = np.array(x, dtype=float)  # a copy: the caller may change its array afterwards
        ys = np.array(y, dtype=float)
        shown = (xs.tobytes(), ys.tobytes())
        if shown == self._shown:
            return
        self._shown = shown
        self.xData, self.yData = xs, ys
        # the segments' ends, written into the polygon's memory from numpy (six points: 4 µs,
        # where a QPointF each and a path took 20 µs); the polygon is this item's alone (Qt's
        # mapped copies are new polygons), so a line that keeps its number of points keeps it
        if self._pairs:
            n = len(xs) // 2 * 2
            ends = np.column_stack((xs[:n], ys[:n])).reshape(-1, 2, 2)
            ends = ends[np.isfinite(ends).all(axis=(1, 2))].reshape(-1, 2)
            view = self._polygon_of(len(ends))
            view[:] = ends
            ex, ey = ends[:, 0].tolist(), ends[:, 1].tolist()
        elif len(xs) > 1 and np.isfinite(xs + ys).all():
            view = self._polygon_of(2 * (len(xs) - 1))  # each segment's two ends
            view[0::2, 0], view[1::2, 0] = xs[:-1], xs[1:]
            view[0::2, 1], view[1::2, 1] = ys[:-1], ys[1:]
            ex, ey = xs.tolist(), ys.tolist()  # a few points: plain Python
        else:  # one point, or a gap in the data: nothing is drawn
            self._polygon_of(0)
            ex = ey = []
        self.prepareGeometryChange()
        self._path = None
        self._device_ends = None
        if ex:
            x0, y0 = min(ex), min(ey)
            self._data_rect = QRectF(x0, y0, max(ex) - x0, max(ey) - y0)
        else:
            self._data_rect = QRectF()
        self._rect = None
        # no informViewBoundsChanged(): the charts' axes never auto-range (their ranges are
        # set by StableRange), and telling the view box cost a third of this call
        self.update()

    def _polygon_of(self, count: int) -> np.ndarray:
        """The polygon of ``count`` points (the one it has when the number stays), as numpy
        sees its memory."""
        view = self._points_view
        if view is None or len(view) != count:
            self._points = pg.functions.create_qpolygonf(count)
            view = self._points_view = pg.functions.ndarray_from_qpolygonf(self._points)
        return view

    def path(self) -> QPainterPath:
        """The line as a path (the points joined; ``pairs``: separate segments)."""
        if self._path is None:
            path = QPainterPath()
            if self._pairs:
                ends = list(self._points)
                for a, b in zip(ends[0::2], ends[1::2], strict=True):
                    path.moveTo(a)
                    path.lineTo(b)
            elif not self._points.isEmpty():  # the points in order: one polygon, no loop
                ends = self._points_view
                line = pg.functions.create_qpolygonf(len(ends) // 2 + 1)
                points = pg.functions.ndarray_from_qpolygonf(line)
                points[0], points[1:] = ends[0], ends[1::2]
                path.addPolygon(line)  # a move to its first point, a line to each next one
            self._path = path
        return self._path

    def getData(self):  # noqa: N802 - pyqtgraph's name
        return self.xData, self.yData

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803
        """The data's extent along ``ax``."""
        r = self._data_rect
        if self._points.isEmpty():
            return None
        return (r.left(), r.right()) if ax == 0 else (r.top(), r.bottom())

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        if self._rect is None:
            r = QRectF(self._data_rect)
            if not self._points.isEmpty():
                # the pen's half width (and antialiasing) in data units, as PlotCurveItem pads
                pad = self._pen.widthF() * 0.7072 + 1.0
                pixel = pixel_size(self)
                if pixel is not None:
                    dx, dy = pixel[0] * pad, pixel[1] * pad
                    r.adjust(-dx, -dy, dx, dy)
            self._rect = r
        return self._rect

    def _as_segments(self, painter) -> bool:
        """True when the line may be drawn as separate segments in device pixels: on a raster
        device (the screen, an image), at full opacity, with an opaque cosmetic pen wider than
        a pixel whose square caps fill the joints. Qt's raster engine strokes an antialiased
        wide polyline through its general path filler (~0.05 ms for six points, a dashed one
        ~0.08 ms); single segments in device pixels take its direct line path (~0.02 ms). A
        dashed line's segments each start their pattern where the last one left it."""
        pen = self._pen
        if self._pen_checked is None or self._pen_checked[0] is not pen:  # themes swap pens
            style_ = pen.style()
            plain = (
                pen.widthF() > 1.0
                and pen.isCosmetic()
                and (style_ == Qt.PenStyle.SolidLine or (style_ in DASHES and not self._pairs))
                and pen.capStyle() == Qt.PenCapStyle.SquareCap
                and pen.color().alpha() == 255
                and pen.brush().style() == Qt.BrushStyle.SolidPattern
            )
            self._pen_checked = (pen, plain, style_ == Qt.PenStyle.SolidLine)
        # the device, not the engine's type: an enum from Qt is a Python call in PySide6
        return (
            self._pen_checked[1]
            and isinstance(painter.device(), RASTER_DEVICES)
            and painter.opacity() == 1.0  # overlapping caps would show at the points
        )

    def _segment_pens(self, mapped: QPolygonF) -> list[QPen] | None:
        """For a dashed pen: a pen per segment whose dash pattern starts where the previous
        segment's ended (``mapped``: the segments' ends in device pixels); None for a solid one
        (its ends are not taken out of the polygon)."""
        pen = self._pen
        if self._pen_checked[2]:  # solid (checked with the pen in _as_segments)
            return None
        period = sum(pen.dashPattern()) or 1.0
        width = pen.widthF()
        offset = pen.dashOffset()
        pens = []
        ends = list(mapped)
        for a, b in zip(ends[0::2], ends[1::2], strict=True):
            segment = QPen(pen)
            segment.setDashOffset(offset)
            pens.append(segment)
            offset = (offset + math.hypot(b.x() - a.x(), b.y() - a.y()) / width) % period
        return pens

    def forget_bounds(self) -> None:
        """The pen's width changed (presentation mode): the box pads by it afresh."""
        self.prepareGeometryChange()
        self._rect = None

    def paint(self, painter, *args) -> None:
        painter.setRenderHint(style.ANTIALIAS, self._antialias)
        painter.setPen(self._pen)
        if self._antialias and self._as_segments(painter):
            to_device = painter.combinedTransform()  # world, window and viewport
            ratio = painter.device().devicePixelRatioF()
            if ratio != 1.0:  # and the device's pixel ratio, which Qt applies again below
                to_device = to_device * QTransform.fromScale(1.0 / ratio, 1.0 / ratio)
            ends = self._device_ends
            if ends is None or ends[0] != to_device or ends[3] is not self._pen:
                # new data, a new view transform or a new pen: the ends in device pixels, one
                # polygon (a QPointF each in a Python list cost ~8 µs more a changed line,
                # made here and freed on the next change)
                mapped = to_device.map(self._points)
                ends = (to_device, mapped, self._segment_pens(mapped), self._pen)
                self._device_ends = ends
            painter.resetTransform()  # Qt restores the item's transform after its paint
            mapped = ends[1]
            count = mapped.size() // 2
            if not count:
                return
            if ends[2] is None:  # the polygon's own memory, its pairs as lines: no copy
                painter.drawLines(mapped.data(), count)
            else:  # dashed: each segment with its place in the pattern
                for i, pen in enumerate(ends[2]):
                    painter.setPen(pen)
                    painter.drawLine(mapped.at(2 * i), mapped.at(2 * i + 1))
        else:
            painter.drawPath(self.path())


class Marker(QGraphicsEllipseItem):
    """A round marker ``size`` pixels across at one data position, antialiased — pyqtgraph's
    ScatterPlotItem symbol "o" for a single point, as a plain Qt item (its outline and box are
    Qt's; only the antialiasing hint is set from Python)."""

    def __init__(self, size: float, brush, pen=None) -> None:
        super().__init__(-size / 2.0, -size / 2.0, size, size)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setBrush(pg.mkBrush(brush))
        self.setPen(pg.mkPen(pen))
        self._xy: tuple[float, float] | None = None

    def setData(self, x, y) -> None:  # noqa: N802 - pyqtgraph's name
        """Move to ``(x[0], y[0])``."""
        xy = (float(x[0]), float(y[0]))
        if xy != self._xy:
            self._xy = xy
            self.setPos(*xy)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803
        if self._xy is None:
            return None
        return (self._xy[ax], self._xy[ax])

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(style.ANTIALIAS, True)
        super().paint(painter, option, widget)


def _least(values) -> float:
    """The smallest of a numpy scalar's or small array's values (plain Python)."""
    v = values.tolist()
    return min(v) if isinstance(v, list) else v


def _most(values) -> float:
    """The largest of a numpy scalar's or small array's values (plain Python)."""
    v = values.tolist()
    return max(v) if isinstance(v, list) else v


_BAR_PLACES = frozenset(("x0", "width", "y", "height"))
"""The options that place WattIf's bars (left end, width, centre row, thickness): a change of
only these takes :meth:`Bars.setOpts`' short way."""
_BAR_OTHER_PLACES = ("x", "x1", "y0", "y1")
"""pyqtgraph's other ways to place bars, which WattIf does not use (the long way if set)."""


def _bar_values(value) -> list[float] | float | None:
    """A bar option as plain floats: a list for a sequence, a float for one number, None when
    it is neither or not finite (pyqtgraph's numpy way then handles it, or refuses it)."""
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        try:
            values = [float(v) for v in value]
        except (TypeError, ValueError):
            return None
        return values if all(map(math.isfinite, values)) else None
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    return None


class Bars(PixelPadded, pg.BarGraphItem):
    """A BarGraphItem that ignores setting the options it already has and keeps its bounding box
    (pyqtgraph recomputes it, pixel vectors and all, each of the many times Qt asks).

    A change of the bars' places only (``x0``, ``width``, ``y``, ``height``; what a slider step
    sets) skips pyqtgraph's colour handling and its note to the view box (whose ranges WattIf
    never fits automatically; see :class:`Curve`), and the few bars are placed in plain Python:
    pyqtgraph's way (a dozen numpy operations on a few values) took ~60 of the ~100 µs a
    change cost."""

    _rect: QRectF | None = None

    def setOpts(self, **opts) -> None:  # noqa: N802 - pyqtgraph's name
        if same_as_last(self, "setOpts", (), opts):
            return
        self._rect = None
        if opts.keys() <= _BAR_PLACES and hasattr(self, "_sharedPen"):  # made: colours set
            self.opts.update(opts)
            self.picture = None
            self._shape = None
            self._prepareData()
            self.prepareGeometryChange()
            self.update()
        else:
            super().setOpts(**opts)

    def _prepareData(self) -> None:  # noqa: N802 - pyqtgraph's name
        """pyqtgraph's, in plain Python for bars placed by ``x0``, ``width``, ``y`` and
        ``height`` (finite numbers or sequences of one length); otherwise pyqtgraph's numpy
        way, with the bounds taken in plain Python (its four ``np.min``/``np.max`` calls were
        half of that)."""
        o = self.opts
        if all(o.get(k) is None for k in _BAR_OTHER_PLACES):
            columns = [_bar_values(o.get(k)) for k in ("x0", "width", "y", "height")]
            if all(c is not None for c in columns):
                lengths = {len(c) for c in columns if isinstance(c, list)}
                if len(lengths) <= 1:
                    n = lengths.pop() if lengths else 1
                    self._place_bars(n, columns)
                    return
        self._prepare_with_numpy()

    def _place_bars(self, n: int, columns: list) -> None:
        """Bar ``i`` from ``x0[i]`` to ``x0[i] + width[i]`` and ``height[i]`` thick around
        ``y[i]`` (either end first, as pyqtgraph orders them); a number stands for every bar."""
        x0s, widths, ys, heights = (c if isinstance(c, list) else [c] * n for c in columns)
        if n == 0:
            self._dataBounds = (None, None), (None, None)
            self._rectarray.resize(0)
            return
        rows = []
        for x0, width, y, height in zip(x0s, widths, ys, heights, strict=True):
            left, right = (x0, x0 + width) if width >= 0 else (x0 + width, x0)
            y0 = y - height / 2.0
            bottom, top = (y0, y0 + height) if height >= 0 else (y0 + height, y0)
            rows.append((left, bottom, right - left, top - bottom))
        self._dataBounds = (
            (min(r[0] for r in rows), max(r[0] + r[2] for r in rows)),
            (min(r[1] for r in rows), max(r[1] + r[3] for r in rows)),
        )
        self._rectarray.resize(n)
        self._rectarray.ndarray()[:] = rows

    def _prepare_with_numpy(self) -> None:
        x0, y0, x1, y1 = self._getNormalizedCoords()
        nx, ny = np.size(x0), np.size(y0)
        if nx == 0 or ny == 0:
            self._dataBounds = (None, None), (None, None)
            self._rectarray.resize(0)
            return
        self._dataBounds = (_least(x0), _most(x1)), (_least(y0), _most(y1))
        self._rectarray.resize(max(nx, ny))
        memory = self._rectarray.ndarray()
        memory[:, 0] = x0
        memory[:, 1] = y0
        memory[:, 2] = x1 - x0
        memory[:, 3] = y1 - y0

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """pyqtgraph's box (the bars padded by half the pen's width in pixels) with the size of a
        pixel kept until the view changes: pyqtgraph measured it afresh after every change of
        the bars (``pixelVectors``, most of the scene's work on a slider step's changes)."""
        if self._rect is None:
            xmn, xmx = self.dataBounds(ax=0)
            ymn, ymx = self.dataBounds(ax=1)
            if xmn is None or xmx is None or ymn is None or ymx is None:
                return QRectF()
            pad = self.pixelPadding()
            px = py = 0.0
            if pad > 0:
                pixel = pixel_size(self) or (0.0, 0.0)  # outside a view: unpadded
                px, py = pixel[0] * pad, pixel[1] * pad
            self._rect = QRectF(xmn - px, ymn - py, 2 * px + xmx - xmn, 2 * py + ymx - ymn)
        return self._rect

    def paint(self, painter, *args) -> None:
        """Draw bars of several colours directly: pyqtgraph records them into a QPicture after
        each change and plays it back on every paint (five bar sets of a full repaint took
        0.38 ms that way, 0.16 ms directly). Bars of one colour are pyqtgraph's own drawing."""
        if self._singleColor:
            super().paint(painter, *args)
        else:
            self._render(painter)


TEXT_MARGIN = 4.0
"""Room around a label's text (what pyqtgraph's TextItem, a QTextDocument, leaves): anchors
place the text exactly where TextItem placed it."""


class Label(QGraphicsSimpleTextItem):
    """A direct label: text at a data position, drawn upright at its pixel size, anchored like
    pyqtgraph's TextItem (``anchor`` (0, 0): upper-left corner at the position, (1, 1):
    lower-right).

    A plain Qt item (no Python ``paint``/``boundingRect``, no text document to lay out, no
    transform to recompute before every paint): Qt ignores the view's scaling for it. Setting the
    text or position it already has does nothing.

    On screen it is kept as a pixmap (as the axes and titles are): Qt lays a text out again in
    every paint, and a slider step repaints every label in the rectangle around what changed.
    Exports and copies draw the text itself (Qt keeps no pixmap outside a view).
    """

    _leader = None  # label_placement.set_leader: the line to its line's end, once made
    _crowded = False  # left out for want of room (yearly rows)

    def __init__(
        self,
        text: str = "",
        colour: str | None = None,
        anchor=(0.0, 0.0),
        font: QFont | None = None,
    ) -> None:
        super().__init__(text)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # no pen: plain text rendering, not an outlined path; no colour: the theme's text
        self.setBrush(QColor(style.TEXT if colour is None else colour))
        if font is not None:
            super().setFont(font)
        self._anchor = (float(anchor[0]), float(anchor[1]))
        self._xy: tuple[float, float] | None = None
        self._place()

    _placed: tuple[float, float] | None = None  # the offset of the text from its position
    _size: tuple[float, float] = (0.0, 0.0)  # the text's box: width, height [px]

    def _place(self) -> None:
        r = self.boundingRect()
        m = TEXT_MARGIN
        ax, ay = self._anchor
        self._size = (r.width(), r.height())
        offset = (m - (r.width() + 2 * m) * ax, m - (r.height() + 2 * m) * ay)
        if offset != self._placed:  # a new text of the same size stays where it is
            self._placed = offset
            self.setTransform(QTransform.fromTranslate(*offset))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text != self.text():
            super().setText(text)
            self._place()

    def box_in(self, pixels) -> tuple[float, float, float, float] | None:
        """The text's box ``(left, top, right, bottom)`` in a plot's pixels
        (``label_placement.PlotPixels``) from where this label put it — its position, offset
        and size, no geometry asked of Qt; None before it has a position."""
        if self._xy is None or self._placed is None:
            return None
        x = float(pixels.x(self._xy[0])) + self._placed[0]
        y = float(pixels.y(self._xy[1])) + self._placed[1]
        return (x, y, x + self._size[0], y + self._size[1])

    def setFont(self, font: QFont) -> None:  # noqa: N802 - Qt's name
        super().setFont(font)
        self._place()

    def setAnchor(self, anchor) -> None:  # noqa: N802 - pyqtgraph's name
        a = (float(anchor[0]), float(anchor[1]))
        if a != self._anchor:
            self._anchor = a
            self._place()

    def setPos(self, x, y=None) -> None:  # noqa: N802 - Qt's name
        xy = (float(x.x()), float(x.y())) if y is None else (float(x), float(y))
        if xy != self._xy:
            self._xy = xy
            super().setPos(*xy)

    def toPlainText(self) -> str:  # noqa: N802 - pyqtgraph's name
        return self.text()

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None) -> None:  # noqa: N802, N803
        """A label never widens an auto-ranged axis (pyqtgraph asks items for their extent)."""
        return None


def text_item(
    text: str = "",
    colour: str | None = None,
    anchor=(0.0, 0.0),
    scale: float = 0.85,
    bold: bool = False,
) -> Label:
    """A direct label (see :class:`Label`)."""
    return Label(text, colour, anchor, label_font(scale, bold))
