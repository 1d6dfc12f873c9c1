"""The parameter dock: key levers up front, all parameters with a search, and a mouse wheel
that scrolls the panel instead of changing whatever passes under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from wattif.core import params
from wattif.core.measures import measures


def wheel(widget, notches: int = -1) -> None:
    """One turn of the mouse wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_key_levers_are_what_the_dock_shows_first(window):
    views = window.param_views
    assert views.currentWidget() is views.levers
    assert views.tabText(0) == "Key levers" and views.tabText(1) == "All parameters"
    levers = views.levers
    assert list(levers.rows) == [
        "queries_per_day",
        "model",
        "hardware",
        "precision_bits",
        "concurrent_sequences",
        "rebound_elasticity",  # under the measures (issue 8)
    ]
    assert all(levers.rows[k].isVisible() for k in levers.rows)
    assert [s.check.text() for s in levers.switches.values()] == [
        params.get(m.on_key).label("en") for m in measures()
    ]
    assert all(s.check.isVisible() and s.year.isVisible() for s in levers.switches.values())
    assert not window.panel.isVisible()  # the long list waits on its own tab


def test_a_lever_writes_to_the_model_and_the_full_panel_follows(window, qtbot):
    levers = window.param_views.levers
    slider = levers.rows["queries_per_day"].slider
    before = window.model.scenario["queries_per_day"]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    after = window.model.scenario["queries_per_day"]
    assert after > before
    assert window.kpis.texts()["energy"][1].startswith("▲ +")
    assert window.panel.rows["queries_per_day"].box.value() == after

    combo = levers.rows["precision_bits"].combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # 8 bit -> the choice above it
    assert window.model.scenario["precision_bits"] != 8
    assert window.panel.rows["precision_bits"].combo.currentText() == combo.currentText()

    window.panel.rows["concurrent_sequences"].box.setValue(64)  # and the other way round
    assert levers.rows["concurrent_sequences"].box.value() == 64


def test_measures_are_switches_with_their_adoption_year(window, qtbot):
    switch = window.param_views.levers.switches["modernise"]
    assert not switch.year.isEnabled()  # dimmed while the measure is off
    qtbot.mouseClick(
        switch.check, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.check.height() // 2)
    )
    assert window.model.scenario["m_modernise_on"] is True
    assert switch.year.isEnabled()
    names = window.waterfall_chart.series()["names"].tolist()
    assert names[1:-1] == ["Modernise DC", "Rebound"]
    switch.year.setFocus()
    switch.year.lineEdit().selectAll()
    qtbot.keyClicks(switch.year.lineEdit(), "2029")
    qtbot.keyClick(switch.year.lineEdit(), Qt.Key.Key_Return)
    assert window.model.scenario["m_modernise_year"] == 2029
    window.act_undo.trigger()
    assert window.model.scenario["m_modernise_year"] == 2026 and switch.year.value() == 2026
    window.act_undo.trigger()
    assert not switch.check.isChecked()


def test_search_finds_parameters_by_name_key_or_group(window, qtbot):
    views = window.param_views
    folds = window.panel.fold_state()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert views.currentIndex() == 1 and views.search.hasFocus()
    qtbot.keyClicks(views.search, "pue")
    shown = views.shown_keys()
    assert {"pue", "training_pue", "m_modernise_pue"} <= set(shown)
    assert "queries_per_day" not in shown
    assert views.found.text() == f"{len(shown)} of {len(window.panel.rows)} parameters"
    assert window.panel.sections["training"].is_expanded()  # opened to show its match
    assert not window.panel.sections["demand"].isVisible()

    views.search.clear()
    qtbot.keyClicks(views.search, "training precision")  # every word must match
    assert views.shown_keys() == ["training_precision_bits"]

    views.search.clear()
    qtbot.keyClicks(views.search, "zzz")
    assert views.shown_keys() == [] and "No parameter matches “zzz”" in views.found.text()

    qtbot.keyClick(views.search, Qt.Key.Key_Escape)
    assert views.search.text() == ""
    assert len(views.shown_keys()) == len(window.panel.rows)
    assert window.panel.fold_state() == folds  # folded back as it was


def test_the_wheel_scrolls_the_panel_and_leaves_values_alone(window, qtbot):
    views = window.param_views
    views.show_all()
    panel = window.panel
    bar = panel.verticalScrollBar()
    assert bar.maximum() > 0
    combo = panel.rows["precision_bits"].combo
    slider = panel.rows["output_tokens"].slider
    before = window.model.scenario
    start = bar.value()
    wheel(slider)
    wheel(combo)
    assert window.model.scenario is before  # nothing changed under the pointer
    assert bar.value() > start  # the panel scrolled instead
    # with the focus (a click or Tab) the wheel does change the control's value
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    wheel(slider, +1)
    assert window.model.scenario["output_tokens"] > before["output_tokens"]


def test_the_wheel_over_the_key_levers_scrolls_too(window, qtbot):
    window.resize(1280, 560)  # short enough that the levers scroll
    levers = window.param_views.levers
    qtbot.waitUntil(lambda: levers.verticalScrollBar().maximum() > 0)
    year = levers.switches["clean_power"].year
    before = window.model.scenario
    wheel(levers.rows["precision_bits"].combo)
    wheel(year)
    assert window.model.scenario is before
    assert levers.verticalScrollBar().value() > 0


def test_a_parameter_chosen_elsewhere_is_shown_on_the_all_parameters_tab(window, qtbot):
    views = window.param_views
    views.show_all()
    qtbot.keyClicks(views.search, "queries")
    views.show_levers()
    window.panel.select_parameter("pue")  # what a click on a tornado bar does
    assert views.currentIndex() == 1 and views.search.text() == ""
    row = window.panel.rows["pue"]
    qtbot.waitUntil(lambda: row.slider.hasFocus())
    assert row.isVisible()


def test_the_chosen_view_is_remembered(make_window):
    first = make_window()
    first.param_views.show_all()
    first.close()
    second = make_window(restore=True)
    assert second.param_views.currentIndex() == 1
