"""The app starts whatever it finds in its state and user folders, says what it left out, and
keeps every bad file aside (renamed, not deleted); each running WattIf has its own recovery
slot, and the unsaved work of one that ended is offered at the next start."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from wattif.core import WattIfError, data, load_preset, model
from wattif.gui import app, session
from wattif.gui.errors import _LogFile

HW_HEADER = (
    "id,name,kind,year,memory_gb,bandwidth_tb_s,tflops_16,tflops_8,tflops_4,tdp_w,host_w,"
    "per_server,rack_kw,source,notes"
)
GOOD_HW = "myacc,My accelerator,gpu,2026,288,12,5000,10000,20000,1400,700,8,120,x,ok"


def _clear_catalogue_caches() -> None:
    for f in (data.hardware_catalogue, data.model_catalogue, model._hw_value, model._md_value):
        f.cache_clear()


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    """A user folder for the catalogues; the shipped-only catalogues come back afterwards."""
    folder = tmp_path / "user"
    folder.mkdir()
    monkeypatch.setenv("WATTIF_USER_DIR", str(folder))
    _clear_catalogue_caches()
    yield folder
    monkeypatch.undo()
    _clear_catalogue_caches()


@pytest.fixture
def start_app(qtbot, monkeypatch):
    """``start_app()``: the app as ``wattif`` starts it; windows close without asking."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.start installs its own
    session.take_notices()
    windows = []

    def start():
        w = app.start(["wattif"])
        qtbot.addWidget(w)
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield start
    for w in windows:
        w.model.mark_saved()
        w.close()
    root = logging.getLogger("wattif")
    for h in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(h)
        h.close()


def problems(window) -> list[str]:
    notice = getattr(window, "startup_notice", None)
    return notice.problems if notice is not None else []


def aside(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.bad-*"))


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def session_doc(**changes) -> dict:
    sc = load_preset().to_dict()
    doc = {
        "format": "wattif-session",
        "version": 1,
        "scenario": sc,
        "baseline": sc,
        "path": None,
        "modified": True,
        "year": None,
    }
    doc.update(changes)
    return doc


# ----------------------------------------------------------------------------- user catalogues


def test_bad_rows_of_the_user_catalogues_are_listed_and_the_good_ones_used(start_app, user_dir):
    (user_dir / "hardware.csv").write_bytes(
        (
            "\ufeff"  # Excel's "CSV UTF-8" starts with a byte-order mark
            + HW_HEADER
            + "\r\n"
            + GOOD_HW
            + "\r\n"
            + "neg,Negative TDP,gpu,2026,288,12,5000,10000,20000,-5,700,8,120,x,\r\n"
            + "nan,NaN TDP,gpu,2026,288,12,5000,10000,20000,nan,700,8,120,x,\r\n"
            + "inf,Infinite bandwidth,gpu,2026,288,inf,5000,10000,20000,5,700,8,120,x,\r\n"
            + "zero,No server,gpu,2026,288,12,5000,10000,20000,5,700,0,120,x,\r\n"
            + "host,Negative host,gpu,2026,288,12,5000,10000,20000,5,-1,8,120,x,\r\n"
            + "a100,Overridden A100,gpu,2020,80,2.0,312,624,1248,400,412,8,26,x,\r\n"
        ).encode()
    )
    (user_dir / "models.csv").write_text(
        data._read_text("models.csv").splitlines()[0] + "\nacme/Bad,Bad,x,5,50,1,1,0,0\n",
        encoding="utf-8",
    )
    w = start_app()
    found = problems(w)
    hw = str(user_dir / "hardware.csv")
    for line, column in ((3, "10 (tdp_w)"), (4, "10 (tdp_w)"), (5, "6 (bandwidth_tb_s)")):
        assert any(f"{hw}, line {line}, column {column}" in p for p in found), found
    assert any(f"{hw}, line 6, column 12 (per_server)" in p for p in found)
    assert any(f"{hw}, line 7, column 11 (host_w)" in p for p in found)
    assert any(f"{hw}, line 8: 'a100' replaces the shipped entry" in p for p in found)
    assert any("models.csv, line 2, column 9 (kv_heads)" in p for p in found)
    assert all("\n" not in p for p in found)
    assert "myacc" in data.hardware_catalogue() and "neg" not in data.hardware_catalogue()
    combo = w.panel.rows["hardware"].combo
    assert "myacc" in [combo.itemData(i) for i in range(combo.count())]
    # the user's own file is theirs: read, never renamed
    assert (user_dir / "hardware.csv").is_file() and not aside(user_dir, "hardware.csv")
    # the details view lists every problem, one per line
    w.startup_notice.show_details()
    assert w.startup_notice.dialog.text.toPlainText().splitlines() == found


def test_unusable_user_catalogues_are_named_and_the_app_starts(start_app, user_dir):
    (user_dir / "hardware.csv").write_bytes(b"\x00\x01\xff\xfe" * 100)
    (user_dir / "models.csv").write_text("name,year\nfoo,2020\n")
    w = start_app()
    assert any("hardware.csv: not a text file" in p for p in problems(w)), problems(w)
    assert any("models.csv, line 1: missing the columns" in p for p in problems(w))
    assert set(data.hardware_catalogue()) >= {"h100", "a100"}


def test_a_user_catalogue_that_is_a_folder_or_a_pipe_is_skipped(start_app, user_dir):
    (user_dir / "hardware.csv").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(user_dir / "models.csv")  # opening it for reading would block
    w = start_app()
    assert any("hardware.csv: is a folder" in p for p in problems(w))
    if hasattr(os, "mkfifo"):
        assert any("models.csv: is not a regular file" in p for p in problems(w))


def test_empty_user_dir_variable_is_not_the_current_folder(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WATTIF_USER_DIR", "")
    assert data.user_dir() != Path("") and data.user_dir().name == ".wattif"


# ----------------------------------------------------------------------------- state folder


def test_broken_window_settings_are_reset_and_the_old_file_kept(start_app, state_dir):
    state_dir.mkdir(parents=True)
    (state_dir / "settings.ini").write_text(
        "[General]\ngeometry=5\nwindowState=abc\nlanguage=klingon\nrecentFiles=/a/b.json\n",
        encoding="utf-8",
    )
    w = start_app()
    found = problems(w)
    for key in ("geometry", "windowState", "language"):
        assert any(f"setting {key} = " in p for p in found), found
    assert not any("recentFiles" in p for p in found)
    kept = aside(state_dir, "settings.ini")
    assert len(kept) == 1 and "geometry=5" in kept[0].read_text()
    assert w.isVisible() and session.recent_files(w.settings) == ["/a/b.json"]


@pytest.mark.parametrize(
    "content",
    [nested(5000), json.dumps(session_doc()).replace('"pue": 1.2', '"pue": 1' + "0" * 400)],
    ids=["nested-5000", "400-digits"],
)
def test_a_broken_recovery_file_is_kept_aside_and_the_app_starts(start_app, state_dir, content):
    state_dir.mkdir(parents=True)
    (state_dir / "session.json").write_text(content, encoding="utf-8")
    w = start_app()
    assert any("session.json: could not be used" in p for p in problems(w)), problems(w)
    kept = aside(state_dir, "session.json")
    assert len(kept) == 1 and kept[0].read_text() == content
    assert w.model.scenario.name == load_preset().name  # the default scenario


@pytest.mark.parametrize(
    "content,fragment",
    [
        (json.dumps(session_doc(year="abc")), "the year 'abc' is not usable"),
        ('{"format": "wattif-session", "version": 1, "version": 1}', "appears twice"),
        (b"\x00garbage\xff", "not a text file"),
        (
            json.dumps(session_doc()).replace('"base_year": 2025', '"base_year": 2040'),
            "must not be before base_year",
        ),
        (json.dumps(session_doc(version=True)), "version True is not supported"),
        (json.dumps(session_doc(path=["x"])), "file name ['x'] is not usable"),
        ("[" + "1," * 3_000_000 + "1]", "too large"),
    ],
    ids=["year-text", "duplicate-key", "binary", "years-backwards", "version", "path", "huge"],
)
def test_every_broken_recovery_file_is_named_and_kept(state_dir, content, fragment):
    state_dir.mkdir(parents=True)
    path = state_dir / "session.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    session.take_notices()
    assert session.read_session(state_dir) is None
    (notice,) = session.take_notices()
    assert notice.startswith(f"{path}: could not be used (") and fragment in notice, notice
    assert not path.exists() and len(aside(state_dir, "session.json")) == 1


def test_a_log_that_is_a_folder_is_moved_aside(start_app, state_dir):
    (state_dir / "wattif.log").mkdir(parents=True)
    w = start_app()
    assert any("wattif.log: could not be used" in p for p in problems(w))
    assert aside(state_dir, "wattif.log")[0].is_dir()
    assert (state_dir / "wattif.log").is_file()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_settings_and_recovery_files_that_are_pipes_do_not_block(start_app, state_dir):
    state_dir.mkdir(parents=True)
    os.mkfifo(state_dir / "settings.ini")
    os.mkfifo(state_dir / "session.json")
    w = start_app()
    assert any("settings.ini: could not be used" in p for p in problems(w))
    assert any("session.json: could not be used" in p for p in problems(w))
    assert w.isVisible()


def test_a_state_folder_that_cannot_be_created_falls_back_to_a_temporary_one(
    start_app, tmp_path, monkeypatch
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WATTIF_STATE_DIR", str(blocker / "state"))
    w = start_app()
    assert any("the state folder cannot be created" in p for p in problems(w)), problems(w)
    assert w.state_dir != blocker / "state" and w.state_dir.is_dir()
    w.write_recovery()
    assert session.recovery_path(w.state_dir).is_file()


def test_a_clean_start_shows_no_notice(start_app):
    w = start_app()
    assert problems(w) == [] and w.isVisible()


# ----------------------------------------------------------------------------- recovery slots

HOLD_SLOT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)
    print(lock.tryLock(0), flush=True)
    sys.stdin.readline()
    """
)


def test_a_second_instance_keeps_its_own_recovery_slot(start_app, state_dir, qtbot):
    """A WattIf already running holds slot 1: this one writes slot 2 and leaves slot 1 alone."""
    state_dir.mkdir(parents=True)
    first = json.dumps(session_doc(modified=True)).replace('"pue": 1.2', '"pue": 1.5')
    (state_dir / "session.json").write_text(first)
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_SLOT, str(state_dir / "session.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "True"
        w = start_app()
        assert w.model.scenario["pue"] != 1.5  # not the other window's work
        w.model.update({"pue": 1.7})
        w.write_recovery()
        assert json.loads((state_dir / "session-2.json").read_text())["scenario"]["parameters"][
            "pue"
        ] == pytest.approx(1.7)
        assert (state_dir / "session.json").read_text() == first
        assert session.orphaned_sessions(state_dir) == []  # slot 1 is in use, not orphaned
    finally:
        other.communicate("\n", timeout=30)


def test_unsaved_work_of_an_ended_instance_is_offered_at_start(start_app, state_dir, dialogs):
    """Opening it keeps this slot's own unsaved work in the other slot: nothing is lost."""
    state_dir.mkdir(parents=True)
    mine, theirs = session_doc(modified=True), session_doc(modified=True)
    mine["scenario"]["name"], theirs["scenario"]["name"] = "Mine", "Left behind"
    (state_dir / "session.json").write_text(json.dumps(mine))
    (state_dir / "session-3.json").write_text(json.dumps(theirs))  # its process is gone
    dialogs.answer = QMessageBox.StandardButton.Open
    w = start_app()
    asked = dialogs.messages("question")
    assert len(asked) == 1 and "Left behind" in asked[0]
    assert w.model.scenario.name == "Left behind" and w.model.is_modified
    assert json.loads((state_dir / "session-3.json").read_text())["scenario"]["name"] == "Mine"


@pytest.mark.parametrize("answer", ["discard", "later"])
def test_offered_work_can_be_discarded_or_kept_for_later(state_dir, dialogs, answer):
    state_dir.mkdir(parents=True)
    doc = session_doc(modified=True)
    (state_dir / "session-2.json").write_text(json.dumps(doc))
    (state_dir / "session-4.json").write_text(json.dumps(session_doc(modified=False)))
    dialogs.answer = {
        "discard": QMessageBox.StandardButton.Discard,
        "later": QMessageBox.StandardButton.Cancel,
    }[answer]
    app.offer_orphaned_sessions(state_dir)
    assert len(dialogs.messages("question")) == 1  # saved work is not offered
    assert (state_dir / "session-2.json").exists() == (answer == "later")
    assert (state_dir / "session-4.json").exists()


def test_a_name_that_cannot_be_saved_is_refused_with_a_message(window, qtbot):
    with qtbot.waitSignal(window.model.error) as got:
        window.model.set_name("n" * 500)
    assert "name: too long" in got.args[0]
    assert window.model.scenario.name != "n" * 500 and not window.model.is_modified


def test_hostile_scenario_files_give_one_line_and_change_nothing(window, tmp_path, dialogs):
    head = '{"format": "wattif-scenario", "schema_version": 1, '
    files = {
        "digits.json": head + '"parameters": {"pue": 1' + "0" * 5000 + "}}",
        "deep.json": head + '"notes": ' + "[" * 5000 + "]" * 5000 + "}",
        "years.json": head + '"parameters": {"base_year": 2035, "horizon_year": 2030}}',
        "escape.json": head + '"parameters": {"a\\nb\\u001b[31m": 1}}',
        "big.json": head + '"notes": "' + "x" * 2_000_000 + '"}',
    }
    before = window.model.scenario
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert not window.open_path(tmp_path / name, ask=False)
        kind, _title, message = dialogs.shown[-1]
        detail = message.split("\n\n", 1)[1]
        assert kind == "warning" and detail.startswith(str(tmp_path / name))
        assert "\n" not in detail and len(detail) < 300, detail
    assert window.model.scenario is before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_opening_a_pipe_in_the_window_does_not_block(tmp_path):
    from wattif.gui.workspace_actions import is_workspace_file, read_document

    os.mkfifo(tmp_path / "pipe.json")
    done: list[str] = []

    def probe():
        assert not is_workspace_file(tmp_path / "pipe.json")
        with pytest.raises(WattIfError, match="not a regular file"):
            read_document(tmp_path / "pipe.json")
        done.append("ok")

    worker = threading.Thread(target=probe, daemon=True)
    worker.start()
    worker.join(10)
    assert done == ["ok"]


def test_the_app_starts_with_room_for_the_drawings_qt_keeps(start_app):
    """Qt's pixmap cache holds what the charts keep as pixmaps (``app.PIXMAP_CACHE_KB``; Qt's
    default of 10 MB is less than a large sharp screen needs)."""
    from PySide6.QtGui import QPixmapCache

    start_app()
    assert QPixmapCache.cacheLimit() >= app.PIXMAP_CACHE_KB


def test_garbage_cycles_are_collected_between_events_not_inside_qt_calls(start_app, qtbot):
    """The app switches Python's automatic collector off and collects from the event loop
    (``gui/safe_gc.py``): a cycle made now is gone within the collector's interval."""
    import gc
    import weakref

    from wattif.gui import safe_gc

    start_app()
    assert not gc.isenabled()

    class Node:
        pass

    for _ in range(3):  # enough cycles to pass the youngest generation's threshold
        for _ in range(gc.get_threshold()[0] + 10):
            a, b = Node(), Node()
            a.other, b.other = b, a
    probe = Node()
    probe.me = probe
    gone = weakref.ref(probe)
    del probe, a, b
    assert gone() is not None  # nothing collects it inside this code
    # due at the collector's next tick (1 s); the wait allows for a loaded machine, where the
    # window's first events can hold the event loop for seconds (3 s timed out under valgrind)
    qtbot.waitUntil(lambda: gone() is None, timeout=15 * safe_gc.GC_INTERVAL_MS)
