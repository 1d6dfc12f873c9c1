"""free_top, which every chart runs ~100 times a slider step to put its labels off the lines:
the nearest free place, checked against a scan of every place on a fine grid."""

from __future__ import annotations

import random

import pytest

from wattif.gui.label_placement import LABEL_GAP_PX, free_top


def scan(wanted, height, low, high, blocked, step=0.01):
    """The free top nearest to ``wanted`` among tops ``step`` apart (None: no free top)."""
    best = None
    n = int((high - height - low) / step + 1e-9)
    for i in range(n + 1):
        top = low + i * step
        if all(top + height + LABEL_GAP_PX <= a or top >= b + LABEL_GAP_PX for a, b in blocked):
            if best is None or abs(top - wanted) < abs(best - wanted):
                best = top
    return best


def test_free_top_finds_the_nearest_free_place():
    rng = random.Random(10)
    for _ in range(150):
        low, high = 0.0, rng.uniform(40, 120)
        height = rng.uniform(8, 20)
        blocked = []
        for _ in range(rng.randint(0, 4)):
            a = rng.uniform(-10, high)
            blocked.append((a, a + rng.uniform(1, 30)))
        wanted = rng.uniform(-5, high)
        got, expected = (
            free_top(wanted, height, low, high, blocked),
            scan(wanted, height, low, high, blocked),
        )
        if expected is None:
            assert got is None or all(
                got + height + LABEL_GAP_PX <= a + 0.011 or got >= b + LABEL_GAP_PX - 0.011
                for a, b in blocked
            )  # free only at an exact edge the grid stepped over
            continue
        assert got is not None
        assert low - 1e-6 <= got <= high - height + 1e-6
        assert all(
            got + height + LABEL_GAP_PX <= a + 1e-6 or got >= b + LABEL_GAP_PX - 1e-6
            for a, b in blocked
        )
        assert abs(got - wanted) <= abs(expected - wanted) + 1e-6


def test_a_label_that_fits_where_it_wants_stays_there():
    assert free_top(10.0, 12.0, 0.0, 100.0, [(50.0, 60.0)]) == 10.0
    # pushed just above a line that crosses where it wants to be
    assert free_top(45.0, 12.0, 0.0, 100.0, [(50.0, 60.0)]) == 50.0 - 12.0 - LABEL_GAP_PX
    assert free_top(45.0, 12.0, 0.0, 30.0, [(0.0, 30.0)]) is None  # no room at all


def test_a_leader_takes_its_labels_colour_when_the_label_changes_colour(qapp):
    """A leader's pen is made once per colour of its label (issue 10: a new pen on every step
    cost 30 µs a label): a label in a new colour (a theme) still gets a leader in that colour."""
    import pyqtgraph as pg
    from PySide6.QtGui import QColor

    from wattif.gui.chart_items import Label
    from wattif.gui.label_placement import LEADER_ALPHA, PlotPixels, put_label, set_leader

    plot = pg.PlotWidget()
    plot.resize(400, 300)
    plot.setXRange(0, 10, padding=0)
    plot.setYRange(0, 10, padding=0)
    label = Label("baseline 12 GWh", "#0072B2")
    plot.addItem(label)
    plot.show()
    qapp.processEvents()
    px = PlotPixels(plot.getPlotItem())
    put_label(label, px, 200.0, 20.0)
    far_end = (300.0, 250.0)  # well beyond LEADER_AFTER_PX from the label's box
    for colour in ("#0072B2", "#D55E00", "#0072B2"):
        label.setBrush(QColor(colour))
        set_leader(label, px, far_end)
        assert label._leader.isVisible()
        expected = QColor(colour)
        expected.setAlpha(LEADER_ALPHA)
        assert label._leader.pen().color() == expected
        assert label._leader.pen().isCosmetic()
    set_leader(label, px, None)
    assert not label._leader.isVisible()
    plot.close()


def test_a_labels_box_is_where_qt_draws_it_after_slider_steps(window, qapp):
    """A chart label's box is read from where it put its text (its position, offset and size:
    issue 10, no Qt geometry asked on each slider step); after steps up and down it is the box
    Qt maps from the label's transform and position, for every label on screen."""
    from PySide6.QtWidgets import QAbstractSlider

    from wattif.gui.chart_items import Label
    from wattif.gui.label_placement import PlotPixels, label_box

    class Plot:  # PlotPixels needs the view box only
        def __init__(self, view):
            self.view = view

        def getViewBox(self):  # noqa: N802 - pyqtgraph's name
            return self.view

    window.param_views.show_all()
    slider = window.panel.rows["pue"].slider
    compared = 0
    for k in range(30):
        up = QAbstractSlider.SliderAction.SliderSingleStepAdd
        slider.triggerAction(up if k < 20 else QAbstractSlider.SliderAction.SliderSingleStepSub)
        qapp.processEvents()
        for chart in window.charts:
            for item in chart.scene().items():
                view = item.parentItem()
                while view is not None and not hasattr(view, "viewRange"):
                    view = view.parentItem()
                if not isinstance(item, Label) or view is None or not item.isVisible():
                    continue
                px = PlotPixels(Plot(view))
                box = label_box(item, px)
                if not px.ok or box is None:
                    continue
                r = item.transform().mapRect(item.boundingRect())
                x = float(px.x(item.pos().x())) + r.left()
                y = float(px.y(item.pos().y())) + r.top()
                assert box == pytest.approx((x, y, x + r.width(), y + r.height()), abs=1e-9)
                compared += 1
    assert compared > 300
