"""The consultant's questions in the window, asked as a user asks them: how sure (bands, which
inputs vary, pinning), what matters most (tornado) and what gets us there (goal seek)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFrame, QLabel

from wattif.gui.uncertainty import FULL_SAMPLES, MOVING_SAMPLES

MEASURE_KEYS = ("m_right_size_on", "m_quantise_on", "m_serving_on", "m_modernise_on")
"""Four measures: a change big enough to move every axis."""

WAIT = 30_000  # ms; the first analysis starts the worker process


def menu_named(window, title):
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title}")


def bands_on(window, qtbot):
    window.analyses.act_bands.trigger()
    qtbot.waitUntil(window.analyses.uncertainty.is_final, timeout=WAIT)
    return window.analyses.uncertainty


def kpi_tooltip(window, card):
    frame = window.kpis.findChild(QFrame, f"kpi_{card}")
    return frame.findChild(QLabel, "kpiValue").toolTip()


# ---------------------------------------------------------------------------------- bands
def test_bands_from_the_view_menu_shade_the_charts_and_the_choice_is_remembered(make_window, qtbot):
    w = make_window()
    act = w.analyses.act_bands
    assert act in menu_named(w, "View").actions()
    assert act in w.analyses.toolbar.actions()
    assert not act.isChecked()  # off at first start
    assert w.energy_chart.band_layer.drawn() == {}
    assert "Uncertainty" not in kpi_tooltip(w, "energy")

    bands_on(w, qtbot)
    drawn = {}
    for chart in (w.energy_chart, w.fleet_chart, w.environment_chart):
        drawn.update(chart.band_layer.drawn())
    yearly = {"energy_kwh", "accelerators", "power_mw", "co2e_t", "water_m3", "cost_eur"}
    assert set(drawn) == yearly
    # the scenario's line runs inside its band, and the inner band inside the outer one
    total = w.energy_chart.total.yData
    band = drawn["energy_kwh"]
    assert (band["p5"] <= total).all() and (total <= band["p95"]).all()
    assert band["p95"][-1] > band["p5"][-1] * 1.5  # a visible spread, not a line
    # the axis makes room for the band
    assert w.energy_chart.y_range()[1] >= band["p95"].max()
    # per query: a whisker around the scenario's dot
    whisker = w.published_chart.band_layer.drawn()["per_query_wh"]
    wh = w.published_chart.series()["scenario_wh"][0]
    assert whisker["p5"] < wh < whisker["p95"]
    assert whisker["p5"] < whisker["p25"] < whisker["p75"] < whisker["p95"]
    # KPI cards: the range on hover
    tip = kpi_tooltip(w, "energy")
    assert "Uncertainty" in tip and "P5–P95 of 1,000 samples" in tip

    w.close()  # remembered for the next start
    w2 = make_window()
    assert w2.analyses.act_bands.isChecked()
    qtbot.waitUntil(w2.analyses.uncertainty.is_final, timeout=WAIT)
    # same scenario, same band: the seed is fixed
    a = w2.energy_chart.band_layer.drawn()["energy_kwh"]
    assert np.array_equal(a["p5"], band["p5"]) and np.array_equal(a["p95"], band["p95"])

    assert w2.energy_chart.plot.getAxis("left").labelText == "Energy [TWh]"
    w2.analyses.act_bands.trigger()  # off again: the shades go, the axis fits the data again
    assert w2.energy_chart.band_layer.drawn() == {}
    assert w2.energy_chart.plot.getAxis("left").labelText == "Energy [GWh]"
    assert "Uncertainty" not in kpi_tooltip(w2, "energy")


def test_bands_follow_a_slider_with_few_samples_and_the_full_set_when_the_hand_stops(
    window, qtbot, monkeypatch
):
    unc = bands_on(window, qtbot)
    before = unc.band("energy_kwh").p95.copy()
    service = window.analyses.service
    asked = []
    real = service.request

    def record(kind, fn, *args, tag=None, **kwargs):
        if kind == "bands":
            asked.append(tag[2])  # samples
        return real(kind, fn, *args, tag=tag, **kwargs)

    monkeypatch.setattr(service, "request", record)
    slider = window.panel.rows["queries_per_day"].slider
    slider.setFocus()
    for _ in range(6):  # a quick run of key presses is a movement
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.waitUntil(unc.is_final, timeout=WAIT)
    assert MOVING_SAMPLES in asked
    assert asked[-1] == FULL_SAMPLES
    after = unc.band("energy_kwh")
    assert after.n == FULL_SAMPLES
    assert (after.p95 > before).all()  # more queries, more energy at every percentile
    drawn = window.energy_chart.band_layer.drawn()["energy_kwh"]
    total = window.energy_chart.total.yData
    assert (drawn["p5"] <= total).all() and (total <= drawn["p95"]).all()


def test_undo_brings_the_band_back_at_once(window, qtbot):
    unc = bands_on(window, qtbot)
    first = unc.band("energy_kwh")
    window.model.update({"pue": 1.4})
    qtbot.waitUntil(unc.is_final, timeout=WAIT)
    assert unc.band("energy_kwh") is not first
    window.act_undo.trigger()
    assert unc.is_final() and unc.band("energy_kwh") is first  # from the cache, no waiting


def test_bands_off_and_on_again_at_once_still_arrive(window, qtbot):
    unc = bands_on(window, qtbot)
    window.model.update({"pue": 1.3})  # on its way ...
    window.analyses.act_bands.trigger()  # ... off: dropped
    window.analyses.act_bands.trigger()  # on again: asked afresh
    qtbot.waitUntil(unc.is_final, timeout=WAIT)
    assert window.energy_chart.band_layer.drawn()


def test_a_preset_drops_the_old_band_until_its_own_arrives(window, qtbot):
    unc = bands_on(window, qtbot)
    window.load_preset("devries_2023")
    assert window.energy_chart.band_layer.drawn() == {}  # never the old scenario's band
    qtbot.waitUntil(unc.is_final, timeout=WAIT)
    years = window.energy_chart.band_layer.drawn()["energy_kwh"]["x"]
    assert years[0] == window.model.results.years[0] == 2023


def assert_caption_fits(layer) -> None:
    """The caption's lines stay inside its plot (found in review: clipped at 1280 px), from
    where it starts, not only in width (found in review: German, presentation type, 1280×720)."""
    from wattif.gui.label_placement import PlotPixels

    item, plot = layer._caption, layer._caption_plot
    assert item.isVisible()
    assert item.boundingRect().width() <= plot.getViewBox().width()
    pixels = PlotPixels(plot)
    left, _top, right, _bottom = item.box_in(pixels)
    assert 0.0 <= left and right <= pixels.width, (left, right, pixels.width, item.text())


def test_the_band_shows_its_median_and_says_why_the_line_sits_low_in_it(window, qtbot):
    """A client asked why the default scenario's line runs low in its band (713 GWh in 2030
    under a median of ~835 GWh): the inputs' ranges reach further up than down. The band draws
    its median, and its caption, hover text and the list of inputs say where the median lies."""
    unc = bands_on(window, qtbot)
    layer = window.energy_chart.band_layer
    band = layer.drawn()["energy_kwh"]
    total = window.energy_chart.total.yData
    assert (band["p5"] <= band["p50"]).all() and (band["p50"] <= band["p95"]).all()
    assert band["p50"][-1] > total[-1] * 1.1  # the line sits low in its band
    gap = round((band["p50"][-1] / total[-1] - 1) * 100)
    year = int(window.model.results.years[-1])
    sentence = (
        f"In {year} the median lies {gap} % above the scenario: the inputs' ranges reach "
        "further up than down."
    )
    caption = layer.caption()
    legend = "Shaded: P5–P95 · darker: P25–P75 · dotted: median"
    assert " ".join(caption.split()) == f"{legend} {sentence}"  # the note under the legend
    assert_caption_fits(layer)
    tip = layer.shown_tip("energy_kwh")
    assert tip.startswith("Uncertainty of 1,000 samples.") and tip.endswith(sentence)
    # the other yearly charts' bands say it for their own output
    for metric in ("water_m3", "cost_eur"):
        drawn = window.environment_chart.band_layer.drawn()[metric]
        assert (drawn["p5"] <= drawn["p50"]).all() and (drawn["p50"] <= drawn["p95"]).all()
        assert "the median lies" in window.environment_chart.band_layer.shown_tip(metric)
    # per query: a tick at the median inside the whisker's box
    whisker = window.published_chart.band_layer.drawn()["per_query_wh"]
    assert whisker["p25"] < whisker["p50"] < whisker["p75"]

    window.analyses.act_inputs.trigger()
    view = window.analyses.inputs_view
    qtbot.waitUntil(view.isVisible)
    assert view.summary.text().endswith("Energy per year: " + sentence)

    # a band whose median is the scenario says nothing of a skew: all inputs of energy pinned
    unc.set_pinned(set(unc.varying()) - {"household_kwh_per_year"})
    qtbot.waitUntil(unc.is_final, timeout=WAIT)
    assert " ".join(layer.caption().split()) == legend  # wrapped to a narrower chart
    assert_caption_fits(layer)
    assert "median lies" not in layer.shown_tip("energy_kwh")


def test_the_median_is_a_dotted_line_inside_the_band(qtbot):
    from PySide6.QtGui import QColor, QImage, QPainter

    from wattif.gui.band_overlay import BandFill

    item = BandFill("#000000")
    item.set_band([0.0, 100.0], [0, 0], [100, 100], [25, 25], [75, 75], p50=[60, 60])
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter)
    painter.end()

    def lightness(y):
        return [QColor(image.pixel(x, y)).lightness() for x in range(10, 90)]

    on = [min(a, b) for a, b in zip(lightness(59), lightness(60), strict=True)]
    band = lightness(50)  # the inner band, away from the median
    assert min(on) < min(band) - 40  # dots darker than the band ...
    assert max(on) >= min(band) - 5  # ... with the band between them: dotted, not solid


def test_a_band_is_the_area_along_its_top_and_back_along_its_bottom(qtbot):
    from wattif.gui.band_overlay import BandFill

    item = BandFill("#000000")
    years = [2025.0, 2026.0, 2027.0]
    item.set_band(years, [1, 2, 3], [4, 5, 7], [2, 3, 4], [3, 4, 6], p50=[3, 3, 5])
    outer, inner, median = item._paths

    def points(path):
        return [(p.x(), p.y()) for p in path.toFillPolygon()]

    # written out by hand: left to right along P95, right to left along P5, closed
    assert points(outer) == [
        (2025, 4), (2026, 5), (2027, 7), (2027, 3), (2026, 2), (2025, 1), (2025, 4)
    ]  # fmt: skip
    assert points(inner) == [
        (2025, 3), (2026, 4), (2027, 6), (2027, 4), (2026, 3), (2025, 2), (2025, 3)
    ]  # fmt: skip
    assert [(e.x, e.y) for e in (median.elementAt(i) for i in range(median.elementCount()))] == [
        (2025, 3), (2026, 3), (2027, 5)
    ]  # fmt: skip


def test_the_median_note_says_which_way_and_nothing_when_close():
    from wattif.core.analyses import SKEW_NOTE_MIN
    from wattif.gui.band_overlay import median_note

    assert median_note(2030, 713.0, 835.0) == (
        "In 2030 the median lies 17 % above the scenario: the inputs' ranges reach further up "
        "than down."
    )
    assert "20 % below the scenario" in median_note(2030, 100.0, 80.0)
    assert "further down than up" in median_note(2030, 100.0, 80.0)
    assert median_note(2030, 100.0, 100.0 * (1 + SKEW_NOTE_MIN / 2)) == ""
    assert median_note(2030, 0.0, 5.0) == median_note(2030, float("nan"), 5.0) == ""


# ------------------------------------------------------------------------ inputs, pinning
def test_the_list_of_uncertain_inputs_shows_ranges_and_pins_an_input(window, qtbot):
    unc = bands_on(window, qtbot)
    spread = unc.band("energy_kwh").p95[0] - unc.band("energy_kwh").p5[0]
    act = window.analyses.act_inputs
    assert act in menu_named(window, "Analysis").actions()
    act.trigger()
    view = window.analyses.inputs_view
    qtbot.waitUntil(view.isVisible)
    assert view.summary.text().startswith("54 of 54 inputs vary.")
    shown = view.shown_inputs()
    assert shown["queries_per_day"] == ("Queries per day", "1.5 bn – 3 bn queries/day", True)
    assert shown["pue"] == ("PUE", "1.1 – 1.5 ratio", True)

    qtbot.keyClicks(view.filter, "queries per")
    assert list(view.shown_inputs()) == ["queries_per_day"]

    # untick it with the keyboard: "the volume is given, the rest is uncertain"
    view.tree.setFocus()
    view.tree.setCurrentItem(view.item("queries_per_day"))
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "queries_per_day" in unc.pinned)
    assert view.summary.text().startswith("53 of 54 inputs vary.")
    qtbot.waitUntil(unc.is_final, timeout=WAIT)
    pinned = unc.band("energy_kwh").p95[0] - unc.band("energy_kwh").p5[0]
    assert pinned < spread  # one source of uncertainty less
    assert window.settings.value("pinnedInputs") in (["queries_per_day"], "queries_per_day")

    qtbot.keyClick(view.vary_all, Qt.Key.Key_Space)
    assert unc.pinned == frozenset()
    assert view.shown_inputs()["queries_per_day"][2] is True


def test_the_list_follows_the_scenario(window, qtbot):
    window.analyses.act_inputs.trigger()
    view = window.analyses.inputs_view
    qtbot.waitUntil(view.isVisible)
    window.model.update({"pue": 1.5})
    qtbot.waitUntil(lambda: view.shown_inputs()["pue"][1] == "1.4 – 1.8 ratio")


def test_the_list_is_made_when_first_shown_also_by_a_restored_layout(make_window, qtbot):
    """The inputs' dock is built when it is first shown (not at start); a window whose last
    layout had it open shows the list, not an empty dock."""
    first = make_window()
    assert first.analyses._inputs_view is None, "not built at start"
    first.analyses.act_inputs.trigger()
    qtbot.waitUntil(lambda: first.analyses.inputs_dock.widget().isVisible())
    assert first.analyses.inputs_dock.widget() is first.analyses._inputs_view
    first.save_layout()
    first.close()

    again = make_window(restore=True)
    qtbot.waitUntil(lambda: again.analyses.inputs_dock.isVisible())
    view = again.analyses.inputs_dock.widget()
    assert view is again.analyses._inputs_view
    qtbot.waitUntil(lambda: "pue" in view.shown_inputs())


# ------------------------------------------------------------------------------- tornado
def bar_position(view, row):
    """Where bar ``row`` (0 = top) is on screen, in the canvas's viewport."""
    bar = view.bars()[row]
    n = len(view.bars())
    f = view._scale[0]
    x = (bar.at_low + bar.at_high) / 2 / f
    scene = view.plot.getViewBox().mapViewToScene(QPointF(x, n - row))
    return view.canvas.mapFromScene(scene)


def test_tornado_sorted_by_swing_with_inputs_ranges_and_units(window, qtbot):
    act = window.analyses.act_tornado
    assert act in menu_named(window, "Analysis").actions()
    assert act in window.analyses.toolbar.actions()
    act.trigger()
    view = window.analyses.tornado
    qtbot.waitUntil(lambda: bool(view.bars()), timeout=WAIT)
    assert window.analyses.tornado_dock.isVisible()
    assert view.year == 2030 and view.metric == "energy_kwh"
    swings = [b.swing for b in view.bars()]
    assert swings == sorted(swings, reverse=True) and len(swings) == 10
    labels = view.axis_labels()
    assert labels[0] == "Demand growth\n0.1 – 0.5 1/yr"
    assert "Output tokens per query\n200 – 1,000 tokens" in labels
    assert view.plot.getAxis("bottom").labelText == "Energy per year 2030 [TWh]"
    assert view.scenario_text() == "scenario 713 GWh"
    assert "scenario&nbsp;713&nbsp;GWh" in view.legend.text()  # what the line stands for

    # another output, chosen with the keyboard
    view.metric_box.setFocus()
    qtbot.keyClick(view.metric_box, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: view.plot.getAxis("bottom").labelText == "Energy per query 2030 [Wh]",
        timeout=WAIT,
    )
    assert all(not label.startswith("Demand growth") for label in view.axis_labels())
    view.count_box.setFocus()
    view.count_box.selectAll()
    qtbot.keyClicks(view.count_box, "5")
    qtbot.keyClick(view.count_box, Qt.Key.Key_Return)
    assert len(view.bars()) == 5


def test_tornado_follows_the_scenario_live(window, qtbot):
    window.analyses.act_tornado.trigger()
    view = window.analyses.tornado
    qtbot.waitUntil(lambda: bool(view.bars()), timeout=WAIT)
    window.model.update({"queries_per_day": 5e9})
    qtbot.waitUntil(lambda: view.scenario_text() == "scenario 1.43 TWh", timeout=WAIT)
    assert view.axis_labels()[0].startswith("Demand growth")


def test_hover_names_the_source_and_a_click_selects_the_input_in_the_panel(window, qtbot):
    window.analyses.act_tornado.trigger()
    view = window.analyses.tornado
    qtbot.waitUntil(lambda: bool(view.bars()), timeout=WAIT)
    second = view.bars()[1].key
    pos = bar_position(view, 1)
    QTest.mouseMove(view.canvas.viewport(), pos)
    qtbot.waitUntil(lambda: "Source" in view.canvas.toolTip())
    assert "Output tokens per query" in view.canvas.toolTip()
    assert "Source" in view.details.text()  # also written under the chart
    QTest.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))
    row = window.panel.rows[second]
    qtbot.waitUntil(lambda: window.focusWidget() is row.slider)
    assert window.param_dock.isVisible()


def test_tornado_by_keyboard_arrows_and_enter(window, qtbot):
    window.analyses.act_tornado.trigger()
    view = window.analyses.tornado
    qtbot.waitUntil(lambda: bool(view.bars()), timeout=WAIT)
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Home)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    key = view.bars()[2].key
    assert view.highlighted() == key
    assert view.details.text().startswith(f"<b>{view.axis_labels()[2].split(chr(10))[0]}</b>")
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.focusWidget() is window.panel.rows[key].slider)


# ----------------------------------------------------------------------------- goal seek
def goal_seek(window, qtbot):
    window.analyses.act_goal.trigger()
    dialog = window.analyses.goal_seek
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def wait_answer(dialog, qtbot, key=None):
    """The answer shown once the dialog has answered the question now asked (about ``key``)."""

    def answered():
        a = dialog.answer_value()
        return a is not None and (key is None or a.key == key)

    qtbot.waitUntil(answered, timeout=WAIT)
    return dialog.answer.text()


def test_goal_seek_halves_energy_and_apply_is_one_undo_step(window, qtbot):
    dialog = goal_seek(window, qtbot)
    # default question: energy per year in the horizon year, −50 % vs baseline, via the volume
    assert (dialog.metric, dialog.year, dialog.mode, dialog.key) == (
        "energy_kwh",
        2030,
        "baseline",
        "queries_per_day",
    )
    text = wait_answer(dialog, qtbot)
    assert dialog.target_text.text() == "Target: 357 GWh (baseline 713 GWh in 2030)"
    assert "Queries per day = 1.25 bn queries/day" in text
    assert "357 GWh (target 357 GWh)" in text
    assert "outside the plausible range" in text  # 1.5–3 bn: said, not hidden
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.model.scenario["queries_per_day"] == pytest.approx(1.25e9, rel=1e-3)
    energy = window.model.results.energy_total_kwh[-1]
    assert energy == pytest.approx(window.model.baseline_results.energy_total_kwh[-1] / 2, 1e-3)
    assert window.model.undo_stack.undoText().startswith("Goal seek: Queries per day")
    window.act_undo.trigger()
    assert window.model.scenario["queries_per_day"] == 2.5e9


def test_goal_seek_says_clearly_when_a_target_is_out_of_reach(window, qtbot):
    dialog = goal_seek(window, qtbot)
    dialog.input_box.setFocus()
    dialog.set_input("pue")
    text = wait_answer(dialog, qtbot, "pue")
    assert "Not reachable" in text
    assert "No value of PUE between 1 ratio and 3 ratio reaches 357 GWh" in text
    assert "the closest is 594 GWh at 1 ratio" in text
    assert not dialog.apply_button.isEnabled()


def test_goal_seek_an_adoption_year_for_flat_energy(window, qtbot):
    dialog = goal_seek(window, qtbot)
    dialog.mode_box.setFocus()
    dialog.set_target("flat", 0)
    dialog.set_input("m_right_size_year")
    text = wait_answer(dialog, qtbot, "m_right_size_year")
    assert dialog.target_text.text() == "Target: 396 GWh (the scenario in 2025)"
    assert "Right-size models: adoption year = 2028" in text
    assert "whole steps only" in text and "switches the measure on" in text
    dialog.apply()
    s = window.model.scenario
    assert s["m_right_size_on"] is True and s["m_right_size_year"] == 2028
    assert window.model.results.energy_total_kwh[-1] <= window.model.results.energy_total_kwh[0]
    window.act_undo.trigger()  # both changes in one step
    assert window.model.scenario["m_right_size_on"] is False


def test_goal_seek_an_absolute_target_typed_in(window, qtbot):
    dialog = goal_seek(window, qtbot)
    dialog.set_target("absolute", 0)
    assert dialog.absolute_unit.text() == "GWh"
    box = dialog.absolute_box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "500")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)  # confirms the target, applies nothing
    assert window.model.scenario["queries_per_day"] == 2.5e9
    qtbot.waitUntil(lambda: dialog.target_text.text() == "Target: 500 GWh", timeout=WAIT)
    qtbot.waitUntil(lambda: "1.75 bn" in dialog.answer.text(), timeout=WAIT)
    text = dialog.answer.text()
    assert "Queries per day = 1.75 bn queries/day" in text
    assert "outside the plausible range" not in text


def test_axes_shrink_to_the_new_band_after_a_big_change(make_window, qtbot):
    """Found in review: with bands on, switching four measures on left the energy axis at 4 TWh
    (widened by the band on the way) while the new band reached ~1.2 TWh and the line 83 GWh:
    the scenario lay squashed at the bottom. When the final band arrives, the axis fits it."""
    w = make_window()
    unc = bands_on(w, qtbot)
    w.model.update({k: True for k in MEASURE_KEYS})
    qtbot.waitUntil(lambda: unc.is_final() and not unc.is_moving(), timeout=WAIT)
    qtbot.wait(50)
    band = w.energy_chart.band_layer.drawn()["energy_kwh"]
    _low, axis_high = w.energy_chart.plot.getViewBox().viewRange()[1]
    top = float(np.max(band["p95"]))  # in the axis's unit, as drawn
    assert top <= axis_high  # the band is inside its axis
    assert top >= 0.45 * axis_high  # and the axis is not more than about twice what it needs


def test_the_caption_stays_inside_its_chart_in_german_on_a_projector(make_window, qtbot, german):
    """Presentation type at 1280×720 in German, bands on and a few slider steps: the caption's
    lines were cut by average character widths from the plot's width, and ran ~12 px past the
    energy chart's right edge from where the caption starts."""
    from PySide6.QtWidgets import QAbstractSlider

    w = make_window(lang="de")
    w.act_present.setChecked(True)  # full screen first (800×800 offscreen), then a projector's
    qtbot.waitUntil(w.isFullScreen)
    qtbot.wait(60)
    w.resize(1280, 720)
    qtbot.waitUntil(lambda: w.size().toTuple() == (1280, 720))
    qtbot.waitUntil(lambda: w.presentation.settled, timeout=15000)
    unc = bands_on(w, qtbot)
    slider = w.panel.rows["pue"].slider
    for _ in range(6):
        slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        qtbot.wait(20)
    qtbot.waitUntil(unc.is_final, timeout=WAIT)
    qtbot.wait(100)
    layer = w.energy_chart.band_layer
    assert "Median" in layer.caption()
    assert_caption_fits(layer)
    w.act_present.setChecked(False)


def test_with_compared_scenarios_the_caption_keeps_clear_of_the_names_on_a_projector(
    make_window, qtbot
):
    """Review at 1280×720 in presentation mode with bands on and compared scenarios: the
    caption's lines, in presentation type, ran under the names at the energy chart's right
    end, and the chart fell back to the desk's type to fit (half the size of the page's other
    charts). The caption keeps the desk's type and wraps to the left of the names; the chart
    keeps presentation type, and no text covers another."""
    from wattif.gui.chart_items import Label
    from wattif.gui.label_placement import PlotPixels, label_box
    from wattif.gui.presentation import MIN_TYPE_SCALE
    from wattif.gui.text_boxes import text_problems

    from .test_text_on_lines import _keep_compared

    w = make_window()
    _keep_compared(w, qtbot)
    unc = bands_on(w, qtbot)
    w.act_present.setChecked(True)
    qtbot.waitUntil(w.isFullScreen)
    qtbot.wait(60)
    w.resize(1280, 720)
    qtbot.waitUntil(lambda: w.size().toTuple() == (1280, 720))
    qtbot.waitUntil(lambda: w.presentation.settled and unc.is_final(), timeout=15000)
    qtbot.wait(100)
    chart = w.energy_chart
    layer = chart.band_layer
    assert "median" in layer.caption()
    assert chart.type_scale > MIN_TYPE_SCALE + 0.1, chart.type_scale  # was the desk's: 1.0
    assert text_problems(chart, markers=True) == []
    pixels = PlotPixels(layer._caption_plot)
    caption = label_box(layer._caption, pixels)
    names = [
        label_box(item, pixels)
        for item in layer._caption_plot.items
        if isinstance(item, Label) and item is not layer._caption
    ]
    covered = [b for b in names if b and b[0] < caption[2] and b[2] > caption[0]]
    assert all(b[1] >= caption[3] or b[3] <= caption[1] for b in covered), (caption, covered)
    w.act_present.setChecked(False)


def test_the_scenario_label_keeps_off_the_band_median(window, qtbot):
    """Review with four measures and bands on: the band's dotted median ran through "scenario
    83.3 GWh" like a strikethrough. The end labels keep off it as off every line, once it is
    drawn (when the hand stops)."""
    from wattif.gui.label_placement import PlotPixels, label_box, line_span

    window.resize(1280, 720)
    window.model.update({k: True for k in MEASURE_KEYS})
    unc = bands_on(window, qtbot)
    qtbot.waitUntil(lambda: unc.is_final() and not unc.is_moving(), timeout=WAIT)
    qtbot.wait(60)
    chart = window.energy_chart
    drawn = chart.band_layer.drawn()["energy_kwh"]
    assert "p50" in drawn  # the median is drawn
    px = PlotPixels(chart.plot)
    xs, ys = px.xs(drawn["x"]), px.ys(drawn["p50"])
    for label in (chart.total_label, chart.baseline_label):
        box = label_box(label, px)
        if box is None:
            continue
        low, high = line_span(xs, ys, box[0], box[2])
        assert high < box[1] or low > box[3], (label.text(), box, (low, high))


def test_a_rough_band_of_a_drag_does_not_grow_the_axis_until_the_hand_stops(window, qtbot):
    """Each rough band that left its axis during a drag grew it: a repaint of the whole chart
    on that step (bands cost +2 ms on the steps that carried one, ~1.2 ms of it such grows),
    and axes that jumped with the samples. While the hand moves a band is cut at the top;
    when it stops, the axis makes room for it."""
    import dataclasses

    unc = bands_on(window, qtbot)
    chart = window.energy_chart
    top = chart.y_range()[1]
    wide = {m: dataclasses.replace(b, p95=b.p95 * 20) for m, b in unc.bands.items()}
    peak = float(wide["energy_kwh"].p95.max())
    unc._quiet.start()  # the hand moves
    unc._show(("rough",), wide)
    assert chart.band_layer.drawn()["energy_kwh"]["p95"].max() > top  # drawn, cut at the top
    assert chart.y_range()[1] == top
    unc._quiet.stop()
    unc.settled.emit()  # the hand stopped, with this band shown: the axis makes room for it
    drawn_peak = chart.band_layer.drawn()["energy_kwh"]["p95"].max()  # display unit
    assert chart.y_range()[1] >= drawn_peak > top, (chart.y_range(), drawn_peak, peak)
