"""What every chart shares: styling, stable axis ranges with hysteresis, unit scaling.

pyqtgraph's idiom is followed throughout: items are created once in a chart's constructor and
only ``setData``/``setOpts`` run on change. Axes never auto-range: :class:`StableRange` keeps a
range until the data leave it (then it grows to a round number with room for the next steps of
the drag) or use less than 45 % of it (then it shrinks; a fresh range leaves the data at least
65 %, a grown one at least 53 %, so this hysteresis keeps axes still while a slider moves, yet an
undone drag brings the axis back). A jump in the scenario (preset, file, reset) fits the ranges
afresh.
"""

from __future__ import annotations

import math
import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import SIGNAL, QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
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
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QSizePolicy,
    QWidget,
)

from . import style
from .axis_cache import MemoAxis
from .band_overlay import BandLayer
from .chart_export import ChartExporter
from .chart_title import ChartTitle
from .formatting import ENERGY_UNITS, fmt_count, fmt_number
from .plain_attributes import use_plain_attributes
from .scenario_model import ScenarioModel

# Views draw without antialiasing (axes, bars and fills are axis-aligned and crisp); curves and
# markers switch it on for themselves. Antialiasing everything cost a millisecond per slider step.
pg.setConfigOptions(
    antialias=False, background=style.BACKGROUND, foreground=style.TEXT, leftButtonPan=False
)
use_plain_attributes()  # charts and their items use Python's attribute access, not PySide's

_PREPARE_FOR_PAINT = SIGNAL("sigPrepareForPaint()")
"""pyqtgraph's note to a scene's items that it is about to be painted (``GraphicsScene``)."""
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

_NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(x: float) -> float:
    """The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) ≥ ``x``."""
    if x <= 0 or not math.isfinite(x):
        return 1.0
    exp = math.floor(math.log10(x))
    for n in _NICE:
        v = n * 10.0**exp
        if v >= x * (1 - 1e-12):
            return v
    return 10.0 ** (exp + 1)


GROW_HEADROOM = 1.4
"""An axis the data outgrow (a slider pushing them up) grows to leave at least this factor of
room: the next steps of the drag then fit without another change. A step that changes an
axis costs ~4 ms more than one that does not (new ticks, labels placed afresh, the whole plot
repainted); with the fresh fit's 15 % a PUE drag across its range changed an axis on 23 of 300
steps, above the 5 % that set the step's p95 (issue 10). A fresh fit (a new scenario, undo to
it, the data falling below ``shrink_below``) keeps the tight ``headroom``."""


class StableRange:
    """An axis range [0 or low, high] that only changes when it has to.

    Parameters
    ----------
    headroom : float
        A fresh upper end leaves this factor of room above the data.
    shrink_below : float
        The range shrinks when the data use less than this share of it. It must stay well
        below ``1 / (max(headroom, GROW_HEADROOM) × 4/3)`` (the least share a round range
        leaves the data after a fresh fit or after growing).
    """

    def __init__(self, headroom: float = 1.15, shrink_below: float = 0.45) -> None:
        self.headroom = headroom
        self.grow = max(headroom, GROW_HEADROOM)
        self.shrink_below = shrink_below
        self.low = 0.0
        self.high: float | None = None

    def fit(self, data_low: float, data_high: float, reset: bool = False) -> bool:
        """Update for data spanning [data_low, data_high]; True when the range changed."""
        lo = min(0.0, data_low) if math.isfinite(data_low) else 0.0
        hi = data_high if math.isfinite(data_high) and data_high > 0 else 0.0
        span_hi = hi if hi > 0 else 1e-12
        new_low = -nice_ceil(-lo * self.headroom) if lo < 0 else 0.0
        changed = False
        if self.high is None or reset or hi > self.high or hi < self.high * self.shrink_below:
            grows = not reset and self.high is not None and hi > self.high
            room = self.grow if grows else self.headroom
            new_high = nice_ceil(span_hi * room) if hi > 0 else 1.0
            changed = new_high != self.high
            self.high = new_high
        if new_low < self.low or reset or (self.low < 0 and lo > self.low * self.shrink_below):
            changed = changed or new_low != self.low
            self.low = new_low
        return changed


def unit_scale(kind: str, high: float) -> tuple[float, str]:
    """Divisor and unit label for an axis whose range reaches ``high`` (in base units).

    ``kind``: ``energy_kwh``, ``count``, ``t_co2e``, ``m3``, ``eur``, ``mw``, ``wh``.
    """
    a = abs(high)
    if kind == "energy_kwh":
        for factor, unit in ENERGY_UNITS:
            if a >= factor * 1.5:  # up to 1,500 GWh read better than 1.5 TWh on an axis
                return factor, unit
        return 1.0, "kWh"
    if kind == "mw":
        return (1e3, "GW") if a >= 1e3 else (1.0, "MW") if a >= 1.0 else (1e-3, "kW")
    if kind == "t_co2e":
        if a >= 1e6:
            return 1e6, "Mt CO₂e"
        if a >= 1e3:
            return 1e3, "kt CO₂e"
        return 1.0, "t CO₂e"
    words = [
        (1e9, QCoreApplication.translate("chart", "billion")),
        (1e6, QCoreApplication.translate("chart", "million")),
        (1e3, QCoreApplication.translate("chart", "thousand")),
    ]
    base = {"m3": "m³", "eur": "EUR", "count": ""}.get(kind, kind)
    for factor, word in words:
        if a >= factor * 0.999:
            return factor, f"{word} {base}".strip()
    return 1.0, base


def fmt_in_unit(kind: str, value: float, axis_scale: tuple[float, str], lang: str = "en") -> str:
    """A direct label for ``value``: just the number in the axis unit when the value reads well
    in it, else the number with a unit of its own (``8`` accelerators, ``7.14 kW``, ``25.5 m³``
    on an axis in thousands or MW) — never ``0.00800``."""
    own = unit_scale(kind, value)
    if own == axis_scale or value == 0 or not math.isfinite(value):
        return fmt_number(value / axis_scale[0], lang)
    if kind == "count" and own[0] == 1.0:
        return fmt_count(value, lang)
    return f"{fmt_number(value / own[0], lang)} {own[1]}".strip()


SHORT_COMPONENT_LABELS = {
    "accelerators": ("Accelerators", "Beschleuniger"),
    "host": ("Host", "Host"),
    "idle": ("Idle capacity", "Leerlauf"),
    "facility": ("Cooling & facility", "Kühlung & Gebäude"),
    "network": ("Network", "Netzwerk"),
    "device": ("End-user device", "Endgerät"),
    "local": ("Local AI PC", "Lokaler KI-PC"),
    "training": ("Training share", "Trainingsanteil"),
    "other_ai": ("Other AI workloads", "Andere KI-Last"),
}
"""Component names short enough to sit inside a chart (the core's are for tables)."""


def short_component_label(comp: str, lang: str = "en") -> str:
    en, de = SHORT_COMPONENT_LABELS.get(comp, (comp, comp))
    return de if lang == "de" else en


YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50)


def year_tick_values(
    first: int,
    last: int,
    low: float,
    high: float,
    pixels: float,
    label_px: float,
    *,
    fewest: int = 3,
) -> list[int]:
    """Years to label on an axis showing [low, high] over ``pixels``, evenly spaced: the least
    step of :data:`YEAR_STEPS` that leaves room between labels ``label_px`` wide, counted back
    from the last year — the horizon, which the titles and the KPI cards name.

    An axis is read by its steps: 2025, 2027, 2030 (the last year squeezed in after a regular
    tick) drew gaps of two and three years alike (review). So the first year is labelled only where
    the step reaches it; a larger step of :data:`YEAR_STEPS` that divides the span is taken
    instead when it still labels ``fewest`` years (or as many as the least step):
    2025, 2030 … 2050 rather than 2026, 2028 … 2050, but 2030, 2040, 2050 rather than
    2025, 2050. Where not even two labels fit, the last year alone tells the horizon."""
    if last <= first:
        return [first]
    span = last - first
    per_year = pixels / max(high - low, 1e-9)
    room = label_px * 1.35
    fits = [s for s in YEAR_STEPS if s * per_year >= room] or [YEAR_STEPS[-1]]
    back = list(range(last, first - 1, -fits[0]))[::-1]
    both_ends = next((s for s in fits if span % s == 0), None)
    if both_ends is not None:
        years = list(range(first, last + 1, both_ends))
        if len(years) >= min(fewest, len(back)):
            return years
    return back


def locale_ticks(axis: pg.AxisItem, lang: str) -> None:
    """Numeric tick labels with the language's decimal mark (``0,05`` in German), as every
    other number in the window. Set once when the axis is made; :func:`year_ticks` and
    ``setTicks`` still take precedence."""
    from .formatting import locale_for

    mark = locale_for(lang).decimalPoint()
    if mark == ".":
        return
    plain = axis.tickStrings

    def tick_strings(values, scale, spacing):
        return [text.replace(".", mark) for text in plain(values, scale, spacing)]

    axis.tickStrings = tick_strings


def year_ticks(axis: pg.AxisItem, first: int, last: int) -> None:
    """Whole years as ticks, evenly spaced, as many as the axis's width has room for, the last
    year always (:func:`year_tick_values`).

    The step is chosen whenever the axis is drawn (so a resize or a larger font re-thins)."""
    axis.setTicks(None)
    axis._wattif_years = (int(first), int(last))
    if getattr(axis, "_wattif_year_axis", False):
        axis.picture = None
        axis.update()
        return
    axis._wattif_year_axis = True
    # pyqtgraph hides labels reaching past the axis's ends: the first and last year would go
    axis.setStyle(hideOverlappingLabels=24)

    def tick_values(min_val: float, max_val: float, size: float):
        lo, hi = axis._wattif_years
        font = axis.style.get("tickFont") or axis.font()
        label_px = QFontMetricsF(font).horizontalAdvance(str(hi))
        return [(1.0, year_tick_values(lo, hi, min_val, max_val, size, label_px))]

    def tick_strings(values, scale, spacing):
        return [str(int(round(v))) for v in values]

    axis.tickValues = tick_values
    axis.tickStrings = tick_strings
    axis.picture = None
    axis.update()


BOTTOM_TICK_OVERFLOW_PX = 6
"""A tick label may reach this far past the end of a horizontal axis (less than the chart's
right margin, so that it is never cut off)."""
AXIS_TITLE_PT = 9.0
"""Point size of an axis title on the desk."""


def label_font(scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(bold)
    return f


_PLAIN_ARRAY_KINDS = frozenset("biuf")
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
    if kind is np.ndarray and value.dtype.kind in _PLAIN_ARRAY_KINDS:
        return (value.shape, value.dtype.str, value.tobytes())
    if (kind is list or kind is tuple) and all(type(v) is float for v in value):
        return (kind, *value)
    if isinstance(value, _SCALAR_TYPES):  # a subclass (numpy's float64, an enum)
        return value
    arr = np.asarray(value)
    if arr.dtype == object:
        raise TypeError("not plain data")
    return (arr.shape, arr.dtype.str, arr.tobytes())


def same_key(a, b) -> bool:
    """Equal keys of :meth:`ChartBase.data_key`: tuples element by element, arrays by value."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same_key(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        # the same bytes: ~1 µs, where np.array_equal took 5 µs for the few values charts show
        # (and took NaN as a change on every step)
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape):
            return False
        if a.dtype == b.dtype and a.dtype.kind in _PLAIN_ARRAY_KINDS:
            return a.tobytes() == b.tobytes()
        return bool(np.array_equal(a, b))
    return type(a) is type(b) and a == b


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


def needs_preparing(view: pg.ViewBox) -> bool:
    """Whether pyqtgraph's ``ViewBox.prepareForPaint`` has anything to do: a range to fit
    automatically or a transform to work out for a range set since (its own two flags)."""
    return view._matrixNeedsUpdate or view._autoRangeNeedsUpdate


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


class Curve(pg.GraphicsObject):
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

    _pixel: tuple[float, float] | None = None

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.prepareGeometryChange()
        self._rect = None
        self._pixel = None

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


class Bars(pg.BarGraphItem):
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

    _pixel: tuple[float, float] | None = None

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.prepareGeometryChange()
        self._rect = None
        self._pixel = None

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


class ChartBase(pg.GraphicsLayoutWidget):
    """A titled chart bound to the model; subclasses build items once and fill :meth:`refresh`.

    Hidden charts skip their updates and catch up when shown.
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._stale = True
        self._reset = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)
        self.ci.layout.setContentsMargins(4, 4, 8, 4)
        self.ci.layout.setSpacing(2)
        # its text item draws a new one-line title without its text document (chart_title)
        self.title = ChartTitle("", size="11pt", bold=True, color=style.TEXT, justify="left")
        self.ci.addItem(self.title, row=0, col=0, colspan=2)
        self.title.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        paints_nothing(self.ci)
        title_font = QFont(self.title.item.font())
        title_font.setPointSizeF(11)
        title_font.setBold(True)
        self.title.item.setFont(title_font)
        self.title.item.setDefaultTextColor(QColor(style.TEXT))
        # a title with a value in it changes on every slider step: without an undo history to
        # keep, a new text is set in 25 µs instead of 35
        self.title.item.document().setUndoRedoEnabled(False)
        self.setToolTip("")
        # focusable: Ctrl+C copies the focused chart; right click: copy, save, export
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.exporter = ChartExporter(self)
        # the background is a plain colour: filling it is cheaper than pyqtgraph's cached
        # background pixmap, whose blit Qt spreads over its thread pool on every repaint
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        # few items that all move on every change: a BSP index only costs boundingRect() calls
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        # a step dirties many small rectangles (lines, labels, bars): repainted as one
        # rectangle, not as their exact region, whose clip Qt's raster engine follows span by
        # span for every item it paints (allocating and clearing the clip's lines each time)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        # the view fills its background colour itself (drawBackground): the viewport's own
        # fill with the palette's colour beneath it is work no one sees
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        model.results_changed.connect(self._on_change)
        model.baseline_changed.connect(self._on_change)
        model.year_changed.connect(self._on_change)
        model.ranges_reset.connect(self._on_reset)
        self.band_layer = BandLayer(self)
        """Uncertainty bands; a chart adds its items and draws them in :meth:`refresh`."""

    def set_title(self, text: str) -> None:
        """Change the title. The first text sizes the title row; later ones (a value in the title
        changes on every slider step) only replace the text: LabelItem.setText re-lays out its
        HTML and invalidates the whole chart layout."""
        if self.title.text == text:
            return
        if not self.title.text:
            self.title.setText(text)
            return
        self.title.text = text
        self.title.item.set_plain(text)  # same font and colour: set on the item in __init__

    # -- building helpers ---------------------------------------------------------------
    def new_plot(self, row: int, col: int = 0, **kw) -> pg.PlotItem:
        # no menus: built with the view box's menu, pyqtgraph would make it (4 ms a plot, ten
        # plots at start) only for setMenuEnabled(False) to delete it again
        # axes that replay a drawing they made before (a drag passes the same ranges again)
        axes = {side: MemoAxis(side) for side in ("left", "bottom", "right", "top")}
        plot = self.addPlot(row=row, col=col, **{"enableMenu": False, "axisItems": axes, **kw})
        for side in ("right", "top"):  # pyqtgraph shows every axis it is given
            plot.hideAxis(side)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.getViewBox().setDefaultPadding(0.0)
        paints_nothing(plot)
        paints_nothing(plot.getViewBox())
        plot.showGrid(x=False, y=False)
        font = label_font(0.9)
        for name in ("left", "bottom"):
            ax = plot.getAxis(name)
            ax.setStyle(tickFont=font, autoExpandTextSpace=True, maxTickLevel=1)
            ax.setPen(pg.mkPen(style.MUTED))
            ax.setTextPen(pg.mkPen(style.TEXT))
            ax.enableAutoSIPrefix(False)
            locale_ticks(ax, getattr(self, "_lang", "en"))
        # a value at the axis's right end may reach into the chart's margin, not past it
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=BOTTOM_TICK_OVERFLOW_PX)
        for name in ("left", "bottom", "right", "top"):
            # axes (with their grid lines) are redrawn whenever anything in the plot changes;
            # a cached pixmap makes that a blit instead of replaying all tick texts
            plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        for name in ("right", "top"):  # hidden, but their labels were re-laid out (HTML) on
            plot.getAxis(name).enableAutoSIPrefix(False)  # every range change: 0.02 s of the start
        # what apply_ranges readies on every change, found once
        self._plot_parts = (
            *self._plot_parts,
            (plot.getViewBox(), (axes["left"], axes["bottom"]), plot.layout),
        )
        return plot

    def axis_label(self, plot: pg.PlotItem, side: str, text: str) -> None:
        """Set an axis title (only when it changed: a new title re-lays the axis out)."""
        axis = plot.getAxis(side)
        if axis.labelText != text or not axis.label.isVisible():
            size = f"{AXIS_TITLE_PT * self.type_scale:.3g}pt"  # larger in presentation mode
            plot.setLabel(side, text, **{"font-size": size, "color": style.TEXT})

    # -- updating -------------------------------------------------------------------------
    def _on_reset(self) -> None:
        self._reset = True

    def _on_change(self, *_: object) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._update()

    def _on_bands(self) -> None:
        """New uncertainty bands: drawn in place; a refresh when a band leaves its axis (which
        grows) or the bands went away (the axes fit the data afresh)."""
        todo = self.band_layer.redraw()
        if todo != "done":
            self._reset = self._reset or todo == "refit"
            self._on_change()

    def _update(self) -> None:
        reset, self._reset = self._reset, False
        self._stale = False
        try:
            key = self._drawn_from()
            if not reset and key is not None and same_key(key, self._drawn_key):
                return  # a change this chart does not show (a CO2 slider under the fleet chart)
            self.refresh(reset)
            self._drawn_key = key
            if self.compare is not None:
                self.compare.draw()
            self.apply_ranges()
        except Exception:  # a chart must never take the window down; report it instead
            self._drawn_key = None
            sys.excepthook(*sys.exc_info())

    _drawn_key = None
    _plot_parts: tuple = ()
    """(view box, its left and bottom axes, the plot's layout) of every plot :meth:`new_plot`
    made."""

    wf_metric: str | None = None
    """The metric a chart shows when it can switch it (the waterfall's); None: fixed. A class
    default: the compared scenarios ask every chart on every step, and an attribute a QObject
    lacks is looked up among its Qt properties first."""

    def apply_ranges(self) -> None:
        """Give the plots the ranges just set, now rather than when they are painted.

        pyqtgraph defers a view box's new transform to the start of its next paint; applied
        there, it dirties every item of the plot once more, and the chart is painted twice: a
        step that changed an axis cost two full paints of its chart (~1.4 ms each). The axes
        draw their new ticks now too, so that a new width for their labels lays the chart out
        before its paint, not after it (then painted three times)."""
        parts = self._plot_parts
        for view, axes, _layout in parts:
            if needs_preparing(view):  # asked first: most steps change no range (~40 calls)
                view.prepareForPaint()
            for axis in axes:
                if axis.picture is None:
                    axis.prepare()
        if not self.ci.layout.isActivated() or not all(p[2].isActivated() for p in parts):
            self.ci.layout.activate()  # tick labels took a new width
            for _view, _axes, layout in parts:
                layout.activate()
            for view, _axes, _layout in parts:
                view.prepareForPaint()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Qt's paint, without pyqtgraph's note to the scene's view boxes before it when none
        of them has anything to prepare: :meth:`apply_ranges` gave them their new transforms
        already, and the note (a signal to each view box, a Python call each) cost ~0.1 ms a
        slider step across the charts. When anything else listens to the note (a pyqtgraph
        ``TextItem``), or a view box has a range or transform still to work out (after a
        resize), pyqtgraph's paint runs as before."""
        parts = self._plot_parts
        if parts and self.scene().receivers(_PREPARE_FOR_PAINT) == len(parts):
            for view, _axes, _layout in parts:
                if needs_preparing(view):
                    break
            else:
                QGraphicsView.paintEvent(self, event)
                return
        super().paintEvent(event)

    def _drawn_from(self) -> tuple | None:
        """What the chart was drawn from: its data, the year, the bands and the compared
        scenarios; None when the chart cannot say (it then always refreshes)."""
        data = self.data_key()
        if data is None:
            return None
        compared = self.compare.compared_key() if self.compare is not None else None
        return (data, self.model.year, self.band_layer.key(), compared)

    def data_key(self) -> tuple | None:
        """The model data :meth:`refresh` draws (arrays and numbers), so that a step that does
        not change them costs nothing; None: refresh on every change."""
        return None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        from .chart_scaling import fit_title_later

        fit_title_later(self)  # a long title (German, a value in it) shrinks a little to fit

    def title_reserve_px(self) -> int:
        """Width [px] at the right of the title row that a control covers (none here)."""
        return 0

    def ensure_drawn(self) -> None:
        """Catch up on updates skipped while hidden (before an export draws the chart)."""
        if self._stale:
            self._update()

    def refresh(self, reset: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def series(self) -> dict[str, np.ndarray]:
        """The data as drawn, by series name (for tests and exports)."""
        return {}

    compare = None
    """Named scenarios drawn beside this one (``compare_overlay.CompareOverlay``), or None."""

    def compare_values(self, key: str) -> list[float]:
        """What the axis ``key`` must also hold for the compared scenarios [base unit]."""
        return self.compare.values(key) if self.compare is not None else []

    # -- theme and presentation (gui/themes.py, gui/presentation.py) ----------------------
    type_scale = 1.0
    """Type on this chart is this many times its normal size (presentation mode)."""
    line_scale = 1.0
    """Line widths are this many times normal (presentation mode; times the theme's)."""

    def apply_theme(self, maps: dict[str, dict[str, str]]) -> None:
        """Re-colour the items built once for a new theme (``maps``: old colour -> new by use,
        ``themes.colour_map``). Runs once per theme change, never per update; a chart with
        colours the generic walk cannot know (text on a fill) extends it."""
        from .themes import recolour_view, refresh_scale

        recolour_view(self, maps, style.BACKGROUND)
        refresh_scale(self)

    def set_scale(self, type_scale: float, line_scale: float) -> None:
        """Type and line widths for presentation mode (1, 1: as on the desk)."""
        from .chart_scaling import scale_chart

        self.type_scale, self.line_scale = type_scale, line_scale
        scale_chart(self)
        self.scale_changed()

    def scale_changed(self) -> None:
        """Labels changed size: place them again (a chart measuring its labels extends it)."""
        self._reset = True
        self._on_change()
