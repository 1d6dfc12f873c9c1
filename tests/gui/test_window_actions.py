"""Renaming, presets with another base year, presentation mode: as a consultant uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog


def test_rename_scenario_goes_into_title_file_and_marks_modified(
    make_window, monkeypatch, tmp_path, dialogs
):
    w = make_window()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Client X – pilot 2026", True))
    )
    w.act_rename.trigger()
    assert w.model.scenario.name == "Client X – pilot 2026"
    assert "Client X – pilot 2026" in w.windowTitle()
    assert w.isWindowModified()
    path = tmp_path / "client.json"
    dialogs.save_paths.append(str(path))
    w.save_as()
    assert '"name": "Client X – pilot 2026"' in path.read_text(encoding="utf-8")
    assert not w.isWindowModified()


def test_cancelled_or_empty_rename_changes_nothing(make_window, monkeypatch):
    w = make_window()
    before = w.model.scenario.name
    for answer in (("", True), ("New name", False), ("   ", True)):
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, r=answer, **k: r))
        w.act_rename.trigger()
        assert w.model.scenario.name == before
    assert not w.isWindowModified()


def test_a_preset_with_other_years_opens_on_its_horizon_year(make_window, qtbot):
    """Issue 8: the measures start after the base year, so a scenario opens on its horizon."""
    w = make_window()
    w.load_preset("devries_2023")
    horizon = int(w.model.scenario["horizon_year"])
    qtbot.waitUntil(lambda: w.model.year == horizon)
    assert w.kpis.year_box.currentText() == str(horizon)
    assert w.kpis.year_box.itemText(0) == "2023"  # the base year is still there to pick
    # a slider step keeps the year the user is looking at
    w.model.set_year(2027)
    w.panel.rows["pue"].slider.setFocus()
    qtbot.keyClick(w.panel.rows["pue"].slider, Qt.Key.Key_Right)
    assert w.model.year == 2027


def test_presentation_mode_hides_menus_keeps_shortcuts_and_esc_leaves(make_window, qtbot):
    w = make_window()
    w.act_present.setChecked(True)
    qtbot.waitUntil(lambda: not w.menuBar().isVisible())
    assert not w.statusBar().isVisible()
    assert w.param_dock.isVisible()  # sliders stay available while the room watches
    assert w.act_set_baseline in w.actions()  # shortcuts work without the menu bar
    w.act_exit_present.trigger()
    qtbot.waitUntil(lambda: w.menuBar().isVisible())
    assert not w.act_present.isChecked()


def test_presentation_hides_the_tool_bar_and_an_empty_scenario_list(make_window, qtbot):
    """In front of the room the analysis tool bar goes (like the menu) and the scenario list
    only stays when there are named scenarios to switch between; both come back afterwards."""
    from PySide6.QtWidgets import QToolBar

    w = make_window()
    bars = [b for b in w.findChildren(QToolBar) if b.isVisible()]
    assert bars and w.workspace.list_dock.isVisible()
    w.act_present.setChecked(True)
    qtbot.waitUntil(lambda: not w.menuBar().isVisible())
    assert not any(b.isVisible() for b in bars)
    assert not w.workspace.list_dock.isVisible()
    w.act_exit_present.trigger()
    qtbot.waitUntil(lambda: w.menuBar().isVisible())
    assert all(b.isVisible() for b in bars) and w.workspace.list_dock.isVisible()
    w.model.mark_saved()
