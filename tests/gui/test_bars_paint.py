"""Bars are drawn directly, not recorded into a picture and played back (issue 10: 0.38 ->
0.16 ms for five bar sets); they must look exactly as pyqtgraph draws them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from wattif.gui.chart_items import Bars

SIZE = 200


def render(item) -> np.ndarray:
    scene = QGraphicsScene(0, 0, SIZE, SIZE)
    item.setTransform(item.transform().fromScale(SIZE / 6.0, -SIZE / 4.0).translate(0, -4.0))
    scene.addItem(item)
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, SIZE, SIZE), QRectF(0, 0, SIZE, SIZE))
    painter.end()
    out = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(SIZE, SIZE, 4).copy()
    scene.removeItem(item)
    return out


def kinds():
    x = np.arange(1.0, 6.0)
    heights = np.array([1.0, 3.0, 2.0, 3.5, 0.5])
    colours = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00"]
    return {
        "one colour": dict(x=x, height=heights, width=0.6, brush="#0072B2", pen="k"),
        "a colour each": dict(
            x=x,
            height=heights,
            width=0.6,
            brushes=[pg.mkBrush(c) for c in colours],
            pens=[pg.mkPen(c) for c in colours],
        ),
        "dashed outline": dict(
            x=x,
            height=heights,
            width=0.6,
            brush=pg.mkBrush(QColor(128, 128, 128, 70)),
            pen=pg.mkPen("#555555", width=1.5, style=Qt.PenStyle.DashLine),
        ),
        "fills without outline": dict(
            x=x, height=heights, width=0.6, brushes=["#E69F00"] * 5, pen=None
        ),
    }


@pytest.mark.parametrize("kind", list(kinds()))
def test_bars_look_as_pyqtgraph_draws_them(qapp, kind, monkeypatch):
    ours = render(Bars(**kinds()[kind]))
    assert (ours[..., :3] < 250).any(axis=2).sum() > 1000  # bars were drawn
    monkeypatch.setattr(Bars, "paint", pg.BarGraphItem.paint)
    theirs = render(Bars(**kinds()[kind]))
    assert np.array_equal(ours, theirs)


def test_new_heights_are_drawn(qapp):
    bars = Bars(**kinds()["a colour each"])
    before = render(bars)
    bars.setOpts(height=np.full(5, 0.5))
    after = render(bars)
    assert not np.array_equal(before, after)
    inked = np.where((after[..., :3] < 250).any(axis=2).any(axis=1))[0]
    assert inked.min() > SIZE * 0.8  # only low bars are left


def test_the_box_is_pyqtgraphs_after_new_bars_and_a_new_view(qapp):
    """Bars keep the size of a pixel until their view changes; the box stays pyqtgraph's."""
    view = pg.PlotWidget()
    view.resize(400, 300)
    bars = Bars(**kinds()["dashed outline"])
    view.addItem(bars)
    view.setXRange(0, 6, padding=0)
    view.setYRange(0, 4, padding=0)
    view.show()
    qapp.processEvents()

    def theirs():
        return pg.BarGraphItem.boundingRect(bars)

    assert bars.boundingRect() == theirs()
    bars.setOpts(height=np.array([1.0, 2.0, 3.0, 1.0, 0.5]))
    assert bars.boundingRect() == theirs()
    pad_before = 0.7 - bars.boundingRect().left()  # the first bar's left edge: 1 - 0.6 / 2
    view.setXRange(0, 60, padding=0)  # a pixel is now ten times as wide in data units
    view.getViewBox().prepareForPaint()
    assert bars.boundingRect() == theirs()
    assert 0.7 - bars.boundingRect().left() == pytest.approx(10 * pad_before, rel=0.05)


@pytest.mark.parametrize(
    "opts",
    [
        dict(x0=[0.0], width=[2.5], y=[3.0], height=0.6),  # a waterfall bar
        dict(x0=np.array([1.0, 0.5]), width=np.array([-0.4, 0.3]), y=[2.0, 1.0], height=0.6),
        dict(x0=0.0, y=np.arange(4.0), height=0.35, width=np.array([0.1, 0.2, 0.05, 0.3])),
        dict(x=np.arange(3.0), height=[1.0, 2.0, -3.0], width=0.5),
        dict(x0=1.0, width=2.0, y=1.0, height=1.0),  # scalars
        dict(x1=[4.0, 5.0], width=[1.0, 2.0], y0=[0.0, 1.0], y1=[1.0, 3.0]),
        dict(x0=[], width=[], y=[], height=0.6),  # no bars
    ],
)
def test_the_bars_and_their_bounds_are_pyqtgraphs(qapp, opts):
    """Bars take their bounds in plain Python (issue 10): the same numbers as pyqtgraph's."""
    ours, theirs = Bars(**opts), pg.BarGraphItem(**opts)
    assert ours._dataBounds == theirs._dataBounds
    assert np.array_equal(ours._rectarray.ndarray(), theirs._rectarray.ndarray())
    for ax in (0, 1):
        assert ours.dataBounds(ax) == theirs.dataBounds(ax)


@pytest.mark.parametrize(
    "change",
    [
        dict(width=[4.0]),  # the waterfall's scenario bar on a slider step
        dict(x0=[1.0], width=[-2.5], y=[2.0]),  # a saving: drawn leftwards
        dict(width=np.array([0.3, 0.0, 1.2])),  # per-query rows (numpy, one of them empty)
        dict(y=[5.0, 4.0, 3.0], height=[0.5, -0.5, 0.2]),
        dict(width=3.0),  # one number for every bar
        dict(x0=[0.0, float("nan")], width=[1.0, 1.0], y=[1.0, 2.0]),  # a gap: numpy's way
        dict(x0=[], width=[], y=[]),  # the bars go
    ],
)
def test_moved_bars_are_placed_as_pyqtgraph_places_them(qapp, change):
    """A change of the bars' places only (a slider step) is placed in plain Python, without
    pyqtgraph's numpy way (issue 10): the same rectangles and bounds as pyqtgraph's."""
    n = len(change.get("x0", change.get("y", [0.0] * 3)))  # bars before: as many as after
    start = dict(x0=[0.5] * n, width=[1.0] * n, y=list(range(n, 0, -1)), height=0.55)
    ours, theirs = Bars(**start, brush="#0072B2"), pg.BarGraphItem(**start, brush="#0072B2")
    ours.setOpts(**change)
    theirs.setOpts(**change)
    mine, pgs = ours._rectarray.ndarray(), theirs._rectarray.ndarray()
    assert mine.shape == pgs.shape
    assert np.allclose(mine, pgs, equal_nan=True)
    if not np.isnan(pgs).any():
        assert ours._dataBounds == theirs._dataBounds
