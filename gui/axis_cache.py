"""Chart axes that remember their last few drawings (and do not lay out an unchanged title).

A slider drag moves an axis between a handful of round ranges (``chart_base.StableRange``),
and back when the drag turns. pyqtgraph's ``AxisItem`` forgets its drawing on every range
change and builds it again in Python (tick values, tick texts, a text measurement per label):
the larger part of a slider step whose range changed. :class:`MemoAxis` keeps the drawings of
the last :data:`PICTURES` states it was drawn in, keyed by everything pyqtgraph's drawing
reads, so a range it showed before is replayed, not rebuilt.
"""

from __future__ import annotations

from collections import OrderedDict

import pyqtgraph as pg
from PySide6.QtGui import QFont, QPainter, QPen, QPicture

PICTURES = 12
"""Drawings an axis keeps (a drag across a chart's whole range passes four to six ranges)."""


def _plain(value):
    """A comparable stand-in for a style value (fonts and pens compare by identity)."""
    if isinstance(value, QFont):
        return ("font", value.key())
    if isinstance(value, QPen):
        return ("pen", value.color().rgba(), value.widthF(), int(value.style().value))
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    return value


def _rect(r) -> tuple[float, float, float, float]:
    return (r.x(), r.y(), r.width(), r.height())


class MemoAxis(pg.AxisItem):
    """An ``AxisItem`` that replays a drawing it made before for the same state."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pictures: OrderedDict[tuple, tuple[QPicture, float | None]] = OrderedDict()

    _line_pad = 0.0
    """Room [px] around pyqtgraph's box for half the widest of the axis's lines."""

    def setPen(self, *args, **kwargs) -> None:  # noqa: N802 - pyqtgraph's name
        super().setPen(*args, **kwargs)
        self._fit_box_to_pens()

    def setTickPen(self, *args, **kwargs) -> None:  # noqa: N802 - pyqtgraph's name
        super().setTickPen(*args, **kwargs)
        self._fit_box_to_pens()

    def _fit_box_to_pens(self) -> None:
        if "_tickPen" not in self.__dict__:
            return  # pyqtgraph sets its pens up (its __init__): its default width
        half = max(self.pen().widthF(), self.tickPen().widthF()) / 2.0
        pad = half + 1.0 if half > 0.5 else 0.0  # and its antialiased edge
        if pad != self._line_pad:
            self.prepareGeometryChange()
            self._line_pad = pad
            self._box = None

    _box = None
    """The last :meth:`boundingRect` of an axis without a grid, until its geometry or style
    changes."""

    def boundingRect(self):  # noqa: N802 - Qt's name
        """pyqtgraph's box, widened by half the axis line: the line runs along the box's edge,
        and a wide one (presentation mode, the projector theme) reached past it, where the
        axis's kept drawing (its cache) cut it off (up to 2 px of the line, 20-30 pixels an
        axis). Kept while the axis keeps its geometry and style: Qt asks ~30 times a slider
        step, and pyqtgraph's box (style, view, geometry) cost four times the check."""
        kept = self._box
        if kept is not None:
            return kept
        box = super().boundingRect()
        pad = self._line_pad
        box = box.adjusted(-pad, -pad, pad, pad) if pad else box
        # with a grid the box reaches over the view, which moves on its own
        self._box = box if getattr(self, "grid", None) is False else None
        return box

    def _resetCachedProperties(self) -> None:  # noqa: N802 - pyqtgraph's name
        """A new geometry (pyqtgraph connects it to ``geometryChanged``): the box afresh."""
        self._box = None
        super()._resetCachedProperties()

    def setStyle(self, **kwargs):  # noqa: N802 - pyqtgraph's name
        self._box = None  # tick length and label overflow shape the box
        return super().setStyle(**kwargs)

    def setGrid(self, grid) -> None:  # noqa: N802 - pyqtgraph's name
        self._box = None
        super().setGrid(grid)

    _label_html: str | None = None

    def _updateLabel(self) -> None:  # noqa: N802 - pyqtgraph's name
        """As pyqtgraph's, laying the title's HTML out again only when it changed (pyqtgraph
        sets it on every range, pen and style change: 400 times while the window is built)."""
        html = self.labelString()
        if html != self._label_html:
            self._label_html = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()

    _device: tuple[float, float, float, float] | None = None
    """The scale of the last paint on its device (the painter's world transform)."""

    def _state(self, device: tuple[float, float, float, float]) -> tuple:
        """Everything ``generateDrawSpecs`` and ``drawPicture`` read (``device``: the scale
        of the painter drawing the axis)."""
        bounds = self.mapRectFromParent(self.geometry())
        view = self.linkedView()
        tick_bounds = (
            _rect(view.mapRectToItem(self, view.boundingRect()))
            if view is not None and self.grid is not False
            else None
        )
        own = self.__dict__  # per-axis tick rules (locale_ticks, year_ticks) and their data
        return (
            self.orientation,
            tuple(self.range),
            tuple(self.logMode) if isinstance(self.logMode, list) else self.logMode,
            self.scale,
            self.autoSIPrefixScale,
            self.grid,
            _rect(bounds),
            tick_bounds,
            device,
            repr(self._tickLevels),
            repr(getattr(self, "_tickSpacing", None)),
            getattr(self, "_tickDensity", None),
            tuple(sorted((k, _plain(v)) for k, v in self.style.items())),
            _plain(self.pen()),
            _plain(self.textPen()),
            _plain(self.tickPen()),
            own.get("tickValues"),  # the functions themselves: kept alive, compared by identity
            own.get("tickStrings"),
            repr(own.get("_wattif_years")),
        )

    def paint(self, p, opt, widget) -> None:
        t = p.worldTransform()
        self._device = (t.m11(), t.m12(), t.m21(), t.m22())
        if self.picture is None:
            self._take_picture(self._device)
        self.picture.play(p)

    def prepare(self) -> None:
        """Make the drawing for a new range now, before the paint (as painted last): a new width
        for the tick labels then lays the chart out before it is painted, not after (a second
        and third paint of the chart)."""
        if self.picture is None and self._device is not None and self.isVisible():
            self._take_picture(self._device)

    def _take_picture(self, device: tuple[float, float, float, float]) -> None:
        try:
            key = self._state(device)
        except Exception:  # never fail a paint (Qt would take the process down)
            self._pictures.clear()
            key = None
        kept = self._pictures.get(key) if key is not None else None
        if kept is None:
            kept = self._draw()
            if key is not None:
                self._pictures[key] = kept
            while len(self._pictures) > PICTURES:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
            if kept[1] is not None:  # the label room this drawing needs, as drawing it did
                self._updateMaxTextSize(kept[1])
        self.picture = kept[0]

    def _draw(self) -> tuple[QPicture, float | None]:
        """Draw as pyqtgraph does, noting the room its labels asked for."""
        asked: list[float] = []
        update = self._updateMaxTextSize
        self._updateMaxTextSize = lambda x: (asked.append(x), update(x))[1]
        picture = QPicture()
        painter = QPainter(picture)
        try:
            if self.style["tickFont"]:
                painter.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(painter)
            if specs is not None:
                self.drawPicture(painter, *specs)
        finally:
            painter.end()
            del self._updateMaxTextSize
        return picture, (asked[-1] if asked else None)
