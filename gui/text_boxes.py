"""Measuring a chart's texts: where each visible text is drawn, and which ones are clipped or
collide (with another text or, on request, a dot).

:func:`text_boxes` lists every visible text of a chart (title, axis titles, tick labels, direct
labels) with its box in the chart's view coordinates and the area it must stay inside;
:func:`text_problems` names the clipped and overlapping ones. Presentation mode
(:mod:`gui.presentation`) shrinks a chart's type until this list is empty; the tests use it to
check that no text clips or collides. :func:`labels_on_data` (tests only: it renders) names the
direct labels that sit on a line, curve, dot or bar of their chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

TOLERANCE_PX = 1.0
"""Texts may touch or overlap by this much (anti-aliasing, rounding) [px]."""


@dataclass(frozen=True)
class TextBox:
    """A text as the user sees it: its box and the area it must stay inside [view pixels]."""

    text: str
    rect: QRectF
    area: QRectF


def _clip_area(item, view, viewport: QRectF) -> QRectF:
    parent = item.parentItem()
    while parent is not None:
        if parent.flags() & QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape:
            area = parent.deviceTransform(view.viewportTransform()).mapRect(parent.boundingRect())
            return area.intersected(viewport)
        parent = parent.parentItem()
    return viewport


def text_boxes(chart) -> list[TextBox]:
    """Every visible text of a chart: title, axis titles, tick labels (the rectangles the axis
    draws them in) and direct labels, in the chart's view coordinates."""
    import pyqtgraph as pg

    viewport = QRectF(chart.viewport().rect())
    to_view = chart.viewportTransform()
    out: list[TextBox] = []
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for item in chart.scene().items():
            if not item.isVisible() or item.effectiveOpacity() <= 0:
                continue
            if isinstance(item, QGraphicsSimpleTextItem) and item.text().strip():
                rect = item.deviceTransform(to_view).mapRect(item.boundingRect())
                out.append(TextBox(item.text(), rect, _clip_area(item, chart, viewport)))
            elif isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
                m = item.document().documentMargin()
                inner = item.boundingRect().adjusted(m, m, -m, -m)
                rect = item.deviceTransform(to_view).mapRect(inner)
                out.append(TextBox(item.toPlainText(), rect, _clip_area(item, chart, viewport)))
            elif isinstance(item, pg.AxisItem) and item.style.get("showValues", True):
                specs = item.generateDrawSpecs(painter)
                if not specs:
                    continue
                transform = item.deviceTransform(to_view)
                for rect, _flags, text in specs[2]:
                    if text.strip():
                        out.append(TextBox(text, transform.mapRect(QRectF(rect)), viewport))
    finally:
        painter.end()
    return out


def _inside(rect: QRectF, area: QRectF) -> bool:
    t = TOLERANCE_PX
    return (
        rect.left() >= area.left() - t
        and rect.top() >= area.top() - t
        and rect.right() <= area.right() + t
        and rect.bottom() <= area.bottom() + t
    )


def text_problems(chart, markers: bool = False) -> list[str]:
    """Texts of ``chart`` that are clipped (not inside the area that shows them) or overlap
    another text (with ``markers``: or a dot); empty when every text reads whole."""
    boxes = text_boxes(chart)
    problems = [f"clipped: {b.text!r}" for b in boxes if not _inside(b.rect, b.area)]
    t = TOLERANCE_PX
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = a.rect.intersected(b.rect)
            if overlap.width() > t and overlap.height() > t:
                problems.append(f"overlap: {a.text!r} / {b.text!r}")
    for dot in marker_boxes(chart) if markers else []:
        for b in boxes:
            overlap = dot.intersected(b.rect)
            if overlap.width() > t and overlap.height() > t:
                problems.append(f"on a marker: {b.text!r}")
    return problems


def marker_boxes(chart) -> list[QRectF]:
    """The boxes of the visible round markers (dots) of a chart [view pixels]."""
    to_view = chart.viewportTransform()
    return [
        item.deviceTransform(to_view).mapRect(item.boundingRect())
        for item in chart.scene().items()
        if isinstance(item, QGraphicsEllipseItem) and item.isVisible()
    ]


# -- texts on data (for tests: renders the chart's data items once) ------------------------
INK_ALPHA = 96
"""A pixel of a data item counts as drawn from this opacity on (0–255): the faint edge that
antialiasing leaves beside a line does not."""
INK_PIXELS = 4
"""A label may cover this many drawn pixels of a line, dot or bar (a line's antialiased end,
a rounding of the label's box) before it counts as sitting on it."""


@dataclass(frozen=True)
class DataHit:
    """A direct label that covers drawn pixels of a data item."""

    text: str
    pixels: int
    items: tuple[str, ...]

    def __str__(self) -> str:
        return f"on data: {self.text!r} ({self.pixels} px; {', '.join(self.items)})"


def _is_data(item) -> bool:
    """Lines, curves, dots, bars and the compared scenarios' lines and symbols; not areas (the
    stacked components and uncertainty shades carry their own labels by design) and not text."""
    import pyqtgraph as pg

    from .chart_items import Curve
    from .compare_overlay import _Drawn

    data = (
        Curve,
        _Drawn,
        pg.BarGraphItem,
        pg.PlotCurveItem,
        pg.ScatterPlotItem,
        pg.InfiniteLine,
        QGraphicsEllipseItem,
    )
    return isinstance(item, data)


def _in_plot(item) -> bool:
    import pyqtgraph as pg

    parent = item.parentItem()
    while parent is not None:
        if isinstance(parent, pg.ViewBox):
            return True
        parent = parent.parentItem()
    return False


def direct_labels(chart) -> list[TextBox]:
    """The visible texts inside a chart's plots (end, value, name labels) [view pixels]; not
    titles, axis titles or tick labels."""
    viewport = QRectF(chart.viewport().rect())
    to_view = chart.viewportTransform()
    out = []
    for item in chart.scene().items():
        if not item.isVisible() or item.effectiveOpacity() <= 0 or not _in_plot(item):
            continue
        if isinstance(item, QGraphicsSimpleTextItem) and item.text().strip():
            rect = item.deviceTransform(to_view).mapRect(item.boundingRect())
        elif isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
            m = item.document().documentMargin()
            inner = item.boundingRect().adjusted(m, m, -m, -m)
            rect = item.deviceTransform(to_view).mapRect(inner)
        else:
            continue
        text = item.text() if isinstance(item, QGraphicsSimpleTextItem) else item.toPlainText()
        out.append(TextBox(text, rect, _clip_area(item, chart, viewport)))
    return out


def data_image(chart) -> tuple[QImage, list[tuple[str, QRectF]]]:
    """The chart's lines, dots and bars alone, painted as the view shows them on a transparent
    image the size of its viewport, and each painted item's name and box [view pixels]."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    viewport = QRectF(chart.viewport().rect())
    to_view = chart.viewportTransform()
    image = QImage(chart.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painted: list[tuple[str, QRectF]] = []
    items = [i for i in chart.scene().items() if _is_data(i) and i.isVisible()]
    items.sort(key=lambda i: i.zValue())
    painter = QPainter(image)
    try:
        for item in items:
            if item.effectiveOpacity() <= 0:
                continue
            transform = item.deviceTransform(to_view)
            bounds = item.boundingRect()  # pyqtgraph items compute what they paint here
            painter.save()
            painter.setClipRect(_clip_area(item, chart, viewport))
            painter.setTransform(transform)
            painter.setOpacity(item.effectiveOpacity())
            item.paint(painter, QStyleOptionGraphicsItem(), None)
            painter.restore()
            painted.append((type(item).__name__, transform.mapRect(bounds)))
    finally:
        painter.end()
    return image, painted


def labels_on_data(chart) -> list[DataHit]:
    """Direct labels whose box covers drawn pixels of a line, curve, dot or bar of the same
    chart (more than :data:`INK_PIXELS`); empty when every label sits clear of the data.

    Renders the data items once: a check for tests, never for a slider step."""
    import numpy as np

    image, painted = data_image(chart)
    width, height = image.width(), image.height()
    # 32-bit pixels, alpha in the top byte (little- or big-endian alike)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=height * width)
    alpha = (pixels.reshape(height, width) >> 24).astype(np.uint8)
    hits = []
    for box in direct_labels(chart):
        r = box.rect.adjusted(TOLERANCE_PX, TOLERANCE_PX, -TOLERANCE_PX, -TOLERANCE_PX)
        r = r.intersected(box.area)
        x0, y0 = max(0, int(r.left())), max(0, int(r.top()))
        x1, y1 = min(width, int(r.right()) + 1), min(height, int(r.bottom()) + 1)
        count = int(np.count_nonzero(alpha[y0:y1, x0:x1] >= INK_ALPHA))  # empty: 0
        if count > INK_PIXELS:
            names = tuple(sorted({name for name, b in painted if b.intersects(r)}))
            hits.append(DataHit(box.text, count, names))
    return hits
