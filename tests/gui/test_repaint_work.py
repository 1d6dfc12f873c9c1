"""Less work in a chart's repaint (issue 10), with the same pixels.

- The baseline's lines and bars keep their drawing as a pixmap while a slider moves
  (``chart_items.keep_drawing``): a slider step copies them instead of stroking their dashes
  again, and what the copy shows is what drawing them afresh shows, also after the baseline or
  the theme changed.
- Containers that draw nothing (``chart_items.paints_nothing``) are skipped by Qt: the chart
  looks the same without them, and a view box still clips its lines."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QAbstractSlider, QGraphicsItem

from wattif.gui import chart_items, presentation, themes

CACHE = QGraphicsItem.CacheMode


def kept(w):
    """The items kept as drawings, by chart."""
    return {
        w.energy_chart: [w.energy_chart.baseline],
        w.per_query_chart: [w.per_query_chart.baseline_bars],
        w.waterfall_chart: [w.waterfall_chart.base_bar],
        w.fleet_chart: list(w.fleet_chart.base_curves.values()),
        w.environment_chart: list(w.environment_chart.base_curves.values()),
        w.published_chart: [
            w.published_chart.stems,
            *w.published_chart.dots,
            w.published_chart.search_dot,
            w.published_chart.base_line,
            w.published_chart.base_dot,
        ],
    }


def pixels(view) -> np.ndarray:
    image = view.grab().toImage()
    bits = image.constBits()
    return np.frombuffer(bits, dtype=np.uint8).reshape(image.height(), -1).copy()


def drawn_afresh(view, items) -> np.ndarray:
    """The view as it looks with ``items`` drawn now (not from their cached pixmaps)."""
    modes = [(item, item.cacheMode()) for item in items]
    for item, _ in modes:
        item.setCacheMode(CACHE.NoCache)
    try:
        return pixels(view)
    finally:
        for item, mode in modes:
            item.setCacheMode(mode)


def settle(qapp):
    for _ in range(5):
        qapp.processEvents()


def ranges(w):
    return [
        tuple(map(tuple, plot.getViewBox().viewRange()))
        for chart in kept(w)
        for plot in chart.ci.items
        if isinstance(plot, pg.PlotItem)
    ]


def test_a_slider_step_copies_the_baseline_instead_of_drawing_it(make_window, qapp, monkeypatch):
    painted: list[object] = []
    for cls in (chart_items.Curve, chart_items.Bars):
        original = cls.paint

        def counting(self, painter, *args, _original=original):
            painted.append(self)
            return _original(self, painter, *args)

        # before the window is made: PySide looks an item's Python paint up once
        monkeypatch.setattr(cls, "paint", counting)
    w = make_window()
    w.param_views.show_all()
    slider = w.panel.rows["pue"].slider
    for _ in range(3):  # away from the baseline: the waterfall gains its "Other changes" row
        slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        settle(qapp)
    painted.clear()
    before = ranges(w)
    slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    settle(qapp)
    assert ranges(w) == before, "the step changed an axis: pick a smaller one"
    scenario_lines = [w.energy_chart.total, w.fleet_chart.curves["power_mw"]]
    assert all(curve in painted for curve in scenario_lines), "the scenario was not redrawn"
    baseline_items = [item for items in kept(w).values() for item in items]
    assert not [item for item in baseline_items if item in painted]


@pytest.fixture
def back_to_light(qapp):
    yield
    themes.set_style_colours(themes.LIGHT)
    qapp.setPalette(qapp.style().standardPalette())


@pytest.mark.parametrize(
    "step",
    ["at rest", "after a new baseline", "after a theme change", "in front of a room"],
)
def test_the_kept_drawings_show_what_drawing_afresh_shows(window, qapp, back_to_light, step):
    w = window
    settle(qapp)
    if step == "after a theme change":  # new pens: the copies are drawn again
        w.theme_menu.choose("dark")
        settle(qapp)
    if step == "in front of a room":  # the projector's and presentation mode's wider lines
        w.theme_menu.choose("projector")
        for chart in w.charts:
            chart.set_scale(1.0, presentation.LINE_SCALE)
        settle(qapp)
    if step == "after a new baseline":
        w.model.update({"pue": 1.6})
        settle(qapp)
        w.model.set_current_as_baseline()
        w.model.update({"pue": 1.2})
        settle(qapp)
    for chart, items in kept(w).items():
        assert all(item.cacheMode() == CACHE.DeviceCoordinateCache for item in items)
        cached = pixels(chart)
        fresh = drawn_afresh(chart, items)
        # a copied drawing blends its antialiased edges onto the chart once, as drawing does;
        # rounding may differ by a few levels at an edge (a marker's ring over the dashed
        # baseline: 4 of 255), never more
        diff = np.abs(cached.astype(int) - fresh.astype(int))
        assert diff.max() <= 4, f"{type(chart).__name__}: the copy differs from a fresh drawing"


FLAG = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def containers(chart):
    items = [chart.ci]
    for plot in chart.ci.items:
        if isinstance(plot, pg.PlotItem):
            items += [plot, plot.getViewBox()]
    return items


def test_the_containers_are_skipped_and_the_charts_look_the_same(window, qapp):
    w = window
    settle(qapp)
    for chart in w.charts:
        skipped = containers(chart)
        assert all(item.flags() & FLAG for item in skipped), type(chart).__name__
        with_flag = pixels(chart)
        for item in skipped:
            item.setFlag(FLAG, False)
        try:
            without = pixels(chart)
        finally:
            for item in skipped:
                item.setFlag(FLAG, True)
        assert np.array_equal(with_flag, without), type(chart).__name__


def test_a_view_box_that_draws_nothing_still_clips_its_lines(window, qapp):
    chart = window.energy_chart
    settle(qapp)
    view_box = chart.plot.getViewBox()
    assert view_box.flags() & FLAG
    line = chart_items.Curve(pen=pg.mkPen("#FF0000", width=3))
    (x0, x1), (y0, y1) = view_box.viewRange()
    # far beyond the axes on every side: drawn unclipped it would cross the axes and the title
    line.setData(
        [x0 - 10 * (x1 - x0), x1 + 10 * (x1 - x0)], [y0 - 10 * (y1 - y0), y1 + 10 * (y1 - y0)]
    )
    chart.plot.addItem(line)
    try:
        settle(qapp)
        image = chart.grab().toImage()
        box = view_box.mapRectToScene(view_box.boundingRect())
        box = chart.mapFromScene(box).boundingRect()
        red = [
            (x, y)
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).name() == "#ff0000"
        ]
        assert red, "the line was not drawn"
        outside = [(x, y) for x, y in red if not box.adjusted(-2, -2, 2, 2).contains(x, y)]
        assert not outside
    finally:
        chart.plot.removeItem(line)


def test_the_pixmap_cache_holds_every_kept_drawing_of_a_large_sharp_screen(window, qapp):
    """``app.PIXMAP_CACHE_KB`` holds what the charts keep as pixmaps (axes, titles, baseline
    items) in a 2560×1440 window on a 2× screen (four device pixels per pixel), with room to
    spare; past it Qt would draw them again in every repaint."""
    from wattif.gui import app

    window.resize(2560, 1440)
    settle(qapp)
    kept_bytes = 0
    for chart in window.charts:
        for item in chart.scene().items():
            if item.cacheMode() != CACHE.NoCache and item.isVisible():
                # in device pixels: a label or marker keeps its pixel size (it ignores the
                # view's scaling, which its scene box does not)
                to_view = item.deviceTransform(chart.viewportTransform())
                box = to_view.mapRect(item.boundingRect()).toAlignedRect()
                box = box.intersected(chart.viewport().rect())
                kept_bytes += box.width() * box.height() * 4 * 4  # ARGB, 2× in each direction
    assert kept_bytes > 0
    assert kept_bytes <= 0.5 * app.PIXMAP_CACHE_KB * 1024


def test_the_published_charts_marker_runs_through_every_row_at_the_scenarios_dot(window, qapp):
    """The marker is a two-point curve (pyqtgraph's InfiniteLine measured the view afresh each
    time it moved); it must still cross the whole plot where the scenario's dot is."""
    chart = window.published_chart
    for pue in (1.1, 1.9):
        window.model.update({"pue": pue})
        settle(qapp)
        xs, ys = chart.marker.getData()
        dot_x = chart.scen_dot.pos().x()
        assert xs.tolist() == pytest.approx([dot_x, dot_x])
        low, high = chart.plot.getViewBox().viewRange()[1]
        assert (min(ys), max(ys)) == pytest.approx((low, high))


def test_bar_outlines_widen_once_in_front_of_a_room_and_come_back(window, qapp):
    """Presentation mode widens the bars' outlines by its line scale, once (they were scaled
    twice, through the pen pyqtgraph keeps as well), keeps the dashed baseline's thin, and
    gives the desk's width back. The pen checked is the one pyqtgraph paints with."""
    chart = window.waterfall_chart
    settle(qapp)
    scenario, baseline = chart.scen_bar, chart.base_bar
    desk = (scenario._sharedPen.widthF(), baseline._sharedPen.widthF())
    chart.set_scale(1.0, presentation.LINE_SCALE)
    settle(qapp)
    assert scenario._sharedPen.widthF() == pytest.approx(desk[0] * presentation.LINE_SCALE)
    assert baseline._sharedPen.widthF() == pytest.approx(desk[1])
    chart.set_scale(1.0, 1.0)
    settle(qapp)
    assert (scenario._sharedPen.widthF(), baseline._sharedPen.widthF()) == pytest.approx(desk)


def on_screen(w, chart) -> np.ndarray:
    """What the window shows of ``chart`` now: the pixels its repaints left behind (the
    offscreen platform's screen is the window's backing store)."""
    top = chart.mapTo(w, chart.rect().topLeft())
    shot = w.screen().grabWindow(w.winId(), top.x(), top.y(), chart.width(), chart.height())
    return _rgb(shot.toImage())


def _rgb(image) -> np.ndarray:
    image = image.convertToFormat(image.Format.Format_RGB32)
    return np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), -1).copy()


def test_slider_steps_leave_each_chart_as_a_fresh_drawing_shows_it(make_window, qapp):
    """A step repaints only the rectangle around what changed (``BoundingRectViewportUpdate``,
    issue 10): after a drag up and back down, across axis changes, every chart on screen is
    pixel for pixel what drawing it afresh gives (no trace of a line, bar or label where it
    was). Fails when the views skip repaints they owe."""
    w = make_window()
    w.param_views.show_all()
    slider = w.panel.rows["pue"].slider
    settle(qapp)
    before = ranges(w)
    for action in [QAbstractSlider.SliderAction.SliderSingleStepAdd] * 40 + [
        QAbstractSlider.SliderAction.SliderSingleStepSub
    ] * 15:
        slider.triggerAction(action)
        settle(qapp)
    assert ranges(w) != before, "no axis changed: take a longer drag"
    for chart in w.charts:
        shown, fresh = on_screen(w, chart), _rgb(chart.grab().toImage())
        assert np.array_equal(shown, fresh), type(chart).__name__


@pytest.mark.parametrize("at", [(40.0, 30.0), (40.3, 30.6), (41.5, 29.5)])
def test_a_label_kept_as_a_pixmap_shows_its_text_as_drawn_afresh(qapp, at):
    """Chart labels are kept as pixmaps on screen (issue 10: a slider step repaints a dozen
    labels whose text Qt would lay out again in every paint). The copy shows what drawing the
    text afresh shows, at most a pixel aside (Qt puts a pixmap on whole pixels): no blur, no
    cut-off letter, the same colour and weight."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    scene = QGraphicsScene(0, 0, 240, 90)
    view = QGraphicsView(scene)
    view.setFixedSize(260, 110)
    view.setBackgroundBrush(QColor("white"))
    label = chart_items.text_item("Idle capacity 713 GWh", "#0072B2", (0.0, 0.0), bold=True)
    label.setPos(*at)
    scene.addItem(label)
    view.show()
    settle(qapp)
    assert label.cacheMode() == CACHE.DeviceCoordinateCache
    kept_copy = pixels(view.viewport()).astype(int)
    fresh = drawn_afresh(view.viewport(), [label]).astype(int)
    assert (kept_copy != 255).sum() > 200, "no text drawn"
    h, w = kept_copy.shape
    best = min(
        np.abs(
            kept_copy[2 : h - 2, 8 : w - 8]
            - np.roll(fresh, (dy, 4 * dx), (0, 1))[2 : h - 2, 8 : w - 8]
        ).max()
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
    )
    assert best <= 2
    view.close()


def test_a_chart_prepares_its_view_boxes_before_a_paint_only_when_they_need_it(
    make_window, qapp, monkeypatch
):
    """pyqtgraph notes every paint to the scene's view boxes first (a signal, a Python call
    each); the charts skip the note when the view boxes have nothing to prepare (their new
    ranges were applied as the step drew them). A range set behind the chart's back (a view box
    with its transform still to work out) and anything else listening still get the note:
    fails when the chart skips it then (the plot would be drawn with its old transform)."""
    from pyqtgraph.GraphicsScene import GraphicsScene
    from PySide6.QtCore import QPointF

    notes: list[object] = []
    original = GraphicsScene.prepareForPaint

    def noting(self):
        notes.append(self)
        return original(self)

    monkeypatch.setattr(GraphicsScene, "prepareForPaint", noting)
    w = make_window()
    w.param_views.show_all()
    slider = w.panel.rows["pue"].slider
    for _ in range(3):
        slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        settle(qapp)
    notes.clear()
    slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    settle(qapp)
    scenes = {chart.scene() for chart in w.charts}
    assert not [s for s in notes if s in scenes], "a plain step still notes its paints"

    chart = w.energy_chart
    view = chart.plot.getViewBox()
    (_x0, _x1), (_y0, y1) = view.viewRange()
    view.setYRange(0.0, 3.0 * y1, padding=0)  # not through the chart: its transform is pending
    assert view._matrixNeedsUpdate
    chart.viewport().repaint()
    assert chart.scene() in notes
    assert not view._matrixNeedsUpdate
    top = view.childGroup.transform().map(QPointF(2030.0, 3.0 * y1)).y()
    assert top == pytest.approx(0.0, abs=1e-6)  # the new range's top at the view's top edge

    listener = pg.TextItem("x")  # pyqtgraph's text item listens to the note (from its paint)
    listener.setPos(2027.0, y1)
    chart.plot.addItem(listener)
    chart.viewport().repaint()
    settle(qapp)
    assert not (view._matrixNeedsUpdate or view._autoRangeNeedsUpdate)
    notes.clear()
    chart.viewport().repaint()
    assert chart.scene() in notes
    chart.plot.removeItem(listener)


def test_a_line_or_bar_sets_pixel_in_data_units_is_what_its_view_maps(make_window, qapp):
    """An item's box pads its line by a pixel size in data units (``chart_items.pixel_size``),
    worked out from its view box's range and size, not through pyqtgraph's ``pixelVectors``.
    After a drag that changed axes and after a resize, it must equal what the view's transform
    maps (``pixelVectors``) for every line and bar set of every chart; an item with a place of
    its own in the view takes ``pixelVectors`` itself. Fails when the range and size are mixed
    up (x against y, a stale range)."""
    w = make_window()
    w.param_views.show_all()
    slider = w.panel.rows["pue"].slider
    before = ranges(w)
    for _ in range(40):
        slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        settle(qapp)
    assert ranges(w) != before, "no axis changed: take a longer drag"

    def check() -> int:
        checked = 0
        for chart in w.charts:
            for item in chart.scene().items():
                if not isinstance(item, chart_items.Curve | chart_items.Bars):
                    continue
                item._pixel = None
                got = chart_items.pixel_size(item)
                vx, vy = item.pixelVectors()
                if got is None:
                    assert vx is None or vy is None
                    continue
                assert got == pytest.approx((vx.length(), vy.length()), rel=1e-9)
                checked += 1
        return checked

    assert check() >= 15
    w.resize(w.width() - 230, w.height() - 170)
    settle(qapp)
    assert check() >= 15

    curve = w.energy_chart.total
    curve.setPos(0.5, 0.0)  # a place of its own: pyqtgraph's way
    curve._pixel = None
    vx, vy = curve.pixelVectors()
    assert chart_items.pixel_size(curve) == pytest.approx((vx.length(), vy.length()), rel=1e-9)
    curve.setPos(0.0, 0.0)
