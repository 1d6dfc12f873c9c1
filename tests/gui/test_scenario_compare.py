"""Named scenarios side by side, driven as a user drives them: Ctrl+K and typing a name, the
list with the keyboard, the charts, the comparison table and the clipboard, workspace files
and the recovery after a crash."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from wattif.core import load_scenario, save_scenario
from wattif.core.workspace import load_workspace


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def keep(window, qtbot, name):
    """Ctrl+K, then type the name into the list's in-place editor and press Enter."""
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    s = window.workspace.scenarios
    qtbot.waitUntil(lambda: s.current is not None and s.name(s.current) == name)


def step_slider(window, qtbot, key, times=1, k=Qt.Key.Key_Right):
    slider = window.param_views.levers.rows[key].slider
    slider.setFocus()
    for _ in range(times):
        qtbot.keyClick(slider, k)


def switch_on(window, qtbot, measure_key):
    check = window.param_views.levers.switches[measure_key].check
    # on the box itself (the widget is as wide as its column)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert window.model.scenario[f"m_{measure_key}_on"] is True


def names(window):
    return [n for n, _shown, _editing in window.workspace.list.texts()]


@pytest.fixture
def four(window, qtbot):
    """Four named scenarios: Today, Volume ×, Right-size, Quantise (being edited)."""
    keep(window, qtbot, "Today")
    keep(window, qtbot, "More volume")
    step_slider(window, qtbot, "queries_per_day", 3)
    keep(window, qtbot, "Right-size")
    switch_on(window, qtbot, "right_size")
    keep(window, qtbot, "Quantise")
    switch_on(window, qtbot, "quantise")
    window.model.set_year(2030)
    return window


def test_the_list_starts_empty_with_a_hint_and_ctrl_k_keeps_the_current_state(window, qtbot):
    lst = window.workspace.list
    assert lst.hint.isVisible() and not lst.list.isVisible()
    before = window.model.scenario
    keep(window, qtbot, "Option A: right-size + B200")
    assert lst.texts() == [("Option A: right-size + B200", True, True)]
    assert window.model.scenario.name == "Option A: right-size + B200"
    assert window.model.scenario.replace(name=before.name) == before
    assert "Option A: right-size + B200" in window.windowTitle()
    assert window.isWindowModified()
    assert not lst.hint.isVisible()
    # nothing is compared yet: the scenario being edited is drawn as always
    assert window.energy_chart.compare.series() == {}


def test_four_scenarios_on_every_chart_with_their_own_look_and_names(four, qtbot):
    w = four
    assert names(w) == ["Today", "More volume", "Right-size", "Quantise"]
    assert [editing for *_rest, editing in w.workspace.list.texts()] == [False] * 3 + [True]
    s = w.workspace.scenarios
    drawn = w.energy_chart.compare.series()
    assert list(drawn) == ["Today", "More volume", "Right-size"]
    # each line is that scenario's energy, in the chart's unit (the axis's GWh or TWh)
    chart = w.energy_chart
    unit = chart.series()["total_kwh"][-1] / chart.total.yData[-1]
    for c in s.compared():
        line = drawn[c.name]["energy_kwh"]
        assert np.allclose(line * unit, c.results.energy_total_kwh)
    assert drawn["More volume"]["energy_kwh"][-1] > drawn["Today"]["energy_kwh"][-1]
    assert drawn["Right-size"]["energy_kwh"][-1] < drawn["Today"]["energy_kwh"][-1]
    labels = [drawn[n]["label"][0] for n in drawn]
    assert labels[0].startswith("Today ") and labels[0].endswith("GWh")
    # distinct colour, line style and symbol for every one of the four
    from wattif.gui.compare_overlay import compare_look

    looks = [compare_look(i) for i in range(4)]
    for attr in ("colour", "dash", "symbol"):
        assert len({getattr(look, attr) for look in looks}) == 4
    # every chart shows them
    for chart in w.charts:
        assert set(chart.compare.series()) == {"Today", "More volume", "Right-size"}, chart
    key = w.per_query_chart.compare.series()["Today"]["key"]
    assert "Today" in key and key.endswith("Wh")
    assert "Right-size" in w.published_chart.compare.series()["Right-size"]["tooltip"]
    fleet = w.fleet_chart.compare.series()
    assert np.allclose(
        fleet["More volume"]["accelerators"] * 1e3,
        s.compared()[1].results.accelerators,
        rtol=1e-9,
    )
    # the axes hold the highest of them
    top = max(np.max(c.results.energy_total_kwh) for c in s.compared()) / unit
    assert w.energy_chart.y_range()[1] >= top


def test_keyboard_switch_rename_duplicate_delete_and_undo(four, qtbot):
    w = four
    lst = w.workspace.list.list
    s = w.workspace.scenarios
    lst.setFocus()
    lst.setCurrentRow(3)
    qtbot.keyClick(lst, Qt.Key.Key_Up)
    qtbot.keyClick(lst, Qt.Key.Key_Up)
    qtbot.keyClick(lst, Qt.Key.Key_Return)  # edit "More volume"
    assert s.current == 1
    assert w.model.scenario.name == "More volume"
    assert w.model.scenario["m_quantise_on"] is False
    assert "More volume" not in w.energy_chart.compare.series()
    assert "Quantise" in w.energy_chart.compare.series()

    w.act_undo.trigger()  # the switch is one undo step
    assert s.current == 3 and w.model.scenario.name == "Quantise"
    w.act_redo.trigger()
    assert s.current == 1

    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Volume x2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: s.name(1) == "Volume x2")
    assert w.model.scenario.name == "Volume x2"

    qtbot.mouseClick(w.workspace.list.duplicate_button, Qt.MouseButton.LeftButton)
    assert names(w)[2] == "Volume x2 (copy)" and s.current == 2

    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert names(w) == ["Volume x2", "Volume x2 (copy)", "Right-size", "Quantise"]
    assert "Ctrl+Z" in w.statusBar().currentMessage()
    w.act_undo.trigger()
    assert names(w)[0] == "Today"


def test_space_hides_a_scenario_from_the_charts(four, qtbot):
    w = four
    lst = w.workspace.list.list
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.workspace.scenarios.entries[0].shown)
    assert w.workspace.list.texts()[0] == ("Today", False, False)
    assert "Today" not in w.energy_chart.compare.series()
    assert "Today" not in w.workspace.table.texts()[0]
    w.act_undo.trigger()
    assert "Today" in w.energy_chart.compare.series()


def test_a_slider_step_moves_only_the_scenario_being_edited(four, qtbot, monkeypatch):
    w = four
    from wattif.gui import scenario_set

    calls = []
    real = scenario_set.compare
    monkeypatch.setattr(scenario_set, "compare", lambda ss: calls.append(len(ss)) or real(ss))
    before = {n: d["energy_kwh"].copy() for n, d in w.energy_chart.compare.series().items()}
    total = w.energy_chart.series()["total_kwh"].copy()
    step_slider(w, qtbot, "queries_per_day", 2)
    assert (w.energy_chart.series()["total_kwh"] > total).all()
    after = w.energy_chart.compare.series()
    for name, line in before.items():
        assert np.array_equal(after[name]["energy_kwh"], line)
    assert calls == []  # the others are not evaluated again on a slider step
    assert w.workspace.scenarios.entries[3].scenario is w.model.scenario


def test_shown_scenarios_are_evaluated_in_one_batched_call(window, tmp_path, dialogs, monkeypatch):
    from wattif.core.workspace import Entry, Workspace, save_workspace
    from wattif.gui import scenario_set

    base = window.model.scenario
    ws = Workspace(
        base,
        tuple(Entry(base.replace({"pue": 1.1 + 0.1 * i}, name=f"S{i}"), True) for i in range(5)),
        4,
    )
    path = tmp_path / "five.json"
    save_workspace(ws, path)
    calls = []
    real = scenario_set.compare
    monkeypatch.setattr(scenario_set, "compare", lambda ss: calls.append(len(ss)) or real(ss))
    dialogs.open_paths.append(str(path))
    window.act_open.trigger()
    assert names(window) == ["S0", "S1", "S2", "S3", "S4"]
    assert calls == [4]


def test_comparison_table_and_its_copy_for_a_spreadsheet(four, qtbot):
    w = four
    w.workspace.act_table.trigger()
    qtbot.waitUntil(w.workspace.table.isVisible)
    table = w.workspace.table
    rows = table.texts()
    assert rows[0] == ["", "Baseline", "Today", "More volume", "Right-size", "Quantise"]
    title = rows[1][0]
    unit = title[title.index("[") + 1 : -1]
    assert rows[1] == [f"Energy per year [{unit}]"] and unit in ("GWh", "TWh")
    assert rows[2][0] == "2025" and rows[3][0] == "2030" and rows[4][0] == "vs baseline"
    energy_2030 = rows[3]
    # the edited scenario's column says what its KPI card says (it is in GWh)
    card_value = w.kpis.texts()["energy"][0]
    assert card_value.endswith(" GWh")
    factor = {"GWh": 1.0, "TWh": 1e3}[unit]
    assert float(energy_2030[-1].replace(",", "")) * factor == pytest.approx(
        float(card_value[:-4].replace(",", "")), rel=0.01
    )
    assert rows[4][2] == "= 0 %"  # Today is the baseline
    assert rows[4][4].startswith("▼ −") and rows[4][3].startswith("▲ +")
    assert "Base year 2025 and 2030" in table.caption.text()

    QApplication.clipboard().clear()
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    lines = mime.text().splitlines()
    header = lines[0].split("\t")
    assert header == ["", "", "Baseline", "Today", "More volume", "Right-size", "Quantise"]
    cells = [line.split("\t") for line in lines[1:]]
    assert all(len(c) == 7 for c in cells)
    energy = [c for c in cells if c[0] == title]
    assert [c[1] for c in energy] == ["2025", "2030", "2030 vs baseline"]
    numbers = [float(x) for x in energy[1][2:]]  # plain numbers a spreadsheet reads
    s = w.workspace.scenarios
    kwh = {"GWh": 1e6, "TWh": 1e9}[unit]
    assert numbers[-1] == pytest.approx(w.model.results.energy_total_kwh[-1] / kwh, rel=1e-5)
    assert numbers[1] == pytest.approx(s.results(0).energy_total_kwh[-1] / kwh, rel=1e-5)
    change = energy[2][5]
    assert change.endswith(" %") and change.startswith("-")
    assert float(change[:-2]) == pytest.approx((numbers[3] / numbers[0] - 1) * 100, abs=0.06)
    html = mime.html()
    assert html.count("<tr>") == 1 + len(cells) and "<th>Right-size</th>" in html
    assert 'x:num="' in html and "▼ −" in html


def test_german_copy_uses_decimal_commas(make_window, qtbot):
    w = make_window(lang="de")
    keep(w, qtbot, "Heute")
    w.workspace.table_dock.show()
    w.workspace.copy_table()
    text = QApplication.clipboard().mimeData().text()
    per_query = next(line for line in text.splitlines() if line.split("\t")[0].endswith("[Wh]"))
    value = per_query.split("\t")[2]
    assert "," in value and "." not in value  # 0,433692


def test_workspace_file_round_trip_and_single_scenario_files_still_open(
    four, qtbot, tmp_path, dialogs
):
    w = four
    lst = w.workspace.list.list
    lst.setFocus()
    lst.setCurrentRow(1)
    qtbot.keyClick(lst, Qt.Key.Key_Space)  # hide "More volume"
    qtbot.waitUntil(lambda: not w.workspace.scenarios.entries[1].shown)
    path = tmp_path / "options.json"
    dialogs.save_paths.append(str(path))
    w.act_save.trigger()
    assert not w.isWindowModified()
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "wattif-workspace" and doc["schema_version"] == 1
    ws = load_workspace(path)
    assert [e.scenario.name for e in ws.entries] == names(w)
    assert [e.shown for e in ws.entries] == [True, False, True, True]
    assert ws.current == 3 and ws.entries[3].scenario == w.model.scenario

    w.act_new.trigger()
    assert names(w) == [] and w.workspace.list.hint.isVisible()
    assert w.energy_chart.compare.series() == {}

    dialogs.open_paths.append(str(path))
    w.act_open.trigger()
    assert names(w) == ["Today", "More volume", "Right-size", "Quantise"]
    assert w.model.scenario.name == "Quantise" and w.model.scenario["m_quantise_on"] is True
    assert list(w.energy_chart.compare.series()) == ["Today", "Right-size"]
    assert not w.isWindowModified()

    single = tmp_path / "single.json"
    save_scenario(w.model.scenario.replace({"pue": 1.6}, name="Single"), single)
    dialogs.open_paths.append(str(single))
    w.act_open.trigger()
    assert w.model.scenario["pue"] == 1.6 and names(w) == []


def test_save_never_turns_a_scenario_file_into_a_workspace_unasked(
    window, qtbot, tmp_path, dialogs
):
    path = tmp_path / "client.json"
    dialogs.save_paths.append(str(path))
    window.act_save_as.trigger()
    keep(window, qtbot, "Option A")
    window.act_save.trigger()  # asks for a name; the test's dialog answers "cancel"
    assert load_scenario(path).name != "Option A"  # the scenario file is as it was
    other = tmp_path / "options.json"
    dialogs.save_paths.append(str(other))
    window.act_save.trigger()
    assert load_workspace(other).entries[0].scenario.name == "Option A"
    assert window.path == other.resolve()


def test_a_broken_workspace_file_is_one_clear_message(window, tmp_path, dialogs):
    path = tmp_path / "future.json"
    path.write_text(
        json.dumps({"format": "wattif-workspace", "schema_version": 99}), encoding="utf-8"
    )
    before = window.model.scenario
    dialogs.open_paths.append(str(path))
    window.act_open.trigger()
    assert window.model.scenario is before
    (message,) = dialogs.messages("warning")
    assert "schema_version 99 is not supported" in message


def test_named_scenarios_come_back_after_a_crash(make_window, qtbot):
    first = make_window()
    keep(first, qtbot, "Today")
    keep(first, qtbot, "Tomorrow")
    step_slider(first, qtbot, "queries_per_day", 2)
    edited = first.model.scenario
    first.write_recovery()  # what the debounced autosave does; then no orderly close
    second = make_window(restore=True)
    assert names(second) == ["Today", "Tomorrow"]
    s = second.workspace.scenarios
    assert s.current == 1 and second.model.scenario == edited
    assert list(second.energy_chart.compare.series()) == ["Today"]
    assert second.isWindowModified()


def test_next_and_previous_scenario_shortcuts(four, qtbot):
    w = four
    activate(w, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.workspace.scenarios.current == 0  # round the list
    qtbot.keyClick(w, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert w.workspace.scenarios.current == 3
    assert "Editing “Quantise”" in w.statusBar().currentMessage()


def test_names_are_laid_out_without_overlap_and_clear_of_the_charts_labels():
    from wattif.gui.compare_overlay import place_labels

    assert place_labels([10, 12, 100], 16, 0, 200) == [10, 26, 100]  # moved apart, in order
    assert place_labels([180, 190], 16, 0, 200) == [168, 184]  # pushed up from the bottom
    assert place_labels([50], 16, 0, 200, [(55, 75)]) == [38]  # above a label: nearer
    assert place_labels([70], 16, 0, 200, [(55, 75)]) == [76]  # below it: nearer
    tops = place_labels([5, 6, 7, 8], 16, 0, 60, [(0, 30)])
    assert sorted(tops) == tops and all(b - a >= 16 for a, b in zip(tops, tops[1:], strict=False))


def test_discarding_changes_to_a_workspace_brings_back_the_saved_one(
    make_window, qtbot, tmp_path, dialogs
):
    from PySide6.QtWidgets import QMessageBox

    first = make_window()
    keep(first, qtbot, "Today")
    keep(first, qtbot, "Tomorrow")
    path = tmp_path / "options.json"
    dialogs.save_paths.append(str(path))
    first.act_save.trigger()
    keep(first, qtbot, "Unsaved idea")  # then close and discard it
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert first.close()
    second = make_window(restore=True)
    assert names(second) == ["Today", "Tomorrow"]
    assert second.path == path.resolve() and not second.isWindowModified()
