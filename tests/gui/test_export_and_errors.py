"""Excel export in a worker thread, the error hook, and the pieces under the window."""

from __future__ import annotations

import importlib.machinery
import sys
import types

import pytest
from PySide6.QtWidgets import QMessageBox

from wattif.core import WattIfError


def fake_excel_module(calls, compared_seen=None):
    compared_seen = [] if compared_seen is None else compared_seen
    mod = types.ModuleType("wattif.core.excel")
    mod.__spec__ = importlib.machinery.ModuleSpec("wattif.core.excel", None)

    def export_workbook(scenario, baseline, path, progress=None, lang="en", compared=()):
        calls.append((scenario, baseline, path, lang))
        compared_seen.append(tuple(compared))
        if str(path).endswith("bad.xlsx"):
            raise WattIfError(f"{path}: the folder does not exist")
        for i in range(5):
            if progress:
                progress(i / 4, f"sheet {i}")
        with open(path, "wb") as fh:
            fh.write(b"PK")

    mod.export_workbook = export_workbook
    return mod


def test_export_to_excel_runs_in_a_worker_and_writes_the_file(
    window, qtbot, tmp_path, dialogs, monkeypatch
):
    calls = []
    monkeypatch.setitem(sys.modules, "wattif.core.excel", fake_excel_module(calls))
    target = tmp_path / "client.xlsx"
    dialogs.save_paths.append(str(target))
    window.act_export.trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=5000)
    assert target.read_bytes() == b"PK"
    scenario, baseline, path, lang = calls[0]
    assert scenario is window.model.scenario and baseline is window.model.baseline
    assert lang == window.lang  # the workbook speaks the window's language
    assert "Exported" in window.statusBar().currentMessage()


def test_export_carries_the_named_scenarios_being_compared(
    window, qtbot, tmp_path, dialogs, monkeypatch
):
    seen = []
    monkeypatch.setitem(sys.modules, "wattif.core.excel", fake_excel_module([], seen))
    names = window.workspace.scenarios
    assert names.keep_current("Option A")
    window.model.update({"m_modernise_on": True})
    assert names.keep_current("Option B")
    names.switch(0)  # editing A: B travels as a compared scenario
    dialogs.save_paths.append(str(tmp_path / "options.xlsx"))
    window.act_export.trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=5000)
    assert [sc.name for sc in seen[0]] == ["Option B"]
    assert seen[0][0]["m_modernise_on"] is True


def test_export_failure_is_a_clear_message(window, qtbot, tmp_path, dialogs, monkeypatch):
    monkeypatch.setitem(sys.modules, "wattif.core.excel", fake_excel_module([]))
    window.start_export(str(tmp_path / "bad.xlsx"))
    qtbot.waitUntil(lambda: not window.export_running, timeout=5000)
    assert any("folder does not exist" in m for m in dialogs.messages("warning"))


def test_export_without_the_module_says_so(window, dialogs, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "wattif.core.excel" else real(name, *a),
    )
    window.act_export.trigger()
    assert any("not available" in m for m in dialogs.messages("information"))
    assert not window.export_running


def test_start_up_does_not_import_pandas_or_openpyxl(modules_loaded_by):
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from wattif.gui.main_window import MainWindow; w = MainWindow(restore=False)"
    )
    assert modules_loaded_by(code, "pandas", "openpyxl", "xlsxwriter") == []


def test_excepthook_shows_a_dialog_instead_of_a_traceback(monkeypatch, tmp_path):
    from wattif.gui import errors

    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda self: shown.append((self.text(), self.informativeText(), self.detailedText())) or 0,
    )
    saved = sys.excepthook
    try:
        errors.install_excepthook(lambda: None, tmp_path / "wattif.log")
        hook = sys.excepthook
    finally:
        sys.excepthook = saved
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())
    try:
        raise WattIfError("pue: 7 is out of range; allowed 1 to 3 ratio")
    except WattIfError:
        hook(*sys.exc_info())
    assert "scenario is safe" in shown[0][0]
    assert "RuntimeError: boom" in shown[0][1] and "Traceback" in shown[0][2]
    assert shown[1][0].startswith("pue: 7 is out of range")


def test_model_refuses_an_impossible_change_with_a_message(window):
    messages = []
    window.model.error.connect(messages.append)
    assert not window.model.update({"base_year": 2035})
    assert window.model.scenario["base_year"] == 2025
    assert "horizon_year" in messages[0]
    row = window.panel.rows["base_year"]
    assert row.box.value() == 2025


def test_model_emits_only_on_real_change(qtbot):
    from wattif.gui.scenario_model import ScenarioModel

    model = ScenarioModel()
    seen = []
    model.scenario_changed.connect(seen.append)
    model.update({"pue": 1.2})  # already the value
    assert seen == [] and model.undo_stack.count() == 0
    model.update({"pue": 1.3})
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("2.5e9", "en", 2.5e9),
        ("2.5 bn", "en", 2.5e9),
        ("2,5 Mrd.", "de", 2.5e9),
        ("1,234", "en", 1234.0),
        ("1.234", "de", 1234.0),
        ("0,5", "en", 0.5),
        ("0.5", "de", 0.5),
        ("abc", "en", None),
        ("−3", "en", -3.0),
    ],
)
def test_number_parsing(text, lang, value):
    from wattif.gui.number_box import parse_number

    assert parse_number(text, lang) == value


def test_stable_range_expands_with_hysteresis():
    from wattif.gui.chart_base import StableRange

    r = StableRange()
    assert r.fit(0, 100)
    high = r.high
    assert not r.fit(0, 90) and not r.fit(0, high * 0.5) and r.high == high
    assert r.fit(0, high * 1.01) and r.high > high
    big = r.high
    assert r.fit(0, big * 0.1) and r.high < big


def test_a_grown_axis_leaves_room_for_the_next_steps_of_a_drag():
    from wattif.gui.chart_base import GROW_HEADROOM, StableRange

    r = StableRange()
    r.fit(0, 100, reset=True)
    fresh = r.high
    assert fresh / 100 < GROW_HEADROOM  # a fresh fit is tight
    assert r.fit(0, fresh * 1.01)  # the data outgrow it
    grown = r.high
    assert grown >= fresh * 1.01 * GROW_HEADROOM
    # the drag goes on upward: these steps fit without another change
    assert not any(r.fit(0, fresh * f) for f in (1.05, 1.1, 1.2, 1.3))
    # and a grown axis is not so empty that it shrinks at once
    assert not r.fit(0, fresh * 1.01)
