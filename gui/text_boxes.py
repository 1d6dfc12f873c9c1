"""Measuring a chart's texts: where each visible text is drawn, and which ones are clipped or
collide (with another text or, on request, a dot).

:func:`text_boxes` lists every visible text of a chart (title, axis titles, tick labels, direct
labels) with its box in the chart's view coordinates and the area it must stay inside;
:func:`text_problems` names the clipped and overlapping ones. Presentation mode
(:mod:`gui.presentation`) shrinks a chart's type until this list is empty; the tests use it to
check that no text clips or collides.
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
