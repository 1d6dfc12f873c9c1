"""Chart axes replay a drawing they made before (``gui/axis_cache.py``): exactly what pyqtgraph
draws afresh, for the same state only."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from wattif.gui.axis_cache import MemoAxis


class Counting(MemoAxis):
    """Counts the drawings made from scratch."""

    drawn = 0

    def _draw(self):
        self.drawn += 1
        return super()._draw()


@pytest.fixture
def plot(qtbot):
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    item = widget.addPlot(axisItems={"left": Counting("left"), "bottom": pg.AxisItem("bottom")})
    item.getViewBox().setDefaultPadding(0.0)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    item.keep_alive = widget  # the plot lives as long as its widget
    return item


def render(axis: pg.AxisItem) -> QImage:
    """The axis as painted now, on white."""
    rect = axis.boundingRect()
    image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    axis.paint(painter, None, None)
    painter.end()
    return image


def plain_drawing(axis: MemoAxis) -> QImage:
    """What pyqtgraph's own AxisItem.paint draws in the axis's present state."""
    axis.picture = None
    rect = axis.boundingRect()
    image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    pg.AxisItem.paint(axis, painter, None, None)
    painter.end()
    axis.picture = None
    return image


def show_range(plot, qtbot, high: float) -> None:
    plot.setYRange(0.0, high, padding=0)
    qtbot.wait(1)


def test_a_range_shown_before_is_replayed_as_drawn_afresh(plot, qtbot):
    axis = plot.getAxis("left")
    show_range(plot, qtbot, 80.0)
    first = render(axis)
    drawn = axis.drawn
    show_range(plot, qtbot, 40.0)  # labels as wide as at 80: the axis keeps its width
    assert render(axis) != first
    assert axis.drawn == drawn + 1, "a new range is drawn"
    show_range(plot, qtbot, 80.0)
    again = render(axis)
    assert axis.drawn == drawn + 1, "the range shown before is replayed"
    assert again == first
    assert again == plain_drawing(axis), "the replay is what pyqtgraph draws for it"


@pytest.mark.parametrize(
    "change",
    [
        lambda ax: ax.setPen(pg.mkPen("#d55e00")),
        lambda ax: ax.setTextPen(pg.mkPen("#0072b2")),
        lambda ax: ax.setStyle(tickFont=pg.QtGui.QFont("DejaVu Sans", 14)),
        lambda ax: ax.setTicks([[(10.0, "ten"), (50.0, "fifty")]]),
    ],
    ids=["pen", "text pen", "tick font", "fixed ticks"],
)
def test_a_changed_look_is_drawn_afresh(plot, qtbot, change):
    axis = plot.getAxis("left")
    show_range(plot, qtbot, 80.0)
    before = render(axis)
    drawn = axis.drawn
    change(axis)
    qtbot.wait(1)
    after = render(axis)
    assert axis.drawn > drawn
    assert after != before
    assert after == plain_drawing(axis)


def test_a_resized_axis_is_drawn_afresh(plot, qtbot):
    axis = plot.getAxis("left")
    show_range(plot, qtbot, 80.0)
    before = render(axis)
    plot.getViewBox().parentWidget()  # laid out
    plot.scene().views()[0].resize(400, 500)
    qtbot.waitUntil(lambda: axis.boundingRect().height() > QRectF(before.rect()).height())
    after = render(axis)
    assert after.size() != before.size()
    assert after == plain_drawing(axis)


def test_an_unchanged_title_is_not_laid_out_again(plot, qtbot, monkeypatch):
    axis = plot.getAxis("left")
    plot.setLabel("left", "Energy [GWh]")
    html = []
    monkeypatch.setattr(axis.label, "setHtml", lambda text: html.append(text))
    axis.setTickPen(pg.mkPen("#d55e00"))  # pyqtgraph sets the title again on a new pen
    show_range(plot, qtbot, 500.0)
    assert html == []
    plot.setLabel("left", "Energy [TWh]")
    assert len(html) == 1 and "TWh" in html[0]


def pyqtgraphs_box(axis: MemoAxis) -> QRectF:
    """The box pyqtgraph computes now, padded by half the axis line as MemoAxis pads it."""
    pad = axis._line_pad
    return pg.AxisItem.boundingRect(axis).adjusted(-pad, -pad, pad, pad)


@pytest.mark.parametrize(
    "change",
    ["resize", "tick length", "label overflow", "wider line", "grid"],
)
def test_the_kept_box_is_pyqtgraphs_box_after_every_change(plot, qtbot, change):
    """The box is kept while the axis keeps its size and style (Qt asks ~30 times a slider
    step); each change that shapes it gives the box pyqtgraph would give."""
    axis = plot.getAxis("left")
    assert axis.boundingRect() == pyqtgraphs_box(axis)
    axis.boundingRect()  # now kept
    if change == "resize":
        plot.keep_alive.resize(520, 380)
        qtbot.wait(10)
    elif change == "tick length":
        axis.setStyle(tickLength=-25)
    elif change == "label overflow":
        axis.setStyle(hideOverlappingLabels=40)
    elif change == "wider line":
        axis.setPen(pg.mkPen("k", width=6))
    elif change == "grid":  # a grid reaches over the view: its box is not kept
        axis.setWidth(40)  # the axis keeps its size while the view grows
        qtbot.waitUntil(lambda: axis.size().width() == 40)
        axis.setGrid(128)
    assert axis.boundingRect() == pyqtgraphs_box(axis)
    if change == "grid":  # a wider view, the left axis as tall as before
        size, before = axis.size(), pyqtgraphs_box(axis)
        plot.keep_alive.resize(640, 300)
        qtbot.waitUntil(lambda: pyqtgraphs_box(axis) != before)
        assert axis.size() == size
        assert axis.boundingRect() == pyqtgraphs_box(axis)
