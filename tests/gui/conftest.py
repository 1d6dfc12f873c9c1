"""GUI test fixtures: an isolated state folder, dialogs that never block, a shown main window."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

# The offscreen platform warns whenever a window's size hints change, and when a floating
# window (a dock) is raised; these are not our warnings.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
OFFSCREEN_RAISE = "This plugin does not support raise"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, OFFSCREEN_RAISE))


@pytest.fixture(autouse=True)
def _garbage_between_tests():
    """Garbage cycles are collected between tests (after the windows are closed), never during
    one, as the app collects them between events (``gui/safe_gc.py``): collected automatically
    while a test built a window, they stopped a run inside a Qt call (first fixture: torn down
    last)."""
    was_on = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_on:
        gc.enable()


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    """Settings, recent files and the recovery file go to a fresh folder per test."""
    folder = tmp_path / "state"
    monkeypatch.setenv("WATTIF_STATE_DIR", str(folder))
    return folder


class Dialogs:
    """Records message boxes instead of showing them; file dialogs answer from a queue."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard
        self.open_paths: list[str] = []
        self.save_paths: list[str] = []

    def messages(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    d = Dialogs()

    def box(kind):
        def show(parent, title, text, *args, **kwargs):
            d.shown.append((kind, title, text))
            return d.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (d.open_paths.pop(0), "") if d.open_paths else ("", "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (d.save_paths.pop(0), "") if d.save_paths else ("", "")),
    )
    return d


@pytest.fixture
def make_window(qtbot, state_dir):
    """Build shown main windows; at teardown they close without asking."""
    from wattif.gui.main_window import MainWindow

    made = []

    def make(restore: bool = False, lang: str = "en"):
        w = MainWindow(lang=lang, state_dir=state_dir, restore=restore)
        qtbot.addWidget(w)
        w.resize(1600, 1000)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.model.mark_saved()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture(autouse=True)
def _empty_clipboard_after_test(qapp):
    """Tests that copy (the comparison table sets text + HTML mime data) leave the clipboard
    empty: a QMimeData still owned by the clipboard when the offscreen QApplication is torn
    down at interpreter exit crashes the process (exit 139) after every test has passed."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def german(qapp):
    """The German translation installed, as a German user's window has it (the shipped .qm)."""
    from wattif.gui.app import install_translators

    translators = install_translators(qapp, "de")
    assert translators, "resources/i18n/wattif_de.qm is missing"
    yield
    for t in translators:
        qapp.removeTranslator(t)
