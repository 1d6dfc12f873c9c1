"""Presentation mode as a presenter uses it: large type that fits (no clipped or colliding text
at 1280×720 and 1920×1080, English and German), 1/2/4 charts, next/previous chart from the
keyboard without stealing a focused slider's keys, Esc back to the desk; and a first window that
fits the screen it opens on."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QScreen

from wattif.gui import presentation
from wattif.gui.text_boxes import text_boxes, text_problems

MEASURES_ON = {
    "m_right_size_on": True,
    "m_quantise_on": True,
    "m_serving_on": True,
    "m_modernise_on": True,
}
"""The busiest waterfall (four measures, one bar and one label each)."""


def present(w, qtbot, size=(1280, 720)):
    """Presentation mode on a screen of ``size`` (the offscreen screen is 800×800: full screen
    takes that size first, then the window gets the projector's)."""
    w.act_present.setChecked(True)
    qtbot.waitUntil(lambda: w.isFullScreen())
    qtbot.wait(60)  # the platform applies the full-screen geometry
    w.resize(*size)
    qtbot.waitUntil(lambda: w.size().toTuple() == size)
    qtbot.wait(60)
    assert w.size().toTuple() == size
    settle(w, qtbot)


def settle(w, qtbot):
    qtbot.waitUntil(lambda: w.presentation.settled, timeout=15000)
    qtbot.wait(30)


def press(w, qtbot, key):
    target = w.focusWidget() or w
    qtbot.keyClick(target, key)


def visible_charts(w):
    return [c for c in w.charts if c.isVisible()]


PAGES = {4: (0, 2), 2: (0, 2, 4), 1: range(6)}
"""First chart shown per page, by charts on screen: every chart is seen at every count."""
COUNT_KEYS = {4: Qt.Key.Key_4, 2: Qt.Key.Key_2, 1: Qt.Key.Key_1}


def presentation_pages(w, qtbot):
    """Page through presentation mode as a user does (4, 2 and 1 charts, PageDown): yields
    ``(count, first, charts shown)`` once each page has settled."""
    for count, starts in PAGES.items():
        press(w, qtbot, COUNT_KEYS[count])
        for first in starts:
            while w.presentation.first != first:
                press(w, qtbot, Qt.Key.Key_PageDown)
            settle(w, qtbot)
            shown = visible_charts(w)
            assert len(shown) == count
            yield count, first, shown


def tick_pt(chart):
    """Point size of the chart's bottom tick labels."""
    import pyqtgraph as pg

    axes = [
        i
        for i in chart.scene().items()
        if isinstance(i, pg.AxisItem) and i.orientation == "bottom" and i.style["tickFont"]
    ]
    return max(a.style["tickFont"].pointSizeF() for a in axes)


# -- texts fit ------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_chart_text_is_clipped_or_overlaps_another(make_window, qtbot, request, size, lang):
    if lang == "de":
        request.getfixturevalue("german")
    w = make_window(lang=lang)
    w.model.update(MEASURES_ON)
    w.model.set_year(2030)
    desk_title = w.energy_chart.title.item.font().pointSizeF()
    present(w, qtbot, size)
    found = {}
    checked = set()
    for count, first, shown in presentation_pages(w, qtbot):
        for chart in shown:
            checked.add(chart.objectName())
            boxes = text_boxes(chart)
            assert len(boxes) >= 4, chart.objectName()  # title, axis, ticks, labels
            problems = text_problems(chart, markers=True)
            if problems:
                found[(count, first, chart.objectName())] = problems
            # large type: never smaller than on the desk
            assert chart.title.item.font().pointSizeF() >= desk_title - 1e-6
    assert found == {}
    assert checked == {c.objectName() for c in w.charts}


def test_type_and_lines_are_larger_than_on_the_desk(make_window, qtbot):
    w = make_window()
    desk = w.energy_chart.title.item.font().pointSizeF()
    desk_pen = w.energy_chart.total._pen.widthF()
    present(w, qtbot)
    press(w, qtbot, Qt.Key.Key_1)
    settle(w, qtbot)
    chart = visible_charts(w)[0]
    assert chart is w.energy_chart
    assert chart.title.item.font().pointSizeF() >= 1.3 * desk
    assert chart.total._pen.widthF() >= 1.5 * desk_pen
    assert text_problems(chart, markers=True) == []


# -- the published figures: a table beside a lane of dots -----------------------------------
def _published_is_clean(w):
    chart = w.published_chart
    assert chart.isVisible()
    assert text_problems(chart, markers=True) == []
    # no text in the dots' lane: every name and value ends left of the lowest tick's dot
    lane = chart.plot.getViewBox().mapViewToDevice  # view -> device (the chart's viewport)
    left = lane(QPointF(chart._lo, 0)).x()
    to_view = chart.viewportTransform()
    for label in chart.labels:
        box = label.deviceTransform(to_view).mapRect(label.boundingRect())
        assert box.right() < left, label.text()
    # the log axis: all tick labels in one size
    heights = {round(b.rect.height(), 1) for b in text_boxes(chart) if b.text in _tick_texts(chart)}
    assert len(heights) == 1, heights


def _tick_texts(chart) -> set[str]:
    return {text for _x, text in chart._ticks}


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("size", [(1280, 720), (1600, 1000)])
def test_published_labels_never_sit_on_a_dot_on_the_desk(make_window, qtbot, request, size, lang):
    if lang == "de":
        request.getfixturevalue("german")
    w = make_window(lang=lang)
    w.resize(*size)
    for values in ({}, MEASURES_ON, {"queries_per_day": 1e10, "m_right_size_on": False}):
        w.model.update(values)
        w.model.set_year(2030)
        qtbot.wait(30)
        _published_is_clean(w)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_published_labels_never_sit_on_a_dot_in_presentation(
    make_window, qtbot, request, size, lang
):
    if lang == "de":
        request.getfixturevalue("german")
    w = make_window(lang=lang)
    w.model.update(MEASURES_ON)
    w.model.set_year(2030)
    present(w, qtbot, size)
    for count in (4, 2, 1):
        press(w, qtbot, {4: Qt.Key.Key_4, 2: Qt.Key.Key_2, 1: Qt.Key.Key_1}[count])
        while w.published_chart not in visible_charts(w):
            press(w, qtbot, Qt.Key.Key_PageDown)
        settle(w, qtbot)
        _published_is_clean(w)


def test_every_axis_writes_german_decimals(make_window, qtbot, german):
    """0,05 and not 0.05: tick labels follow the window's language like every other number."""
    import pyqtgraph as pg

    w = make_window(lang="de")
    w.model.update(MEASURES_ON)
    w.model.set_year(2030)
    qtbot.wait(30)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    ticks = []
    try:
        for chart in w.charts:
            for axis in chart.scene().items():
                if isinstance(axis, pg.AxisItem) and axis.isVisible():
                    specs = axis.generateDrawSpecs(painter) or ((), (), ())
                    ticks += [(chart.objectName(), text) for _r, _f, text in specs[2]]
    finally:
        painter.end()
    assert [t for t in ticks if re.search(r"\d\.\d", t[1])] == []
    assert any(re.search(r"\d,\d", text) for _name, text in ticks)  # per query: 0,05
    axis = pg.AxisItem("bottom")
    from wattif.gui.chart_base import locale_ticks

    locale_ticks(axis, "de")
    assert axis.tickStrings([0.05, 0.1], 1.0, 0.05) == ["0,05", "0,10"]


def test_dashed_baseline_bars_keep_thin_dashes_in_presentation(make_window, qtbot):
    w = make_window()
    desk = w.per_query_chart.baseline_bars.opts["pen"].widthF()
    present(w, qtbot)
    assert w.per_query_chart.baseline_bars.opts["pen"].widthF() == pytest.approx(desk)
    # the scenario's value sits right of both bars of its row (never on the baseline's bar)
    chart = w.per_query_chart
    base = chart.series()["baseline_wh"]
    for label, v, b in zip(chart.value_labels, chart.series()["scenario_wh"], base, strict=True):
        assert label.pos().x() == pytest.approx(max(v, b))


# -- choosing charts -----------------------------------------------------------------------
def test_keys_choose_one_two_or_four_charts_and_page_through_them(make_window, qtbot):
    w = make_window()
    present(w, qtbot)
    for key, n in ((Qt.Key.Key_1, 1), (Qt.Key.Key_2, 2), (Qt.Key.Key_4, 4)):
        press(w, qtbot, key)
        assert len(visible_charts(w)) == n
        assert w.presentation.count == n
    press(w, qtbot, Qt.Key.Key_1)
    assert visible_charts(w) == [w.charts[0]]
    press(w, qtbot, Qt.Key.Key_PageDown)
    assert visible_charts(w) == [w.charts[1]]
    press(w, qtbot, Qt.Key.Key_Right)
    assert visible_charts(w) == [w.charts[2]]
    press(w, qtbot, Qt.Key.Key_PageUp)
    press(w, qtbot, Qt.Key.Key_Left)
    assert visible_charts(w) == [w.charts[0]]
    press(w, qtbot, Qt.Key.Key_Left)  # wraps around
    assert visible_charts(w) == [w.charts[-1]]
    # the choice is remembered for the next time
    assert int(w.settings.value(presentation.COUNT_SETTING)) == 1


def test_a_focused_slider_keeps_its_keys_and_f6_gives_them_back_to_the_charts(make_window, qtbot):
    w = make_window()
    present(w, qtbot)
    press(w, qtbot, Qt.Key.Key_1)
    press(w, qtbot, Qt.Key.Key_F6)  # to the key levers
    slider = w.param_views.levers.rows["queries_per_day"].slider
    assert w.focusWidget() is slider
    before, shown = slider.value(), visible_charts(w)
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() != before  # the lever moved ...
    assert visible_charts(w) == shown  # ... the chart stayed
    press(w, qtbot, Qt.Key.Key_F6)  # back to the charts
    assert not w.param_views.levers.isAncestorOf(w.focusWidget())
    press(w, qtbot, Qt.Key.Key_PageDown)
    assert visible_charts(w) != shown


def test_key_levers_only_and_help_lists_the_keys(make_window, qtbot):
    w = make_window()
    w.param_views.show_all()
    present(w, qtbot)
    assert w.param_dock.isVisible()
    assert w.param_views.currentWidget() is w.param_views.levers
    assert w.presentation.help.isVisible()  # shown when presentation starts
    text = w.presentation.help.text()
    for key in ("Esc", "F1", "F6", "Page Down"):
        assert key in text
    press(w, qtbot, Qt.Key.Key_F1)
    assert not w.presentation.help.isVisible()
    press(w, qtbot, Qt.Key.Key_F1)
    assert w.presentation.help.isVisible()
    assert w.presentation.help.geometry().bottom() <= w.height()


def test_esc_leaves_and_restores_the_desk_layout(make_window, qtbot):
    w = make_window()
    w.param_views.show_all()
    grid = w.chart_grid
    places = {c.objectName(): grid.getItemPosition(grid.indexOf(c))[:2] for c in w.charts}
    desk_pt = tick_pt(w.energy_chart)
    physics = w.physics.isVisible()
    present(w, qtbot)
    press(w, qtbot, Qt.Key.Key_2)
    press(w, qtbot, Qt.Key.Key_PageDown)
    settle(w, qtbot)
    assert tick_pt(w.per_query_chart) > desk_pt
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.menuBar().isVisible())
    assert not w.act_present.isChecked()
    assert visible_charts(w) == w.charts
    assert {c.objectName(): grid.getItemPosition(grid.indexOf(c))[:2] for c in w.charts} == places
    assert all(tick_pt(c) == pytest.approx(desk_pt) for c in (w.energy_chart, w.per_query_chart))
    assert w.param_views.currentIndex() == 1  # All parameters, as before
    assert w.physics.isVisible() == physics
    assert w.statusBar().isVisible()


# -- window size ---------------------------------------------------------------------------
@pytest.fixture
def small_screen(monkeypatch):
    area = QRect(0, 0, 1280, 720)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(area))
    return area


def test_first_window_fits_a_1280x720_screen(qtbot, state_dir, small_screen):
    from wattif.gui.main_window import MainWindow

    w = MainWindow(state_dir=state_dir, restore=False)
    qtbot.addWidget(w)
    assert w.width() <= small_screen.width() and w.height() <= small_screen.height()
    assert small_screen.contains(w.geometry())
    w.model.mark_saved()


def test_restored_geometry_wins_when_it_fits_the_screen(qtbot, state_dir, small_screen):
    from wattif.gui.main_window import MainWindow

    first = MainWindow(state_dir=state_dir, restore=False)
    qtbot.addWidget(first)
    first.setGeometry(40, 40, 700, 500)  # fits this screen (and the offscreen one)
    first.save_layout()
    again = MainWindow(state_dir=state_dir, restore=True)
    qtbot.addWidget(again)
    assert again.size().toTuple() == (700, 500)
    # a geometry saved on a larger screen is fitted to this one
    again.setGeometry(0, 0, 1800, 1100)
    again.save_layout()
    third = MainWindow(state_dir=state_dir, restore=True)
    qtbot.addWidget(third)
    assert third.width() <= 1280 and third.height() <= 720
    for w in (first, again, third):
        w.model.mark_saved()


def test_desk_panels_leave_the_room_and_come_back(make_window, qtbot):
    """Found in review: the comparison table (tabified over the levers) stayed on the projector,
    in desk type, hiding the levers."""
    w = make_window()
    w.workspace.table_dock.show()
    w.workspace.table_dock.raise_()
    qtbot.wait(20)
    present(w, qtbot)
    assert not w.workspace.table_dock.isVisible()
    assert w.param_dock.isVisible() and w.param_views.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.menuBar().isVisible())
    assert w.workspace.table_dock.isVisible()


def test_compared_lines_thicken_with_the_scenario_in_presentation(make_window, qtbot):
    """Found in review: in presentation mode the scenario's line grew, a compared option's
    stayed a desk hairline for the back of the room."""
    w = make_window()
    scenarios = w.workspace.scenarios
    assert scenarios.keep_current("Option A")
    w.model.update({"queries_per_day": w.model.scenario["queries_per_day"] * 2})
    qtbot.wait(20)
    lines = w.energy_chart.compare.lines["energy_kwh"]
    desk = lines._lines[0][1].widthF()
    present(w, qtbot)
    press(w, qtbot, Qt.Key.Key_1)
    settle(w, qtbot)
    assert lines._lines[0][1].widthF() >= 1.5 * desk
