"""No direct label sits on a line, curve, dot or bar of its own chart: end labels, value
labels, the published figures' table, the waterfall's values and the compared scenarios' names,
on the desk (1600×1000) and in presentation mode (1280×720, 1, 2 and 4 charts), English and
German, for the default scenario, four measures on, and two compared named scenarios.

The check renders each chart's data items alone and looks for their pixels under each label's
box (``text_boxes.labels_on_data``); tick labels are out of scope (they sit outside the plots)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from wattif.gui.text_boxes import data_image, direct_labels, labels_on_data, text_problems

from .test_presentation import (
    COUNT_KEYS,
    MEASURES_ON,
    present,
    presentation_pages,
    press,
    settle,
    visible_charts,
)

PRESENTATION_SIZE = (1280, 720)
"""The common projector."""
DESK_SIZE = (1600, 1000)
"""The window's first size on a large screen (``presentation.fit_to_screen``)."""
MORE_VOLUME = 3.0
"""The second named scenario serves this many times the queries (its line ends far above)."""


def _keep_compared(w, qtbot) -> None:
    """Two named scenarios drawn beside the one being edited (four measures on)."""
    s = w.workspace.scenarios
    queries = w.model.scenario["queries_per_day"]
    assert s.keep_current("Today")  # a snapshot: the working state goes on being edited
    w.model.update({"queries_per_day": queries * MORE_VOLUME})
    assert s.keep_current("More volume")
    w.model.update({"queries_per_day": queries, **MEASURES_ON})
    qtbot.waitUntil(lambda: len(s.compared()) == 2)
    assert [c.name for c in s.compared()] == ["Today", "More volume"]


STATES = {
    "default": lambda w, qtbot: None,
    "measures": lambda w, qtbot: w.model.update(MEASURES_ON),
    "compared": _keep_compared,
}
"""The scenarios checked: the default, the busiest waterfall, other scenarios' lines and names."""


def _check(chart, where, found) -> None:
    hits = labels_on_data(chart)
    if hits:
        found[(where, chart.objectName())] = [str(h) for h in hits]


@pytest.mark.parametrize("state", sorted(STATES))
@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_label_sits_on_a_line_dot_or_bar(make_window, qtbot, request, lang, state):
    if lang == "de":
        request.getfixturevalue("german")
    w = make_window(lang=lang)
    STATES[state](w, qtbot)
    w.resize(*DESK_SIZE)
    qtbot.wait(60)
    found: dict = {}
    for chart in w.charts:
        assert direct_labels(chart), chart.objectName()  # the check sees the labels ...
        image, painted = data_image(chart)
        assert painted and not image.isNull(), chart.objectName()  # ... and the data
        _check(chart, "desk", found)
    present(w, qtbot, PRESENTATION_SIZE)
    checked = set()
    for count, _first, shown in presentation_pages(w, qtbot):
        for chart in shown:
            checked.add(chart.objectName())
            _check(chart, f"{count} charts", found)
    assert found == {}
    assert checked == {c.objectName() for c in w.charts}


# -- the check itself can fail ----------------------------------------------------------------
def test_a_label_moved_onto_a_line_is_reported(make_window, qtbot):
    w = make_window()
    qtbot.wait(30)
    chart = w.energy_chart
    assert labels_on_data(chart) == []
    label = chart.total_label
    x, y = chart.total.xData, chart.total.yData
    mid = len(x) // 2
    label.setAnchor((0.5, 0.5))  # centred on the scenario's line
    label.setPos(float(x[mid]), float(y[mid]))
    hits = labels_on_data(chart)
    assert [h.text for h in hits] == [label.text()]
    assert "Curve" in hits[0].items


def test_energy_end_labels_stay_large_with_compared_scenarios(make_window, qtbot):
    """Issue 12 (b): other scenarios' names at the energy chart's right end are moved apart;
    the chart keeps the type every other chart of its page has."""
    w = make_window()
    _keep_compared(w, qtbot)
    present(w, qtbot, PRESENTATION_SIZE)
    for count in (4, 2, 1):
        press(w, qtbot, COUNT_KEYS[count])
        while w.energy_chart not in visible_charts(w):
            press(w, qtbot, Qt.Key.Key_PageDown)
        settle(w, qtbot)
        chart = w.energy_chart
        assert text_problems(chart, markers=True) == []
        from wattif.gui.chart_scaling import type_scale_for

        assert chart.type_scale == pytest.approx(type_scale_for(count, w.height())), count


# -- issue 12 (c): the waterfall's figures add up as a reader adds them -----------------------
LAST_DIGIT_TOLERANCE = 1
"""The shown steps add up to the shown difference between the first and the last bar within
this many units of the last digit shown (they are apportioned to add up exactly; one unit
allows for a future change of the rounding, never for independent rounding of five steps)."""


def _shown_number(text: str, lang: str) -> tuple[float, int]:
    """The number in a waterfall label and its decimals (``▼ −71.3 GWh`` → (71.3, 1))."""
    digits = re.search(r"[\d.,]+", text).group(0)
    mark = "," if lang == "de" else "."
    whole, _, frac = digits.replace("." if lang == "de" else ",", "").partition(mark)
    return float(f"{whole}.{frac or 0}"), len(frac)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("metric", ["energy_kwh", "co2e_t", "cost_eur"])
def test_waterfall_steps_add_up_to_the_shown_totals(make_window, qtbot, request, lang, metric):
    if lang == "de":
        request.getfixturevalue("german")
    w = make_window(lang=lang)
    w.model.update(MEASURES_ON)
    chart = w.waterfall_chart
    chart.set_metric(metric)
    qtbot.wait(30)
    s = chart.series()
    n = len(s["names"])
    texts = [t.text() for t in chart.value_labels[:n]]
    assert n == 7  # baseline, four measures, demand response, scenario
    unit = texts[0].split(" ", 1)[1]
    assert all(t.endswith(unit) for t in texts if t != "±0"), texts  # one unit for all
    (first, d0), (last, d1) = _shown_number(texts[0], lang), _shown_number(texts[-1], lang)
    assert d0 == d1
    total = 0.0
    for text in texts[1:-1]:
        if text == "±0":
            continue
        value, d = _shown_number(text, lang)
        assert d == d0, texts  # one last digit for all
        total += value if text.startswith("▲") else -value
    step = 10.0**-d0
    assert abs((last - first) - total) <= LAST_DIGIT_TOLERANCE * step + 1e-9, texts
    # and each figure is its bar's value to within one unit of the last digit
    factor = (s["ends"][0]) / first
    for i, text in enumerate(texts[1:-1], start=1):
        if text != "±0":
            true = abs(s["ends"][i] - s["starts"][i]) / factor
            assert abs(_shown_number(text, lang)[0] - true) <= step + 1e-9, (text, true)


def _crowded_presentation(make_window, qtbot):
    """Presentation mode at 1280×720 with two compared scenarios and the parameter panel
    widened by "All parameters": the rows of the four-chart page are short and crowded."""
    w = make_window()
    _keep_compared(w, qtbot)
    w.resize(*DESK_SIZE)
    qtbot.wait(60)
    present(w, qtbot, PRESENTATION_SIZE)
    w.param_views.show_all()
    qtbot.wait(100)
    return w


def test_no_endless_refits_with_a_wide_panel_in_presentation(make_window, qtbot):
    """An end value with no free place asked its row's axis to grow; a refit that came back to
    the same range asked again, for ever (four charts in presentation mode, other scenarios'
    lines, the parameter panel widened by "All parameters": a busy loop of refreshes while the
    window sat still). Once settled, a still window refreshes nothing."""
    w = _crowded_presentation(make_window, qtbot)
    for count, _first, shown in presentation_pages(w, qtbot):
        refreshes: list = []
        originals = {c: c.refresh for c in w.charts}
        for c in w.charts:
            c.refresh = lambda reset, c=c, seen=refreshes, run=originals[c]: (
                seen.append(c.objectName()),
                run(reset),
            )
        try:
            qtbot.wait(150)
        finally:
            for c, original in originals.items():
                c.refresh = original
        assert len(refreshes) <= len(shown), (count, _first, refreshes[:8], len(refreshes))


def test_a_crowded_end_value_is_left_out_and_comes_back(make_window, qtbot):
    """Four charts in presentation mode, other scenarios' lines and a panel widened by "All
    parameters": the water row's end value found no place and sat on a compared line. Now it
    is left out there (as the other scenarios' names are; the KPI card has the value), and shown
    again at the desk."""
    w = _crowded_presentation(make_window, qtbot)
    found: dict = {}
    left_out = set()
    for count, _first, shown in presentation_pages(w, qtbot):
        for chart in shown:
            _check(chart, f"{count} charts", found)
            for name, label in getattr(chart, "end_labels", {}).items():
                if getattr(label, "_crowded", False):
                    left_out.add((count, chart.objectName(), name))
    assert found == {}
    assert left_out, "no end value was crowded out: the case above proved nothing"
    w.act_present.setChecked(False)
    qtbot.waitUntil(lambda: not w.isFullScreen())
    w.resize(*DESK_SIZE)
    qtbot.wait(100)
    for chart in (w.fleet_chart, w.environment_chart):
        for name, label in chart.end_labels.items():
            assert label.isVisible() and label.text(), (chart.objectName(), name)


@pytest.mark.parametrize("size", [DESK_SIZE, (1280, 720)])
def test_a_baseline_inside_the_stacked_areas_is_labelled_above_them(make_window, qtbot, size):
    """Five times the queries: the baseline ends deep inside the energy chart's stacked areas,
    where its grey label sat on the dark accelerators' band (review at 1280×720, German). Its
    label goes above the areas at the right end, clear of them and of the scenario's label."""
    from wattif.gui.label_placement import PlotPixels, label_box, line_span

    w = make_window()
    w.resize(*size)
    w.model.update({"queries_per_day": w.model.scenario["queries_per_day"] * 5})
    qtbot.wait(100)
    chart = w.energy_chart
    label = chart.baseline_label
    assert label.isVisible() and label.text().startswith("baseline")
    px = PlotPixels(chart.plot)
    left, top, right, bottom = label_box(label, px)
    xs, ys, _pad = chart._lines[0]  # the scenario's total: the top of the areas
    stack_top = line_span(px.xs(xs), px.ys(ys), left, right)[0]
    assert bottom <= stack_top  # above the areas over the label's whole width
    scenario = label_box(chart.total_label, px)
    assert bottom <= scenario[1] or top >= scenario[3]  # not over the scenario's label
    assert label._leader is None or not label._leader.isVisible()


def _far_from_end(chart, name) -> tuple[float, object, object] | None:
    """(distance [px] from the row's end value to its line's end, that end in scene
    coordinates, the label's leader) for a shown end value, else None."""
    import math

    from PySide6.QtCore import QPointF

    from wattif.gui.label_placement import PlotPixels, label_box

    label = chart.end_labels[name]
    if not label.isVisible() or not label.text():
        return None
    plot = chart.plots[name]
    px = PlotPixels(plot)
    xs, ys, _pad = chart._lines[name][0][0]
    end = (float(px.x(float(xs[-1]))), float(px.y(float(ys[-1]))))
    left, top, right, bottom = label_box(label, px)
    near = (min(max(end[0], left), right), min(max(end[1], top), bottom))
    scene_end = plot.getViewBox().mapViewToScene(QPointF(float(xs[-1]), float(ys[-1])))
    return math.dist(end, near), scene_end, getattr(label, "_leader", None)


@pytest.mark.parametrize("size", [DESK_SIZE, PRESENTATION_SIZE])
def test_a_row_value_pushed_away_by_other_lines_is_joined_to_its_line(make_window, qtbot, size):
    """Review at 1280×720 with compared scenarios: a fleet row's end value (the scenario's,
    55.9) sat above another scenario's line, 50 px from its own, and read as that line's. A
    value placed away from its line's end has a leader to it; one beside it has none."""
    from wattif.gui.label_placement import LEADER_AFTER_PX, LEADER_GAP_PX

    w = make_window()
    _keep_compared(w, qtbot)
    w.resize(*size)
    if size == PRESENTATION_SIZE:
        present(w, qtbot, size)
    qtbot.wait(100)
    joined = beside = 0
    for chart in (w.fleet_chart, w.environment_chart):
        if not chart.isVisible():
            continue
        for name in chart.end_labels:
            found = _far_from_end(chart, name)
            if found is None:
                continue
            distance, scene_end, leader = found
            if distance > LEADER_AFTER_PX + 1:
                joined += 1
                assert leader is not None and leader.isVisible(), (chart.objectName(), name)
                # in the view's pixels: the label ignores the plot's scale, as its leader does
                view = chart.viewport().parentWidget()
                tip = leader.deviceTransform(view.viewportTransform()).map(leader.line().p2())
                at = view.viewportTransform().map(scene_end)
                gap = ((tip.x() - at.x()) ** 2 + (tip.y() - at.y()) ** 2) ** 0.5
                assert gap <= LEADER_GAP_PX + 1.0, (chart.objectName(), name, gap)
            elif distance < LEADER_AFTER_PX - 1:
                beside += 1
                assert leader is None or not leader.isVisible(), (chart.objectName(), name)
    assert joined, "no end value was pushed away from its line: the case proved nothing"
    if size == DESK_SIZE:  # in the short rows of presentation mode every value moved
        assert beside, "no end value sat beside its line"


def test_scenarios_with_the_same_value_each_show_their_symbol(make_window, qtbot):
    """Review: "Today" and "More volume" use the same Wh per query, and in the per-query chart
    one symbol lay exactly on the other while the key listed both. A symbol that would cover
    another moves aside: each scenario's colour shows at that bar's end."""
    from PySide6.QtGui import QColor

    from wattif.gui.compare_overlay import CompareMarks, compare_look

    w = make_window()
    _keep_compared(w, qtbot)
    w.resize(*DESK_SIZE)
    qtbot.wait(100)
    chart = w.per_query_chart
    marks = next(i for i in chart.scene().items() if isinstance(i, CompareMarks))
    compared = w.workspace.scenarios.compared()
    image = chart.grab().toImage()
    view_t = marks.deviceTransform(chart.viewportTransform())
    first = [m[0] for m in marks._marks]
    # the accelerators' row: both scenarios' symbols at one point before moving aside
    at = view_t.map(first[0])
    same = [p for p in first if (view_t.map(p) - at).manhattanLength() < 1.0]
    assert len(same) == 2, "the two scenarios should share this value: the case proves nothing"
    ratio = chart.devicePixelRatioF()
    seen = set()
    for dx in range(-14, 15):
        for dy in range(-14, 15):
            x, y = int((at.x() + dx) * ratio), int((at.y() + dy) * ratio)
            if 0 <= x < image.width() and 0 <= y < image.height():
                seen.add(image.pixelColor(x, y).name())
    for c in compared:
        colour = QColor(compare_look(c.index).colour).name()
        assert colour in seen, (c.name, colour)
