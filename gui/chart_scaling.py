"""Chart type and line scaling: a chart's texts and lines at a larger size, and its title fitted
to its width.

:func:`scale_chart` sets a chart's type and line widths from its ``type_scale`` and
``line_scale`` (times the theme's line scale) in one walk over its items; each item's desk size
is remembered on the item at the first call, so scaling back to 1 restores it exactly.
:func:`fit_title` shrinks a title that is wider than its chart. Presentation mode
(:mod:`gui.presentation`) picks the scales (:func:`type_scale_for` is its starting point); the
themes (:mod:`gui.themes`) ask for thicker lines. Nothing here runs per slider step.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsItem, QGraphicsSimpleTextItem

BASE_TYPE_SCALE = {1: 2.0, 2: 1.7, 4: 1.45}
"""Chart type at 720 px of window height, times the desk size, by charts shown: one chart
across a 1280×720 projector carries 2× type (tick labels ≈ 16 pt)."""
REFERENCE_HEIGHT = 720.0
"""Window height [px] the base scales are made for (the common projector); taller windows
scale type up in proportion."""
MAX_SIZE_FACTOR = 1.6
"""Type grows with the window up to this factor (a 4K screen gets no poster letters)."""


def type_scale_for(count: int, height: float) -> float:
    """Start type scale for ``count`` charts in a window ``height`` pixels high."""
    factor = min(MAX_SIZE_FACTOR, max(1.0, height / REFERENCE_HEIGHT))
    return BASE_TYPE_SCALE[count] * factor


def _base(item, key: str, value):
    """The item's value from before any scaling (remembered at the first call)."""
    bases = item.__dict__.setdefault("_wattif_base", {})
    if key not in bases:
        bases[key] = value() if callable(value) else value
    return bases[key]


def _scaled_font(font: QFont, base_pt: float, scale: float) -> QFont:
    f = QFont(font)
    f.setPointSizeF(base_pt * scale)
    return f


def _scale_pen(pen: QPen, base: float, scale: float) -> QPen | None:
    if base <= 0 or abs(pen.widthF() - base * scale) < 1e-6:
        return None
    out = QPen(pen)
    out.setWidthF(base * scale)
    return out


def scale_chart(chart) -> None:
    """Set a chart's type and line widths from ``chart.type_scale`` and ``chart.line_scale``
    (times the theme's line scale). Walks the items once; their desk sizes are remembered."""
    import pyqtgraph as pg

    from . import themes

    t = chart.type_scale
    w = chart.line_scale * themes.current().line_scale
    title = chart.title
    size = _base(title, "size", lambda: float(str(title.opts.get("size", "11pt")).rstrip("pt")))
    title.opts["size"] = f"{size * t:.3g}pt"
    title.item.setFont(_scaled_font(title.item.font(), size, t))
    if title.text:
        title.setText(title.text)
    for item in chart.scene().items():
        if isinstance(item, pg.AxisItem):
            _scale_axis(item, t, w)
        elif isinstance(item, QGraphicsSimpleTextItem):
            if getattr(item, "desk_type", False):
                continue  # fine print that keeps its size (a band's caption)
            font = item.font()
            base = _base(item, "pt", font.pointSizeF)
            if base > 0 and abs(font.pointSizeF() - base * t) > 1e-6:
                item.setFont(_scaled_font(font, base, t))
        elif isinstance(item, pg.TextItem):
            font = item.textItem.font()
            base = _base(item, "pt", font.pointSizeF)
            if base > 0:
                item.setFont(_scaled_font(font, base, t))
        elif isinstance(item, pg.InfiniteLine):
            new = _scale_pen(item.pen, _base(item, "pen", item.pen.widthF), w)
            if new is not None:
                item.setPen(new)
        elif isinstance(item, pg.BarGraphItem):
            _scale_bars(item, w)
        elif isinstance(item, QAbstractGraphicsShapeItem):
            new = _scale_pen(item.pen(), _base(item, "pen", item.pen().widthF), w)
            if new is not None:
                item.setPen(new)
            if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations:
                rect = _base(item, "rect", lambda it=item: QRectF(it.rect()))
                if hasattr(item, "setRect"):  # a marker: a little larger with thick lines
                    s = w**0.5
                    item.setRect(
                        QRectF(rect.x() * s, rect.y() * s, rect.width() * s, rect.height() * s)
                    )
        _scale_pen_attributes(item, w)
    # larger type may have pushed the layout past the view (its minimum width); smaller type
    # lets it fit the view again: pyqtgraph only fits it when the view is resized
    fit_title(chart)
    if chart.centralWidget is not None:
        chart.centralWidget.setGeometry(chart.range)
    drop_caches(chart)


TITLE_MIN_SHARE = 0.8
"""A chart's title shrinks to this share of its size, at most, to fit the chart's width."""


def fit_title(chart) -> None:
    """Give the chart's title its size (desk or presentation type) or, when it is wider than
    the chart, the size that fits (down to :data:`TITLE_MIN_SHARE` of it). Runs on a resize or
    a new type scale, and when the title's length changes; never re-lays out when the size
    stays."""
    title = getattr(chart, "title", None)  # None while pyqtgraph builds the view
    text = getattr(title, "text", "")
    if not text or chart.width() <= 0:
        return
    item = title.item
    base = _base(title, "size", lambda: float(str(title.opts.get("size", "11pt")).rstrip("pt")))
    full = base * chart.type_scale
    font = QFont(item.font())
    font.setPointSizeF(full)
    left, _top, right, _bottom = chart.ci.layout.getContentsMargins()
    room = chart.width() - left - right - 2 * item.document().documentMargin()
    room -= chart.title_reserve_px()  # a control in the title row (the waterfall's metric)
    need = QFontMetricsF(font).horizontalAdvance(text) + 2
    size = full if need <= room else max(full * TITLE_MIN_SHARE, full * room / need)
    if abs(item.font().pointSizeF() - size) < 0.05:
        return
    font.setPointSizeF(size)
    title.opts["size"] = f"{size:.3g}pt"
    item.setFont(font)
    title.setText(text)
    if chart.centralWidget is not None:  # the title's width bounds the layout's: fit it again
        chart.centralWidget.setGeometry(chart.range)


def fit_title_later(chart) -> None:
    """:func:`fit_title` once control is back in the event loop (from a resize: re-laying out
    the title inside the view's own resize crashes Qt); many calls make one fit."""
    if getattr(chart, "_title_fit_due", False):
        return
    chart._title_fit_due = True

    def run() -> None:
        chart._title_fit_due = False
        fit_title(chart)

    QTimer.singleShot(0, chart, run)


def drop_caches(chart) -> None:
    """Throw away the items' cached pixmaps (axes, title). After new type and a new layout Qt
    re-renders only the exposed part of a device-coordinate cache: tick labels in the old size
    stayed beside the new ones. Runs when the layout changes, never on a slider step."""
    for item in chart.scene().items():
        mode = item.cacheMode()
        if mode != QGraphicsItem.CacheMode.NoCache:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            item.setCacheMode(mode)


def _scale_axis(axis, t: float, w: float) -> None:
    font = axis.style.get("tickFont")
    if font is not None:
        base = _base(axis, "tick_pt", font.pointSizeF)
        if abs(font.pointSizeF() - base * t) > 1e-6:
            axis.setStyle(tickFont=_scaled_font(font, base, t))
    label_size = axis.labelStyle.get("font-size")
    if label_size:
        base = _base(axis, "label_pt", lambda: float(str(label_size).rstrip("pt")))
        axis.labelStyle = dict(axis.labelStyle, **{"font-size": f"{base * t:.3g}pt"})
        axis._updateLabel()
    if axis.style.get("showValues", True):
        fixed = _base(axis, "width", axis.fixedWidth)
        if fixed is not None:
            axis.setWidth(round(fixed * t))
    new = _scale_pen(axis.pen(), _base(axis, "pen", lambda: axis.pen().widthF() or 1.0), w)
    if new is not None and axis.pen().widthF() > 0:
        axis.setPen(new)


KEEP_PEN = "keep_pen_width"
"""An item with this attribute set true keeps its outline's width (a dashed outline: Qt scales
the dashes with the width, thick dashes read as a second bar)."""


def _scale_bars(item, w: float) -> None:
    import pyqtgraph as pg

    if getattr(item, KEEP_PEN, False):
        return
    opts = {}
    pen = item.opts.get("pen")
    if pen is not None:
        pen = pg.mkPen(pen)
        new = _scale_pen(pen, _base(item, "pen", pen.widthF), w)
        if new is not None:
            opts["pen"] = new
    pens = item.opts.get("pens")
    if pens is not None:
        pens = [pg.mkPen(p) for p in pens]
        widths = _base(item, "pens", [p.widthF() for p in pens])
        if len(widths) == len(pens):
            opts["pens"] = [_scale_pen(p, b, w) or p for p, b in zip(pens, widths, strict=True)]
    if opts:
        item.setOpts(**opts)


def _scale_pen_attributes(item, w: float) -> None:
    """Pens a custom item keeps for its own ``paint`` (``Curve._pen``, a whisker's). Not bars':
    their pens are options (:func:`_scale_bars`), and pyqtgraph's copies of them follow
    ``setOpts``; scaled here as well, outlines came out twice as thick as meant (and the kept
    dashes of ``keep_pen_width`` bars thick), their box still padded for the desk's pen."""
    import pyqtgraph as pg

    if isinstance(item, pg.BarGraphItem):
        return
    changed = False
    for name, value in list(vars(item).items()):
        if isinstance(value, QPen):
            new = _scale_pen(value, _base(item, f"attr:{name}", value.widthF), w)
            if new is not None:
                setattr(item, name, new)
                changed = True
    if changed:
        if hasattr(item, "forget_bounds"):  # a Curve: its box pads by the pen
            item.forget_bounds()
        elif hasattr(item, "_rect"):  # stacked areas: their box is the data's, not padded
            item.prepareGeometryChange()
        item.update()
