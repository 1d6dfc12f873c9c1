"""The main window driven as a user drives it: keyboard, menus, files, presets."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import Qt

from wattif.core import DEFAULT_PRESET, load_preset, load_scenario, preset_info


def kpi(window, name):
    return window.kpis.texts()[name]


def test_starts_on_the_default_preset_with_everything_drawn(window):
    assert window.model.scenario == load_preset(DEFAULT_PRESET)
    assert window.model.baseline == window.model.scenario
    assert kpi(window, "energy")[0].endswith("GWh")
    assert kpi(window, "per_query")[1] == "= baseline"
    for chart in window.charts:
        assert chart.series(), chart.objectName()
    assert "Untitled" in window.windowTitle()
    assert not window.isWindowModified()


def test_arrow_key_on_a_slider_moves_kpis_and_charts_up(window, qtbot):
    before_total = window.energy_chart.series()["total_kwh"].copy()
    before_value = window.model.scenario["queries_per_day"]
    slider = window.panel.rows["queries_per_day"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.model.scenario["queries_per_day"] > before_value
    value, change = kpi(window, "energy")
    assert change.startswith("▲ +") and change.endswith("%")
    assert kpi(window, "accelerators")[1].startswith("▲")
    assert kpi(window, "per_query")[1] == "= baseline"  # volume does not change Wh/query
    after_total = window.energy_chart.series()["total_kwh"]
    assert (after_total > before_total).all()
    assert np.allclose(window.energy_chart.series()["baseline_total_kwh"], before_total)
    assert window.isWindowModified()


def test_page_down_on_a_slider_moves_energy_down(window, qtbot):
    slider = window.panel.rows["pue"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)  # PUE 1.2 -> 1.0 (clamped at the end)
    assert window.model.scenario["pue"] < 1.2
    assert kpi(window, "energy")[1].startswith("▼ −")
    assert kpi(window, "per_query")[1].startswith("▼ −")
    per_query = window.per_query_chart.series()
    i = list(per_query["components"]).index("facility")
    assert per_query["scenario_wh"][i] < per_query["baseline_wh"][i]


def test_axes_do_not_jump_while_a_slider_moves(window, qtbot):
    slider = window.panel.rows["pue"].slider
    slider.setFocus()
    ranges = set()
    for _ in range(5):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
        ranges.add(window.energy_chart.y_range())
    assert len(ranges) == 1


def test_undo_and_redo_of_a_keyboard_change(window, qtbot):
    slider = window.panel.rows["pue"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    changed = window.model.scenario["pue"]
    assert changed != 1.2
    window.act_undo.trigger()
    assert window.model.scenario["pue"] == 1.2
    assert kpi(window, "energy")[1] == "= baseline"
    assert window.panel.rows["pue"].box.value() == 1.2
    window.act_redo.trigger()
    assert window.model.scenario["pue"] == changed


def test_a_slider_drag_is_one_undo_step(window):
    slider = window.panel.rows["demand_growth"].slider
    start = window.model.scenario["demand_growth"]
    slider.setSliderDown(True)
    for _step in range(1, 15):
        slider.setValue(slider.value() + 1)
    slider.setSliderDown(False)
    assert window.model.scenario["demand_growth"] > start
    assert window.model.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.model.scenario["demand_growth"] == start


def test_set_current_as_baseline_and_reset_to_baseline(window, qtbot):
    window.model.update({"pue": 1.5})
    assert kpi(window, "energy")[1].startswith("▲")
    window.act_set_baseline.trigger()
    assert kpi(window, "energy")[1] == "= baseline"
    assert window.model.baseline["pue"] == 1.5
    window.model.update({"pue": 1.1})
    window.act_reset_baseline.trigger()
    assert window.model.scenario["pue"] == 1.5
    window.act_undo.trigger()  # the reset is a step of its own
    assert window.model.scenario["pue"] == 1.1


def test_typed_value_out_of_range_is_clamped_with_a_message(window, qtbot):
    box = window.panel.rows["pue"].box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "7")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.model.scenario["pue"] == 3.0
    message = window.statusBar().currentMessage()
    assert "1 to 3" in message and "PUE" in message.upper()


def test_save_and_open_round_trip(window, tmp_path, dialogs):
    window.model.update({"queries_per_day": 1.0e9, "m_serving_on": True})
    path = tmp_path / "client.json"
    dialogs.save_paths.append(str(path))
    window.act_save_as.trigger()
    assert path.is_file()
    assert load_scenario(path)["queries_per_day"] == 1.0e9
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("client.json")

    window.model.update({"queries_per_day": 5.0e9})
    window.act_save.trigger()  # saves to the same file without asking
    assert load_scenario(path)["queries_per_day"] == 5.0e9

    window.act_new.trigger()
    assert window.model.scenario == load_preset(DEFAULT_PRESET)
    dialogs.open_paths.append(str(path))
    window.act_open.trigger()
    assert window.model.scenario["queries_per_day"] == 5.0e9
    assert window.model.scenario["m_serving_on"] is True
    assert window.path == path.resolve()
    window._fill_recent()  # what opening the menu does
    assert str(path.resolve()) in [a.toolTip() for a in window.recent_menu.actions()]


def test_broken_or_foreign_file_shows_an_error_and_changes_nothing(window, tmp_path, dialogs):
    window.model.update({"pue": 1.4})
    before = window.model.scenario
    for name, text in [
        ("broken.json", "{not json"),
        ("foreign.json", json.dumps({"hello": "world"})),
        (
            "bad_value.json",
            json.dumps(
                {"format": "wattif-scenario", "schema_version": 1, "parameters": {"pue": 99}}
            ),
        ),
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        dialogs.open_paths.append(str(path))
        window.act_open.trigger()
        assert window.model.scenario is before
        assert window.path is None
    warnings = dialogs.messages("warning")
    assert len(warnings) == 3
    assert "not valid JSON" in warnings[0]
    assert "not a WattIf scenario" in warnings[1]
    assert "pue" in warnings[2] and "1 to 3" in warnings[2]
    assert window.model.scenario["pue"] == 1.4


def test_every_preset_loads_as_an_undo_step(window):
    infos = preset_info()
    assert set(window.preset_actions) == {i["name"] for i in infos}
    for info in infos:
        window.preset_actions[info["name"]].trigger()
        assert window.model.scenario == load_preset(info["name"])
    window.act_undo.trigger()
    assert window.model.scenario == load_preset(infos[-2]["name"])


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, dialogs):
    from PySide6.QtWidgets import QMessageBox

    window.model.update({"pue": 1.3})
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert dialogs.messages("question")


def test_last_state_comes_back_after_a_crash(make_window, state_dir):
    first = make_window()
    first.model.update({"pue": 1.7, "m_quantise_on": True})
    first.write_recovery()  # what the debounced autosave does
    # no orderly close: a crash
    second = make_window(restore=True)
    assert second.model.scenario["pue"] == 1.7
    assert second.model.scenario["m_quantise_on"] is True
    assert second.isWindowModified()
    assert (state_dir / "session.json").is_file()


def test_autosave_is_debounced_and_atomic(window, qtbot, state_dir):
    window.model.update({"pue": 1.6})
    qtbot.waitUntil(lambda: (state_dir / "session.json").is_file(), timeout=3000)
    doc = json.loads((state_dir / "session.json").read_text())
    assert doc["scenario"]["parameters"]["pue"] == 1.6
    assert not [p for p in state_dir.iterdir() if p.name.endswith(".tmp")]


def test_layout_and_recent_files_are_restored(make_window, tmp_path, dialogs):
    first = make_window()
    path = tmp_path / "kept.json"
    first.save_to(path)
    first.sources_dock.show()
    first.close()
    second = make_window(restore=True)
    assert second.path == path.resolve()
    assert second.sources_dock.isVisible()
    second._fill_recent()
    assert str(path.resolve()) in [a.toolTip() for a in second.recent_menu.actions()]


def test_year_picker_drives_kpis_and_per_query_chart(window):
    window.model.update({"m_serving_on": True})
    combo = window.kpis.year_box
    combo.setCurrentIndex(combo.count() - 1)
    assert window.model.year == 2030
    assert "2030" in window.per_query_chart.title.text
    assert kpi(window, "per_query")[1].startswith("▼")
    names = list(window.waterfall_chart.series()["names"])
    assert names[0] == "Baseline" and names[-1] == "Scenario"
    assert "Serving" in names


def test_year_box_follows_the_models_year_across_slider_steps(window):
    """The KPI strip's year box shows the model's year after a change from elsewhere (the
    per-query chart's year), keeps it over slider steps and follows a new span of years."""
    combo = window.kpis.year_box
    window.model.set_year(2027)
    assert combo.currentText() == "2027"
    slider = window.panel.rows["pue"].slider
    for _ in range(3):
        slider.triggerAction(slider.SliderAction.SliderSingleStepAdd)
    assert combo.currentText() == "2027"
    window.model.set_year(2030)
    assert combo.currentText() == "2030"
    window.model.update({"horizon_year": 2032})
    assert combo.itemText(combo.count() - 1) == "2032"


def test_every_parameter_has_a_control_reachable_by_tab(window):
    from wattif.core import params

    assert set(window.panel.rows) == set(params.registry())
    for key, row in window.panel.rows.items():
        control = row.slider or row.combo or row.check
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, key
        assert row.reset_button.focusPolicy() & Qt.FocusPolicy.TabFocus, key
        assert "Source" in (control.toolTip() or "") or not params.get(key).source, key


def test_german_window(make_window):
    w = make_window(lang="de")
    assert w.panel.rows["queries_per_day"].label.text() == "Anfragen pro Tag"
    assert "," in w.kpis.texts()["per_query"][0]


def test_german_translation_is_shipped_and_used(make_window, qapp):
    from wattif.gui.app import install_translators

    translators = install_translators(qapp, "de")
    try:
        assert translators, "resources/i18n/wattif_de.qm is missing"
        w = make_window(lang="de")
        titles = [a.text() for a in w.menuBar().actions()]
        assert "&Datei" in titles and "&Vorlagen" in titles
        assert w.waterfall_chart.title.text == "Wirkung der Maßnahmen"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
