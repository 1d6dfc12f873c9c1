"""The cheap comparisons a slider step relies on (issue 10): a chart's data key, and a curve's
bounding box, which keeps its pixel size until the view changes."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from wattif.gui.chart_base import same_key
from wattif.gui.chart_items import Curve


def test_same_key_compares_arrays_by_value():
    a = np.array([1.0, 2.0, 3.0])
    assert same_key((a, 2030), (a.copy(), 2030))
    assert not same_key((a, 2030), (a, 2031))
    assert not same_key((a,), (a + 1e-12,))
    assert not same_key((a,), (a[:2],))
    assert same_key((a,), (np.array([1, 2, 3]),))  # the same values in another type
    assert not same_key((a,), ([1.0, 2.0, 3.0],))  # a list is not the array it equals
    nan = np.array([np.nan, 1.0])
    assert same_key((nan,), (nan.copy(),))  # the same data: nothing to redraw
    assert same_key(((a, (a, "x")),), ((a.copy(), (a.copy(), "x")),))
    assert not same_key(((a, (a, "x")),), ((a, (a, "y")),))


def test_a_curve_pads_its_box_by_its_pen_in_the_current_pixels(qapp):
    view = pg.PlotWidget()
    view.resize(400, 300)
    curve = Curve(pen=pg.mkPen("k", width=3))
    view.addItem(curve)
    view.setXRange(0, 10, padding=0)
    view.setYRange(0, 10, padding=0)
    view.show()
    qapp.processEvents()
    curve.setData([2.0, 8.0], [2.0, 8.0])
    narrow = curve.boundingRect()
    view.setXRange(0, 100, padding=0)  # a pixel is now ten times as wide in data units
    view.getViewBox().prepareForPaint()
    wide = curve.boundingRect()
    pad_before, pad_after = 2.0 - narrow.left(), 2.0 - wide.left()
    assert pad_before > 0
    assert pad_after > 5 * pad_before
    assert abs((2.0 - wide.top()) - (2.0 - narrow.top())) < 1e-9  # y unchanged
    view.close()
